"""The corpus: pages loaded, their articles, and queries over them.

Examples:
    >>> import fjreports
    >>> corpus = fjreports.load()
    >>> len(corpus.pages)
    5
    >>> [a.title for a in corpus.articles.where(region="集美区", kind="article")]
    ['厦门集美区着力推动村集体经济高质量发展', '集美： 全面推动现代化 迈向发展新征程']
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Generic, TypeVar

from attrs import field, frozen

from . import regions as _regions
from ._bundled import seed_pages
from .extract import Initiative, Metric, extract
from .pages import Page, read_page
from .regions import Region
from .segment import Article, segment

__all__ = ["Corpus", "Query", "load"]

T = TypeVar("T")


class Query(tuple[T, ...], Generic[T]):
    """An immutable sequence of records with `.where(**filters)`.

    A filter compares the attribute of that name: enums by value (`kind="caption"`,
    `kind="money"`), regions with their hierarchy (`region="厦门市"` keeps 集美区
    too), text fields (`title`, `text`, `subject`, `sentence`) by substring,
    anything else by equality (`unit="亩"`, `period="2023年"`).

    Examples:
        >>> q = Query([1, 2, 3])
        >>> len(q), q[0]
        (3, 1)
    """

    def where(self, **filters: Any) -> Query[T]:
        """The records that pass every filter."""
        kept: Iterable[T] = self
        for name, wanted in filters.items():
            kept = [r for r in kept if _passes(r, name, wanted)]
        return Query(kept)

    def __repr__(self) -> str:
        return f"Query({len(self)} records)"


def _passes(record: object, name: str, wanted: Any) -> bool:
    if not hasattr(record, name):
        raise AttributeError(f"{type(record).__name__} records have no field {name!r} to filter on")
    value = getattr(record, name)
    if name == "region":
        if value is None:
            return wanted is None
        return _regions.get(wanted).contains(value) if wanted is not None else False
    if isinstance(value, enum.Enum):
        return value is wanted or value.value == wanted
    if name in ("title", "text", "subtitle", "subject", "sentence") and isinstance(wanted, str):
        return isinstance(value, str) and wanted in value
    equal: bool = value == wanted
    return equal


@frozen
class Corpus:
    """Pages and what was found on them.

    Attributes:
        pages: the pages read, in the order of their file names.
        articles: the articles and photo captions of every page.
        metrics: every figure of every article, with subject, period and region.
        initiatives: the named programmes the articles present.
    """

    pages: Query[Page]
    articles: Query[Article]
    metrics: Query[Metric] = field(factory=Query)
    initiatives: Query[Initiative] = field(factory=Query)

    @property
    def regions(self) -> Query[Region]:
        """The regions the articles are about, each once."""
        seen: dict[Region, None] = {}
        for article in self.articles:
            if article.region is not None:
                seen.setdefault(article.region, None)
        return Query(seen)


def load(path: str | Path | None = None) -> Corpus:
    """Load pages and find their articles.

    Args:
        path: `None` for the bundled pages; a folder (every `*.txt` inside,
            sorted by name); or one page file.

    Raises:
        FileNotFoundError: `path` does not exist (the message names it).
        PageReadError: a page is not text in a known encoding.
    """
    if path is None:
        pages = [Page(p.name, p.read_text(encoding="utf-8-sig"), "utf-8") for p in seed_pages()]
    else:
        where = Path(path)
        if not where.exists():
            raise FileNotFoundError(f"no such file or folder: {where}")
        files = sorted(where.glob("*.txt")) if where.is_dir() else [where]
        pages = [read_page(f) for f in files]
    articles: list[Article] = []
    metrics: list[Metric] = []
    initiatives: list[Initiative] = []
    for page in pages:
        for article in segment(page):
            articles.append(article)
            found, named = extract(article, page.text)
            metrics += found
            initiatives += named
    return Corpus(Query(pages), Query(articles), Query(metrics), Query(initiatives))
