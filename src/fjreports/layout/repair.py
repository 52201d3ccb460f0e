"""Repairing a page's layout: its lines joined into blocks, its style worked out once.

A page is one text file as people have it: extracted from a PDF (lines
hard-wrapped every ~18 characters, blank lines between them) or scraped from
the web (one paragraph a line). `repair` turns its lines into blocks
(paragraphs, and the short lines that are titles, headings and credits), each
keeping the way back to the raw text, so every later span points into the page
as it was read.

Examples:
    >>> page = Page("p.txt", "一场从“制造”到\\n\\n“智造”的变革。\\n\\n新的段落。")
    >>> [b.text for b in repair(page).blocks]
    ['一场从“制造”到“智造”的变革。', '新的段落。']
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple

from attrs import field, frozen

from ..text import OffsetMap, ends_sentence, fold_for_scan
from .marks import SECTION_HEAD, is_caption, is_end_marker, is_marker
from .page import Page

__all__ = ["Block", "PageStyle", "Repaired", "page_style", "repair"]


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
        mark: how many characters at the end of `text` the page's markup left
            (`…提出意见。jgo`); they stay in `text`, and `clean` leaves them out.
    """

    text: str
    pieces: tuple[tuple[int, int, int], ...] = field(repr=False)
    lines: int = 1
    tight: bool = False
    blank_before: bool = True
    mark: int = 0

    @property
    def clean(self) -> str:
        """`text` without the markup's mark at its end, for titles and the lines that mark."""
        return self.text[: len(self.text) - self.mark] if self.mark else self.text

    @property
    def start(self) -> int:
        """Offset of the block's first character in the raw page."""
        return self.raw(0)

    @property
    def end(self) -> int:
        """Offset just past the block's last character in the raw page."""
        return self.raw(len(self.text) - 1) + 1 if self.text else self.start

    @property
    def offsets(self) -> OffsetMap:
        """The map of `text` back into the raw page."""
        return OffsetMap(self.pieces)

    def raw(self, index: int) -> int:
        """The raw-page offset of character `index` of `text`."""
        return self.offsets.raw(index)


class _Line(NamedTuple):
    text: str
    start: int  # raw offset of text[0]
    blank_before: bool
    number: int  # its place among the non-blank lines
    marker: bool  # a byline, date, session line …: a line that joins no other
    mark: int = 0  # characters of a mark left by the page's markup at its end (ends the paragraph)


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    blank = True
    at = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        if stripped:
            lead = len(content) - len(content.lstrip())
            lines.append(_Line(stripped, at + lead, blank, len(lines), is_marker(stripped)))
            blank = False
        else:
            blank = True
        at += len(raw)
    return _with_debris_closed(lines)


# What a page's conversion from HTML can leave: a run of Latin letters glued to the text at
# the ends of lines, where a paragraph's closing tag stood (…提出意见。jgo). The mark is kept
# (nothing of the page is dropped), and ends its paragraph.
_END_DEBRIS = re.compile(r"(?<=[^A-Za-z0-9\s])[a-z]{2,6}$")
_DEBRIS_LINES = 3  # a mark must end this many lines


def _with_debris_closed(lines: list[_Line]) -> list[_Line]:
    tails = [_debris(line.text) for line in lines]
    ends = Counter(tail for tail in tails if tail)
    debris = {token for token, count in ends.items() if count >= _DEBRIS_LINES}
    if not debris:
        return lines
    return [
        line._replace(mark=len(tail)) if tail in debris else line
        for line, tail in zip(lines, tails, strict=True)
    ]


def _debris(text: str) -> str:
    """The run of Latin letters glued to the end of a line, or ''; only the line's last
    characters are looked at."""
    if not ("a" <= text[-1] <= "z"):
        return ""  # most lines end in a Chinese character or a stop
    found = _END_DEBRIS.search(text, max(0, len(text) - 7))
    return found.group() if found else ""


class PageStyle(enum.Enum):
    """How a page's text is laid out: hard-wrapped lines, or a paragraph a line."""

    PDF = "pdf"  # extracted from a PDF: short lines, blank lines between
    WEB = "web"  # scraped from the web: one paragraph a line


def page_style(lines: Sequence[str]) -> PageStyle:
    """`PageStyle.PDF` for hard-wrapped lines, `PageStyle.WEB` for a paragraph a line.

    >>> page_style(["短行"] * 5).value, page_style(["长" * 40] * 5).value
    ('pdf', 'web')
    """
    if not lines:
        return PageStyle.WEB
    long = sum(1 for line in lines if len(line) > 35)
    if long >= 0.2 * len(lines):
        return PageStyle.WEB
    # Short lines in the main, but most of the text in lines no column holds: a web page
    # whose paragraphs sit among the short lines of its headings and table cells.
    unwrapped = sum(len(line) for line in lines if len(line) > _NO_COLUMN)
    return PageStyle.WEB if unwrapped * 5 >= 2 * sum(map(len, lines)) else PageStyle.PDF


_NO_COLUMN = 80  # characters: wider than any printed column


class Repaired(NamedTuple):
    """A page's blocks in reading order, and its style, worked out once."""

    blocks: list[Block]
    style: PageStyle


