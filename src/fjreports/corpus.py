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

import enum
import json
import warnings
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from fractions import Fraction
from pathlib import Path
from typing import Any, Generic, SupportsIndex, TypeVar, overload

from attrs import evolve, field, frozen

from . import __name__ as _package
from . import regions as _regions
from ._bundled import seed_pages
from .errors import FjreportsError, UnitError
from .extract import Initiative, Metric, extract
from .numerals import fraction_to_decimal
from .pages import Page, read_page
from .quantities import Quantity, parse_quantity
from .regions import Region
from .segment import Article, segment
from .serialize import CorpusFileError, converter
from .units import resolve_unit

__all__ = [
    "SCHEMA_VERSION",
    "Corpus",
    "InexactSumWarning",
    "Query",
    "iter_articles",
    "load",
    "read_file",
    "read_one",
]

#: The version of the JSON layout `Corpus.to_json` writes.
SCHEMA_VERSION = 1

T = TypeVar("T")


class InexactSumWarning(UserWarning):
    """A sum of figures some of which are approximate (约, 余, 近 ...)."""


class Query(tuple[T, ...], Generic[T]):
    """An immutable sequence of records with queries.

    Examples:
        >>> q = Query([3, 1, 2])
        >>> len(q), q[0], list(q.sort_by(lambda x: x))
        (3, 3, [1, 2, 3])
    """

    def where(self, **filters: Any) -> Query[T]:
        """The records that pass every filter.

        A filter names a field: enums compare by value (`kind="money"`,
        `qualifier="about"`), `region` with the hierarchy (`region="厦门市"`
        keeps 集美区 too), text fields (`title`, `text`, `subject`, `sentence`,
        `period`, `name`) by substring, anything else by equality (`unit="亩"`,
        `page=...`, `year=2023`). `min` and `max` take a quantity in any unit of
        the figures' dimension (`min="1亿元"` keeps 20000万元).

        Raises:
            AttributeError: the records have no such field.
            UnitError: `min` or `max` is not a quantity with a unit.
        """
        kept: list[T] = list(self)
        for name, wanted in filters.items():
            if name in ("min", "max"):
                kept = [r for r in kept if _within(r, wanted, name)]
            else:
                kept = [r for r in kept if _passes(r, name, wanted)]
        return Query(kept)

    def sort_by(self, key: str | Callable[[T], Any], *, reverse: bool = False) -> Query[T]:
        """The records sorted by a field name (records without it last) or a function."""
        if callable(key):
            return Query(sorted(self, key=key, reverse=reverse))
        present = [r for r in self if _field(r, key) is not None]
        absent = [r for r in self if _field(r, key) is None]
        present.sort(key=lambda r: _sortable(_field(r, key)), reverse=reverse)
        return Query(present + absent)

    def group_by(self, key: str | Callable[[T], Any]) -> dict[Any, Query[T]]:
        """The records grouped by a field name (`"region"`, `"kind"`, `"page"`) or a function."""
        groups: dict[Any, list[T]] = {}
        for record in self:
            value = key(record) if callable(key) else _field(record, key)
            groups.setdefault(value, []).append(record)
        return {value: Query(members) for value, members in groups.items()}

    def sum(self, unit: str | None = None, *, strict: bool = False) -> Quantity:
        """The total of the records' quantities, in `unit` (default: the first one's).

        All quantities must measure one dimension (`元` and `亿元` add up, `元`
        and `亩` do not). Approximate figures (约, 余, 近 ...) make the total
        approximate: a warning says so, or with `strict=True` an error.

        Raises:
            UnitError: no quantities, a range, a bare number, or mixed dimensions.
            InexactConversionError: the total has no finite decimal form in `unit`.
        """
        quantities = [q for q in (_quantity(r) for r in self) if q is not None]
        if not quantities:
            raise UnitError("there is nothing to sum", unit or "")
        target = unit or quantities[0].unit
        if target is None:
            raise UnitError("bare numbers have no unit to sum in", "")
        total = Fraction(0)
        hedged = 0
        for q in quantities:
            if q.value is None or q.unit is None:
                raise UnitError(f"cannot add {q.text or q!r}: a range or a bare number", target)
            source = resolve_unit(q.unit)
            goal = resolve_unit(target)
            if source.dimension != goal.dimension:
                raise UnitError(
                    f"cannot add {q.unit!r} to {target!r}: different dimensions", q.unit, target
                )
            total += Fraction(q.value) * source.factor / goal.factor
            hedged += q.qualifier is not None
        if hedged:
            message = f"{hedged} of the {len(quantities)} figures are approximate; so is the sum"
            if strict:
                raise FjreportsError(message)
            warnings.warn(message, InexactSumWarning, stacklevel=2)
        value = fraction_to_decimal(total)
        if value is None:
            raise UnitError(f"the sum in {target!r} has no finite decimal form", target)
        kind = quantities[0].kind
        return Quantity(value=value, unit=target, kind=kind, text=f"{value}{target}")

    def to_records(self) -> list[dict[str, Any]]:
        """Plain dicts, one a record: figures as strings, regions as `{code, name}`.

        A metric's quantity is spread into `value`, `low`, `high`, `unit`,
        `qualifier` and `kind`.
        """
        return [_record(r) for r in self]

    def to_pandas(self) -> Any:
        """A pandas `DataFrame` of `to_records()`; needs the `pandas` extra.

        Raises:
            FjreportsError: pandas is not installed.
        """
        try:
            import pandas as pd  # type: ignore[import-untyped]
        except ImportError as err:
            raise FjreportsError("to_pandas needs pandas: pip install 'fjreports[pandas]'") from err
        return pd.DataFrame(self.to_records())

    def __repr__(self) -> str:
        if not self:
            return "Query([])"
        shown = ", ".join(_label(r) for r in self[:3])
        more = f", … {len(self) - 3} more" if len(self) > 3 else ""
        return f"Query({len(self)}: {shown}{more})"

    @overload
    def __getitem__(self, index: SupportsIndex) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Query[T]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> T | Query[T]:
        if isinstance(index, slice):
            return Query(tuple.__getitem__(self, index))
        return tuple.__getitem__(self, index)


