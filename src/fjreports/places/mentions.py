"""Lookups by code or name, and region names found in running text.

Townships (闽宁镇, 侨英街道) come with their codes from the township table
(`places.townships`), under the county the text names or, where the name is
the only one of its kind in China, on their own; villages (杉关村) and
townships the table does not hold are recognised by their suffix and attached
to the region the text names before them. `fjreports.regions` is the public face.

Examples:
    >>> [(m.text, m.region.code) for m in find("福建省厦门市集美区与宁夏闽宁镇结对")]
    [('福建省厦门市集美区', '350211'), ('宁夏闽宁镇', '640121104')]
"""

from __future__ import annotations

import difflib
from collections import Counter
from functools import lru_cache

from ..errors import AmbiguousRegionError, UnknownRegionError
from ..lexicon import word_set, words
from ..text import Compact, normalize
from .former import former
from .gazetteer import (
    ALIAS,
    FULL,
    SHORT,
    Gazetteer,
    Level,
    Region,
    RegionMention,
    best,
    gazetteer,
    outermost,
)
from .local import Found, Township, attach_townships, merge_townships, township_words
from .townships import (
    holds_township,
    township_named_under,
    township_table,
)
from .traditional import simplified
from .words import stands_as_word

__all__ = ["all_regions", "ancestors", "attributive", "children", "find", "get"]


# --- lookups -------------------------------------------------------------------


def all_regions() -> tuple[Region, ...]:
    """Every region of the gazetteer (provinces, prefectures, counties, zones), by code.

    Examples:
        >>> fujian = [r for r in all_regions() if r.code and r.code.startswith("35")]
        >>> len([r for r in fujian if r.level is Level.COUNTY])
        84
    """
    return tuple(gazetteer().regions)


def children(region: Region | str) -> tuple[Region, ...]:
    """The regions directly below `region` (a region, code or name).

    Examples:
        >>> [r.name for r in children("厦门市")]
        ['思明区', '海沧区', '湖里区', '集美区', '同安区', '翔安区', '厦门火炬高技术产业开发区']
    """
    found = get(region)
    if found.code is None:
        return ()
    below = tuple(gazetteer().children.get(found.code, ()))
    if found.level in (Level.COUNTY, Level.PREFECTURE):
        below += township_table().under(found.code)  # 集美区: its streets and towns
    return below


def ancestors(region: Region | str) -> tuple[Region, ...]:
    """The regions above `region`, nearest first, ending at its province.

    Examples:
        >>> [r.name for r in ancestors("集美区")]
        ['厦门市', '福建省']
    """
    found = region if isinstance(region, Region) else get(region)
    return gazetteer().ancestors(found)


def get(query: Region | str) -> Region:
    """The region with this code, full name, former name or code, or unambiguous short name.

    Nested names are read as a chain: `福建省鼓楼区` is the 鼓楼区 in 福建省.

    Raises:
        UnknownRegionError: nothing has that name (a `LookupError`); its
            `candidates` are the nearest names.
        AmbiguousRegionError: several regions have that name; its
            `candidates` are the regions.

    Examples:
        >>> get("福建").name, get("长乐市").name, get("临夏州").name
        ('福建省', '长乐区', '临夏回族自治州')
        >>> get("鼓楼区")
        Traceback (most recent call last):
        ...
        fjreports.errors.AmbiguousRegionError: '鼓楼区' names 4 regions: ...
    """
    if isinstance(query, Region):
        return query
    if not isinstance(query, str):
        raise UnknownRegionError(repr(query))
    g = gazetteer()
    key = simplified("".join(normalize(query).split()))
    if key in g.by_code:
        return g.by_code[key]
    township = township_table().get(key) if len(key) == 9 and key.isdigit() else None
    if township is not None:
        return township  # 350211002: a township by its code
    if len(key) == 6 and key.isdigit():
        successors = [change.successor for change in former(key)]
        if successors:
            return _only(key, list(dict.fromkeys(successors)))  # 310108, 闸北区 until 2015
    entries = g.names.get(key)
    if entries:
        return _only(key, best(entries))
    township = township_named_under(key, g)
    if township is not None:
        return township  # 鼓楼区鼓东街道
    compact, names, townships = _context_free(key)
    mentions = _scan(compact.text, g, None, names, townships)
    if len(mentions) == 1 and (mentions[0].start, mentions[0].end) == (0, len(compact.text)):
        # One mention covering the whole text: 福建省鼓楼区, 南平市光泽县.
        mention = mentions[0]
        if mention.region is not None:
            return mention.region
        raise AmbiguousRegionError(query, tuple(mention.candidates))
    close = difflib.get_close_matches(key, list(g.names), n=5, cutoff=0.5)
    raise UnknownRegionError(query, tuple(close))


