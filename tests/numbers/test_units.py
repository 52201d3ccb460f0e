from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fjreports import (
    InexactConversionError,
    Kind,
    UnitError,
    convert,
    convert_exact,
    extract_quantities,
    get_unit,
)
from fjreports.testing import decimals
from fjreports.units import known_units, resolve_unit


@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        ("3", "亩", "平方米", "2000"),
        ("15", "亩", "公顷", "1"),
        ("1", "公顷", "平方米", "10000"),
        ("1", "平方公里", "公顷", "100"),
        ("6000", "万元", "亿元", "0.6"),
        ("1346.8", "亿元", "元", "134680000000"),
        ("1", "元", "万元", "0.0001"),
        ("2.5", "公里", "米", "2500"),
        ("1", "千米", "公里", "1"),
        ("8", "万吨", "吨", "80000"),
        ("1", "吨", "公斤", "1000"),
        ("1", "千克", "斤", "2"),
        ("1", "年", "个月", "12"),
        ("1", "天", "小时", "24"),
        ("90", "分钟", "小时", "1.5"),
        ("3", "成", "%", "30"),
        ("5", "‰", "%", "0.5"),
        ("8", "万吨/年", "吨/年", "80000"),
        ("3", "万元/亩", "元/亩", "30000"),
        ("300", "畝", "亩", "300"),
        ("1", "萬元", "元", "10000"),
        ("2", "个百分点", "百分点", "2"),
    ],
)
def test_convert(value: str, source: str, target: str, expected: str) -> None:
    assert convert(Decimal(value), source, target) == Decimal(expected)


def test_inexact_results_raise_unless_rounding_is_asked_for() -> None:
    with pytest.raises(InexactConversionError) as caught:
        convert(Decimal("4900"), "亩", "公顷")
    assert "980/3" in str(caught.value)
    assert caught.value.unit == "亩" and caught.value.other == "公顷"
    assert convert(Decimal("4900"), "亩", "公顷", places=3) == Decimal("326.667")
    assert convert_exact(Decimal("4900"), "亩", "公顷") == Fraction(980, 3)


@pytest.mark.parametrize(
    ("source", "target"),
    [("亩", "元"), ("年", "天"), ("个", "家"), ("%", "百分点"), ("元", "美元"), ("吨/年", "吨")],
)
def test_different_dimensions_do_not_convert(source: str, target: str) -> None:
    with pytest.raises(UnitError) as caught:
        convert(1, source, target)
    assert source in str(caught.value) and target in str(caught.value)


@pytest.mark.parametrize("unit", ["公斤斤", "万", "", "元/米饭", "xyz", "万万"])
def test_unknown_units(unit: str) -> None:
    with pytest.raises(UnitError):
        resolve_unit(unit)


@pytest.mark.parametrize("value", [1.5, "abc", None, Decimal("NaN")])
def test_values_must_be_exact_numbers(value: object) -> None:
    with pytest.raises(UnitError):
        convert(value, "元", "万元")  # type: ignore[arg-type]


def test_resolve_unit_and_get_unit() -> None:
    expr = resolve_unit("亿元")
    assert (expr.name, expr.magnitude, expr.kind) == ("元", Fraction(10**8), Kind.MONEY)
    assert resolve_unit("百分点").magnitude == 1  # a unit, not 百 × 分点
    assert resolve_unit("千克").name == "公斤"
    assert get_unit("个百分点").name == "百分点"
    assert get_unit("畝").factor == Fraction(2000, 3)
    with pytest.raises(UnitError):
        get_unit("亿元")  # a magnitude word is no part of a unit's name
    with pytest.raises(TypeError, match="a unit must be a str, not int"):
        resolve_unit(3)  # type: ignore[arg-type]


def test_every_count_word_is_a_dimension_of_its_own() -> None:
    counts = [u for u in known_units() if u.kind is Kind.COUNT]
    assert len(counts) > 40
    assert len({u.dimension for u in counts}) == len(counts)


CONVERTIBLE = [
    ["平方米", "亩", "公顷", "平方公里", "万亩", "平方厘米"],
    ["元", "万元", "亿元", "角", "千元"],
    ["米", "公里", "厘米", "毫米"],
    ["吨", "公斤", "克", "斤", "万吨"],
    ["年", "个月", "季度"],
    ["秒", "分钟", "小时", "天", "周"],
    ["元/亩", "万元/亩", "元/公顷"],
]
families = st.sampled_from(CONVERTIBLE)


@given(families.flatmap(lambda f: st.tuples(*(st.sampled_from(f) for _ in range(3)))), decimals())
def test_conversion_round_trips_and_composes_exactly(
    units: tuple[str, str, str], value: Decimal
) -> None:
    a, b, c = units
    forward = convert_exact(value, a, b)
    assert convert_exact(forward, b, a) == value
    assert convert_exact(forward, b, c) == convert_exact(value, a, c)
    try:
        decimal_forward = convert(value, a, b)
    except InexactConversionError:
        return
    assert convert(decimal_forward, b, a) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "安装路灯120盏，更换门窗300樘，进口大豆50万磅，收缩压120毫米汞柱，航程2000海里。",
            ["120盏", "300樘", "50万磅", "120毫米汞柱", "2000海里"],
        ),
        (
            "新建500千伏变电站，新增容量60万千伏安，全年发电10亿度电，节约3.5万吨标准煤。",
            ["500千伏", "60万千伏安", "10亿度电", "3.5万吨标准煤"],
        ),
    ],
)
def test_measure_words_and_units_in_running_text(text: str, expected: list[str]) -> None:
    found = extract_quantities(text)
    assert [q.text for q in found] == expected
    assert all(q.text.endswith(q.unit or "-") for q in found)


def test_inch_pound_and_shi_units_convert_exactly() -> None:
    assert convert(1, "英尺", "米") == Decimal("0.3048")
    assert convert(16, "盎司", "磅") == Decimal(1)
    assert convert(3, "尺", "米") == Decimal(1)
    assert convert(1, "英亩", "平方米") == Decimal("4046.8564224")


def test_a_denominator_with_a_magnitude_keeps_its_magnitude_in_its_name() -> None:
    assert resolve_unit("元/万平米").name == "元/万平方米"  # an alias under the bar
    assert resolve_unit("元/万平米").factor == Fraction(1, 10000)
    assert convert(1, "吨标准煤/万元", "千克标准煤/元") == Decimal("0.1")
