import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fjreports import AmbiguousRegionError, Region, UnknownRegionError, regions
from fjreports.places.local import township_words
from fjreports.regions import (
    Level,
    all_regions,
    ancestors,
    children,
    find,
    get,
)

# What the suffix-to-suffix search of township names must find: two Han characters
# before a township or village suffix, as a plain regular expression would.
_TOWNSHIP = re.compile("([\u4e00-\u9fff]{2})(街道|社区|镇|乡|村)")

FUJIAN_PREFECTURES = {
    "350100": "福州市",
    "350200": "厦门市",
    "350300": "莆田市",
    "350400": "三明市",
    "350500": "泉州市",
    "350600": "漳州市",
    "350700": "南平市",
    "350800": "龙岩市",
    "350900": "宁德市",
}
# County-level divisions of Fujian per prefecture, 2024.
FUJIAN_COUNTIES = {
    "350100": "鼓楼区 台江区 仓山区 马尾区 晋安区 长乐区 闽侯县 连江县 罗源县 闽清县 永泰县 "
    "平潭县 福清市",
    "350200": "思明区 海沧区 湖里区 集美区 同安区 翔安区",
    "350300": "城厢区 涵江区 荔城区 秀屿区 仙游县",
    "350400": "三元区 沙县区 明溪县 清流县 宁化县 大田县 尤溪县 将乐县 泰宁县 建宁县 永安市",
    "350500": "鲤城区 丰泽区 洛江区 泉港区 惠安县 安溪县 永春县 德化县 金门县 石狮市 晋江市 南安市",
    "350600": "芗城区 龙文区 龙海区 长泰区 云霄县 漳浦县 诏安县 东山县 南靖县 平和县 华安县",
    "350700": "延平区 建阳区 顺昌县 浦城县 光泽县 松溪县 政和县 邵武市 武夷山市 建瓯市",
    "350800": "新罗区 永定区 长汀县 上杭县 武平县 连城县 漳平市",
    "350900": "蕉城区 霞浦县 古田县 屏南县 寿宁县 周宁县 柘荣县 福安市 福鼎市",
}


def test_fujian_is_exactly_right() -> None:
    fujian = [r for r in all_regions() if r.code and r.code.startswith("35")]
    prefectures = {r.code: r.name for r in fujian if r.level is Level.PREFECTURE}
    assert prefectures == FUJIAN_PREFECTURES
    for code, names in FUJIAN_COUNTIES.items():
        counties = [r.name for r in children(code) if r.level is Level.COUNTY]
        assert sorted(counties) == sorted(names.split()), code
    assert sum(len(n.split()) for n in FUJIAN_COUNTIES.values()) == 84
    assert [r.code for r in fujian if r.level is Level.COUNTY].__len__() == 84


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("350112", "长乐区"),
        ("350404", "三元区"),
        ("350405", "沙县区"),
        ("350703", "建阳区"),
        ("350604", "龙海区"),
        ("350605", "长泰区"),
        ("350211", "集美区"),
        ("653228", "和康县"),
        ("460302", "西沙区"),
    ],
)
def test_current_codes(code: str, name: str) -> None:
    assert get(code).name == name


def test_levels_are_counted() -> None:
    levels = Counter(r.level for r in all_regions())
    assert levels[Level.PROVINCE] == 34
    assert levels[Level.PREFECTURE] == 333
    assert levels[Level.COUNTY] == 2846
    assert levels[Level.ZONE] >= 20
    assert {"350402", "350182", "232761", "460321"}.isdisjoint(r.code for r in all_regions())


def test_get_by_code_name_short_name_and_former_name() -> None:
    jimei = get("350211")
    assert get("集美区") == get("集美") == get("厦门市集美区") == get("厦门集美区") == jimei
    assert (jimei.name, jimei.short_name, jimei.level, jimei.parent) == (
        "集美区",
        "集美",
        Level.COUNTY,
        "350200",
    )
    assert get("福建").name == "福建省"
    assert get("宁夏").name == "宁夏回族自治区"
    assert get("临夏州") == get("临夏") == get("临夏回族自治州")
    assert get("香港").level is Level.PROVINCE
    assert get(jimei) is jimei
    for former, current in [("长乐市", "350112"), ("建阳市", "350703"), ("梅列区", "350404")]:
        assert get(former).code == current
        assert former in get(current).aliases


