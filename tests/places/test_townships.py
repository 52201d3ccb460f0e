"""Townships with their codes: the table, lookups, and townships in running text."""

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from fjreports import regions
from fjreports.places import Level
from fjreports.places.townships import township_table

TABLE = township_table()
TOWNSHIP_CODES = TABLE.codes()
EVERY_CODE = sorted({r.code for r in regions.all_regions() if r.code}) + TOWNSHIP_CODES


def test_every_township_level_division_is_there() -> None:
    assert len(TABLE) >= 38_000
    assert all(len(code) == 9 and code.isdigit() for code in TOWNSHIP_CODES)


@settings(max_examples=300)
@given(st.sampled_from(EVERY_CODE))
def test_get_by_code_gives_that_code(code: str) -> None:
    assert regions.get(code).code == code


@settings(max_examples=300)
@given(st.sampled_from(TOWNSHIP_CODES))
def test_every_townships_ancestors_end_at_a_province(code: str) -> None:
    township = regions.get(code)
    above = regions.ancestors(township)
    assert township.level is Level.TOWNSHIP
    assert above and above[-1].level is Level.PROVINCE
    assert above[0].code == township.parent and township in above[-1]


def test_every_fujian_township_by_code_and_by_county_and_name() -> None:
    fujian = [TABLE.get(code) for code in TOWNSHIP_CODES if code.startswith("35")]
    assert len(fujian) > 1000
    for township in fujian:
        assert township is not None
        county = regions.get(township.parent or "")
        assert regions.get(township.code or "") is township
        assert [t for t in regions.children(county) if t.name == township.name] == [township]
        assert regions.get(county.name + township.name) is township


def test_townships_in_running_text_come_with_their_codes() -> None:
    text = "集美区灌口镇新建学校3所，尤溪县的城关镇完成造林2000亩。"
    got = [(m.text, m.region and m.region.code) for m in regions.find(text)]
    assert got == [("集美区灌口镇", "350211102"), ("尤溪县", "350426"), ("城关镇", "350426100")]


def test_a_name_longer_than_two_characters_is_taken_whole() -> None:
    [town] = regions.find("长顺县白云山镇新建安置房")
    assert (town.text, town.region and town.region.code) == ("长顺县白云山镇", "522729105")
    [alone] = regions.find("走访了白云山镇", context="长顺县")
    assert (alone.text, alone.region and alone.region.code) == ("白云山镇", "522729105")


def test_a_shared_name_waits_for_its_county() -> None:
    [alone] = regions.find("走访城关镇")
    assert alone.region is not None and alone.region.code is None
    [with_context] = regions.find("走访城关镇", context="尤溪县")
    assert with_context.region is not None and with_context.region.code == "350426100"


def test_a_township_travels_between_processes_as_its_code() -> None:
    township = regions.get("350211002")
    assert pickle.loads(pickle.dumps(township)) is township
    assert len(pickle.dumps(township)) < 80
