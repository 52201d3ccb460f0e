"""The quantity scanner: reads a figure at a numeral run of the compact text.

It looks at each character a bounded number of times, so finding every figure
of a text is linear in its length (see `fjreports.numbers.found`).
"""

from __future__ import annotations

import re
from fractions import Fraction

from ..errors import NumberParseError
from .digits import BIG_UNITS, LATIN_MAGNITUDES, MAX_NUMERAL_LENGTH, NUMERAL_CHARS, SMALL_UNITS
from .filters import Filters
from .lead import LeadIn
from .money import MoneyReading
from .qualifier import Qualifier
from .ranges import RangeReading
from .reading import (
    AFTER_NUMBER_STOPS,
    BARE_AFTER,
    BARE_BEFORE,
    DIGIT,
    HALF,
    HAS_DIGIT,
    IDIOM_PLACES,
    INFIX_QUALIFIERS,
    NOT_BEFORE_MINUS,
    NOT_QUALIFYING,
    ONE,
    PREFIX_BY_LAST,
    PREFIX_QUALIFIERS,
    QUALIFIER_GAP,
    RANGE_SEPARATORS,
    RANK_ENDS,
    RANK_WORDS,
    RUN,
    SESSION_ORDINALS,
    SUFFIX_BY_FIRST,
    UNIT_FORMS,
    UNIT_LENGTHS,
    UNITS_BY_FIRST,
    VAGUE_PREFIXES,
    Found,
    Reject,
    common_words,
    is_ascii_letter,
    lead_marks,
    plain_unit,
    read_numeral,
    temperature_scales,
    unit_named,
)
from .shares import ShareReading
from .units import Kind, Unit, UnitExpression, scaled_unit

ARABIC_DIGITS = frozenset("0123456789")
# The right end of a range whose ends both carry a Latin magnitude: -15k in 10k-15k元.
_LATIN_RANGE = re.compile("[-~～—至到][0-9]+(?:\\.[0-9]+)?[" + "".join(LATIN_MAGNITUDES) + "]")

__all__ = ["ARABIC_DIGITS", "Scanner", "plain_figure"]


