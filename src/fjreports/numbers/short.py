"""The short ways: the commonest figures and numerals that are no figures, told at once.

Most numerals in a report are Arabic digits with a plain unit after them (500万元,
19个, 4900余亩), a date (2023年, 3月) or 一 as an article (一个, 一年来). These are read here
without the scanner's long way through every reading and filter, to the same result:
`tests/numbers/test_scanner.py` turns the short ways off and compares.
"""

from __future__ import annotations

from fractions import Fraction

from ..errors import NumberParseError
from .after import AFTER_GE, AFTER_MARKS, SUFFIX_MARKS
from .digits import BIG_UNITS, MAX_NUMERAL_LENGTH, NUMERAL_CHARS, SMALL_UNITS
from .filters import Filters
from .qualifier import Qualifier
from .reading import (
    IDIOM_PLACES,
    INFIX_QUALIFIERS,
    RANGE_SEPARATORS,
    SESSION_ORDINALS,
    UNIT_FORMS,
    UNIT_LENGTHS,
    read_numeral,
    unit_tables,
)
from .units import Kind, Unit

__all__ = ["ARABIC_DIGITS", "DATE_UNITS", "ShortWays", "plain_figure"]

ARABIC_DIGITS = frozenset("0123456789")
# Units with a filter or a reading of their own (check_unit, tenths, money_parts, session
# ordinals): `plain_figure` leaves them to the long way.
_OWN_READING = frozenset(("年", "月", "日", "位", "折", "名", "成", "块", "角", "毛", "季度", "期"))
_OWN_READING |= frozenset(SESSION_ORDINALS)
# What a numeral of a date stands before (2023年, 3月, 19日).
DATE_UNITS = frozenset("年月日")
# What after a unit may continue the figure: a range, 半, more numerals (元五角), 整, 又,
# a compound unit (/, 每, 人民币), a qualifier.
_CONTINUES = RANGE_SEPARATORS | NUMERAL_CHARS | SUFFIX_MARKS | frozenset("半/每人整正又")


class ShortWays(Filters):
    """The numerals the scanner tells at once to be no figures."""

    def date_at(self, i: int, j: int) -> bool:
        """Whether `s[i:j]` is part of a date: a year before 年 (2023年), a month or a day
        before 月 or 日 (3月, 19日), the commonest numerals that are no figures, told in
        running text before anything else is read. `check_unit` tells them the long way,
        and alone where a unit longer than 年, 月 or 日 may start there (19日元)."""
        s = self.s
        after = s[j : j + 1]
        if after not in DATE_UNITS or UNIT_LENGTHS.get(after) != (1,):
            return False
        return after != "年" or (j - i == 4 and self.is_year(i))

    def article_at(self, j: int) -> bool:
        """Whether a lone 一 before `j` is an article (一个, 一次, 一年): a unit follows that
        no reading of its own concerns (一成, 一倍, 一美元), and nothing after it continues
        the figure (一吨半, 一亩至两亩). `check_unit` says the same the long way."""
        s = self.s
        after = s[j : j + 1]
        if after in AFTER_MARKS and (after != "个" or s[j + 1 : j + 2] in AFTER_GE):
            return False
        found = self.unit_at(j)
        if found is None or s.startswith("分之", j):
            return False
        unit, end = found
        return (
            unit.name not in ("成", "折", "倍", "块")
            and unit.currency in (None, "CNY")
            and s[end : end + 1] not in _CONTINUES
        )


def plain_figure(s: str, i: int, j: int) -> tuple[int, Fraction, Unit, Qualifier | None] | None:
    """The figure at the numeral run `s[i:j]` of running text where it is of the commonest
    kind, read at once: Arabic digits (and 万, 亿), perhaps 余, 多, 几 or 来 and a magnitude
    (4900余亩, 1700多万元), then a unit that no filter or reading of its own concerns, then
    nothing that continues the figure (a range, 半, a compound unit, a qualifier, more
    numerals); its end, value, unit and qualifier. The caller has seen that nothing before
    the digits belongs to the figure.

    `None` where it is not such a figure: `Scanner.match` then reads it the long way, to
    the same result (`tests/numbers/test_scanner.py` checks the two against each other).
    """
    unit_tables()
    if j - i > MAX_NUMERAL_LENGTH or s[i] in IDIOM_PLACES:
        return None
    run = s[i:j]
    if not (run.isascii() or run.rstrip("万亿").isascii()):
        return None
    qualifier = None
    scale = 1
    at = j  # where the unit starts
    after = s[j : j + 1]
    if after in INFIX_QUALIFIERS:  # 4900余亩, 1700多万元: as UnitReading.marked reads them
        qualifier = INFIX_QUALIFIERS[after]
        at += 1
        while s[at : at + 1] in BIG_UNITS:
            scale *= BIG_UNITS[s[at]]
            at += 1
        after = s[at : at + 1]
        if after in SMALL_UNITS:
            return None
    if after in AFTER_MARKS and (after != "个" or s[at + 1 : at + 2] in AFTER_GE):
        return None
    for length in UNIT_LENGTHS.get(after, ()):  # the longest unit written there
        end = at + length
        entry = UNIT_FORMS.get(s[at:end])
        if entry is not None and end <= len(s):
            break
    else:
        return None
    unit, latin = entry
    if (
        latin  # 3km2, 5G: a Latin symbol is a unit only standing alone (Scanner.unit_at)
        or unit.name in _OWN_READING
        or unit.kind is Kind.DURATION
        or s[end : end + 1] in _CONTINUES
        or s.startswith("分之", j)
    ):
        return None
    try:
        value = read_numeral(run)
    except NumberParseError:
        return None
    if scale != 1:
        value *= scale
    if unit.kind is Kind.COUNT and value.denominator != 1:
        return None  # a fraction of a count: only in a rate (每万人3.2人)
    return end, value, unit, qualifier
