"""Former names of divisions: what each became, and when.

`get` and `find` already read a former name as the region it became (闸北区 is 静安区
now); `former` says so explicitly, with the year of the change and its source. The data
file, `data/former_names.tsv`, is read on first use; its header names its sources.

Examples:
    >>> [(f.successor.name, f.year) for f in former("闸北区")]
    [('静安区', '2015')]
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from attrs import frozen

from .gazetteer import Region, gazetteer

__all__ = ["FormerName", "former", "former_names"]


@frozen
class FormerName:
    """A division's former name.

    Attributes:
        name: the former name (闸北区).
        successor: the current region it became (静安区), a region of the gazetteer.
        year: the year of the change (`"2015"`), or `">2014"` where the source says only
            that it came after its last list.
        source: where the change is recorded.
    """

    name: str
    successor: Region
    year: str
    source: str


@cache
def former_names() -> tuple[FormerName, ...]:
    """Every former name the gazetteer knows, by successor code."""
    text = resources.files("fjreports").joinpath("data", "former_names.tsv").read_text("utf-8")
    by_code = gazetteer().by_code
    out = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, code, year, source = line.split("\t")
        out.append(FormerName(name, by_code[code], year, source))
    return tuple(out)


def former(name: str) -> tuple[FormerName, ...]:
    """The changes that made `name` a former name (one, or several where two divisions
    once bore it); empty for a name that is no former one."""
    return tuple(f for f in former_names() if f.name == name)
