"""Chinese, Arabic and mixed numerals to exact `Decimal`, and back.

Every way the mainland press writes a number is read: Arabic digits with or
without grouping commas (`12,500`, full-width `１２３４５`), Chinese numerals
(`一千零五`, `两千六`, `十万零一千`), financial forms (`壹万贰仟`), traditional
characters (`萬`, `億`, `兩`), decimals with `点`, signs (`负五`), mixed forms
(`3万5千`, `1.2万`, `12亿3456万`, `3.5万亿`) and fractions (`三分之一`,
`百分之二十`, `三成`).

Arithmetic is exact: values are built from integers and `fractions.Fraction`
and turned into `Decimal` without touching the global decimal context, so a
library that changes `decimal.getcontext()` cannot change a result.
"""

from __future__ import annotations

import decimal
from decimal import Decimal
from fractions import Fraction
from typing import Literal, NamedTuple

from ..errors import FigureRangeError, FjreportsError, NumberParseError
from ..text import normalize
from .digits import (
    ASCII_DIGITS,
    BIG_UNITS,
    CN_DIGITS,
    MAX_NUMERAL_LENGTH,
    SIGNS,
    SMALL_UNITS,
    TENS_SHORTHAND,
)
from .plain import plain_chinese

__all__ = ["parse_number", "to_chinese", "try_parse_number"]

# Exact scaled-integer arithmetic for the few Decimal operations we need.
_WIDE = decimal.Context(prec=200, Emax=10**6, Emin=-(10**6), traps=[decimal.InvalidOperation])


class _Token(NamedTuple):
    kind: Literal["num", "zero", "small", "big", "point"]
    value: Fraction
    pos: int
    single: bool  # one digit, Chinese or Arabic: the tail of 一万五 or 三千二
    chinese: bool


def fraction_to_decimal(value: Fraction) -> Decimal | None:
    """The exact `Decimal` of `value`, or `None` when its expansion does not end.

    Examples:
        >>> fraction_to_decimal(Fraction(3, 8))
        Decimal('0.375')
        >>> fraction_to_decimal(Fraction(1, 3)) is None
        True
    """
    den = value.denominator
    if den == 1:
        return Decimal(value.numerator)
    twos = fives = 0
    while den % 2 == 0:
        den //= 2
        twos += 1
    while den % 5 == 0:
        den //= 5
        fives += 1
    if den != 1:
        return None
    places = max(twos, fives)
    scaled = value.numerator * 10**places // value.denominator
    return Decimal(f"{scaled}E-{places}")  # read from a string: exact in any context


# No figure of a report comes near 10**100, and none is finer than 10**-100; past these,
# exact arithmetic on a value (1e99999999 from a hand-edited file) would take minutes.
MAX_EXPONENT = 100


def checked_figure(value: Decimal, what: str = "value") -> Decimal:
    """`value`, if it is a finite figure within 10**±MAX_EXPONENT.

    Raises:
        FigureRangeError: NaN, an infinity, or a value past the bounds.

    Examples:
        >>> checked_figure(Decimal("6E+7"))
        Decimal('6E+7')
        >>> checked_figure(Decimal("NaN"))
        Traceback (most recent call last):
        ...
        fjreports.errors.FigureRangeError: value NaN is not a finite number
    """
    if not value.is_finite():
        raise FigureRangeError(f"{what} {value} is not a finite number")
    if value and not -MAX_EXPONENT <= value.adjusted() <= MAX_EXPONENT:
        raise FigureRangeError(
            f"{what} {value} is beyond the figures any report prints "
            f"(10**-{MAX_EXPONENT} to 10**{MAX_EXPONENT})"
        )
    if value.as_tuple().exponent < -2 * MAX_EXPONENT:  # type: ignore[operator]
        raise FigureRangeError(f"{what} {value} has more decimal places than any figure")
    return value


def checked_fraction(value: Fraction, what: str = "value") -> Fraction:
    """`value`, if its numerator and denominator stay within the bounds of `checked_figure`."""
    limit = 4 * MAX_EXPONENT  # bits: 2**400 is about 10**120
    if value.numerator.bit_length() > limit or value.denominator.bit_length() > limit:
        raise FigureRangeError(
            f"{what} is beyond the figures any report prints "
            f"(10**-{MAX_EXPONENT} to 10**{MAX_EXPONENT})"
        )
    return value


