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
