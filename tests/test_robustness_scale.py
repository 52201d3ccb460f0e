"""Hostile input, the global decimal context, threads: the pipeline holds."""

import decimal
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

import fjreports
from conftest import hang_guard
from fjreports import extract_quantities, parse_number, regions, try_parse_quantity

MEGABYTE = 1_000_000
HOSTILE = {
    "digits": "1" * MEGABYTE,
    "yi": "一" * MEGABYTE,
    "wan": "万" * MEGABYTE,
    "dotted": "1." * (MEGABYTE // 2),
    "quotes": "“1”（）【】" * (MEGABYTE // 7),
    "mixed": "集美区约6000万元，4900余亩；第二批5G。" * (MEGABYTE // 24),
    "names": "福建省厦门市集美区闽宁镇溪州村" * (MEGABYTE // 15),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_megabyte_of_hostile_text_finishes(name: str) -> None:
    text = HOSTILE[name]
    with hang_guard(120):
        extract_quantities(text)
        try_parse_quantity(text)
        regions.find(text)


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
    assert threading.active_count() >= 1
