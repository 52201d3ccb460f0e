"""Chinese administrative regions: the gazetteer, lookups, and mentions in running text.

The gazetteer holds every province-, prefecture- and county-level division of
mainland China with its GB/T 2260 code (the list of 2024), Hong Kong, Macao
and Taiwan at provincial level, and the zones the press treats as places
(福州新区, 平潭综合实验区) with a level of their own. Its data file,
`data/regions.tsv`, names its sources and date at the top; it is read once,
on first use.

Township- and village-level places (闽宁镇, 杉关村, 侨英街道) are too many
to list: `find` recognises them by their suffix and attaches them to the
region the text names before them.

Examples:
    >>> get("集美").name, get("集美").code
    ('集美区', '350211')
    >>> get("福建省鼓楼区").parent
    '350100'
    >>> get("厦门市").contains(get("集美区"))
    True
    >>> [(m.text, m.region.name) for m in find("福建省南平市光泽县与江西省资溪县开展合作")]
    [('福建省南平市光泽县', '光泽县'), ('江西省资溪县', '资溪县')]
"""

from __future__ import annotations

import builtins
import difflib
import enum
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import Any

from attrs import frozen

from ._text import Compact, normalize
from .errors import AmbiguousRegionError, UnknownRegionError

__all__ = [
    "Level",
    "Region",
    "RegionMention",
    "all_regions",
    "ancestors",
    "children",
    "find",
    "get",
]


class Level(enum.Enum):
    """How high a region stands; `.value` is the lower-case name."""

    PROVINCE = "province"
    PREFECTURE = "prefecture"
    ZONE = "zone"
    COUNTY = "county"
    TOWNSHIP = "township"
    VILLAGE = "village"


@frozen(eq=False, repr=False)
class Region:
    """One region. Regions compare and hash by code, or by name and parent where there is none.

    Attributes:
        code: the GB/T 2260 code (`"350211"`), or `None` for zones, townships and villages.
        name: the full standard name (`集美区`, `宁夏回族自治区`).
        short_name: the name without its suffix (`集美`, `宁夏`); the name itself where
            no shorter form stands alone (`赵县`).
        level: a [`Level`][fjreports.regions.Level].
        parent: the code of the region above, or `None` for a province.
        aliases: former and other names that mean this region (`长乐市` for 长乐区).

    Examples:
        >>> jimei = get("350211")
        >>> jimei
        Region('350211', '集美区', county)
        >>> jimei in get("厦门市"), jimei in get("福州市")
        (True, False)
    """

    code: str | None
    name: str
    short_name: str
    level: Level
    parent: str | None = None
    aliases: tuple[str, ...] = ()

    def __eq__(self, other: object) -> bool:
        if other is self:
            return True
        if not isinstance(other, Region):
            return NotImplemented
        if self.code is not None or other.code is not None:
            return self.code == other.code
        return self.name == other.name and self.parent == other.parent

    def __hash__(self) -> int:
        return hash(self.code) if self.code is not None else hash((self.name, self.parent))

    def __repr__(self) -> str:
        return f"Region({self.code!r}, {self.name!r}, {self.level.value})"

    def __str__(self) -> str:
        return f"{self.name} ({self.code})" if self.code else self.name

    def contains(self, other: Region) -> bool:
        """Whether `other` is this region or lies within it (厦门市 contains 集美区)."""
        return other == self or self in _gazetteer().ancestors(other)

    def __contains__(self, other: object) -> bool:
        return isinstance(other, Region) and self.contains(other)

    def metrics(self, corpus: Any) -> Any:
        """The metrics of `corpus` about this region or a region within it."""
        return corpus.metrics.where(region=self)

    @property
    def province(self) -> Region | None:
        """The province-level region this one lies in (itself for a province)."""
        if self.level is Level.PROVINCE:
            return self
        above = _gazetteer().ancestors(self)
        return above[-1] if above and above[-1].level is Level.PROVINCE else None