class Scanner(MoneyReading, RangeReading, ShareReading, LeadIn, Filters):
    """Reads quantities in `s`, the normalised text with white space removed."""

    def __init__(self, s: str, *, strict: bool) -> None:
        self.s = s
        self.n = len(s)
        self.strict = strict
        self.after_letters = False
        # The currency named right before the figure (US$5亿, 新台币177.1亿元), where it starts.
        self.currency: tuple[Unit, int] | None = None
        # The temperature scale named before it (摄氏20度, 华氏零下4度), where it starts.
        self.scale: tuple[Unit, int] | None = None

    # -- numerals --

    def run_end(self, i: int) -> int:
        """End of the numeral run starting at `i` (digits, numeral characters, 点, . and ,)."""
        match = RUN.match(self.s, i)
        return i if match is None else match.end()

    def number(self, i: int, j: int) -> Fraction:
        if j - i > MAX_NUMERAL_LENGTH:
            raise Reject(i, "is a numeral longer than any figure")
        try:
            return read_numeral(self.s[i:j])
        except NumberParseError as err:
            raise Reject(i + err.position, err.reason) from None

    def leading_number(self, i: int, j: int) -> Fraction:
        """The numeral `s[i:j]`; before 几, 多 or 余 a closing 零 only says that a digit is
        missing (一百零几万: a hundred and some ten thousands)."""
        some = j - i > 1 and self.s[j - 1] == "零" and self.s[j : j + 1] in INFIX_QUALIFIERS
        return self.number(i, j - 1 if some else j)

    def unit_at(self, j: int, *, prefix: str = "") -> tuple[Unit, int] | None:
        """The longest unit written at `j` (after an optional `prefix` such as 个)."""
        s = self.s
        if not prefix:
            for length in UNIT_LENGTHS.get(s[j : j + 1], ()):
                entry = UNIT_FORMS.get(s[j : j + length])
                if entry is not None and j + length <= self.n:
                    unit, latin = entry
                    if latin and not self.strict and not self.symbol_ends(j, length):
                        continue  # 5G, 4A, 3km2: Latin letters after a number are names
                    return unit, j + length
            return None
        first = prefix[:1]
        skip = len(prefix)
        for written, unit, latin in UNITS_BY_FIRST.get(first, ()):
            if latin and not self.strict and not self.symbol_ends(j, len(written) - skip):
                continue  # 5G, 4A, 3km2: Latin letters after a number are names, not units
            if written.startswith(prefix) and s.startswith(written[skip:], j):
                return unit, j + len(written) - skip
        return None

    # -- one mention --

    def match(self, i: int, j: int, floor: int, *, plain: bool = True) -> Found:
        """The quantity whose numeral run is `s[i:j]`; prefixes are read back to `floor`.
        `plain=False`: `plain_figure` has been tried there already."""
        s = self.s
        if s[i] in BIG_UNITS and j - i > 1 and s[i + 1] not in BIG_UNITS:
            raise Reject(i, "starts with a magnitude: 万一 (in case) is a word, not 11000")
        if self.year_at(i, j):
            raise Reject(i, "is a year, not a quantity")
        before = s[i - 1] if i > floor else ""
        before_marked = bool(before) and before in lead_marks()
        if before_marked:
            start, sign, qualifier, vague = self.lead_before(i, floor)
            # GDP273.35亿元 is a figure; G15 and B2栋 are names.
            # A letter before Chinese numerals is no code's (A、B、C、D四种类别).
            self.after_letters = is_ascii_letter(before) and s[i].isascii()
        else:  # the commonest case: nothing before the numeral belongs to the figure
            start, sign, qualifier, vague = i, 1, None, False
            self.currency = self.scale = None
            self.after_letters = False
        for idiom, offset in IDIOM_PLACES.get(s[i], ()):
            if offset <= i - floor and s.startswith(idiom, i - offset):
                raise Reject(i, "is a set phrase")
        arabic = s[i] in ARABIC_DIGITS

        if j - i > MAX_NUMERAL_LENGTH:
            raise Reject(i, "is a numeral longer than any figure")
        # What stands before the numeral is nothing of the figure's (none of the marks, or
        # what stands there reads as nothing: 共有300人), or a qualifier alone (约300人).
        lead_plain = not before_marked or (
            sign == 1
            and not vague
            and self.currency is None
            and self.scale is None
            and not self.after_letters
        )
        if lead_plain and arabic and plain:
            read = plain_figure(s, i, j)
            if read is not None:
                end, value, unit, infix = read
                return Found(start, end, value, None, None, plain_unit(unit), qualifier or infix)
        if lead_plain and qualifier is None and s[i] == "一" and j - i == 1 and self.article_at(j):
            raise Reject(i, "is 一 before a unit: an article or a set phrase (一年来, 一次性)")
        # 千米, 千克, 百分点, 三十两: the last numeral character belongs to the unit.
        if s[j - 1] in "千百两" and (self.unit_takes_place(i, j) or self.liang_at_end(i, j)):
            j -= 1

        if s.startswith("分之", j):
            return self.fraction(start, i, j, sign, qualifier)

        if j - i > 1:
            approximate = self.approximation(i, j)
            if approximate is not None:
                low, high = approximate
                return self.finish(start, i, j, None, low, high, qualifier, chinese=True)

        run = s[i:j]
        if s[j - 1] == "零" and j - i > 1:
            value = self.leading_number(i, j)
        else:
            try:
                value = read_numeral(run)
            except NumberParseError as err:
                raise Reject(i + err.position, err.reason) from None
        if sign < 0:
            value = -value
        bare = not arabic and DIGIT.search(run) is None  # 百万元: magnitude words alone
        if vague and not bare:
            raise Reject(i, "follows 上/数/几, which take a bare magnitude")
        # 百万元, 十万人 are figures; 千家万户, 百年大计 are not.
        lone = bare and qualifier is None and not self.strict and not self.infix_at(j)
        if lone and j - i < 2 and s[i] not in "十廿卅卌" and not s.startswith("元", j):
            raise Reject(i, "is a bare magnitude word")
        if lone and any(s.startswith(w, start - len(w)) for w in BARE_BEFORE if start >= len(w)):
            raise Reject(i, "is a unit of measure (每万元, 单位：万元), not a figure")
        chinese = not arabic and HAS_DIGIT.search(run) is None
        found = self.finish(start, i, j, value, None, None, qualifier, chinese=chinese)
        if lone and (
            s.startswith(BARE_AFTER, found.end)
            # （万元） alone in brackets: a table column's unit.
            or (start > 0 and s[start - 1] in "（(" and s.startswith(("）", ")"), found.end))
        ):
            raise Reject(i, "is part of a word (万元户, 亿元级) or a column's unit")
        return found

    def year_at(self, i: int, j: int) -> bool:
        """Whether `s[i:j]` is a year before 年 (2023年): the commonest numeral that is no
        figure, told before anything else is read. `check_unit` tells it the long way, and
        alone where a unit longer than 年 may start there."""
        s = self.s
        return (
            j - i == 4
            and s.startswith("年", j)
            and UNIT_LENGTHS.get("年") == (1,)
            and self.is_year(i)
        )

    def article_at(self, j: int) -> bool:
        """Whether a lone 一 before `j` is an article (一个, 一次, 一年): a unit follows that
        no reading of its own concerns (一成, 一倍, 一美元), and nothing after it continues
        the figure (一吨半, 一亩至两亩). `check_unit` says the same the long way."""
        s = self.s
        after = s[j : j + 1]
        if after in _AFTER_MARKS and (after != "个" or s[j + 1 : j + 2] in _AFTER_GE):
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

    def lead_before(self, i: int, floor: int) -> tuple[int, int, Qualifier | None, bool]:
        """What stands before the numeral at `i` (after `floor`) and belongs to the figure:
        where the figure starts, its sign, its qualifier and whether that is a vague one
        (上/数/几); notes the currency or scale named there. Raises `Reject` where it makes
        the numeral no figure (a rank, a name or code)."""
        s = self.s
        start = i
        qualifier: Qualifier | None = None
        sign = 1
        # Prefixes, read backwards in running text (strict mode reads them forwards).
        if i > floor and s[i - 1] == "负":
            sign, start = -1, i - 1
        elif i - 2 >= floor and s.startswith("零下", i - 2):
            sign, start = -1, i - 2  # 零下四摄氏度: below zero
        elif (
            i > floor
            and s[i - 1] == "-"
            and (i - 1 == 0 or (i - 1 > floor and s[i - 2] not in NOT_BEFORE_MINUS))
        ):
            # 增长-3.2%, 亏损-300万元: a minus where a figure starts. After a letter, a digit
            # or a closing sign it joins (G15-3, 10-20, 5%-8%), and right after the figure
            # before it (10万元-20万元) it separates.
            sign, start = -1, i - 1
        self.currency = self.currency_before(start, floor)
        self.scale = self.scale_before(start, floor)
        word, at = self.prefix_before(start, floor)
        named = self.currency or self.scale
        if word is None and named is not None:
            word, at = self.prefix_before(named[1], floor)  # 约人民币100元, 约摄氏20度
        if word is not None:
            qualifier, start = PREFIX_QUALIFIERS.get(word, Qualifier.MORE_THAN), at
        vague = word in VAGUE_PREFIXES
        before = s[i - 1]
        if before in RANK_ENDS:
            for word in RANK_WORDS:
                if i - len(word) >= floor and s.startswith(word, i - len(word)):
                    raise Reject(i, "is a place in a sequence (第二批, 最后一公里)")
        if before in "+·#/.":
            raise Reject(i, "is part of a name or code")
        return start, sign, qualifier, vague

    def scale_before(self, i: int, floor: int) -> tuple[Unit, int] | None:
        """The temperature scale named right before `i` (摄氏, 华氏), and where it starts."""
        if i - 2 < floor or self.s[i - 1] != "氏":
            return None
        scale = temperature_scales().get(self.s[i - 2 : i])
        return None if scale is None else (scale, i - 2)

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

    def prefix_before(self, i: int, floor: int) -> tuple[str | None, int]:
        s = self.s
        if self.strict:
            return None, i
        if s[i] in "十百千万亿":
            for vague in VAGUE_PREFIXES:
                at = i - len(vague)
                if at >= floor and s.startswith(vague, at):
                    return vague, at
        stop = i
        if stop - 1 >= floor and s[stop - 1] in QUALIFIER_GAP:
            stop -= 1
        for end in (i, stop) if stop != i else (i,):
            if end - 1 < floor:
                continue
            for word in PREFIX_BY_LAST.get(s[end - 1], ()):
                at = end - len(word)
                if at >= floor and s.startswith(word, at):
                    before = s[at - 1] if at > floor else ""
                    if before and before in NOT_QUALIFYING.get(word, ""):
                        return None, i  # 最近, 附近, 节约, 签约: words, not qualifiers
                    return word, at
        return None, i

    def symbol_ends(self, j: int, length: int) -> bool:
        """A unit's symbol of two letters or more in running text (168cm, 30km), standing
        alone: no letter or digit after it."""
        after = self.s[j + length : j + length + 1]
        return length > 1 and not (after.isascii() and after.isalnum())

    def liang_at_end(self, i: int, j: int) -> bool:
        """Whether the 两 ending the numeral `s[i:j]` is the unit of mass (三十两, 1234两,
        两万两): a numeral before it, nothing of a numeral or unit after it, and no pair
        of digits (一两天 is one or two days, 三两下 a few)."""
        s = self.s
        if j - i < 2 or s[j - 1] != "两" or self.approximation(i, j) is not None:
            return False
        if s[i : j - 1] in ("两", "三"):
            return False  # 两两结对 (in pairs), 三两下 (a few): words, not masses
        if j < self.n and (s[j] in NUMERAL_CHARS or self.unit_at(j) is not None):
            return False
        try:
            read_numeral(s[i : j - 1])
        except NumberParseError:
            return False
        return self.unit_at(j - 1) is not None

    def unit_takes_place(self, i: int, j: int) -> bool:
        """Whether the last character of the numeral `s[i:j]` (千, 百) begins the unit after
        it (5千米, 一百千瓦, 8.14百分点). Chinese numerals count in thousands of the unit
        where the rest is a unit itself: 两千米 is 2000 米, 三千克 3000 克."""
        s = self.s
        if j - i < 2 or s[j - 1] not in "千百" or self.unit_at(j - 1) is None:
            return False
        chinese = HAS_DIGIT.search(s, i, j) is None
        return not (chinese and s[j - 1] == "千" and self.unit_at(j) is not None)

    def infix_at(self, j: int) -> bool:
        return j < self.n and self.s[j] in INFIX_QUALIFIERS

    def fraction(self, start: int, i: int, j: int, sign: int, qualifier: Qualifier | None) -> Found:
        """百分之二十 (20 %), 千分之五 (5 ‰), 三分之一 (a bare 1/3)."""
        s = self.s
        k = j + 2
        end = self.run_end(k)
        if end == k:
            raise Reject(k, "is 分之 with no numerator after it")
        numerator = self.number(k, end) * sign
        if end < self.n and s[end] in LATIN_MAGNITUDES and s[end - 1].isdigit():
            after = s[end + 1 : end + 2]
            if not (after.isascii() and after.isalnum()):  # 百分之15k: the letter stands alone
                numerator *= LATIN_MAGNITUDES[s[end]]
                end += 1
        denominator_text = s[i:j]
        unit_name = _PER.get(denominator_text)
        if unit_name is not None:
            unit = plain_unit(unit_named(unit_name))
            other = self.fraction_range(end, denominator_text, numerator)
            if other is not None:
                high, end = other
                end, qualifier = self.suffix(end, qualifier, unit)
                return Found(start, end, None, numerator, high, unit, qualifier)
            end, qualifier = self.suffix(end, qualifier, unit)  # 百分之五十以上
            return Found(start, end, numerator, None, None, unit, qualifier)
        denominator = self.number(i, j)
        if denominator == 0:
            raise Reject(i, "is a zero denominator")
        end, qualifier = self.suffix(end, qualifier, None)
        return Found(start, end, numerator / denominator, None, None, None, qualifier)

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
        if after in _AFTER_MARKS and (after != "个" or s[j + 1 : j + 2] in _AFTER_GE):
            return self.finish_marked(start, i, j, value, low, high, qualifier, chinese=chinese)
        found = self.degrees_at(j) if self.scale is not None else None
        if found is None:
            found = self.unit_at(j)
            if found is None:
                return self.unitless(i, j, start, value, low, high, qualifier)
        return self.after_unit(start, i, j, found, False, value, low, high, qualifier, chinese)

    def finish_marked(
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
        """`finish` where what follows the numeral may be 个, 余/多, k/w, a letter or a mark."""
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

        halved = False
        if s.startswith("个半", j):
            found = self.unit_at(j + 2, prefix="个") or self.unit_at(j + 2)
            if found is None:
                raise Reject(j, "is 个半 without a unit")
            halved = True
        else:
            found = None
            if s.startswith("个多", j):
                found = self.unit_at(j + 2, prefix="个")  # 3个多月
                if found is not None:
                    qualifier = qualifier or Qualifier.MORE_THAN
            found = found or self.degrees_at(j) or self.unit_at(j)
            if found is None:
                return self.unitless(i, j, start, value, low, high, qualifier)
        return self.after_unit(start, i, j, found, halved, value, low, high, qualifier, chinese)

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
        if s[u_end : u_end + 1] in _SUFFIX_MARKS:
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

    # -- strict reading of one quantity --

    def read_one(self) -> Found:
        s = self.s
        if s[:1].isdigit():
            i, qualifier, vague, sign = 0, None, False, 1  # 6000万元: nothing before it
        else:
            i, qualifier, vague, sign = self.lead_in()
        if i >= self.n:
            raise Reject(i, "has no number")
        if s[i] == "半":
            return self.half_only(0, i, qualifier)
        j = self.run_end(i)
        if j == i:
            raise Reject(i, "is not a numeral")
        if self.unit_takes_place(i, j) or self.liang_at_end(i, j):
            j -= 1
        if s.startswith("分之", j):
            return self.fraction(0, i, j, sign, qualifier)
        approximate = self.approximation(i, j)
        if approximate is not None:
            return self.finish(0, i, j, None, *approximate, qualifier, chinese=True)
        value = self.leading_number(i, j) * sign
        if vague and DIGIT.search(s, i, j) is not None:
            raise Reject(i, "follows 上/数/几, which take a bare magnitude")
        return self.finish(0, i, j, value, None, None, qualifier, chinese=True)


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
    if j - i > MAX_NUMERAL_LENGTH or s[i] in IDIOM_PLACES:
        return None
    run = s[i:j]
    if not (run.isascii() or run.rstrip("万亿").isascii()):
        return None
    qualifier = None
    scale = 1
    at = j  # where the unit starts
    after = s[j : j + 1]
    if after in INFIX_QUALIFIERS:  # 4900余亩, 1700多万元: as Scanner.finish_marked reads them
        qualifier = INFIX_QUALIFIERS[after]
        at += 1
        while s[at : at + 1] in BIG_UNITS:
            scale *= BIG_UNITS[s[at]]
            at += 1
        after = s[at : at + 1]
        if after in SMALL_UNITS:
            return None
    if after in _AFTER_MARKS and (after != "个" or s[at + 1 : at + 2] in _AFTER_GE):
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


def _is_han(s: str, at: int) -> bool:
    return at < len(s) and "\u4e00" <= s[at] <= "\u9fff"


_INCLUSIVE = ("（含）", "(含)")
# 百分之, 千分之 (and 佰分之, 仟分之 in the financial forms): per cent, per mille.
_PER = {"百": "%", "佰": "%", "千": "‰", "仟": "‰"}
# The units a Latin magnitude letter may scale in running text (15k元, 12k个百分点).
_SCALED_KINDS = frozenset((Kind.MONEY, Kind.PERCENT, Kind.PERCENT_POINT))
# What may follow a numeral and be read before its unit (finish_marked).
_AFTER_MARKS = (
    frozenset("个")
    | frozenset(INFIX_QUALIFIERS)
    | frozenset(LATIN_MAGNITUDES)
    | AFTER_NUMBER_STOPS
    | frozenset(chr(c) for c in range(128) if chr(c).isalpha())
)
# What after 个 makes it more than a count word: 两个亿, 一个半, 3个多月.
_AFTER_GE = frozenset("半多") | frozenset(BIG_UNITS)
# Units with a filter or a reading of their own (check_unit, tenths, money_parts, session
# ordinals): `plain_figure` leaves them to the long way.
_OWN_READING = frozenset(("年", "日", "位", "折", "名", "成", "块", "角", "毛", "季度", "期"))
_OWN_READING |= frozenset(SESSION_ORDINALS)
# The first characters of what `suffix` reads after a figure.
_SUFFIX_MARKS = frozenset("（(多内") | frozenset(SUFFIX_BY_FIRST)
# What after a unit may continue the figure: a range, 半, more numerals (元五角), 整, 又,
# a compound unit (/, 每, 人民币), a qualifier.
_CONTINUES = RANGE_SEPARATORS | NUMERAL_CHARS | _SUFFIX_MARKS | frozenset("半/每人整正又")
