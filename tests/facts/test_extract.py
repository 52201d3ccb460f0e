from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fjreports import Corpus, load
from fjreports.articles import segment
from fjreports.facts import Change, Metric, extract
from fjreports.facts.periods import _PERIOD, period_pattern
from fjreports.layout import Page
from fjreports.units import Kind


def when(metric: Metric) -> str | None:
    """A metric's period as written."""
    return None if metric.period is None else metric.period.text


def run(text: str) -> tuple[list[Metric], list[tuple[str, str | None]]]:
    page = Page("p.txt", text)
    metrics, initiatives = [], []
    for article in segment(page):
        found, named = extract(article, page.text)
        metrics += found
        initiatives += [(i.name, i.kind) for i in named]
    return metrics, initiatives


def facts(metrics: list[Metric]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (m.quantity.text, m.subject, when(m), m.region.name if m.region else None) for m in metrics
    ]


HEAD = "集美：发展报告\n"


def with_basis(text: str) -> list[tuple[str, str, str]]:
    """Each figure's text, its region's name and how the region was decided."""
    return [
        (m.quantity.text, m.region.name, m.region_basis.value)
        for m in run(text)[0]
        if m.region is not None and m.region_basis is not None
    ]


def places(text: str) -> dict[str, str | None]:
    """Each figure's text, with the name of the region it is about."""
    return {m.quantity.text: m.region.name if m.region else None for m in run(text)[0]}


def test_subject_before_and_after_the_figure() -> None:
    metrics, _ = run(
        HEAD + "集美区已建成集体发展用地项目19个，惠及19个村（社区），确保村民拥有100%的股权。"
    )
    assert [m.subject for m in metrics] == ["集体发展用地项目", "村（社区）", "股权"]


def test_after_a_bare_verb_the_subject_is_what_follows_the_figure() -> None:
    metrics, _ = run(HEAD + "合作社共销售3200吨蜜柚，银行提供了约500万元贴息贷款。")
    subjects = {m.quantity.text: m.subject for m in metrics}
    assert subjects == {"3200吨": "蜜柚", "约500万元": "贴息贷款"}


def test_list_like_runs_give_each_figure_its_subject() -> None:
    metrics, _ = run(
        HEAD + "今年以来，投产项目9个，总投资35.83亿元；新开工建设项目14个，总投资12.27亿元。"
    )
    assert facts(metrics) == [
        ("9个", "投产项目", "今年以来", "集美区"),
        ("35.83亿元", "总投资", "今年以来", "集美区"),
        ("14个", "新开工建设项目", "今年以来", "集美区"),
        ("12.27亿元", "总投资", "今年以来", "集美区"),
    ]


def test_period_is_the_last_time_phrase_before_the_figure_in_its_paragraph() -> None:
    metrics, _ = run(
        HEAD + "2023年，集美区新增企业343家。截至目前，累计培育项目50个。\n另外，共有12人。"
    )
    assert [(when(m), m.year) for m in metrics] == [
        ("2023年", 2023),
        ("截至目前", None),
        (None, None),
    ]


def test_growth_keeps_its_sense_and_its_subject() -> None:
    metrics, _ = run(HEAD + "2023年湖里区拥有各类商事主体28.9万户，同比增长21.2%。")
    first, second = metrics
    assert (second.change, second.kind, second.subject) == (
        Change.GROWTH,
        Kind.PERCENT,
        first.subject,
    )
    assert second.value == Decimal("21.2") and second.unit == "%"


def test_region_of_the_clause_the_sentence_the_paragraph_or_the_article() -> None:
    text = (
        "山海一家亲\n"
        "厦门市积极推动东西部协作，厦门企业踊跃参与，厦门经验广受好评。\n"
        "我市建成100个专柜，销售宁夏产品5670万元。"
        "厦门市63个重大项目集中开工。\n"
        "促进彭阳县示范村提档升级。\n"
        "今年共安排帮扶专项资金1800余万元。\n"
        "(吴晓菁 罗化)"
    )
    regions = places(text)
    assert regions["100个"] == "厦门市"  # 我市: the article's city
    assert regions["5670万元"] == "宁夏回族自治区"
    assert regions["63个"] == "厦门市"
    assert regions["1800余万元"] == "彭阳县"  # named in the paragraph before


