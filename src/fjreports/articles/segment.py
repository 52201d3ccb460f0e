"""From a page to the articles printed on it.

The repaired blocks of a page (see `fjreports.layout`) are read in order and
sorted into articles by the marks the press leaves: bylines (`□ 王 帅`,
`本报记者 … 通讯员 …`), author lines after the body (`(黄志鑫 黄钊伟)`),
contributor lines (`（福鼎市委改革办供稿）`), date and source lines, photo
captions (`… (连健刚 摄)`) and web cruft.

Titles of PDF pages are often printed away from their bodies (at the end of
the page, or two on one line); they are given to the body whose words they
share, and a body that holds two articles is split where its words change
from one title's to the other's. A body fragment printed apart from its
article (its beginning at the end of the page) is joined back to the article
whose words it shares.

Examples:
    >>> from fjreports.layout import Page
    >>> text = "光泽：四融模式\\n\\n□ 黄 志诚\\n\\n光泽县与资溪县合作。\\n\\n（光泽县委改革办供稿）"
    >>> [(a.title, a.authors, a.contributor, a.region.name) for a in segment(Page("p.txt", text))]
    [('光泽：四融模式', ('黄志诚',), '光泽县委改革办', '光泽县')]
"""

from __future__ import annotations

import datetime

from attrs import evolve

from ..layout import (
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
    Block,
    Page,
    PageStyle,
    is_caption,
    parse_names,
    repair,
)
from ..places import Region
from ..text import ends_sentence
from .draft import Draft, Paragraph, cut, first_offset, headlines
from .model import Article, ArticleKind, Section, body_text
from .region import office, region_of
from .titles import Matcher, give_titles, join_fragments

__all__ = ["segment"]


# How a kicker (引题), the line above a title that leads into it, ends.
_KICKER_ENDS = ("——", "—", "--", "——>")


def _is_title_like(block: Block) -> bool:
    text = block.clean
    if ends_sentence(text) or len(text) > 45 or block.lines > 2:
        return False
    return not text.endswith(("，", ",", "、", "：", ":"))


