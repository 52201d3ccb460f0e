"""The pipeline: pages read, segmented and mined, one at a time, in processes, or streamed.

`read_one` is the pure step: a page in, its articles, metrics and initiatives
out. `load` runs it over the bundled pages or the user's, `iter_pages`
streams it page by page, and `load(workers=N)` spreads it over processes.
"""

from __future__ import annotations

import contextlib
import enum
import gc
import multiprocessing
import os
import signal
import warnings
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import NamedTuple

from attrs import evolve

from ..articles import Article, segment
from ..errors import FjreportsError, PageReadError
from ..facts import Initiative, Metric, extract
from ..layout import Page, read_page
from ..places import segmenter
from .bundled import seed_pages
from .corpus import Corpus
from .query import Query

__all__ = [
    "PAGE_SUFFIXES",
    "Errors",
    "PageResult",
    "iter_pages",
    "load",
    "page_files",
    "read_file",
    "read_one",
    "read_or_skip",
]


class Errors(enum.Enum):
    """What loading does with a page that cannot be read (`errors=`)."""

    RAISE = "raise"  # the error stops the run
    SKIP = "skip"  # the page is left out, named in a warning and in `Corpus.skipped`

    @classmethod
    def of(cls, value: Errors | str) -> Errors:
        """The policy `value` names.

        Raises:
            FjreportsError: `value` is neither `"raise"` nor `"skip"`.
        """
        if isinstance(value, Errors):
            return value
        try:
            return cls(value)
        except ValueError:
            raise FjreportsError(f"errors= takes 'raise' or 'skip', not {value!r}") from None


class PageResult(NamedTuple):
    """What one page gives: the page, its articles, metrics and initiatives."""

    page: Page
    articles: list[Article]
    metrics: list[Metric]
    initiatives: list[Initiative]


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
    return PageResult(page, articles, metrics, initiatives)


def read_file(path: str | Path) -> PageResult:
    """`read_one` of the page in a file (see `read_page` for what may be raised)."""
    return read_one(read_page(path))


#: The suffixes of page files, in any case: text, HTML and PDF.
PAGE_SUFFIXES = (".txt", ".html", ".htm", ".pdf")


def page_files(
    path: str | Path | Iterable[str | Path], *, suffixes: Iterable[str] = PAGE_SUFFIXES
) -> list[Path]:
    """The page files of a folder and the folders in it (every file whose suffix is one of
    `suffixes`, in any case, by path), a file, or a list of files.

    Raises:
        FileNotFoundError: a path does not exist, or is empty.
        PageReadError: a folder cannot be listed (no permission).
        TypeError: `path` is not a path or a list of paths.
    """
    wanted = tuple(s.lower() for s in suffixes)
    if isinstance(path, str | Path):
        if str(path) == "":
            raise FileNotFoundError("no such file or folder: the path is empty")
        where = Path(path)
        if not where.exists() and not where.is_symlink():
            raise FileNotFoundError(f"no such file or folder: {where}")
        if not where.is_dir():
            return [where]
        return sorted(_walk(where, wanted))
    if isinstance(path, bytes) or not isinstance(path, Iterable):
        raise TypeError(
            f"path must be a folder, a file or a list of files, not {type(path).__name__}"
        )
    files = []
    for item in path:
        if not isinstance(item, str | Path):
            raise TypeError(f"path: a page file must be a str or Path, not {type(item).__name__}")
        if str(item) == "":
            raise FileNotFoundError("no such page file: the path is empty")
        files.append(Path(item))
    for file in files:
        if not file.exists() and not file.is_symlink():
            raise FileNotFoundError(f"no such page file: {file}")
    return files