@frozen
class RegionMention:
    """A region named in running text.

    Attributes:
        region: the region meant, or `None` where the text does not say which
            of several regions of that name (see `candidates`).
        text: the mention as it stands in the text (厦门市集美区 is one mention).
        span: `(start, end)` of `text` in the text given.
        stated_parent: the region named right before, as part of the mention
            (厦门市 in 厦门市集美区), or `None`.
        candidates: the regions of that name when more than one could be meant.
    """

    region: Region | None
    text: str
    span: tuple[int, int]
    stated_parent: Region | None = None
    candidates: tuple[Region, ...] = ()


# How a name in the index points to a region.
_FULL, _ALIAS, _SHORT = 0, 1, 2
_LEVEL_RANK = {
    Level.PROVINCE: 0,
    Level.PREFECTURE: 1,
    Level.ZONE: 2,
    Level.COUNTY: 3,
    Level.TOWNSHIP: 4,
    Level.VILLAGE: 5,
}


class _Gazetteer:
    def __init__(self, lines: Iterable[str], words: Iterable[str]) -> None:
        self.by_code: dict[str, Region] = {}
        self.regions: list[Region] = []
        self.children: dict[str, list[Region]] = {}
        self.names: dict[str, list[tuple[Region, int]]] = {}
        self.searchable: dict[str, list[tuple[Region, int]]] = {}
        # Worked out on first use and kept: the chain above each parent code, and the
        # strength and meaning of each name found in text.
        self._chains: dict[str | None, tuple[Region, ...]] = {}
        self._meanings: dict[str, tuple[int, list[Region]]] = {}
        for line in lines:
            if not line.strip() or line.startswith("#"):
                continue
            code, name, short, level, parent, aliases, flags = line.split("\t")
            region = Region(
                None if code == "-" else code,
                name,
                short,
                Level(level),
                None if parent == "-" else parent,
                () if aliases == "-" else tuple(aliases.split(",")),
            )
            self.regions.append(region)
            if region.code is not None:
                self.by_code[region.code] = region
            if region.parent is not None:
                self.children.setdefault(region.parent, []).append(region)
            wordlike = flags == "wordlike"
            self._index(name, region, _FULL, searchable=not (wordlike and short == name))
            for alias in region.aliases:
                self._index(alias, region, _ALIAS, searchable=True)
            if short != name:
                self._index(short, region, _SHORT, searchable=not wordlike)
        self.words = frozenset(words)
        # One small trie pattern per first character: sre tries alternatives one by one,
        # so a single pattern over all names would try ~1,500 branches at every position.
        by_first: dict[str, list[str]] = {}
        for key in self.searchable:
            by_first.setdefault(key[0], []).append(key)
        self.patterns = {char: _trie_pattern(keys) for char, keys in by_first.items()}
        # Every name has two characters or more, so a name can start only where a pair of
        # characters begins one. The pattern finds a first character with a possible second
        # one after it; the set of pairs then rules out nine hits in ten before the trie runs.
        self.pairs = frozenset(key[:2] for key in self.searchable)
        firsts = "".join(re.escape(c) for c in sorted({pair[0] for pair in self.pairs}))
        seconds = "".join(re.escape(c) for c in sorted({pair[1] for pair in self.pairs}))
        self.first = re.compile(f"[{firsts}](?=[{seconds}])")

    def matches(self, s: str) -> Iterable[tuple[int, int]]:
        """Leftmost-longest name matches in `s`, one pass."""
        at = 0  # where the last name ends: hits before it are inside it
        patterns, pairs = self.patterns, self.pairs
        for hit in self.first.finditer(s):
            start = hit.start()
            if start < at or s[start : start + 2] not in pairs:
                continue
            match = patterns[s[start]].match(s, start)
            if match is not None:
                at = match.end()
                yield start, at

    def _index(self, key: str, region: Region, strength: int, *, searchable: bool) -> None:
        self.names.setdefault(key, []).append((region, strength))
        if searchable and len(key) >= 2:
            self.searchable.setdefault(key, []).append((region, strength))

    def ancestors(self, region: Region) -> tuple[Region, ...]:
        found = self._chains.get(region.parent)
        if found is None:
            chain: list[Region] = []
            code = region.parent
            while code is not None and code in self.by_code and len(chain) < 8:
                above = self.by_code[code]
                chain.append(above)
                code = above.parent
            found = self._chains[region.parent] = tuple(chain)
        return found

    def meaning(self, key: str) -> tuple[int, list[Region]]:
        """The strength of a searchable name, and the regions it means most strongly."""
        found = self._meanings.get(key)
        if found is None:
            entries = self.searchable[key]
            found = min(strength for _, strength in entries), _best(entries)
            self._meanings[key] = found
        return found