def _field(record: object, name: str) -> Any:
    if not hasattr(record, name):
        raise AttributeError(f"{type(record).__name__} records have no field {name!r}")
    return getattr(record, name)


def _sortable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Region):
        return value.code or value.name
    if isinstance(value, Quantity):
        return value.value if value.value is not None else value.low
    return value


_TEXT_FIELDS = frozenset(["title", "text", "subtitle", "subject", "sentence", "period", "name"])


def _passes(record: object, name: str, wanted: Any) -> bool:
    value = _field(record, name)
    if name == "region":
        if value is None or wanted is None:
            return value is None and wanted is None
        return _regions.get(wanted).contains(value)
    if isinstance(value, enum.Enum):
        return value is wanted or value.value == wanted
    if name in _TEXT_FIELDS and isinstance(wanted, str):
        return isinstance(value, str) and wanted in value
    equal: bool = value == wanted
    return equal


def _quantity(record: object) -> Quantity | None:
    if isinstance(record, Quantity):
        return record
    found = getattr(record, "quantity", None)
    return found if isinstance(found, Quantity) else None


def _within(record: object, bound: Quantity | str, which: str) -> bool:
    limit = parse_quantity(bound) if isinstance(bound, str) else bound
    if limit.value is None or limit.unit is None:
        raise UnitError(f"{which}= takes one quantity with a unit, such as '1亿元'", str(bound))
    q = _quantity(record)
    if q is None or q.unit is None:
        return False
    here, there = resolve_unit(q.unit), resolve_unit(limit.unit)
    if here.dimension != there.dimension:
        return False
    edge = q.low if q.value is None else q.value
    if which == "max" and q.value is None:
        edge = q.high
    assert edge is not None
    mine = Fraction(edge) * here.factor
    theirs = Fraction(limit.value) * there.factor
    return mine >= theirs if which == "min" else mine <= theirs


def _record(record: object) -> dict[str, Any]:
    data = converter.unstructure(record)
    if not isinstance(data, dict):
        return {"value": data}
    quantity = data.pop("quantity", None)
    if isinstance(quantity, dict):
        for key in ("value", "low", "high", "unit", "qualifier", "kind"):
            data[key] = quantity.get(key)
        data["text"] = quantity.get("text")
    for key in ("spans",):
        data.pop(key, None)
    return data


def _label(record: object) -> str:
    if isinstance(record, Article):
        return record.title or record.text[:12] or record.id
    if isinstance(record, Metric):
        where = record.region.name if record.region else "?"
        return f"{where} {record.subject or ''} {' '.join(record.quantity.text.split())}".strip()
    if isinstance(record, Initiative):
        return record.name
    if isinstance(record, Page):
        return record.name
    if isinstance(record, Region):
        return record.name
    return repr(record)


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
            "producer": _package,
            "pages": converter.unstructure(list(self.pages)),
            "articles": converter.unstructure(list(self.articles)),
            "metrics": converter.unstructure(list(self.metrics)),
            "initiatives": converter.unstructure(list(self.initiatives)),
            "skipped": [list(s) for s in self.skipped],
        }
        Path(path).write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")

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
        if not isinstance(document, dict) or "schema_version" not in document:
            raise CorpusFileError(f"{where}: not a saved corpus (no schema_version)")
        version = document["schema_version"]
        if version != SCHEMA_VERSION:
            raise CorpusFileError(
                f"{where}: schema version {version!r}; "
                f"this fjreports reads version {SCHEMA_VERSION}"
            )
        try:
            return cls(
                Query(converter.structure(document.get("pages", []), list[Page])),
                Query(converter.structure(document.get("articles", []), list[Article])),
                Query(converter.structure(document.get("metrics", []), list[Metric])),
                Query(converter.structure(document.get("initiatives", []), list[Initiative])),
                tuple((str(a), str(b)) for a, b in document.get("skipped", [])),
            )
        except Exception as err:  # cattrs gathers every field's error in one group
            raise CorpusFileError(f"{where}: a record does not fit its model: {err}") from None


