"""Records as typed rows: one function builds the row a metric, article, initiative or
page gives, and pandas, Arrow, Parquet, dask and the command line's CSV use it.

Figures stay exact (`Decimal`, Arrow `decimal128`), years are whole numbers, dates are
dates, and a region is three columns (`region_code`, `region_name`, `region_level`)
that group and join.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from ..articles import Article
from ..errors import FjreportsError
from ..facts import Initiative, Metric
from ..layout import Page
from ..places import Region

__all__ = ["DATE_COLUMNS", "DECIMAL_COLUMNS", "INTEGER_COLUMNS", "row_of", "to_arrow", "to_pandas"]

#: Columns holding exact figures.
DECIMAL_COLUMNS = ("value", "low", "high")
#: Columns holding dates.
DATE_COLUMNS = ("period_start", "period_end", "date")
#: Columns holding whole numbers (years, offsets), missing where unknown.
INTEGER_COLUMNS = ("year", "start", "end")


def _region(region: Region | None) -> dict[str, str | None]:
    if region is None:
        return {"region_code": None, "region_name": None, "region_level": None}
    return {
        "region_code": region.code,
        "region_name": region.name,
        "region_level": region.level.value,
    }


def _value(item: Any) -> Any:
    return item.value if hasattr(item, "value") and not isinstance(item, Decimal) else item


def row_of(record: object) -> dict[str, Any]:
    """A record as one flat row of typed values (`Decimal`, `int`, `date`, `str`, `None`).

    Examples:
        >>> from fjreports import load
        >>> row = row_of(load().metrics.where(subject="村集体年收益")[0])
        >>> row["value"], row["unit"], row["region_name"], row["region_code"], row["period"]
        (Decimal('60000000'), '元', '集美区', '350211', '截至目前')
    """
    if isinstance(record, Metric):
        q, period = record.quantity, record.period
        return {
            "id": record.id,
            "page": record.page,
            "article": record.article,
            "text": " ".join(q.text.split()),  # line breaks inside a figure folded
            "value": q.value,
            "low": q.low,
            "high": q.high,
            "unit": q.unit,
            "standard_unit": q.standard_unit,
            "qualifier": _value(q.qualifier),
            "kind": q.kind.value,
            "subject": record.subject,
            **_region(record.region),
            "region_basis": _value(record.region_basis),
            "period": None if period is None else period.text,
            "period_start": None if period is None else period.start,
            "period_end": None if period is None else period.end,
            "year": record.year,
            "role": record.role.value,
            "change": _value(record.change),
            "start": record.span[0],
            "end": record.span[1],
            "sentence": record.sentence,
        }
    if isinstance(record, Article):
        return {
            "id": record.id,
            "page": record.page,
            "kind": record.kind.value,
            "title": record.title,
            "subtitle": record.subtitle,
            "authors": "、".join(record.authors),
            "contributor": record.contributor,
            "source": record.source,
            "date": record.date,
            **_region(record.region),
            "text": record.text,
        }
    if isinstance(record, Initiative):
        return {
            "id": record.id,
            "page": record.page,
            "article": record.article,
            "name": record.name,
            "kind": record.kind,
            **_region(record.region),
            "sentence": record.sentence,
            "metrics": " ".join(record.metric_ids),
        }
    if isinstance(record, Page):
        return {"name": record.name, "encoding": record.encoding, "text": record.text}
    raise FjreportsError(f"no table row for a {type(record).__name__}")


def to_pandas(records: list[Any]) -> Any:
    """A pandas `DataFrame` of `row_of` each record: figures as exact `Decimal` objects
    (their sums are exact), years as nullable integers, dates as datetimes."""
    try:
        import pandas as pd  # type: ignore[import-untyped]
    except ImportError as err:
        raise FjreportsError("to_pandas needs pandas: pip install 'fjreports[pandas]'") from err
    rows = [row_of(r) for r in records]
    frame = pd.DataFrame(rows)
    for column in frame.columns:
        if column in INTEGER_COLUMNS:
            frame[column] = frame[column].astype("Int64")
        elif column in DATE_COLUMNS:
            frame[column] = pd.to_datetime(frame[column])
        elif column not in DECIMAL_COLUMNS:
            frame[column] = frame[column].astype("string")
    return frame


def to_arrow(records: list[Any]) -> Any:
    """An Arrow table of `row_of` each record: figures as exact decimals."""
    try:
        import pyarrow as pa  # type: ignore[import-untyped]
    except ImportError as err:
        raise FjreportsError("to_arrow needs pyarrow: pip install 'fjreports[arrow]'") from err
    rows = [row_of(r) for r in records]
    names = list(rows[0]) if rows else []
    columns = {}
    for name in names:
        values = [row[name] for row in rows]
        if name in DECIMAL_COLUMNS:
            columns[name] = pa.array(values, type=_decimal_type(pa, values))
        elif name in DATE_COLUMNS:
            columns[name] = pa.array(
                [v if isinstance(v, datetime.date) else None for v in values], type=pa.date32()
            )
        elif name in INTEGER_COLUMNS:
            columns[name] = pa.array(values, type=pa.int64())
        else:
            columns[name] = pa.array(values, type=pa.string())
    return pa.table(columns)


def _decimal_type(pa: Any, values: list[Decimal | None]) -> Any:
    """The narrowest decimal type that holds every value exactly."""
    scale = whole = 0
    for value in values:
        if value is None:
            continue
        _, digits, exponent = value.as_tuple()
        assert isinstance(exponent, int)
        scale = max(scale, -exponent)
        whole = max(whole, len(digits) + exponent)
    precision = max(whole, 1) + scale
    if precision <= 38:
        return pa.decimal128(max(precision, 1), scale)
    if precision <= 76:
        return pa.decimal256(precision, scale)
    raise FjreportsError(f"figures of {precision} digits have no exact Arrow decimal type")
