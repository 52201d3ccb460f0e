import warnings
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fjreports import PageReadError, read_page
from fjreports.layout import (
    DoubtfulEncodingWarning,
    EmptyPageWarning,
    Page,
    is_caption,
    repair,
)
from fjreports.layout.repair import page_style
from fjreports.text import ends_sentence

TEXT = "厦门集美区约6000万元，惠及19个村。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("gb18030"), "gb18030"),
    ],
)
def test_read_page_detects_and_records_the_encoding(
    tmp_path: Path, data: bytes, encoding: str
) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    page = read_page(path)
    assert (page.name, page.text, page.encoding) == ("page.txt", TEXT, encoding)


def test_undecodable_bytes_name_the_file_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes("集美".encode() + b"\xff\xfe\xfd\x80")
    with pytest.raises(PageReadError) as caught:
        read_page(path)
    assert caught.value.offset == 6
    assert "bad.txt" in str(caught.value) and "byte offset 6" in str(caught.value)


def test_binary_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "bin.txt"
    path.write_bytes(b"abc\x00\x01def")
    with pytest.raises(PageReadError, match=r"control character"):
        read_page(path)


def test_empty_page_warns(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.warns(EmptyPageWarning):
        page = read_page(path)
    assert page.text == "" and repair(page).blocks == []


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"nothing\.txt"):
        read_page(tmp_path / "nothing.txt")


PDF = "\n\n".join(
    [
        "近年来，福建省邵武市始终坚持“绿水",
        "青山就是金山银山”理念，走出一条新时期",
        "绿色高质量发展之路，规上工业总产值 1346.8 亿",
        "元。",
        "推进生态环境治理，筑牢美\n丽园区基底",
        "“污水零直排+污水集中处理”推动园",
        "区水环境向好发展，取得较好成效。",
    ]
)


def test_pdf_lines_join_into_paragraphs_and_headings_stay_apart() -> None:
    blocks = repair(Page("p.txt", PDF)).blocks
    assert [b.text for b in blocks] == [
        "近年来，福建省邵武市始终坚持“绿水青山就是金山银山”理念，走出一条新时期"
        "绿色高质量发展之路，规上工业总产值1346.8亿元。",
        "推进生态环境治理，筑牢美丽园区基底",
        "“污水零直排+污水集中处理”推动园区水环境向好发展，取得较好成效。",
    ]
    assert blocks[1].tight


def test_blocks_map_back_into_the_raw_text() -> None:
    for block in repair(Page("p.txt", PDF)).blocks:
        for text_start, raw_start, length in block.pieces:
            assert (
                PDF[raw_start : raw_start + length] == block.text[text_start : text_start + length]
            )
    first = repair(Page("p.txt", PDF)).blocks[0]
    assert PDF[first.raw(first.text.index("1346.8亿")) :].startswith("1346.8 亿")
    assert first.start == 0 and PDF[first.end - 2 : first.end] == "元。"


def test_web_lines_are_paragraphs_and_a_caption_interrupts_without_breaking() -> None:
    web = "\n".join(
        [
            "标题在这里",
            "在集美区诚毅大街1号主楼12层，“智慧集美”平台实体就位于此，为矛盾分析、纠纷化解等工作提供数据支",
            "四川大学华西厦门医院 全面投入运行。 林梓健 摄",
            "撑，让社会治理更加智慧高效。",
            "第二段。",
        ]
    )
    texts = [b.text for b in repair(Page("w.txt", web)).blocks]
    assert texts == [
        "标题在这里",
        "在集美区诚毅大街1号主楼12层，“智慧集美”平台实体就位于此，为矛盾分析、纠纷化解等工作提供数据支"
        "撑，让社会治理更加智慧高效。",
        "四川大学华西厦门医院 全面投入运行。 林梓健 摄",
        "第二段。",
    ]


def test_sentence_ends_and_captions() -> None:
    assert ends_sentence("一步。”") and ends_sentence("一步。(黄志鑫 林赞)")
    assert not ends_sentence("这座连") and not ends_sentence("")
    assert is_caption("泉港城乡品质不断跃升。(连健刚 摄)")
    assert is_caption("基地。 新华社记者 魏培全 摄")
    assert not is_caption("拍摄了一部影片")


