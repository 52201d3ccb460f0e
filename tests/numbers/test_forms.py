"""Forms of figures in running text, and words that only look like figures: sentences
written for these tests."""

from decimal import Decimal

import pytest

from fjreports import Qualifier, extract_quantities, parse_quantity


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("全村存栏生猪1500口，", [("1500口", "1500", "口")]),
        ("养殖蛋鸡6万羽，", [("6万羽", "60000", "羽")]),
        ("代表团获得奖牌23枚。", [("23枚", "23", "枚")]),
        ("海关验放报关单4100票，", [("4100票", "4100", "票")]),
        ("全年发送旅客5.2亿人公里。", [("5.2亿人公里", "520000000", "人公里")]),
        ("港口接靠船舶26艘次。", [("26艘次", "26", "艘次")]),
        ("新增装机三百千瓦，", [("三百千瓦", "300", "千瓦")]),
        ("光伏装机45万千瓦。", [("45万千瓦", "450000", "千瓦")]),
        ("新修河堤两千米。", [("两千米", "2000", "米")]),
        ("队员平均身高172cm，", [("172cm", "172", "cm")]),
        ("平均身高172CM。", [("172CM", "172", "CM")]),
        ("细颗粒物浓度28微克/立方米，", [("28微克/立方米", "28", "微克/立方米")]),
        ("全年营收十点零六亿元，", [("十点零六亿元", "1006000000", "元")]),
        ("全县六成五的农户加入合作社。", [("六成五", "65", "%")]),
        ("受访者中两成多表示满意。", [("两成多", "20", "%")]),
        ("水库投放鱼苗80万尾。", [("80万尾", "800000", "尾")]),
        ("全年开行货运班列2300列，", [("2300列", "2300", "列")]),
        ("累计发放贴息贷款1.6万笔。", [("1.6万笔", "16000", "笔")]),
        ("本周报告新增病例7例，", [("7例", "7", "例")]),
        ("累计接种疫苗42.5万剂次。", [("42.5万剂次", "425000", "剂次")]),
        ("统防统治小麦病虫害30万亩次。", [("30万亩次", "300000", "亩次")]),
        ("服务参展企业4500家次。", [("4500家次", "4500", "家次")]),
        ("旅游收入比上年增长一倍。", [("一倍", "1", "倍")]),  # a multiple, no article
        ("农户分为甲、乙、A、B三种类型。", [("三种", "3", "种")]),  # no code: B三种
        ("新建水厂日供水8万吨/日，", [("8万吨/日", "80000", "吨/日")]),  # 日 under a bar
        ("3月8日起，每瓶装250ml。", [("250ml", "250", "ml")]),  # 8日 is a date
        ("落实三包责任，退换货品60件。", [("60件", "60", "件")]),  # 三包 is a term
        ("每千名老人拥有养老床位35.5张。", [("35.5张", "35.5", "张")]),  # a rate
        ("脱贫户户均饲养肉牛2.4头。", [("2.4头", "2.4", "头")]),
        (
            "每千人口拥有3岁以下婴幼儿托位达到4.5个，",
            [("3岁以下", "3", "岁"), ("4.5个", "4.5", "个")],
        ),
    ],
)
def test_figures_found(text: str, found: list[tuple[str, str, str]]) -> None:
    got = [(q.text, q.value, q.unit) for q in extract_quantities(text)]
    assert got == [(t, Decimal(v), u) for t, v, u in found]


@pytest.mark.parametrize(
    "text",
    [
        "该县综合考评进入全市前三名。",  # a rank
        "去年前10个月，出口保持增长。",  # the first months of a year: a time
        "出口保持两位数增长。",  # a number of digits
        "两名选手跻身全省后两位。",  # 两名 is a count, 后两位 a rank
        "珠三角和长三角地区的企业前来洽谈。",  # delta regions, not 3 角
        "优化三次产业结构。",  # the three sectors
        "5G基站和4A级景区。",  # names
        "上午九点三十分召开会议。",  # a time of day
        "群众三天两头来访，干部三言两语说清。",  # set phrases: 两头 is no livestock
        "坚持四个全面，增强四个意识。",  # numbered formulations: names
    ],
)
def test_words_that_look_like_figures_are_not(text: str) -> None:
    got = [q.text for q in extract_quantities(text)]
    assert got == (["两名"] if text.startswith("两名") else [])


