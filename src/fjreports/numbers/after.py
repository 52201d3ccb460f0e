"""What the scanner reads after a numeral: 余/多 and a magnitude, the unit, a range of
like ends, 半, the parts of a currency, a compound unit and a qualifier after it (a part of
`fjreports.numbers.scanner.Scanner`)."""

from __future__ import annotations

import re
from fractions import Fraction

from .digits import BIG_UNITS, LATIN_MAGNITUDES, NUMERAL_CHARS, SMALL_UNITS
from .filters import Filters
from .money import MoneyReading
from .qualifier import Qualifier
from .ranges import RangeReading
from .reading import (
    AFTER_NUMBER_STOPS,
    HALF,
    HAS_DIGIT,
    INFIX_QUALIFIERS,
    ONE,
    RANGE_SEPARATORS,
    SESSION_ORDINALS,
    SUFFIX_BY_FIRST,
    Found,
    Reject,
    common_words,
    is_ascii_letter,
    plain_unit,
    unit_named,
)
from .shares import ShareReading
from .units import Kind, Unit, UnitExpression, scaled_unit

__all__ = ["AFTER_GE", "AFTER_MARKS", "SUFFIX_MARKS", "UnitReading"]

# The right end of a range whose ends both carry a Latin magnitude: -15k in 10k-15k元.
_LATIN_RANGE = re.compile("[-~～—至到][0-9]+(?:\\.[0-9]+)?[" + "".join(LATIN_MAGNITUDES) + "]")