def to_decimal(value: Fraction) -> Decimal:
    """`value` as a `Decimal`: exact where it can be, else to 28 significant digits.

    Only fractions such as 三分之一 have no exact decimal form.
    """
    exact = fraction_to_decimal(value)
    if exact is not None:
        return exact
    with decimal.localcontext(decimal.Context(prec=28)) as ctx:
        return ctx.divide(Decimal(value.numerator), Decimal(value.denominator))


def parse_number(text: str) -> Decimal:
    """Read one numeral, Chinese, Arabic or mixed, as an exact `Decimal`.

    Args:
        text: the numeral alone, e.g. `"一千零五"`, `"1,100.9亿"`, `"负3.5"`.
            White space inside is ignored; full-width and traditional forms
            are folded.

    Returns:
        The value. Fractions whose decimal expansion does not end
        (`三分之一`) are given to 28 significant digits; every other value is
        exact.

    Raises:
        NumberParseError: the text is not one numeral; the error names the
            text and the position of the first character that does not fit.

    Examples:
        >>> parse_number("一万五")
        Decimal('15000')
        >>> parse_number("12亿3456万")
        Decimal('1234560000')
        >>> parse_number("三点一四")
        Decimal('3.14')
        >>> parse_number("百分之二十")
        Decimal('0.2')
        >>> parse_number("壹仟贰佰")
        Decimal('1200')
    """
    return to_decimal(parse_fraction(text))


def try_parse_number(text: str) -> Decimal | None:
    """Like [`parse_number`][fjreports.numbers.parse_number], but `None` where it would raise.

    Examples:
        >>> try_parse_number("统一") is None
        True
    """
    try:
        return parse_number(text)
    except (NumberParseError, TypeError):
        return None


