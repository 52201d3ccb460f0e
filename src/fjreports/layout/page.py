"""Reading page files: bytes to text, with the encoding found."""

from __future__ import annotations

import codecs
import datetime
import re
import stat
import warnings
from pathlib import Path

from attrs import field, frozen

from ..errors import PageReadError
from .sources import Marked, html_text, pdf_text

__all__ = ["MAX_PAGE_BYTES", "DoubtfulEncodingWarning", "EmptyPageWarning", "Page", "read_page"]


class EmptyPageWarning(UserWarning):
    """A page file holds no text; it gives no articles."""


@frozen
class Page:
    """One page: its file name, its text as decoded, and the encoding found.

    Attributes:
        name: the file name (`000_a80a92710e1c03cb.txt`).
        text: the decoded text; every span of every record points into it.
        encoding: `utf-8`, `utf-8-sig`, `utf-16`, `gb18030` or `cp950` (Big5);
            `html` or `pdf` for the text taken from such a page.
        title: the title an HTML or PDF page gives in its metadata, or `None`.
        date: the date an HTML page gives in its metadata, or `None`; its
            articles are dated by it where they print no date of their own.
        source: the site an HTML page names (its site name), or `None`; the
            source of its articles that name none.
        authors: the authors an HTML or PDF page names in its metadata; those of
            its article where the page holds one article naming none.
    """

    name: str
    text: str = field(repr=False)
    encoding: str = "utf-8"
    title: str | None = None
    date: datetime.date | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# A page is a newspaper page or a report: a few hundred kilobytes. Anything far larger is
# most likely not a page (a database dump, a device); it is refused before it is read.
MAX_PAGE_BYTES = 64 * 1024 * 1024


# What `Corpus.to_json` and `Query.to_json` write first: saved records, not a page.
_SAVED_CORPUS = re.compile(
    rb'\A\s*\{\s*"schema_version":\s*\d+,\s*"(?:producer":\s*"fjreports"|records":)'
)
_SAVED_HEAD = 200  # bytes: where that opening is looked for


