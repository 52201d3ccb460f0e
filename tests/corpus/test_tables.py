"""Typed tables: exact figures, regions in columns, years as integers, dates as dates."""

import datetime
from decimal import Decimal
from pathlib import Path

import pytest

import fjreports
from fjreports.corpus.tables import row_of


@pytest.fixture(scope="module")
def corpus() -> fjreports.Corpus:
    return fjreports.load()


def test_pandas_columns_are_typed_and_sums_exact(corpus: fjreports.Corpus) -> None:
    frame = corpus.metrics.to_pandas()
    assert all(isinstance(v, Decimal) for v in frame["value"].dropna())
    assert str(frame["year"].dtype) == "Int64"
    assert str(frame["region_name"].dtype) == "string"
    exact = frame[frame["kind"] == "money"]
    assert exact["value"].dropna().sum() == sum(
        (m.quantity.value for m in corpus.metrics.where(kind="money") if m.quantity.value),
        Decimal(0),
    )
    groups = frame.groupby("region_code")["value"].count()  # hashable: no dicts in cells
    assert groups.sum() == frame["value"].notna()[frame["region_code"].notna()].sum()


def test_arrow_and_parquet_keep_every_digit(corpus: fjreports.Corpus, tmp_path: Path) -> None:
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    table = corpus.metrics.to_arrow()
    assert table.num_rows == len(corpus.metrics)
    values = [v for v in table.column("value").to_pylist() if v is not None]
    assert values == [m.quantity.value for m in corpus.metrics if m.quantity.value is not None]
    corpus.metrics.to_parquet(tmp_path / "m.parquet")
    back = pyarrow_parquet.read_table(tmp_path / "m.parquet")
    assert back.column("value").to_pylist() == table.column("value").to_pylist()
    assert back.schema.field("period_start").type == table.schema.field("period_start").type


def test_a_dated_page_gives_date_columns(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text(
        "集美：项目建设\n2023-10-20 09:00:00\n今年以来，集美区新开工项目12个。", encoding="utf-8"
    )
    corpus = fjreports.load(tmp_path)
    row = row_of(corpus.metrics[0])
    assert (row["period_start"], row["period_end"], row["year"]) == (
        datetime.date(2023, 1, 1),
        datetime.date(2023, 10, 20),
        2023,
    )
    assert (row["region_code"], row["region_name"], row["region_level"]) == (
        "350211",
        "集美区",
        "county",
    )
    frame = corpus.metrics.to_pandas()
    assert str(frame["period_start"][0].date()) == "2023-01-01"


def test_every_record_kind_has_a_row(corpus: fjreports.Corpus) -> None:
    assert row_of(corpus.articles[0])["region_code"] is not None
    assert row_of(corpus.initiatives[0])["name"]
    assert row_of(corpus.pages[0])["encoding"] == "utf-8"
    with pytest.raises(fjreports.FjreportsError, match="no table row"):
        row_of(3)