def segment(page: Page) -> list[Article]:
    """The articles and photo captions printed on `page`, in the order of their bodies."""
    repaired = repair(page)
    blocks = [b for b in repaired.blocks if b.text and b.text not in CRUFT]
    if not blocks:
        return []
    style = repaired.style
    # What an HTML page says of itself holds until the page's own lines say otherwise.
    date: datetime.date | None = page.date
    source: str | None = page.source
    photo_credit: str | None = None
    drafts: list[Draft] = []
    current: Draft | None = None
    heading: str | None = None
    pool: list[tuple[Block, bool]] = []  # PDF titles, with "is a subtitle of the one before"
    pending_heading = False  # the last block was a heading, with no body after it yet
    heading_blocks: list[Block] = []  # the blocks of the heading with no body after it yet

    def start(title: Block | None = None) -> Draft:
        nonlocal current, heading, pending_heading
        draft = Draft()
        if title is not None:
            draft.titles.append(title)
            if pending_heading and heading_blocks:
                # 西藏丁青 over 首次拍到雪豹…: a line right over a title, no body after it, is
                # the title's kicker.
                draft.kicker_blocks = tuple(heading_blocks)
        elif pending_heading and current is not None:
            _keep_as_paragraphs(current, heading_blocks)
        heading_blocks.clear()
        pending_heading = False
        drafts.append(draft)
        current = draft
        heading = None
        return draft

    for index, block in enumerate(blocks):
        text, clean = block.text, block.clean
        if BREADCRUMB.match(text):
            continue  # 首页/ 政务公开/ 正文: the site's trail of links
        session = SESSION_LINE.match(clean)
        if session:
            # (2018年12月26日在…会议上): when the report under the title was given.
            date = _date_of(*session.group("y", "m", "d")) or date
            if current is None:
                start()  # its title is in the pool of a PDF page
            assert current is not None
            if index and current.subtitle == blocks[index - 1].clean:
                _report_title_over(current, blocks[index - 1])
            line = session.group("line")  # without what a conversion left before it
            current.subtitle = current.subtitle or line
            current.header.append(line)  # it names where: 在兴文县第十六届人民代表大会
            continue
        speaker = SPEAKER_LINE.match(clean)
        if speaker and (current is None or not current.body):
            if current is None:
                start()  # its title is in the pool of a PDF page
            assert current is not None
            current.authors = parse_names(speaker.group(1))  # 县长 石 进: who gave it
            current.header.append(clean)
            continue
        if current is not None and current.title is not None and _same(clean, current.title):
            if not current.body:
                continue  # the title printed twice
            if len(current.body) <= _SITE_LINES and not current.closed:
                # Printed again after a few lines: those were the site's (a summary, the
                # time it was posted), and the article starts here.
                current.header.extend(p.text for p in current.body)
                current.body.clear()
                heading = None
                continue
        dateline = DATELINE.match(clean)
        if dateline:
            date = _date_of(*dateline.groups()[:3])
            source = dateline.group(4) or source
            continue
        posted = POSTED_LINE.match(clean)
        if posted:
            date = _date_of(*posted.groups()) or date  # a report's own wins
            continue
        credit = PHOTO_CREDIT.match(text)
        if credit:
            photo_credit = credit.group(1).strip()
            continue
        if is_caption(text):
            drafts.append(_titled_caption(block, current) or _caption(block, current))
            continue
        contributor = CONTRIBUTOR.match(text)
        if contributor:
            if current is None:
                current = start()
            current.contributor = office(contributor.group(1))
            current.closed = True
            continue
        if AUTHORS_LINE.match(text):
            if current is not None:
                current.authors = parse_names(text)
                current.closed = True
            continue
        if BYLINE.match(text):
            names = parse_names(text)
            if text.startswith("本版文"):
                if current is not None:
                    current.authors = names  # the page's credit, within the article
                continue
            if current is None or current.closed or current.body:
                start()
            assert current is not None
            current.authors = names
            continue
        if ORG.match(text) and not ends_sentence(text):
            # 泉港区委宣传部 泉州晚报编辑部: the office that supplied what follows.
            start().contributor = text
            continue
        if _is_title_like(block):
            kind = _title_or_heading(blocks, index, current, style)
            if kind == "pool":
                pool.append((block, not block.blank_before and bool(pool)))
                if current is not None and current.body:
                    current.closed = True
                continue
            if kind == "title":
                subtitle_of = current is not None and not current.body and not current.authors
                if subtitle_of and current is not None and current.titles and not current.subtitle:
                    first = current.titles[0]
                    if first.clean.endswith(_KICKER_ENDS) and current.title_text is None:
                        # 国土绿化提速，去年—— over the title: a kicker leads into the title.
                        current.subtitle, current.titles[0] = first.clean, block
                        current.subtitle_block = first
                    else:
                        current.subtitle = clean  # the second of two title lines
                        current.subtitle_block = block
                    continue
                start(block)
                continue
            # Headings one under another are one: 关键字:二 / 两岸青年“西部培力” / 携手…
            last = current.body[-1] if current is not None and current.body else None
            if (
                heading is not None
                and (last is None or last.heading != heading)
                and pending_heading
            ):
                heading = heading + " " + text
                heading_blocks.append(block)
            else:
                heading = text
                heading_blocks[:] = [block]
            pending_heading = True
            continue
        # A paragraph of body text.
        pending_heading = False
        under = tuple(heading_blocks)
        heading_blocks.clear()
        if current is None or current.closed:
            start()
        assert current is not None
        if heading is not None and under:
            current.heading_blocks.setdefault(heading, under)
        lead = LEAD.match(text)
        begin = lead.end() if lead else 0
        dateline = NEWS_DATELINE.match(text)
        if dateline is not None and dateline.group("reporters"):
            # 本报西宁1月15日电（记者姜峰）: the reporters, each report's of a joint one.
            names = parse_names(dateline.group("reporters").replace("、", " "))
            current.authors = (*current.authors, *(n for n in names if n not in current.authors))
        trailing = TRAILING_AUTHORS.search(text, begin)
        if trailing and ends_sentence(text[begin : trailing.start()]):
            current.authors = parse_names(trailing.group(1))
            end = len(text[: trailing.start()].rstrip())
            current.body.append(cut(block, begin, end, heading))
            current.closed = True
            continue
        current.body.append(cut(block, begin, len(text), heading))
    if pending_heading and current is not None:
        # Short lines at the end with no body after them (附件, a table's last cells): the
        # article's last paragraphs, not headings of nothing.
        _keep_as_paragraphs(current, heading_blocks)

    articles_drafts = [d for d in drafts if d.kind is ArticleKind.ARTICLE and (d.body or d.titles)]
    matcher = Matcher()
    if style is PageStyle.PDF and pool:
        articles_drafts = give_titles(articles_drafts, pool, matcher)
    articles_drafts = join_fragments(articles_drafts, matcher)
    keep = set(map(id, articles_drafts))
    ordered = [d for d in drafts if id(d) in keep or d.kind is ArticleKind.CAPTION]
    placed = set(map(id, ordered))
    ordered += [d for d in articles_drafts if id(d) not in placed]
    ordered.sort(key=first_offset)
    out: list[Article] = []
    regions_of: dict[int, Region | None] = {}
    for draft in ordered:
        if draft.kind is ArticleKind.ARTICLE and not draft.body and not draft.titles:
            continue
        if draft.kind is ArticleKind.CAPTION and draft.contributor is None and photo_credit:
            draft.contributor = photo_credit
        region = region_of(draft, regions_of)
        regions_of[id(draft)] = region
        out.append(_finish(draft, page.name, len(out), region, date, source))
    stories = [i for i, a in enumerate(out) if a.kind is ArticleKind.ARTICLE]
    if page.authors and len(stories) == 1 and not out[stories[0]].authors:
        # The authors a page names in its metadata are those of its one article.
        out[stories[0]] = evolve(out[stories[0]], authors=page.authors)
    return out


def _date_of(year: str, month: str, day: str) -> datetime.date | None:
    """The date a line gives, or `None` where it is no date (2月30日)."""
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _keep_as_paragraphs(draft: Draft, blocks: list[Block]) -> None:
    draft.body.extend(cut(b, 0, len(b.text), None) for b in blocks)


