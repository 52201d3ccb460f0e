"""Figures as they are typed and stored in real reports: invisible characters, full-width
separators, signs, white space between numbers, inverted ranges."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fjreports import QuantityParseError, extract_quantities, parse_quantity

INVISIBLE = [
    "\u200b",  # zero-width space
    "\u00ad",  # soft hyphen
    "\u2060",  # word joiner
    "\ufeff",  # byte-order mark
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u200d",  # zero-width joiner
    "\u0301",  # a combining mark
    "\ufe0f",  # a variation selector
]


def found(text: str) -> list[tuple[Decimal | None, str | None]]:
    return [(q.value, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize("mark", INVISIBLE)
@pytest.mark.parametrize("where", [1, 2, 4, 5])
def test_an_invisible_character_inside_a_figure_changes_nothing(mark: str, where: int) -> None:
    written = "3000万元"
    text = "收入" + written[:where] + mark + written[where:] + "。"
    [q] = extract_quantities(text)
    assert (q.value, q.unit) == (Decimal(30000000), "元")
    assert text[q.span[0] : q.span[1]] == q.text and mark in q.text
    assert parse_quantity(written[:where] + mark + written[where:]).value == 30000000


@given(
    digits=st.integers(min_value=1, max_value=99_999_999),
    marks=st.lists(st.tuples(st.integers(0, 12), st.sampled_from(INVISIBLE)), max_size=4),
    unit=st.sampled_from(["万元", "亩", "人次", "%", "亿元"]),
)
def test_invisible_characters_anywhere_in_a_figure_leave_its_value(
    digits: int, marks: list[tuple[int, str]], unit: str
) -> None:
    written = f"{digits}{unit}"
    clean = extract_quantities(f"共计{written}。")
    chars = list(written)
    for at, mark in marks:
        chars.insert(min(at, len(chars)), mark)
    marked = extract_quantities(f"共计{''.join(chars)}。")
    assert [(q.value, q.unit) for q in marked] == [(q.value, q.unit) for q in clean]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("总额12，500万元", Decimal(125000000)),
        ("1，000万元", Decimal(10000000)),
        ("共计1，234，567元", Decimal(1234567)),
        ("１２，５００萬元", Decimal(125000000)),
    ],
)
def test_a_full_width_comma_between_groups_of_three_separates_thousands(
    text: str, value: Decimal
) -> None:
    assert found(text) == [(value, "元")]


def test_a_full_width_comma_elsewhere_separates_figures() -> None:
    # Not groups of three: the comma is the clause's, and each side is read for itself.
    assert found("名列第3，1500万元") == [(Decimal(15000000), "元")]
    assert found("分别为12，50万元") == [(Decimal(500000), "元")]


@pytest.mark.parametrize("minus", ["-", "\u2212", "\uff0d"])
def test_a_minus_sign_in_running_text_is_kept(minus: str) -> None:
    assert found(f"同比增长{minus}3.2%") == [(Decimal("-3.2"), "%")]
    assert found(f"亏损{minus}300万元") == [(Decimal(-3000000), "元")]
    [q] = extract_quantities(f"增幅{minus}5至5%")
    assert (q.low, q.high, q.unit) == (Decimal(-5), Decimal(5), "%")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("G15-3线", []),  # a road's name
        ("2023年-2024年", []),  # years
        ("10-20万元", [(None, "元")]),  # a range
        ("5%-8%", [(None, "%")]),
    ],
)
def test_a_hyphen_after_letters_digits_or_dates_is_no_minus(
    text: str, want: list[tuple[Decimal | None, str]]
) -> None:
    got = extract_quantities(text)
    assert [(q.value, q.unit) for q in got] == want
    assert all((q.low is None or q.low >= 0) and (q.value is None or q.value >= 0) for q in got)


@given(
    value=st.decimals(min_value=Decimal("0.1"), max_value=Decimal(99999), places=1),
    minus=st.sampled_from(["-", "\u2212", "\uff0d", "负"]),
    before=st.sampled_from(["增长", "为", "减少了", "：", "，"]),
    unit=st.sampled_from(["%", "万元", "亩", "个百分点"]),
)
def test_any_figure_with_a_sign_keeps_it(
    value: Decimal, minus: str, before: str, unit: str
) -> None:
    got = extract_quantities(f"同比{before}{minus}{value}{unit}。")
    assert len(got) == 1 and got[0].value is not None and got[0].value < 0


@pytest.mark.parametrize("space", [" ", "\n", "\u3000", "\t", " \n "])
def test_white_space_between_numbers_ends_the_first(space: str) -> None:
    assert found(f"排名{space}3{space}1500万元") == [(Decimal(15000000), "元")]
    assert found(f"2023{space}1000万元") == [(Decimal(10000000), "元")]
    # Between a number and its magnitude or unit, white space is only layout.
    assert found(f"产值1346.8{space}亿{space}元") == [(Decimal(134680000000), "元")]


@given(
    a=st.integers(min_value=1, max_value=99999),
    b=st.integers(min_value=1, max_value=99999),
    space=st.sampled_from([" ", "  ", "\u3000", "\t"]),
)
def test_two_figures_separated_by_white_space_stay_two(a: int, b: int, space: str) -> None:
    got = extract_quantities(f"面积{a}亩{space}{b}亩")
    assert [(q.value, q.unit) for q in got] == [(Decimal(a), "亩"), (Decimal(b), "亩")]
    got = extract_quantities(f"分别为{a}{space}{b}万元")
    assert [q.value for q in got] == [Decimal(b) * 10000]


@pytest.mark.parametrize("text", ["10-5万元", "20-10亩", "100至50万元"])
def test_a_range_that_runs_backwards_is_an_error(text: str) -> None:
    with pytest.raises(QuantityParseError, match="lower than it starts"):
        parse_quantity(text)


def test_a_range_of_one_order_with_the_magnitude_on_the_right() -> None:
    q = parse_quantity("8000-1万元")
    assert (q.low, q.high) == (Decimal(8000), Decimal(10000))


@pytest.mark.parametrize(
    "text",
    [
        "单位：万元",
        "（万元）",
        "每万元GDP能耗下降3%",
        "每百元营业收入中的成本",
        "当地出了不少万元户",
        "打造千亿级产业集群",
        "引进百亿美元级项目",
        "培育万亿元级产业",
    ],
)
def test_a_bare_magnitude_that_is_a_unit_or_a_word_is_no_figure(text: str) -> None:
    assert [q.text for q in extract_quantities(text) if "万" in q.text or "亿" in q.text] == []
    assert all("百元" not in q.text for q in extract_quantities(text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("投资超百万元", Decimal(1000000), "元"),
        ("年接待近千万人次", Decimal(10000000), "人次"),
        ("收入达百万元", Decimal(1000000), "元"),
    ],
)
def test_a_bare_magnitude_standing_as_a_figure_is_one(text: str, value: Decimal, unit: str) -> None:
    assert found(text) == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("产量达一吨半", Decimal("1.5"), "吨", None),
        ("历时一个半小时", Decimal("1.5"), "小时", None),
        ("用了半年时间", Decimal("0.5"), "年", None),
        ("近半年来", Decimal("0.5"), "年", "nearly"),
        ("增长3倍多", Decimal(3), "倍", "more_than"),
        ("建设了两年多", Decimal(2), "年", "more_than"),
    ],
)
def test_running_text_reads_what_parse_reads(
    text: str, value: Decimal, unit: str, qualifier: str | None
) -> None:
    [q] = extract_quantities(text)
    assert (q.value, q.unit, q.qualifier.value if q.qualifier else None) == (value, unit, qualifier)
    assert parse_quantity(q.text) == q.__class__(
        value=q.value,
        unit=q.unit,
        qualifier=q.qualifier,
        kind=q.kind,
        text=q.text,
        span=(0, len(q.text)),
    )


@pytest.mark.parametrize(
    "text", ["上半年", "下半年", "大半年", "半年度报告", "半数以上", "增长3倍多元化"]
)
def test_half_in_periods_and_words_is_no_figure(text: str) -> None:
    assert all(q.qualifier is None and "半" not in q.text for q in extract_quantities(text))


def test_every_written_form_of_a_unit_has_one_standard_name() -> None:
    written = ["10㎡", "10平米", "10平方米", "10亿人民币", "10亿元", "5千米", "8.14个百分点"]
    quantities = [parse_quantity(t) for t in written]
    assert [q.standard_unit for q in quantities] == [
        "平方米",
        "平方米",
        "平方米",
        "元",
        "元",
        "公里",
        "百分点",
    ]
    assert [q.text for q in quantities] == written  # what was written is kept
    assert parse_quantity("10㎡").to("亩").value == parse_quantity("10平方米").to("亩").value


@pytest.mark.parametrize(
    "text",
    [
        "贯彻市十五届人大精神",
        "落实党的二十届三中全会和十九届四次全会部署",
        "省十三届政协委员到场",
    ],
)
def test_the_number_of_a_session_is_no_count(text: str) -> None:
    assert found(text) == []


def test_counts_of_sessions_stay_counts() -> None:
    assert found("已连续举办六届，共召开4次会议") == [(Decimal(6), "届"), (Decimal(4), "次")]


def test_wan_yi_in_case_is_no_figure() -> None:
    assert extract_quantities("万一个人信息泄露怎么办") == []
    assert [q.text for q in extract_quantities("建成近万亩良田")] == ["近万亩"]


def test_a_magnitude_for_ten_thousand_yuan_of_output_is_no_figure() -> None:
    got = [(q.text, q.unit) for q in extract_quantities("万元GDP能耗降至0.45吨标准煤/万元")]
    assert got == [("0.45吨标准煤/万元", "吨标准煤/万元")]


def test_a_programme_named_by_its_numbers_is_no_count() -> None:
    assert extract_quantities("资金全部用于三大工程五项行动") == []
    assert extract_quantities("构建四大体系十项措施") == []
    # A count further on, or in Arabic digits, is a figure.
    assert [q.text for q in extract_quantities("三大产业新增企业二十家")] == ["二十家"]
