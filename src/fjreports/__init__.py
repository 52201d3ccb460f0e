"""fjreports: typed, queryable data from Chinese regional-development reports.

The number and quantity parser, exact unit conversion, babel-based
formatting, and the gazetteer of regions (`fjreports.regions`):

>>> import fjreports
>>> q = fjreports.parse_quantity("约6000万元")
>>> q.value, q.unit, q.qualifier.value
(Decimal('60000000'), '元', 'about')
>>> fjreports.format_quantity(q, locale="en")
'about 60 million yuan'
>>> fjreports.regions.get("集美").name
'集美区'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import regions, units
from .errors import (
    AmbiguousRegionError,
    FigureRangeError,
    FjreportsError,
    InexactConversionError,
    NumberParseError,
    PageReadError,
    QuantityParseError,
    UnitError,
    UnknownFieldError,
    UnknownRegionError,
)
from .numbers import (
    Kind,
    Qualifier,
    Quantity,
    Unit,
    convert,
    convert_exact,
    extract_quantities,
    format_number,
    format_quantity,
    get_unit,
    parse_number,
    parse_quantity,
    to_chinese,
    try_parse_number,
    try_parse_quantity,
)
from .places import Level, Region, RegionMention

if TYPE_CHECKING:
    from .articles import Article, ArticleKind
    from .corpus import (
        Corpus,
        CorpusFileError,
        Errors,
        InexactSumWarning,
        PageResult,
        Query,
        converter,
        iter_pages,
        load,
    )
    from .facts import Change, Initiative, Metric, Role
    from .layout import Page, PageStyle, read_page
    from .numbers.every import NumberKind, NumberMention, extract_numbers

# The stages below the parser and the gazetteer are imported when first used, so that
# `import fjreports` for a number or a region does not load the whole pipeline.
_LAZY = {
    "Article": "articles",
    "ArticleKind": "articles",
    "Change": "facts",
    "Corpus": "corpus",
    "CorpusFileError": "corpus",
    "Errors": "corpus",
    "InexactSumWarning": "corpus",
    "Initiative": "facts",
    "Metric": "facts",
    "NumberKind": "numbers.every",
    "NumberMention": "numbers.every",
    "Page": "layout",
    "PageResult": "corpus",
    "PageStyle": "layout",
    "Query": "corpus",
    "Role": "facts",
    "converter": "corpus",
    "extract_numbers": "numbers.every",
    "iter_pages": "corpus",
    "load": "corpus",
    "read_page": "layout",
}


def __getattr__(name: str) -> Any:
    stage = _LAZY.get(name)
    if stage is None:
        raise AttributeError(f"module 'fjreports' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{stage}", __name__), name)
    globals()[name] = value
    return value


#: The release; the build reads it from here (`[tool.hatch.version]`).
__version__ = "0.1.0"

__all__ = [
    "AmbiguousRegionError",
    "Article",
    "ArticleKind",
    "Change",
    "Corpus",
    "CorpusFileError",
    "Errors",
    "FigureRangeError",
    "FjreportsError",
    "InexactConversionError",
    "InexactSumWarning",
    "Initiative",
    "Kind",
    "Level",
    "Metric",
    "NumberKind",
    "NumberMention",
    "NumberParseError",
    "Page",
    "PageReadError",
    "PageResult",
    "PageStyle",
    "Qualifier",
    "Quantity",
    "QuantityParseError",
    "Query",
    "Region",
    "RegionMention",
    "Role",
    "Unit",
    "UnitError",
    "UnknownFieldError",
    "UnknownRegionError",
    "__version__",
    "convert",
    "convert_exact",
    "converter",
    "extract_numbers",
    "extract_quantities",
    "format_number",
    "format_quantity",
    "get_unit",
    "iter_pages",
    "load",
    "parse_number",
    "parse_quantity",
    "read_page",
    "regions",
    "to_chinese",
    "try_parse_number",
    "try_parse_quantity",
    "units",
]
