"""Former names of divisions: what each became, and when.

`get` and `find` already read a former name as the region it became (闸北区 is 静安区
now); `former` says so explicitly, with the year of the change and its source. The data
file, `data/former_names.tsv`, is read on first use; its header names its sources.

Examples:
    >>> [(f.successor.name, f.year, f.codes) for f in former("闸北区")]
    [('静安区', '2015', ('310108',))]
    >>> [f.name for f in former("110223")]
    ['通县']
"""

from __future__ import annotations

from functools import cache

from attrs import frozen

from ..packaged import packaged
from .gazetteer import Region, gazetteer

__all__ = ["FormerName", "former", "former_names"]


@frozen
class FormerName:
    """A division's former name.

    Attributes:
        name: the former name (闸北区).
        successor: the current region it became (静安区), a region of the gazetteer.
        year: the year of the change (`"2015"`), or `">2019"` where the source says only
            that it came after its last list.
        source: where the change is recorded.
        codes: the GB/T 2260 codes the name bore that no current region bears (310108);
            empty where none is known.
    """

    name: str
    successor: Region
    year: str
    source: str
    codes: tuple[str, ...] = ()


@cache
def former_names() -> tuple[FormerName, ...]:
    """Every former name the gazetteer knows, by successor code."""
    text = packaged("data", "former_names.tsv").read_text("utf-8")
    by_code = gazetteer().by_code
    out = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, code, year, source, codes = line.split("\t")
        former_codes = () if codes == "-" else tuple(codes.split(","))
        out.append(FormerName(name, by_code[code], year, source, former_codes))
    return tuple(out)


def former(name_or_code: str) -> tuple[FormerName, ...]:
    """The changes that made a name or a code a former one (one, or several where two
    divisions once bore it); empty for a name or code that is no former one."""
    return tuple(f for f in former_names() if name_or_code in (f.name, *f.codes))