def _only(key: str, regions: list[Region]) -> Region:
    if len(regions) == 1:
        return regions[0]
    ordered: list[Region] = sorted(regions, key=_by_code)
    raise AmbiguousRegionError(key, tuple(ordered))


def _by_code(region: Region) -> str:
    return region.code or ""


# --- mentions in running text ----------------------------------------------------------

# What stands after a name that is part of a street, an estate or a number, not a region.
_NOT_AFTER = words("street_suffixes")
# The last character of a division's name that says its kind.
_ADMIN_SUFFIXES = frozenset("省市区县州旗盟")


def find(text: str, context: Region | str | None = None) -> list[RegionMention]:
    """Every region named in running text, with spans into `text`.

    The longest name wins, and a chain of names is one mention (厦门市集美区
    is 集美区, with 厦门市 as its stated parent). Short names count only where
    they stand as names (东山 in 东山210小区 and 南平 in 南平路 do not). A name
    several regions share is resolved by the region named before it, else by
    `context`, else by the province the rest of the text names most; failing
    that its mention has `region=None` and lists the `candidates`.
    Township- and village-level places (闽宁镇, 杉关村) are found by their
    suffix, with `code=None`, under the region named before them.

    Args:
        text: any text; line breaks inside names are fine.
        context: the region the text is about (a region, code or name), if known.

    Returns:
        The mentions in order. Never raises on any `text`; a `context` that is
        no region raises `UnknownRegionError`.

    Examples:
        >>> [(m.text, m.region.name, m.stated_parent.name) for m in find("宁夏闽宁镇")]
        [('宁夏闽宁镇', '闽宁镇', '宁夏回族自治区')]
        >>> [m.region.code for m in find("鼓楼区", context="福建省")]
        ['350102']
    """
    if not isinstance(text, str) or not text:
        return []
    g = gazetteer()
    where = None if context is None else get(context)
    compact, names, townships = _context_free(text)
    found = _scan(compact.text, g, where, names, townships)
    mentions: list[RegionMention] = []
    for f in found:
        start = compact.raw(f.start)
        end = compact.raw(f.end - 1) + 1
        mentions.append(
            RegionMention(
                f.region,
                text[start:end],
                (start, end),
                f.stated,
                () if f.region is not None else tuple(f.candidates),
            )
        )
    return mentions


# A name found: start, end, the name, the regions it may mean, and its strength.
_Name = tuple[int, int, str, tuple[Region, ...], int]


@lru_cache(maxsize=512)
def _context_free(text: str) -> tuple[Compact, tuple[_Name, ...], tuple[Township, ...]]:
    """What `find` sees in `text` whatever the context: the folded text, its names and its
    township-like words. Kept for the last few hundred texts (the articles of a page or
    two): the pipeline asks for an article's regions first without context, to decide
    the article's region, then with it, for its figures."""
    compact = Compact(text, scan=True)
    compact.text = simplified(compact.text)  # one character for one: the offsets hold
    g = gazetteer()
    names = tuple(
        (f.start, f.end, f.key, tuple(f.candidates), f.strength) for f in _names(compact.text, g)
    )
    return compact, names, tuple(township_words(compact.text))


def _scan(
    s: str,
    g: Gazetteer,
    context: Region | None,
    names: tuple[_Name, ...],
    townships: tuple[Township, ...],
) -> list[Found]:
    fresh = [
        Found(start, end, key, list(meant), strength) for start, end, key, meant, strength in names
    ]
    found = _in_named_provinces(fresh, context, s)
    found = merge_townships(s, found, g.words, townships)
    chained = _chain(found)
    _resolve(chained, context)
    attach_townships(s, chained, context)
    return chained


def _names(s: str, g: Gazetteer) -> list[Found]:
    out: list[Found] = []
    other_units: set[str] = set()  # short names the text gives another kind of division
    for start, end in g.matches(s):
        key = s[start:end]
        if s.startswith(_NOT_AFTER, end):
            continue  # 南平路
        strength, meant = g.meaning(key)
        if strength == SHORT:
            if s[end : end + 1].isdigit():
                continue  # 东山210小区
            suffix = s[end : end + 1]
            if (
                suffix
                and suffix in _ADMIN_SUFFIXES
                and all(not region.name.endswith(suffix) for region in meant)
            ):
                other_units.add(key)
                continue  # 洪江区 (a district) is not 洪江市, whatever their names share
            if not stands_as_word(s, start, end):
                continue  # 共同安全 holds no 同安
        elif strength == ALIAS and end - start == 2 and not stands_as_word(s, start, end):
            continue  # 召开县委会议 holds no 开县 (a former name, now 开州区)
        out.append(Found(start, end, key, list(meant), strength))
    if other_units:
        # A text that names 洪江区 means it by 洪江 too, not the 洪江市 of the gazetteer.
        out = [f for f in out if f.strength != SHORT or f.key not in other_units]
    return out