@settings(max_examples=50)
@given(st.lists(st.binary(max_size=200), min_size=1, max_size=4))
def test_reading_arbitrary_bytes_raises_only_documented_errors(chunks: list[bytes]) -> None:
    import tempfile

    folder = Path(tempfile.mkdtemp())
    for i, chunk in enumerate(chunks):
        (folder / f"{i}.txt").write_bytes(chunk)
    from fjreports import load

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EmptyPageWarning)
        warnings.simplefilter("ignore", DoubtfulEncodingWarning)  # random bytes are garbled
        try:
            corpus = load(folder)
        except PageReadError:
            return
    for article in corpus.articles:
        assert article.page.endswith(".txt")


TRADITIONAL = (
    "廈門市集美區今年以來新建項目19個，總投資約6000萬元，同比增長24.5%。農村集體經濟收入持續增長。"
)
SIMPLIFIED = (
    "厦门市集美区今年以来新建项目19个，总投资约6000万元，同比增长24.5%。农村集体经济收入持续增长。"
)


@pytest.mark.parametrize(
    ("text", "encoding", "read_as"),
    [
        (TRADITIONAL, "big5", "cp950"),
        (TRADITIONAL, "cp950", "cp950"),
        (SIMPLIFIED, "gbk", "gb18030"),
        (TRADITIONAL, "gb18030", "gb18030"),  # GB18030 holds traditional characters too
        (SIMPLIFIED, "utf-8", "utf-8"),
    ],
)
def test_each_encoding_is_read_as_itself(
    tmp_path: Path, text: str, encoding: str, read_as: str
) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode(encoding))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no doubt either
        page = read_page(path)
    assert (page.text, page.encoding) == (text, read_as)


def test_big5_figures_are_found(tmp_path: Path) -> None:
    from fjreports import load

    (tmp_path / "page.txt").write_bytes(("集美：報告\n" + TRADITIONAL).encode("big5"))
    values = [m.quantity.value for m in load(tmp_path).metrics]
    assert values[:2] == [Decimal(19), Decimal(60000000)]


def test_bytes_that_read_as_no_ordinary_chinese_are_flagged(tmp_path: Path) -> None:
    import random

    rng = random.Random(7)
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(rng.randrange(0xA1, 0xFE) for _ in range(4000)))
    with pytest.warns(DoubtfulEncodingWarning, match=r"noise\.txt: read as .*garbled"):
        read_page(path)


@pytest.mark.parametrize(
    ("text", "encoding", "language"),
    [
        (
            "서울시 강남구의 올해 예산은 약 5천억 원이며, 주민 복지 사업에 쓰인다.",
            "euc_kr",
            "Korean",
        ),
        ("東京都の今年の予算は約7兆円で、住民の福祉事業に使われています。", "euc_jp", "Japanese"),
        ("大阪府では新しい倉庫を12棟建設し、約3億円の投資を行いました。", "shift_jis", "Japanese"),
    ],
)
def test_korean_and_japanese_pages_are_refused_by_name(
    tmp_path: Path, text: str, encoding: str, language: str
) -> None:
    # EUC-KR and EUC-JP decode as GB18030 into common characters: garbage that looks Chinese.
    path = tmp_path / "other.txt"
    path.write_bytes(((text + "\n") * 3).encode(encoding))
    with pytest.raises(PageReadError, match=rf"other\.txt: {language} text \(.*\), not Chinese"):
        read_page(path)


def test_a_chinese_page_quoting_korean_words_is_read(tmp_path: Path) -> None:
    text = SIMPLIFIED + "韩国首尔（서울）代表团到访。" + SIMPLIFIED
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode("gb18030"))
    assert read_page(path).text == text


def test_marks_left_by_markup_end_paragraphs_and_stay_in_the_text() -> None:
    text = (
        "某县人民政府工作报告\n"
        "各位代表:qxz\n"
        "现在，我代表县人民政府向大会报告过去一年的工作，请予审议，并请各位政协委员和列席的同志\n"
        "们提出意见。qxz\n"
        "一、过去一年工作回顾qxz\n"
        "全面完成了县人民代表大会确定的目标任务和县委县政府年初部署的各项重点工作任务qxz\n"
        "全县生产总值完成45亿元，增长6%，一般公共预算收入完成3.2亿元，增长5%。qxz\n"
    )
    blocks = [b.text for b in repair(Page("p.txt", text)).blocks]
    assert blocks == [
        "某县人民政府工作报告",
        "各位代表:qxz",
        "现在，我代表县人民政府向大会报告过去一年的工作，请予审议，并请各位政协委员和列席的同志们"
        "提出意见。qxz",
        "一、过去一年工作回顾qxz",
        "全面完成了县人民代表大会确定的目标任务和县委县政府年初部署的各项重点工作任务qxz",
        "全县生产总值完成45亿元，增长6%，一般公共预算收入完成3.2亿元，增长5%。qxz",
    ]


