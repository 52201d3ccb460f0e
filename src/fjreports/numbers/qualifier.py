"""How a written figure hedges its value: 约, 余, 近, 不到 and their kin."""

from __future__ import annotations

import enum

from ..lexicon import fields

__all__ = ["Qualifier", "infix_qualifiers", "prefix_qualifiers", "suffix_qualifiers"]


class Qualifier(enum.Enum):
    """How a written figure hedges its value; `.value` is the lower-case name."""

    ABOUT = "about"  # 约, 大约, 左右, 上下, 十来
    MORE_THAN = "more_than"  # 余, 多, 超, 超过, 逾, 以上, 突破, 上万, 数十
    NEARLY = "nearly"  # 近, 将近, 接近
    LESS_THAN = "less_than"  # 不到, 不足, 以下, 以内


def _table(name: str) -> dict[str, Qualifier]:
    return {word: Qualifier(meaning) for word, (meaning,) in fields(name).items()}


def prefix_qualifiers() -> dict[str, Qualifier]:
    """Qualifiers before a number (约, 超过, 不足), from `lexicon/qualifier_prefixes.txt`."""
    return _table("qualifier_prefixes")


def suffix_qualifiers() -> dict[str, Qualifier]:
    """Qualifiers after a figure (左右, 以上), from `lexicon/qualifier_suffixes.txt`."""
    return _table("qualifier_suffixes")


def infix_qualifiers() -> dict[str, Qualifier]:
    """Qualifiers inside a figure (余, 多), from `lexicon/qualifier_infixes.txt`."""
    return _table("qualifier_infixes")
