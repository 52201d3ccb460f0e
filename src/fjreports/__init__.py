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

from . import regions, units
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
from .errors import (
    AmbiguousRegionError,
    FjreportsError,
    InexactConversionError,
    NumberParseError,
    PageReadError,
    QuantityParseError,
    UnitError,
    UnknownRegionError,
)
from .facts import Change, Initiative, Metric, Role
from .layout import Page, PageStyle, read_page
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
    "FjreportsError",
    "InexactConversionError",
    "InexactSumWarning",
    "Initiative",
    "Kind",
    "Level",
    "Metric",
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
    "UnknownRegionError",
    "__version__",
    "convert",
    "convert_exact",
    "converter",
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