def test_a_count_after_a_word_ending_in_front_is_no_rank() -> None:
    assert [q.text for q in extract_quantities("此前300名学员已结业。")] == ["300名"]


def test_temperatures_convert_with_their_zeros() -> None:
    from fjreports import parse_quantity, units

    cold = parse_quantity("零下四摄氏度")
    assert (cold.value, cold.unit, cold.kind.value) == (Decimal(-4), "摄氏度", "temperature")
    assert units.convert(212, "华氏度", "摄氏度") == Decimal(100)
    assert units.convert(-40, "摄氏度", "华氏度") == Decimal(-40)
    assert units.convert(0, "摄氏度", "开尔文") == Decimal("273.15")
    assert parse_quantity("98.6℉").to("℃").value == Decimal(37)
    found = extract_quantities("当日最低气温零下12℃，最高气温5℃。")
    assert [(q.text, q.value) for q in found] == [("零下12℃", Decimal(-12)), ("5℃", Decimal(5))]


def test_a_temperature_may_name_its_scale_before_the_number() -> None:
    fever = parse_quantity("华氏一百零二度")
    assert (fever.value, fever.unit) == (Decimal(102), "华氏度")
    below = parse_quantity("摄氏零下七度")
    assert (below.value, below.unit) == (Decimal(-7), "摄氏度")
    span = parse_quantity("摄氏18至26度")
    assert (span.low, span.high, span.unit) == (Decimal(18), Decimal(26), "摄氏度")
    text = "室内保持约摄氏22度，冷库低至华氏-4度，湖面温度3度，摄氏温标。"
    found = extract_quantities(text)
    assert [(q.text, q.value, q.unit, q.qualifier) for q in found] == [
        ("约摄氏22度", Decimal(22), "摄氏度", Qualifier.ABOUT),
        ("华氏-4度", Decimal(-4), "华氏度", None),
    ]  # 3度 names no scale: an angle, a grade or a temperature
    assert found[1].to("摄氏度").value == Decimal(-20)


def test_a_scale_with_its_own_zero_takes_no_magnitude() -> None:
    from fjreports import units
    from fjreports.errors import UnitError

    with pytest.raises(UnitError, match="its own zero"):
        units.resolve_unit("万摄氏度")


def test_ten_and_one_of_a_foreign_currency_are_figures() -> None:
    assert [(q.text, q.value) for q in extract_quantities("门票十美元，小费一美元。")] == [
        ("十美元", Decimal(10)),
        ("一美元", Decimal(1)),
    ]
    assert extract_quantities("这一点十分重要，推进一元化管理。") == []


def test_a_discount_is_a_share_of_the_price() -> None:
    got = [(q.text, q.value) for q in extract_quantities("门票打八五折，团购再享75折。")]
    assert got == [("八五折", Decimal(85)), ("75折", Decimal(75))]
    assert [q.text for q in extract_quantities("货值500万美元，3折合计")] == ["500万美元"]


def test_one_tenth_of_the_price_and_words_made_with_zhe() -> None:
    got = [(q.text, q.value, q.unit) for q in extract_quantities("清仓商品一律打一折。")]
    assert got == [("一折", Decimal(10), "%")]
    # 折 starting a word (折腾, 折叠, 折旧) takes no numeral as a discount.
    for text in ("项目一折腾就是三年", "一折叠就好", "设备三折旧"):
        assert [q.unit for q in extract_quantities(text)] in ([], ["年"]), text


