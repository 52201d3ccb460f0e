"""The corpus: pages loaded, their articles, metrics and initiatives, and queries over them.

Examples:
    >>> import fjreports
    >>> corpus = fjreports.load()
    >>> len(corpus.pages)
    5
    >>> [a.title for a in corpus.articles.where(region="集美区", kind="article")]
    ['厦门集美区着力推动村集体经济高质量发展', '集美： 全面推动现代化 迈向发展新征程']
    >>> big = corpus.metrics.where(region="厦门市", kind="money", min="100亿元", qualifier=None)
    >>> big.sum("亿元").value
    Decimal('3764.15')
"""

from __future__ import annotations

from pathlib import Path

from attrs import field, frozen

from ..articles import Article
from ..facts import Initiative, Metric
from ..layout import Page
from ..places import Region
from .query import Query
from .store import (
    SCHEMA_VERSION,
    CorpusFileError,
    converter,
    metrics_by_id,
    read_json,
    write_json,
)

__all__ = ["SCHEMA_VERSION", "Corpus"]


#: Who wrote a saved corpus.
_PRODUCER = "fjreports"


@frozen
class Corpus:
    """Pages and what was found on them.

    Attributes:
        pages: the pages read, in the order of their file names.
        articles: the articles and photo captions of every page.
        metrics: every figure of every article, with subject, period and region.
        initiatives: the named programmes the articles present.
        skipped: pages that could not be read, with the reason (`errors="skip"`).
    """

    pages: Query[Page]
    articles: Query[Article]
    metrics: Query[Metric] = field(factory=Query)
    initiatives: Query[Initiative] = field(factory=Query)
    skipped: tuple[tuple[str, str], ...] = ()

    @property
    def regions(self) -> Query[Region]:
        """The regions the articles are about, each once."""
        seen: dict[Region, None] = {}
        for article in self.articles:
            if article.region is not None:
                seen.setdefault(article.region, None)
        return Query(seen)

    def article_of(self, record: Metric | Initiative | str) -> Article:
        """The article a metric or initiative (or an article id) belongs to.

        Raises:
            KeyError: no article has that id.
        """
        wanted = record if isinstance(record, str) else record.article
        for article in self.articles:
            if article.id == wanted:
                return article
        raise KeyError(f"no article with id {wanted!r}")

    def metrics_of(self, owner: Article | Initiative | Region | str) -> Query[Metric]:
        """The metrics of an article, of the sentence naming an initiative (its
        `metrics`), or about a region (with the hierarchy).

        Examples:
            >>> import fjreports
            >>> corpus = fjreports.load()
            >>> named = corpus.initiatives.where(name="三区联创")[0]
            >>> list(corpus.metrics_of(named)) == list(named.metrics)
            True
        """
        if isinstance(owner, Article):
            return self.metrics.where(article=owner.id)
        if isinstance(owner, Initiative):
            return Query(list(owner.metrics))
        return self.metrics.where(region=owner)

    def initiatives_of(self, owner: Article | Region | str) -> Query[Initiative]:
        """The initiatives of an article, or of the articles about a region."""
        if isinstance(owner, Article):
            return self.initiatives.where(article=owner.id)
        return self.initiatives.where(region=owner)

    def to_json(self, path: str | Path) -> None:
        """Save the whole corpus as one JSON file (with its `schema_version`)."""
        write_json(
            path,
            {
                "schema_version": SCHEMA_VERSION,
                "producer": _PRODUCER,
                "pages": converter.unstructure(list(self.pages)),
                "articles": converter.unstructure(list(self.articles)),
                "metrics": converter.unstructure(list(self.metrics)),
                "initiatives": converter.unstructure(list(self.initiatives)),
                "skipped": [list(s) for s in self.skipped],
            },
        )

    @classmethod
    def from_json(cls, path: str | Path) -> Corpus:
        """Restore a corpus saved by `to_json`.

        Raises:
            FileNotFoundError: there is no such file.
            CorpusFileError: the file is not JSON, not a corpus, or of another
                schema version.
        """
        where = Path(path)
        document = read_json(where)
        initiatives = metrics_by_id(
            document.get("initiatives", []), document.get("metrics", []), where
        )
        try:
            return cls(
                Query(converter.structure(document.get("pages", []), list[Page])),
                Query(converter.structure(document.get("articles", []), list[Article])),
                Query(converter.structure(document.get("metrics", []), list[Metric])),
                Query(converter.structure(initiatives, list[Initiative])),
                tuple(converter.structure(document.get("skipped", []), list[tuple[str, str]])),
            )
        except RecursionError:
            raise CorpusFileError(f"{where}: nested deeper than any saved corpus") from None
        except Exception as err:  # cattrs gathers every field's error in one group
            raise CorpusFileError(f"{where}: a record does not fit its model: {err}") from None
