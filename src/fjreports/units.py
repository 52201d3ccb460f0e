"""Units of measurement, their dimensions, and exact conversion: the public face.

The registry is data (`data/units.tsv` and `data/currencies.tsv`, each with its
source at the top), loaded once on first use; `define` and `load_units` add
units of your own. See `fjreports.numbers.units` for how it is read.

Examples:
    >>> from fjreports import units
    >>> units.convert("4900", "亩", "公顷", places=2)
    Decimal('326.67')
    >>> units.get_unit("亩").kind.value
    'area'
"""

from .numbers.units import (
    Kind,
    Unit,
    UnitExpression,
    convert,
    convert_exact,
    currency_symbols,
    define,
    get_unit,
    known_units,
    load_units,
    lookup_unit,
    resolve_unit,
    standard_unit,
)

__all__ = [
    "Kind",
    "Unit",
    "UnitExpression",
    "convert",
    "convert_exact",
    "currency_symbols",
    "define",
    "get_unit",
    "known_units",
    "load_units",
    "lookup_unit",
    "resolve_unit",
    "standard_unit",
]
