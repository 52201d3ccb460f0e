"""Pages saved as HTML and PDF, made here from a bundled page: the same title, and the
figures the text page gives."""

import sys
import textwrap
import warnings
from collections import Counter
from pathlib import Path

import pytest

import fjreports
from fjreports import FjreportsError, PageReadError
from fjreports.corpus import seed_pages
from fjreports.layout import EmptyPageWarning

SEED = seed_pages()[3]  # a web page of the bundled corpus: one article, many figures


def _lines() -> list[str]:
    return [
        line.strip() for line in SEED.read_text(encoding="utf-8-sig").splitlines() if line.strip()
    ]


def _html(folder: Path) -> Path:
    title, *body = _lines()
    paragraphs = "".join(f"<p>{line}</p>" for line in body)
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{title}_某某日报</title></head><body>"
        "<nav><a href='/'>首页</a> | <a href='/news'>新闻</a> | <a href='/topics'>专题</a></nav>"
        f"<article><h1>{title}</h1><p class='time'>2024-01-05</p>{paragraphs}</article>"
        "<aside><h3>相关阅读</h3><ul><li><a href='/1'>另一篇报道</a></li></ul></aside>"
        "<footer>版权所有 © 某某日报社 联系电话 0592-1234567</footer></body></html>"
    )
    path = folder / "page.HTML"
    path.write_text(page, encoding="utf-8")
    return path


def _pdf(folder: Path) -> Path:
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    title, *body = _lines()
    path = folder / "page.pdf"
    sheet = canvas.Canvas(str(path))
    y = 800
    sheet.setFont("STSong-Light", 16)
    sheet.drawString(40, y, title)
    y -= 30
    sheet.setFont("STSong-Light", 10)
    for paragraph in body:
        for line in textwrap.wrap(paragraph, 38):  # hard-wrapped, as a newspaper's PDF is
            if y < 60:
                sheet.showPage()
                sheet.setFont("STSong-Light", 10)
                y = 800
            sheet.drawString(40, y, line)
            y -= 14
        y -= 10
    sheet.save()
    return path


def _figures(corpus: fjreports.Corpus) -> Counter[str]:
    return Counter("".join(m.quantity.text.split()) for m in corpus.metrics)


@pytest.fixture(scope="module")
def text_corpus() -> fjreports.Corpus:
    return fjreports.load(SEED)


@pytest.mark.parametrize("make", [_html, _pdf], ids=["html", "pdf"])
def test_html_and_pdf_pages_give_the_text_pages_figures_and_title(
    make: object, text_corpus: fjreports.Corpus, tmp_path: Path
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    corpus = fjreports.load(tmp_path)
    assert [p.name for p in corpus.pages] == [path.name]
    assert corpus.pages[0].encoding == path.suffix.lower().lstrip(".")
    assert [a.title for a in corpus.articles][:1] == [text_corpus.articles[0].title]
    want, got = _figures(text_corpus), _figures(corpus)
    found = sum((want & got).values())
    assert found >= 0.9 * sum(want.values()), (found, sum(want.values()))
    assert "版权所有" not in corpus.pages[0].text and "相关阅读" not in corpus.pages[0].text


def test_an_html_pages_date_dates_its_periods(tmp_path: Path) -> None:
    _html(tmp_path)
    corpus = fjreports.load(tmp_path)
    assert corpus.articles[0].date is not None and corpus.articles[0].date.year == 2024


def test_an_html_page_without_main_text_is_named_in_a_warning(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text(
        "<html><head><title>图片</title></head><body><img src='a.png'></body></html>",
        encoding="utf-8",
    )
    with pytest.warns(EmptyPageWarning, match=r"empty\.html: the HTML page has no main text"):
        corpus = fjreports.load(tmp_path)
    assert list(corpus.articles) == []  # never an empty article passed off as content


def test_an_html_pages_metadata_gives_its_articles_source_authors_and_date(
    tmp_path: Path,
) -> None:
    (tmp_path / "story.html").write_text(
        "<html><head><meta charset='utf-8'><title>某县建成冷链仓库</title>"
        "<meta name='author' content='Zhang Wei; Li Na'>"
        "<meta property='og:site_name' content='Example Daily'>"
        "<meta property='article:published_time' content='2022-06-30'></head><body>"
        "<article><h1>某县建成冷链仓库</h1>"
        "<p>南靖县新建冷链仓库12座，总库容约3.6万吨，带动果农增收约1800万元。</p>"
        "<p>下一步，南靖县将继续完善县乡村三级物流体系，服务更多农户。</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    page = fjreports.read_page(tmp_path / "story.html")
    assert page.title == "某县建成冷链仓库" and page.source == "Example Daily"
    assert page.date is not None and page.date.isoformat() == "2022-06-30"
    [article] = fjreports.load(tmp_path).articles
    assert article.title == "某县建成冷链仓库"
    assert article.source == "Example Daily"
    assert article.date is not None and article.date.isoformat() == "2022-06-30"
    assert page.authors == ("Zhang Wei", "Li Na") and article.authors == page.authors


def test_a_pdfs_metadata_gives_title_and_authors(tmp_path: Path) -> None:
    path = _pdf(tmp_path)
    from reportlab.pdfgen import canvas

    sheet = canvas.Canvas(str(tmp_path / "named.pdf"))
    sheet.setTitle("A title in the metadata")
    sheet.setAuthor("Zhang Wei, Li Na")
    sheet.drawString(40, 800, "text")
    sheet.save()
    page = fjreports.read_page(tmp_path / "named.pdf")
    assert page.title == "A title in the metadata"
    assert page.authors == ("Zhang Wei", "Li Na")
    assert page.date is None  # a PDF's creation date is not the report's
    assert fjreports.read_page(path).encoding == "pdf"


def test_a_pdf_without_a_text_layer_is_named_in_a_warning(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    sheet = canvas.Canvas(str(tmp_path / "scan.pdf"))
    sheet.rect(40, 40, 300, 300, fill=1)  # a picture, no text
    sheet.save()
    with pytest.warns(EmptyPageWarning, match=r"scan\.pdf: the PDF has no text layer"):
        corpus = fjreports.load(tmp_path)
    assert list(corpus.articles) == []


def test_a_file_that_is_no_pdf_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "fake.pdf").write_text("这不是PDF", encoding="utf-8")
    with pytest.raises(PageReadError, match=r"fake\.pdf: not a PDF that can be read"):
        fjreports.load(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert len(fjreports.load(tmp_path, errors="skip").skipped) == 1


@pytest.mark.parametrize(
    ("module", "extra", "suffix"), [("trafilatura", "html", ".htm"), ("pypdfium2", "pdf", ".pdf")]
)
def test_a_missing_extra_is_named(
    module: str, extra: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / f"page{suffix}").write_bytes(b"<html></html>")
    monkeypatch.setitem(sys.modules, module, None)  # an import of it now fails
    with pytest.raises(FjreportsError, match=rf"pip install 'fjreports\[{extra}\]'"):
        fjreports.load(tmp_path)
