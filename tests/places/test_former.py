"""Former names: what a division was called before, resolved to what it became."""

from pathlib import Path

import pytest

from fjreports import load, regions
from fjreports.errors import AmbiguousRegionError


@pytest.mark.parametrize(
    ("former", "now"),
    [
        ("闸北区", "静安区"),  # merged, 2015
        ("长乐市", "长乐区"),  # became a district, 2017
        ("建阳市", "建阳区"),
        ("昌都地区", "昌都市"),  # a prefecture renamed
        ("宣武区", "西城区"),
        ("冀州市", "冀州区"),  # from the GB/T 2260 revisions
    ],
)
def test_a_former_name_resolves_to_its_successor(former: str, now: str) -> None:
    assert regions.get(former).name == now


def test_every_former_name_leads_to_a_current_region() -> None:
    for region in regions.all_regions():
        assert region.code is None or regions.get(region.code) is region
        for alias in region.aliases:
            try:
                assert regions.get(alias) is region
            except AmbiguousRegionError as shared:
                assert region in shared.candidates


def test_former_names_in_running_text_and_words_that_hold_them() -> None:
    text = "1995年，闸北区新建学校3所；开县和云阳县合作。"
    got = [(m.text, m.region and m.region.name) for m in regions.find(text)]
    assert got == [("闸北区", "静安区"), ("开县", "开州区"), ("云阳县", "云阳县")]
    assert regions.find("召开县委常委会议") == []  # 召开 县委 holds no 开县


def test_a_former_name_says_what_it_became_and_when() -> None:
    [zhabei] = regions.former("闸北区")
    assert (zhabei.successor.name, zhabei.year) == ("静安区", "2015")
    assert "Civil Affairs" in zhabei.source
    assert regions.former("集美区") == ()  # a current name


def test_every_successor_is_a_current_region() -> None:
    from fjreports.places.former import former_names

    changes = former_names()
    assert len(changes) >= 250
    for change in changes:
        assert change.successor.code is not None
        assert regions.get(change.successor.code) is change.successor
        assert change.year[:1] in "12>" and change.name != change.successor.name


def test_a_query_by_a_region_gets_the_figures_its_predecessor_is_named_for(
    tmp_path: Path,
) -> None:

    page = tmp_path / "shanghai.txt"
    page.write_text(
        "闸北区旧区改造\n2010年，闸北区完成旧区改造面积12万平方米，受益居民4000户。\n",
        encoding="utf-8",
    )
    corpus = load(page)
    found = corpus.metrics.where(region="静安区")
    assert [m.quantity.text for m in found] == ["12万平方米", "4000户"]
