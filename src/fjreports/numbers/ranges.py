"""What the scanner reads of ranges: two neighbouring digits (两三个, 三五百), one end and
the other (10—15万元, 两到三千, 百分之五至百分之八)."""

from __future__ import annotations

from fractions import Fraction

from ..errors import NumberParseError
from .digits import BIG_UNITS, LATIN_MAGNITUDES, SMALL_UNITS
from .numerals import parse_fraction
from .reading import CN_NONZERO, DIGIT_PAIR, ONE, RANGE_SEPARATORS, Reject
from .state import ScannerState
from .units import Unit

__all__ = ["RangeReading"]


class RangeReading(ScannerState):
    """The scanner's reading of ranges; it holds the text `s` (of length `n`)."""

    def approximation(self, i: int, j: int) -> tuple[Fraction, Fraction] | None:
        """两三个, 三四十万, 十五六, 三五百: two neighbouring digits give a range."""
        s = self.s
        if DIGIT_PAIR.search(s, i, j) is None:
            return None  # no two Chinese digits side by side: 6000万, 一千二百
        for k in range(i, j - 1):
            a, b = s[k], s[k + 1]
            if a not in CN_NONZERO or b not in CN_NONZERO:
                continue
            da, db = CN_NONZERO[a], CN_NONZERO[b]
            if db != da + 1 and a + b not in ("一两", "三五"):
                continue  # 三五百: three to five hundred, the customary pair
            if k > i and s[k - 1] not in SMALL_UNITS and s[k - 1] not in BIG_UNITS:
                return None
            if k + 2 < j and s[k + 2] not in SMALL_UNITS and s[k + 2] not in BIG_UNITS:
                return None
            try:
                low = parse_fraction(s[i:k] + a + s[k + 2 : j])
                high = parse_fraction(s[i:k] + b + s[k + 2 : j])
            except NumberParseError:
                return None
            return low, high
        return None

    def fraction_range(
        self, at: int, denominator: str, low: Fraction
    ) -> tuple[Fraction, int] | None:
        """The upper end of 百分之五至百分之八 or 百分之五至八 after `at`, and where it ends."""
        s = self.s
        if at >= self.n or s[at] not in RANGE_SEPARATORS:
            return None
        k = at + 1
        if s.startswith(denominator + "分之", k):
            k += len(denominator) + 2
        end = self.run_end(k)
        if end == k or s.startswith("分之", end):
            return None
        try:
            high = self.number(k, end)
        except Reject:
            return None
        return (high, end) if low < high else None

    def range_tail(
        self, k: int, left: Fraction, left_run: str
    ) -> tuple[Fraction, Fraction, Unit | None, int] | None:
        """The right side of a range at `k`: (left scaled, right, unit, end) or `None`."""
        s = self.s
        sign = 1
        if s[k : k + 1] in ("-", "—") and s[k - 1] in "-—~":
            k += 1  # 1万元--5万元, 2——3万: a doubled dash is one separator
        elif s[k : k + 1] in ("-", "负"):
            sign, k = -1, k + 1  # -5至-3%: the right end below zero too
        end = self.run_end(k)
        if end == k:
            return None
        if self.liang_at_end(k, end):
            end -= 1  # 0至1两
        try:
            right = self.number(k, end) * sign
        except Reject:
            return None
        right_run = s[k:end]
        if end < self.n and s[end] in LATIN_MAGNITUDES and s[end - 1].isdigit():
            scaled, after = self.latin_magnitude(right, end)  # 10~15k元
            if after != end:
                if s[k - 2 : k - 1] not in LATIN_MAGNITUDES:
                    left *= LATIN_MAGNITUDES[s[end]]
                right, end = scaled, after
        # 10—15万元: the magnitude written once, on the right, serves both ends.
        if not any(c in BIG_UNITS for c in left_run):
            scale = ONE
            for c in reversed(right_run):
                if c in BIG_UNITS:
                    scale *= BIG_UNITS[c]
                else:
                    break
            if scale != 1 and left * scale <= right:
                left *= scale
            elif scale != 1 and left * 10 < right:
                # 10-5万元: 10万 to 5万 runs backwards, and 10 to 50000 is no range anyone
                # writes. (8000-1万元 is 8000 to 10000: the ends are of one order.)
                if self.strict:
                    raise Reject(k - 1, "ends a range lower than it starts")
                return None
            elif (
                len(left_run) == 1
                and left_run not in SMALL_UNITS  # 十至二十人: ten is no digit of a place
                and len(right_run) == 2
                and right_run[1] in SMALL_UNITS
                and right_run[0] not in SMALL_UNITS
            ):
                # 两到三千, 3至5百: one digit, then a digit and its place, is 2000 to 3000.
                left *= SMALL_UNITS[right_run[1]]
        if left >= right:
            if self.strict and left > right:
                raise Reject(k - 1, "ends a range lower than it starts")
            return None
        found = self.degrees_at(end) or self.unit_at(end)
        if found is None:
            return left, right, None, end
        return left, right, found[0], found[1]
