"""Locale-aware display of numbers and quantities, with babel.

Babel does the locale work (digit grouping, the 万/亿 and million/billion
compact forms); this module only chooses the pattern and never rounds: the
number of fraction digits passed to babel is always enough for the exact
value, and babel runs inside a local decimal context so the global one
(which other libraries may change) does not matter.

Chinese output reads back with `parse_quantity`:
`parse_quantity(format_quantity(q))` gives `q`'s value, unit and qualifier.
"""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError
from babel.numbers import format_compact_decimal, format_decimal

from ..errors import FjreportsError
from .numerals import checked_figure
from .qualifier import Qualifier
from .units import Kind, lookup_unit

if TYPE_CHECKING:
    from .quantity import Quantity

__all__ = ["format_number", "format_quantity"]

#: Values at least this large are written with a magnitude word when compact.
COMPACT_FROM = Decimal(10000)

_ZH_PREFIX = {
    Qualifier.ABOUT: "约",
    Qualifier.NEARLY: "近",
    Qualifier.LESS_THAN: "不到",
    Qualifier.MORE_THAN: "超",
}
_EN_PREFIX = {
    Qualifier.ABOUT: "about ",
    Qualifier.NEARLY: "nearly ",
    Qualifier.LESS_THAN: "less than ",
    Qualifier.MORE_THAN: "more than ",
}
_ZH_UNIT_WRITTEN = {"百分点": "个百分点"}


def _locale(locale: str) -> Locale:
    try:
        return Locale.parse(locale)
    except (UnknownLocaleError, ValueError, TypeError) as err:
        raise FjreportsError(f"unknown locale {locale!r}: {err}") from err


def format_number(value: Decimal | int, locale: str = "zh_CN", *, compact: bool = False) -> str:
    """Write a number for `locale`, exactly.

    Args:
        value: the number (a `Decimal` or an `int`; floats are refused).
        locale: a babel locale name, e.g. `"zh_CN"`, `"en"`, `"de"`.
        compact: use the locale's magnitude words from 10000 up (`1.615亿`,
            `161.5 million`); the digits shown are always exact.

    Examples:
        >>> format_number(Decimal("161500000"), compact=True)
        '1.615亿'
        >>> format_number(Decimal("161500000"), "en", compact=True)
        '161.5 million'
        >>> format_number(Decimal("4900"))
        '4,900'
        >>> format_number(Decimal("1234567.125"), "de")
        '1.234.567,125'
    """
    if isinstance(value, float | bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"format_number: value must be a Decimal or an int, not {value!r}")
    number = checked_figure(Decimal(value))
    where = _locale(locale)
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)
    # Enough fraction digits for the exact value after division by up to 10**12.
    digits = max(0, -exponent) + 12
    with decimal.localcontext(decimal.Context(prec=max(60, len(str(number)) + 30))):
        if compact and abs(number) >= COMPACT_FROM:
            # Chinese and Japanese have only the short form (1.615亿); others spell it out.
            long_known = "long" in where.compact_decimal_formats
            spelled = long_known and where.language != "zh"
            return format_compact_decimal(
                number,
                format_type="long" if spelled else "short",
                locale=where,
                fraction_digits=digits,
            )
        return format_decimal(number, locale=where, decimal_quantization=False)


def format_quantity(quantity: Quantity, locale: str = "zh_CN", *, compact: bool = True) -> str:
    """Write a quantity for `locale`: number, magnitude, unit and qualifier.

    Args:
        quantity: what to write.
        locale: `"zh_CN"` (or any Chinese locale) writes Chinese units and
            qualifiers; other locales write the unit's English name.
        compact: magnitude words (`亿`, `million`) from 10000 up; `False`
            writes every digit.

    Examples:
        >>> from fjreports import parse_quantity
        >>> format_quantity(parse_quantity("16150万元"))
        '1.615亿元'
        >>> format_quantity(parse_quantity("4900余亩"))
        '4,900余亩'
        >>> format_quantity(parse_quantity("1.615亿元"), locale="en")
        '161.5 million yuan'
        >>> format_quantity(parse_quantity("约6000万元"), locale="en")
        'about 60 million yuan'
        >>> format_quantity(parse_quantity("约6000万元"), compact=False)
        '约60,000,000元'
    """
    if not all(hasattr(quantity, name) for name in ("value", "low", "high", "unit", "qualifier")):
        raise TypeError(
            f"format_quantity: quantity must be a Quantity, not {type(quantity).__name__}"
        )
    where = _locale(locale)
    chinese = where.language == "zh"

    def number(x: Decimal) -> str:
        return format_number(x, locale, compact=compact)

    if quantity.value is None:
        assert quantity.low is not None and quantity.high is not None
        joiner = "至" if chinese else "–"
        low, high = number(quantity.low), number(quantity.high)
        if chinese and _has_magnitude(high) and not _has_magnitude(low):
            # 10—15万元 reads as 10万 to 15万: write both ends in full instead.
            low = format_number(quantity.low, locale)
            high = format_number(quantity.high, locale)
        figure = low + joiner + high
        negative = quantity.low < 0
    else:
        figure = number(quantity.value)
        negative = quantity.value < 0
    unit = quantity.unit
    qualifier = quantity.qualifier
    if chinese:
        written = "" if unit is None else _ZH_UNIT_WRITTEN.get(unit, unit)
        if qualifier is Qualifier.MORE_THAN and _takes_yu(quantity, negative):
            return f"{figure}余{written}"  # 4,900余亩
        prefix = "" if qualifier is None else _ZH_PREFIX[qualifier]
        return f"{prefix}{figure}{written}"
    prefix = "" if qualifier is None else _EN_PREFIX[qualifier]
    return f"{prefix}{figure}{_english_unit(unit)}"


def _has_magnitude(figure: str) -> bool:
    return "万" in figure or "亿" in figure


def _takes_yu(quantity: Quantity, negative: bool) -> bool:
    """余 follows whole figures of things and amounts; percentages and ranges take 超."""
    if negative or quantity.value is None or quantity.unit is None:
        return False
    return quantity.kind not in (Kind.PERCENT, Kind.PERCENT_POINT) and "/" not in quantity.unit


def _english_unit(unit: str | None) -> str:
    if unit is None:
        return ""
    if unit in ("%", "‰"):
        return unit
    names = []
    for index, part in enumerate(unit.split("/")):
        known = lookup_unit(part)
        name = part if known is None else known.english
        if index and name.endswith("s"):
            name = name[:-1]  # tonnes per year
        names.append(name)
    return " " + " per ".join(names)
