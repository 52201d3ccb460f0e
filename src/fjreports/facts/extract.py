"""From an article to its metrics and named initiatives.

Every figure of an article's body becomes a [`Metric`][fjreports.facts.Metric]:
the quantity, what it measures (`subject`), the time it refers to (`period`),
the region it is about, and the sentence it stands in. The named programmes
(“三区联创”党建工作机制, “四融”模式, 青年领军培育工程) become
[`Initiative`][fjreports.facts.Initiative]s tied to the figures of their
sentence.

Examples:
    >>> from fjreports.layout import Page
    >>> from fjreports.articles import segment
    >>> text = "集美：“村集体+国企”模式\\n截至目前，集美区建成用地项目19个，年收益约6000万元。"
    >>> [article] = segment(Page("p.txt", text))
    >>> metrics, initiatives = extract(article, text)
    >>> [(m.quantity.value, m.subject, m.period.text) for m in metrics]
    [(Decimal('19'), '用地项目', '截至目前'), (Decimal('60000000'), '年收益', '截至目前')]
    >>> {m.region.name for m in metrics}
    {'集美区'}
    >>> [(i.name, i.kind) for i in initiatives]
    [('村集体+国企', '模式')]
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..articles import Article
from ..lexicon import words
from ..numbers import Kind, Quantity, extract_quantities, moved
from ..places import Region, RegionMention
from ..text import CLAUSE_ENDS, OffsetMap, Pieces, sentences
from .initiatives import initiatives_of
from .model import Change, Initiative, Metric, RegionBasis, Role
from .periods import Period, find_periods, resolve_period
from .scope import (
    Places,
    about,
    asides,
    carry,
    mentions_by_paragraph,
    mentions_in_line,
    outside,
)
from .subjects import RELATIVE_WORDS, subject_of

__all__ = ["extract"]

_CN_DIGIT = re.compile("[一二两三四五六七八九十]")
# A clause's ends, and 、 between the items of a list, each naming its own subject.
_CLAUSE_END = re.compile("[" + re.escape("".join(sorted(CLAUSE_ENDS | {"、"}))) + "]")
# Several places named at once (两地, 双方) since the last region named before a figure.
_JOINT = re.compile(f"(?:{'|'.join(words('joint_place_words'))})(?!{_CN_DIGIT.pattern})")
_NAMED_EARLIER = (RegionBasis.SENTENCE, RegionBasis.PARAGRAPH)
_SLOGAN_LIST = re.compile(r"[一二两三四五六七八九十]个[\u4e00-\u9fff]{1,6}[（(、，]")
# The rest of a short quoted name after a count that opens it.
_QUOTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}[”’」]")


def extract(article: Article, raw: str) -> tuple[list[Metric], list[Initiative]]:
    """The metrics and initiatives of one article; `raw` is its page's text."""
    metrics: list[Metric] = []
    carried: Region | None = None  # the region the article last named
    listed: str | None = None  # the time of the list the paragraph stands in
    resolved_text: str | None = None
    resolved: Period | None = None
    # Regions are found in the whole text at once: a county far from home counts when its
    # province is named anywhere in the article (彭阳县 on a page that names 宁夏).
    per_paragraph = mentions_by_paragraph(article)
    reviewed = _year_under_review(article)
    texts: list[tuple[str, Pieces, list[RegionMention] | None]] = [
        (paragraph, pieces, every)
        for (paragraph, pieces), every in zip(
            zip(article.paragraphs, article.spans, strict=True), per_paragraph, strict=True
        )
    ]
    # Then the title and headings, each on its own: their figures are the headline's. Their
    # regions are looked for only where they hold a figure.
    texts += [(line, pieces, None) for line, pieces in article.headlines]
    for paragraph, pieces, known in texts:
        headline = known is None
        found = extract_quantities(paragraph)
        if headline:
            if not found:
                continue
            # A kicker or subtitle leads into the title: 国土绿化提速，去年—— over it.
            carried = reviewed = None
            listed = _last_period(article.subtitle)
        every = mentions_in_line(paragraph, article.region) if known is None else known
        mentions = [m for m in every if about(m, article.region)]
        spans = asides(paragraph)
        if not found:
            carried = carry(outside(mentions, spans), article.region) or carried
            if _opens_list(paragraph):  # the only use of its time phrases
                listed = _list_time(paragraph, find_periods(paragraph), listed)
            else:
                listed = None
            continue
        periods = find_periods(paragraph)
        # A time phrase governs the figures after it to the end of its paragraph.
        in_sentences = sentences(paragraph)
        places = Places(every, mentions, article.region, spans)
        offsets = OffsetMap(pieces)
        period_ends = [at + len(phrase) for at, phrase in periods]
        at = 0  # figures and sentences are both in order: one pointer walks the sentences
        previous_end = 0  # where the figure before this one ends
        stripped_at, stripped = -1, ""
        for q in found:
            assert q.span is not None
            start, end = q.span
            floor_end, previous_end = previous_end, max(previous_end, end)
            while (
                at < len(in_sentences) and in_sentences[at][0] + len(in_sentences[at][1]) <= start
            ):
                at += 1
            if at == len(in_sentences) or start < in_sentences[at][0]:
                continue  # in no sentence
            sentence_start, sentence = in_sentences[at]
            if at != stripped_at:  # one string for all the figures of a sentence
                stripped_at, stripped = at, sentence.strip()
            raw_span = (offsets.raw(start), offsets.raw(end - 1) + 1)
            before = bisect_right(period_ends, start)  # the last time phrase ending before it
            period = (
                periods[before - 1][1] if before else (listed or (None if periods else reviewed))
            )
            # 集美区已建成…: the region named before the figure is not what it measures.
            floor = max(sentence_start, floor_end, places.last_end(start))
            subject = subject_of(paragraph, floor, q, found)
            if subject is None and metrics and floor_end > 0:
                previous = metrics[-1]
                one_clause = _CLAUSE_END.search(paragraph, floor_end, start) is None
                if previous.sentence == stripped and one_clause:
                    # 搬迁2294户7644人, 从32%提升到83%: one subject, two figures of one clause
                    subject = previous.subject
            change = _change(paragraph, start)
            if change and metrics and (subject is None or subject in RELATIVE_WORDS):
                previous = metrics[-1]
                if previous.sentence == stripped:
                    subject = previous.subject  # 商事主体28.9万户，同比增长21.2%
            if subject is None:
                subject = places.label(paragraph, start)  # 广顺：1382套: the row's name
            region, basis = places.region(sentence_start, start, carried)
            later = places.after(paragraph, end)
            if later is not None:
                region, basis = later, RegionBasis.AFTER  # 选派213名专技人才赴宁
            elif basis in _NAMED_EARLIER and article.region is not None:
                named = paragraph[max(sentence_start, places.last_end(start)) : start]
                if _JOINT.search(named):
                    region, basis = article.region, RegionBasis.ARTICLE  # 两地累计互推客源
            if period != resolved_text:  # one Period for the figures a phrase governs
                resolved_text = period
                resolved = None if period is None else resolve_period(period, article.date)
            metrics.append(
                Metric(
                    id=f"{article.id}/m{len(metrics) + 1:03d}",
                    page=article.page,
                    article=article.id,
                    quantity=moved(q, raw[raw_span[0] : raw_span[1]], raw_span),
                    subject=subject,
                    period=resolved,
                    year=None if resolved is None else resolved.year,
                    region=region,
                    region_basis=basis,
                    sentence=stripped,
                    span=raw_span,
                    role=Role.HEADLINE if headline else _role(paragraph, q),
                    change=change,
                )
            )
        carried = places.carried() or carried
        listed = _list_time(paragraph, periods, listed)
    initiatives = initiatives_of(article, metrics, raw)
    return metrics, initiatives