def test_a_township_inside_the_article_region_counts_for_its_county() -> None:
    metrics, _ = run(HEAD + "集美区上头亭社区率先建成项目，一年租房收入约有330万元。")
    assert metrics[0].region is not None and metrics[0].region.name == "集美区"


def test_the_whole_county_is_the_article_county_but_a_share_of_it_is_not() -> None:
    text = (
        "漳浦：发展报告\n"
        "漳浦县引进项目一批，建设福建省重点工程，全县新增企业12家。"
        "长桥镇以占全县3.5%的土地创造约9%的产值。"
        "按全市场化方式引入资金500万元。"
    )
    regions = places(text)
    assert regions["12家"] == "漳浦县"  # not 福建省, named before it in the sentence
    assert regions["3.5%"] == "漳浦县"  # 占全县: a share of the county, not a place
    assert regions["约9%"] == "漳浦县"
    assert regions["500万元"] == "漳浦县"  # 全市场: the whole market, not 漳州市


def test_taiwan_before_a_noun_is_where_things_come_from() -> None:
    text = (
        "漳浦：发展报告\n"
        "福建省漳浦县建设台湾农民创业园，新增台湾企业18家。\n"
        "漳浦县与台湾往来密切。台湾每年来漳游客约3万人次。"
    )
    regions = places(text)
    assert regions["18家"] == "漳浦县"
    assert regions["约3万人次"] == "台湾省"  # 台湾 named as a place


def test_one_character_names_after_verbs_of_going() -> None:
    text = (
        "山海协作\n"
        "厦门市与甘肃省临夏州开展协作。\n"
        "今年我市组织企业赴临考察45家，在临近的园区落地项目8个。\n"
        "我市干部赴厦门大学学习20天。\n"
        "三明市来人交流。我市计划在三处新建园区2个。"
    )
    regions = places(text)
    assert regions["45家"] == "临夏回族自治州"  # 赴临: to 临夏, named in full before
    assert regions["8个"] == "临夏回族自治州"  # 在临近 is "nearby", not 在临
    assert regions["20天"] == "厦门市"  # the article's own city is never abbreviated here
    assert regions["2个"] == "厦门市"  # 在三处: a numeral, not 三明


def test_slogan_counts_and_durations_are_marked() -> None:
    metrics, _ = run(HEAD + "围绕两个中心、突出三个重点，历时5年，建成项目19个。")
    roles = {m.quantity.text: m.role.value for m in metrics}
    assert roles == {"两个": "slogan", "三个": "slogan", "5年": "duration", "19个": "figure"}


def test_a_count_opening_a_quoted_name_is_a_slogan() -> None:
    metrics, _ = run(HEAD + "坚持“两个毫不动摇”，落实“四个聚焦”要求，新建站点8个。")
    roles = {m.quantity.text: m.role.value for m in metrics}
    assert roles == {"两个": "slogan", "四个": "slogan", "8个": "figure"}


def test_initiatives_from_quotes_titles_and_headings() -> None:
    text = "\n".join(
        [
            "南安青年领军培育工程第三期启动",
            "本报讯 南安以“三区联创”党建工作机制为抓手，推广“村集体+国企”，落实“四个聚焦”，"
            "强化文旅融合变“独立开发”为“一体打造”，坚持“绿水青山就是金山银山”，下好“一盘棋”，"
            "实现“智造”，累计投资3亿元。",
        ]
    )
    _, named = run(text)
    assert named == [
        ("三区联创", "党建工作机制"),
        ("村集体+国企", None),
        ("四个聚焦", None),
        ("青年领军培育工程", "工程"),
    ]
    corpus_free = [name for name, _ in named]
    assert "独立开发" not in corpus_free and "智造" not in corpus_free


