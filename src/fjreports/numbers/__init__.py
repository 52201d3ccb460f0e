"""Numbers: numerals, the unit registry, the quantity model, the scanner, formatting.

Below it stand only `fjreports.text` and `fjreports.lexicon`.
"""

from .digits import NUMERAL_CHARS
from .formatting import format_number, format_quantity
from .found import extract_quantities, moved, parse_quantity, try_parse_quantity
from .numerals import (
    MAX_EXPONENT,
    checked_figure,
    fraction_to_decimal,
    parse_number,
    to_chinese,
    try_parse_number,
)
from .qualifier import Qualifier
from .quantity import Quantity
from .units import Kind, Unit, convert, convert_exact, get_unit, resolve_unit, standard_unit

__all__ = [
    "MAX_EXPONENT",
    "NUMERAL_CHARS",
    "Kind",
    "NumberKind",
    "NumberMention",
    "Qualifier",
    "Quantity",
    "Unit",
    "checked_figure",
    "convert",
    "convert_exact",
    "extract_numbers",
    "extract_quantities",
    "format_number",
    "format_quantity",
    "fraction_to_decimal",
    "get_unit",
    "moved",
    "parse_number",
    "parse_quantity",
    "resolve_unit",
    "standard_unit",
    "to_chinese",
    "try_parse_number",
    "try_parse_quantity",
]


def __getattr__(name: str) -> object:
    # extract_numbers and its models load when first used: `import fjreports` stays quick.
    if name in ("NumberKind", "NumberMention", "extract_numbers"):
        from . import every

        value = getattr(every, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'fjreports.numbers' has no attribute {name!r}")
