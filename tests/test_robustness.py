"""Junk into every public function: only the documented errors come out."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import fjreports
from fjreports import FjreportsError

JUNK = [
    None,
    "",
    "€",
    "😴",
    "ⅷ",
    "\x00",
    "\ufeff",
    "\udcff",  # a lone surrogate, as os.fsdecode leaves an undecodable byte
    3,
    2.5,
    True,
    b"12",
    [],
    Decimal("NaN"),
    Decimal("-Infinity"),
    Decimal("1E+999999"),
    "万" * 500,
    "1" * 500,
    "1" * 1_000_000,
    "约6000万元" * 150_000,
    "NaN",
]

# What each call takes; anything else is a TypeError that names the parameter's type.
TAKES: dict[str, tuple[type, ...]] = {
    "parse_number": (str,),
    "parse_quantity": (str,),
    "to_chinese": (Decimal, int, str),
    "convert": (Decimal, int, str),
    "convert_units": (str,),
    "convert_exact": (str,),
    "get_unit": (str,),
    "format_number": (Decimal, int),
    "format_locale": (str,),
    "regions.get": (str,),
    "regions.find": (str,),
    "parse_unit_bound": (str,),
}


def only_documented(name: str, junk: object) -> None:
    """The call gives an answer, a documented error, or for a wrong type one TypeError."""
    wrong_type = isinstance(junk, bool | float) or not isinstance(junk, TAKES[name])
    try:
        TEXT_CALLS[name](junk)
    except FjreportsError:
        pass
    except TypeError as err:
        assert wrong_type, f"{name}({junk!r}) raised {err!r}"
        assert type(junk).__name__ in str(err) or repr(junk) in str(err), err


CALLS = {
    "parse_number": lambda x: fjreports.parse_number(x),
    "parse_quantity": lambda x: fjreports.parse_quantity(x),
    "to_chinese": lambda x: fjreports.to_chinese(x),
    "convert": lambda x: fjreports.convert(x, "元", "万元"),
    "convert_units": lambda x: fjreports.convert(Decimal(1), x, "元"),
    "convert_exact": lambda x: fjreports.convert_exact(1, "元", x),
    "get_unit": lambda x: fjreports.get_unit(x),
    "format_number": lambda x: fjreports.format_number(x),
    "format_locale": lambda x: fjreports.format_number(Decimal(1), x),
}


@pytest.mark.parametrize("name", sorted(CALLS))
@pytest.mark.parametrize("junk", JUNK, ids=repr)
def test_only_documented_errors_escape(name: str, junk: object) -> None:
    only_documented(name, junk)


@pytest.mark.parametrize("junk", JUNK, ids=repr)
def test_the_never_raising_functions(junk: object) -> None:
    assert isinstance(fjreports.extract_quantities(junk), list)  # type: ignore[arg-type]
    fjreports.try_parse_number(junk)  # type: ignore[arg-type]
    fjreports.try_parse_quantity(junk)  # type: ignore[arg-type]


TEXT_CALLS = {
    **CALLS,
    "regions.get": lambda x: fjreports.regions.get(x),
    "regions.find": lambda x: fjreports.regions.find(x, context=x or None),
    "parse_unit_bound": lambda x: fjreports.load().metrics.where(min=x),
}


@settings(max_examples=60, deadline=None)
@given(name=st.sampled_from(sorted(TEXT_CALLS)), text=st.text(max_size=40))
def test_arbitrary_text_gives_only_documented_errors(name: str, text: str) -> None:
    only_documented(name, text)


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("0123456789一二三万亿约余多近至—-%元亩人次个百分点．.，。"),
        max_size=60,
    )
)
def test_figure_like_text_never_breaks_the_extractors(text: str) -> None:
    assert all(text[q.span[0] : q.span[1]] == q.text for q in fjreports.extract_quantities(text))
    fjreports.try_parse_quantity(text)
    fjreports.regions.find(text)
