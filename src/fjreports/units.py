"""Units of measurement, their dimensions, and exact conversion: the public face.

The registry is data (`data/units.tsv`, with its source at the top), loaded
once on first use; see `fjreports.numbers.units` for how it is read.

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
    get_unit,
    known_units,
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
    "get_unit",
    "known_units",
    "lookup_unit",
    "resolve_unit",
    "standard_unit",
]
