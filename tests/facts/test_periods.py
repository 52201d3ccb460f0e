"""Time phrases, on sentences written for these tests."""

import datetime

import pytest

from fjreports.facts.periods import find_periods, resolve_period


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("3年来，全镇新修道路12公里。", "3年来"),
        ("近五年来，累计投入资金8亿元。", "近五年来"),
        ("截至今年6月12日，已发放贷款300笔。", "截至今年6月12日"),
        ("截至2021年9月30日，全县共有企业800家。", "截至2021年9月30日"),
        ("截至去年底，共建成基站40个。", "截至去年底"),
        ("2019年末，常住人口为20万人。", "2019年末"),
        ("2020年底，森林覆盖率达到60%。", "2020年底"),
        ("预计未来五年，产值将达到50亿元。", "未来五年"),
        ("经过3年的建设，新增耕地900亩。", "3年"),
        ("全乡现有茶园4000亩。", "现有"),
        ("力争8月底前完成改造300户。", "8月底前"),
        ("确保2025年底前建成泵站6座。", "2025年底前"),
        ("要求11月15日前发放补贴200万元。", "11月15日前"),
        ("年底前全部交付使用120套。", "年底前"),
        ("今年前7个月，全区接待游客90万人次。", "今年前7个月"),
        ("去年前十一个月，出口额增长6%。", "去年前十一个月"),
        ("2023年前三季度，工业产值增长4.5%。", "2023年前三季度"),
        ("近日，县里新开通公交线路3条。", "近日"),
        ("近期将新增停车位500个。", "近期"),
        ("上半年，全县新增市场主体1500户。", "上半年"),
        ("下半年还将开工项目9个。", "下半年"),
        ("第三季度，港口吞吐量增长7%。", "第三季度"),
        ("四季度计划完成造林800亩。", "四季度"),
        ("前三季度，税收收入下降2%。", "前三季度"),
        ("8月份，全市新增就业1200人。", "8月份"),
        ("十一月，乡里修复水渠6条。", "十一月"),
        ("3月底，已有80户搬入新居。", "3月底"),
        ("2月—6月，累计接待游客5万人次。", "2月—6月"),
        ("近三年，全镇新增耕地600亩。", "近三年"),
        ("过去5年，村集体收入翻了一番。", "过去5年"),
    ],
)
def test_time_phrases_found_whole(text: str, phrase: str) -> None:
    assert [found for _, found in find_periods(text)] == [phrase]


def test_a_number_of_years_is_no_year() -> None:
    # 3000年 after 已有 is a span of history; only the years 1900-2099 are dates.
    assert find_periods("古镇距今已有3000年历史，1998年以来新修民居40栋。") == [(14, "1998年以来")]


def test_existing_is_no_time_when_it_describes() -> None:
    # 现有的 is an adjective (the existing roads), not "now".
    assert find_periods("改造现有的道路30公里。") == []


def test_a_date_in_an_aside_governs_nothing_after_it() -> None:
    text = "全镇有12个村（其中3个村2018年已出列），现有农户900户。"
    assert [found for _, found in find_periods(text)] == ["现有"]
    assert find_periods("全镇有12个村(2018年调整)。") == []


def test_the_whole_year_after_a_year_is_that_year() -> None:
    assert [p for _, p in find_periods("2022年，全市全年新增企业800家。")] == ["2022年"]
    # In another sentence 全年 stands on its own.
    assert [p for _, p in find_periods("2022年目标已定。全年新增企业800家。")] == ["2022年", "全年"]


def test_the_first_months_of_a_year_are_dated() -> None:
    period = resolve_period("2022年前7个月")
    assert (period.start, period.end) == (datetime.date(2022, 1, 1), datetime.date(2022, 7, 31))
    lately = resolve_period("近日", datetime.date(2022, 8, 1))
    assert (lately.start, lately.end) == (None, None)  # nothing is guessed


def test_a_month_alone_is_no_part_of_a_count_or_a_date() -> None:
    # 3个月 is a duration, 5月19日 a day, 13月 no month, 近5年级 a grade.
    assert [p for _, p in find_periods("用了3个月，5月19日完工。")] == ["5月19日"]
    assert find_periods("编号13月") == []
    assert find_periods("近5年级学生") == []


def test_a_month_quarter_or_half_alone_is_in_the_page_year() -> None:
    on = datetime.date(2022, 11, 3)
    quarter = resolve_period("第三季度", on)
    assert (quarter.start, quarter.end) == (datetime.date(2022, 7, 1), datetime.date(2022, 9, 30))
    months = resolve_period("2月—6月", on)
    assert (months.start, months.end) == (datetime.date(2022, 2, 1), datetime.date(2022, 6, 30))
    recent = resolve_period("近三年", on)
    assert (recent.start, recent.end) == (None, on)  # up to now; its start is not guessed
