"""The characters of numerals: Chinese digits and places, signs, and what a numeral holds."""

from __future__ import annotations

__all__ = [
    "ASCII_DIGITS",
    "BIG_UNITS",
    "CN_DIGITS",
    "LATIN_MAGNITUDES",
    "MAX_NUMERAL_LENGTH",
    "NUMERAL_CHARS",
    "SIGNS",
    "SMALL_UNITS",
    "TENS_SHORTHAND",
]

#: Longer text is refused: no figure in print needs more, and the cap keeps
#: every parse linear in its input.
MAX_NUMERAL_LENGTH = 120

CN_DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS: dict[str, int] = {"万": 10**4, "亿": 10**8}
# Letters for magnitudes in informal amounts after Arabic digits: 15k (thousand), 3w (万).
LATIN_MAGNITUDES: dict[str, int] = {"k": 1000, "K": 1000, "w": 10**4, "W": 10**4, "M": 10**6}
# 廿, 卅 and 卌 stand for 二十, 三十 and 四十.
TENS_SHORTHAND: dict[str, int] = {"廿": 2, "卅": 3, "卌": 4}
ASCII_DIGITS = frozenset("0123456789")
SIGNS: dict[str, int] = {"负": -1, "-": -1, "正": 1, "+": 1}
#: Every character that can stand inside a Chinese numeral.
NUMERAL_CHARS = frozenset(CN_DIGITS) | frozenset(SMALL_UNITS) | frozenset(BIG_UNITS)
NUMERAL_CHARS |= frozenset(TENS_SHORTHAND) | ASCII_DIGITS
