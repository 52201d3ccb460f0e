"""The gazetteer: every region with its code, and the index of their names.

It holds every province-, prefecture- and county-level division of mainland
China with its GB/T 2260 code (the list of 2024), Hong Kong, Macao and Taiwan
at provincial level, and the zones the press treats as places (福州新区,
平潭综合实验区) with a level of their own. Its data file, `data/regions.tsv`,
names its sources and date at the top; it is read once, on first use.
"""

from __future__ import annotations

import builtins
import enum
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from attrs import frozen

from ..lexicon import word_set
from ..packaged import packaged

__all__ = [
    "ALIAS",
    "FULL",
    "SHORT",
    "Gazetteer",
    "Level",
    "Region",
    "RegionMention",
    "best",
    "gazetteer",
    "outermost",
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
        level: a [`Level`][fjreports.places.Level].
        parent: the code of the region above, or `None` for a province.
        aliases: former and other names that mean this region (`长乐市` for 长乐区).

    Examples:
        >>> from fjreports import regions
        >>> jimei = regions.get("350211")
        >>> jimei
        Region('350211', '集美区', county)
        >>> jimei in regions.get("厦门市"), jimei in regions.get("福州市")
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

    def __reduce__(self) -> tuple[Any, ...]:
        # A region of the gazetteer travels as its code and comes back as the same object:
        # results sent between processes stay small, and `is` and `==` keep holding.
        if self.code is not None and _lookup(self.code) is self:
            return (_by_code, (self.code,))
        return (
            Region,
            (self.code, self.name, self.short_name, self.level, self.parent, self.aliases),
        )

    def contains(self, other: Region) -> bool:
        """Whether `other` is this region or lies within it (厦门市 contains 集美区)."""
        return other == self or self in gazetteer().ancestors(other)

    def __contains__(self, other: object) -> bool:
        return isinstance(other, Region) and self.contains(other)

    @property
    def province(self) -> Region | None:
        """The province-level region this one lies in (itself for a province)."""
        if self.level is Level.PROVINCE:
            return self
        above = gazetteer().ancestors(self)
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
FULL, ALIAS, SHORT = 0, 1, 2
_LEVEL_RANK = {
    Level.PROVINCE: 0,
    Level.PREFECTURE: 1,
    Level.ZONE: 2,
    Level.COUNTY: 3,
    Level.TOWNSHIP: 4,
    Level.VILLAGE: 5,
}


class Gazetteer:
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
            self._index(name, region, FULL, searchable=not (wordlike and short == name))
            for alias in region.aliases:
                self._index(alias, region, ALIAS, searchable=True)
            if short != name:
                self._index(short, region, SHORT, searchable=not wordlike)
        self.words = frozenset(words)
        # One small trie pattern per first character: sre tries alternatives one by one,
        # so a single pattern over all names would try ~1,500 branches at every position.
        by_first: dict[str, list[str]] = {}
        for key in self.searchable:
            by_first.setdefault(key[0], []).append(key)
        # Compiled on first use: a page names regions of a few dozen first characters, and
        # compiling all ~900 patterns at once cost 80 ms of every start.
        self.patterns = _Patterns(by_first)
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
            while code is not None and len(chain) < 8:
                above = self.by_code.get(code) or _lookup(code)  # a village's township
                if above is None:
                    break
                chain.append(above)
                code = above.parent
            found = self._chains[region.parent] = tuple(chain)
        return found

    def meaning(self, key: str) -> tuple[int, list[Region]]:
        """The strength of a searchable name, and the regions it means most strongly."""
        found = self._meanings.get(key)
        if found is None:
            entries = self.searchable[key]
            found = min(strength for _, strength in entries), best(entries)
            self._meanings[key] = found
        return found


class _Patterns(dict[str, "re.Pattern[str]"]):
    """The trie pattern of the names that begin with a character, compiled when first asked."""

    def __init__(self, by_first: dict[str, list[str]]) -> None:
        super().__init__()
        self._keys = by_first

    def __missing__(self, char: str) -> re.Pattern[str]:
        pattern = self[char] = _trie_pattern(self._keys[char])
        return pattern


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


def _by_code(code: str) -> Region:
    found = _lookup(code)
    if found is None:
        raise KeyError(code)
    return found


def _lookup(code: str) -> Region | None:
    """The region of the gazetteer or the township table with this code."""
    found = gazetteer().by_code.get(code)
    if found is None and len(code) == 9:
        from .townships import township_table  # the township table imports this module

        found = township_table().get(code)
    return found


@cache
def gazetteer() -> Gazetteer:
    lines = packaged("data", "regions.tsv").read_text(encoding="utf-8").splitlines()
    return Gazetteer(lines, word_set("common_words"))


def best(entries: list[tuple[Region, int]]) -> list[Region]:
    """The regions a name means most strongly: a full name beats a short one."""
    strongest = min(strength for _, strength in entries)
    chosen: list[Region] = []
    for region, strength in entries:
        if strength == strongest and region not in chosen:
            chosen.append(region)
    return outermost(chosen)


def outermost(regions: list[Region]) -> list[Region]:
    """临夏 is 临夏州, 临夏市 and 临夏县: where one holds all the others, it alone."""
    for region in regions:
        if builtins.all(region.contains(other) for other in regions):
            return [region]
    return regions
