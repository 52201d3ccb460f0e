import decimal
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fjreports import (
    FigureRangeError,
    FjreportsError,
    Quantity,
    format_number,
    format_quantity,
    parse_quantity,
)
from fjreports.testing import decimals, quantities, quantity_texts


@pytest.mark.parametrize(
    ("text", "locale", "compact", "expected"),
    [
        ("16150万元", "zh_CN", True, "1.615亿元"),
        ("4900余亩", "zh_CN", True, "4,900余亩"),
        ("约6000万元", "zh_CN", True, "约6000万元"),
        ("约6000万元", "zh_CN", False, "约60,000,000元"),
        ("1.615亿元", "en", True, "161.5 million yuan"),
        ("约6000万元", "en", True, "about 60 million yuan"),
        ("2000余人次", "en", True, "more than 2,000 person-times"),
        ("近30%", "zh_CN", True, "近30%"),
        ("超50%", "zh_CN", True, "超50%"),
        ("不到300人", "en", True, "less than 300 people"),
        ("8.14个百分点", "zh_CN", True, "8.14个百分点"),
        ("8万吨/年", "en", True, "80 thousand tonnes per year"),
        ("10万至20万元", "zh_CN", True, "10万至20万元"),
        ("10—15万元", "zh_CN", True, "10万至15万元"),
        ("5000至2万元", "zh_CN", True, "5,000至20,000元"),
        ("10万至20万元", "en", False, "100,000–200,000 yuan"),
        ("47.264287亿元", "zh_CN", True, "47.264287亿元"),
        ("突破115.5万", "zh_CN", True, "超115.5万"),
        ("1346.8亿元", "de", False, "134.680.000.000 yuan"),
    ],
)
def test_format_quantity(text: str, locale: str, compact: bool, expected: str) -> None:
    assert format_quantity(parse_quantity(text), locale, compact=compact) == expected


def test_quantity_format_method() -> None:
    assert parse_quantity("4900余亩").format("en") == "more than 4,900 mu"


def test_formatting_ignores_the_global_decimal_context() -> None:
    q = parse_quantity("47.264287亿元")
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        assert format_quantity(q) == "47.264287亿元"
        assert format_number(Decimal("123456789.123456789"), "en") == "123,456,789.123456789"


@pytest.mark.parametrize("bad", [1.5, "12", None, True])
def test_format_number_refuses_what_is_no_figure_type(bad: object) -> None:
    with pytest.raises(TypeError, match=r"format_number: value must be a Decimal or an int"):
        format_number(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "bad", [Decimal("NaN"), Decimal("Infinity"), Decimal("1E+131"), Decimal("1E-5000")]
)
def test_format_number_refuses_values_past_any_figure(bad: Decimal) -> None:
    with pytest.raises(FigureRangeError):
        format_number(bad)


def test_unknown_locale_is_a_clear_error() -> None:
    with pytest.raises(FjreportsError, match="locale"):
        format_quantity(parse_quantity("5亩"), "xx_NOWHERE")


@given(quantity_texts())
def test_parse_quantity_inverts_format_quantity(pair: tuple[str, Quantity]) -> None:
    text, q = pair
    back = parse_quantity(text)
    assert (back.value, back.low, back.high, back.unit, back.qualifier) == (
        q.value,
        q.low,
        q.high,
        q.unit,
        q.qualifier,
    )


@given(quantities(), st.sampled_from(["en", "de", "fr", "zh_TW", "ja"]), st.booleans())
def test_every_locale_formats_every_quantity(q: Quantity, locale: str, compact: bool) -> None:
    assert format_quantity(q, locale, compact=compact)


@given(decimals(places=3))
def test_full_digits_are_exact(value: Decimal) -> None:
    written = format_number(value, "en")
    assert Decimal(written.replace(",", "")) == value


@settings(max_examples=300, deadline=None)
@given(
    a=decimals(max_abs=10**9, places=2, allow_negative=True),
    b=decimals(max_abs=10**9, places=2, allow_negative=True),
    unit=st.sampled_from(["元", "%", "亩", "吨", "人", "百分点"]),
    compact=st.booleans(),
    single=st.booleans(),
)
def test_signed_figures_and_ranges_read_back(
    a: Decimal, b: Decimal, unit: str, compact: bool, single: bool
) -> None:
    from fjreports.units import get_unit

    kind = get_unit(unit).kind
    low, high = sorted((a, b))
    if single or low == high:
        q = Quantity(value=a, unit=unit, kind=kind)
    else:
        q = Quantity(low=low, high=high, unit=unit, kind=kind)
    back = parse_quantity(format_quantity(q, compact=compact))
    assert (back.value, back.low, back.high, back.unit) == (q.value, q.low, q.high, q.unit)
