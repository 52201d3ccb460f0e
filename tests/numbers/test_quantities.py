import itertools
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import hang_guard
from fjreports import (
    InexactConversionError,
    Kind,
    Qualifier,
    Quantity,
    QuantityParseError,
    UnitError,
    extract_quantities,
    parse_quantity,
    try_parse_quantity,
)

PARSE = [
    # (written, value or (low, high), unit, qualifier)
    ("约6000万元", "60000000", "元", "about"),
    ("4900余亩", "4900", "亩", "more_than"),
    ("2000余人次", "2000", "人次", "more_than"),
    ("超300亿元", "30000000000", "元", "more_than"),
    ("1700多万元", "17000000", "元", "more_than"),
    ("2.9万余人", "29000", "人", "more_than"),
    ("十余万元", "100000", "元", "more_than"),
    ("近3000元", "3000", "元", "nearly"),
    ("50万元以上", "500000", "元", "more_than"),
    ("约有330万元", "3300000", "元", "about"),
    ("不到300人", "300", "人", "less_than"),
    ("10万至20万元", ("100000", "200000"), "元", None),
    ("10—15亩", ("10", "15"), "亩", None),
    ("3-5年", ("3", "5"), "年", None),
    ("三到五个", ("3", "5"), "个", None),
    ("10亩至15亩", ("10", "15"), "亩", None),
    ("两三个", ("2", "3"), "个", None),
    ("三四十万", ("300000", "400000"), None, None),
    ("76.61%", "76.61", "%", None),
    ("百分之二十", "20", "%", None),
    ("三成", "30", "%", None),
    ("8.14个百分点", "8.14", "百分点", None),
    ("8万吨/年", "80000", "吨/年", None),
    ("3万元/亩", "30000", "元/亩", None),
    ("一吨半", "1.5", "吨", None),
    ("两个半月", "2.5", "个月", None),
    ("3个多月", "3", "个月", "more_than"),
    ("1.5小时内", "1.5", "小时", "less_than"),
    ("半年", "0.5", "年", None),
    ("半个月", "0.5", "个月", None),
    ("十来万", "100000", None, "about"),
    ("数十万", "100000", None, "more_than"),
    ("好几千", "1000", None, "more_than"),
    ("上万", "10000", None, "more_than"),
    ("百万", "1000000", None, None),
    ("负3.9%", "-3.9", "%", None),
    ("-5", "-5", None, None),
    ("1346.8 亿\n\n元", "134680000000", "元", None),
    ("三分之一", "0.3333333333333333333333333333", None, None),
    ("千分之五", "5", "‰", None),
    ("100000万美元", "1000000000", "美元", None),
    ("上下5%", None, None, None),
]


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), [p for p in PARSE if p[1]])
def test_parse_quantity(
    text: str, value: str | tuple[str, str], unit: str | None, qualifier: str | None
) -> None:
    q = parse_quantity(text)
    if isinstance(value, tuple):
        assert (q.value, q.low, q.high) == (None, Decimal(value[0]), Decimal(value[1]))
        assert q.is_range
    else:
        assert (q.value, q.low, q.high) == (Decimal(value), None, None)
    assert q.unit == unit
    assert (q.qualifier.value if q.qualifier else None) == qualifier
    assert q.text == text and q.span == (0, len(text))


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("", 0),
        ("统一", 0),
        ("5G", 1),
        ("2023年", 0),
        ("2024—2028年", 0),
        ("1月2日", 0),  # a month of the year, no count of months
        ("万万", 1),
        ("1..2", 1),
        ("3541.07万元2.3本项目", 9),
        ("约", 1),
        ("上三千人", 0),
        ("半斤八两", 2),
        ("百分之", 3),
        ("零分之一", 0),
        ("上下5%", 0),
    ],
)
def test_parse_quantity_errors(text: str, position: int) -> None:
    with pytest.raises(QuantityParseError) as caught:
        parse_quantity(text)
    assert caught.value.position == position
    assert isinstance(caught.value, ValueError)
    assert repr(text) in str(caught.value)


def test_parse_quantity_refuses_huge_and_non_text_input() -> None:
    with pytest.raises(QuantityParseError, match="limit"):
        parse_quantity("一" * 10_000)
    with pytest.raises(TypeError, match="parse_quantity: text must be a str, not NoneType"):
        parse_quantity(None)  # type: ignore[arg-type]
    assert try_parse_quantity("5G") is None
    assert try_parse_quantity("5个") == parse_quantity("5个")