def test_ambiguous_names_list_their_candidates() -> None:
    with pytest.raises(AmbiguousRegionError) as caught:
        get("鼓楼区")
    codes = sorted(r.code for r in caught.value.candidates)  # type: ignore[attr-defined]
    assert codes == ["320106", "320302", "350102", "410204"]
    assert isinstance(caught.value, LookupError)
    assert get("福建省鼓楼区").code == "350102"
    assert get("福州市鼓楼区").code == "350102"


@pytest.mark.parametrize("query", ["上海市广东路", "广东路", "宁波省", "", "xyz", "99999"])
def test_unknown_names_are_never_mapped_to_something_else(query: str) -> None:
    with pytest.raises(UnknownRegionError) as caught:
        get(query)
    assert isinstance(caught.value, LookupError)


def test_unknown_names_suggest_the_nearest() -> None:
    with pytest.raises(UnknownRegionError) as caught:
        get("宁波省")
    assert "宁波市" in caught.value.candidates


def test_non_text_is_unknown() -> None:
    with pytest.raises(UnknownRegionError):
        get(350211)  # type: ignore[arg-type]


def test_hierarchy_with_its_gaps() -> None:
    assert [r.name for r in ancestors("集美区")] == ["厦门市", "福建省"]
    assert [r.name for r in ancestors("东城区")] == ["北京市"]
    assert get("东莞市").level is Level.PREFECTURE  # no counties: its townships hang from it
    assert {r.level for r in children("东莞市")} == {Level.TOWNSHIP}
    assert get("中山市").parent == "440000"
    assert get("儋州市").parent == "460000"
    assert get("嘉峪关市").level is Level.PREFECTURE
    assert get("五家渠市").parent == "650000"
    assert get("仙桃市").parent == "420000"
    assert get("厦门市").contains(get("集美区"))
    assert get("集美区") in get("福建省")
    assert get("集美区") not in get("福州市")
    assert "集美区" not in get("厦门市")  # only regions are inside regions
    assert get("福州新区") in get("福州市")
    assert get("集美区").province == get("福建省")
    assert get("福建省").province == get("福建省")


def test_regions_compare_by_code_or_by_name_and_parent() -> None:
    a = Region("350211", "集美区", "集美", Level.COUNTY, "350200")
    b = Region("350211", "另一个名字", "x", Level.COUNTY, None)
    assert a == b and hash(a) == hash(b)
    t1 = Region(None, "闽宁镇", "闽宁", Level.TOWNSHIP, "640121")
    t2 = Region(None, "闽宁镇", "闽宁", Level.TOWNSHIP, "640121")
    t3 = Region(None, "闽宁镇", "闽宁", Level.TOWNSHIP, None)
    assert t1 == t2 and hash(t1) == hash(t2) and t1 != t3
    assert a != "350211"
    assert str(a) == "集美区 (350211)" and str(t1) == "闽宁镇"


def mentions(text: str, context: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.region.name if m.region else None) for m in find(text, context)]


# Sentences of the bundled pages: every region they name.
PAGE_SENTENCES = [
    ("福建省厦门市集美区通过创新发展模式", [("福建省厦门市集美区", "集美区")]),
    ("近年来，福建省邵武市始终坚持", [("福建省邵武市", "邵武市")]),
    ("意度宁德霞浦县探索融合", [("宁德霞浦县", "霞浦县")]),
    ("福建省南平市延平区四鹤街道", [("福建省南平市延平区四鹤街道", "四鹤街道")]),
    ("光泽县与资溪县开展深度合作", [("光泽县", "光泽县"), ("资溪县", "资溪县")]),
    ("与江西省4个县毗邻", [("江西省", "江西省")]),
    ("走进南安梅山镇鼎诚工业园", [("南安梅山镇", "梅山镇")]),
    ("正是南安深入推进“三区联创”", [("南安", "南安市")]),
    ("泉港激活融合发展新动能", [("泉港", "泉港区")]),
    ("在仑苍镇中国水暖城", [("仑苍镇", "仑苍镇")]),
    ("美林街道溪州村,村党支部", [("美林街道溪州村", "溪州村")]),
    ("宁夏回族自治区银川市永宁县闽宁镇", [("宁夏回族自治区银川市永宁县闽宁镇", "闽宁镇")]),
    ("与甘肃省临夏州结对", [("甘肃省临夏州", "临夏回族自治州")]),
    ("助力宁夏闽宁镇发展", [("宁夏闽宁镇", "闽宁镇")]),
    ("近年来，福州新区围绕“数字经济”", [("福州新区", "福州新区")]),
]


