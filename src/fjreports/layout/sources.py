"""Pages saved as HTML or PDF: their text, ready for the same line repair as a text page.

HTML pages give their main text and metadata through trafilatura (extra
`fjreports[html]`): the boilerplate of a news site (menus, footers, related
links) is left out, and the title and date are written at the top of the text,
where a text page prints them. PDF pages give the text of their pages in reading
order through pypdfium2 (extra `fjreports[pdf]`), hard-wrapped as the bundled
pages are. Spans of the records found on such a page point into this text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import FjreportsError, PageReadError

__all__ = ["html_text", "pdf_text"]


def _extra(module: str, extra: str, what: str) -> Any:
    try:
        return __import__(module)
    except ImportError:
        raise FjreportsError(
            f"reading {what} pages needs the {extra} extra: pip install 'fjreports[{extra}]'"
        ) from None


def html_text(data: bytes, path: Path) -> str:
    """The main text of an HTML page, its title and date first.

    Raises:
        FjreportsError: trafilatura is not installed (the `html` extra).
        PageReadError: the page has no main text.
    """
    trafilatura = _extra("trafilatura", "html", "HTML")
    document = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, favor_recall=True
    )
    if document is None:
        raise PageReadError(f"{path}: the HTML page has no main text", str(path), 0)
    found = document if isinstance(document, dict) else document.as_dict()
    text = (found.get("text") or "").strip()
    if not text:
        raise PageReadError(f"{path}: the HTML page has no main text", str(path), 0)
    lines = text.splitlines()
    head: list[str] = []
    title = (found.get("title") or "").strip()
    if title and "".join(lines[0].split()) != "".join(title.split()):
        head.append(title)  # the title as the page's first line, as a text page prints it
    date = found.get("date")
    if date and date not in text[:200]:
        head.append(str(date))  # a date line: the page's date, for relative periods
    return "\n".join([*head, *lines])


def pdf_text(path: Path) -> str:
    """The text of a PDF's pages in reading order, a blank line between pages.

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
        for page in document:
            text_page = page.get_textpage()
            pages.append(text_page.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
            text_page.close()
            page.close()
    finally:
        document.close()
    return "\n\n".join(pages)