class UnitReading(MoneyReading, RangeReading, ShareReading, Filters):
    """The scanner's reading of what follows a numeral, and of the currency or temperature
    scale named before it that the unit after it may take."""

    def degrees_at(self, j: int) -> tuple[Unit, int] | None:
        """The temperature named before the figure as its unit, where 度 stands at `j`
        (摄氏20度: 摄氏 named, then 20 and 度)."""
        if self.scale is None or not self.s.startswith("度", j):
            return None
        return self.scale[0], j + 1

    def named_before(self, start: int, unit: Unit | None) -> tuple[int, Unit | None]:
        """The figure's start and unit where a currency (US$5亿) or a temperature scale
        (摄氏20度) is named before it: the figure starts there."""
        start, unit = self.in_currency(start, unit)
        if self.scale is not None and unit is self.scale[0]:
            start = min(start, self.scale[1])
        return start, unit

    def finish(
        self,
        start: int,
        i: int,
        j: int,
        value: Fraction | None,
        low: Fraction | None,
        high: Fraction | None,
        qualifier: Qualifier | None,
        *,
        chinese: bool,
    ) -> Found:
        """Read what follows the numeral: 余/多, magnitude, 半, unit, range, qualifier."""
        s = self.s
        after = s[j : j + 1]
        halved = False
        if after in AFTER_MARKS and (after != "个" or s[j + 1 : j + 2] in AFTER_GE):
            j, value, qualifier, halved, found = self.marked(j, value, qualifier)
        else:
            found = self.degrees_at(j) if self.scale is not None else None
            if found is None:
                found = self.unit_at(j)
        if found is None:
            return self.unitless(i, j, start, value, low, high, qualifier)
        return self.after_unit(start, i, j, found, halved, value, low, high, qualifier, chinese)

    def marked(
        self, j: int, value: Fraction | None, qualifier: Qualifier | None
    ) -> tuple[int, Fraction | None, Qualifier | None, bool, tuple[Unit, int] | None]:
        """What `finish` reads where 个, 余/多, k/w, a letter or a mark follows the numeral
        (at `j`): where the unit starts, the value and qualifier they make, whether 个半
        halves it, and the unit."""
        s, n = self.s, self.n
        if value is not None and s.startswith("个", j) and s[j + 1 : j + 2] in BIG_UNITS:
            scale, j = self.magnitude_at(j + 1)  # 两个亿: 个 between a numeral and its magnitude
            value *= scale
        if j < n and s[j] in INFIX_QUALIFIERS and value is not None:
            infix = INFIX_QUALIFIERS[s[j]]
            after = j + 1
            scale, after = self.magnitude_at(after)
            if scale != 1 or self.unit_at(after) is not None or s.startswith("个", after):
                value *= scale
                qualifier = qualifier or infix
                j = after
        if j < n and s[j] in LATIN_MAGNITUDES and value is not None and s[j - 1].isdigit():
            value, j = self.latin_magnitude(value, j)  # 15k元, 30w (parsed alone)
        if (
            j < n
            and (is_ascii_letter(s[j]) or s[j] in AFTER_NUMBER_STOPS)
            and not self.strict
            and (not is_ascii_letter(s[j]) or self.unit_at(j) is None)
        ):
            raise Reject(j, "is a name or code, not a quantity")
        if s.startswith("个半", j):
            found = self.unit_at(j + 2, prefix="个") or self.unit_at(j + 2)
            if found is None:
                raise Reject(j, "is 个半 without a unit")
            return j, value, qualifier, True, found
        found = None
        if s.startswith("个多", j):
            found = self.unit_at(j + 2, prefix="个")  # 3个多月
            if found is not None:
                qualifier = qualifier or Qualifier.MORE_THAN
        return j, value, qualifier, False, found or self.degrees_at(j) or self.unit_at(j)

    def after_unit(
        self,
        start: int,
        i: int,
        j: int,
        found: tuple[Unit, int],
        halved: bool,
        value: Fraction | None,
        low: Fraction | None,
        high: Fraction | None,
        qualifier: Qualifier | None,
        chinese: bool,
    ) -> Found:
        """The figure whose numeral `s[i:j]` has the unit `found` after it (and 个半 where
        `halved`): a session's number, a range of like ends, 半 after the unit, the yuan's
        parts, the filters, the currency named before, a compound unit, a qualifier after."""
        s, n = self.s, self.n
        unit, u_end = found
        if unit.name in SESSION_ORDINALS and s.startswith(SESSION_ORDINALS[unit.name], u_end):
            raise Reject(i, "is the number of a session (十六届人大), not a count")
        if value is not None and u_end < n and s[u_end] in RANGE_SEPARATORS:
            other = self.range_tail(u_end + 1, value, s[i:j])  # 10亩至15亩, 摄氏20度至25度
            if other is not None and other[2] == unit:
                left, right, _, end = other
                return self.closing(start, i, end, None, left, right, unit, qualifier)
        if u_end < n and s[u_end] == "半" and not halved:
            halved = True
            u_end += 1
        if value is not None and halved:
            value += HALF
        followed = u_end < n and s[u_end] in NUMERAL_CHARS  # 一百元五角, 七成五
        if followed and value is not None and unit.name == "块":
            parts, after = self.money_parts(value, u_end)
            if after != u_end:
                value, u_end, unit = parts, after, unit_named("元")  # 十块三毛: money, 块 its yuan
        if unit.kind is Kind.PERCENT and value is not None:
            value, u_end, qualifier = self.tenths(i, j, u_end, value, unit, qualifier)
        elif followed and value is not None and unit.currency == "CNY" and unit.factor == 1:
            value, u_end = self.money_parts(value, u_end)  # 123元1角1分, 五元三毛
        elif (
            value is not None
            and unit.currency is not None
            and (followed or s.startswith("又", u_end))
            and unit.factor == 1
        ):
            value, u_end = self.cents_after(value, u_end, unit)  # 两美元又三美分
        self.check_unit(
            i,
            unit,
            value if value is not None else low,
            chinese=chinese,
            end=u_end,
            hedged=qualifier is not None,
        )
        if self.currency is not None or self.scale is not None:
            start, named = self.named_before(start, unit)
            unit = named or unit
        if (
            unit.kind is Kind.MONEY
            and u_end < n
            and s[u_end] in "整正"
            and not _is_han(s, u_end + 1)
        ):
            u_end += 1  # 叁拾万元整: the amount is whole
        if s[u_end : u_end + 1] in "/每人" and u_end < n:
            expression, u_end = self.compound(unit, u_end)
        else:
            expression = plain_unit(unit)
        if s[u_end : u_end + 1] in SUFFIX_MARKS:
            u_end, qualifier = self.suffix(u_end, qualifier, expression)
        return Found(start, u_end, value, low, high, expression, qualifier)

    def latin_magnitude(self, value: Fraction, j: int) -> tuple[Fraction, int]:
        """k (thousand) or w (万) after digits, as salaries and prices are written in
        informal text: 15k元, 3w块. Only before an amount's unit, or where a figure is
        read alone (`parse_quantity("30w")`); elsewhere the letter names something (4K
        video, 5G)."""
        ahead = _LATIN_RANGE.match(self.s, j + 1)  # 10k-15k元: the range's right end
        found = self.unit_at(j + 1 if ahead is None else ahead.end())
        # 15k元, 12k个百分点: an amount or a share
        money = found is not None and found[0].kind in _SCALED_KINDS
        alone = self.strict and (j + 1 == self.n or not is_ascii_letter(self.s[j + 1]))
        if not (money or alone):
            return value, j
        return value * LATIN_MAGNITUDES[self.s[j]], j + 1

    def magnitude_at(self, j: int) -> tuple[Fraction, int]:
        """万, 亿, 万亿, 千万 after 余/多: 十余万元, 3000余万元."""
        s, n = self.s, self.n
        scale = ONE
        k = j
        while k < n and (s[k] in BIG_UNITS or (s[k] in SMALL_UNITS and k == j)):
            scale *= BIG_UNITS.get(s[k]) or SMALL_UNITS[s[k]]
            k += 1
        if k == j + 1 and s[j] in SMALL_UNITS and self.unit_at(j) is not None:
            return ONE, j  # 千米, 百分点
        return scale, k

    def unitless(
        self,
        i: int,
        j: int,
        start: int,
        value: Fraction | None,
        low: Fraction | None,
        high: Fraction | None,
        qualifier: Qualifier | None,
    ) -> Found:
        s, n = self.s, self.n
        j = j + 3 if value is not None and s.startswith(_INCLUSIVE, j) else j  # 1万(含)-5万元
        if value is not None and j < n and s[j] in RANGE_SEPARATORS:
            other = self.range_tail(j + 1, value, s[i:j])
            if other is not None:
                left, right, unit, end = other
                # 八百到九百亿: a bare range is a figure by its magnitude, as 突破115.5万 is
                scaled = s[end - 1] in BIG_UNITS
                if unit is not None or self.strict or self.currency is not None or scaled:
                    return self.closing(start, i, end, None, left, right, unit, qualifier)
        begin, currency = self.in_currency(start, None)
        if currency is not None:
            return Found(begin, j, value, low, high, plain_unit(currency), qualifier)
        if self.strict:
            j, qualifier = self.suffix(j, qualifier, None)  # 30万上下, 15k左右
            return Found(start, j, value, low, high, None, qualifier)
        # A bare number is a quantity only with a magnitude word after digits (突破115.5万,
        # 30万上下) or after 个 (投资两个亿); 千家万户 and 万一 are words.
        if (
            value is not None
            and s[j - 1] in BIG_UNITS
            and (HAS_DIGIT.search(s, i, j) or s[j - 2 : j - 1] == "个")
        ):
            j, qualifier = self.suffix(j, qualifier, None)
            return Found(start, j, value, None, None, None, qualifier)
        raise Reject(j, "has no unit")

    def closing(
        self,
        start: int,
        i: int,
        end: int,
        value: Fraction | None,
        low: Fraction | None,
        high: Fraction | None,
        unit: Unit | None,
        qualifier: Qualifier | None,
    ) -> Found:
        start, unit = self.named_before(start, unit)  # $5-10, 摄氏20至25度
        expression = None
        if unit is not None:
            self.check_unit(i, unit, low if value is None else value, chinese=False, end=end)
            expression, end = self.compound(unit, end)  # 600～800元/亩
        end, qualifier = self.suffix(end, qualifier, expression)
        return Found(start, end, value, low, high, expression, qualifier)

    def compound(self, unit: Unit, end: int) -> tuple[UnitExpression, int]:
        """`unit`, or the compound unit it opens at `end` (8万吨/年, 3000元/亩, 5米每秒)."""
        if unit.currency == "CNY" and self.s.startswith("人民币", end):
            end += 3  # 数十亿元人民币: the currency said again
        if end + 1 < self.n and self.s[end] in "/每":
            found = self.unit_at(end + 1)
            if found is None:  # 吨标准煤/万元: per ten thousand yuan
                scale, at = self.magnitude_at(end + 1)
                below = self.unit_at(at) if scale != 1 else None
                if below is not None:
                    word = self.s[end + 1 : at]
                    found = scaled_unit(below[0], scale, word), below[1]
            # 5立方米每秒; but 每 that starts a phrase (5亿元每年新增) is no part of the unit
            if found is not None and (self.s[end] == "/" or not _is_han(self.s, found[1])):
                return UnitExpression(ONE, unit, found[0]), found[1]
        return plain_unit(unit), end

    def suffix(
        self, end: int, qualifier: Qualifier | None, unit: UnitExpression | None
    ) -> tuple[int, Qualifier | None]:
        s = self.s
        if s.startswith(_INCLUSIVE, end):
            end += 3  # 50万元（含）以上: the bound itself counts
        for word, meaning in SUFFIX_BY_FIRST.get(s[end : end + 1], ()):
            if s.startswith(word, end):
                after = end + len(word)
                if s[after - 1 : after + 1] in common_words():
                    continue  # 上下游: the word's last character starts another word
                return end + len(word), qualifier or meaning
        if unit is not None and end < self.n:
            duration = unit.kind is Kind.DURATION
            # 3年多, 3倍多: more than; 多 starting a word (3倍多元化) is that word's.
            if (
                s[end] == "多"
                and (duration or unit.numerator.name == "倍")
                and s[end : end + 2] not in common_words()
            ):
                return end + 1, qualifier or Qualifier.MORE_THAN
            if duration and s[end] == "内":
                return end + 1, qualifier or Qualifier.LESS_THAN
        return end, qualifier


def _is_han(s: str, at: int) -> bool:
    return at < len(s) and "\u4e00" <= s[at] <= "\u9fff"


_INCLUSIVE = ("（含）", "(含)")
# The units a Latin magnitude letter may scale in running text (15k元, 12k个百分点).
_SCALED_KINDS = frozenset((Kind.MONEY, Kind.PERCENT, Kind.PERCENT_POINT))
# What may follow a numeral and be read before its unit (`UnitReading.marked`).
AFTER_MARKS = (
    frozenset("个")
    | frozenset(INFIX_QUALIFIERS)
    | frozenset(LATIN_MAGNITUDES)
    | AFTER_NUMBER_STOPS
    | frozenset(chr(c) for c in range(128) if chr(c).isalpha())
)
# What after 个 makes it more than a count word: 两个亿, 一个半, 3个多月.
AFTER_GE = frozenset("半多") | frozenset(BIG_UNITS)
# The first characters of what `suffix` reads after a figure.
SUFFIX_MARKS = frozenset("（(多内") | frozenset(SUFFIX_BY_FIRST)
