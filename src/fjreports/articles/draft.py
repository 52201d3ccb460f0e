"""An article while its page is read: titles, marks and paragraphs gathered in order."""

from __future__ import annotations

from attrs import frozen

from ..layout import Block
from ..text import OffsetMap
from .model import ArticleKind

__all__ = ["Draft", "Paragraph", "cut", "first_offset", "headlines", "joined", "title_words"]


@frozen
class Paragraph:
    """A paragraph of a draft: its heading, its text and the map of the text into the page."""

    heading: str | None
    text: str
    offsets: OffsetMap

    @property
    def start(self) -> int:
        return self.offsets.pieces[0][1] if self.offsets.pieces else 0


def cut(block: Block, start: int, end: int, heading: str | None) -> Paragraph:
    """`block.text[start:end]` as a paragraph, its map into the raw page re-based."""
    return Paragraph(heading, block.text[start:end], block.offsets.cut(start, end))


def joined(first: Paragraph, second: Paragraph) -> Paragraph:
    """Two paragraphs as one: the first's beginning, printed apart, and the rest."""
    offsets = first.offsets.then(second.offsets, len(first.text))
    return Paragraph(first.heading, first.text + second.text, offsets)


class Draft:
    """An article while the page is read."""

    def __init__(self, kind: ArticleKind = ArticleKind.ARTICLE) -> None:
        self.kind = kind
        self.titles: list[Block] = []
        self.title_text: str | None = None  # a title cut from a line holding two
        self.subtitle: str | None = None
        self.authors: tuple[str, ...] = ()
        self.contributor: str | None = None
        self.source: str | None = None
        self.body: list[Paragraph] = []
        self.closed = False
        self.context: Draft | None = None  # for a caption: the article it stands in
        self.header: list[str] = []  # lines under the title: session, speaker
        # The lines over the title (引题): the kicker, its subtitle if it has none.
        self.kicker_blocks: tuple[Block, ...] = ()
        # The blocks the subtitle and each heading were printed in: their figures are read too.
        self.subtitle_block: Block | None = None
        self.heading_blocks: dict[str, tuple[Block, ...]] = {}

    @property
    def kicker(self) -> str | None:
        return " ".join(b.clean for b in self.kicker_blocks) if self.kicker_blocks else None

    @property
    def title(self) -> str | None:
        if self.title_text is not None:
            return self.title_text
        return self.titles[0].clean if self.titles else None

    def paragraphs(self) -> list[str]:
        return [p.text for p in self.body]

    def words(self) -> str:
        return "".join(self.paragraphs())


def headlines(draft: Draft) -> list[tuple[str, OffsetMap]]:
    """The draft's title, subtitle (or kicker) and section headings, in that order, each
    with its map into the raw page: the lines printed apart from its paragraphs, whose
    figures count too. A line whose block is not known (a subtitle taken from a PDF
    page's pool of titles) is left out."""
    blocks: list[Block] = []
    out: list[tuple[str, OffsetMap]] = []
    if draft.titles:
        first, title = draft.titles[0], draft.title or ""
        at = first.clean.find(title) if title else -1  # a title cut from a line holding two
        if at >= 0:
            out.append((title, first.offsets.cut(at, at + len(title))))
        blocks += draft.titles[1:]
    if draft.subtitle is not None:
        if draft.subtitle_block is not None and draft.subtitle_block.clean == draft.subtitle:
            blocks.append(draft.subtitle_block)
    elif draft.kicker is not None:
        blocks += draft.kicker_blocks
    seen: set[str] = set()
    for paragraph in draft.body:
        heading = paragraph.heading
        if heading is not None and heading not in seen:
            seen.add(heading)
            blocks += draft.heading_blocks.get(heading, ())
    out += [(b.clean, b.offsets.cut(0, len(b.clean))) for b in blocks]
    return out


def first_offset(draft: Draft) -> int:
    if draft.body:
        return draft.body[0].start
    return draft.titles[0].start if draft.titles else 0


def title_words(draft: Draft) -> str:
    return (draft.title or "") + (draft.subtitle or "")
