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
convert them with `decimal.Decimal`, never with `float`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .corpus import PageResult, _files, _record, read_file
from .errors import FjreportsError
from .extract import Metric

__all__ = ["METRIC_COLUMNS", "metric_row", "metrics_bag", "metrics_frame", "pages_bag"]

METRIC_COLUMNS = (
    "id",
    "page",
    "article",
    "text",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "kind",
    "subject",
    "region_code",
    "region_name",
    "period",
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


def pages_bag(paths: str | Path | Iterable[str | Path], *, partition_size: int = 8) -> Any:
    """A bag of `(page, articles, metrics, initiatives)`, one item a page.

    Args:
        paths: a folder of `.txt` pages, one page file, or a list of them.
        partition_size: pages per partition (a task reads one partition).

    Raises:
        FileNotFoundError: a path does not exist (checked before any work).
        FjreportsError: dask is not installed, or `partition_size` is below 1.

    A page that cannot be read raises `PageReadError`, naming the file, when
    the bag is computed.
    """
    bag = _bag_module()
    if (
        isinstance(partition_size, bool)
        or not isinstance(partition_size, int)
        or partition_size < 1
    ):
        raise FjreportsError(f"partition_size= takes 1 or more, not {partition_size!r}")
    files = [str(f) for f in _files(paths)]
    return bag.from_sequence(files, partition_size=partition_size).map(read_file)


def _metrics_of(result: PageResult) -> list[Metric]:
    return result[2]


def metrics_bag(paths: str | Path | Iterable[str | Path], *, partition_size: int = 8) -> Any:
    """A bag of [`Metric`][fjreports.extract.Metric], in the order `load` gives them."""
    return pages_bag(paths, partition_size=partition_size).map(_metrics_of).flatten()


def metric_row(metric: Metric) -> dict[str, str | None]:
    """A metric as one flat row of `METRIC_COLUMNS` (figures as exact strings).

    It is the record of `Query.to_records`, with the region and the span
    spread into columns.
    """
    record = _record(metric)
    region = record.pop("region") or {}
    start, end = record.pop("span")
    record.update(
        region_code=region.get("code"), region_name=region.get("name"), start=start, end=end
    )
    return {name: _text(record.get(name)) for name in METRIC_COLUMNS}


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def metrics_frame(paths: str | Path | Iterable[str | Path], *, partition_size: int = 8) -> Any:
    """A dask DataFrame of metrics, one row a metric, columns `METRIC_COLUMNS`.

    Raises:
        FjreportsError: dask's dataframe part (pandas, pyarrow) is not installed.
    """
    rows = metrics_bag(paths, partition_size=partition_size).map(metric_row)
    try:
        import pandas as pd  # type: ignore[import-untyped]
    except ImportError as err:  # pragma: no cover - dask[dataframe] brings pandas
        raise FjreportsError("metrics_frame needs pandas: pip install 'fjreports[dask]'") from err
    meta = pd.DataFrame({name: pd.Series([], dtype=object) for name in METRIC_COLUMNS})
    try:
        return rows.to_dataframe(meta=meta)
    except ImportError as err:
        raise FjreportsError(
            f"metrics_frame needs dask's dataframe part: pip install 'fjreports[dask]' ({err})"
        ) from err