def _trie_pattern(keys: Iterable[str]) -> re.Pattern[str]:
    """One compiled pattern for all names, shaped as a trie so each position is tried once."""
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = True

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # A name may end here: longer names are tried first, the greedy `?` falls back.
        return f"(?:{body})?" if "" in node else body

    return re.compile(build(trie))


@cache
def _gazetteer() -> _Gazetteer:
    data = resources.files("fjreports").joinpath("data")
    lines = data.joinpath("regions.tsv").read_text(encoding="utf-8").splitlines()
    words = [
        line
        for line in data.joinpath("common_words.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    return _Gazetteer(lines, words)


# --- lookups -------------------------------------------------------------------


def all_regions() -> tuple[Region, ...]:
    """Every region of the gazetteer (provinces, prefectures, counties, zones), by code.

    Examples:
        >>> fujian = [r for r in all_regions() if r.code and r.code.startswith("35")]
        >>> len([r for r in fujian if r.level is Level.COUNTY])
        84
    """
    return tuple(_gazetteer().regions)


def children(region: Region | str) -> tuple[Region, ...]:
    """The regions directly below `region` (a region, code or name).

    Examples:
        >>> [r.name for r in children("厦门市")]
        ['思明区', '海沧区', '湖里区', '集美区', '同安区', '翔安区', '厦门火炬高技术产业开发区']
    """
    found = get(region)
    if found.code is None:
        return ()
    return tuple(_gazetteer().children.get(found.code, ()))


def ancestors(region: Region | str) -> tuple[Region, ...]:
    """The regions above `region`, nearest first, ending at its province.

    Examples:
        >>> [r.name for r in ancestors("集美区")]
        ['厦门市', '福建省']
    """
    found = region if isinstance(region, Region) else get(region)
    return _gazetteer().ancestors(found)


def get(query: Region | str) -> Region:
    """The region with this code, full name, former name or unambiguous short name.

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
    g = _gazetteer()
    key = "".join(normalize(query).split())
    if key in g.by_code:
        return g.by_code[key]
    entries = g.names.get(key)
    if entries:
        return _only(key, _best(entries))
    mentions = _scan(key, g)
    if len(mentions) == 1 and (mentions[0].start, mentions[0].end) == (0, len(key)):
        # One mention covering the whole text: 福建省鼓楼区, 南平市光泽县.
        mention = mentions[0]
        if mention.region is not None:
            return mention.region
        raise AmbiguousRegionError(query, tuple(mention.candidates))
    close = difflib.get_close_matches(key, list(g.names), n=5, cutoff=0.5)
    raise UnknownRegionError(query, tuple(close))


def _best(entries: list[tuple[Region, int]]) -> list[Region]:
    """The regions a name means most strongly: a full name beats a short one."""
    strongest = min(strength for _, strength in entries)
    chosen: list[Region] = []
    for region, strength in entries:
        if strength == strongest and region not in chosen:
            chosen.append(region)
    return _outermost(chosen)


def _outermost(regions: list[Region]) -> list[Region]:
    """临夏 is 临夏州, 临夏市 and 临夏县: where one holds all the others, it alone."""
    for region in regions:
        if builtins.all(region.contains(other) for other in regions):
            return [region]
    return regions


def _only(key: str, regions: list[Region]) -> Region:
    if len(regions) == 1:
        return regions[0]
    ordered: list[Region] = sorted(regions, key=_by_code)
    raise AmbiguousRegionError(key, tuple(ordered))


def _by_code(region: Region) -> str:
    return region.code or ""


# --- mentions in running text ----------------------------------------------------------

# What stands after a name that is part of a street, an estate or a number, not a region.
_NOT_AFTER = ("路", "街", "巷", "弄", "大道", "大街", "小区", "号")
_TOWNSHIP = re.compile("([\u4e00-\u9fff]{2})(街道|社区|镇|乡|村)")
_TOWNSHIP_SUFFIX = re.compile("街道|社区|镇|乡|村")


def _townships(s: str) -> Iterator[tuple[int, int, str, str]]:
    """What `_TOWNSHIP.finditer(s)` finds, as (start, end, name, suffix).

    The search runs from suffix to suffix, so the text between them is skipped at
    once instead of tried at every character.
    """
    at = 2  # a suffix has two characters before it
    while True:
        found = _TOWNSHIP_SUFFIX.search(s, at)
        if found is None:
            return
        where = found.start()
        if "\u4e00" <= s[where - 2] <= "\u9fff" and "\u4e00" <= s[where - 1] <= "\u9fff":
            yield where - 2, found.end(), s[where - 2 : where], found.group()
            at = found.end() + 2
        else:
            at = where + 1


_TOWNSHIP_LEVEL = {
    "街道": Level.TOWNSHIP,
    "镇": Level.TOWNSHIP,
    "乡": Level.TOWNSHIP,
    "社区": Level.VILLAGE,
    "村": Level.VILLAGE,
}
# Characters that begin a phrase, not a place name: 在仑苍镇 is 仑苍镇.
_FUNCTION_CHARS = frozenset(
    "的在和与及了是到从于对将把为等个全各该本每原所这那其此并且而或被让使向往给由以之走驻出赴"
)
# Characters that end a generic word before the suffix: 农村, 城乡, 城镇, 特色小镇.
_GENERIC_BEFORE = frozenset("农乡城村镇市区县省街全本该各每多个小集古重旧内")
_NOT_PLACE_NAMES = frozenset(
    (
        "城市 居民 智慧 新型 和谐 农村 老旧 美丽 乡村 城乡 特色 示范 试点 重点 贫困 行政 "
        "自然 文明 先进 周边 沿海 偏远 边远 所在 全国 全省 全市 全县 全区 所有 其他 各个 "
        "每个 一个 这个 本地 当地 外地 基层 城中 城郊 中心 少数 民族 红色 绿色 生态 数字 "
        "未来 幸福 宜居 平安 法治 共富 富裕 和美 宜业 留守 易地 搬迁 安置 移民 脱贫 帮扶 "
        "结对 对口 相关 有关 省级 市级 县级 国家 人民 党员 干部 工作 服务 发展 建设 振兴 "
        "治理 社会 经济 产业 旅游 文化 网红 电商 淘宝 星级 标准 样板 精品 明星 卫生 森林 "
        "园林 历史 传统 古老 千年 百年 专业 边境 山区 海岛 渔业 农业 工业 现代 和睦 廉洁 "
        "清廉 平安 无废 低碳 零碳 未来"
    ).split()
)
_SENTENCE_END = frozenset("。！？；!?;")
_SENTENCE_END_RE = re.compile("[" + re.escape("".join(sorted(_SENTENCE_END))) + "]")


def _place_name(name: str, suffix: str, after: str, words: frozenset[str]) -> bool:
    """Whether `name` + `suffix` reads as a place (梅山镇), not words (推动村集体, 助力乡村)."""
    if name in words or name in _NOT_PLACE_NAMES or name[1] in _NUMERALS:
        return False  # 推动, 项目, 交界: words, not names; 两县一镇: a count
    if name[0] in _FUNCTION_CHARS or name[1] in _FUNCTION_CHARS or name[1] in _GENERIC_BEFORE:
        return False  # 在仑苍 starts a phrase; 进了村, 农村, 城镇, 驻村
    if name[1] + suffix[0] in words:
        return False
    # 村集体, 村民, 乡村, 乡镇: the suffix starts a word of its own.
    goes_on = after[:1] in _SUFFIX_GOES_ON or suffix + after[:1] in words
    return not (suffix in ("村", "乡", "镇") and goes_on)


_SUFFIX_GOES_ON = frozenset("村镇集级委民庄务规容落居干两土亲愁贤间")
_NUMERALS = frozenset("0123456789一二两三四五六七八九十百千万零")


class _Found:
    """A mention while it is being resolved."""

    __slots__ = ("candidates", "end", "key", "region", "start", "stated", "strength", "township")

    def __init__(
        self,
        start: int,
        end: int,
        key: str,
        candidates: list[Region],
        strength: int,
        township: str | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.key = key
        self.candidates = candidates
        self.strength = strength
        self.township = township  # the suffix (镇, 村 ...) for a township-level place
        self.region: Region | None = candidates[0] if len(candidates) == 1 else None
        self.stated: Region | None = None


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
    g = _gazetteer()
    where = None if context is None else get(context)
    compact = Compact(text, scan=True)
    found = _scan(compact.text, g, where)
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


def _scan(s: str, g: _Gazetteer, context: Region | None = None) -> list[_Found]:
    found = _in_named_provinces(_names(s, g), context, s)
    found = _merge_townships(s, found, g.words)
    chained = _chain(found)
    _resolve(chained, context)
    _attach_townships(s, chained, context)
    return chained


def _names(s: str, g: _Gazetteer) -> list[_Found]:
    out: list[_Found] = []
    for start, end in g.matches(s):
        key = s[start:end]
        if s.startswith(_NOT_AFTER, end):
            continue  # 南平路
        strength, meant = g.meaning(key)
        if strength == _SHORT:
            if s[end : end + 1].isdigit():
                continue  # 东山210小区
            before, after = s[start - 1 : start], s[end : end + 1]
            if (before and before + key[0] in g.words) or (after and key[-1] + after in g.words):
                continue  # 共同安全 holds no 同安
        out.append(_Found(start, end, key, list(meant), strength))
    return out


def _needs_province(f: _Found) -> bool:
    """Short names below provincial level, and three-character county names (兴城市)."""
    level = f.candidates[0].level
    if f.strength == _SHORT:
        return level in (Level.COUNTY, Level.PREFECTURE)
    return level is Level.COUNTY and len(f.key) <= 3


def _in_named_provinces(found: list[_Found], context: Region | None, s: str) -> list[_Found]:
    """Some names count only in provinces the text names otherwise, or right after their parent.

    新建 is 南昌市新建区 only on a page about 江西; on a page about 福建 it is a
    word, and 三沙 there is 霞浦's 三沙镇, not 三沙市. 台湾 before a noun (台湾青年)
    names no province.
    """
    named: set[Region] = set()
    if context is not None and context.province is not None:
        named.add(context.province)
    for f in found:
        if f.key == "台湾" and s[f.end : f.end + 2] in _TAIWAN_QUALIFIES:
            continue
        if not _needs_province(f):
            for candidate in f.candidates:
                if candidate.province is not None:
                    named.add(candidate.province)
    if not named:
        return found
    kept: list[_Found] = []
    for f in found:
        if _needs_province(f):
            chained = bool(kept) and kept[-1].end == f.start
            local = [c for c in f.candidates if c.province in named]
            if not local and not chained:
                continue
            if local and not chained:
                f.candidates = local
                f.region = local[0] if len(local) == 1 else None
        kept.append(f)
    return kept


def _merge_townships(s: str, found: list[_Found], words: frozenset[str]) -> list[_Found]:
    """Add 梅山镇, 溪州村 ...; a short name right before a suffix names the place (集美村)."""
    by_end = {f.end: f for f in found}
    # Region names do not overlap and are in order: an overlap test is a bisection.
    starts = [f.start for f in found]
    ends = [f.end for f in found]
    replaced: set[int] = set()
    added: list[_Found] = []
    for start, end, name, suffix in _townships(s):
        if not _place_name(name, suffix, s[end : end + 2], words):
            continue
        if start and s[start - 1] + name[0] in words:
            continue  # 搭建强村公司: 建 belongs to 搭建
        own = by_end.get(start + 2)
        if (
            own is not None
            and own.start == start
            and own.strength == _SHORT
            and own.candidates[0].level is Level.COUNTY
        ):
            replaced.add(id(own))  # 泾源县集美村 is a village, not 集美区
        else:
            at = bisect_left(starts, end) - 1  # the last name starting before this one ends
            if at >= 0 and ends[at] > start:
                continue  # inside a region's name: 新乡市 holds no 南新乡
        region = Region(None, name + suffix, name, _TOWNSHIP_LEVEL[suffix])
        added.append(_Found(start, end, name + suffix, [region], _FULL, township=suffix))
    out = [f for f in found if id(f) not in replaced] + added
    out.sort(key=lambda f: f.start)
    return out


def _chain(found: list[_Found]) -> list[_Found]:
    """Join names written one after another into one mention: 福建省厦门市集美区."""
    out: list[_Found] = []
    for f in found:
        previous = out[-1] if out else None
        if previous is not None and previous.end == f.start and previous.region is not None:
            above = previous.region
            if f.township is not None:
                f.stated = above
                f.start = previous.start
                out[-1] = f
                continue
            inside = [c for c in f.candidates if above.contains(c) and c != above]
            if inside:
                f.candidates = _outermost(inside)
                f.region = f.candidates[0] if len(f.candidates) == 1 else None
                f.stated = above
                f.start = previous.start
                out[-1] = f
                continue
        out.append(f)
    return out


def _resolve(found: list[_Found], context: Region | None) -> None:
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


def _attach_townships(s: str, found: list[_Found], context: Region | None) -> None:
    """A township with no region right before it hangs under the last county of its sentence,
    else the last region of its sentence, else `context`. One pass."""
    if not found:
        return
    sentence_ends = [m.start() for m in _SENTENCE_END_RE.finditer(s)]
    last_county: Region | None = None
    last_any: Region | None = None
    previous_end = 0
    for f in found:
        if bisect_left(sentence_ends, f.start) != bisect_left(sentence_ends, previous_end):
            last_county = last_any = None  # a sentence ended between the two
        previous_end = f.end
        if f.township is None:
            if f.region is not None:
                last_any = f.region
                if f.region.level is Level.COUNTY:
                    last_county = f.region
            continue
        if f.region is None:
            continue
        above = f.stated or last_county or last_any or context
        if above is None:
            continue
        parent = above.code if above.code is not None else above.parent
        f.region = Region(None, f.region.name, f.region.short_name, f.region.level, parent)


#: `fjreports.regions.all()`: every region of the gazetteer (the same as `all_regions`).
all = all_regions


# Nouns that 台湾 qualifies in reports from the mainland: where people and goods come from
# (台湾青年, 台湾农民创业园, 台湾水产品), not where a figure is.
_TAIWAN_QUALIFIES = frozenset(
    "同胞 青年 农民 渔民 企业 商人 客商 台商 乡亲 学生 人才 专家 居民 游客 朋友 宾客 "
    "水果 水产 茶叶 农产 特产 产品 商品 品牌 特色 风情 风味 文化 元素 美食 小吃 "
    "厂商 资本 高山".split()
)


def _attributive(mention: RegionMention, after: str, main: Region | None) -> bool:
    """Whether a mention of 台湾 describes a noun (`after`, the two characters after it)
    in an article about a place on the mainland, rather than naming where a figure is."""
    if mention.text != "台湾" or after not in _TAIWAN_QUALIFIES:
        return False
    region = mention.region
    if region is None or region.province is None or not region.province.name.startswith("台湾"):
        return False
    return main is None or main.province != region.province
