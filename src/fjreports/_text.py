"""Character normalisation that keeps offsets: one character in, one character out."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Traditional and variant forms of numeral and unit characters that NFKC leaves alone.
_VARIANTS = str.maketrans(
    {
        "萬": "万",
        "億": "亿",
        "兩": "两",
        "貳": "贰",
        "參": "叁",
        "叄": "叁",
        "陸": "陆",
        "點": "点",
        "負": "负",
        "畝": "亩",
        "噸": "吨",
        "個": "个",
        "餘": "余",
        "約": "约",
        "〜": "~",
        "∼": "~",
        "−": "-",
        "﹣": "-",
        "–": "—",
        "―": "—",
    }
)


@lru_cache(maxsize=4096)
def _fold(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char)
    if len(folded) != 1:
        # An expansion (㎡ → m2, ½ → 1⁄2) would shift every later offset.
        folded = char
    return folded.translate(_VARIANTS)


def normalize(text: str) -> str:
    """Fold full-width and traditional forms, keeping `len(result) == len(text)`.

    >>> normalize("１２３４５萬")
    '12345万'
    """
    if text.isascii():
        return text
    return "".join([_fold(c) for c in text])
