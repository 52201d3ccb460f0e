import decimal
import threading
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fjreports import NumberParseError, parse_number, to_chinese, try_parse_number
from fjreports.errors import FjreportsError
from fjreports.numbers.digits import MAX_NUMERAL_LENGTH
from fjreports.numbers.numerals import (
    fraction_to_decimal,
    parse_fraction,
    to_decimal,
)
from fjreports.testing import chinese_numerals, decimals

# (written, value), grouped by where the form comes from.
ARABIC = [
    ("1346.8", "1346.8"),
    ("12,500", "12500"),
    ("１２３４５", "12345"),
    ("1 346.8", "1346.8"),
    ("1346.8 亿", "134680000000"),
    ("0.5", "0.5"),
    ("1,234,567.25", "1234567.25"),
]
CHINESE = [
    ("零", "0"),
    ("〇", "0"),
    ("两", "2"),
    ("十", "10"),
    ("一十", "10"),
    ("十五", "15"),
    ("一百零五", "105"),
    ("一百一十", "110"),
    ("一百十", "110"),
    ("一千零五", "1005"),
    ("一千零十", "1010"),
    ("一万零三百", "10300"),
    ("万亿", "1000000000000"),
    ("二十万亿", "20000000000000"),
    ("一万五千亿", "1500000000000"),
    ("廿五", "25"),
    ("卅", "30"),
    ("萬", "10000"),
    ("三億", "300000000"),
    ("兩百", "200"),
    ("壹仟贰佰叁拾肆", "1234"),
    ("貳拾", "20"),
    ("參佰", "300"),
    ("陸仟", "6000"),
    ("二〇二三", "2023"),
    ("一零", "10"),
]
ELIDED = [
    ("一万五", "15000"),
    ("三千二", "3200"),
    ("一百二", "120"),
    ("两千六", "2600"),
    ("13万2", "132000"),
    ("一亿五", "150000000"),
    ("十万零一千", "101000"),
    ("十万一千", "101000"),
]
MIXED = [
    ("三点一四", "3.14"),
    ("十二点五", "12.5"),
    ("三点五万", "35000"),
    ("三点五千万", "35000000"),
    ("负五", "-5"),
    ("正3", "3"),
    ("负1.1", "-1.1"),
    ("3万5千", "35000"),
    ("1.2万", "12000"),
    ("12亿3456万", "1234560000"),
    ("3.5万亿", "3500000000000"),
    ("1,100万", "11000000"),
    ("1,100.9亿", "110090000000"),
    ("47.264287亿", "4726428700"),
    ("100000万", "1000000000"),
    ("百万", "1000000"),
]
FRACTIONS = [
    ("百分之二十", "0.2"),
    ("千分之五", "0.005"),
    ("三成", "0.3"),
    ("四分之三", "0.75"),
]


@pytest.mark.parametrize(("text", "value"), ARABIC + CHINESE + ELIDED + MIXED + FRACTIONS)
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


def test_one_third_is_given_to_28_digits_and_exact_as_a_fraction() -> None:
    assert parse_number("三分之一") == Decimal("0.3333333333333333333333333333")
    assert parse_fraction("三分之一") == Fraction(1, 3)


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("万万", 1),
        ("十百", 1),
        ("1..2", 1),
        ("三点", 1),
        ("", 0),
        ("一万零", 3),
        ("1,2", 1),
        ("一万一万", 3),
        ("统一", 0),
        ("三点五万万", 4),
        ("零零", 2),
        ("两三", 0),
        ("负", 1),
        ("分之三", 0),
        ("三分之", 3),
        ("零分之一", 0),
        ("十二点五亿万", 5),
        ("一千百", 2),
        (".5", 0),
        ("1,2345", 5),
        ("一亿万", 2),
        ("三亿二亿", 3),
        ("零百", 1),
        ("三二十", 1),
        ("二十万一百万", 5),
    ],
)
def test_malformed_numerals_name_text_and_position(text: str, position: int) -> None:
    with pytest.raises(NumberParseError) as caught:
        parse_number(text)
    err = caught.value
    assert isinstance(err, ValueError)
    assert err.text == text
    assert err.position == position
    assert repr(text) in str(err)


def test_too_long_numerals_are_refused_without_int_conversion() -> None:
    with pytest.raises(NumberParseError, match="limit"):
        parse_number("1" * (MAX_NUMERAL_LENGTH + 1))


def test_non_text_is_a_type_error_naming_the_parameter() -> None:
    with pytest.raises(TypeError, match="parse_number: text must be a str, not int"):
        parse_number(12)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not NoneType"):
        parse_number(None)  # type: ignore[arg-type]
    assert try_parse_number(None) is None  # type: ignore[arg-type]


