"""Quantities: a number with its magnitude, unit, qualifier and range.

`parse_quantity` reads one written quantity (`约6000万元`, `4900余亩`,
`10万至20万元`, `8.14个百分点`) and raises when the text is not one;
`extract_quantities` finds every quantity in running text, never raises, and
runs in time linear in the text's length (no regular expressions: a scanner
that looks at each character a bounded number of times).

What is not a quantity is left alone: dates and years (`2023年`, `1—9月`),
ordinals (`第二批`), names and codes (`5G`, `12345热线`, `4·26`, `“1+6”`),
idioms (`一盘棋`, `千方百计`), and 一 before a count word (`一个`, `一家`),
which Chinese uses as the indefinite article.
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any, NamedTuple

from attrs import evolve, field, frozen

from ._text import Compact, normalize
from .errors import NumberParseError, QuantityParseError
from .numerals import (
    BIG_UNITS,
    CN_DIGITS,
    MAX_NUMERAL_LENGTH,
    NUMERAL_CHARS,
    SMALL_UNITS,
    parse_fraction,
    to_decimal,
)
from .units import Kind, Unit, UnitExpression, known_units, lookup_unit

__all__ = ["Qualifier", "Quantity", "extract_quantities", "parse_quantity", "try_parse_quantity"]


class Qualifier(enum.Enum):
    """How a written figure hedges its value; `.value` is the lower-case name."""

    ABOUT = "about"  # 约, 大约, 左右, 上下, 十来
    MORE_THAN = "more_than"  # 余, 多, 超, 超过, 逾, 以上, 突破, 上万, 数十
    NEARLY = "nearly"  # 近, 将近, 接近
    LESS_THAN = "less_than"  # 不到, 不足, 以下, 以内


def _to_decimal_or_none(value: Any) -> Decimal | None:
    if value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        raise TypeError("floats do not hold figures: pass a Decimal or a string")
    return Decimal(value)


def _to_qualifier(value: Any) -> Qualifier | None:
    if value is None or isinstance(value, Qualifier):
        return value
    return Qualifier(value)


def _to_kind(value: Any) -> Kind:
    return value if isinstance(value, Kind) else Kind(value)


@frozen(kw_only=True)
class Quantity:
    """A figure as printed: exact value (or range), unit, qualifier, and where it stands.

    Attributes:
        value: the value with magnitude words multiplied in (`约6000万元` →
            `Decimal('60000000')`), or `None` for a range.
        low: the lower end of a range, else `None`.
        high: the upper end of a range, else `None`.
        unit: the unit as written, without magnitude words (`元`, `亩`,
            `千米`, `人次`, `吨/年`), less the classifier 个 before `百分点` and
            `小时` (`个月` keeps it); traditional and full-width forms are
            folded (`畝` → `亩`). `None` for a bare number.
        qualifier: `约` → ABOUT, `余` → MORE_THAN, ..., or `None`.
        kind: what is measured: money, area, count, percent, ...
        text: the mention as it stands in the text given (line breaks included).
        span: `(start, end)` of `text` in the text given, or `None`.

    Examples:
        >>> q = parse_quantity("约6000万元")
        >>> q.value, q.unit, q.qualifier, q.kind
        (Decimal('60000000'), '元', <Qualifier.ABOUT: 'about'>, <Kind.MONEY: 'money'>)
        >>> q.to("亿元").value
        Decimal('0.6')
    """

    value: Decimal | None = field(default=None, converter=_to_decimal_or_none)
    low: Decimal | None = field(default=None, converter=_to_decimal_or_none)
    high: Decimal | None = field(default=None, converter=_to_decimal_or_none)
    unit: str | None = None
    qualifier: Qualifier | None = field(default=None, converter=_to_qualifier)
    kind: Kind = field(default=Kind.OTHER, converter=_to_kind)
    text: str = ""
    span: tuple[int, int] | None = None

    def __attrs_post_init__(self) -> None:
        if self.value is None:
            if self.low is None or self.high is None:
                raise ValueError("a Quantity needs a value, or both low and high for a range")
            if self.low > self.high:
                raise ValueError(f"a range runs from low to high, not {self.low} to {self.high}")
        elif self.low is not None or self.high is not None:
            raise ValueError("a Quantity has a value or a range (low, high), not both")

    @property
    def is_range(self) -> bool:
        """`True` for `10万至20万元` and the like."""
        return self.value is None

    def to(self, unit: str, *, places: int | None = None) -> Quantity:
        """This quantity in another unit of the same dimension, exactly.

        `unit` may carry a magnitude word (`亿元`, `万亩`); the result then
        holds it in `unit`, since its value is counted in that unit.

        Raises:
            UnitError: this quantity has no unit, or `unit` measures something else.
            InexactConversionError: the exact result has no finite decimal
                form; pass `places=` to round.

        Examples:
            >>> parse_quantity("4900余亩").to("平方米", places=2).value
            Decimal('3266666.67')
        """
        from .units import convert

        if self.unit is None:
            from .errors import UnitError

            raise UnitError(f"{self.text or self!r} has no unit to convert from", "", unit)

        def move(x: Decimal | None) -> Decimal | None:
            return None if x is None else convert(x, self.unit or "", unit, places=places)

        return Quantity(
            value=move(self.value),
            low=move(self.low),
            high=move(self.high),
            unit=normalize(unit).strip(),
            qualifier=self.qualifier,
            kind=self.kind,
            text=self.text,
            span=self.span,
        )

    def format(self, locale: str = "zh_CN", *, compact: bool = True) -> str:
        """Display this quantity for `locale`; see `fjreports.formatting.format_quantity`."""
        from .formatting import format_quantity

        return format_quantity(self, locale=locale, compact=compact)


# --- the scanner -------------------------------------------------------------

_PREFIX_QUALIFIERS: dict[str, Qualifier] = {
    "大约": Qualifier.ABOUT,
    "约": Qualifier.ABOUT,
    "将近": Qualifier.NEARLY,
    "接近": Qualifier.NEARLY,
    "近": Qualifier.NEARLY,
    "超过": Qualifier.MORE_THAN,
    "超出": Qualifier.MORE_THAN,
    "超": Qualifier.MORE_THAN,
    "逾": Qualifier.MORE_THAN,
    "突破": Qualifier.MORE_THAN,
    "高于": Qualifier.MORE_THAN,
    "多于": Qualifier.MORE_THAN,
    "大于": Qualifier.MORE_THAN,
    "至少": Qualifier.MORE_THAN,
    "不到": Qualifier.LESS_THAN,
    "不足": Qualifier.LESS_THAN,
    "低于": Qualifier.LESS_THAN,
    "少于": Qualifier.LESS_THAN,
    "小于": Qualifier.LESS_THAN,
}
# Words allowed between a qualifier and its number: 约有330万元, 约为, 超过了.
_QUALIFIER_GAP = frozenset("有为达了")
# 上万, 数十万, 几千, 好几百: a bare magnitude read as "more than" it.
_VAGUE_PREFIXES = ("好几", "上", "数", "几")
_SUFFIX_QUALIFIERS: dict[str, Qualifier] = {
    "左右": Qualifier.ABOUT,
    "上下": Qualifier.ABOUT,
    "以上": Qualifier.MORE_THAN,
    "有余": Qualifier.MORE_THAN,
    "之多": Qualifier.MORE_THAN,
    "以下": Qualifier.LESS_THAN,
    "以内": Qualifier.LESS_THAN,
    "之内": Qualifier.LESS_THAN,
}
_INFIX_QUALIFIERS: dict[str, Qualifier] = {
    "余": Qualifier.MORE_THAN,
    "多": Qualifier.MORE_THAN,
    "几": Qualifier.MORE_THAN,
    "来": Qualifier.ABOUT,
}
# Characters that make a qualifier word part of another word: 最近, 节约, 签约.
_NOT_QUALIFYING = {"近": "最附靠临亲就贴", "约": "节制签合预公契条邀履特违"}
_RANGE_SEPARATORS = frozenset("-—~至到")
_CN_NONZERO = {c: d for c, d in CN_DIGITS.items() if d}
# Set phrases that read like a numeral and a unit.
_IDIOMS = (
    "四面八方",
    "三番五次",
    "百年大计",
    "一成不变",
    "三元区",
    "万年县",
    "三台县",
    "五台县",
    "三门县",
    "三门峡",
    "七台河",
    "十全十美",
    "一五一十",
)
_AFTER_NUMBER_STOPS = frozenset("+·:.#")
_PLAN_WORDS = ("行动", "计划", "规划", "攻坚")


_NUMERAL_CLASS = "".join(sorted(NUMERAL_CHARS))
_CN_CLASS = "".join(sorted(CN_DIGITS))
_START = re.compile(f"[{_NUMERAL_CLASS}]")
# One character a step, each with fixed-width look-arounds: linear, no backtracking.
_RUN = re.compile(
    f"(?:[{_NUMERAL_CLASS}]|(?<=[0-9])\\.(?=[0-9])|(?<=[0-9]),(?=[0-9]{{3}}(?![0-9]))"
    f"|(?<=[{_CN_CLASS}])点(?=[{_CN_CLASS}]))++"
)
# A numeral run starting with a numeral character: `_START` then `_RUN` in one search.
_CANDIDATE = re.compile(_START.pattern + "(?:" + _RUN.pattern + ")?+")
_HAS_DIGIT = re.compile("[0-9]")
# Two Chinese digits side by side (not 零), where an approximation (两三个) may stand.
_DIGIT_PAIR = re.compile("[" + "".join(sorted(_CN_NONZERO)) + "]{2}")
# A digit, Arabic or Chinese (not 零): what a bare magnitude word (百万, 上千) lacks.
_DIGIT = re.compile("[0-9" + "".join(sorted(_CN_NONZERO)) + "]")
_ARABIC = re.compile(r"([0-9]+)(?:\.([0-9]+))?(万亿|万|亿)?")
_IDIOM_PLACES: dict[str, list[tuple[str, int]]] = {}
for _idiom in _IDIOMS:
    for _offset, _char in enumerate(_idiom):
        _IDIOM_PLACES.setdefault(_char, []).append((_idiom, _offset))
_SUFFIX_BY_FIRST: dict[str, list[tuple[str, Qualifier]]] = {}
for _word, _meaning in _SUFFIX_QUALIFIERS.items():
    _SUFFIX_BY_FIRST.setdefault(_word[0], []).append((_word, _meaning))
_PREFIX_BY_LAST: dict[str, list[str]] = {}
for _word in sorted(_PREFIX_QUALIFIERS, key=len, reverse=True):
    _PREFIX_BY_LAST.setdefault(_word[-1], []).append(_word)


def _unit_table() -> dict[str, list[tuple[str, Unit, bool]]]:
    by_first: dict[str, list[tuple[str, Unit, bool]]] = {}
    for unit in known_units():
        for written in (unit.name, *unit.aliases):
            latin = any(c.isascii() and c.isalpha() for c in written)
            # Quantity.unit is the unit as written (千米 stays 千米), less the
            # classifier 个 before 百分点 and 小时; 个月 keeps it.
            shown = written[1:] if written[0] == "个" and written not in ("个", "个月") else written
            as_written = unit if shown == unit.name else evolve(unit, name=shown)
            by_first.setdefault(written[0], []).append((written, as_written, latin))
    for entries in by_first.values():
        entries.sort(key=lambda entry: len(entry[0]), reverse=True)
    return by_first


_UNITS_BY_FIRST = _unit_table()
# What may stand right after a numeral that is part of a quantity.
_CAN_FOLLOW = (
    frozenset(_UNITS_BY_FIRST) | frozenset(_INFIX_QUALIFIERS) | _RANGE_SEPARATORS | {"分", "半", ""}
)


def _read_numeral(run: str) -> Fraction:
    """A numeral run of the compact text; short runs (nearly all) are remembered."""
    return _read_short_numeral(run) if len(run) <= 24 else _read_numeral_once(run)


@lru_cache(maxsize=8192)
def _read_short_numeral(run: str) -> Fraction:
    return _read_numeral_once(run)


def _read_numeral_once(run: str) -> Fraction:
    """Plain Arabic figures skip the full reader."""
    arabic = _ARABIC.fullmatch(run)
    if arabic is None:
        return parse_fraction(run)
    whole, fraction, magnitude = arabic.groups()
    scale = _MAGNITUDE_OF[magnitude] if magnitude else 1
    if fraction:
        return Fraction(int(whole + fraction) * scale, 10 ** len(fraction))
    return Fraction(int(whole) * scale)


_MAGNITUDE_OF = {"万": 10**4, "亿": 10**8, "万亿": 10**12}


# Shared constants: a Fraction costs a constructor call, and these are made for every figure.
_ZERO, _HALF, _ONE = Fraction(0), Fraction(1, 2), Fraction(1)


class _Found(NamedTuple):
    start: int
    end: int
    value: Fraction | None
    low: Fraction | None
    high: Fraction | None
    unit: UnitExpression | None
    qualifier: Qualifier | None


class _Reject(Exception):
    """Not a quantity here; `position` is the index in the compact text where reading stopped."""

    def __init__(self, position: int, reason: str) -> None:
        super().__init__(reason)
        self.position = position
        self.reason = reason


def _is_ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


class _Scanner:
    """Reads quantities in `s`, the normalised text with white space removed."""

    def __init__(self, s: str, *, strict: bool) -> None:
        self.s = s
        self.n = len(s)
        self.strict = strict
        self.after_letters = False

    # -- numerals --

    def run_end(self, i: int) -> int:
        """End of the numeral run starting at `i` (digits, numeral characters, 点, . and ,)."""
        match = _RUN.match(self.s, i)
        return i if match is None else match.end()

    def number(self, i: int, j: int) -> Fraction:
        if j - i > MAX_NUMERAL_LENGTH:
            raise _Reject(i, "is a numeral longer than any figure")
        try:
            return _read_numeral(self.s[i:j])
        except NumberParseError as err:
            raise _Reject(i + err.position, err.reason) from None

    def unit_at(self, j: int, *, prefix: str = "") -> tuple[Unit, int] | None:
        """The longest unit written at `j` (after an optional `prefix` such as 个)."""
        s = self.s
        first = prefix[:1] or s[j : j + 1]
        skip = len(prefix)
        for written, unit, latin in _UNITS_BY_FIRST.get(first, ()):
            if latin and not self.strict:
                continue  # 5G, 4A: Latin letters after a number are names, not units
            if written.startswith(prefix) and s.startswith(written[skip:], j):
                return unit, j + len(written) - skip
        return None

    # -- one mention --

    def match(self, i: int, j: int, floor: int) -> _Found:
        """The quantity whose numeral run is `s[i:j]`; prefixes are read back to `floor`."""
        s = self.s
        start = i
        qualifier: Qualifier | None = None
        sign = 1
        # Prefixes, read backwards in running text (strict mode reads them forwards).
        if i > floor and s[i - 1] == "负":
            sign, start = -1, i - 1
        word, at = self.prefix_before(start, floor)
        if word is not None:
            qualifier, start = _PREFIX_QUALIFIERS.get(word, Qualifier.MORE_THAN), at
        vague = word in _VAGUE_PREFIXES
        before = s[i - 1] if i > floor else ""
        if before and before in "第届":
            raise _Reject(i, "is an ordinal (第二批, 五届九次)")
        if before and before in "+·#/.":
            raise _Reject(i, "is part of a name or code")
        if s.startswith("最后", i - 2) and i - 2 >= floor:
            raise _Reject(i, "is a set phrase (最后一公里)")
        for idiom, offset in _IDIOM_PLACES.get(s[i], ()):
            if offset <= i - floor and s.startswith(idiom, i - offset):
                raise _Reject(i, "is a set phrase")
        # GDP273.35亿元 is a figure; G15 and B2栋 are names.
        self.after_letters = bool(before) and _is_ascii_letter(before)

        if j - i > MAX_NUMERAL_LENGTH:
            raise _Reject(i, "is a numeral longer than any figure")
        # 千米, 千克, 百分点: the last numeral character belongs to the unit.
        if j - i > 1 and s[j - 1] in "千百" and self.unit_at(j - 1) is not None:
            j -= 1

        if s.startswith("分之", j):
            return self.fraction(start, i, j, sign, qualifier)

        approximate = self.approximation(i, j)
        if approximate is not None:
            low, high = approximate
            return self.finish(start, i, j, None, low, high, qualifier, chinese=True)

        value = self.number(i, j)
        if sign < 0:
            value = -value
        run = s[i:j]
        bare = _DIGIT.search(run) is None  # 百万元: magnitude words alone
        if vague and not bare:
            raise _Reject(i, "follows 上/数/几, which take a bare magnitude")
        # 百万元, 十万人 are figures; 千家万户, 百年大计 are not.
        lone = bare and qualifier is None and not self.strict and not self.infix_at(j)
        if lone and j - i < 2 and not s.startswith("元", j):
            raise _Reject(i, "is a bare magnitude word")
        chinese = _HAS_DIGIT.search(run) is None
        return self.finish(start, i, j, value, None, None, qualifier, chinese=chinese)

    def prefix_before(self, i: int, floor: int) -> tuple[str | None, int]:
        s = self.s
        if self.strict:
            return None, i
        if s[i] in "十百千万亿":
            for vague in _VAGUE_PREFIXES:
                at = i - len(vague)
                if at >= floor and s.startswith(vague, at):
                    return vague, at
        stop = i
        if stop - 1 >= floor and s[stop - 1] in _QUALIFIER_GAP:
            stop -= 1
        for end in (i, stop) if stop != i else (i,):
            if end - 1 < floor:
                continue
            for word in _PREFIX_BY_LAST.get(s[end - 1], ()):
                at = end - len(word)
                if at >= floor and s.startswith(word, at):
                    before = s[at - 1] if at > floor else ""
                    if before and before in _NOT_QUALIFYING.get(word, ""):
                        return None, i  # 最近, 附近, 节约, 签约: words, not qualifiers
                    return word, at
        return None, i

    def infix_at(self, j: int) -> bool:
        return j < self.n and self.s[j] in _INFIX_QUALIFIERS

    def approximation(self, i: int, j: int) -> tuple[Fraction, Fraction] | None:
        """两三个, 三四十万, 十五六: two neighbouring digits give a range."""
        s = self.s
        if _DIGIT_PAIR.search(s, i, j) is None:
            return None  # no two Chinese digits side by side: 6000万, 一千二百
        for k in range(i, j - 1):
            a, b = s[k], s[k + 1]
            if a not in _CN_NONZERO or b not in _CN_NONZERO:
                continue
            da, db = _CN_NONZERO[a], _CN_NONZERO[b]
            if db != da + 1 and not (a == "一" and b == "两"):
                continue
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

    def fraction(
        self, start: int, i: int, j: int, sign: int, qualifier: Qualifier | None
    ) -> _Found:
        """百分之二十 (20 %), 千分之五 (5 ‰), 三分之一 (a bare 1/3)."""
        s = self.s
        k = j + 2
        end = self.run_end(k)
        if end == k:
            raise _Reject(k, "is 分之 with no numerator after it")
        numerator = self.number(k, end) * sign
        denominator_text = s[i:j]
        unit_name = {"百": "%", "千": "‰"}.get(denominator_text)
        if unit_name is not None:
            unit = _plain(_unit(unit_name))
            end, qualifier = self.suffix(end, qualifier, unit)  # 百分之五十以上
            return _Found(start, end, numerator, None, None, unit, qualifier)
        denominator = self.number(i, j)
        if denominator == 0:
            raise _Reject(i, "is a zero denominator")
        end, qualifier = self.suffix(end, qualifier, None)
        return _Found(start, end, numerator / denominator, None, None, None, qualifier)

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
    ) -> _Found:
        """Read what follows the numeral: 余/多, magnitude, 半, unit, range, qualifier."""
        s, n = self.s, self.n
        run = s[i:j]
        if j < n and s[j] in _INFIX_QUALIFIERS and value is not None:
            infix = _INFIX_QUALIFIERS[s[j]]
            after = j + 1
            scale, after = self.magnitude_at(after)
            if scale != 1 or self.unit_at(after) is not None or s.startswith("个", after):
                value *= scale
                qualifier = qualifier or infix
                j = after
        if j < n and (_is_ascii_letter(s[j]) or s[j] in _AFTER_NUMBER_STOPS) and not self.strict:
            raise _Reject(j, "is a name or code, not a quantity")

        half = _ZERO
        if s.startswith("个半", j):
            found = self.unit_at(j + 2, prefix="个") or self.unit_at(j + 2)
            if found is None:
                raise _Reject(j, "is 个半 without a unit")
            unit, u_end = found
            half = _HALF
        else:
            found = None
            if s.startswith("个多", j):
                found = self.unit_at(j + 2, prefix="个")  # 3个多月
                if found is not None:
                    qualifier = qualifier or Qualifier.MORE_THAN
            found = found or self.unit_at(j)
            if found is None:
                return self.unitless(i, j, start, value, low, high, qualifier)
            unit, u_end = found
        if value is not None and u_end < n and s[u_end] in _RANGE_SEPARATORS:
            other = self.range_tail(u_end + 1, value, run)  # 10亩至15亩
            if other is not None and other[2] == unit:
                left, right, _, end = other
                return self.closing(start, i, end, None, left, right, unit, qualifier)
        if u_end < n and s[u_end] == "半" and half == 0:
            half = _HALF
            u_end += 1
        if value is not None and half:
            value += half
        return self.with_unit(
            start, i, j, u_end, value, low, high, unit, qualifier, chinese=chinese
        )

    def magnitude_at(self, j: int) -> tuple[Fraction, int]:
        """万, 亿, 万亿, 千万 after 余/多: 十余万元, 3000余万元."""
        s, n = self.s, self.n
        scale = _ONE
        k = j
        while k < n and (s[k] in BIG_UNITS or (s[k] in SMALL_UNITS and k == j)):
            scale *= BIG_UNITS.get(s[k]) or SMALL_UNITS[s[k]]
            k += 1
        if k == j + 1 and s[j] in SMALL_UNITS and self.unit_at(j) is not None:
            return _ONE, j  # 千米, 百分点
        return scale, k

    def range_tail(
        self, k: int, left: Fraction, left_run: str
    ) -> tuple[Fraction, Fraction, Unit | None, int] | None:
        """The right side of a range at `k`: (left scaled, right, unit, end) or `None`."""
        s = self.s
        end = self.run_end(k)
        if end == k:
            return None
        try:
            right = self.number(k, end)
        except _Reject:
            return None
        right_run = s[k:end]
        # 10—15万元: the magnitude written once, on the right, serves both ends.
        if not any(c in BIG_UNITS for c in left_run):
            scale = _ONE
            for c in reversed(right_run):
                if c in BIG_UNITS:
                    scale *= BIG_UNITS[c]
                else:
                    break
            if scale != 1 and left * scale <= right:
                left *= scale
        if left >= right:
            return None
        found = self.unit_at(end)
        if found is None:
            return left, right, None, end
        return left, right, found[0], found[1]

    def unitless(
        self,
        i: int,
        j: int,
        start: int,
        value: Fraction | None,
        low: Fraction | None,
        high: Fraction | None,
        qualifier: Qualifier | None,
    ) -> _Found:
        s, n = self.s, self.n
        if value is not None and j < n and s[j] in _RANGE_SEPARATORS:
            other = self.range_tail(j + 1, value, s[i:j])
            if other is not None:
                left, right, unit, end = other
                if unit is not None or self.strict:
                    return self.closing(start, i, end, None, left, right, unit, qualifier)
        if self.strict:
            return _Found(start, j, value, low, high, None, qualifier)
        # A bare number is a quantity only with a magnitude word: 突破115.5万.
        if value is not None and s[j - 1] in BIG_UNITS and _HAS_DIGIT.search(s, i, j):
            return _Found(start, j, value, None, None, None, qualifier)
        raise _Reject(j, "has no unit")

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
    ) -> _Found:
        expression = None if unit is None else _plain(unit)
        if unit is not None:
            self.check_unit(i, unit, low if value is None else value, chinese=False, end=end)
        end, qualifier = self.suffix(end, qualifier, expression)
        return _Found(start, end, value, low, high, expression, qualifier)

    def with_unit(
        self,
        start: int,
        i: int,
        j: int,
        u_end: int,
        value: Fraction | None,
        low: Fraction | None,
        high: Fraction | None,
        unit: Unit,
        qualifier: Qualifier | None,
        *,
        chinese: bool,
    ) -> _Found:
        s, n = self.s, self.n
        self.check_unit(i, unit, value if value is not None else low, chinese=chinese, end=u_end)
        expression = _plain(unit)
        # 8万吨/年, 3000元/亩: a compound unit.
        if u_end + 1 < n and s[u_end] == "/":
            found = self.unit_at(u_end + 1)
            if found is not None:
                expression = UnitExpression(_ONE, unit, found[0])
                u_end = found[1]
        end, qualifier = self.suffix(u_end, qualifier, expression)
        return _Found(start, end, value, low, high, expression, qualifier)

    def check_unit(
        self, i: int, unit: Unit, value: Fraction | None, *, chinese: bool, end: int
    ) -> None:
        """Filters that tell a figure from a date, an ordinal or an article."""
        if self.strict:
            if unit.name == "年" and self.is_year(i):
                raise _Reject(i, "is a year, not a quantity")
            return
        s, n = self.s, self.n
        run = s[i : self.run_end(i)] if chinese else ""  # only Chinese numerals are tested
        if self.after_letters and unit.kind is Kind.COUNT:
            raise _Reject(i, "is part of a name or code")
        if unit.name == "年" and (self.is_year(i) or (end < n and s[end] in "代级底初末")):
            raise _Reject(i, "is a year, not a quantity")
        if chinese and run == "一":
            raise _Reject(i, "is 一 before a unit: an article or a set phrase (一年来, 一次性)")
        if chinese and run == "二" and unit.kind is Kind.COUNT:
            raise _Reject(i, "is 二 before a count word: an ordinal (二次利用); counts use 两")
        if chinese and unit.name == "季度" and len(run) == 1:
            raise _Reject(i, "names a quarter (一季度)")
        if unit.kind is Kind.DURATION and any(s.startswith(w, end) for w in _PLAN_WORDS):
            raise _Reject(i, "names a plan (三年行动, 五年规划)")
        if chinese and end < n and s[end] == s[end - 1] and unit.kind is Kind.COUNT:
            raise _Reject(i, "is a reduplication (一个个)")
        if unit.kind is Kind.COUNT:
            if value is not None and value.denominator != 1:
                raise _Reject(i, "counts a fraction of a thing")
            if chinese and unit.name == "期":
                raise _Reject(i, "is a phase (一期, 二期)")
        if chinese and end < n and s[end] in _CN_NONZERO:
            raise _Reject(i, "is a slogan (一户一策, 千方百计)")

    def is_year(self, i: int) -> bool:
        s = self.s
        j = self.run_end(i)
        run = s[i:j]
        if len(run) == 4 and run.isascii() and run.isdigit() and 1000 <= int(run) <= 2999:
            return True
        return len(run) == 4 and all(c in CN_DIGITS for c in run) and "两" not in run

    def suffix(
        self, end: int, qualifier: Qualifier | None, unit: UnitExpression | None
    ) -> tuple[int, Qualifier | None]:
        s = self.s
        for word, meaning in _SUFFIX_BY_FIRST.get(s[end : end + 1], ()):
            if s.startswith(word, end):
                if word == "上下" and s.startswith("游", end + 2):
                    continue
                return end + len(word), qualifier or meaning
        if unit is not None and unit.kind is Kind.DURATION and end < self.n:
            if s[end] == "多":
                return end + 1, qualifier or Qualifier.MORE_THAN
            if s[end] == "内":
                return end + 1, qualifier or Qualifier.LESS_THAN
        return end, qualifier

    # -- strict reading of one quantity --

    def read_one(self) -> _Found:
        s = self.s
        i = 0
        qualifier: Qualifier | None = None
        for word in _PREFIX_WORDS.get(s[:1], ()):
            if s.startswith(word, 0):
                qualifier = _PREFIX_QUALIFIERS[word]
                i = len(word)
                if i < self.n and s[i] in _QUALIFIER_GAP and s[i + 1 : i + 2] not in ("", "万"):
                    i += 1
                break
        vague = False
        if qualifier is None:
            for word in _VAGUE_PREFIXES:
                if s.startswith(word, 0) and s[len(word) : len(word) + 1] in (
                    "十",
                    "百",
                    "千",
                    "万",
                    "亿",
                ):
                    qualifier, i, vague = Qualifier.MORE_THAN, len(word), True
                    break
        sign = 1
        if i < self.n and s[i] in "负-+正":
            sign = -1 if s[i] in "负-" else 1
            i += 1
        if i >= self.n:
            raise _Reject(i, "has no number")
        if s[i] == "半":
            return self.half_only(i, qualifier)
        j = self.run_end(i)
        if j == i:
            raise _Reject(i, "is not a numeral")
        if j - i > 1 and s[j - 1] in "千百" and self.unit_at(j - 1) is not None:
            j -= 1
        if s.startswith("分之", j):
            return self.fraction(0, i, j, sign, qualifier)
        approximate = self.approximation(i, j)
        if approximate is not None:
            return self.finish(0, i, j, None, *approximate, qualifier, chinese=True)
        value = self.number(i, j) * sign
        if vague and _DIGIT.search(s, i, j) is not None:
            raise _Reject(i, "follows 上/数/几, which take a bare magnitude")
        return self.finish(0, i, j, value, None, None, qualifier, chinese=True)

    def half_only(self, i: int, qualifier: Qualifier | None) -> _Found:
        """半年, 半个月: one half of a unit."""
        found = self.unit_at(i + 1) or self.unit_at(i + 2, prefix="个")
        if found is None:
            raise _Reject(i + 1, "is 半 without a unit")
        unit, end = found
        end, qualifier = self.suffix(end, qualifier, _plain(unit))
        return _Found(0, end, _HALF, None, None, _plain(unit), qualifier)


# The prefix qualifiers by first character, longest first.
_PREFIX_WORDS: dict[str, list[str]] = {}
for _word in sorted(_PREFIX_QUALIFIERS, key=len, reverse=True):
    _PREFIX_WORDS.setdefault(_word[0], []).append(_word)


_PLAIN: dict[str, UnitExpression] = {}


def _plain(unit: Unit) -> UnitExpression:
    """`UnitExpression(1, unit)`, made once a unit: every figure needs one."""
    found = _PLAIN.get(unit.name)
    if found is None or found.numerator is not unit:
        found = _PLAIN[unit.name] = UnitExpression(_ONE, unit)
    return found


def _unit(name: str) -> Unit:
    unit = lookup_unit(name)
    assert unit is not None, name
    return unit


def _build(found: _Found, text: str, compact: Compact) -> Quantity:
    begin = compact.raw(found.start)
    end = compact.raw(found.end - 1) + 1
    unit = found.unit
    scale = 1
    if unit is not None and unit.denominator is None and unit.numerator.name == "成":
        unit, scale = _plain(_unit("%")), 10  # 三成 is 30 %
    value, low, high = found.value, found.low, found.high
    return _quantity(
        None if value is None else _decimal(value * scale if scale != 1 else value),
        None if low is None else _decimal(low * scale if scale != 1 else low),
        None if high is None else _decimal(high * scale if scale != 1 else high),
        None if unit is None else unit.name,
        found.qualifier,
        Kind.OTHER if unit is None else unit.kind,
        text[begin:end],
        (begin, end),
    )


def _decimal(value: Fraction) -> Decimal:
    return Decimal(value.numerator) if value.denominator == 1 else to_decimal(value)


_set = object.__setattr__


def _quantity(
    value: Decimal | None,
    low: Decimal | None,
    high: Decimal | None,
    unit: str | None,
    qualifier: Qualifier | None,
    kind: Kind,
    text: str,
    span: tuple[int, int],
) -> Quantity:
    """A `Quantity` from parts the scanner has already checked and typed.

    The public constructor converts and checks every field; a figure found in
    running text needs neither, and this path costs half as much.
    """
    q: Quantity = object.__new__(Quantity)
    _set(q, "value", value)
    _set(q, "low", low)
    _set(q, "high", high)
    _set(q, "unit", unit)
    _set(q, "qualifier", qualifier)
    _set(q, "kind", kind)
    _set(q, "text", text)
    _set(q, "span", span)
    return q


def _moved(q: Quantity, text: str, span: tuple[int, int]) -> Quantity:
    """`q` with another `text` and `span` (the same figure, placed in another text)."""
    return _quantity(q.value, q.low, q.high, q.unit, q.qualifier, q.kind, text, span)


def parse_quantity(text: str) -> Quantity:
    """Read one written quantity: number, magnitude, unit, qualifier, range.

    Args:
        text: the quantity alone, e.g. `"约6000万元"`, `"4900余亩"`,
            `"10万至20万元"`, `"8.14个百分点"`, `"三成"`, `"8万吨/年"`.

    Raises:
        QuantityParseError: the text is not one quantity (a `ValueError`,
            naming the text and the position where reading stopped).

    Examples:
        >>> q = parse_quantity("2.9万余人")
        >>> q.value, q.unit, q.qualifier.value
        (Decimal('29000'), '人', 'more_than')
        >>> r = parse_quantity("10万至20万元")
        >>> r.value, r.low, r.high, r.unit
        (None, Decimal('100000'), Decimal('200000'), '元')
        >>> parse_quantity("三成").value, parse_quantity("三成").unit
        (Decimal('30'), '%')
    """
    if not isinstance(text, str):
        raise QuantityParseError(repr(text), 0, f"is a {type(text).__name__}, not text")
    if len(text) > 4 * MAX_NUMERAL_LENGTH:
        raise QuantityParseError(
            text[:80] + "…", 80, f"is past the {4 * MAX_NUMERAL_LENGTH}-character limit"
        )
    compact = Compact(text)
    s = compact.text
    scanner = _Scanner(s, strict=True)
    try:
        found = scanner.read_one()
        if found.end != len(s):
            raise _Reject(found.end, "is left over after the quantity")
    except _Reject as err:
        position = compact.raw(err.position) if err.position < len(s) else len(text)
        raise QuantityParseError(text, position, err.reason) from None
    return _build(found, text, compact)


def try_parse_quantity(text: str) -> Quantity | None:
    """Like [`parse_quantity`][fjreports.quantities.parse_quantity], but `None` for a non-quantity.

    Examples:
        >>> try_parse_quantity("5G") is None
        True
    """
    try:
        return parse_quantity(text)
    except QuantityParseError:
        return None


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity in running text, in order, with spans into `text`.

    Mentions broken by white space or line breaks (`1346.8 亿\\n\\n元`) are
    found whole; `text` and `span` of each quantity index the text as given.
    Never raises: anything that is not text gives an empty list.

    Examples:
        >>> found = extract_quantities("村集体年收益总计约6000万元，惠及19个村")
        >>> [(q.value, q.unit) for q in found]
        [(Decimal('60000000'), '元'), (Decimal('19'), '个')]
        >>> [q.text for q in extract_quantities("2023年1—9月，规上工业总产值 1346.8 亿\\n元")]
        ['1346.8 亿\\n元']
        >>> extract_quantities("统一思想，一盘棋，千方百计")
        []
    """
    if not isinstance(text, str) or not text:
        return []
    compact = Compact(text, scan=True)
    s = compact.text
    scanner = _Scanner(s, strict=False)
    found: list[Quantity] = []
    floor = 0
    search = _CANDIDATE.search
    candidate = search(s)
    while candidate is not None:
        i, j = candidate.span()
        # Most numeral runs stand in words (统一, 一体化, 十四五): passed over here, cheaply.
        if s[j : j + 1] in _CAN_FOLLOW or (s[j - 1] in "万亿" and _HAS_DIGIT.search(s, i, j)):
            try:
                match = scanner.match(i, j, floor)
            except _Reject:
                pass
            else:
                found.append(_build(match, text, compact))
                floor = match.end
                candidate = search(s, floor)
                continue
        candidate = search(s, j)
    return found
