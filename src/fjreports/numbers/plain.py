"""Chinese integers written out in full, read in one pass with integers.

Nearly every Chinese numeral in print is written out in full (五亿四千三百一十四万…).
This reader takes those, and only those every reading agrees on, at several times
the speed of the full reader in `fjreports.numbers.numerals`, which decides (and
explains) everything it leaves.

Examples:
    >>> plain_chinese("五亿四千三百一十四万五千九百八十四")
    543145984
    >>> plain_chinese("一万五") is None  # shortened: the full reader decides
    True
"""

from __future__ import annotations

from .digits import BIG_UNITS, CN_DIGITS, SMALL_UNITS

__all__ = ["plain_chinese"]

_PLAIN_CHARS = frozenset(CN_DIGITS) | frozenset(SMALL_UNITS) | frozenset(BIG_UNITS)
_ABOVE_THOUSANDS = 10_000  # the place above 千 within a section


def plain_chinese(text: str) -> int | None:
    """A Chinese integer written out in full (五亿四千三百一十四万五千九百八十四), read in
    one pass; `None` for anything else, which the full reader decides (and explains).

    Only numerals every reading agrees on are taken: each digit before its place,
    places falling within a section, 亿 before 万, a 零 skipping at least one place and
    followed by a digit. Shortened forms (一万五, 三千二), digit strings (二〇二三),
    a 十 without its digit but at the start, and any other character are left to the
    full reader.
    """
    if not text:
        return None
    total = section = 0
    digit: int | None = None
    place = _ABOVE_THOUSANDS  # the last place within the section
    big = 10**9  # the last magnitude
    zero = False  # a 零 since the last place
    for index, char in enumerate(text):
        if char not in _PLAIN_CHARS:
            return None
        value = CN_DIGITS.get(char)
        if value is not None:
            if digit is not None or (value == 0 and (zero or index == 0)):
                return None  # two digits in a row, 零零, a leading 零
            if value == 0:
                zero = True
            else:
                digit = value
            continue
        size = SMALL_UNITS.get(char)
        if size is not None:
            if size >= place or (zero and size * 10 == place):
                return None  # out of order, or a 零 that skips no place
            if digit is None:
                if index or size != 10:
                    return None  # only 十 stands without a digit, and only at the start
                digit = 1
            section += digit * size
            place, digit, zero = size, None, False
            continue
        size = BIG_UNITS[char]
        if size >= big or (zero and digit is None):
            return None  # 万亿 and other compounds, a 零 right before a magnitude
        if digit is not None:
            if not _units_digit(place, zero, alone=section == 0):
                return None  # 三千八亿: a shortened form
            section += digit
        if section == 0:
            return None
        total += section * size
        section, digit, place, big, zero = 0, None, _ABOVE_THOUSANDS, size, False
    if digit is None:
        return None if zero else total + section  # ending on 零 is no numeral
    if _units_digit(place, zero, alone=section == 0 and not total):
        return total + section + digit
    return None  # 三千二, 一百五, 一万五: shortened forms


def _units_digit(place: int, zero: bool, *, alone: bool) -> bool:
    """Whether a digit ending a section is its units: after 十, after a 零 that skips a
    place, or a digit alone (五, 五万)."""
    if zero:
        return place != 10  # 一百零五; after 十 a 零 skips nothing
    return place == 10 or (place == _ABOVE_THOUSANDS and alone)
