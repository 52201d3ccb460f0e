"""Former names: what a division was called before, resolved to what it became."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fjreports import load, regions
from fjreports.errors import AmbiguousRegionError
from fjreports.places.former import FormerName, former_names


@pytest.mark.parametrize(
    ("former", "now"),
    [
        ("闸北区", "静安区"),  # merged, 2015
        ("长乐市", "长乐区"),  # became a district, 2017
        ("建阳市", "建阳区"),
        ("昌都地区", "昌都市"),  # a prefecture renamed
        ("宣武区", "西城区"),
        ("冀州市", "冀州区"),  # from the GB/T 2260 revisions
        ("通县", "通州区"),  # 1997: a county became a district under a new code
        ("福清县", "福清市"),  # 1990: a county became a city
        ("奉化县", "奉化区"),  # a county, a city (1988), then a district (2016)
        ("邯郸地区", "邯郸市"),  # 1993: a prefecture merged into the city of its name
        ("南坪县", "九寨沟县"),  # 1998: renamed under its own code
        ("江津市", "江津区"),  # moved from 四川 to 重庆 (1997), then a district (2006)
        ("绍兴县", "柯桥区"),  # 2013: renamed under a new code
        ("龙岩县", "新罗区"),  # 龙岩市 (1981), whose name the prefecture took (1997)
        ("晋江地区", "泉州市"),  # 1985: its counties went to 泉州市
        ("获鹿县", "鹿泉区"),  # 1994: 鹿泉市 now, whose 获鹿镇 keeps the name
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
    [tong] = regions.former("通县")
    assert (tong.successor.name, tong.year, tong.codes) == ("通州区", "1997", ("110223",))


def test_a_former_code_resolves_to_what_it_became() -> None:
    assert regions.get("310108").name == "静安区"  # 闸北区's code
    assert regions.get("110223").name == "通州区"  # 通县's
    assert regions.get("350211").name == "集美区"  # a current code stays itself
    with pytest.raises(LookupError):
        regions.get("999999")
    assert [f.name for f in regions.former("310108")] == ["闸北区"]


def test_every_successor_is_a_current_region() -> None:
    changes = former_names()
    assert len(changes) >= 800  # since 1980
    assert any(change.year < "1990" for change in changes)
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


@given(st.sampled_from(former_names()))
def test_every_former_name_and_code_ends_at_a_current_region(change: FormerName) -> None:
    now = change.successor
    assert now.code is not None and regions.get(now.code) is now  # a current region
    assert change.name != now.name and change.year[:1] in "12>"
    for code in change.codes:
        assert code not in {r.code for r in regions.all_regions()}  # no current code
        try:
            assert regions.get(code) is now
        except AmbiguousRegionError as shared:  # a code two divisions bore in turn
            assert now in shared.candidates


def test_a_former_name_that_reads_as_a_phrase_is_not_found_in_text() -> None:
    # 半山区 (Hangzhou, until 1990) is also "half-mountain areas".
    assert regions.find("推进山区、半山区和东郊区的道路建设") == []
