import datetime
import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fjreports import ArticleKind, Corpus, load
from fjreports.articles import Article, segment
from fjreports.articles import word_pairs as _bigrams
from fjreports.articles.titles import Matcher
from fjreports.facts import extract
from fjreports.layout import Page, parse_names


def pdf(*lines: str) -> str:
    """A PDF-style page: every line followed by a blank line."""
    return "\n\n".join(lines)


def articles(text: str, name: str = "p.txt") -> list[Article]:
    return segment(Page(name, text))


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("□ 邱 天 罗晶晶 陈晓芳", ("邱天", "罗晶晶", "陈晓芳")),
        ("□ 王 帅", ("王帅",)),
        ("□本报记者 廖丽萍 通讯员 陈瑜瑾", ("廖丽萍", "陈瑜瑾")),
        ("(黄志鑫 黄钊伟 陈毅强)", ("黄志鑫", "黄钊伟", "陈毅强")),
        ("本版文/本报记者 吴晓菁 通讯员 罗化", ("吴晓菁", "罗化")),
    ],
)
def test_parse_names(line: str, names: tuple[str, ...]) -> None:
    assert parse_names(line) == names


def test_pdf_byline_before_body_and_titles_printed_at_the_end() -> None:
    text = pdf(
        "□ 邱 天 罗晶晶",
        "近年来，福建省邵武市始终坚持绿色发",
        "展，邵武经济开发区全面启动美丽园区建",
        "设试点，邵武园区取得较好成效。",
        "推进生态环境治理，筑牢美\n丽园区基底",
        "邵武经济开发区金塘产业园制定污水零直",
        "排区建设方案，邵武园区水环境向好发展。",
        "□ 王 帅",
        "福建省厦门市集美区通过创新发展模式，",
        "有效整合资源，推动集美区村集体经济的",
        "高质量发展，集美区为乡村振兴注入动能。",
        "（福建省厦门市集美区委改革办供稿）",
        "邵武市全面开启美丽园区建设试点",
        "厦门集美区着力推动村集体经济发展",
    )
    found = articles(text)
    assert [(a.title, a.authors, a.region.name if a.region else None) for a in found] == [
        ("邵武市全面开启美丽园区建设试点", ("邱天", "罗晶晶"), "邵武市"),
        ("厦门集美区着力推动村集体经济发展", ("王帅",), "集美区"),
    ]
    shaowu, jimei = found
    assert shaowu.sections[1].heading == "推进生态环境治理，筑牢美丽园区基底"
    assert jimei.contributor == "集美区委改革办"
    assert shaowu.text.startswith("近年来，福建省邵武市始终坚持绿色发展，")
    assert shaowu.id == "p.txt#00" and jimei.id == "p.txt#01"


def test_web_page_with_date_source_authors_lead_and_cruft() -> None:
    text = "\n".join(
        [
            "山海一家亲 逐梦振兴路",
            "五个关键字解读我市东西部协作新模式",
            "2022-12-30 00:00来源:厦门日报",
            "  今年以来，我市始终把东西部协作作为助力乡村振兴的重要举措，"
            "厦门积极探索东西部协作新模式。",
            "(吴晓菁 罗化)",
            "南安青年领军培育工程第三期启动",
            "本报讯 近日，南安青商大讲堂暨青年领军培育工程项目发布会顺利举行，"
            "南安迈出坚实一步。(黄志鑫 林赞)",
            "泉港城乡品质和发展能级不断跃升。(连健刚 摄)",
            "展开阅读全文",
        ]
    )
    first, second, caption = articles(text)
    assert (first.title, first.subtitle, first.authors) == (
        "山海一家亲 逐梦振兴路",
        "五个关键字解读我市东西部协作新模式",
        ("吴晓菁", "罗化"),
    )
    assert (first.date, first.source) == (datetime.date(2022, 12, 30), "厦门日报")
    assert first.region is not None and first.region.name == "厦门市"
    assert second.title == "南安青年领军培育工程第三期启动"
    assert second.authors == ("黄志鑫", "林赞")
    assert second.text.startswith("近日，南安")  # the 本报讯 lead is not body text
    assert second.text.endswith("迈出坚实一步。")
    assert caption.kind is ArticleKind.CAPTION and caption.authors == ("连健刚",)
    assert caption.text == "泉港城乡品质和发展能级不断跃升。"
    assert caption.region is not None and caption.region.name == "泉港区"
    assert all("展开阅读全文" not in a.text for a in (first, second, caption))


