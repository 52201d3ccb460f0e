"""Hypothesis strategies for testing code that handles Chinese figures.

Needs the `testing` extra (`pip install fjreports[testing]`), which brings
hypothesis. Use them in your own property tests:

    from hypothesis import given
    from fjreports.testing import chinese_numerals

    @given(chinese_numerals())
    def test_my_reader(pair):
        text, value = pair
        assert my_reader(text) == value
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Literal

from hypothesis import strategies as st

from .numbers import (
    Kind,
    Qualifier,
    Quantity,
    format_quantity,
    fraction_to_decimal,
    get_unit,
    to_chinese,
)
from .units import known_units

__all__ = ["chinese_numerals", "decimals", "quantities", "quantity_texts"]

#: Largest magnitude `to_chinese` writes.
LIMIT = 10**16


def decimals(
    *, max_abs: int = LIMIT - 1, places: int = 4, allow_negative: bool = True
) -> st.SearchStrategy[Decimal]:
    """Exact decimals of at most `places` fraction digits with `abs(x) <= max_abs`.

    Examples:
        >>> from hypothesis import given
        >>> @given(decimals(max_abs=100, places=2))
        ... def check(x):
        ...     assert abs(x) <= 100 and x == x.quantize(Decimal("0.01"))
        >>> check()
    """
    low = -max_abs if allow_negative else 0
    return st.integers(low * 10**places, max_abs * 10**places).map(
        lambda units: _exact(Fraction(units, 10**places))
    )


def _exact(value: Fraction) -> Decimal:
    exact = fraction_to_decimal(value)
    assert exact is not None  # a power of ten below: always exact
    return exact


def chinese_numerals(
    *,
    max_abs: int = LIMIT - 1,
    places: int = 3,
    style: Literal["plain", "financial", "traditional"] | None = None,
) -> st.SearchStrategy[tuple[str, Decimal]]:
    """Pairs `(text, value)`: a number written in Chinese numerals, and its value.

    Examples:
        >>> from hypothesis import given
        >>> from fjreports import parse_number
        >>> @given(chinese_numerals(max_abs=10**8))
        ... def check(pair):
        ...     text, value = pair
        ...     assert parse_number(text) == value
        >>> check()
    """
    styles: st.SearchStrategy[Literal["plain", "financial", "traditional"]] = (
        st.sampled_from(["plain", "financial", "traditional"]) if style is None else st.just(style)
    )
    return st.tuples(decimals(max_abs=max_abs, places=places), styles).map(
        lambda pair: (to_chinese(pair[0], style=pair[1]), pair[0])
    )


_READ_AS_PERCENT = ("成", "折")  # tenths: parsed back as %, not as themselves
_QUANTITY_UNITS = sorted(
    unit.name
    for unit in known_units()
    if unit.kind is not Kind.OTHER and unit.name not in _READ_AS_PERCENT
)


def quantities(
    *, units: list[str] | None = None, ranges: bool = True
) -> st.SearchStrategy[Quantity]:
    """`Quantity` values as the parser produces them: unit, qualifier, value or range.

    Args:
        units: the unit names to draw from (default: every unit of money,
            area, length, mass, volume, duration, percent and count).
        ranges: also draw ranges (`low` to `high`).
    """
    unit_names = st.sampled_from(units or _QUANTITY_UNITS)
    qualifiers = st.none() | st.sampled_from(list(Qualifier))
    values = decimals(max_abs=10**13, places=2, allow_negative=False)

    def single(unit: str, qualifier: Qualifier | None, value: Decimal) -> Quantity:
        return Quantity(value=value, unit=unit, qualifier=qualifier, kind=get_unit(unit).kind)

    def span(unit: str, qualifier: Qualifier | None, a: Decimal, b: Decimal) -> Quantity:
        low, high = sorted((a, b))
        if low == high:
            high = low + 1
        return Quantity(
            low=low, high=high, unit=unit, qualifier=qualifier, kind=get_unit(unit).kind
        )

    strategy = st.builds(single, unit_names, qualifiers, values)
    if ranges:
        strategy = strategy | st.builds(span, unit_names, qualifiers, values, values)
    return strategy


def quantity_texts() -> st.SearchStrategy[tuple[str, Quantity]]:
    """Pairs `(text, quantity)`: a quantity written in Chinese, and what it reads as."""
    return st.tuples(quantities(), st.booleans()).map(
        lambda pair: (format_quantity(pair[0], "zh_CN", compact=pair[1]), pair[0])
    )
