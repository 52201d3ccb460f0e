"""Layout: page files read and decoded, lines repaired into blocks, the press's marks.

Below it stand `fjreports.text` and `fjreports.lexicon`.
"""

from .marks import (
    AUTHORS_LINE,
    BREADCRUMB,
    BYLINE,
    CAPTION_CREDIT,
    CONTRIBUTOR,
    CRUFT,
    DATELINE,
    LEAD,
    NEWS_DATELINE,
    ORG,
    PHOTO_CREDIT,
    POSTED_LINE,
    SECTION_HEAD,
    SESSION_LINE,
    SPEAKER_LINE,
    TRAILING_AUTHORS,
    is_caption,
    parse_names,
)
from .page import MAX_PAGE_BYTES, DoubtfulEncodingWarning, EmptyPageWarning, Page, read_page
from .repair import Block, PageStyle, Repaired, repair

__all__ = [
    "AUTHORS_LINE",
    "BREADCRUMB",
    "BYLINE",
    "CAPTION_CREDIT",
    "CONTRIBUTOR",
    "CRUFT",
    "DATELINE",
    "LEAD",
    "MAX_PAGE_BYTES",
    "NEWS_DATELINE",
    "ORG",
    "PHOTO_CREDIT",
    "POSTED_LINE",
    "SECTION_HEAD",
    "SESSION_LINE",
    "SPEAKER_LINE",
    "TRAILING_AUTHORS",
    "Block",
    "DoubtfulEncodingWarning",
    "EmptyPageWarning",
    "Page",
    "PageStyle",
    "Repaired",
    "is_caption",
    "parse_names",
    "read_page",
    "repair",
]