def test_initiatives_set_up_by_a_verb_of_founding_and_those_listed_after() -> None:
    text = HEAD + (
        "集美区建立“一街一策”，创新“码上办”“就近办”和“暖心驿站”等服务，"
        "打好“组合拳”，实现“美丽蜕变”，推出“邻里节”、“青年夜校”。"
    )
    _, named = run(text)
    assert [name for name, _ in named] == [
        "一街一策",
        "码上办",
        "就近办",
        "暖心驿站",
        "邻里节",
        "青年夜校",
    ]


def test_a_quoted_count_of_great_tasks_is_a_programme() -> None:
    _, named = run(HEAD + "全区打好“三大攻坚战”，打好“组合拳”，实施“五大工程”。")
    assert [name for name, _ in named] == ["三大攻坚战", "五大工程"]  # 组合拳 is an idiom


def test_initiatives_link_the_metrics_of_their_sentence() -> None:
    page = Page("p.txt", "集美：报告\n集美区推广“村集体+国企”模式，带动就业2500余个。")
    [article] = segment(page)
    metrics, initiatives = extract(article, page.text)
    assert initiatives[0].metrics == (metrics[0],)
    assert metrics[0].id == "p.txt#00/m001" and initiatives[0].id == "p.txt#00/i001"


def test_initiative_names_are_given_as_printed() -> None:
    text = "寿宁：帮扶报告\n寿宁县推行“1＋Ｎ”结对帮扶机制，\n带动脱贫户1200户。"
    page = Page("p.txt", text)
    [article] = segment(page)
    assert "1+N" in article.paragraphs[0]  # the article's text is folded
    _, initiatives = extract(article, page.text)
    assert [(i.name, i.kind) for i in initiatives] == [("1＋Ｎ", "结对帮扶机制")]
    _, without_page = extract(article, "")  # no page text: the folded form
    assert [i.name for i in without_page] == ["1+N"]


def test_metrics_of_the_bundled_pages_point_into_the_raw_page() -> None:
    corpus = load()
    assert len(corpus.metrics) > 300 and len(corpus.initiatives) > 50
    texts = {p.name: p.text for p in corpus.pages}
    for m in corpus.metrics:
        start, end = m.span
        assert texts[m.page][start:end] == m.quantity.text
        assert m.quantity.span == m.span
    money = corpus.metrics.where(region="厦门市", kind="money")
    assert money and all(m.kind is Kind.MONEY for m in money)
    assert all(m.region is not None and m.region.name != "福州市" for m in money)
    assert corpus.metrics.where(unit="亩") and corpus.metrics.where(subject="总投资")
    assert corpus.initiatives.where(name="三区联创")


@pytest.mark.parametrize("junk", ["", "集美", "“”", "一二三", "。。。", "（）" * 20])
def test_extract_tolerates_odd_articles(junk: str) -> None:
    # No figure and no programme: a bare numeral run (一二三) is no figure either.
    assert run(junk) == ([], [])
    # The same junk on the lines around a paragraph leaves its figure alone.
    metrics, _ = run(f"{junk}\n集美区今年建成项目19个，投资约6000万元。\n{junk}")
    assert [(m.quantity.value, m.quantity.unit) for m in metrics] == [
        (Decimal(19), "个"),
        (Decimal(60000000), "元"),
    ]


# Every character some time phrase is made of, and a few that none is.
_PERIOD_CHARS = "截至自以来今年去上半前三季度初近过一两二九十〇零内下全月份日午晚底末"
_PERIOD_CHARS += "期间每目如当新的接个开春0123456789—-，。；福建"


@given(st.text(alphabet=_PERIOD_CHARS, max_size=40))
def test_the_quick_period_pattern_finds_what_the_full_one_finds(text: str) -> None:
    pattern = period_pattern(text)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in _PERIOD.finditer(text)]
    assert pattern.sub("", text) == _PERIOD.sub("", text)


