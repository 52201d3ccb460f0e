"""Every number in running text: sentences written for these tests."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from fjreports import NumberKind, extract_numbers


def test_figures_bare_numbers_and_ordinals_each_with_their_kind() -> None:
    text = "第二批项目共28个，投资约4.5亿元，完成率为0.92，涉及二十三个乡镇。"
    got = [(n.text, n.kind, n.value) for n in extract_numbers(text)]
    assert got == [
        ("第二", NumberKind.ORDINAL, Decimal(2)),
        ("28个", NumberKind.QUANTITY, Decimal(28)),
        ("约4.5亿元", NumberKind.QUANTITY, Decimal(450000000)),
        ("0.92", NumberKind.NUMBER, Decimal("0.92")),
        ("二十三个", NumberKind.QUANTITY, Decimal(23)),
    ]
    assert all(text[n.span[0] : n.span[1]] == n.text for n in extract_numbers(text))


def test_dates_only_when_asked_for() -> None:
    text = "2024年3月15日召开会议，选出代表九十六人。"
    assert [n.text for n in extract_numbers(text)] == ["九十六人"]
    with_dates = [(n.text, n.kind.value) for n in extract_numbers(text, dates=True)]
    assert with_dates == [
        ("2024年", "date"),
        ("3月", "date"),
        ("15日", "date"),
        ("九十六人", "quantity"),
    ]


def test_numerals_inside_words_names_and_codes_are_not_numbers() -> None:
    assert extract_numbers("统一思想，一体化推进，百姓得实惠。") == []
    assert extract_numbers("G15高速和5G网络") == []


def test_a_range_keeps_its_ends() -> None:
    [r] = extract_numbers("每亩补贴300至500元。")
    assert (r.low, r.high, r.unit, r.value) == (Decimal(300), Decimal(500), "元", None)


@given(st.text(max_size=60))
def test_any_text_gives_numbers_whose_spans_hold_their_text(text: str) -> None:
    found = extract_numbers(text, dates=True)
    assert all(text[n.span[0] : n.span[1]] == n.text for n in found)


def test_signs_hedged_magnitudes_and_ten_thousand_ten_thousands() -> None:
    text = "气温负十二度，亏损-350，受益群众十多万，库容四万万立方"
    got = [(n.text, n.value, n.qualifier and n.qualifier.value) for n in extract_numbers(text)]
    assert ("负十二", Decimal(-12), None) in got
    assert ("-350", Decimal(-350), None) in got
    assert ("十多万", Decimal(100000), "more_than") in got
    assert [n.value for n in extract_numbers("四万万")] == [Decimal(400000000)]
    assert [n.value for n in extract_numbers("从10-20")] == [Decimal(10), Decimal(20)]  # a hyphen


def test_written_forms_exponents_powers_slashes_and_leading_points() -> None:
    text = "系数3.1e-2，规模2^10，占1/4，余 2 3/4 份，误差.5"
    got = [(n.text, n.value) for n in extract_numbers(text)]
    assert got == [
        ("3.1e-2", Decimal("0.031")),
        ("2^10", Decimal(1024)),
        ("1/4", Decimal("0.25")),
        ("2 3/4", Decimal("2.75")),
        (".5", Decimal("0.5")),
    ]
    assert [n.text for n in extract_numbers("截至2023/10/12")] == ["2023", "10", "12"]  # a date


def test_a_whole_number_and_a_fraction_joined_by_you_are_one_number() -> None:
    [n] = extract_numbers("面积为二又四分之一")
    assert (n.text, n.value) == ("二又四分之一", Decimal("2.25"))
    [n] = extract_numbers("负三又二分之一")
    assert n.value == Decimal("-3.5")


def test_a_lone_numeral_counts_alone_or_before_a_measure_word_only() -> None:
    assert [(n.text, n.value) for n in extract_numbers("七")] == [("七", Decimal(7))]
    assert [(n.text, n.value) for n in extract_numbers("买了一只羊")] == [("一", Decimal(1))]
    for text in ("万一出事怎么办", "大家一起努力", "千万不要大意", "统一部署"):
        assert extract_numbers(text) == [], text


def test_numbers_a_comma_and_a_space_part_are_several() -> None:
    assert [n.value for n in extract_numbers("编号7, 128, 64")] == [7, 128, 64]
    assert [n.value for n in extract_numbers("总数7,128,064")] == [7128064]
    got = [n.value for n in extract_numbers("合计12.5三点五")]  # two scripts: two numbers
    assert got == [Decimal("12.5"), Decimal("3.5")]


def test_a_fraction_with_signs_multiplies_them() -> None:
    assert [n.value for n in extract_numbers("比值为四分之负一")] == [Decimal("-0.25")]
    assert [n.value for n in extract_numbers("负4分之负二")] == [Decimal("0.5")]


def test_a_power_of_zero_that_means_nothing_is_no_power() -> None:
    assert [n.value for n in extract_numbers("0^-1")] == [0, -1]  # two numbers, no power
    assert [n.value for n in extract_numbers("3^-1")] == [Decimal(1) / Decimal(3)]
