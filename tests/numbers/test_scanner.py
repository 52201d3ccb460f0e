"""The scanner's short ways (a year, a plain figure, 一 as an article) give what the long
way gives; the compact text maps back to the raw text."""

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fjreports import QuantityParseError, extract_quantities, parse_quantity
from fjreports.numbers import found, scanner
from fjreports.numbers.scanner import Scanner
from fjreports.numbers.short import plain_figure
from fjreports.text import Compact, fold_for_scan, normalize


@contextmanager
def long_way() -> Iterator[None]:
    """The scanner with its short ways turned off: every numeral read the long way."""
    with (
        mock.patch.object(Scanner, "date_at", lambda self, i, j: False),
        mock.patch.object(scanner, "plain_figure", lambda s, i, j: None),
        mock.patch.object(found, "plain_figure", lambda s, i, j: None),
        mock.patch.object(Scanner, "article_at", lambda self, j: False),
    ):
        yield


def both_ways(text: str) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    def read() -> list[tuple[object, ...]]:
        return [
            (q.value, q.low, q.high, q.unit, q.qualifier, q.kind, q.text, q.span)
            for q in extract_quantities(text)
        ]

    short = read()
    with long_way():
        long = read()
    return short, long


SENTENCES = [
    "2023年产值增长到58亿元，比2022年多3个亿。",
    "新建道路12公里，改造房屋300户，种植果树4500株。",
    "一年来，全县一次性解决了一个难题，引进一家企业。",
    "投资一美元，回报一成，增长一倍，一吨半小麦，一亩至两亩地。",
    "全年接待游客120万人次，其中境外游客3.5万人次。",
    "人均1.5亩，每万人拥有医生3.2人，共有3.5个村。",
    "项目总投资8万元/亩，年产8万吨/年，合计30万元（含）以上。",
    "收入100元5角，共10亩至15亩，用时3个半小时，超过20年半。",
    "2020年—2025年规划，1998年底建成，1990年代开始，20年来持续推进。",
    "约300人参加，新台币177.1亿元，US$5亿，摄氏20度。",
    "共有1,234个项目，12，500万元资金，G15高速，5G基站3000个。",
    "第3名，前300名企业中有25家，3年行动，5年规划，10个工作日内办结。",
    "增长12.5%，下降0.8个百分点，三成，七成五，八五折。",
    "一个个项目落地，一户一策，千方百计，统一思想。",
    "流转土地4900余亩，投入1700多万元，带动3万余人次，10来个村，50几家企业。",
    "新增20余十项，300多个月，5000余万kW，8万余吨/年，200多元钱，约3万余人。",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_short_ways_read_as_the_long_way(text: str) -> None:
    short, long = both_ways(text)
    assert short == long


def test_short_ways_are_taken() -> None:
    # The short ways do find these (so the comparison above compares something).
    reader = Scanner("2023年建成12公里道路，一个村", strict=False)
    assert reader.date_at(0, 4)
    plain = plain_figure(reader.s, 7, 9)
    assert plain is not None and plain[:2] == (11, 12) and plain[2].name == "公里"
    assert reader.article_at(15)
    # A unit with a reading of its own, or a figure that goes on, is left to the long way.
    assert plain_figure("3.5个村", 0, 3) is None  # a fraction of a count
    assert plain_figure("10亩至15亩", 0, 2) is None  # a range
    assert plain_figure("5km2", 0, 1) is None  # a Latin symbol: the long way tells
    more = plain_figure("1700多万元", 0, 4)
    assert more is not None and more[1] == 17000000 and more[3] is not None
    assert not Scanner("一吨半", strict=False).article_at(1)  # 1.5 吨


def test_plain_figures_values() -> None:
    found = extract_quantities("新建道路12公里，投资500万元，种植果树4500株")
    assert [(q.value, q.unit) for q in found] == [
        (Decimal(12), "公里"),
        (Decimal(5000000), "元"),
        (Decimal(4500), "株"),
    ]


_PIECES = [
    *"0123456789一二三两十百千万亿半余多约近第前年月个元亩人次%.,-—至到/每（含）以上下左右成折倍",
    "公里",
    "万元",
    "人次",
    "吨",
    "美元",
    "百分点",
    "小时",
    "村",
    "，",
    "。",
    " ",
    "\n",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_short_ways_match_the_long_way_on_any_text(text: str) -> None:
    short, long = both_ways(text)
    assert short == long


_GAP_CHARS = " \n\t\u3000\u200b\u00ad\x85"
_GAPPY = st.text(alphabet=_GAP_CHARS + "ab12，万", max_size=30)


# With invisible marks or full-width forms, and with white space alone (read another way).
@given(st.one_of(_GAPPY, st.text(alphabet=" \n\t\u3000\x85ab12，万", max_size=30)), st.booleans())
def test_compact_maps_each_character_back(text: str, scan: bool) -> None:
    compact = Compact(text, scan=scan)
    folded = fold_for_scan(text) if scan else normalize(text)
    for k, char in enumerate(compact.text):
        at = compact.raw(k)
        if char == " ":  # a gap with white space between two digits, kept as one space
            assert scan and folded[at] in _GAP_CHARS
        else:
            assert folded[at] == char
    # Each character of the compact text maps after the one before it.
    offsets = [compact.raw(k) for k in range(len(compact.text))]
    assert offsets == sorted(set(offsets))


def test_compact_past_the_end_maps_to_the_last_word() -> None:
    compact = Compact("12 万\n\n")
    assert compact.text == "12万"
    assert compact.raw(len(compact.text)) == 4  # right after 万, not after the gap
    assert Compact("   ").raw(0) == 3
    assert Compact("1 2", scan=True).text == "1 2"
    assert Compact("1\u200b2", scan=True).text == "12"  # an invisible mark never separates
    assert Compact(" 1 \n 2万 ", scan=True).text == "1 2万"
    assert Compact("1，234 元", scan=True).text == "1,234元"  # a grouping comma, folded
    white = Compact("  约 1,234\n\n万元  ", scan=True)
    assert (white.text, white.raw(0), white.raw(1), white.raw(len(white.text))) == (
        "约1,234万元",
        2,
        4,
        13,  # right after 元, not after the white space that ends the text
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_every_range_found_runs_from_low_to_high(text: str) -> None:
    for q in extract_quantities(text):
        assert (q.value is None) == (q.low is not None) == (q.high is not None)
        if q.value is None:
            assert q.low is not None and q.high is not None and q.low <= q.high, q.text


@given(
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=10**6),
    st.sampled_from(["亩", "元", "%", "人次", ""]),  # no magnitude: it may serve both ends
)
def test_a_range_parsed_keeps_low_at_most_high(a: int, b: int, unit: str) -> None:
    text = f"{a}至{b}{unit}"
    if a < b:
        q = parse_quantity(text)
        assert q.low is not None and q.high is not None and q.low <= q.high
    elif a > b:
        with pytest.raises(QuantityParseError):
            parse_quantity(text)