def repair(page: Page) -> Repaired:
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
        return Repaired([], PageStyle.WEB)
    # Text taken from a PDF is hard-wrapped whatever its column's width; any other page
    # says by its line lengths.
    style = PageStyle.PDF if page.encoding == "pdf" else page_style([line.text for line in lines])
    titles_from = _title_tail(lines) if style is PageStyle.PDF else len(lines)
    width = _column_width([len(line.text) for line in lines])
    wrap = _wrap_width([len(line.text) for line in lines]) if style is PageStyle.WEB else None
    table = _table_cells(lines) if style is PageStyle.WEB else {}
    groups: list[list[_Line]] = []
    paragraph: list[_Line] | None = None  # the last group that is not a caption
    alone: set[str] = set()  # the lines so far that stood alone as a title stands
    for line in lines:
        repeated = line.text in alone  # a title printed again starts its own block
        if is_caption(line.text):
            groups.append(_caption_lines(groups, line, width) if style is PageStyle.PDF else [line])
            continue
        if line.number > titles_from:
            paragraph = None  # in the run of titles printed after the last article
        if paragraph is not None and table.get(line.number, -1) == table.get(paragraph[-1].number):
            paragraph.append(line)  # the cells of one table, a cell a line
            continue
        if (
            paragraph is not None
            and not repeated
            and _continues(paragraph, line, style, width, wrap)
        ):
            paragraph.append(line)  # possibly across a caption: 数据支 … 撑
            continue
        if paragraph is not None and len(paragraph) == 1 and _title_like(paragraph[0].text):
            alone.add(paragraph[0].text)
        paragraph = [line]
        groups.append(paragraph)
    folded = fold_for_scan(page.text)  # one character for one: a line's slice is its folding
    return Repaired([_block(group, folded) for group in groups], style)


_TITLE_WIDTH = 45  # characters: the longest line taken for a title


def _title_like(text: str) -> bool:
    return len(text) <= _TITLE_WIDTH and not ends_sentence(text)


def _title_tail(lines: list[_Line]) -> int:
    """In a PDF page, the index after which the lines are titles printed at the end.

    After the page's last article-end line (（…供稿）, (names)), lines that never end
    a sentence (a caption's excepted) are titles, one a line.
    """
    last = max((line.number for line in lines if is_end_marker(line.text)), default=None)
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


def _continues(
    group: list[_Line],
    line: _Line,
    style: PageStyle,
    width: Callable[[int], int],
    wrap: int | None,
) -> bool:
    last = group[-1]
    if last.mark or last.marker or line.marker or ends_sentence(last.text):
        return False
    if style is PageStyle.PDF:
        if not line.blank_before:
            if len(group) == 1:
                # Right under a short line: a title or heading wrapped over lines; not a line
                # far wider than the column, which is a paragraph a line (a web page's prose
                # among the short lines of its tables).
                column = width(last.number)
                return len(last.text) < column + 2 and len(line.text) <= 2 * max(column, 20)
            return True  # a wrapped title goes on, and so does a paragraph
        if len(group) > 1:
            # A paragraph (its lines set apart by blank lines) goes on until a sentence ends.
            return any(member.blank_before for member in group[1:])
        # A first line well short of the column (indented lines lose two) is a heading.
        return len(last.text) >= width(last.number) - 3
    # A web page's paragraph a line; a long line that stops mid-sentence goes on, and so does
    # one as wide as the page's wrap (a page hard-wrapped at 38 characters).
    wide = len(last.text) >= 40 or (wrap is not None and len(last.text) >= wrap - 4)
    return wide and len(line.text) >= 2


def _wrap_width(lengths: list[int]) -> int | None:
    """The width a web page is hard-wrapped at, where it is: the commonest length of its
    longer lines, shared (give or take a few characters: Latin letters and ASCII
    punctuation are narrower) by at least two in five of them."""
    longer = [n for n in lengths if n >= 20]
    if len(longer) < 6:
        return None
    common = Counter(longer).most_common(1)[0][0]
    near = sum(1 for n in longer if common - 4 <= n <= common + 3)
    return common if near * 5 >= 2 * len(longer) else None


_CELL_WIDTH = 16  # characters: the longest line taken for a table's cell
_TABLE_CELLS = 6  # the fewest cells of a table printed a cell a line


def _table_cells(lines: list[_Line]) -> dict[int, int]:
    """Lines of a web page that are the cells of a table printed a cell a line, each
    mapped to its table's first line: a run of at least six short lines, none ending a
    sentence, heading a section or marking a byline or caption, at least two in five of
    them holding a figure (a list of headings or titles holds few)."""
    cells: dict[int, int] = {}
    run: list[_Line] = []

    def close() -> None:
        figures = sum(1 for line in run if any(c.isdigit() for c in line.text))
        if len(run) >= _TABLE_CELLS and figures * 5 >= 2 * len(run):
            cells.update((line.number, run[0].number) for line in run)
        run.clear()

    for line in lines:
        text = line.text
        if (
            len(text) <= _CELL_WIDTH
            and not ends_sentence(text)
            and not line.marker
            and not is_caption(text)
            and not SECTION_HEAD.match(text)
        ):
            run.append(line)
        else:
            close()
    close()
    return cells


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
    return Block(
        "".join(parts), tuple(pieces), len(group), tight, group[0].blank_before, group[-1].mark
    )