def test_try_parse_number() -> None:
    assert try_parse_number("一万五") == Decimal(15000)
    assert try_parse_number("一致") is None


def test_results_ignore_the_global_decimal_context() -> None:
    expected = [parse_number(t) for t, _ in MIXED + ELIDED]
    with decimal.localcontext() as ctx:
        ctx.prec = 5
        ctx.traps[decimal.Inexact] = True
        ctx.traps[decimal.Rounded] = True
        assert [parse_number(t) for t, _ in MIXED + ELIDED] == expected
        assert parse_number("47.264287亿") == Decimal("4726428700")
        assert parse_number("三分之一") == Decimal("0.3333333333333333333333333333")


def test_parsing_from_many_threads_gives_the_same_results() -> None:
    texts = [t for t, _ in ARABIC + CHINESE + ELIDED + MIXED]
    expected = [parse_number(t) for t in texts]
    results: list[list[Decimal]] = []

    def work() -> None:
        with decimal.localcontext() as ctx:
            ctx.prec = 3
            results.append([parse_number(t) for t in texts])

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 8


@pytest.mark.parametrize(
    ("value", "style", "text"),
    [
        (0, "plain", "零"),
        (10, "plain", "十"),
        (15, "plain", "十五"),
        (110, "plain", "一百一十"),
        (1005, "plain", "一千零五"),
        (10010, "plain", "一万零一十"),
        (100000001, "plain", "一亿零一"),
        (150000000, "plain", "一亿五千万"),
        (2 * 10**12, "plain", "二万亿"),
        (10, "financial", "壹拾"),
        (1200, "financial", "壹仟贰佰"),
        (45000, "traditional", "四萬五千"),
        (Decimal("-3.14"), "plain", "负三点一四"),
        (Decimal("0.50"), "plain", "零点五"),
        (Decimal("-0"), "plain", "零"),
        ("12.5", "plain", "十二点五"),
    ],
)
def test_to_chinese(value: Decimal | int | str, style: str, text: str) -> None:
    assert to_chinese(value, style=style) == text  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [Decimal("Infinity"), Decimal("NaN"), 10**16, "x", None])
def test_to_chinese_refuses_what_it_cannot_write(value: object) -> None:
    with pytest.raises(FjreportsError):
        to_chinese(value)  # type: ignore[arg-type]


def test_to_chinese_refuses_unknown_styles() -> None:
    with pytest.raises(FjreportsError, match="style"):
        to_chinese(1, style="cursive")  # type: ignore[arg-type]


@given(chinese_numerals())
def test_parse_number_inverts_to_chinese(pair: tuple[str, Decimal]) -> None:
    text, value = pair
    assert parse_number(text) == value


@given(
    st.integers(-(10**16) + 1, 10**16 - 1), st.sampled_from(["plain", "financial", "traditional"])
)
def test_parse_number_inverts_to_chinese_for_integers(value: int, style: str) -> None:
    assert parse_number(to_chinese(value, style=style)) == value  # type: ignore[arg-type]


@given(decimals(places=6))
def test_arabic_digits_read_back(value: Decimal) -> None:
    assert parse_number(str(value)) == value
    assert parse_number(f"{value:,}") == value


@given(st.fractions(max_denominator=10**6))
def test_fraction_to_decimal_is_exact_or_none(value: Fraction) -> None:
    exact = fraction_to_decimal(value)
    if exact is None:
        assert to_decimal(value) != value
    else:
        assert Fraction(exact) == value


@given(st.text(max_size=30))
def test_parse_number_raises_only_its_own_error(text: str) -> None:
    try:
        parse_number(text)
    except NumberParseError as err:
        assert 0 <= err.position <= len(text)


@given(st.text(alphabet="零一二三四五六七八九十百千万亿两", min_size=1, max_size=12))
def test_the_quick_reading_agrees_with_the_full_reader(text: str) -> None:
    """Numerals written out in full are read in one pass; whatever that pass takes, the
    full reader reads the same, and whatever it leaves, the full reader decides."""
    from fjreports.numbers import numerals, plain

    quick = plain.plain_chinese(text)
    chars = [(c, i) for i, c in enumerate(text)]
    try:
        full = numerals._Reader(text, chars).read()
    except NumberParseError:
        full = None
    if quick is not None:
        assert full == quick


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_every_integer_written_out_reads_back(n: int) -> None:
    assert parse_number(to_chinese(n)) == n
