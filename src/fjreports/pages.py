"""Reading pages and repairing their layout.

A page is one text file as people have it: extracted from a PDF (lines
hard-wrapped every ~18 characters, blank lines between them) or scraped from
the web (one paragraph a line). `read_page` decodes it, recording the
encoding; `repair` turns its lines into blocks (paragraphs, and the short
lines that are titles, headings and credits), each keeping the way back to
the raw text, so every later span points into the page as it was read.

Examples:
    >>> page = Page("p.txt", "一场从“制造”到\\n\\n“智造”的变革。\\n\\n新的段落。")
    >>> [b.text for b in repair(page)]
    ['一场从“制造”到“智造”的变革。', '新的段落。']
"""

from __future__ import annotations

import codecs
import re
import warnings
from bisect import bisect_right
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from attrs import field, frozen

from ._text import fold_for_scan
from .errors import PageReadError

__all__ = ["Block", "EmptyPageWarning", "Page", "read_page", "repair"]


class EmptyPageWarning(UserWarning):
    """A page file holds no text; it gives no articles."""


@frozen
class Page:
    """One page: its file name, its text as decoded, and the encoding found.

    Attributes:
        name: the file name (`000_a80a92710e1c03cb.txt`).
        text: the decoded text; every span of every record points into it.
        encoding: `utf-8`, `utf-8-sig`, `utf-16` or `gb18030`.
    """

    name: str
    text: str = field(repr=False)
    encoding: str = "utf-8"


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_page(path: str | Path) -> Page:
    """Read one page file, detecting its encoding.

    UTF-8 (with or without BOM), UTF-16 with BOM and GB18030/GBK are read; the
    encoding found is recorded in `Page.encoding`.

    Raises:
        FileNotFoundError: there is no such file.
        PageReadError: the file cannot be read (a folder, no permission), or
            its bytes are none of these encodings, or hold control characters
            that text does not; the error names the file and the byte offset.

    Examples:
        >>> import tempfile, os
        >>> folder = tempfile.mkdtemp()
        >>> path = os.path.join(folder, "gbk.txt")
        >>> _ = open(path, "wb").write("集美区约6000万元".encode("gbk"))
        >>> read_page(path).encoding, read_page(path).text
        ('gb18030', '集美区约6000万元')
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no such page file: {path}")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as err:  # a folder named *.txt, no permission, a failing disk
        raise PageReadError(
            f"{path}: cannot be read: {err.strerror or err}", str(path), 0
        ) from None
    text, encoding = _decode(data, path)
    if not text.strip():
        warnings.warn(f"{path}: the page is empty", EmptyPageWarning, stacklevel=2)
    return Page(path.name, text, encoding)


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        candidates = [("utf-8-sig", data)]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = [("utf-16", data)]
    else:
        candidates = [("utf-8", data), ("gb18030", data)]
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
    assert first_error is not None
    offset = first_error.start
    raise PageReadError(
        f"{path}: not UTF-8, UTF-16 or GB18030 text: undecodable bytes "
        f"{data[offset : offset + 4]!r} at byte offset {offset}",
        str(path),
        offset,
    )


@frozen
class Block:
    """A unit of a repaired page: a paragraph, or a short line (title, heading, credit).

    Attributes:
        text: the repaired text (lines joined, full-width digits folded,
            stray spaces inside figures removed).
        pieces: `(text_start, raw_start, length)` runs mapping `text` back
            into the raw page.
        lines: how many physical lines the block was made of.
        tight: the lines followed each other without a blank line between
            them (a title or heading wrapped over lines, in PDF extractions).
        blank_before: a blank line stands between this block and the one before.
    """

    text: str
    pieces: tuple[tuple[int, int, int], ...] = field(repr=False)
    lines: int = 1
    tight: bool = False
    blank_before: bool = True

    @property
    def start(self) -> int:
        """Offset of the block's first character in the raw page."""
        return self.raw(0)

    @property
    def end(self) -> int:
        """Offset just past the block's last character in the raw page."""
        return self.raw(len(self.text) - 1) + 1 if self.text else self.start

    def raw(self, index: int) -> int:
        """The raw-page offset of character `index` of `text`."""
        starts = [p[0] for p in self.pieces]
        at = max(bisect_right(starts, index) - 1, 0)
        text_start, raw_start, _ = self.pieces[at]
        return raw_start + index - text_start


