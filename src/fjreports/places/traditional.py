"""Region names written in traditional characters, read as the gazetteer writes them.

The table (`lexicon/traditional_region_chars.txt`, from OpenCC's character table)
holds only the characters of region names, one character for one, so offsets in
a text stay where they were.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import fields

__all__ = ["simplified"]


@cache
def _traditional() -> tuple[re.Pattern[str], dict[int, str]]:
    pairs = fields("traditional_region_chars")
    table = str.maketrans({traditional: simple for traditional, (simple,) in pairs.items()})
    return re.compile("[" + "".join(sorted(pairs)) + "]"), table


def simplified(text: str) -> str:
    """`text` with the traditional characters of region names in their simplified forms
    (廈門市集美區 → 厦门市集美区), one character for one.

    >>> simplified("福建省廈門市集美區")
    '福建省厦门市集美区'
    """
    found, table = _traditional()
    return text.translate(table) if found.search(text) else text