def _walk(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """The files of `folder` and its subfolders (not through links to folders, which may
    loop) whose suffix is one of `suffixes`."""
    found: list[Path] = []
    pending = [folder]
    while pending:
        here = pending.pop()
        try:
            with os.scandir(here) as entries:
                listed = list(entries)
        except OSError as err:
            raise PageReadError(
                f"{here}: the folder cannot be listed: {err.strerror or err}", str(here), 0
            ) from None
        for entry in listed:
            if entry.is_dir(follow_symlinks=False):
                pending.append(here / entry.name)
            elif entry.name.lower().endswith(suffixes):
                found.append(here / entry.name)
    return found


def _named(page: Page, file: Path, root: Path | None) -> Page:
    """A page of a folder's tree is named by its path in the folder (2023/05/a.txt), so
    two pages of one name in two folders stay two."""
    if root is None or file.parent == root:
        return page
    try:
        name = file.relative_to(root).as_posix()
    except ValueError:
        return page
    return evolve(page, name=name)


def _root(path: str | Path | Iterable[str | Path]) -> Path | None:
    """The folder page names are relative to, where `path` is one."""
    if isinstance(path, str | Path) and Path(path).is_dir():
        return Path(path)
    return None


def _files_or_skip(
    path: str | Path | Iterable[str | Path], policy: Errors, suffixes: Iterable[str]
) -> tuple[list[Path], list[tuple[str, str]]]:
    """`page_files(path)`, or (with `Errors.SKIP`) no files and the folder named as skipped."""
    try:
        return page_files(path, suffixes=suffixes), []
    except PageReadError as err:
        if policy is Errors.RAISE:
            raise
        return [], [(str(path), str(err))]


def read_or_skip(file: Path, errors: Errors) -> Page | str:
    """The page in `file`, or (with `Errors.SKIP`) the reason it cannot be read."""
    try:
        return read_page(file)
    except FjreportsError as err:
        if errors is Errors.RAISE:
            raise
        return str(err)


def iter_pages(
    path: str | Path | Iterable[str | Path],
    *,
    errors: Errors | str = "raise",
    suffixes: Iterable[str] = PAGE_SUFFIXES,
) -> Iterator[PageResult]:
    """Read pages one at a time, for archives too large to hold at once.

    Yields a `PageResult` (page, articles, metrics, initiatives) for each page
    of a folder and its subfolders, a file, or a list of files; only one page
    is held at a time. `suffixes` are those of `load`.

    Raises:
        FileNotFoundError: a path does not exist.
        PageReadError: a page cannot be read (`errors="raise"`); with
            `errors="skip"` it is left out with a warning.
    """
    policy = Errors.of(errors)
    files, skipped = _files_or_skip(path, policy, suffixes)
    for _, reason in skipped:
        warnings.warn(f"folder skipped: {reason}", UserWarning, stacklevel=2)
    root = _root(path)
    for file in files:
        page = read_or_skip(file, policy)
        if isinstance(page, str):
            warnings.warn(f"page skipped: {page}", UserWarning, stacklevel=2)
            continue
        yield read_one(_named(page, file, root))


def load(
    path: str | Path | Iterable[str | Path] | None = None,
    *,
    errors: Errors | str = "raise",
    progress: Callable[[int, int], None] | None = None,
    workers: int = 1,
    suffixes: Iterable[str] = PAGE_SUFFIXES,
) -> Corpus:
    """Load pages and find their articles, metrics and initiatives.

    Args:
        path: `None` for the bundled pages; a folder (every page file in it and
            in its subfolders, by path; a page in a subfolder is named by its
            path in the folder, `2023/05/page.txt`); one page file; or a list
            of page files.
        errors: `"raise"` (a page that cannot be read raises) or `"skip"`
            (it is left out, named in `Corpus.skipped` and in a warning).
        progress: called as `progress(done, total)` after each page.
        workers: read pages in this many processes (the result is the same as
            with one).
        suffixes: the suffixes of page files in a folder, in any case (default
            `.txt`, `.html`, `.htm` and `.pdf`; HTML and PDF need the `html`
            and `pdf` extras).

    Raises:
        FileNotFoundError: `path` does not exist or is empty (the message names it).
        PageReadError: a page is not text in a known encoding, is not a
            regular file, is larger than the limit, or a folder cannot be
            listed (`errors="raise"`; with `"skip"` it is named in `skipped`).
        TypeError: `path` is not a path or a list of paths.
        FjreportsError: `errors` or `workers` is not one of the values above.
    """
    policy = Errors.of(errors)
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise FjreportsError(f"workers= takes a whole number, 1 or more, not {workers!r}")
    skipped: list[tuple[str, str]] = []
    if path is None:
        pages = [Page(p.name, p.read_text(encoding="utf-8-sig"), "utf-8") for p in seed_pages()]
    else:
        pages = []
        files, skipped = _files_or_skip(path, policy, suffixes)
        root = _root(path)
        for file in files:
            page = read_or_skip(file, policy)
            if isinstance(page, str):
                skipped.append((_named(Page(file.name, ""), file, root).name, page))
            else:
                pages.append(_named(page, file, root))
        # One warning a page, with its reason (which names the file): one line each on the
        # command line.
        for _, reason in skipped:
            warnings.warn(f"page skipped: {reason}", UserWarning, stacklevel=2)
    results: list[PageResult] = []
    if workers > 1 and len(pages) > 1:
        results = _in_processes(pages, workers, progress)
    else:
        for done, page in enumerate(pages, start=1):
            results.append(read_one(page))
            if progress is not None:
                progress(done, len(pages))
    return _assemble(results, tuple(skipped))


def _in_processes(
    pages: list[Page], workers: int, progress: Callable[[int, int], None] | None
) -> list[PageResult]:
    """`read_one` of each page in `workers` processes.

    A worker sends back what it found without the page (the parent has it); the
    models pickle as tuples of their fields, and regions by code. Chunks hold
    about four per worker's share of the pages, so each worker gets several and
    none waits long at the end.
    """
    chunk = max(1, len(pages) // (workers * 4))
    if multiprocessing.get_start_method() == "fork":
        # Forked workers inherit what is loaded here: the gazetteer, word lists and caches
        # are then built once, not once in each worker.
        read_one(pages[0])
        segmenter()
    found: list[PageResult] = []
    with _fewer_collections(), _frozen_heap():
        pool = ProcessPoolExecutor(
            max_workers=min(workers, os.cpu_count() or workers), initializer=_worker_start
        )
        try:
            for done, (page, result) in enumerate(
                zip(pages, pool.map(_found_on, pages, chunksize=chunk), strict=True), start=1
            ):
                articles, metrics, initiatives = result
                found.append(PageResult(page, articles, metrics, initiatives))
                if progress is not None:
                    progress(done, len(pages))
        except BaseException:
            # Ctrl-C or an error: the pages not yet started are dropped at once.
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()
        return found


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Results arriving from the workers are many small objects with no cycles among them:
    the collector's youngest generation is run a hundredth as often meanwhile, where it
    would otherwise walk them again and again (half the cost of unpickling them). Forked
    workers start with the same setting, for the same kind of objects."""
    before = gc.get_threshold()
    gc.set_threshold(before[0] * 100, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


@contextlib.contextmanager
def _frozen_heap() -> Iterator[None]:
    """What is loaded before the workers start (the gazetteer, word lists, patterns) is
    left out of garbage collection meanwhile: a forked worker's collections then never
    walk it, nor copy the memory pages it lies in from its parent."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _worker_start() -> None:
    """Workers leave Ctrl-C to the parent, which stops the run with one message."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _found_on(page: Page) -> tuple[list[Article], list[Metric], list[Initiative]]:
    """What a worker sends back: the page's results without the page, which the parent has.
    (An article's text travels with it: cutting it from the page again in the parent costs
    more than pickling it.)"""
    _, articles, metrics, initiatives = read_one(page)
    return articles, metrics, initiatives


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