def test_unit_is_kept_as_written() -> None:
    assert [parse_quantity(t).unit for t in ["5千米", "5公里", "20千克", "300畝", "3个小时"]] == [
        "千米",
        "公里",
        "千克",
        "亩",
        "小时",
    ]
    assert parse_quantity("5千米").to("公里").value == Decimal(5)


def test_kinds() -> None:
    kinds = {
        t: parse_quantity(t).kind
        for t in ["3亿元", "5亩", "4公里", "2吨", "9立方米", "3家", "5%", "2个百分点", "3年", "3倍"]
    }
    assert list(kinds.values()) == [
        Kind.MONEY, Kind.AREA, Kind.LENGTH, Kind.MASS, Kind.VOLUME, Kind.COUNT,
        Kind.PERCENT, Kind.PERCENT_POINT, Kind.DURATION, Kind.OTHER,
    ]  # fmt: skip


def test_quantity_to_another_unit() -> None:
    q = parse_quantity("约6000万元")
    moved = q.to("亿元")
    assert (moved.value, moved.unit, moved.qualifier) == (Decimal("0.6"), "亿元", Qualifier.ABOUT)
    r = parse_quantity("3—6亩").to("平方米")
    assert (r.value, r.low, r.high) == (None, Decimal(2000), Decimal(4000))
    with pytest.raises(InexactConversionError):
        parse_quantity("10亩").to("平方米")
    assert parse_quantity("10亩").to("平方米", places=1).value == Decimal("6666.7")
    with pytest.raises(UnitError):
        parse_quantity("百万").to("元")
    with pytest.raises(UnitError):
        parse_quantity("5亩").to("元")


def test_quantity_validation() -> None:
    with pytest.raises(ValueError):
        Quantity()
    with pytest.raises(ValueError):
        Quantity(low=Decimal(5), high=Decimal(3))
    with pytest.raises(ValueError):
        Quantity(value=Decimal(1), low=Decimal(0), high=Decimal(2))
    with pytest.raises(TypeError):
        Quantity(value=1.5)
    q = Quantity(value="12", unit="元", qualifier="about", kind="money")
    assert (q.value, q.qualifier, q.kind) == (Decimal(12), Qualifier.ABOUT, Kind.MONEY)


# Sentences of the bundled pages, with every figure they hold.
SENTENCES = [
    (
        "截至目前，集美区已建成集体发展用地项目19个，村集体年收益总计约6000万元，惠及19个村（社区）",
        ["19个", "约6000万元", "19个"],
    ),
    ("2023年1—9月，规上工业总产值 1346.8 亿\n\n元，同比增长24.5%", ["1346.8 亿\n\n元", "24.5%"]),
    (
        "投产项目9个,总投资35.83亿元;新开工建设项目14个,总投资12.27亿元",
        ["9个", "35.83亿元", "14个", "12.27亿元"],
    ),
    ("一年租房收入约有330万元。", ["约有330万元"]),
    ("集美区常住人口已突破115.5万。", ["突破115.5万"]),
    ("实现周边1.5小时内可通达江西11个县", ["1.5小时内", "11个"]),
    ("建成年处置危废8万吨/年项目，入驻企业13家", ["8万吨/年", "13家"]),
    ("比上年提高8.14个百分点，达到76.61%", ["8.14个百分点", "76.61%"]),
    ("由32%提升到83%", ["32%", "83%"]),
    ("3541.07万元2.3本项目", ["3541.07万元"]),
    ("累计带动就业2.9万余人，人均增收1700多万元", ["2.9万余人", "1700多万元"]),
    ("投资十余万元，超百万元，上万人，数十家企业", ["十余万元", "超百万元", "上万人", "数十家"]),
]

