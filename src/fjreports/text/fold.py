"""Folding: full-width, traditional and variant forms to one form, one character for one."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from .offsets import OffsetMap

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
        "幾": "几",
        "約": "约",
        "〜": "~",
        "∼": "~",
        "−": "-",
        "﹣": "-",
        "–": "—",
        "―": "—",
    }
)


def _fold(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char)
    if len(folded) != 1:
        # An expansion (㎡ → m2, ½ → 1⁄2) would shift every later offset.
        folded = char
    return folded.translate(_VARIANTS)


class _FoldTable(dict[int, str]):
    """A `str.translate` table that folds each character the first time it is seen."""

    def __missing__(self, code: int) -> str:
        folded = _fold(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()
# Chinese punctuation is never part of a figure: scanning leaves it as it is,
# so that a page in ordinary Chinese needs no folding at all.
_SCAN_KEEP = frozenset("，；（）：？！　、。")


def _scan_table() -> dict[int, str]:
    table: dict[int, str] = {}
    codes = [*range(0xFF01, 0xFF5F), *range(0xF900, 0xFB00), *(ord(k) for k in "萬億兩貳參叄陸")]
    codes += [ord(k) for k in "點負畝噸個餘幾約〜∼−﹣–―"]
    for code in codes:
        char = chr(code)
        folded = _fold(char)
        if char not in _SCAN_KEEP and folded != char:
            table[code] = folded
    return table


@cache
def _scan_tables() -> tuple[dict[int, str], re.Pattern[str]]:
    """The scan folding and the pattern of the characters it folds, made on first use."""
    table = _scan_table()
    return table, re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]")


def normalize(text: str) -> str:
    """Fold full-width and traditional forms, keeping `len(result) == len(text)`.

    >>> normalize("１２３４５萬")
    '12345万'
    """
    if text.isascii():
        return text
    return text.translate(_TABLE)


def fold_for_scan(text: str) -> str:
    """The folding that matters for finding figures in running text, done only where needed.

    Full-width digits, letters and signs, compatibility ideographs and the
    traditional numeral and unit characters are folded; Chinese punctuation
    (，：；) is kept, but for a full-width comma between groups of three digits,
    which separates thousands as an ASCII comma does.

    >>> fold_for_scan("１２，５００萬，增长３，５％")
    '12,500万，增长3，5%'
    """
    if text.isascii():
        return text
    table, foldable = _scan_tables()
    if foldable.search(text) is not None:
        text = text.translate(table)
    if _COMMA_BETWEEN_DIGITS.search(text) is not None:
        text = _GROUPED.sub(lambda m: m.group().replace("，", ","), text)
    return text


# 12，500万元: a full-width comma between groups of three digits is a thousands separator,
# as an ASCII comma is; anywhere else (第1，2名) it separates.
_COMMA_BETWEEN_DIGITS = re.compile("[0-9]，[0-9]")
_GROUPED = re.compile("(?<![0-9.,，])[0-9]{1,3}(?:，[0-9]{3})+(?![0-9，])")


# What a figure or a name may hold that is not written: white space, and the characters
# that draw nothing (Unicode's format characters: soft hyphen, zero-width space, joiners,
# direction marks, word joiner, byte-order mark) or only mark the character before them
# (combining marks, variation selectors). Web and PDF text is full of them.
_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0"
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
)
_GAP = re.compile(f"[\\s{_INVISIBLE}]+")
_DIGITS = frozenset("0123456789")


class Compact:
    """The normalised text with white space and invisible characters removed, and the way
    back to the raw offsets.

    With `scan=True` (running text), white space between two digits stays as one
    space: `2023\\n1000万元` is two numbers, not one. Invisible characters never
    separate (`3\\u200b000` is 3000).

    >>> c = Compact("12 3\\n万")
    >>> c.text, c.raw(2)
    ('123万', 3)
    >>> Compact("排名 3 1500万元", scan=True).text
    '排名3 1500万元'
    """

    __slots__ = ("offsets", "text")

    def __init__(self, text: str, *, scan: bool = False) -> None:
        norm = fold_for_scan(text) if scan else normalize(text)
        gaps = _GAP.search(norm)
        if gaps is None:
            self.text = norm  # a paragraph: one piece
            self.offsets = OffsetMap(((0, 0, len(norm)),))
            return
        pieces: list[tuple[int, int, int]] = []
        parts: list[str] = []
        at = length = 0
        for gap in _GAP.finditer(norm, gaps.start()):
            start, end = gap.span()
            if start > at:
                pieces.append((length, at, start - at))
                parts.append(norm[at:start])
                length += start - at
            if (
                scan
                and start > 0
                and end < len(norm)
                and norm[start - 1] in _DIGITS
                and norm[end] in _DIGITS
                and any(char.isspace() for char in gap.group())
            ):
                pieces.append((length, start, 1))  # one space stands for the run
                parts.append(" ")
                length += 1
            at = end
        if at < len(norm):
            pieces.append((length, at, len(norm) - at))
            parts.append(norm[at:])
        if not pieces:  # nothing but white space
            pieces.append((0, len(norm), 0))
        self.text = "".join(parts)
        self.offsets = OffsetMap(tuple(pieces))

    def raw(self, index: int) -> int:
        """The offset in the raw text of the character at `index` of the compact text."""
        return self.offsets.raw(index)