def test_the_items_of_a_list_are_in_the_time_of_the_line_that_opens_it() -> None:
    text = (
        "某某县易地搬迁情况\n"
        "2021年：计划搬迁1200户，建设安置点2个：\n"
        "东区：安置房300套，投资5000万元；\n"
        "西区：安置房200套，投资3000万元。\n"
        "全县共有搬迁群众3000人。"
    )
    metrics, _ = run(text)
    periods = {m.quantity.text: when(m) for m in metrics}
    assert periods["300套"] == periods["200套"] == periods["3000万元"] == "2021年"
    assert periods["3000人"] is None  # after the list's last item, the list's time ends


def test_paragraphs_opening_on_several_years_are_a_list_by_year_not_a_review() -> None:
    text = (
        "某县扶贫目标\n"
        "某县地处山区，贫困面广。\n"
        "2019年，全县计划脱贫3000人。\n"
        "2020年，全县计划脱贫5000人。\n"
        "公路建设：总任务800公里，总投资6亿元。"
    )
    metrics, _ = run(text)
    periods = {m.quantity.text: when(m) for m in metrics}
    # The last paragraph names no year, and none is the year of the whole text.
    assert periods == {"3000人": "2019年", "5000人": "2020年", "800公里": None, "6亿元": None}


def test_a_report_that_opens_on_a_year_reviews_that_year() -> None:
    text = (
        "政府工作报告\n"
        "各位代表:现在,我代表县人民政府向大会报告工作,请予审议。\n"
        "2022年,是极不平凡的一年。全县上下团结奋斗,各项工作取得新成效。\n"
        "一、经济运行稳中有进\n"
        "地区生产总值完成86亿元,增长5.1%。\n"
        "二、今后工作\n"
        "今年,新建学校3所。"
    )
    metrics, _ = run(text)
    periods = {m.quantity.text: when(m) for m in metrics}
    assert periods == {"86亿元": "2022年", "5.1%": "2022年", "3所": "今年"}


def test_each_figure_says_how_its_region_was_decided() -> None:
    text = (
        "屏南：茶产业提质增效\n\n"
        "今年新增茶园3000亩，茶园面积居全市前列，茶叶品质稳步提升。"
        "寿宁县新建茶厂5家，带动茶农800户。\n\n"
        "茶叶产值达到2亿元，茶产业成为当地农民增收致富的重要产业。"
    )
    assert with_basis(text) == [
        ("3000亩", "屏南县", "article"),
        ("5家", "寿宁县", "sentence"),
        ("800户", "寿宁县", "sentence"),
        ("2亿元", "寿宁县", "paragraph"),
    ]
    touching, _ = run("厦门：数据\n集美区63个项目开工。")
    assert [m.region_basis.value for m in touching] == ["clause"]


def test_a_region_named_by_its_level_makes_the_figure_the_whole_regions() -> None:
    text = (
        "古田：食用菌产业\n寿宁县新建菇棚120座。全县食用菌产量达到80万吨，我县菇农人均增收3000元。"
    )
    metrics, _ = run(text)
    got = [(m.quantity.text, m.region.name, m.region_basis.value) for m in metrics]
    assert got == [
        ("120座", "寿宁县", "sentence"),
        ("80万吨", "古田县", "aggregate"),
        ("3000元", "古田县", "aggregate"),
    ]


def test_subjects_are_nouns_not_fragments() -> None:
    text = (
        "某县搬迁情况\n"
        "今年计划搬迁1200户4800人，其中建档立卡人口3900人。"
        "全县计划实现0.5万贫困人口脱贫，地区生产总值(GDP)86亿元。"
        "贫困村名单见附表）现有贫困人口1.2万人。"
    )
    metrics, _ = run(text)
    subjects = {m.quantity.text: m.subject for m in metrics}
    assert subjects["1200户"] == subjects["4800人"] == "计划搬迁"  # two counts, one subject
    assert subjects["3900人"] == "建档立卡人口"  # 其中 is no part of it
    assert subjects["0.5万"].startswith("贫困人口")  # a bare magnitude: the noun after it
    assert subjects["86亿元"] == "地区生产总值(GDP)"  # the bracket belongs to the noun
    assert subjects["1.2万人"] == "贫困人口"  # after the aside; 现有 is its time


