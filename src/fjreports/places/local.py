"""Townships and villages in running text: found by their suffix (梅山镇, 溪州村), taken
whole where the table knows them (白云山镇), and hung under the region the text names
before them, with their codes where the township table has them."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from ..lexicon import word_set, words
from ..text import SENTENCE_ENDS
from .gazetteer import FULL, SHORT, Level, Region
from .townships import LONGEST_EXTRA, holds_township, township_in
from .villages import village_table

__all__ = ["Found", "Township", "attach_townships", "merge_townships", "township_words"]

_TOWNSHIP_SUFFIX = re.compile("街道|社区|镇|乡|村")

# A township-like word: start, end, the name, the suffix.
Township = tuple[int, int, str, str]


def township_words(s: str) -> Iterator[Township]:
    """Two Han characters before a township or village suffix: (start, end, name, suffix).

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
_FUNCTION_CHARS = frozenset(words("phrase_starters")[0])
# Characters that end a generic word before the suffix: 农村, 城乡, 城镇, 特色小镇.
_GENERIC_BEFORE = frozenset(words("generic_before_suffix")[0])
_NOT_PLACE_NAMES = word_set("not_place_names")
_SENTENCE_END_RE = re.compile("[" + re.escape("".join(sorted(SENTENCE_ENDS))) + "]")


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


_SUFFIX_GOES_ON = frozenset(words("suffix_goes_on")[0])
_NUMERALS = frozenset("0123456789一二两三四五六七八九十百千万零")


class Found:
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


def merge_townships(
    s: str, found: list[Found], words: frozenset[str], townships: tuple[Township, ...]
) -> list[Found]:
    """Add 梅山镇, 溪州村 ...; a short name right before a suffix names the place (集美村)."""
    by_end = {f.end: f for f in found}
    # Region names do not overlap and are in order: an overlap test is a bisection.
    starts = [f.start for f in found]
    ends = [f.end for f in found]
    replaced: set[int] = set()
    added: list[Found] = []
    for start, end, name, suffix in townships:
        held = _held_by_region_before(s, found, ends, start, end)
        if held is not None:
            # 屏南县城关镇, 仓山区三叉街街道: the county's own township, whole, whatever
            # words its characters make with those around them.
            start, name = held, s[held : end - len(suffix)]
        elif not _place_name(name, suffix, s[end : end + 2], words):
            continue
        elif start and s[start - 1] + name[0] in words:
            continue  # 搭建强村公司: 建 belongs to 搭建
        own = by_end.get(start + 2)
        if (
            own is not None
            and own.start == start
            and own.strength == SHORT
            and own.candidates[0].level is Level.COUNTY
        ):
            replaced.add(id(own))  # 泾源县集美村 is a village, not 集美区
        else:
            at = bisect_left(starts, end) - 1  # the last name starting before this one ends
            if at >= 0 and ends[at] > start:
                continue  # inside a region's name: 新乡市 holds no 南新乡
        region = Region(None, name + suffix, name, _TOWNSHIP_LEVEL[suffix])
        added.append(Found(start, end, name + suffix, [region], FULL, township=suffix))
    out = [f for f in found if id(f) not in replaced] + added
    out.sort(key=lambda f: f.start)
    return out


def attach_townships(s: str, found: list[Found], context: Region | None) -> None:
    """A township with no region right before it hangs under the last county of its sentence,
    else the last region of its sentence, else `context`. One pass."""
    if not found:
        return
    sentence_ends = [m.start() for m in _SENTENCE_END_RE.finditer(s)]
    last_county: Region | None = None
    last_any: Region | None = None
    last_township: Region | None = None
    previous_end = 0
    for f in found:
        if bisect_left(sentence_ends, f.start) != bisect_left(sentence_ends, previous_end):
            last_county = last_any = last_township = None  # a sentence ended between the two
        last_end, previous_end = previous_end, f.end
        if f.township is None:
            if f.region is not None:
                last_any = f.region
                if f.region.level is Level.COUNTY:
                    last_county = f.region
            continue
        if f.region is None:
            continue
        above = f.stated or last_county or last_any or context
        if f.region.level is Level.VILLAGE:
            coded = _coded_village(f, f.stated or last_township or last_county)
        else:
            coded = _coded_township(s, f, above, previous_end=last_end)
            last_township = coded or last_township
        if coded is not None:
            f.region = coded
            continue
        if above is None:
            continue
        parent = above.code if above.code is not None else above.parent
        f.region = Region(None, f.region.name, f.region.short_name, f.region.level, parent)


def _coded_village(f: Found, above: Region | None) -> Region | None:
    """The village of the table (where it has been built) that `f` names, under its
    township, or under its county where the county has one village of that name."""
    table = village_table()
    if table is None or above is None or above.code is None:
        return None
    if above.level not in (Level.TOWNSHIP, Level.COUNTY):
        return None
    matches = table.named(f.key, above)
    return matches[0] if len(matches) == 1 else None


def _held_by_region_before(
    s: str, found: list[Found], ends: list[int], start: int, end: int
) -> int | None:
    """Where a township of the region named right before it starts (the region's end), when
    the text from there to `end` is the name of one of that region's townships."""
    at = bisect_right(ends, start) - 1  # the last region ending at or before the name
    if at < 0 or start - ends[at] > LONGEST_EXTRA:
        return None
    before = found[at]
    return before.end if holds_township(before.candidates, s[before.end : end]) else None


def _coded_township(s: str, f: Found, above: Region | None, previous_end: int) -> Region | None:
    """The township of the table that `f` names (see `township_in`); a longer name taken
    whole (白云山镇) moves `f`'s start back to it."""
    parent = None
    if above is not None and above.level in (Level.COUNTY, Level.PREFECTURE, Level.ZONE):
        parent = above.code or above.parent
    own = f.end - len(f.key)  # where the township's own name starts (a chain starts earlier)
    # 集美区侨英街道: a name chained to its county starts right after it.
    floor = own if f.stated is not None else previous_end
    found = township_in(s, own, f.end, floor, parent)
    if found is None:
        return None
    region, begin = found
    if begin < own and f.stated is None:
        f.start, f.key = begin, s[begin : f.end]
    return region