def test_percent_in_the_financial_forms_and_with_latin_magnitudes() -> None:
    assert [(q.value, q.unit) for q in extract_quantities("占比佰分之五")] == [(Decimal(5), "%")]
    got = [
        (q.text, q.value, q.unit)
        for q in extract_quantities("增幅为百分之3.2k，共15k%，超12k个百分点")
    ]
    assert got == [
        ("百分之3.2k", Decimal(3200), "%"),
        ("15k%", Decimal(15000), "%"),
        ("超12k个百分点", Decimal(12000), "百分点"),  # 超: more than
    ]
    # M is a million before an amount's unit; elsewhere the letter names something.
    assert [q.value for q in extract_quantities("融资5M美元，3M公司")] == [Decimal(5000000)]
    assert [q.text for q in extract_quantities("月薪3w元")] == ["3w元"]


def test_an_amount_with_the_smaller_unit_of_its_currency() -> None:
    got = [
        (q.text, q.value, q.unit) for q in extract_quantities("售价两美元又三美分，另收5英镑20便士")
    ]
    assert got == [
        ("两美元又三美分", Decimal("2.03"), "美元"),
        ("5英镑20便士", Decimal("5.2"), "英镑"),
    ]
    # Not the same currency, or not less than one of the larger unit: two amounts.
    got = [q.text for q in extract_quantities("付3美元150美分，2美元又3个苹果")]
    assert got == ["3美元", "150美分", "2美元", "3个"]


def test_a_bare_magnitude_takes_its_qualifier_and_ge_before_it() -> None:
    got = [(q.text, q.value, q.qualifier) for q in extract_quantities("产值30万上下，投资两个亿，")]
    assert got == [
        ("30万上下", Decimal(300000), Qualifier.ABOUT),
        ("两个亿", Decimal(200000000), None),
    ]
    # 上下游 is a word; a bare Chinese numeral without 个 stays a word (千家万户).
    assert [q.text for q in extract_quantities("带动30万上下游企业，走进千家万户")] == ["30万"]


def test_a_qualifier_with_a_verb_between_it_and_the_number() -> None:
    text = "贫困人口约占15%，投资约合人民币300万元，约计1000万元；合计500万元。"
    got = [(q.text, q.qualifier) for q in extract_quantities(text)]
    assert got == [
        ("约占15%", Qualifier.ABOUT),
        ("约合人民币300万元", Qualifier.ABOUT),
        ("约计1000万元", Qualifier.ABOUT),
        ("500万元", None),  # 合计 is a total, no qualifier
    ]


def test_a_month_under_a_bar_and_ten_as_the_low_end_of_a_range() -> None:
    got = [
        (q.text, q.value, q.low, q.high, q.unit)
        for q in extract_quantities("月薪3000至5000元/月，每组十至二十人")
    ]
    assert got == [
        ("3000至5000元/月", None, Decimal(3000), Decimal(5000), "元/月"),
        ("十至二十人", None, Decimal(10), Decimal(20), "人"),
    ]
    # After a number, 月 is a month of the year; 半月 stands in words.
    assert [q.text for q in extract_quantities("2023年3月，订阅半月谈，用了半个月")] == ["半个月"]


def test_a_product_of_units_written_with_a_middle_dot() -> None:
    text = "全年发电5亿千瓦·时，货运周转量10万吨•公里，用电300kW∙h。"
    got = [(q.value, q.unit, q.standard_unit) for q in extract_quantities(text)]
    assert got == [
        (Decimal(500000000), "千瓦·时", "千瓦时"),
        (Decimal(100000), "吨·公里", "吨公里"),
        (Decimal(300), "kW·h", "千瓦时"),
    ]
    assert parse_quantity("3600千焦").to("千瓦时").value == 1
    assert parse_quantity("2吉瓦时").to("千瓦·时").value == 2000000
    assert extract_quantities("纪念4•26活动") == []  # a date's name keeps its dot


def test_numbers_in_a_web_address_are_no_figures() -> None:
    text = "详见 https://www.example.gov.cn/2023/0510/list.html?p=30%25 ，投资5亿元，www.a.cn/7个"
    assert [q.text for q in extract_quantities(text)] == ["5亿元"]