@pytest.mark.parametrize(("sentence", "expected"), PAGE_SENTENCES)
def test_find_in_page_sentences(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(sentence) == expected


def test_find_keeps_spans_into_the_raw_text_across_line_breaks() -> None:
    text = "福建省邵\n武市始终坚持"
    [m] = find(text)
    assert m.region is not None and m.region.name == "邵武市"
    assert m.text == "福建省邵\n武市" and text[m.span[0] : m.span[1]] == m.text
    assert m.stated_parent is not None and m.stated_parent.name == "福建省"


@pytest.mark.parametrize(
    "text",
    [
        "东山210小区",
        "南平路",
        "广东路",
        "共同安全",
        "闽赣两省",
        "宁可",
        "绿水青山就是金山银山",
        "两县一镇",
        "推动村集体经济发展，助力乡村振兴",
    ],
)
def test_what_is_not_a_region(text: str) -> None:
    assert mentions(text) == []


def test_shanghai_guangdong_road_names_no_guangdong() -> None:
    assert mentions("上海市广东路") == [("上海市", "上海市")]


def test_ambiguous_names_resolve_by_context() -> None:
    assert [m.region.code for m in find("鼓楼区", context="福建省") if m.region] == ["350102"]
    assert [m.region.code for m in find("鼓楼区", context="江苏") if m.region] == []
    [m] = find("鼓楼区")
    assert m.region is None and len(m.candidates) == 4
    # A page about Fujian prefers Fujian.
    fujian = find("福州市召开会议，鼓楼区介绍经验")
    assert fujian[-1].region is not None and fujian[-1].region.code == "350102"


def test_short_county_names_need_their_province_on_the_page() -> None:
    assert mentions("福建省的新建项目") == [("福建省", "福建省")]
    assert mentions("江西省的发展，新建今年") == [("江西省", "江西省"), ("新建", "新建区")]
    assert mentions("集美的发展") == [("集美", "集美区")]  # no province named: short names count


def test_townships_hang_under_the_county_before_them() -> None:
    [m] = find("永宁县闽宁镇")
    assert m.region is not None and m.region.level is Level.TOWNSHIP
    assert m.region.code == "640121104" and m.region.parent == "640121"
    assert m.region in get("宁夏")
    [village] = find("泾源县集美村")
    assert village.region is not None and village.region.level is Level.VILLAGE
    assert village.region.parent == get("泾源县").code
    later = find("南安市举行大会。走访仑苍镇")  # the only 仑苍镇 in China
    assert later[-1].region is not None and later[-1].region.parent == "350583"
    shared = find("福州市召开大会。走访城关镇")  # 88 townships of that name
    assert shared[-1].region is not None and shared[-1].region.code is None
    same = find("南安市的仑苍镇")
    assert same[-1].region is not None and same[-1].region.parent == "350583"
    ctx = find("走访仑苍镇", context="南安市")
    assert ctx[0].region is not None and ctx[0].region.parent == "350583"


def test_find_on_the_bundled_pages() -> None:
    from fjreports.corpus import seed_pages

    names: Counter[str] = Counter()
    for page in seed_pages():
        text = page.read_text(encoding="utf-8-sig")
        for m in find(text):
            assert text[m.span[0] : m.span[1]] == m.text
            if m.region is not None:
                names[m.region.name] += 1
    expected = "集美区 霞浦县 延平区 邵武市 同安区 光泽县 福鼎市 福安市 南安市 泉港区 湖里区 厦门市"
    for name in [*expected.split(), "闽宁镇", "临夏回族自治州", "彭阳县"]:
        assert names[name] > 0, name


@pytest.mark.parametrize("junk", [None, 3, b"\xe9\x9b\x86", "", "€", "😴", "\x00" * 10])
def test_find_never_raises_on_junk(junk: object) -> None:
    assert isinstance(find(junk), list)  # type: ignore[arg-type]


def test_find_with_an_unknown_context_says_so() -> None:
    with pytest.raises(UnknownRegionError):
        find("鼓楼区", context="火星")


CODED = [r for r in all_regions() if r.code is not None]


@given(st.sampled_from(CODED))
def test_get_by_code_returns_the_region(region: Region) -> None:
    assert get(region.code or "") == region


@given(st.sampled_from(all_regions()))
def test_get_by_an_unambiguous_name_returns_the_region(region: Region) -> None:
    try:
        found = get(region.name)
    except AmbiguousRegionError as err:
        assert region in err.candidates
    else:
        assert found == region or found.contains(region)


@given(st.sampled_from(all_regions()))
def test_ancestors_end_at_a_province(region: Region) -> None:
    chain = ancestors(region)
    if region.level is Level.PROVINCE:
        assert chain == ()
    else:
        assert chain and chain[-1].level is Level.PROVINCE
        assert all(above.contains(region) for above in chain)


@given(st.text())
def test_find_never_raises_and_spans_index_the_input(text: str) -> None:
    for m in find(text):
        assert text[m.span[0] : m.span[1]] == m.text
        assert (m.region is None) == bool(m.candidates)


@given(
    st.lists(st.sampled_from(["福建省", "厦门", "集美区", "鼓楼", "闽宁镇", "，", "路", "村", "2"]))
)
def test_find_never_raises_on_name_soup(parts: list[str]) -> None:
    text = "".join(parts)
    for m in find(text):
        assert text[m.span[0] : m.span[1]] == m.text


def test_data_file_names_its_source_and_date() -> None:
    header = (Path(regions.__file__).parent / "data" / "regions.tsv").read_text(encoding="utf-8")
    assert "# Source:" in header and "As of 2024-12-31" in header


@given(st.text(alphabet="街道社区镇乡村梅山集美a1，。 ", max_size=30))
def test_the_township_search_finds_what_the_pattern_finds(text: str) -> None:
    expected = [(m.start(), m.end(), m.group(1), m.group(2)) for m in _TOWNSHIP.finditer(text)]
    assert list(township_words(text)) == expected


def test_a_name_with_another_kind_of_division_is_not_the_gazetteer_region() -> None:
    # 沙县 is a district now (沙县区); a text naming 沙县区 means it, and by 沙县 too.
    assert [m.region.name for m in find("三明市沙县区的小吃") if m.region] == ["沙县区"]
    # A district the gazetteer does not hold (洪江区, a zone of 怀化市) is not 洪江市 ...
    names = [m.region.name for m in find("怀化市洪江区沅江路街道，洪江古城游客多") if m.region]
    assert "洪江市" not in names and "怀化市" in names
    # ... while 洪江市 named as such, or by its short name alone, still is.
    assert [m.region.code for m in find("洪江市的游客")] == ["431281"]
    assert [m.region.code for m in find("湖南洪江的游客")] == ["431281"]
    # 通道县 is 通道侗族自治县: the same kind of division, its suffix shortened.
    assert [m.region.code for m in find("怀化市通道县的侗寨")] == ["431230"]


def test_a_verb_after_a_county_is_no_region_of_another_province() -> None:
    # 新建 (to build) right after 寿宁县 is no 南昌市新建区: 寿宁县 is in 福建, and a
    # short name counts after a region only where that region holds it.
    assert [m.region.name for m in find("寿宁县新建茶厂5家。") if m.region] == ["寿宁县"]
    assert [m.region.name for m in find("屏南县今年新建茶园。") if m.region] == ["屏南县"]
    # Right after its own city it still is: 南昌市新建区, 南昌新建.
    assert [m.region.code for m in find("江西省南昌市新建区")] == ["360112"]