def test_a_figure_listed_under_a_name_takes_the_name_as_its_subject() -> None:
    text = (
        "某县安置点建设\n"
        "全县共建成安置房2600套（其中：城关镇900套、东坪乡700套）。\n"
        "北山：500套，总投资1.2亿元。\n"
        "城关镇建成学校3所。"
    )
    metrics, _ = run(text)
    subjects = {m.quantity.text: m.subject for m in metrics}
    assert subjects["900套"] == "城关镇" and subjects["700套"] == "东坪乡"
    assert subjects["500套"] == "北山"
    # A place in a clause is where, not what: the subject stays what the figure counts.
    assert subjects["3所"] == "学校"


def test_a_place_named_in_an_aside_speaks_only_inside_it() -> None:
    text = (
        "屏南：山乡巨变\n屏南县现有行政村150个（其中棠口乡漈头村为省级示范村，建有民宿12家），"
        "脱贫人口2.3万人。邻近的古田县民宿年接待游客8万人次。"
    )
    metrics, _ = run(text)
    got = [(m.quantity.text, m.region.name) for m in metrics]
    assert got == [
        ("150个", "屏南县"),
        ("12家", "漈头村"),  # inside the aside, after the village
        ("2.3万人", "屏南县"),  # after it: the county's again
        ("8万人次", "古田县"),  # named outside an aside, it speaks as ever
    ]


def test_a_figure_of_a_change_from_one_figure_to_another_shares_its_subject() -> None:
    metrics, _ = run(
        HEAD + "全区森林覆盖率从58%提高到63.5%，新能源汽车保有量由1200辆增至4000辆，"
        "农户参保率达100%。"
    )
    subjects = {m.quantity.text: m.subject for m in metrics}
    assert subjects == {
        "58%": "森林覆盖率",  # 全区 names the region
        "63.5%": "森林覆盖率",  # 提高到 names nothing measured
        "1200辆": "新能源汽车保有量",
        "4000辆": "新能源汽车保有量",  # 增至 is no noun after 1200辆 either
        "100%": "农户参保率",
    }


def test_a_linking_word_alone_is_no_subject() -> None:
    metrics, _ = run(HEAD + "据统计，达1.2亿元。同比增长7.5%。")
    assert [(m.quantity.text, m.subject) for m in metrics] == [
        ("1.2亿元", None),  # not 达
        ("7.5%", "同比"),  # a change keeps its word (no figure before it to share)
    ]


def test_figures_of_titles_and_headings_are_headline_metrics() -> None:
    text = (
        "寿宁县新建茶园一万二千亩\n"
        "一、茶产业\n"
        "寿宁县今年新建茶园12000亩，带动茶农增收3000元，茶产业发展势头良好，品牌影响力稳步提升。\n"
        "二、古田县食用菌产值突破80亿元\n"
        "古田县食用菌产值达82亿元，食用菌产业已成为当地农民增收致富的支柱产业，带动作用明显。\n"
    )
    metrics, _ = run(text)
    got = [(m.id[-4:], m.quantity.text, m.region.name, m.role.value) for m in metrics]
    assert got == [
        ("m001", "12000亩", "寿宁县", "figure"),  # the body's come first: their ids hold
        ("m002", "3000元", "寿宁县", "figure"),
        ("m003", "82亿元", "古田县", "figure"),
        ("m004", "一万二千亩", "寿宁县", "headline"),
        ("m005", "突破80亿元", "古田县", "headline"),  # the heading names its county
    ]
    for metric in metrics:  # spans point into the raw page
        assert text[metric.span[0] : metric.span[1]] == metric.quantity.text
    assert metrics[4].sentence == "二、古田县食用菌产值突破80亿元"
    assert metrics[4].subject == "食用菌产值"