NOT_QUANTITIES = [
    "2023年、1月2日、2024—2028年、1—9月、2021年以来、2022年底",
    "第二批、第三期、第一、二批市级城建项目、五届九次全会",
    "5G基站、12345热线、圣泽901、4·26、“1+6”、“1234”、G15沈海高速",
    "一盘棋、一站式、千方百计、多措并举、百亿级产业、四面八方、三番五次",
    "统一思想、一致行动、两会、年过半百、一个个项目、一次性、一条龙",
    "新的一年、过去一年、最后一公里、二次利用、一季度、三年行动计划、十四五",
    "一户一策、两县一镇、千家万户、百年大计、三元区、2022-12-30 00:00来源",
    "主楼12层、4A级景区、出水达一级A标准、90年代、三年级、1.1.1.1",
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_extract_quantities_from_real_sentences(sentence: str, expected: list[str]) -> None:
    found = extract_quantities(sentence)
    assert [q.text for q in found] == expected
    for q in found:
        assert q.span is not None and sentence[q.span[0] : q.span[1]] == q.text


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_what_is_not_a_quantity(sentence: str) -> None:
    assert [q.text for q in extract_quantities(sentence)] == []


def test_extract_gives_values_units_and_qualifiers() -> None:
    [a, b, c] = extract_quantities("约6000万元，4900余亩，10万至20万元")
    assert (a.value, a.unit, a.qualifier) == (Decimal(60000000), "元", Qualifier.ABOUT)
    assert (b.value, b.unit, b.qualifier) == (Decimal(4900), "亩", Qualifier.MORE_THAN)
    assert (c.low, c.high, c.unit) == (Decimal(100000), Decimal(200000), "元")


def test_qualifier_words_inside_other_words_do_not_qualify() -> None:
    [a, b] = extract_quantities("最近3年，节约300万元")
    assert a.qualifier is None and b.qualifier is None
    assert a.text == "3年" and b.text == "300万元"


def test_extract_on_the_bundled_pages_finds_spans_inside_the_page() -> None:
    from fjreports.corpus import seed_pages

    total = 0
    for page in seed_pages():
        text = page.read_text(encoding="utf-8-sig")
        found = extract_quantities(text)
        total += len(found)
        assert [q.span for q in found] == sorted(q.span for q in found if q.span)
        for q in found:
            assert q.span is not None and text[q.span[0] : q.span[1]] == q.text
    assert total > 300


@pytest.mark.parametrize(
    "junk", [None, 42, b"12\xe4\xb8\x87", "", "€", "😴", "ⅷ", "\x00", "\ufeff"]
)
def test_extract_never_raises_on_junk(junk: object) -> None:
    assert isinstance(extract_quantities(junk), list)  # type: ignore[arg-type]


@given(st.text())
def test_extract_never_raises_and_spans_index_the_input(text: str) -> None:
    for q in extract_quantities(text):
        assert q.span is not None
        start, end = q.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == q.text


ALPHABET = "0123456789.,一二两三四五六七八九十百千万亿零点余多约近超个元亩%年—至分之半 \n第"


@given(st.text(alphabet=ALPHABET, max_size=60))
def test_extract_never_raises_on_numeral_soup(text: str) -> None:
    for q in extract_quantities(text):
        assert q.span is not None and text[q.span[0] : q.span[1]] == q.text


@pytest.mark.parametrize(
    "unit",
    [
        "1" * 200_000,
        "一" * 200_000,
        "万" * 200_000,
        "1." * 100_000,
        "“1”" * 50_000,
        "一个" * 100_000,
        "3万元" * 50_000,
    ],
)
def test_adversarial_input_finishes(unit: str) -> None:
    with hang_guard(120):
        found = extract_quantities(unit)
        try_parse_quantity(unit)
    assert all(unit[q.span[0] : q.span[1]] == q.text for q in found)
    assert all(a.span[1] <= b.span[0] for a, b in itertools.pairwise(found))


def test_numbers_file_cases(data_dir: Path) -> None:
    """The expression list scored by the evaluation script, checked the same way here."""
    wrong = []
    lines = (data_dir / "numbers.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 150
    for line in lines:
        case = json.loads(line)
        try:
            q = parse_quantity(case["input"])
        except ValueError:
            if not case["error"]:
                wrong.append(case["input"])
            continue
        want = (
            None if case.get("value") is None else Decimal(case["value"]),
            None if case.get("low") is None else Decimal(case["low"]),
            None if case.get("high") is None else Decimal(case["high"]),
            case["unit"],
            case["qualifier"],
        )
        got = (q.value, q.low, q.high, q.unit, q.qualifier.value if q.qualifier else None)
        if case["error"] or got != want:
            wrong.append(case["input"])
    assert wrong == []
