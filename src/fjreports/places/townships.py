"""Every township-level division of China (乡, 镇, 街道, 苏木 …) with its 9-digit code.

The data file, `data/townships.tsv.gz`, names its source and date at the top
(the National Bureau of Statistics' statistical division codes of 2023, about
41,000 townships). It is read on first use only, so `import fjreports` costs
nothing more: the first township looked up by code, listed under its county or
named in running text loads it (about 40 ms, 10 MB).

Examples:
    >>> table = township_table()
    >>> [r.name for r in table.under("350211")][:4]
    ['集美街道', '侨英街道', '杏林街道', '杏滨街道']
    >>> table.named("闽宁镇")
    [Region('640121104', '闽宁镇', township)]
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from functools import cache

from ..packaged import packaged
from ..text import normalize
from .gazetteer import Gazetteer, Level, Region, gazetteer

__all__ = [
    "LONGEST_EXTRA",
    "TownshipTable",
    "holds_township",
    "township_in",
    "township_named_under",
    "township_table",
]

# Suffixes of township names, longest first, taken off for the short name (侨英街道 → 侨英).
_SUFFIXES = ("街道办事处", "街道", "民族乡", "苏木", "镇", "乡")


class TownshipTable:
    """The townships by code, by the region above them, and by name within that region.

    Each county's townships become `Region` objects when first asked for: the table
    keeps its line of the data file until then.
    """

    def __init__(self, text: str, above: Gazetteer) -> None:
        self._lines: dict[str, str] = {}  # county code → its townships as written in the file
        self._parent: dict[str, str] = {}  # county code → the division they hang from
        self._counties: dict[str, list[str]] = {}  # that division's code → the county codes
        self._built: dict[str, dict[str, Region]] = {}
        self._by_name: dict[str, list[str]] = {}  # full name → codes
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            county, _, towns = line.partition("\t")
            self._lines[county] = towns
            parent = self._parent[county] = _nearest(county, above)
            self._counties.setdefault(parent, []).append(county)
            for town in towns.split("\t"):
                name = town[3:]
                key = name if name.isalpha() else normalize(name)  # （华安） as (华安)
                self._by_name.setdefault(key, []).append(county + town[:3])

    def __len__(self) -> int:
        return sum(len(codes) for codes in self._by_name.values())

    def codes(self) -> list[str]:
        """Every township's code, in order."""
        return sorted(code for codes in self._by_name.values() for code in codes)

    def get(self, code: str) -> Region | None:
        """The township with this 9-digit code, or `None`."""
        return self._county(code[:6]).get(code) if len(code) == 9 else None

    def under(self, code: str) -> tuple[Region, ...]:
        """The townships right under the region with this code."""
        return tuple(
            r for county in self._counties.get(code, ()) for r in self._county(county).values()
        )

    def named(self, name: str, parent: str | None = None) -> list[Region]:
        """The townships of this full name, under `parent` (a code) if given."""
        key = name if name.isalpha() else normalize(name)
        found = [self._county(code[:6])[code] for code in self._by_name.get(key, ())]
        return found if parent is None else [r for r in found if r.parent == parent]

    def _county(self, county: str) -> dict[str, Region]:
        built = self._built.get(county)
        if built is None:
            built = self._built[county] = {}
            parent = self._parent.get(county)
            for town in self._lines.get(county, "").split("\t") if parent else ():
                code, name = county + town[:3], town[3:]
                built[code] = Region(code, name, _short(name), Level.TOWNSHIP, parent)
        return built


def _nearest(code: str, above: Gazetteer) -> str:
    """The nearest division of the gazetteer at or above a county code: the county, else its
    prefecture (a statistical zone's townships), else its province."""
    for candidate in (code, code[:4] + "00", code[:2] + "0000"):
        if candidate in above.by_code:
            return candidate
    raise ValueError(f"township data: no division of the gazetteer holds {code}")


def _short(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


@cache
def township_table() -> TownshipTable:
    """The township table, read on first use."""
    data = packaged("data", "townships.tsv.gz").read_bytes()
    return TownshipTable(gzip.decompress(data).decode("utf-8"), gazetteer())


def township_named_under(key: str, g: Gazetteer) -> Region | None:
    """鼓楼区鼓东街道, 仓山区红星农场: a region's name, then the full name of one of its
    townships; the township decides which region of that name is meant."""
    table = township_table()
    for cut in range(2, len(key) - 1):
        entries = g.names.get(key[:cut])
        if not entries:
            continue
        held = [
            t for region, _ in entries if region.code for t in table.named(key[cut:], region.code)
        ]
        if len(set(held)) == 1:
            return held[0]
    return None


def holds_township(regions: Iterable[Region], name: str) -> bool:
    """Whether one of `regions` (the candidates of a name in the text) has a township of
    this name."""
    table = township_table()
    return any(r.code is not None and table.named(name, r.code) for r in regions)


LONGEST_EXTRA = 4  # characters a township's name may have before the two the suffix search saw


def township_in(
    s: str, own: int, end: int, floor: int, parent: str | None
) -> tuple[Region, int] | None:
    """The township named by `s[begin:end]`, for `begin` from `own` back to as many as four
    characters earlier (not before `floor`), the longest first: under `parent` (a code)
    where it is known, else the only township of that name in China; and where it starts."""
    table = township_table()
    for begin in range(max(floor, own - LONGEST_EXTRA), own + 1):
        name = s[begin:end]
        matches = table.named(name, parent) if parent else table.named(name)
        if len(matches) == 1:
            return matches[0], begin
    return None