class _Line(NamedTuple):
    text: str
    start: int  # raw offset of text[0]
    blank_before: bool
    number: int  # its place among the non-blank lines


_SENTENCE_END = frozenset("。！？!?…；;")
_CLOSERS = frozenset("”’」』）)】")


_TRAILING_CREDIT = re.compile(r"[（(][^（()）]{2,30}[)）]\s*$")


def ends_sentence(text: str) -> bool:
    """Whether `text` ends a sentence: 。！？ possibly followed by closing quotes or a credit.

    >>> ends_sentence("迈出更坚实的一步。(黄志鑫 林赞)"), ends_sentence("这座连")
    (True, False)
    """
    stripped = text.rstrip()
    if stripped.endswith((")", "）")):
        stripped = _TRAILING_CREDIT.sub("", stripped) or stripped
    while stripped and stripped[-1] in _CLOSERS:
        stripped = stripped[:-1]
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    blank = True
    at = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        if stripped:
            lead = len(content) - len(content.lstrip())
            lines.append(_Line(stripped, at + lead, blank, len(lines)))
            blank = False
        else:
            blank = True
        at += len(raw)
    return lines


def page_style(lines: Sequence[str]) -> str:
    """`"pdf"` for hard-wrapped lines, `"web"` for a paragraph a line."""
    if not lines:
        return "web"
    long = sum(1 for line in lines if len(line) > 35)
    return "pdf" if long < 0.2 * len(lines) else "web"


def repair(page: Page) -> list[Block]:
    """Join hard-wrapped lines into blocks, keeping the way back to the raw text.

    PDF extractions (short lines with blank lines between) are joined until a
    line ends a sentence or stops well short of the column; a short line with
    the next written right under it (a title or heading wrapped over lines)
    stays one block. Web pages keep a paragraph a line, joining a long line
    that stops mid-sentence with the next. A photo caption never joins, and the
    paragraph it interrupts goes on after it (数据支 … 撑).
    """
    lines = _lines(page.text)
    if not lines:
        return []
    style = page_style([line.text for line in lines])
    titles_from = _title_tail(lines) if style == "pdf" else len(lines)
    width = _column_width([len(line.text) for line in lines])
    groups: list[list[_Line]] = []
    paragraph: list[_Line] | None = None  # the last group that is not a caption
    for line in lines:
        if is_caption(line.text):
            groups.append(_caption_lines(groups, line, width) if style == "pdf" else [line])
            continue
        if line.number > titles_from:
            paragraph = None  # in the run of titles printed after the last article
        if paragraph is not None and _continues(paragraph, line, style, width):
            paragraph.append(line)  # possibly across a caption: 数据支 … 撑
            continue
        paragraph = [line]
        groups.append(paragraph)
    folded = fold_for_scan(page.text)  # one character for one: a line's slice is its folding
    return [_block(group, folded) for group in groups]


def _is_end_marker(text: str) -> bool:
    return bool(_CONTRIBUTOR.search(text)) or _CREDIT_LINE.fullmatch(text) is not None


_CREDIT_LINE = re.compile(r"[（(][^（()）]{2,30}[)）]")
_CONTRIBUTOR = re.compile(r"^[（(](.{2,40}?)供稿[)）]$")


