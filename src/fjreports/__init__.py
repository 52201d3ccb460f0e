"""fjreports: typed, queryable data from Chinese regional-development reports.

The number and quantity parser, exact unit conversion and babel-based
formatting:

>>> import fjreports
>>> q = fjreports.parse_quantity("约6000万元")
>>> q.value, q.unit, q.qualifier.value
(Decimal('60000000'), '元', 'about')
>>> fjreports.format_quantity(q, locale="en")
'about 60 million yuan'
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .errors import (
    FjreportsError,
    InexactConversionError,
    NumberParseError,
    QuantityParseError,
    UnitError,
)
from .formatting import format_number, format_quantity
from .numerals import parse_number, to_chinese, try_parse_number
from .quantities import (
    Qualifier,
    Quantity,
    extract_quantities,
    parse_quantity,
    try_parse_quantity,
)
from .units import Kind, Unit, convert, convert_exact, get_unit

try:
    __version__ = version("fjreports")
except PackageNotFoundError:  # pragma: no cover - running from an uninstalled tree
    __version__ = "0.0.0"

__all__ = [
    "FjreportsError",
    "InexactConversionError",
    "Kind",
    "NumberParseError",
    "Qualifier",
    "Quantity",
    "QuantityParseError",
    "Unit",
    "UnitError",
    "__version__",
    "convert",
    "convert_exact",
    "extract_quantities",
    "format_number",
    "format_quantity",
    "get_unit",
    "parse_number",
    "parse_quantity",
    "to_chinese",
    "try_parse_number",
    "try_parse_quantity",
]