_OPENS_LIST = ("：", ":", "；", ";")  # a list opened, or an item of it that goes on


def _list_time(paragraph: str, periods: list[tuple[int, str]], listed: str | None) -> str | None:
    """The time the next paragraph is in when it names none: a paragraph ending with a colon
    opens a list (2017年：…安置点3个： / 长寨：596套), an item ending with a semicolon goes
    on to the next; the items are in the time the list was opened in."""
    if not _opens_list(paragraph):
        return None
    return periods[-1][1] if periods else listed


def _last_period(line: str | None) -> str | None:
    """The last time phrase of a line, if any."""
    found = find_periods(line) if line else []
    return found[-1][1] if found else None


def _opens_list(paragraph: str) -> bool:
    return paragraph.rstrip().endswith(_OPENS_LIST)


_OPENING_YEAR = re.compile(r"^([0-9]{4}年)[，,是]")


def _year_under_review(article: Article) -> str | None:
    """The year a report reviews, where it opens on it (2018年，是…; 2023年，全县…) within its
    first paragraphs: its figures that name no time of their own are that year's. Where
    those paragraphs open on several years (2017年，… 2018年，…), they are a list by year,
    and no year is under review."""
    opened = {m.group(1) for p in article.paragraphs[:6] if (m := _OPENING_YEAR.match(p))}
    return opened.pop() if len(opened) == 1 else None


def _role(paragraph: str, q: Quantity) -> Role:
    assert q.span is not None
    if q.kind is Kind.DURATION:
        return Role.DURATION
    written = paragraph[q.span[0] : q.span[1]]
    if q.kind is Kind.COUNT and _CN_DIGIT.match(written):
        window = paragraph[max(0, q.span[0] - 12) : q.span[1] + 12]
        if _SLOGAN_LIST.search(window) and "、" in window:
            return Role.SLOGAN
        opened = q.span[0] > 0 and paragraph[q.span[0] - 1] in "“‘「"
        if opened and _QUOTED_NAME.match(paragraph, q.span[1]):
            return Role.SLOGAN  # “两个毫不动摇”, “四个聚焦”: a count opening a quoted name
    return Role.FIGURE


def _change(paragraph: str, start: int) -> Change | None:
    before = paragraph[max(0, start - 4) : start]
    if _GROWTH_RE.search(before):
        return Change.GROWTH
    if _DECLINE_RE.search(before):
        return Change.DECLINE
    return None


_GROWTH_RE = re.compile("|".join(words("growth_words")))
_DECLINE_RE = re.compile("|".join(words("decline_words")))