def _needs_province(f: Found) -> bool:
    """Short names below provincial level, and three-character county names (兴城市)."""
    level = f.candidates[0].level
    if f.strength == SHORT:
        return level in (Level.COUNTY, Level.PREFECTURE)
    return level is Level.COUNTY and len(f.key) <= 3


def _in_named_provinces(found: list[Found], context: Region | None, s: str) -> list[Found]:
    """Some names count only in provinces the text names otherwise, or right after their parent.

    新建 is 南昌市新建区 only on a page about 江西; on a page about 福建 it is a
    word, and 三沙 there is 霞浦's 三沙镇, not 三沙市. 台湾 before a noun (台湾青年)
    names no province.
    """
    named: set[Region] = set()
    weak: set[Region] = set()
    if context is not None and context.province is not None:
        named.add(context.province)
    for f in found:
        if f.key == "台湾" and s[f.end : f.end + 2] in _TAIWAN_QUALIFIES:
            continue
        if not _needs_province(f):
            for candidate in f.candidates:
                if candidate.province is not None:
                    named.add(candidate.province)
        elif f.strength in (FULL, ALIAS) and len(f.candidates) == 1:
            only = f.candidates[0].province  # 寿宁县, 闸北区: one county of that name
            if only is not None:
                weak.add(only)
    # A text naming only counties of three characters is still in their provinces: in
    # 寿宁县新建茶厂, 新建 is a verb, not 南昌's 新建区.
    named = named or weak
    if not named:
        return found
    kept: list[Found] = []
    for f in found:
        if _needs_province(f):
            # Right after its parent (南昌市新建区), not after any region (寿宁县新建茶厂).
            above = kept[-1].region if kept and kept[-1].end == f.start else None
            chained = above is not None and any(above.contains(c) for c in f.candidates)
            local = [c for c in f.candidates if c.province in named]
            if not local and not chained:
                continue
            if local and not chained:
                f.candidates = local
                f.region = local[0] if len(local) == 1 else None
        kept.append(f)
    return kept


def _chain(found: list[Found]) -> list[Found]:
    """Join names written one after another into one mention: 福建省厦门市集美区."""
    out: list[Found] = []
    for f in found:
        previous = out[-1] if out else None
        if previous is not None and previous.end == f.start and f.township is not None:
            # 鼓楼区鼓东街道: of the regions called 鼓楼区, the one with that township.
            holding = [c for c in previous.candidates if holds_township([c], f.key)]
            if previous.region is None and len(holding) == 1:
                previous.region, previous.candidates = holding[0], holding
        if previous is not None and previous.end == f.start and previous.region is not None:
            above = previous.region
            if f.township is not None:
                f.stated = above
                f.start = previous.start
                out[-1] = f
                own = township_table().named(f.key, above.code) if above.code else []
                if f.region is not None and f.region.level is Level.TOWNSHIP and len(own) == 1:
                    f.region = own[0]  # 集美区灌口镇: coded now, for a village after it
                continue
            inside = [c for c in f.candidates if above.contains(c) and c != above]
            if inside:
                f.candidates = outermost(inside)
                f.region = f.candidates[0] if len(f.candidates) == 1 else None
                f.stated = above
                f.start = previous.start
                out[-1] = f
                continue
        out.append(f)
    return out


def _resolve(found: list[Found], context: Region | None) -> None:
    """Settle names that several regions share, by context or by the page's province."""
    provinces: Counter[Region] = Counter()
    for f in found:
        if f.region is not None and f.township is None:
            province = f.region.province
            if province is not None:
                provinces[province] += 1
    ranked = provinces.most_common(2)
    inferred = None
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        inferred = ranked[0][0]
    for f in found:
        if f.region is not None:
            continue
        for scope in (context, context.province if context else None, inferred):
            if scope is None:
                continue
            inside = [c for c in f.candidates if scope.contains(c)]
            if len(inside) == 1:
                f.region = inside[0]
                break


# Nouns that 台湾 qualifies in reports from the mainland: where people and goods come from
# (台湾青年, 台湾农民创业园, 台湾水产品), not where a figure is.
_TAIWAN_QUALIFIES = word_set("taiwan_qualifies")


def attributive(mention: RegionMention, after: str, main: Region | None) -> bool:
    """Whether a mention of 台湾 describes a noun (`after`, the two characters after it)
    in an article about a place on the mainland, rather than naming where a figure is."""
    if mention.text != "台湾" or after not in _TAIWAN_QUALIFIES:
        return False
    region = mention.region
    if region is None or region.province is None or not region.province.name.startswith("台湾"):
        return False
    return main is None or main.province != region.province
