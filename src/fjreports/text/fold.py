"""Folding: full-width, traditional and variant forms to one form, one character for one."""

from __future__ import annotations

import re
import unicodedata

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
    codes += [ord(k) for k in "點負畝噸個餘約〜∼−﹣–―"]
    for code in codes:
        char = chr(code)
        folded = _fold(char)
        if char not in _SCAN_KEEP and folded != char:
            table[code] = folded
    return table


_SCAN = _scan_table()
_SCAN_FOLDABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_SCAN)) + "]")


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
    (，：；) is kept, so a full-width comma never groups digits.

    >>> fold_for_scan("１２，５００萬")
    '12，500万'
    """
    if text.isascii() or _SCAN_FOLDABLE.search(text) is None:
        return text
    return text.translate(_SCAN)


class Compact:
    """The normalised text with white space removed, and the way back to the raw offsets.

    >>> c = Compact("12 3\\n万")
    >>> c.text, c.raw(3)
    ('123万', 5)
    """

    __slots__ = ("offsets", "text")

    def __init__(self, text: str, *, scan: bool = False) -> None:
        norm = fold_for_scan(text) if scan else normalize(text)
        words = norm.split()  # the pieces between runs of white space, as `\s+` finds them
        if not norm or (len(words) == 1 and len(words[0]) == len(norm)):
            self.text = norm  # a paragraph: one piece
            self.offsets = OffsetMap(((0, 0, len(norm)),))
            return
        pieces: list[tuple[int, int, int]] = []
        at = length = 0
        for word in words:
            at = norm.find(word, at)  # only white space stands between `at` and the word
            pieces.append((length, at, len(word)))
            at += len(word)
            length += len(word)
        if not words:  # nothing but white space
            pieces.append((0, len(norm), 0))
        self.text = "".join(words)
        self.offsets = OffsetMap(tuple(pieces))

    def raw(self, index: int) -> int:
        """The offset in the raw text of the character at `index` of the compact text."""
        return self.offsets.raw(index)
