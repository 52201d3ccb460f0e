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

import json
from pathlib import Path

from attrs import field, frozen

from ..articles import Article
from ..facts import Initiative, Metric
from ..layout import Page
from ..places import Region
from .query import Query
from .store import CorpusFileError, converter

__all__ = ["SCHEMA_VERSION", "Corpus"]

#: The version of the JSON layout `Corpus.to_json` writes. Version 2 stores a metric's
#: period with its dates; files of version 1 (the phrase alone) are still read.
SCHEMA_VERSION = 2
_READS = (1, 2)

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

    def metrics_of(self, owner: Article | Region | str) -> Query[Metric]:
        """The metrics of an article, or about a region (with the hierarchy)."""
        if isinstance(owner, Article):
            return self.metrics.where(article=owner.id)
        return self.metrics.where(region=owner)

    def initiatives_of(self, owner: Article | Region | str) -> Query[Initiative]:
        """The initiatives of an article, or of the articles about a region."""
        if isinstance(owner, Article):
            return self.initiatives.where(article=owner.id)
        return self.initiatives.where(region=owner)

    def to_json(self, path: str | Path) -> None:
        """Save the whole corpus as one JSON file (with its `schema_version`)."""
        document = {
            "schema_version": SCHEMA_VERSION,
            "producer": _PRODUCER,
            "pages": converter.unstructure(list(self.pages)),
            "articles": converter.unstructure(list(self.articles)),
            "metrics": converter.unstructure(list(self.metrics)),
            "initiatives": converter.unstructure(list(self.initiatives)),
            "skipped": [list(s) for s in self.skipped],
        }
        text = json.dumps(document, ensure_ascii=False, indent=1)
        # A file name that is not UTF-8 holds lone surrogates (os.fsdecode): they are
        # written as JSON escapes (\udcff), which `from_json` reads back as they were.
        Path(path).write_bytes(text.encode("utf-8", errors="backslashreplace"))

    @classmethod
    def from_json(cls, path: str | Path) -> Corpus:
        """Restore a corpus saved by `to_json`.

        Raises:
            FileNotFoundError: there is no such file.
            CorpusFileError: the file is not JSON, not a corpus, or of another
                schema version.
        """
        where = Path(path)
        try:
            document = json.loads(where.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            raise CorpusFileError(
                f"{where}: not JSON (line {err.lineno}, column {err.colno}: {err.msg})"
            ) from None
        except UnicodeDecodeError as err:
            raise CorpusFileError(f"{where}: not UTF-8 text (byte offset {err.start})") from None
        except RecursionError:
            raise CorpusFileError(f"{where}: nested deeper than any saved corpus") from None
        except ValueError as err:  # an integer of thousands of digits
            raise CorpusFileError(f"{where}: not a saved corpus: {err}") from None
        if not isinstance(document, dict) or "schema_version" not in document:
            raise CorpusFileError(f"{where}: not a saved corpus (no schema_version)")
        version = document["schema_version"]
        if version not in _READS or isinstance(version, bool):
            raise CorpusFileError(
                f"{where}: schema version {version!r}; "
                f"this fjreports reads versions {', '.join(map(str, _READS))}"
            )
        try:
            return cls(
                Query(converter.structure(document.get("pages", []), list[Page])),
                Query(converter.structure(document.get("articles", []), list[Article])),
                Query(converter.structure(document.get("metrics", []), list[Metric])),
                Query(converter.structure(document.get("initiatives", []), list[Initiative])),
                tuple(converter.structure(document.get("skipped", []), list[tuple[str, str]])),
            )
        except RecursionError:
            raise CorpusFileError(f"{where}: nested deeper than any saved corpus") from None
        except Exception as err:  # cattrs gathers every field's error in one group
            raise CorpusFileError(f"{where}: a record does not fit its model: {err}") from None