def test_a_beginning_printed_at_the_end_of_the_page_is_joined_back() -> None:
    text = "\n".join(
        [
            "泉港激活融合发展“一盘棋”",
            "绘就城乡共富“新图景”",
            "续11年蝉联中国化工园区20强的成熟基地，泉港正释放产业协同发展的强大动能，城乡融合共富。",
            "(郭非凡 林弘棻)",
            "另一篇报道的标题",
            "本报讯 南安召开了另一场会议，与泉港城乡融合无关，"
            "这是另一篇报道的正文内容。(黄志鑫 张建政)",
            "泉港区委宣传部 泉州晚报编辑部",
            "“城乡融合”奋勇争先，泉港区作为国家级石化基地，推动城乡共富，石化产业协同效应在泉港比比皆是……这座连",
        ]
    )
    found = articles(text)
    quangang = next(a for a in found if a.title == "泉港激活融合发展“一盘棋”")
    assert quangang.text.startswith("“城乡融合”奋勇争先")
    assert "这座连续11年蝉联" in quangang.text
    assert quangang.authors == ("郭非凡", "林弘棻")
    assert len([a for a in found if a.kind is ArticleKind.ARTICLE]) == 2


def test_two_titles_on_one_line_and_a_body_holding_two_articles() -> None:
    gz = [
        "福建省南平市光泽县位于闽赣省际边界，光泽",
        "县与江西省资溪县开展深度合作，光泽县积极",
        "探索省际共建发展新路径，光泽走出新路子。",
    ]
    fd = [
        "红树林被誉为海岸卫士，福鼎市坚定不移走生",
        "态优先之路，福鼎市红树林面积持续增长，福",
        "鼎筑牢绿色屏障，红树林修复成效明显，海上森林重现。",
    ]
    text = pdf(
        "□ 黄志诚",
        *(gz * 4),
        *(fd * 4),
        "（福鼎市委改革办供稿）",
        "光泽：四融模式探索省际共建新路径 筑牢绿色屏障 重现海上森林\n"
        "福建福鼎市探索打造红树林生态保护样板",
    )
    gz_article, fd_article = articles(text)
    assert gz_article.title == "光泽：四融模式探索省际共建新路径"
    assert fd_article.title == "筑牢绿色屏障 重现海上森林"
    assert fd_article.subtitle == "福建福鼎市探索打造红树林生态保护样板"
    assert gz_article.region is not None and gz_article.region.name == "光泽县"
    assert fd_article.region is not None and fd_article.region.name == "福鼎市"
    assert fd_article.text.startswith("红树林被誉为海岸卫士")
    assert fd_article.contributor == "福鼎市委改革办"
    assert gz_article.authors == ("黄志诚",)


def test_captions_stand_alone_and_take_the_region_of_their_article() -> None:
    text = "\n".join(
        [
            "湖里： 乘势而上开好局",
            "□本报记者 廖丽萍 通讯员 陈瑜瑾",
            "2023年湖里区经济社会发展成绩单亮眼，湖里区勇担使命，推动城区能级跃升，百姓幸福感提升。",
            "我省最大的滨海商业综合体“海上世界” 林梓健 摄",
        ]
    )
    article, caption = articles(text)
    assert article.authors == ("廖丽萍", "陈瑜瑾")
    assert caption.kind is ArticleKind.CAPTION
    assert caption.text == "我省最大的滨海商业综合体“海上世界”"
    assert caption.region == article.region


def test_paragraph_spans_point_into_the_raw_page() -> None:
    corpus = load()
    texts = {p.name: p.text for p in corpus.pages}
    for article in corpus.articles:
        raw = texts[article.page]
        for paragraph, pieces in zip(article.paragraphs, article.spans, strict=True):
            for text_start, raw_start, length in pieces:
                got = raw[raw_start : raw_start + length]
                want = paragraph[text_start : text_start + length]
                assert len(got) == len(want)
                assert [c for c in got if not c.isdigit()] == [c for c in want if not c.isdigit()]


