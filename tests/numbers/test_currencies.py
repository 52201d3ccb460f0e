"""Money in any currency, the parts of a yuan, and units of your own: sentences written for
these tests."""

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fjreports import extract_quantities, parse_quantity, units
from fjreports.errors import UnitError


@pytest.mark.parametrize(
    ("text", "value", "unit", "code"),
    [
        ("US$3.5亿", "350000000", "美元", "USD"),
        ("$120", "120", "美元", "USD"),
        ("HK$8000", "8000", "港元", "HKD"),
        ("NT$25万", "250000", "新台币", "TWD"),
        ("€60", "60", "欧元", "EUR"),
        ("£7.5", "7.5", "英镑", "GBP"),
        ("￥300", "300", "元", "CNY"),
        ("新台币52亿元", "5200000000", "新台币", "TWD"),
        ("港币3000元", "3000", "港元", "HKD"),
        ("人民币伍拾万元整", "500000", "元", "CNY"),
        ("捌佰陆拾萬圓", "8600000", "圓", "CNY"),
        ("1.2亿韩元", "120000000", "韩元", "KRW"),
        ("4000万泰铢", "40000000", "泰铢", "THB"),
        ("叁拾贰元伍角陆分", "32.56", "元", "CNY"),
        ("46元8角", "46.8", "元", "CNY"),
        ("七元五毛", "7.5", "元", "CNY"),
    ],
)
def test_money_in_any_currency(text: str, value: str, unit: str, code: str) -> None:
    q = parse_quantity(text)
    assert (q.value, q.unit) == (Decimal(value), unit)
    assert units.get_unit(q.standard_unit or "").currency == code
    [found] = extract_quantities(f"据统计，共计{text}。")
    assert (found.text, found.value, found.unit) == (text, Decimal(value), unit)


def test_a_currency_before_a_range_and_a_qualifier_before_the_currency() -> None:
    r = parse_quantity("$30-50")
    assert (r.low, r.high, r.unit) == (Decimal(30), Decimal(50), "美元")
    [q] = extract_quantities("合同金额约人民币800万元，")
    assert (q.text, q.value, q.qualifier and q.qualifier.value) == (
        "约人民币800万元",
        Decimal(8000000),
        "about",
    )


def test_a_whole_amount_marks_only_before_punctuation() -> None:
    assert [q.text for q in extract_quantities("收到捐款2000元整。")] == ["2000元整"]
    assert [q.text for q in extract_quantities("投入300万元整治河道")] == ["300万元"]


def test_a_chinese_decimal_point_after_a_magnitude_word() -> None:
    [q] = extract_quantities("全年营收三十点零五亿元，")
    assert (q.text, q.value) == ("三十点零五亿元", Decimal("3005000000"))
    assert extract_quantities("上午九点三十分开会") == []


def test_currencies_do_not_convert_into_each_other() -> None:
    assert units.convert(5, "美元", "美分") == Decimal(500)
    with pytest.raises(UnitError, match="different dimensions"):
        units.convert(5, "美元", "元")


def test_a_unit_of_your_own_is_parsed_found_and_converted(tmp_path: Path) -> None:
    units.define("羽测", "count", kind="count", english="birds")
    assert [q.text for q in extract_quantities("出栏肉鸡3000羽测，")] == ["3000羽测"]
    data = tmp_path / "mine.tsv"
    data.write_text(
        "# my units\n石测\t-\tmass\t60\tmass\tshi\n分测\t-\tarea\t200/3\tarea\tfen\n",
        encoding="utf-8",
    )
    added, fen = units.load_units(data)
    assert fen.factor == Fraction(200, 3)
    assert added.name == "石测" and units.convert(2, "石测", "公斤") == Decimal(120)
    assert units.convert(3, "分测", "平方米") == Decimal(200)  # factors as units.tsv writes them
    assert parse_quantity("5石测").kind.value == "mass"


def test_defining_a_written_form_twice_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(UnitError, match="already names"):
        units.define("亩", "area", 100)
    with pytest.raises(UnitError, match="positive"):
        units.define("零测", "area", 0)
    bad = tmp_path / "bad.tsv"
    bad.write_text("斗测\tmass\t6\n", encoding="utf-8")
    with pytest.raises(UnitError, match=r"bad\.tsv line 1"):
        units.load_units(bad)


@given(st.sampled_from(units.known_units()), st.fractions(min_value=0, max_value=10**9))
def test_every_unit_converts_to_its_dimensions_units_and_back_exactly(
    unit: units.Unit, amount: Fraction
) -> None:
    same = [u for u in units.known_units() if u.dimension == unit.dimension]
    for other in same:
        there = units.convert_exact(amount, unit.name, other.name)
        assert units.convert_exact(there, other.name, unit.name) == amount


def test_a_currency_by_its_iso_code_and_named_before_a_bare_amount() -> None:
    text = "奖金人民币5000，另付300 USD、RMB 800，约合EUR 1.5亿；两毛钱"
    got = [(q.text, q.value, q.standard_unit) for q in extract_quantities(text)]
    assert got == [
        ("人民币5000", Decimal(5000), "元"),
        ("300 USD", Decimal(300), "美元"),
        ("RMB 800", Decimal(800), "元"),
        ("约合EUR 1.5亿", Decimal(150000000), "欧元"),
        ("两毛钱", Decimal(2), "角"),
    ]
    assert parse_quantity("JPY 300").unit == "日元"