def _title_tail(lines: list[_Line]) -> int:
    """In a PDF page, the index after which the lines are titles printed at the end.

    After the page's last article-end line (（…供稿）, (names)), lines that never end
    a sentence (a caption's excepted) are titles, one a line.
    """
    last = max((line.number for line in lines if _is_end_marker(line.text)), default=None)
    if last is None:
        return len(lines)
    tail = [line for line in lines[last + 1 :] if not is_caption(line.text)]
    if not tail or any(ends_sentence(line.text) for line in tail):
        return len(lines)
    return last


def _caption_lines(
    groups: list[list[_Line]], line: _Line, width: Callable[[int], int]
) -> list[_Line]:
    """A caption's credit line, with the lines of caption text, wider than the column, before it."""
    column = width(max(line.number - 8, 0))
    caption = [line]
    while groups and all(len(member.text) > 1.5 * column for member in groups[-1]):
        caption[:0] = groups.pop()
    return caption


def _column_width(lengths: list[int]) -> Callable[[int], int]:
    """The column width around line `index`: the median length of its neighbours, worked out
    once a line."""
    known: dict[int, int] = {}

    def width(index: int) -> int:
        found = known.get(index)
        if found is None:
            window = sorted(lengths[max(0, index - 6) : index + 7])
            found = known[index] = window[len(window) // 2]
        return found

    return width


def _continues(group: list[_Line], line: _Line, style: str, width: Callable[[int], int]) -> bool:
    last = group[-1]
    if ends_sentence(last.text) or _is_marker(last.text) or _is_marker(line.text):
        return False
    if style == "pdf":
        if not line.blank_before:
            if len(group) == 1:
                # Right under a short line: a title or heading wrapped over lines.
                return len(last.text) < width(last.number) + 2
            return True  # a wrapped title goes on, and so does a paragraph
        if len(group) > 1:
            # A paragraph (its lines set apart by blank lines) goes on until a sentence ends.
            return any(member.blank_before for member in group[1:])
        # A first line well short of the column (indented lines lose two) is a heading.
        return len(last.text) >= width(last.number) - 3
    return len(last.text) >= 40 and len(line.text) >= 2


_CAPTION = re.compile(
    r"(?:[（(]\s*|\s|^)(?:(?:新华社|中新社|本报)?记者\s*|通讯员\s*)?"
    r"([\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*)\s*/?\s*摄\s*[）)]?\s*$"
)


def is_caption(text: str) -> bool:
    """Whether a line ends with a photo credit: (连健刚 摄), 新华社记者 魏培全 摄."""
    return "摄" in text and _CAPTION.search(text) is not None


_MARKER = re.compile(r"^(□|■|◆|本报讯|本版文|本版图|（.*供稿）$|\(.*供稿\)$)")


def _is_marker(text: str) -> bool:
    return bool(_MARKER.match(text))


_STRAY_SPACE = re.compile(r"(?<=[0-9.%\u4e00-\u9fff])[ \t\u3000]+(?=[0-9.%\u4e00-\u9fff])")
_DIGITISH = frozenset("0123456789.%")


def _block(group: list[_Line], folded: str) -> Block:
    pieces: list[tuple[int, int, int]] = []
    parts: list[str] = []
    length = 0
    for line in group:
        text = folded[line.start : line.start + len(line.text)]  # digits folded, punctuation kept
        at = 0
        spaced = " " in text or "\u3000" in text or "\t" in text
        for space in _STRAY_SPACE.finditer(text) if spaced else ():
            before, after = text[space.start() - 1], text[space.end()]
            if (before in _DIGITISH) == (after in _DIGITISH):
                continue  # between words (湖里： 乘势而上) or figures (30 00:00) it stays
            if space.start() > at:
                pieces.append((length, line.start + at, space.start() - at))
                parts.append(text[at : space.start()])
                length += space.start() - at
            at = space.end()
        if at < len(text):
            pieces.append((length, line.start + at, len(text) - at))
            parts.append(text[at:])
            length += len(text) - at
    tight = len(group) > 1 and not any(line.blank_before for line in group[1:])
    return Block("".join(parts), tuple(pieces), len(group), tight, group[0].blank_before)