_SITE_LINES = 2  # the most lines a site prints between a page's title and its repeat


def _same(text: str, title: str) -> bool:
    return "".join(text.split()) == "".join(title.split())


def _report_title_over(draft: Draft, block: Block) -> None:
    """The line right over a report's session line is the report's title (政府工作报告),
    unless it leads with a dash (——奋力谱写新篇章: a subtitle); the title line above it
    is the page's, kept with the header lines."""
    if block.clean.startswith(("—", "-")) or draft.title is None:
        return
    draft.header.append(draft.title)
    draft.titles[:] = [block]
    draft.title_text = None
    draft.subtitle = None


def _titled_caption(block: Block, current: Draft | None) -> Draft | None:
    """A credit line alone (周  巍摄) after a short title and its paragraphs: a photo with a
    title and a caption of several paragraphs, taken back from the article they followed."""
    credit = CAPTION_CREDIT.search(block.text)
    if credit is None or block.text[: credit.start()].strip() or current is None:
        return None
    if not current.body or current.body[-1].heading is None:
        return None
    title = current.body[-1].heading
    taken: list[Paragraph] = []
    while current.body and current.body[-1].heading == title:
        last = current.body.pop()
        taken.insert(0, Paragraph(None, last.text, last.offsets))
    draft = Draft(ArticleKind.CAPTION)
    draft.title_text = title
    draft.body = taken
    draft.authors = parse_names(credit.group(2))
    draft.context = current
    draft.closed = True
    return draft


def _caption(block: Block, context: Draft | None) -> Draft:
    draft = Draft(ArticleKind.CAPTION)
    text = block.text
    credit = CAPTION_CREDIT.search(text)
    end = len(text)
    if credit:
        end = len(text[: credit.start()].rstrip())
        draft.authors = parse_names(credit.group(2))
        if credit.group(1) in ("新华社", "中新社"):
            draft.source = credit.group(1)
    draft.body.append(cut(block, 0, end, None))
    draft.context = context
    draft.closed = True
    return draft


def _title_or_heading(
    blocks: list[Block], index: int, current: Draft | None, style: PageStyle
) -> str:
    """`title`, `heading`, or (PDF) `pool` for a title to be placed by what it says."""
    if SECTION_HEAD.match(blocks[index].text):
        return "heading"  # 一、产业发展, （二）民生保障: a numbered section's head
    before = blocks[index - 1] if index else None
    after = blocks[index + 1] if index + 1 < len(blocks) else None

    def mark(other: Block | None) -> bool:
        if other is None:
            return True
        text = other.text
        return bool(
            BYLINE.match(text)
            or CONTRIBUTOR.match(text)
            or AUTHORS_LINE.match(text)
            or is_caption(text)
            or DATELINE.match(text)
            or POSTED_LINE.match(text)
        )

    if style is PageStyle.PDF:
        flanked = mark(before) or mark(after)
        neighbours = [b for b in (before, after) if b is not None and _is_title_like(b)]
        if flanked or neighbours or (before is not None and _ends_article(before)):
            return "pool"
        return "heading"
    if current is None or current.closed or not current.body:
        return "title"
    if after is not None and (DATELINE.match(after.text) or NEWS_DATELINE.match(after.text)):
        # A news list (each item's title, then its date and time) or a newspaper page (each
        # report's title, then 本报西宁1月15日电).
        return "title"
    if after is not None and BYLINE.match(after.text) and not after.text.startswith("本版文"):
        return "title"  # 集美： 全面推动现代化 … then □本报记者 …
    if (
        after is not None
        and _is_title_like(after)
        and index + 2 < len(blocks)
        and BYLINE.match(blocks[index + 2].text)
    ):
        return "title"
    return "heading"


def _ends_article(block: Block) -> bool:
    return bool(CONTRIBUTOR.match(block.text) or AUTHORS_LINE.match(block.text))


def _finish(
    draft: Draft,
    page: str,
    ordinal: int,
    region: Region | None,
    date: datetime.date | None,
    source: str | None,
) -> Article:
    title = draft.title
    paragraphs = tuple(p.text for p in draft.body)
    sections: list[Section] = []
    for heading, text in ((p.heading, p.text) for p in draft.body):
        if not sections or sections[-1].heading != heading:
            sections.append(Section(heading, (text,)))
        else:
            last = sections[-1]
            sections[-1] = Section(last.heading, (*last.paragraphs, text))
    return Article(
        id=f"{page}#{ordinal:02d}",
        page=page,
        kind=draft.kind,
        title=title if draft.kind is ArticleKind.ARTICLE or draft.title_text else None,
        subtitle=draft.subtitle or draft.kicker,
        authors=draft.authors,
        contributor=draft.contributor,
        source=draft.source or source,
        date=date,
        region=region,
        text=body_text(tuple(sections)),
        paragraphs=paragraphs,
        sections=tuple(sections),
        spans=tuple(p.offsets.pieces for p in draft.body),
        headlines=tuple((text, offsets.pieces) for text, offsets in headlines(draft)),
    )
