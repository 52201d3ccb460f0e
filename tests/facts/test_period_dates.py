"""A period's dates, resolved against the page's date, on sentences written for these tests."""

import datetime

import pytest

import fjreports
from fjreports.facts import Granularity, Period, resolve_period

ON = datetime.date(2023, 10, 20)
D = datetime.date


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity"),
    [
        ("2022年", D(2022, 1, 1), D(2022, 12, 31), Granularity.YEAR),
        ("今年", D(2023, 1, 1), D(2023, 12, 31), Granularity.YEAR),
        ("去年", D(2022, 1, 1), D(2022, 12, 31), Granularity.YEAR),
        ("二〇二一年", D(2021, 1, 1), D(2021, 12, 31), Granularity.YEAR),
        ("今年1—9月", D(2023, 1, 1), D(2023, 9, 30), Granularity.SPAN),
        ("2024年2月", D(2024, 2, 1), D(2024, 2, 29), Granularity.MONTH),
        ("6月15日", D(2023, 6, 15), D(2023, 6, 15), Granularity.DAY),
        ("上半年", D(2023, 1, 1), D(2023, 6, 30), Granularity.HALF),
        ("2022年下半年", D(2022, 7, 1), D(2022, 12, 31), Granularity.HALF),
        ("一季度", D(2023, 1, 1), D(2023, 3, 31), Granularity.QUARTER),
        ("前三季度", D(2023, 1, 1), D(2023, 9, 30), Granularity.SPAN),
        ("今年前8个月", D(2023, 1, 1), D(2023, 8, 31), Granularity.SPAN),
        ("2021年底", D(2021, 12, 1), D(2021, 12, 31), Granularity.MONTH),
        ("截至目前", None, ON, Granularity.SPAN),
        ("截至2022年底", None, D(2022, 12, 31), Granularity.SPAN),
        ("截至今年5月19日", None, D(2023, 5, 19), Granularity.SPAN),
        ("2020年以来", D(2020, 1, 1), ON, Granularity.SPAN),
        ("今年以来", D(2023, 1, 1), ON, Granularity.SPAN),
        ("5年来", None, ON, Granularity.SPAN),
        ("目前", ON, ON, Granularity.DAY),
        ("8月底前", None, D(2023, 8, 31), Granularity.SPAN),
        ("2025年底前", None, D(2025, 12, 31), Granularity.SPAN),
        ("11月15日前", None, D(2023, 11, 15), Granularity.SPAN),
        ("年底前", None, D(2023, 12, 31), Granularity.SPAN),
    ],
)
def test_dates_of_a_phrase(
    text: str,
    start: datetime.date | None,
    end: datetime.date | None,
    granularity: Granularity,
) -> None:
    assert resolve_period(text, ON) == Period(text, start, end, granularity)


@pytest.mark.parametrize("text", ["今年", "1—9月", "截至目前", "目前", "全年"])
def test_a_relative_phrase_on_an_undated_page_has_no_dates(text: str) -> None:
    assert resolve_period(text) == Period(text)


@pytest.mark.parametrize("text", ["近年", "每年", "年初", "未来三年", "2月30日", "13月"])
def test_vague_or_impossible_phrases_get_no_dates(text: str) -> None:
    period = resolve_period(text, ON)
    assert (period.start, period.end, period.granularity) == (None, None, None)
    assert period.text == text


def test_figures_take_the_dates_of_their_pages_date_line() -> None:
    text = (
        "集美：今年项目建设提速\n2023-10-20 09:00:00\n"
        "今年以来，集美区新开工项目12个，1—9月完成投资45亿元。"
    )
    corpus = fjreports.load([_page(text)])
    periods = {m.quantity.text: m.period for m in corpus.metrics}
    assert periods["12个"] == Period("今年以来", D(2023, 1, 1), ON, Granularity.SPAN)
    assert periods["45亿元"] == Period("1—9月", D(2023, 1, 1), D(2023, 9, 30), Granularity.SPAN)
    assert [m.year for m in corpus.metrics] == [2023, 2023]
    autumn = corpus.metrics.where(during=(D(2023, 9, 1), D(2023, 9, 30)))
    assert [m.quantity.text for m in autumn] == ["12个", "45亿元"]
    assert len(corpus.metrics.where(during=(D(2024, 1, 1), D(2024, 12, 31)))) == 0
    with pytest.raises(TypeError, match="pair of dates"):
        corpus.metrics.where(during="2023")
    record = corpus.metrics.to_records()[1]
    assert (record["period"], record["period_start"], record["period_end"]) == (
        "1—9月",
        "2023-01-01",
        "2023-09-30",
    )


def _page(text: str) -> str:
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / "page.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)
