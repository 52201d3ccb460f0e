"""Hostile input, the global decimal context, threads: the pipeline holds."""

import decimal
import itertools
from concurrent.futures import ThreadPoolExecutor

import pytest

import fjreports
from conftest import hang_guard
from fjreports import (
    extract_numbers,
    extract_quantities,
    parse_number,
    regions,
    try_parse_quantity,
)

MEGABYTE = 1_000_000
HOSTILE = {
    "digits": "1" * MEGABYTE,
    "yi": "一" * MEGABYTE,
    "wan": "万" * MEGABYTE,
    "dotted": "1." * (MEGABYTE // 2),
    "quotes": "“1”（）【】" * (MEGABYTE // 7),
    "mixed": "集美区约6000万元，4900余亩；第二批5G。" * (MEGABYTE // 24),
    "names": "福建省厦门市集美区闽宁镇溪州村" * (MEGABYTE // 15),
    "written forms": "1/2 -3e5 2^3 .5 负十多万" * (MEGABYTE // 20),
    "signed fractions": "三分之负一分之负" * (MEGABYTE // 8),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_megabyte_of_hostile_text_finishes(name: str) -> None:
    text = HOSTILE[name]
    with hang_guard(120):
        found = extract_quantities(text)
        try_parse_quantity(text)
        mentions = regions.find(text)
        numbers = extract_numbers(text, dates=True)
    assert all(text[n.span[0] : n.span[1]] == n.text for n in numbers)
    assert all(a.span[1] <= b.span[0] for a, b in itertools.pairwise(numbers))
    # What is found is found where it is written, in order, without overlaps.
    assert all(text[q.span[0] : q.span[1]] == q.text for q in found)
    assert all(a.span[1] <= b.span[0] for a, b in itertools.pairwise(found))
    assert all(text[m.span[0] : m.span[1]] == m.text for m in mentions)


def test_results_do_not_depend_on_the_global_decimal_context() -> None:
    expected = fjreports.load()
    with decimal.localcontext() as ctx:
        ctx.prec = 5
        ctx.traps[decimal.Inexact] = True
        ctx.traps[decimal.Rounded] = True
        assert fjreports.load() == expected
        assert parse_number("47.264287亿") == decimal.Decimal("4726428700")


def test_parsing_and_loading_from_eight_threads_agree() -> None:
    expected = fjreports.load()
    texts = [p.text for p in expected.pages]
    serial = [extract_quantities(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        loads = list(pool.map(lambda _: fjreports.load(), range(8)))
        parsed = list(pool.map(lambda t: extract_quantities(t), texts * 2))
    assert all(corpus == expected for corpus in loads)
    assert parsed == serial * 2


def test_pages_of_bad_shape_are_read_whole() -> None:
    """A page of a million blank lines, and a page that is one long line of figures."""
    from fjreports.corpus import read_one
    from fjreports.layout import Page

    with hang_guard(120):
        blank = read_one(Page("blank.txt", "\n" * 1_000_000))
    assert (blank.articles, blank.metrics) == ([], [])
    clause = "新增项目19个，投资6000万元，"
    with hang_guard(120):
        line = read_one(Page("line.txt", clause * 10_000))  # 160,000 characters, no line break
    # Every figure written is read, where it is written.
    assert len(line.metrics) == 20_000
    assert {m.quantity.text for m in line.metrics} == {"19个", "6000万元"}
    assert all(line.page.text[m.span[0] : m.span[1]] == m.quantity.text for m in line.metrics)
