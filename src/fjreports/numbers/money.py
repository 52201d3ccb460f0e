"""What the scanner reads of money: a currency named or marked before an amount (US$5亿,
新台币177.1亿元), and the parts of a yuan after it (123元1角1分, 五元三毛)."""

from __future__ import annotations

from fractions import Fraction

from ..errors import NumberParseError
from .reading import currency_tables, read_numeral
from .state import ScannerState
from .units import Unit

__all__ = ["LONGEST_CURRENCY", "MoneyReading"]

LONGEST_CURRENCY = 8  # characters: the longest name or symbol of a currency read before an amount
# The parts of a yuan, in the order they are written after it.
_MONEY_PARTS = (("角毛", Fraction(1, 10)), ("分", Fraction(1, 100)))


class MoneyReading(ScannerState):
    """The scanner's reading of money; it holds the text `s` (of length `n`) and the
    currency found before the figure being read."""

    def currency_before(self, i: int, floor: int) -> tuple[Unit, int] | None:
        """The currency whose name or symbol ends right before `i`, and where it starts."""
        s = self.s
        tables = currency_tables()
        if i <= floor or (s[i - 2 : i] not in tables.ends and s[i - 1] not in tables.ends):
            return None
        for written, unit in tables.before.get(s[i - 1], ()):
            at = i - len(written)
            if at >= floor and s.startswith(written, at):
                return unit, at
        return None

    def currency_at(self, i: int) -> tuple[tuple[Unit, int], int] | None:
        """The currency whose name or symbol starts at `i` (reading one quantity forwards),
        as `currency_before` gives it, and where the amount starts after it."""
        if self.s[i : i + 1] not in currency_tables().starts:
            return None  # the commonest case: a digit
        for end in range(min(self.n, i + LONGEST_CURRENCY), i, -1):
            found = self.currency_before(end, i)
            if found is not None and found[1] == i:
                return found, end
        return None

    def in_currency(self, start: int, unit: Unit | None) -> tuple[int, Unit | None]:
        """The figure's start and unit where a currency is named before it: the amount is in
        that currency (US$5亿; 新台币177.1亿元, where 元 is the currency's own)."""
        if self.currency is None:
            return start, unit
        currency, at = self.currency
        if unit is None or (unit.currency is not None and unit.factor == 1):
            return min(start, at), currency
        return start, unit

    def cents_after(self, value: Fraction, at: int, unit: Unit) -> tuple[Fraction, int]:
        """An amount of a currency with an amount of its smaller unit after it, perhaps
        after 又 (两美元又三美分 is 2.03 dollars, 5英镑20便士 5.20 pounds): the part in the
        same currency, less than one of `unit`."""
        s = self.s
        k = at + 1 if s.startswith("又", at) else at
        end = self.run_end(k)
        found = self.unit_at(end) if end > k else None
        if found is None or found[0].currency != unit.currency or not found[0].factor < 1:
            return value, at
        try:
            part = read_numeral(s[k:end]) * found[0].factor
        except NumberParseError:
            return value, at
        if not 0 < part < 1:
            return value, at
        return value + part, found[1]

    def money_parts(self, value: Fraction, at: int) -> tuple[Fraction, int]:
        """An amount of yuan with its jiao and fen after it (壹拾壹元壹角壹分, 123元1角1分,
        五元三毛): each part a digit or two and its word, in order."""
        s = self.s
        for words, size in _MONEY_PARTS:
            end = self.run_end(at)
            if end == at or end - at > 2 or end >= self.n or s[end] not in words:
                continue
            try:
                part = read_numeral(s[at:end])
            except NumberParseError:
                break
            if part.denominator != 1 or not 0 < part < 10:
                break
            value += part * size
            at = end + 1
        if s.startswith("钱", at) and s[at - 1] in "角毛分":
            at += 1  # 六角七分钱
        return value, at
