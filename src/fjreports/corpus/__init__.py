"""Corpus: queries, the corpus of pages and what was found on them, the pipeline, the store.

The top of the pipeline; it imports every stage below it.
"""

from .bundled import seed_pages
from .corpus import SCHEMA_VERSION, Corpus
from .pipeline import (
    PAGE_SUFFIXES,
    Errors,
    PageResult,
    iter_pages,
    load,
    page_files,
    read_file,
    read_one,
    read_or_skip,
)
from .query import InexactSumWarning, Query, record_of
from .store import CorpusFileError, converter

__all__ = [
    "PAGE_SUFFIXES",
    "SCHEMA_VERSION",
    "Corpus",
    "CorpusFileError",
    "Errors",
    "InexactSumWarning",
    "PageResult",
    "Query",
    "converter",
    "iter_pages",
    "load",
    "page_files",
    "read_file",
    "read_one",
    "read_or_skip",
    "record_of",
    "seed_pages",
]