def test_a_web_page_hard_wrapped_at_a_fixed_width_is_joined() -> None:
    wrapped = [
        "过去一年，全县上下团结一心，攻坚克难，经济社会发展取得新的成效，各项",
        "事业全面进步。全年地区生产总值完成86亿元，同比增长5.1%，一般公共预算",
        "收入完成6.2亿元，增长7.3%，城乡居民人均可支配收入分别达到3.1万元",
        "和1.5万元。工业经济稳步回升，新增规模以上工业企业12家，规上工业增加",
        "值增长8%。农业基础不断夯实，粮食总产量稳定在20万吨以上，新建高标准农",
        "田3万亩，特色产业覆盖全部乡镇和行政村，农村居民收入增速继续快于城镇。",
    ]
    text = "某县政府工作报告\n" + "\n".join(wrapped) + "\n二、今年工作安排\n今年，新建学校3所。"
    blocks = [b.text for b in repair(Page("p.txt", text)).blocks]
    assert blocks == [
        "某县政府工作报告",
        "".join(wrapped),
        "二、今年工作安排",
        "今年，新建学校3所。",
    ]


def test_a_web_page_of_short_lines_with_its_prose_in_long_lines_is_read_as_web() -> None:
    prose = (
        "2024年，全县坚持稳中求进工作总基调，经济运行总体平稳，地区生产总值完成88亿元，比上年增长"
        "4.6%。全年粮食播种面积32万亩，粮食总产量9.6万吨，农村居民人均可支配收入增长7.1%。"
    )
    short = ["一、综合", "二、农业", "某县统计局", "2025年3月1日", "附表", "主要指标"]
    assert page_style([*short, prose]).value == "web"
    assert page_style([*short, prose[:30]]).value == "pdf"


def test_a_table_printed_a_cell_a_line_is_one_block() -> None:
    cells = ["主要产品", "产量", "增长(%)", "粮食", "96000吨", "1.2", "油料", "5400吨", "-3.5"]
    prose = (
        "全年粮食总产量9.6万吨，比上年增长1.2%，油料产量5400吨，下降3.5%，蔬菜产量继续增加。"
        "全年规模以上工业增加值增长6.3%，其中，能源工业增长4.1%，非能源工业增长9.8%。"
    )
    text = "\n\n".join(["某县2024年统计公报", prose, *cells, "三、工业", prose])
    blocks = [b.text for b in repair(Page("p.txt", text)).blocks]
    assert blocks == ["某县2024年统计公报", prose, "".join(cells), "三、工业", prose]


def test_a_title_printed_again_is_not_joined_to_the_line_before() -> None:
    title = "某县二〇二四年政府工作报告全文"
    summary = f"{title} 政府工作报告：2024年1月8日在某县第十届人民代表大会第四次会议上"
    text = f"{title}\n{summary}\n{title}\n各位代表：\n"
    blocks = repair(Page("p.txt", text)).blocks
    assert [b.text for b in blocks] == [title, summary, title, "各位代表："]


def test_a_blocks_clean_text_leaves_out_the_markups_mark() -> None:
    lines = [
        "某县政府工作报告abq",
        "各位代表：abq",
        "现在，我代表县人民政府向大会报告工作。abq",
        "谢谢",
    ]
    blocks = repair(Page("p.txt", "\n".join(lines))).blocks
    assert [(b.text, b.clean) for b in blocks[:2]] == [
        ("某县政府工作报告abq", "某县政府工作报告"),
        ("各位代表：abq", "各位代表："),
    ]
    assert blocks[-1].clean == blocks[-1].text == "谢谢"


def test_records_saved_by_fjreports_are_no_page(tmp_path: Path) -> None:
    import fjreports

    corpus = fjreports.load()
    corpus.to_json(tmp_path / "corpus.json")
    corpus.metrics.to_json(tmp_path / "metrics.json")
    for name in ("corpus.json", "metrics.json"):
        with pytest.raises(PageReadError, match=rf"{name}: records saved by fjreports.*from_json"):
            read_page(tmp_path / name)
    (tmp_path / "other.json").write_text('{"schema_version": 3, "name": "报表"}', encoding="utf-8")
    assert read_page(tmp_path / "other.json").text.startswith("{")  # any other file is text
