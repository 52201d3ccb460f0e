"""The article model: one article or photo caption of a page."""

from __future__ import annotations

import datetime
import enum
from typing import Any

from attrs import field, fields, frozen

from ..pickling import tuple_state
from ..places import Region

__all__ = ["Article", "ArticleKind", "Section", "body_text", "regroup", "section_counts"]


class ArticleKind(enum.Enum):
    """An article, or a photo caption standing on its own."""

    ARTICLE = "article"
    CAPTION = "caption"


@tuple_state
@frozen
class Section:
    """A part of an article under one heading (`heading` is `None` before the first)."""

    heading: str | None
    paragraphs: tuple[str, ...]


def body_text(sections: tuple[Section, ...]) -> str:
    """An article's text: each section's heading on a line of its own, then its paragraphs.

    >>> body_text((Section(None, ("一段。",)), Section("二、成效", ("二段。", "三段。"))))
    '一段。\\n二、成效\\n二段。\\n三段。'
    """
    lines: list[str] = []
    for section in sections:
        if section.heading is not None:
            lines.append(section.heading)
        lines += section.paragraphs
    return "\n".join(lines)


@frozen
class Article:
    """One article or photo caption of a page.

    Attributes:
        id: stable identifier, the page name and the ordinal (`000_….txt#02`).
        page: the page's file name.
        kind: `ArticleKind.ARTICLE` or `ArticleKind.CAPTION`.
        title: the title, or `None` (captions).
        subtitle: the subtitle, or `None`.
        authors: the names, padding removed (`□ 邱 天` is 邱天).
        contributor: the supplying office (`福鼎市委改革办`), or `None`.
        source: the publication or agency (`厦门日报`, `新华社`), or `None`.
        date: the date printed on the page, or `None`.
        region: the article's main region, or `None`.
        text: the body as printed: its section headings and paragraphs, a line each
            (see `body_text`).
        paragraphs: the body's paragraphs, in reading order.
        sections: the paragraphs grouped under their headings.
        spans: for each paragraph, `(text_start, raw_start, length)` runs that map
            its characters back into the raw page.
        headlines: the title, subtitle and section headings as printed, each with
            its runs into the raw page: the lines apart from the paragraphs whose
            figures are read too.
        metrics: ids of the article's metrics (filled by `load`).
        initiatives: ids of the article's initiatives (filled by `load`).
    """

    id: str
    page: str
    kind: ArticleKind
    title: str | None
    subtitle: str | None
    authors: tuple[str, ...]
    contributor: str | None
    source: str | None
    date: datetime.date | None
    region: Region | None
    text: str = field(repr=False)
    paragraphs: tuple[str, ...] = field(repr=False)
    sections: tuple[Section, ...] = field(repr=False)
    spans: tuple[tuple[tuple[int, int, int], ...], ...] = field(repr=False, eq=False, default=())
    headlines: tuple[tuple[str, tuple[tuple[int, int, int], ...]], ...] = field(
        repr=False, eq=False, default=()
    )
    metrics: tuple[str, ...] = field(repr=False, default=())
    initiatives: tuple[str, ...] = field(repr=False, default=())

    def __reduce__(self) -> tuple[Any, ...]:
        # An article travels between processes without the copies of its body: `text` is
        # the sections written out, and a section is a heading and a count of paragraphs.
        joined = self.text == body_text(self.sections)
        counted = section_counts(self.sections)
        regrouped = regroup(self.paragraphs, counted) == self.sections
        return (
            _rebuilt,
            (
                self.id,
                self.page,
                self.kind,
                self.title,
                self.subtitle,
                self.authors,
                self.contributor,
                self.source,
                self.date,
                self.region,
                None if joined else self.text,
                self.paragraphs,
                counted if regrouped else self.sections,
                self.spans,
                self.headlines,
                self.metrics,
                self.initiatives,
            ),
        )


def section_counts(sections: tuple[Section, ...]) -> tuple[tuple[str | None, int], ...]:
    """Each section as its heading and its number of paragraphs: how sections travel."""
    return tuple((s.heading, len(s.paragraphs)) for s in sections)


def regroup(
    paragraphs: tuple[str, ...], counted: tuple[tuple[str | None, int], ...]
) -> tuple[Section, ...]:
    """The sections of `section_counts`, the paragraphs put back under their headings."""
    out, at = [], 0
    for heading, count in counted:
        out.append(Section(heading, paragraphs[at : at + count]))
        at += count
    return tuple(out)


def _rebuilt(*values: Any) -> Article:
    names = [a.name for a in fields(Article)]
    given = dict(zip(names, values, strict=True))
    sections = given["sections"]
    if sections and not isinstance(sections[0], Section):
        given["sections"] = regroup(given["paragraphs"], sections)
    if given["text"] is None:
        given["text"] = body_text(given["sections"])
    return Article(**given)