PageResult = tuple[Page, list[Article], list[Metric], list[Initiative]]


def read_one(page: Page) -> PageResult:
    """A page's articles, metrics and initiatives: the pure step every form of loading runs.

    It depends on nothing but the page, so it runs the same in a thread, a
    process, or a worker of a distributed engine (Dask, Spark).
    """
    articles: list[Article] = []
    metrics: list[Metric] = []
    initiatives: list[Initiative] = []
    for article in segment(page):
        found, named = extract(article, page.text)
        articles.append(
            evolve(
                article,
                metrics=tuple(m.id for m in found),
                initiatives=tuple(i.id for i in named),
            )
        )
        metrics += found
        initiatives += named
    return page, articles, metrics, initiatives


def read_file(path: str | Path) -> PageResult:
    """`read_one` of the page in a file (see `read_page` for what may be raised)."""
    return read_one(read_page(path))


def _files(path: str | Path | Iterable[str | Path]) -> list[Path]:
    if isinstance(path, str | Path):
        where = Path(path)
        if not where.exists():
            raise FileNotFoundError(f"no such file or folder: {where}")
        return sorted(where.glob("*.txt")) if where.is_dir() else [where]
    files = [Path(p) for p in path]
    for file in files:
        if not file.exists():
            raise FileNotFoundError(f"no such page file: {file}")
    return files


def iter_articles(
    path: str | Path | Iterable[str | Path], *, errors: str = "raise"
) -> Iterator[PageResult]:
    """Read pages one at a time, for archives too large to hold at once.

    Yields `(page, articles, metrics, initiatives)` for each page of a folder,
    a file, or a list of files; only one page is held at a time.

    Raises:
        FileNotFoundError: a path does not exist.
        PageReadError: a page cannot be read (`errors="raise"`); with
            `errors="skip"` it is left out with a warning.
    """
    _check_errors(errors)
    for file in _files(path):
        try:
            page = read_page(file)
        except FjreportsError as err:
            if errors == "raise":
                raise
            warnings.warn(f"page skipped: {err}", UserWarning, stacklevel=2)
            continue
        yield read_one(page)


def _check_errors(errors: str) -> None:
    if errors not in ("raise", "skip"):
        raise FjreportsError(f"errors= takes 'raise' or 'skip', not {errors!r}")


def load(
    path: str | Path | Iterable[str | Path] | None = None,
    *,
    errors: str = "raise",
    progress: Callable[[int, int], None] | None = None,
    workers: int = 1,
) -> Corpus:
    """Load pages and find their articles, metrics and initiatives.

    Args:
        path: `None` for the bundled pages; a folder (every `*.txt` inside,
            sorted by name); one page file; or a list of page files.
        errors: `"raise"` (a page that cannot be read raises) or `"skip"`
            (it is left out, named in `Corpus.skipped` and in a warning).
        progress: called as `progress(done, total)` after each page.
        workers: read pages in this many processes (the result is the same as
            with one).

    Raises:
        FileNotFoundError: `path` does not exist (the message names it).
        PageReadError: a page is not text in a known encoding (`errors="raise"`).
        FjreportsError: `errors` or `workers` is not one of the values above.
    """
    _check_errors(errors)
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise FjreportsError(f"workers= takes a whole number, 1 or more, not {workers!r}")
    skipped: list[tuple[str, str]] = []
    if path is None:
        pages = [Page(p.name, p.read_text(encoding="utf-8-sig"), "utf-8") for p in seed_pages()]
    else:
        pages = []
        for file in _files(path):
            try:
                pages.append(read_page(file))
            except FjreportsError as err:
                if errors == "raise":
                    raise
                skipped.append((file.name, str(err)))
        if skipped:
            names = ", ".join(name for name, _ in skipped)
            count = f"{len(skipped)} page{'' if len(skipped) == 1 else 's'}"
            warnings.warn(f"{count} skipped: {names}", UserWarning, stacklevel=2)
    results: list[PageResult] = []
    if workers > 1 and len(pages) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for done, result in enumerate(pool.map(read_one, pages, chunksize=4), start=1):
                results.append(result)
                if progress is not None:
                    progress(done, len(pages))
    else:
        for done, page in enumerate(pages, start=1):
            results.append(read_one(page))
            if progress is not None:
                progress(done, len(pages))
    return _assemble(results, tuple(skipped))


def _assemble(results: Iterable[PageResult], skipped: tuple[tuple[str, str], ...]) -> Corpus:
    pages: list[Page] = []
    articles: list[Article] = []
    metrics: list[Metric] = []
    initiatives: list[Initiative] = []
    for page, page_articles, page_metrics, page_initiatives in results:
        pages.append(page)
        articles += page_articles
        metrics += page_metrics
        initiatives += page_initiatives
    return Corpus(Query(pages), Query(articles), Query(metrics), Query(initiatives), skipped)