def parse_fraction(text: str) -> Fraction:
    """Read one numeral as an exact `Fraction` (三分之一 is exactly 1/3).

    Examples:
        >>> parse_fraction("三分之一")
        Fraction(1, 3)
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number: text must be a str, not {type(text).__name__}")
    if len(text) > MAX_NUMERAL_LENGTH:
        raise NumberParseError(
            text[:MAX_NUMERAL_LENGTH] + "…",
            MAX_NUMERAL_LENGTH,
            f"is past the {MAX_NUMERAL_LENGTH}-character limit of one numeral",
        )
    if text.isdigit() and text.isascii():
        return Fraction(int(text))  # 12345: the commonest numeral of all
    quick = plain_chinese(text)
    if quick is not None:
        return Fraction(quick)
    norm = normalize(text)
    chars = [(c, i) for i, c in enumerate(norm) if not c.isspace()]
    return _Reader(text, chars).read()


class _Reader:
    """Reads the non-space characters of one numeral, reporting positions in `text`."""

    def __init__(self, text: str, chars: list[tuple[str, int]]) -> None:
        self.text = text
        self.chars = chars

    def fail(self, index: int, reason: str) -> NumberParseError:
        pos = self.chars[index][1] if index < len(self.chars) else len(self.text)
        return NumberParseError(self.text, pos, reason)

    def read(self) -> Fraction:
        if not self.chars:
            return self._raise(0, "is empty")
        sign = 1
        start = 0
        if self.chars[0][0] in SIGNS:
            sign = SIGNS[self.chars[0][0]]
            start = 1
            if len(self.chars) == 1:
                return self._raise(1, "ends after its sign")
        return sign * self._unsigned(start, len(self.chars))

    def _raise(self, index: int, reason: str) -> Fraction:
        raise self.fail(index, reason)

    def _unsigned(self, start: int, end: int) -> Fraction:
        string = "".join(c for c, _ in self.chars[start:end])
        # Fractions: 三分之一, 百分之二十, 千分之五.
        of = string.find("分之")
        if of >= 0:
            if of == 0:
                return self._raise(start, "starts a fraction with no denominator before 分之")
            denominator = self._unsigned(start, start + of)
            if start + of + 2 >= end:
                return self._raise(end, "ends after 分之, which needs a numerator")
            numerator = self._unsigned(start + of + 2, end)
            if denominator == 0:
                return self._raise(start, "is a zero denominator")
            return numerator / denominator
        # 三成 is three tenths.
        if string.endswith("成") and end - start > 1:
            return self._unsigned(start, end - 1) / 10
        tokens = self._tokens(start, end)
        points = [t for t in tokens if t.kind == "point"]
        if len(points) > 1:
            return self._raise(self._index(points[1].pos), "is a second decimal point")
        if points:
            return self._decimal(tokens, tokens.index(points[0]))
        return self._integer(tokens, whole=True)

    def _index(self, pos: int) -> int:
        for index, (_, p) in enumerate(self.chars):
            if p == pos:
                return index
        return len(self.chars)  # pragma: no cover - positions always come from chars

    def _tokens(self, start: int, end: int) -> list[_Token]:
        chars = self.chars
        tokens: list[_Token] = []
        i = start
        while i < end:
            c, pos = chars[i]
            if c in ASCII_DIGITS:
                i, token = self._arabic(i, end)
                tokens.append(token)
                continue
            if c in CN_DIGITS:
                digit = CN_DIGITS[c]
                kind: Literal["num", "zero"] = "zero" if digit == 0 else "num"
                tokens.append(_Token(kind, Fraction(digit), pos, True, True))
            elif c in SMALL_UNITS:
                tokens.append(_Token("small", Fraction(SMALL_UNITS[c]), pos, False, True))
            elif c in BIG_UNITS:
                tokens.append(_Token("big", Fraction(BIG_UNITS[c]), pos, False, True))
            elif c in TENS_SHORTHAND:
                tokens.append(_Token("num", Fraction(TENS_SHORTHAND[c]), pos, True, True))
                tokens.append(_Token("small", Fraction(10), pos, False, True))
            elif c == "点":
                tokens.append(_Token("point", Fraction(0), pos, False, True))
            elif c == "." or c == ",":
                return [*tokens, *self._bad_separator(i)]
            else:
                raise self.fail(i, "is not part of a numeral")
            i += 1
        return tokens

    def _bad_separator(self, index: int) -> list[_Token]:
        raise self.fail(index, "is a separator with no digits before it")

    def _arabic(self, i: int, end: int) -> tuple[int, _Token]:
        chars = self.chars
        start_pos = chars[i][1]
        digits: list[str] = []
        while i < end and chars[i][0] in ASCII_DIGITS:
            digits.append(chars[i][0])
            i += 1
        # Grouping commas stand before exactly three digits.
        while i < end and chars[i][0] == ",":
            group = [c for c, _ in chars[i + 1 : i + 4]]
            if len(group) < 3 or not all(g in ASCII_DIGITS for g in group):
                raise self.fail(i, "is a grouping comma not followed by three digits")
            if i + 4 < end and chars[i + 4][0] in ASCII_DIGITS:
                raise self.fail(i + 4, "makes a digit group longer than three")
            digits.extend(group)
            i += 4
        fraction: list[str] = []
        if i < end and chars[i][0] == ".":
            if i + 1 >= end or chars[i + 1][0] not in ASCII_DIGITS:
                raise self.fail(i, "is a decimal point not followed by a digit")
            i += 1
            while i < end and chars[i][0] in ASCII_DIGITS:
                fraction.append(chars[i][0])
                i += 1
        value = Fraction(int("".join(digits) + "".join(fraction)), 10 ** len(fraction))
        single = len(digits) == 1 and not fraction
        return i, _Token("num", value, start_pos, single, False)

    def _decimal(self, tokens: list[_Token], at: int) -> Fraction:
        """`三点一四`, `十二点五`, `三点五万`: integer part, 点, digits, optional magnitude."""
        point = tokens[at]
        left, right = tokens[:at], tokens[at + 1 :]
        if not left:
            return self._raise(
                self._index(point.pos), "is a decimal point with no number before it"
            )
        digits: list[int] = []
        k = 0
        while k < len(right) and right[k].kind in ("num", "zero") and right[k].chinese:
            digits.append(int(right[k].value))
            k += 1
        if not digits:
            return self._raise(self._index(point.pos), "is a decimal point not followed by a digit")
        scale = Fraction(1)
        last = 0
        for token in right[k:]:
            if token.kind == "big":
                size = int(token.value)
                if size <= last and last >= 10**4:
                    return self._raise(self._index(token.pos), "repeats a magnitude")
                last = max(last, size)
                scale *= token.value
            elif token.kind == "small" and last == 0 and scale == 1:
                scale *= token.value
                last = 1
            else:
                return self._raise(self._index(token.pos), "cannot follow the decimal digits")
        if scale != 1 and any(t.kind == "big" for t in left):
            return self._raise(
                self._index(right[k].pos), "is a second magnitude after a decimal number"
            )
        whole = self._integer(left, whole=True)
        fraction = Fraction(int("".join(map(str, digits))), 10 ** len(digits))
        return (whole + fraction) * scale

    def _integer(self, tokens: list[_Token], *, whole: bool) -> Fraction:
        if not tokens:
            return Fraction(0)  # pragma: no cover - callers check for empty parts
        if (
            len(tokens) >= 2
            and tokens[0].kind == "num"
            and all(t.kind in ("num", "zero") and t.chinese for t in tokens)
        ):
            return self._positional(tokens)
        bigs = [k for k, t in enumerate(tokens) if t.kind == "big"]
        if not bigs:
            return self._section(tokens, first=whole)
        yis = [k for k in bigs if tokens[k].value == 10**8]
        split = yis[-1] if yis else bigs[-1]
        unit = tokens[split]
        left, right = tokens[:split], tokens[split + 1 :]
        for t in left:
            if t.kind == "big" and t.value >= unit.value:
                return self._raise(self._index(unit.pos), "repeats a magnitude")
        if left:
            coefficient = self._integer(left, whole=whole)  # 3456万, 二十万亿, bare 万亿
        elif whole:
            coefficient = Fraction(1)  # a bare magnitude: 万, 亿, 百万
        else:
            return self._raise(self._index(unit.pos), "is a magnitude with no number before it")
        if coefficient == 0:
            return self._raise(self._index(unit.pos), "multiplies zero")
        rest = Fraction(0)
        if right:
            if len(right) == 1 and right[0].kind == "num" and right[0].single:
                rest = right[0].value * unit.value / 10  # 一万五 is 15000
            else:
                if right[0].kind == "big":
                    return self._raise(self._index(right[0].pos), "cannot follow another magnitude")
                rest = self._integer(right, whole=False)
            if rest >= unit.value:
                return self._raise(
                    self._index(right[0].pos), "starts a part too large for its place"
                )
        return coefficient * unit.value + rest

    def _positional(self, tokens: list[_Token]) -> Fraction:
        """二〇二三: digits read one by one, as in years and codes."""
        for t in tokens:
            if self.chars[self._index(t.pos)][0] == "两":
                return self._raise(self._index(t.pos), "cannot stand in a digit string")
        return Fraction(int("".join(str(int(t.value)) for t in tokens)))

    def _section(self, tokens: list[_Token], *, first: bool) -> Fraction:
        """A part below 万: digits, 十百千, and 零 in the gaps."""
        total = Fraction(0)
        pending: _Token | None = None
        last_unit = 0
        after_zero = False
        for t in tokens:
            if t.kind == "zero":
                if pending is not None:
                    return self._raise(self._index(t.pos), "cannot follow a digit")
                after_zero = True
            elif t.kind == "num":
                if pending is not None:
                    return self._raise(self._index(t.pos), "cannot follow another number")
                pending = t
            elif t.kind == "small":
                size = int(t.value)
                if last_unit and size >= last_unit:
                    return self._raise(self._index(t.pos), "is larger than the unit before it")
                if pending is not None:
                    coefficient = pending.value
                elif first and last_unit == 0 and not after_zero:
                    coefficient = Fraction(1)  # 十五, 百强, 千万
                elif size == 10 and (after_zero or last_unit):
                    coefficient = Fraction(1)  # 一千零十, 一百十
                else:
                    return self._raise(self._index(t.pos), "has no digit before it")
                if coefficient == 0:
                    return self._raise(self._index(t.pos), "multiplies zero")
                total += coefficient * size
                last_unit = size
                pending = None
                after_zero = False
            else:
                return self._raise(self._index(t.pos), "cannot stand here")
        if pending is not None:
            if last_unit >= 100 and not after_zero and pending.single:
                total += pending.value * last_unit / 10  # 三千二 is 3200
            else:
                total += pending.value
        elif after_zero:
            if first and len(tokens) == 1:
                return Fraction(0)  # 零 on its own
            return self._raise(len(self.chars), "ends after 零, which needs a digit after it")
        return total


_STYLES: dict[str, tuple[str, str, str]] = {
    # digits, 十百千, 万亿
    "plain": ("零一二三四五六七八九", "十百千", "万亿"),
    "financial": ("零壹贰叁肆伍陆柒捌玖", "拾佰仟", "万亿"),
    "traditional": ("零一二三四五六七八九", "十百千", "萬億"),
}


def to_chinese(
    value: Decimal | int | str, style: Literal["plain", "financial", "traditional"] = "plain"
) -> str:
    """Write `value` in standard Chinese numerals.

    Args:
        value: the number; its absolute value must be below 10**16 (一万亿亿
            has no standard short form).
        style: `"plain"` (一千零五), `"financial"` (壹仟零伍) or
            `"traditional"` (萬 and 億 for the magnitudes).

    Raises:
        FjreportsError: the value is not finite, too large, or the style unknown.

    Examples:
        >>> to_chinese(10010)
        '一万零一十'
        >>> to_chinese(Decimal("-3.14"))
        '负三点一四'
        >>> to_chinese(1200, style="financial")
        '壹仟贰佰'
    """
    if style not in _STYLES:
        raise FjreportsError(f"unknown numeral style {style!r}; use one of {sorted(_STYLES)}")
    try:
        number = Decimal(value)
    except (decimal.InvalidOperation, TypeError, ValueError) as err:
        raise FjreportsError(f"cannot write {value!r} as a Chinese numeral") from err
    if not number.is_finite():
        raise FjreportsError(f"cannot write {value!r} as a Chinese numeral: not finite")
    if number and number.adjusted() >= 16:  # before the digits are written out
        raise FjreportsError(f"cannot write {value!r} as a Chinese numeral: 10**16 or more")
    checked_figure(number)
    digits, units, bigs = _STYLES[style]
    sign, digit_tuple, exponent = number.as_tuple()
    assert isinstance(exponent, int)
    coefficient = int("".join(map(str, digit_tuple)) or "0")
    if exponent >= 0:
        whole, fraction = coefficient * 10**exponent, ""
    else:
        text = str(coefficient).rjust(-exponent + 1, "0")
        whole, fraction = int(text[:exponent]), text[exponent:].rstrip("0")
    if whole >= 10**16:
        raise FjreportsError(f"cannot write {value!r} as a Chinese numeral: 10**16 or more")
    out = _write_integer(whole, digits, units, bigs, short=style != "financial")
    if fraction:
        out += "点" + "".join(digits[int(d)] for d in fraction)
    if sign and (whole or fraction):
        out = "负" + out
    return out


def _write_integer(n: int, digits: str, units: str, bigs: str, *, short: bool) -> str:
    if n == 0:
        return digits[0]
    for size, char, tail in ((10**8, bigs[1], 10**7), (10**4, bigs[0], 10**3)):
        if n >= size:
            high, low = divmod(n, size)
            out = _write_integer(high, digits, units, bigs, short=short) + char
            if low:
                zero = digits[0] if low < tail else ""
                out += zero + _write_integer(low, digits, units, bigs, short=False)
            return out
    out_parts: list[str] = []
    gap = False
    for place, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d = n // place % 10
        if d == 0:
            gap = bool(out_parts)
            continue
        if gap:
            out_parts.append(digits[0])
            gap = False
        out_parts.append(digits[d] + unit)
    out = "".join(out_parts)
    if short and out.startswith(digits[1] + units[0]):
        out = out[1:]  # 十五, not 一十五, at the head of a number
    return out
