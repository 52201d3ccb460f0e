"""What the scanner reads of shares and halves: tenths (三成, 七成五, 一成多), discounts (八五折,
75折, 半折) and a half of a unit with no numeral before it (半年, 半个月)."""

from __future__ import annotations

from fractions import Fraction

from .digits import NUMERAL_CHARS, SMALL_UNITS
from .qualifier import Qualifier
from .reading import (
    CN_NONZERO,
    HALF,
    HALF_BLOCKERS,
    PREFIX_QUALIFIERS,
    Found,
    Reject,
    common_words,
    plain_unit,
)
from .state import ScannerState
from .units import Kind, Unit

__all__ = ["ShareReading"]


class ShareReading(ScannerState):
    """The scanner's reading of tenths, discounts and halves; it holds the text `s` (of
    length `n`) and whether one quantity is read (`strict`)."""

    def half_at(self, i: int, floor: int) -> Found:
        """半年 in running text, with its qualifier (近半年)."""
        word, start = self.prefix_before(i, floor)
        qualifier = None if word is None else PREFIX_QUALIFIERS.get(word, Qualifier.MORE_THAN)
        return self.half_only(start, i, qualifier)

    def half_only(self, start: int, i: int, qualifier: Qualifier | None) -> Found:
        """半年, 半个月: one half of a unit, its 半 at `i` (a qualifier from `start`)."""
        found = self.unit_at(i + 1) or self.unit_at(i + 2, prefix="个")
        if found is None:
            raise Reject(i + 1, "is 半 without a unit")
        unit, end = found
        if unit.name in ("成", "折") and end == i + 2:
            if self.s[end - 1 : end + 1] in common_words():
                raise Reject(i, "is part of a word (半成品, 半成熟)")
            end, qualifier = self.suffix(end, qualifier, plain_unit(unit))
            if unit.name == "折":  # 半折: half the price, 五折
                return Found(start, end, Fraction(5), None, None, plain_unit(unit), qualifier)
            return Found(start, end, HALF, None, None, plain_unit(unit), qualifier)  # 5 %
        if not self.strict:
            if unit.kind is not Kind.DURATION:
                raise Reject(i, "is 半 before a unit other than time (半数, 半壁, 半成品)")
            if i > 0 and self.s[i - 1] in HALF_BLOCKERS:
                raise Reject(i, "is part of a period or word (上半年, 大半年)")
            if end < self.n and self.s[end] == "度":
                raise Reject(i, "names a half-year period (半年度)")
            if unit.name == "月":  # 月 alone is a unit under a bar only (3000元/月)
                raise Reject(i, "is a word (半月刊, 半月谈): half a month is written 半个月")
        end, qualifier = self.suffix(end, qualifier, plain_unit(unit))
        return Found(start, end, HALF, None, None, plain_unit(unit), qualifier)

    def tenths(
        self,
        i: int,
        j: int,
        u_end: int,
        value: Fraction,
        unit: Unit,
        qualifier: Qualifier | None,
    ) -> tuple[Fraction, int, Qualifier | None]:
        """七成五 (7.5 tenths), 一成多, 八五折 and 75折 (two digits: 8.5 and 7.5 tenths)."""
        s, n = self.s, self.n
        if unit.name == "成":
            if (
                u_end < n
                and s[u_end] in CN_NONZERO
                and (u_end + 1 == n or s[u_end + 1] not in NUMERAL_CHARS)
            ):
                return value + Fraction(CN_NONZERO[s[u_end]], 10), u_end + 1, qualifier
            if s.startswith("多", u_end):
                return value, u_end + 1, qualifier or Qualifier.MORE_THAN
        elif unit.name == "折":
            two_digits = j - i == 2 and s[j - 1] not in SMALL_UNITS
            if two_digits and value.denominator == 1 and 10 < value < 100:
                return value / 10, u_end, qualifier  # 八五折, 75折: 85 %, 75 %
            if value >= 10:
                raise Reject(i, "is no discount: ten tenths or more of the price (十折)")
        return value, u_end, qualifier
