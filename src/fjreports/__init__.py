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

from importlib.metadata import PackageNotFoundError, version

from . import regions
from .corpus import Corpus, InexactSumWarning, Query, iter_articles, load
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
from .extract import Initiative, Metric
from .formatting import format_number, format_quantity
from .numerals import parse_number, to_chinese, try_parse_number
from .pages import Page, read_page
from .quantities import (
    Qualifier,
    Quantity,
    extract_quantities,
    parse_quantity,
    try_parse_quantity,
)
from .regions import Region, RegionMention
from .segment import Article, ArticleKind
from .serialize import CorpusFileError, converter
from .units import Kind, Unit, convert, convert_exact, get_unit

try:
    __version__ = version("fjreports")
except PackageNotFoundError:  # pragma: no cover - running from an uninstalled tree
    __version__ = "0.0.0"

__all__ = [
    "AmbiguousRegionError",
    "Article",
    "ArticleKind",
    "Corpus",
    "CorpusFileError",
    "FjreportsError",
    "InexactConversionError",
    "InexactSumWarning",
    "Initiative",
    "Kind",
    "Metric",
    "NumberParseError",
    "Page",
    "PageReadError",
    "Qualifier",
    "Quantity",
    "QuantityParseError",
    "Query",
    "Region",
    "RegionMention",
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
    "iter_articles",
    "load",
    "parse_number",
    "parse_quantity",
    "read_page",
    "regions",
    "to_chinese",
    "try_parse_number",
    "try_parse_quantity",
]
