"""Folding: full-width, traditional and variant forms to one form, one character for one."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import cache
from itertools import accumulate, chain, pairwise
from operator import add, sub

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
        # Middle dots of other scripts, as the product of units (千瓦・时) and names (4•26) use
        "・": "·",
        "•": "·",
        "∙": "·",
        "‧": "·",
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
    codes += [ord(k) for k in "點負畝噸個餘幾約〜∼−﹣–―・•∙‧"]
    for code in codes:
        char = chr(code)
        folded = _fold(char)
        if char not in _SCAN_KEEP and folded != char:
            table[code] = folded
    return table


@cache
def _scan_tables() -> tuple[dict[int, str], re.Pattern[str], re.Pattern[str]]:
    """The scan folding, the pattern of the characters it folds, and the pattern of those and
    the invisible characters (what makes a text more than white space and plain characters),
    made on first use."""
    table = _scan_table()
    folded = "".join(re.escape(chr(c)) for c in sorted(table))
    return table, re.compile(f"[{folded}]"), re.compile(f"[{folded}{_INVISIBLE}]")


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
    table, foldable, _ = _scan_tables()
    if foldable.search(text) is not None:
        text = text.translate(table)
    return _grouping_commas(text)


def _grouping_commas(text: str) -> str:
    if _COMMA_BETWEEN_DIGITS.search(text) is not None:
        text = _GROUPED.sub(lambda m: m.group().replace("，", ","), text)
    return text


# 12，500万元: a full-width comma between groups of three digits is a thousands separator,
# as an ASCII comma is; anywhere else (第1，2名) it separates.
_COMMA_BETWEEN_DIGITS = re.compile("，(?<=[0-9]，)(?=[0-9])")  # the comma first: found fast
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
# Unicode's white space (what `str.isspace` and the pattern `\s` take), listed: a class of
# characters alone is scanned faster than one holding a category.
_WHITE = (
    "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a"
    "\\u2028\\u2029\\u202f\\u205f\\u3000"
)
_GAP = re.compile(f"([{_WHITE}{_INVISIBLE}]+)")
_SPACE = re.compile(f"[{_WHITE}]")
_DIGITS = frozenset("0123456789")


def _white_split(norm: str) -> tuple[list[str], list[int]]:
    """The words of `norm`, whose gaps are white space alone, and the length of each gap: as
    `_GAP.split` gives them (a word more than gaps, the first and last empty where `norm`
    starts or ends with a gap), but from `str.split`, a good deal faster."""
    words = norm.split()
    if not words:
        return ["", ""], [len(norm)]
    at = 0
    find = norm.find
    # Each word is found right after the last, past white space alone: where each ends.
    ends = [at := find(word, at) + len(word) for word in words]
    starts = list(map(sub, ends, map(len, words)))
    gaps = list(map(sub, starts[1:], ends))
    if starts[0] > 0:
        words.insert(0, "")
        gaps.insert(0, starts[0])
    if at < len(norm):
        words.append("")
        gaps.append(len(norm) - at)
    return words, gaps


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

    __slots__ = ("_ends", "_shifts", "text")

    def __init__(self, text: str, *, scan: bool = False) -> None:
        white = False  # whether every gap is white space alone
        if not scan:
            norm = normalize(text)
        elif text.isascii() or _scan_tables()[2].search(text) is None:
            norm, white = _grouping_commas(text), True  # nothing else to fold, nothing unseen
        else:
            norm = fold_for_scan(text)
        # Where the compact text passes a gap (`_ends`, ascending), and how many raw
        # characters lie behind it from there on (`_shifts`, one more: 0 before any gap).
        self._ends: list[int] = []
        self._shifts: list[int] = [0]
        if _GAP.search(norm) is None:
            self.text = norm  # a paragraph: nothing to take out
            return
        if white:
            words, gaps = _white_split(norm)
        else:
            parts = _GAP.split(norm)  # word, gap, word, gap, …, word
            words, gap_texts = parts[0::2], parts[1::2]
            gaps = list(map(len, gap_texts))
        if scan:
            spaces = [
                1 if a[-1:] in _DIGITS and b[:1] in _DIGITS else 0 for a, b in pairwise(words)
            ]
            if not white:  # a gap of invisible characters alone joins the digits (3\u200b000)
                spaces = [
                    k if k and _SPACE.search(g) else 0
                    for k, g in zip(spaces, gap_texts, strict=True)
                ]
        else:
            spaces = [0] * len(gaps)
        if any(spaces):
            joined = chain.from_iterable(zip(words, [" " * k for k in spaces], strict=False))
            self.text = "".join(joined) + words[-1]
        else:
            self.text = "".join(words)
        self._ends = list(accumulate(map(add, map(len, words), spaces)))
        self._shifts += accumulate(map(sub, gaps, spaces))
        if not words[-1] and self.text:
            # The text ends in a gap: its end, and any offset past it, maps to where the
            # last word ends in the raw text.
            del self._ends[-1], self._shifts[-1]

    def raw(self, index: int) -> int:
        """The offset in the raw text of the character at `index` of the compact text."""
        return index + self._shifts[bisect_right(self._ends, index)]
