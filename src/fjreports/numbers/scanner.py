"""The quantity scanner: reads a figure at a numeral run of the compact text.

It looks at each character a bounded number of times, so finding every figure
of a text is linear in its length (see `fjreports.numbers.found`).
"""

from __future__ import annotations

from fractions import Fraction

from ..errors import NumberParseError
from .after import UnitReading
from .digits import BIG_UNITS, LATIN_MAGNITUDES, MAX_NUMERAL_LENGTH, NUMERAL_CHARS
from .lead import LeadIn
from .qualifier import Qualifier
from .reading import (
    BARE_AFTER,
    BARE_BEFORE,
    DIGIT,
    HAS_DIGIT,
    IDIOM_PLACES,
    INFIX_QUALIFIERS,
    NOT_BEFORE_MINUS,
    NOT_QUALIFYING,
    PREFIX_BY_LAST,
    PREFIX_QUALIFIERS,
    QUALIFIER_GAP,
    RANK_ENDS,
    RANK_WORDS,
    RUN,
    UNIT_FORMS,
    UNIT_LENGTHS,
    UNITS_BY_FIRST,
    VAGUE_PREFIXES,
    Found,
    Reject,
    is_ascii_letter,
    lead_marks,
    plain_unit,
    read_numeral,
    temperature_scales,
    unit_named,
    unit_tables,
)
from .short import ARABIC_DIGITS, ShortWays, plain_figure
from .units import Unit

__all__ = ["Scanner"]


class Scanner(UnitReading, ShortWays, LeadIn):
    """Reads quantities in `s`, the normalised text with white space removed."""

    def __init__(self, s: str, *, strict: bool) -> None:
        unit_tables()
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
        for offset, size, idioms in IDIOM_PLACES.get(s[i], ()):
            if offset <= i - floor and s[i - offset : i - offset + size] in idioms:
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


# 百分之, 千分之 (and 佰分之, 仟分之 in the financial forms): per cent, per mille.
_PER = {"百": "%", "佰": "%", "千": "‰", "仟": "‰"}