def test_more_units_and_one_after_a_qualifier() -> None:
    got = [(q.text, q.value, q.unit) for q in extract_quantities("身高168公分，每餐323千卡。")]
    assert got == [("168公分", Decimal(168), "公分"), ("323千卡", Decimal(323), "千卡")]
    [nearly] = extract_quantities("查获近一吨走私冻品。")
    assert (nearly.text, nearly.value, nearly.qualifier and nearly.qualifier.value) == (
        "近一吨",
        Decimal(1),
        "nearly",
    )
    assert extract_quantities("一次性补贴，一年来成效明显") == []


def test_data_sizes_convert_by_decimal_prefixes() -> None:
    from fjreports import units

    [q] = extract_quantities("每户每月流量10GB。")
    assert (q.text, q.value, q.unit) == ("10GB", Decimal(10), "GB")
    assert units.convert(3, "兆字节", "千字节") == Decimal(3000)
    assert units.convert(16, "比特", "字节") == Decimal(2)


def test_liang_after_a_numeral_is_a_mass_and_pairs_are_words() -> None:
    got = [(q.text, q.value, q.unit) for q in extract_quantities("药方用黄芪三十两，白术二两。")]
    assert got == [("三十两", Decimal(30), "两"), ("二两", Decimal(2), "两")]
    assert extract_quantities("小组两两结对，三两下就修好了。") == []
    assert [q.text for q in extract_quantities("一千两百元")] == ["一千两百元"]


def test_ten_tenths_is_no_discount_and_half_finished_goods_no_figure() -> None:
    assert extract_quantities("商品一律十折。") == []  # ten tenths of the price
    assert extract_quantities("原竹加工为半成品。") == []


def test_half_a_tenth_and_half_the_price() -> None:
    got = [(q.text, q.value) for q in extract_quantities("利润率提高半成，尾货打半折出售。")]
    assert got == [("半成", Decimal(5)), ("半折", Decimal(50))]
    assert extract_quantities("半成品仓库里的果子半成熟") == []  # words, no shares


def test_latin_magnitudes_in_amounts_and_letters_that_name_things() -> None:
    got = [(q.text, q.low, q.high) for q in extract_quantities("岗位月薪8k-12k元，另有4K屏2台")]
    assert got[0] == ("8k-12k元", Decimal(8000), Decimal(12000))
    assert [q.text for q in extract_quantities("支持4K和5G，年薪30w")] == []  # no amount's unit


def test_electricity_in_du_converts_to_kilowatt_hours() -> None:
    [power] = extract_quantities("全年发电10亿度电")
    assert power.to("千瓦时").value == Decimal(1000000000)


def test_a_rate_written_with_mei() -> None:
    [flow] = extract_quantities("河道流量达5立方米每秒，")
    assert (flow.text, flow.unit) == ("5立方米每秒", "立方米/秒")
    # 每 that opens a phrase of its own is no part of the unit.
    assert [q.unit for q in extract_quantities("投资5亿元每年新增就业")] == ["元"]


def test_a_denominator_with_a_magnitude_is_a_unit_of_its_own() -> None:
    [q] = extract_quantities("单位GDP用水量降至35立方米/万元，")
    assert (q.value, q.unit) == (Decimal(35), "立方米/万元")
    assert q.to("立方米/元").value == Decimal("0.0035")
    assert parse_quantity("0.5吨标准煤每万元").unit == "吨标准煤/万元"


def test_a_bare_range_with_a_magnitude_is_a_figure_as_a_bare_number_is() -> None:
    [r] = extract_quantities("预计投资八百到九百亿，")
    assert (r.low, r.high, r.unit) == (Decimal(80000000000), Decimal(90000000000), None)
    assert extract_quantities("第10-20") == []  # no magnitude, no unit: no figure


def test_a_bound_with_bu_takes_no_qualifier() -> None:
    found = extract_quantities("基本农田不低于38万亩，单价不超过500元，低于3%的除外。")
    assert [(q.text, q.qualifier) for q in found] == [
        ("38万亩", None),
        ("500元", None),
        ("低于3%", Qualifier.LESS_THAN),
    ]


def test_a_fraction_of_a_thing_outside_a_rate_is_no_count() -> None:
    assert extract_quantities("签约3.5家企业。") == []
    assert extract_quantities("人均住房，3.5间。") == []  # the rate word is in another clause