def read_page(path: str | Path, *, max_bytes: int = MAX_PAGE_BYTES) -> Page:
    """Read one page file: text in any of the encodings below, an HTML page, or a PDF.

    A file ending in `.html` or `.htm` (any case) gives its main text, title and
    date (extra `fjreports[html]`); one ending in `.pdf` the text of its pages
    (extra `fjreports[pdf]`); `Page.encoding` is then `html` or `pdf`. Any other
    file is text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK and Big5 (as
    code page 950) are read; the encoding found is recorded in `Page.encoding`.
    Text that is neither UTF-8 nor UTF-16 is decoded both as GB18030 and as
    Big5, and the reading whose characters are the common ones of its
    character set wins; where neither reads as ordinary Chinese, a
    `DoubtfulEncodingWarning` says so.

    Args:
        path: the page file.
        max_bytes: a larger file is refused unread (64 MiB by default).

    Raises:
        FileNotFoundError: there is no such file.
        PageReadError: the file cannot be read (a folder, a pipe or device, a
            broken link, no permission, larger than `max_bytes`), or its bytes
            are none of these encodings, or hold control characters that text
            does not, or an HTML page has no main text or a PDF cannot be
            opened, or it holds records fjreports saved (`Corpus.to_json`);
            the error names the file and the byte offset.
        FjreportsError: an HTML or PDF page, and the extra that reads it is not
            installed (the message names it).

    Examples:
        >>> import tempfile, os
        >>> folder = tempfile.mkdtemp()
        >>> path = os.path.join(folder, "gbk.txt")
        >>> _ = open(path, "wb").write("集美区约6000万元".encode("gbk"))
        >>> read_page(path).encoding, read_page(path).text
        ('gb18030', '集美区约6000万元')
        >>> _ = open(path, "wb").write("廈門市集美區約6000萬元".encode("big5"))
        >>> read_page(path).encoding, read_page(path).text
        ('cp950', '廈門市集美區約6000萬元')
    """
    if not isinstance(path, str | Path):
        raise TypeError(f"read_page: path must be a str or Path, not {type(path).__name__}")
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
        raise TypeError(f"read_page: max_bytes must be a whole number of bytes, not {max_bytes!r}")
    path = Path(path)
    if str(path) in ("", "."):
        raise FileNotFoundError("no page file named: the path is empty")
    try:
        info = path.stat()  # through links
    except FileNotFoundError:
        if path.is_symlink():
            raise PageReadError(f"{path}: a link to nothing", str(path), 0) from None
        raise FileNotFoundError(f"no such page file: {path}") from None
    except OSError as err:  # a loop of links, no permission on a folder above
        raise PageReadError(
            f"{path}: cannot be read: {err.strerror or err}", str(path), 0
        ) from None
    if not stat.S_ISREG(info.st_mode):
        what = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file (a pipe or device)"
        raise PageReadError(f"{path}: cannot be read: {what}", str(path), 0)
    if info.st_size > max_bytes:
        raise PageReadError(
            f"{path}: {info.st_size:,} bytes, over the limit of {max_bytes:,} "
            "(max_bytes= raises it)",
            str(path),
            max_bytes,
        )
    try:
        with path.open("rb") as file:
            data = file.read(max_bytes + 1)
    except OSError as err:  # no permission, a failing disk
        raise PageReadError(
            f"{path}: cannot be read: {err.strerror or err}", str(path), 0
        ) from None
    if len(data) > max_bytes:  # it grew while being read
        raise PageReadError(
            f"{path}: over the limit of {max_bytes:,} bytes (max_bytes= raises it)",
            str(path),
            max_bytes,
        )
    if _SAVED_CORPUS.match(data[:_SAVED_HEAD]):
        raise PageReadError(
            f"{path}: records saved by fjreports, not a page: read them with "
            "fjreports.Corpus.from_json (or Query.from_json for saved query results)",
            str(path),
            0,
        )
    kind = path.suffix.lower()
    marked = Marked()
    if kind in (".html", ".htm"):
        (text, marked), encoding = html_text(data, path), "html"
        empty = "the HTML page has no main text: no figures can be read from it"
    elif kind == ".pdf":
        (text, marked), encoding = pdf_text(path), "pdf"
        empty = "the PDF has no text layer (a scan?): no figures can be read from it"
    else:
        (text, encoding), empty = _decode(data, path), "the page is empty"
    if kind in (".html", ".htm", ".pdf"):
        text = _CONTROL.sub(" ", text)  # control characters an extractor passed through
    if not text.strip():
        warnings.warn(f"{path}: {empty}", EmptyPageWarning, stacklevel=2)
    return Page(path.name, text, encoding, *marked)


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    utf8_error: UnicodeDecodeError | None = None
    if data.startswith(codecs.BOM_UTF8):
        candidates = [("utf-8-sig", data)]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = [("utf-16", data)]
    else:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as err:
            utf8_error = err
            candidates = _chinese_readings(data, path)
        else:
            candidates = [("utf-8", data)]
    first_error: UnicodeDecodeError | None = None
    for encoding, raw in candidates:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as err:
            first_error = first_error or err
            continue
        bad = _CONTROL.search(text)
        if bad is not None:
            offset = len(text[: bad.start()].encode(encoding))
            if encoding == "utf-16":
                offset += 2  # the BOM
            raise PageReadError(
                f"{path}: not text: control character {bad.group()!r} at byte offset {offset}",
                str(path),
                offset,
            )
        return text, encoding
    # Neither GB18030 nor Big5 reads it: where UTF-8 stopped is the place to look.
    first_error = utf8_error or first_error
    assert first_error is not None
    offset = first_error.start
    raise PageReadError(
        f"{path}: not UTF-8, UTF-16, GB18030 or Big5 text: undecodable bytes "
        f"{data[offset : offset + 4]!r} at byte offset {offset}",
        str(path),
        offset,
    )


