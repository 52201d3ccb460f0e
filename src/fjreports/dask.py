"""Run the pipeline on Dask, for archives of many pages (extra `fjreports[dask]`).

Every page is read and extracted by the same pure function that `load` runs,
[`read_one`][fjreports.corpus.read_one], so a bag or dataframe built here holds
exactly what `load` would give, in the same order:

```python
import fjreports.dask

metrics = fjreports.dask.metrics_bag(paths)  # a dask Bag of Metric
frame = fjreports.dask.metrics_frame(paths)  # a dask DataFrame, one row a metric
frame[frame.kind == "money"].groupby("region_code").size().compute()
```

Figures travel as exact decimal strings (column `value`, `low`, `high`);
convert them with `decimal.Decimal`, never with `float`. Every partition marks
a missing value the same way: `pd.NA` in dask's default string columns, `None`
when dask's `dataframe.convert-string` option is off.

A page that cannot be read raises `PageReadError` (naming the file) when the
bag is computed; with `errors="skip"` it is left out with a warning, and
[`skipped_bag`][fjreports.dask.skipped_bag] lists what was left out and why.
"""

from __future__ import annotations

import datetime
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .corpus import (
    Errors,
    PageResult,
    page_files,
    read_file,
    read_one,
    read_or_skip,
)
from .corpus.tables import row_of
from .errors import FjreportsError
from .facts import Metric

__all__ = [
    "METRIC_COLUMNS",
    "metric_row",
    "metrics_bag",
    "metrics_frame",
    "pages_bag",
    "skipped_bag",
]

METRIC_COLUMNS = (
    "id",
    "page",
    "article",
    "text",
    "value",
    "low",
    "high",
    "unit",
    "standard_unit",
    "qualifier",
    "kind",
    "subject",
    "region_code",
    "region_name",
    "region_level",
    "region_basis",
    "period",
    "period_start",
    "period_end",
    "year",
    "role",
    "change",
    "start",
    "end",
    "sentence",
)
"""The columns of `metrics_frame`, in order; every value is a string or missing."""


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError as err:
        raise FjreportsError("fjreports.dask needs dask: pip install 'fjreports[dask]'") from err
    return dask.bag


def _file_bag(paths: str | Path | Iterable[str | Path], partition_size: int) -> Any:
    bag = _bag_module()
    if (
        isinstance(partition_size, bool)
        or not isinstance(partition_size, int)
        or partition_size < 1
    ):
        raise FjreportsError(f"partition_size= takes 1 or more, not {partition_size!r}")
    files = [str(f) for f in page_files(paths)]
    return bag.from_sequence(files, partition_size=partition_size)


def pages_bag(
    paths: str | Path | Iterable[str | Path], *, partition_size: int = 8, errors: str = "raise"
) -> Any:
    """A bag of `(page, articles, metrics, initiatives)`, one item a page.

    Args:
        paths: a folder of `.txt` pages, one page file, or a list of them.
        partition_size: pages per partition (a task reads one partition).
        errors: `"raise"`: a page that cannot be read raises `PageReadError`,
            naming the file, when the bag is computed. `"skip"`: it is left
            out with a warning (see `skipped_bag`).

    Raises:
        FileNotFoundError: a path does not exist (checked before any work).
        FjreportsError: dask is not installed, or `partition_size` is below 1,
            or `errors` is neither `"raise"` nor `"skip"`.
    """
    policy = Errors.of(errors)
    files = _file_bag(paths, partition_size)
    if policy is Errors.RAISE:
        return files.map(read_file)
    return files.map(_read_or_skip).flatten()


def _read_or_skip(path: str) -> list[PageResult]:
    page = read_or_skip(Path(path), Errors.SKIP)
    if isinstance(page, str):
        warnings.warn(f"page skipped: {page}", UserWarning, stacklevel=2)
        return []
    return [read_one(page)]


def skipped_bag(paths: str | Path | Iterable[str | Path], *, partition_size: int = 8) -> Any:
    """A bag of `(file name, reason)` for each page that cannot be read.

    These are the pages that `errors="skip"` leaves out, named as
    `Corpus.skipped` names them. Only the files are read, nothing is extracted.
    """
    return _file_bag(paths, partition_size).map(_unreadable).flatten()


def _unreadable(path: str) -> list[tuple[str, str]]:
    page = read_or_skip(Path(path), Errors.SKIP)
    return [(Path(path).name, page)] if isinstance(page, str) else []


def _metrics_of(result: PageResult) -> list[Metric]:
    return result[2]


def metrics_bag(
    paths: str | Path | Iterable[str | Path], *, partition_size: int = 8, errors: str = "raise"
) -> Any:
    """A bag of [`Metric`][fjreports.facts.Metric], in the order `load` gives them.

    The arguments are those of [`pages_bag`][fjreports.dask.pages_bag].
    """
    pages = pages_bag(paths, partition_size=partition_size, errors=errors)
    return pages.map(_metrics_of).flatten()


def metric_row(metric: Metric) -> dict[str, str | None]:
    """A metric as one flat row of `METRIC_COLUMNS` (figures as exact strings).

    It is the row of `fjreports.corpus.tables.row_of`, every value written as a
    string (dates in ISO form).
    """
    row = row_of(metric)
    return {name: _text(row.get(name)) for name in METRIC_COLUMNS}


def _text(value: object) -> str | None:
    if isinstance(value, datetime.date):
        return value.isoformat()
    return None if value is None else str(value)


def metrics_frame(
    paths: str | Path | Iterable[str | Path], *, partition_size: int = 8, errors: str = "raise"
) -> Any:
    """A dask DataFrame of metrics, one row a metric, columns `METRIC_COLUMNS`.

    Every column holds strings. Dask makes them pandas string columns, with
    `pd.NA` where a value is missing; with dask's `dataframe.convert-string`
    option off they are `object` columns with `None`. Either way every
    partition is alike. The arguments are those of
    [`pages_bag`][fjreports.dask.pages_bag].

    Raises:
        FjreportsError: dask's dataframe part (pandas, pyarrow) is not installed.
    """
    rows = metrics_bag(paths, partition_size=partition_size, errors=errors).map(metric_row)
    try:
        import dask.dataframe as dd
        from dask.delayed import delayed
    except ImportError as err:
        raise FjreportsError(
            f"metrics_frame needs dask's dataframe part: pip install 'fjreports[dask]' ({err})"
        ) from err
    parts = [delayed(_frame)(part) for part in rows.to_delayed()]
    return dd.from_delayed(parts, meta=_frame([]), verify_meta=False)


def _frame(rows: list[dict[str, str | None]]) -> Any:
    """One partition's rows as a pandas DataFrame of `object` columns.

    Built column by column with dtype `object`, so a missing value stays `None`
    (pandas would make it NaN in a column that also holds strings, and `None`
    in one that does not, so that partitions would differ).
    """
    import pandas as pd  # type: ignore[import-untyped]

    return pd.DataFrame(
        {name: pd.Series([row[name] for row in rows], dtype=object) for name in METRIC_COLUMNS}
    )