def test_a_headline_figure_is_kept_through_a_saved_corpus(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(
        "寿宁县新建茶园一万二千亩\n\n寿宁县今年新建茶园12000亩。\n", encoding="utf-8"
    )
    corpus = load(tmp_path / "page.txt")
    saved = tmp_path / "corpus.json"
    corpus.to_json(saved)
    again = Corpus.from_json(saved)
    assert [m.role.value for m in again.metrics] == ["figure", "headline"]
    assert again.articles[0].headlines == corpus.articles[0].headlines


def test_a_place_named_after_the_figure_in_its_clause_is_where_it_comes_from_or_goes() -> None:
    text = (
        "集美：协作报告\n"
        "我区选派技术骨干45人赴宁开展帮扶，接收12名临夏州的教师跟岗学习，"
        "全区新增就业3000人。宁夏回族自治区和临夏回族自治州是对口协作地区。"
    )
    assert with_basis(text) == [
        ("45人", "宁夏回族自治区", "after"),  # sent to 宁夏
        ("12名", "临夏回族自治州", "after"),  # teachers of 临夏州
        ("3000人", "集美区", "aggregate"),  # no place after it in its clause
    ]


def test_a_figure_of_two_places_at_once_is_the_articles() -> None:
    text = (
        "浦城：闽浙合作\n"
        "浦城县与浙江省龙泉市共建产业园区。两地去年联合招商引资12亿元。"
        "龙泉市新增企业8家。“两县一镇”完成投资3亿元。"
    )
    assert with_basis(text) == [
        ("12亿元", "浦城县", "article"),  # 两地: both places, not 龙泉市 alone
        ("8家", "龙泉市", "sentence"),
        ("3亿元", "龙泉市", "paragraph"),  # a numeral after 两县: a set's name, no joint figure
    ]


def test_a_second_report_under_a_dateline_elsewhere_has_its_own_province() -> None:
    text = (
        "两省春耕忙\n"
        "本报福州3月2日电  福建省今年计划播种早稻120万亩，全省已备种子800万公斤。\n"
        "本报南昌3月2日电  江西省今年计划播种早稻1600万亩，全省已落实农机5万台。\n"
    )
    got = {q: r for q, r, _ in with_basis(text)}
    assert got["800万公斤"] == "福建省"
    assert got["5万台"] == "江西省"  # 全省 under 本报南昌…电: 江西's, not the article's 福建


def test_a_count_of_a_places_people_counts_the_people() -> None:
    metrics, _ = run(HEAD + "集美区接收30名临夏州的教师跟岗学习，其中5个行政村的村干部参加培训。")
    assert [(m.quantity.text, m.subject) for m in metrics] == [
        ("30名", "教师跟岗学习"),  # not 临夏州: whose they are
        ("5个", "行政村"),  # 行政村 is no place's name
    ]


def test_a_headline_figure_takes_the_time_of_the_kicker_over_its_title() -> None:
    text = (
        "乡村振兴提速，今年——\n"
        "寿宁县新建茶园一万二千亩\n\n"
        "寿宁县新建茶园12000亩，带动茶农增收3000元，茶产业发展势头良好，品牌影响力稳步提升。\n"
    )
    metrics, _ = run(text)
    headline = [m for m in metrics if m.role.value == "headline"]
    assert [(m.quantity.text, m.period and m.period.text) for m in headline] == [
        ("一万二千亩", "今年")
    ]


def test_a_noun_opening_with_zai_is_what_is_counted() -> None:
    metrics, _ = run(HEAD + "全区共有3200名在职党员到社区报到，其中120人在会上发言。")
    subjects = {m.quantity.text: m.subject for m in metrics}
    assert subjects["3200名"] == "在职党员"
    assert "在" not in (subjects["120人"] or "")  # 在会上: a place after the count, not counted


def test_an_aside_between_a_count_and_its_noun_is_passed_over() -> None:
    metrics, _ = run(HEAD + "全区推进45个（含续建）市级重点项目，惠及19个村（社区）。")
    assert [(m.quantity.text, m.subject) for m in metrics] == [
        ("45个", "市级重点项目"),
        ("19个", "村（社区）"),  # an alternative after the noun is still part of it
    ]