# Common characters: GB2312's first level (the 3,755 most used simplified characters, lead
# bytes B0-D7) and Big5's first level (5,401 common traditional characters, lead bytes
# A4-C6). Ordinary text is nearly all common characters in its own character set; text
# decoded in the wrong one is not.
_GB_COMMON = range(0xB0, 0xD8)
_BIG5_COMMON = range(0xA4, 0xC7)
_HAN = re.compile("[\u4e00-\u9fff]")
# Below this share of common characters neither reading is ordinary Chinese text.
_PLAUSIBLE = 0.8


# Hangul syllables and jamo, hiragana and katakana: a page written in them is not Chinese.
_NOT_CHINESE = {
    "Korean": re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]"),
    "Japanese": re.compile("[\u3041-\u3096\u30a1-\u30fa]"),
}
_EAST_ASIAN = ("gb18030", "big5", "cp950", "euc_kr", "cp949", "euc_jp", "shift_jis", "cp932")
_CHINESE = ("gb18030", "big5", "cp950")
_NOT_CHINESE_SHARE = 0.3  # of the page's letters: Chinese text quoting a Korean name stays


def _refuse_other_languages(data: bytes, path: Path) -> None:
    from charset_normalizer import from_bytes

    # The detector chooses among the multi-byte encodings of East Asia only: on a short
    # page it would otherwise take a GBK text for UTF-16.
    readings = from_bytes(data[:200_000], cp_isolation=list(_EAST_ASIAN))
    best = readings.best()
    if best is None:
        return
    for reading in readings:
        if reading.encoding in _CHINESE and (reading.chaos, -reading.coherence) <= (
            best.chaos,
            -best.coherence,
        ):
            return  # a Chinese reading as good as the best: a short page may be either
    text = str(best)
    letters = sum(1 for c in text if c.isalpha())
    for language, script in _NOT_CHINESE.items():
        if letters and len(script.findall(text)) >= _NOT_CHINESE_SHARE * letters:
            raise PageReadError(
                f"{path}: {language} text ({best.encoding}), not Chinese: fjreports reads "
                "Chinese pages",
                str(path),
                0,
            )


class DoubtfulEncodingWarning(UserWarning):
    """A page's bytes read as neither ordinary GB18030 nor ordinary Big5 text."""


def _common_share(text: str) -> float:
    """The share of a sample of the Han characters of `text` that are common ones, simplified
    (GB2312 level 1) or traditional (Big5 level 1)."""
    han = _HAN.findall(text, 0, 200_000)[:5000]
    if not han:
        return 1.0
    hits = 0
    for char in set(han):
        simplified = char.encode("gb2312", errors="replace")[0] in _GB_COMMON
        if simplified or char.encode("big5", errors="replace")[0] in _BIG5_COMMON:
            hits += han.count(char)
    return hits / len(han)


def _chinese_readings(data: bytes, path: Path) -> list[tuple[str, bytes]]:
    """GB18030 and Big5, the likelier first; a warning where neither reads as Chinese.

    Korean (EUC-KR) and Japanese (EUC-JP) text decode as GB18030 too, into common
    characters: an encoding detector, charset-normalizer, names the likeliest encoding,
    and a page that then reads as Hangul or kana is refused.
    """
    _refuse_other_languages(data, path)
    scored: list[tuple[float, str]] = []
    for encoding in ("gb18030", "cp950"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((_common_share(text), encoding))
    scored.sort(reverse=True)
    if scored and scored[0][0] < _PLAUSIBLE:
        shares = ", ".join(f"{encoding} {share:.0%}" for share, encoding in scored)
        warnings.warn(
            f"{path}: read as {scored[0][1]}, but the text may be garbled: few of its "
            f"characters are common ones ({shares})",
            DoubtfulEncodingWarning,
            stacklevel=4,
        )
    return [(encoding, data) for _, encoding in scored]
