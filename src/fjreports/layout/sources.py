"""Pages saved as HTML or PDF: their text, ready for the same line repair as a text page.

HTML pages give their main text and metadata through trafilatura (extra
`fjreports[html]`): the boilerplate of a news site (menus, footers, related
links) is left out, and the title and date are written at the top of the text,
where a text page prints them. PDF pages give the text of their pages in reading
order through pypdfium2 (extra `fjreports[pdf]`), hard-wrapped as the bundled
pages are. Spans of the records found on such a page point into this text.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import FjreportsError, PageReadError

__all__ = ["Marked", "html_text", "pdf_text"]


class Marked(NamedTuple):
    """What an HTML or PDF page says of itself in its metadata, where it says it."""

    title: str | None = None
    date: datetime.date | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()


def _extra(module: str, extra: str, what: str) -> Any:
    try:
        return __import__(module)
    except ImportError:
        raise FjreportsError(
            f"reading {what} pages needs the {extra} extra: pip install 'fjreports[{extra}]'"
        ) from None


def html_text(data: bytes, path: Path) -> tuple[str, Marked]:
    """The main text of an HTML page, its title and date first, and its metadata: title,
    date, site name (the source) and authors where the page marks them. A page with no
    main text gives an empty text.

    Raises:
        FjreportsError: trafilatura is not installed (the `html` extra).
    """
    trafilatura = _extra("trafilatura", "html", "HTML")
    document = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, favor_recall=True
    )
    if document is None:
        return "", Marked()
    found = document if isinstance(document, dict) else document.as_dict()
    marked = Marked(
        _field(found.get("title")),
        _date(found.get("date")),
        _field(found.get("sitename")),
        _names(found.get("author")),
    )
    text = (found.get("text") or "").strip()
    if not text:
        return "", marked
    lines = text.splitlines()
    head: list[str] = []
    if marked.title and "".join(lines[0].split()) != "".join(marked.title.split()):
        head.append(marked.title)  # the title as the page's first line, as a text page has it
    date = found.get("date")
    if date and date not in text[:200]:
        head.append(str(date))  # a date line: the page's date, for relative periods
    return "\n".join([*head, *lines]), marked


def _field(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _names(value: Any) -> tuple[str, ...]:
    """王小明; 李华 or 王小明、李华 as names."""
    text = _field(value)
    if text is None:
        return ()
    return tuple(n.strip() for n in re.split("[;；,，、]", text) if n.strip())


def _date(value: Any) -> datetime.date | None:
    """2023-10-20, or D:20231020… as a PDF writes it; anything else is no date."""
    text = _field(value) or ""
    match = re.match(r"(?:D:)?(\d{4})-?(\d{2})-?(\d{2})", text)
    if match is None:
        return None
    try:
        return datetime.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def pdf_text(path: Path) -> tuple[str, Marked]:
    """The text of a PDF's pages in reading order, a blank line between pages, and the
    title and author of its metadata (its creation date is not the date of the report,
    and is left out).

    Raises:
        FjreportsError: pypdfium2 is not installed (the `pdf` extra).
        PageReadError: the file is not a PDF pypdfium2 can open.
    """
    pdfium = _extra("pypdfium2", "pdf", "PDF")
    try:
        document = pdfium.PdfDocument(str(path))
    except Exception as err:  # pypdfium2 raises its own PdfiumError, and OSError
        raise PageReadError(f"{path}: not a PDF that can be read: {err}", str(path), 0) from None
    pages: list[str] = []
    try:
        info = document.get_metadata_dict()
        marked = Marked(_field(info.get("Title")), None, None, _names(info.get("Author")))
        for page in document:
            text_page = page.get_textpage()
            pages.append(text_page.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
            text_page.close()
            page.close()
    finally:
        document.close()
    return "\n\n".join(pages), marked