def test_the_bundled_pages() -> None:
    corpus = load()
    assert [p.name[:3] for p in corpus.pages] == ["000", "001", "002", "003", "004"]
    found = corpus.articles.where(kind="article")
    captions = corpus.articles.where(kind="caption")
    assert len(found) == 16 and len(captions) == 7
    titles = {a.title for a in found}
    assert "邵武市全面开启“美丽园区”建设试点" in titles
    assert "筑牢绿色屏障 重现“海上森林”" in titles
    shaowu = found.where(title="邵武市全面开启")[0]
    assert shaowu.authors == ("邱天", "罗晶晶", "陈晓芳")
    assert shaowu.text.startswith("近年来，福建省邵武市")
    fuzhou = captions.where(region="福州市")
    assert len(fuzhou) == 1 and fuzhou[0].source == "新华社"
    assert len(corpus.articles.where(region="厦门市")) >= 6  # 集美区, 湖里区, 同安区 ... inside


def test_load_a_folder_a_file_and_nothing(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("标题\n\n□ 王 帅\n\n集美区的正文。", encoding="utf-8")
    (tmp_path / "a.txt").write_text("另一页的正文。", encoding="utf-8")
    (tmp_path / "skip.md").write_text("not a page", encoding="utf-8")
    corpus = load(tmp_path)
    assert isinstance(corpus, Corpus)
    assert [p.name for p in corpus.pages] == ["a.txt", "b.txt"]
    assert [p.name for p in load(tmp_path / "b.txt").pages] == ["b.txt"]
    assert corpus.metrics == () and corpus.initiatives == ()
    with pytest.raises(FileNotFoundError, match="no-such"):
        load(tmp_path / "no-such")


def test_query_filters() -> None:
    corpus = load()
    assert len(corpus.articles.where(region="集美区")) >= 2
    assert corpus.articles.where(kind=ArticleKind.CAPTION) == corpus.articles.where(kind="caption")
    assert (
        corpus.articles.where(page="004_e63bd188ed18b9c8.txt")[0].title == "山海一家亲 逐梦振兴路"
    )
    assert repr(corpus.articles).startswith("Query(")
    assert corpus.articles.where(region=None) == tuple(
        a for a in corpus.articles if a.region is None
    )
    with pytest.raises(AttributeError, match="colour"):
        corpus.articles.where(colour="red")
    assert "集美区" in {r.name for r in corpus.regions}


PAGE_ALPHABET = "集美区福建省厦门市□王帅（供稿）(摄)“三区联创”模式19个万元。，\n 本报讯标题2023年"


@given(st.text(alphabet=PAGE_ALPHABET, max_size=300))
def test_segment_and_extract_never_raise(text: str) -> None:
    page = Page("p.txt", text)
    for article in segment(page):
        metrics, _ = extract(article, text)
        for m in metrics:
            assert text[m.span[0] : m.span[1]] == m.quantity.text


@given(st.text(max_size=200))
def test_segment_never_raises_on_any_text(text: str) -> None:
    for article in segment(Page("p.txt", text)):
        extract(article, text)


def test_a_title_with_no_body_is_kept() -> None:
    [only] = articles("邵武市全面开启美丽园区建设试点")
    assert (only.title, only.text, only.paragraphs) == ("邵武市全面开启美丽园区建设试点", "", ())


@given(st.text(max_size=40), st.text(max_size=40))
def test_word_pairs_are_the_neighbouring_letters_digits_and_han_characters(a: str, b: str) -> None:
    def pairs(text: str) -> set[str]:
        kept = [c for c in text if c.isalnum()]
        return {x + y for x, y in itertools.pairwise(kept)}

    assert len(_bigrams(a)) == len(pairs(a))
    assert len(_bigrams(a) & _bigrams(b)) == len(pairs(a) & pairs(b))


@given(st.text(max_size=40), st.text(max_size=40))
def test_the_pairs_of_a_joined_text_are_made_from_its_halves(a: str, b: str) -> None:
    matcher = Matcher()
    matcher.join_pairs(a + b, a, b)
    assert matcher.pairs(a + b) == _bigrams(a + b)


def test_the_pairs_across_a_join_skip_punctuation() -> None:
    matcher = Matcher()
    matcher.join_pairs("集美区。”（厦门", "集美区。”", "（厦门")
    assert matcher.pairs("集美区。”（厦门") == _bigrams("集美区厦门")
    assert len(_bigrams("集美区厦门")) == 4


def test_a_news_list_gives_one_article_an_item() -> None:
    """Items of a web news list: a title, its date and time, the body; a blank line between."""
    long_title = "宁德市霞浦县三沙镇镇长访谈：渔港小镇迎来新机遇 海上牧场带动渔民增收致富"
    assert len(long_title) >= 35  # long enough to be joined to the next line if unchecked
    items = [
        ("三明市沙县区夏茂镇书记：小吃之乡 香飘四海", "2021-06-01 09:12:40"),
        (long_title, "2021-06-01 09:05:11"),
        ("龙岩市长汀县濯田镇镇长：绿水青山 林下经济", "2021年6月1日"),
    ]
    bodies = [
        "夏茂镇今年接待游客20万人次，小吃产业产值超过3亿元，带动就业1200人。",
        "三沙镇建成深水网箱400口，海上养殖面积达到1.2万亩，渔民人均增收8000元。",
        "濯田镇发展林下经济面积3万亩，年产值1.5亿元，惠及农户2000户。",
    ]
    text = "\n\n".join(
        f"{title}\n{when}\n{body}" for (title, when), body in zip(items, bodies, strict=True)
    )
    articles = segment(Page("list.txt", text))
    assert [a.title for a in articles] == [title for title, _ in items]
    assert [a.region.name for a in articles] == ["沙县区", "霞浦县", "长汀县"]
    assert [a.text for a in articles] == bodies
    assert all(a.date is not None and a.date.isoformat() == "2021-06-01" for a in articles)


def test_a_newspaper_page_of_short_reports_with_a_kicker_and_a_photo() -> None:
    """Reports a title each, opened by 本报X电 with the reporters; a kicker above one title;
    a photo with a title, a caption of two paragraphs and its credit line."""
    text = "\n".join(
        [
            "春耕备耕提速，今年——",
            "宁德新修机耕道三百公里",
            "",
            "　　本报宁德3月2日电  （记者林海）今年以来，宁德新修机耕道300公里，投入资金1.2亿元。",
            "　　本报南平3月2日电  （记者陈平、吴云）南平全市新建高标准农田5万亩。",
            "",
            "",
            "莆田港货物吞吐量创新高",
            "",
            "　　本报莆田3月2日电  （记者郑明）莆田港去年完成货物吞吐量6000万吨。",
            "",
            "",
            "雨中护林",
            "",
            "　　三明市明溪县的护林员冒雨巡山。",
            "　　护林员每天步行20公里。",
            "　　李  明摄（视觉福建）",
            "",
            "厦门地铁三号线南延段开通",
            "",
            "　　本报厦门3月2日电  （记者黄海）厦门地铁三号线南延段今天开通，全长12公里。",
        ]
    )
    articles = segment(Page("p.txt", text))
    got = [(a.kind.value, a.title, a.subtitle, a.authors) for a in articles]
    assert got == [
        ("article", "宁德新修机耕道三百公里", "春耕备耕提速，今年——", ("林海", "陈平", "吴云")),
        ("article", "莆田港货物吞吐量创新高", None, ("郑明",)),
        ("caption", "雨中护林", None, ("李明",)),
        ("article", "厦门地铁三号线南延段开通", None, ("黄海",)),
    ]
    assert articles[2].text == "三明市明溪县的护林员冒雨巡山。\n护林员每天步行20公里。"
    assert articles[2].region is not None and articles[2].region.name == "明溪县"
    assert articles[1].text.startswith("本报莆田3月2日电")  # the dateline stays in the body


def test_a_short_title_over_a_paragraph_a_line_is_not_joined_to_it() -> None:
    # A page of many short lines (a table, a cell a line) with prose in long lines: the
    # title right above the first paragraph is a title of its own.
    cells = "\n".join(["指标", "单位", "数量", "粮食", "吨", "16000", "茶叶", "吨", "800"])
    prose = (
        "2023年，全县上下聚焦高质量发展，地区生产总值完成120亿元，"
        "比上年增长5.2%，各项事业取得新进展。"
    )
    text = f"2023年某某县国民经济和社会发展统计公报\n{prose}\n{cells}"
    [article] = segment(Page("bulletin.txt", text))
    assert article.title == "2023年某某县国民经济和社会发展统计公报"
    assert article.paragraphs[0] == prose


def test_an_articles_text_keeps_its_section_heads() -> None:
    text = (
        "某某县2024年工作情况\n"
        "一、产业发展\n"
        "全县新建茶园3000亩，茶叶产值达到2亿元，带动农户1500户增收，产业发展势头良好。\n"
        "二、民生保障\n"
        "全县新增就业岗位2000个，城镇登记失业率控制在3%以内，民生保障水平稳步提升。"
    )
    [article] = segment(Page("p.txt", text))
    assert [s.heading for s in article.sections] == ["一、产业发展", "二、民生保障"]
    assert article.text.splitlines() == text.splitlines()[1:]  # nothing lost but the title
    assert len(article.paragraphs) == 2


def test_a_work_report_header_title_session_and_speaker() -> None:
    text = "\n\n".join(
        [
            "首页 / 政务公开 / 规划计划 / 正文",
            "政府工作报告",
            "  政府工作报告",
            "  (2024年1月10日在某某县第十八届人民代表大会第三次会议上)",
            "  屏南县人民政府县长 林 华",
            "  各位代表:",
            "  现在,我代表县人民政府,向大会报告工作,请予审议。",
            "  2023年,全县地区生产总值完成100亿元,增长6.5%。",
        ]
    )
    [article] = segment(Page("report.txt", text))
    assert (article.title, article.authors) == ("政府工作报告", ("林华",))
    assert article.date is not None and article.date.isoformat() == "2024-01-10"
    assert article.region is not None and article.region.name == "屏南县"
    assert article.text.startswith("各位代表:")
    assert "首页" not in article.text and "人民代表大会" not in article.text


def test_a_report_reposted_by_a_site_keeps_its_own_title_session_and_speaker() -> None:
    """A site's copy: the site's title for the page, the time it was posted, a summary, the
    page title again, then the report as printed, every line ending in a mark of the
    markup and the session line with no brackets."""
    lines = [
        "（福建省）2024年某某县人民政府工作报告（全文）",
        "文档站 2024-02-03 08:15:00 政府报告",
        "（福建省）2024年某某县人民政府工作报告（全文） 政府工作报告abq "
        ";;2024年1月9日在屏南县第十八届",
        "（福建省）2024年某某县人民政府工作报告（全文）",
        "政府工作报告abq",
        ";;2024年1月9日在屏南县第十八届人民代表大会第三次会议上abq",
        "屏南县人民政府县长 林 华abq",
        "各位代表：abq",
        "现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和列席人员提出意见。abq",
        "2023年，全县地区生产总值完成100亿元，增长6.5%；一般公共预算收入完成5.2亿元，增长7%。abq",
        "全年新建高标准农田2万亩，粮食总产量稳定在8万吨以上，农村居民人均可支配收入增长7.5%。abq",
    ]
    [article] = segment(Page("report.txt", "\n".join(lines)))
    assert (article.title, article.subtitle) == (
        "政府工作报告",
        "2024年1月9日在屏南县第十八届人民代表大会第三次会议上",
    )
    assert article.authors == ("林华",)
    assert article.date == datetime.date(2024, 1, 9)
    assert article.text.startswith("各位代表：abq\n现在")
    assert "文档站" not in article.text and "全文" not in article.text


def test_a_subtitle_led_by_a_dash_stays_under_the_reports_title() -> None:
    text = "\n".join(
        [
            "政府工作报告",
            "——奋力谱写高质量发展新篇章",
            "（2024年1月9日在某某县第十八届人民代表大会第三次会议上）",
            "各位代表：",
            "现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员提出意见。",
        ]
    )
    [article] = segment(Page("report.txt", text))
    assert (article.title, article.subtitle) == ("政府工作报告", "——奋力谱写高质量发展新篇章")
    assert article.date == datetime.date(2024, 1, 9)


def test_short_lines_after_the_last_paragraph_are_kept() -> None:
    body = (
        "会议指出，今年全县生产总值增长了百分之五，各项工作稳步推进，"
        "群众满意度明显提升，工作取得了新的进展。"
    )
    [article] = segment(Page("p.txt", f"某县召开全体会议\n{body}\n附件一\n附件二：名单\n"))
    assert article.paragraphs == (body, "附件一", "附件二：名单")


def test_a_line_over_a_later_title_is_its_kicker() -> None:
    first = (
        "本报福州5月6日电（记者陈明）福州今年新建公园20个，"
        "城市绿化覆盖率提高到45%，市民休闲空间持续扩大。"
    )
    second = "本报宁德5月6日电（记者林青）霞浦县海上养殖面积稳定在30万亩，渔民人均收入增长8%。"
    text = "\n".join(["福州新建公园二十个", first, "海上牧场", "霞浦渔民收入增长", second])
    fuzhou, xiapu = segment(Page("p.txt", text))
    assert (fuzhou.title, fuzhou.subtitle, fuzhou.paragraphs) == (
        "福州新建公园二十个",
        None,
        (first,),
    )
    assert (xiapu.title, xiapu.subtitle, xiapu.paragraphs) == (
        "霞浦渔民收入增长",
        "海上牧场",
        (second,),
    )
