"""From a page to the articles printed on it.

The repaired blocks of a page (see `fjreports.pages`) are read in order and
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
    >>> from fjreports.pages import Page
    >>> text = "光泽：四融模式\\n\\n□ 黄 志诚\\n\\n光泽县与资溪县合作。\\n\\n（光泽县委改革办供稿）"
    >>> [(a.title, a.authors, a.contributor, a.region.name) for a in segment(Page("p.txt", text))]
    [('光泽：四融模式', ('黄志诚',), '光泽县委改革办', '光泽县')]
"""

from __future__ import annotations

import datetime
import enum
import itertools
import re
from collections import Counter
from collections.abc import Sequence

from attrs import field, frozen

from . import regions as _regions
from .pages import Block, Page, ends_sentence, is_caption, page_style, repair
from .regions import Level, Region

__all__ = ["Article", "ArticleKind", "Section", "segment"]


class ArticleKind(enum.Enum):
    """An article, or a photo caption standing on its own."""

    ARTICLE = "article"
    CAPTION = "caption"


@frozen
class Section:
    """A part of an article under one heading (`heading` is `None` before the first)."""

    heading: str | None
    paragraphs: tuple[str, ...]


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
        text: the body, paragraphs joined by line breaks.
        paragraphs: the body's paragraphs, in reading order.
        sections: the paragraphs grouped under their headings.
        spans: for each paragraph, `(text_start, raw_start, length)` runs that map
            its characters back into the raw page.
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
    metrics: tuple[str, ...] = field(repr=False, default=())
    initiatives: tuple[str, ...] = field(repr=False, default=())


# --- reading the marks of a page -----------------------------------------------------

_BYLINE = re.compile(r"^(?:[□■◆]|本版文\s*/|(?:本报|特约)?记者\s|本报通讯员\s)")
_ROLES = re.compile(
    r"本版文\s*/|本版图\s*/|本报记者|特约记者|本报通讯员|通讯员|记者|实习生|文/|图/|[□■◆]"
)
_AUTHORS_LINE = re.compile(
    r"^[（(]\s*([\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,5})\s*[)）]$"
)
_TRAILING_AUTHORS = re.compile(
    r"[（(]\s*([\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,5})\s*[)）]\s*$"
)
_CONTRIBUTOR = re.compile(r"^[（(](.{2,40}?)供稿[)）]$")
_PHOTO_CREDIT = re.compile(r"^本版图\s*/\s*(.+?)\s*(?:提供)?$")
_DATELINE = re.compile(
    r"^(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*"
    r"(?:来源[:：]\s*(\S+))?$"
)
_CRUFT = frozenset(
    ["展开阅读全文", "返回顶部", "打印本页", "关闭窗口", "分享到", "【打印】", "【关闭】"]
)
_OFFICE = r"[\u4e00-\u9fff]{2,12}(?:部|局|委|办|社|报|中心|编辑部|报社)"
_ORG = re.compile(rf"^{_OFFICE}(?:\s+{_OFFICE})*$")
_LEAD = re.compile(r"^本报讯\s*")
_CAPTION_CREDIT = re.compile(
    r"\s*[（(]?\s*(?:(新华社|中新社|本报)?记者\s*|通讯员\s*)?"
    r"(?:^|(?<=[\s（(]))([\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*)\s*/?\s*摄\s*[）)]?\s*$"
)


def parse_names(text: str) -> tuple[str, ...]:
    """Names of a byline or author line, with the padding of two-character names removed.

    >>> parse_names("□ 邱 天 罗晶晶 陈晓芳")
    ('邱天', '罗晶晶', '陈晓芳')
    >>> parse_names("□本报记者 廖丽萍 通讯员 陈瑜瑾")
    ('廖丽萍', '陈瑜瑾')
    """
    tokens = [t for t in _ROLES.sub(" ", text).replace("(", " ").replace(")", " ").split() if t]
    tokens = [t.strip("（）()") for t in tokens if t.strip("（）()")]
    names: list[str] = []
    single = ""
    for token in tokens:
        if len(token) == 1:
            if single:
                names.append(single + token)  # 王 帅 is 王帅
                single = ""
            else:
                single = token
        else:
            if single:
                names.append(single + token)
                single = ""
            else:
                names.append(token)
    if single:
        names.append(single)
    return tuple(names)


def _is_title_like(block: Block) -> bool:
    text = block.text
    if ends_sentence(text) or len(text) > 45 or block.lines > 2:
        return False
    return not text.endswith(("，", ",", "、", "：", ":"))


# --- assembling articles -------------------------------------------------------------


Pieces = tuple[tuple[int, int, int], ...]


@frozen
class _Paragraph:
    heading: str | None
    text: str
    pieces: Pieces  # (text_start, raw_start, length) runs into the raw page

    @property
    def start(self) -> int:
        return self.pieces[0][1] if self.pieces else 0


def _cut(block: Block, start: int, end: int, heading: str | None) -> _Paragraph:
    """`block.text[start:end]` as a paragraph, its map into the raw page re-based."""
    pieces = []
    for text_start, raw_start, length in block.pieces:
        a, b = max(text_start, start), min(text_start + length, end)
        if a < b:
            pieces.append((a - start, raw_start + a - text_start, b - a))
    return _Paragraph(heading, block.text[start:end], tuple(pieces))


def _joined(first: _Paragraph, second: _Paragraph) -> _Paragraph:
    shift = len(first.text)
    moved = tuple((t + shift, r, n) for t, r, n in second.pieces)
    return _Paragraph(first.heading, first.text + second.text, first.pieces + moved)


class _Draft:
    """An article while the page is read."""

    def __init__(self, kind: ArticleKind = ArticleKind.ARTICLE) -> None:
        self.kind = kind
        self.titles: list[Block] = []
        self.title_text: str | None = None  # a title cut from a line holding two
        self.subtitle: str | None = None
        self.authors: tuple[str, ...] = ()
        self.contributor: str | None = None
        self.source: str | None = None
        self.body: list[_Paragraph] = []
        self.closed = False
        self.context: _Draft | None = None  # for a caption: the article it stands in

    @property
    def title(self) -> str | None:
        if self.title_text is not None:
            return self.title_text
        return self.titles[0].text if self.titles else None

    def paragraphs(self) -> list[str]:
        return [p.text for p in self.body]

    def words(self) -> str:
        return "".join(self.paragraphs())


def segment(page: Page) -> list[Article]:
    """The articles and photo captions printed on `page`, in the order of their bodies."""
    blocks = [b for b in repair(page) if b.text and b.text not in _CRUFT]
    if not blocks:
        return []
    style = page_style([line.strip() for line in page.text.splitlines() if line.strip()])
    date: datetime.date | None = None
    source: str | None = None
    photo_credit: str | None = None
    drafts: list[_Draft] = []
    current: _Draft | None = None
    heading: str | None = None
    pool: list[tuple[Block, bool]] = []  # PDF titles, with "is a subtitle of the one before"
    pending_heading = False  # the last block was a heading, with no body after it yet

    def start(title: Block | None = None) -> _Draft:
        nonlocal current, heading
        draft = _Draft()
        if title is not None:
            draft.titles.append(title)
        drafts.append(draft)
        current = draft
        heading = None
        return draft

    for index, block in enumerate(blocks):
        text = block.text
        dateline = _DATELINE.match(text)
        if dateline:
            try:
                date = datetime.date(*(int(g) for g in dateline.groups()[:3]))
            except ValueError:
                date = None
            source = dateline.group(4) or source
            continue
        credit = _PHOTO_CREDIT.match(text)
        if credit:
            photo_credit = credit.group(1).strip()
            continue
        if is_caption(text):
            drafts.append(_caption(block, current))
            continue
        contributor = _CONTRIBUTOR.match(text)
        if contributor:
            if current is None:
                current = start()
            current.contributor = _office(contributor.group(1))
            current.closed = True
            continue
        if _AUTHORS_LINE.match(text):
            if current is not None:
                current.authors = parse_names(text)
                current.closed = True
            continue
        if _BYLINE.match(text):
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
        if _ORG.match(text) and not ends_sentence(text):
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
                    current.subtitle = text  # the second of two title lines
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
            else:
                heading = text
            pending_heading = True
            continue
        # A paragraph of body text.
        pending_heading = False
        if current is None or current.closed:
            start()
        assert current is not None
        lead = _LEAD.match(text)
        begin = lead.end() if lead else 0
        trailing = _TRAILING_AUTHORS.search(text, begin)
        if trailing and ends_sentence(text[begin : trailing.start()]):
            current.authors = parse_names(trailing.group(1))
            end = len(text[: trailing.start()].rstrip())
            current.body.append(_cut(block, begin, end, heading))
            current.closed = True
            continue
        current.body.append(_cut(block, begin, len(text), heading))

    articles_drafts = [d for d in drafts if d.kind is ArticleKind.ARTICLE and (d.body or d.titles)]
    matcher = _Matcher()
    if style == "pdf" and pool:
        articles_drafts = _give_titles(articles_drafts, pool, matcher)
    articles_drafts = _join_fragments(articles_drafts, matcher)
    keep = set(map(id, articles_drafts))
    ordered = [d for d in drafts if id(d) in keep or d.kind is ArticleKind.CAPTION]
    placed = set(map(id, ordered))
    ordered += [d for d in articles_drafts if id(d) not in placed]
    ordered.sort(key=_first_offset)
    out: list[Article] = []
    regions_of: dict[int, Region | None] = {}
    for draft in ordered:
        if draft.kind is ArticleKind.ARTICLE and not draft.body and not draft.titles:
            continue
        if draft.kind is ArticleKind.CAPTION and draft.contributor is None and photo_credit:
            draft.contributor = photo_credit
        region = _region_of(draft, regions_of)
        regions_of[id(draft)] = region
        out.append(_finish(draft, page.name, len(out), region, date, source))
    return out


def _first_offset(draft: _Draft) -> int:
    if draft.body:
        return draft.body[0].start
    return draft.titles[0].start if draft.titles else 0


def _office(text: str) -> str:
    """福建省宁德市霞浦县委改革办 → 霞浦县委改革办: the office without the regions above it."""
    mentions = _regions.find(text)
    if mentions and mentions[0].span[0] == 0 and mentions[0].region is not None:
        region = mentions[0].region
        end = mentions[0].span[1]
        name = region.name
        for cut in (name, region.short_name):
            at = text.rfind(cut, 0, end)
            if at >= 0:
                return text[at:]
    return text


def _caption(block: Block, context: _Draft | None) -> _Draft:
    draft = _Draft(ArticleKind.CAPTION)
    text = block.text
    credit = _CAPTION_CREDIT.search(text)
    end = len(text)
    if credit:
        end = len(text[: credit.start()].rstrip())
        draft.authors = parse_names(credit.group(2))
        if credit.group(1) in ("新华社", "中新社"):
            draft.source = credit.group(1)
    draft.body.append(_cut(block, 0, end, None))
    draft.context = context
    draft.closed = True
    return draft


def _title_or_heading(blocks: list[Block], index: int, current: _Draft | None, style: str) -> str:
    """`title`, `heading`, or (PDF) `pool` for a title to be placed by what it says."""
    before = blocks[index - 1] if index else None
    after = blocks[index + 1] if index + 1 < len(blocks) else None

    def mark(other: Block | None) -> bool:
        if other is None:
            return True
        text = other.text
        return bool(
            _BYLINE.match(text)
            or _CONTRIBUTOR.match(text)
            or _AUTHORS_LINE.match(text)
            or is_caption(text)
            or _DATELINE.match(text)
        )

    if style == "pdf":
        flanked = mark(before) or mark(after)
        neighbours = [b for b in (before, after) if b is not None and _is_title_like(b)]
        if flanked or neighbours or (before is not None and _ends_article(before)):
            return "pool"
        return "heading"
    if current is None or current.closed or not current.body:
        return "title"
    if after is not None and _BYLINE.match(after.text) and not after.text.startswith("本版文"):
        return "title"  # 集美： 全面推动现代化 … then □本报记者 …
    if (
        after is not None
        and _is_title_like(after)
        and index + 2 < len(blocks)
        and _BYLINE.match(blocks[index + 2].text)
    ):
        return "title"
    return "heading"


def _ends_article(block: Block) -> bool:
    return bool(_CONTRIBUTOR.match(block.text) or _AUTHORS_LINE.match(block.text))


# --- titles placed by what they say ------------------------------------------------------


# What is not a letter, digit or Han character (`\w` less `_` is exactly `str.isalnum`).
_NOT_WORDISH = re.compile(r"[\W_]+")
# A word pair shared by more titles of one page than this tells nothing of which body a
# title belongs to. Leaving such pairs out keeps the matching linear on a page of
# thousands of titles; a real page prints a few dozen at most, so there none is left out.
_COMMON_PAIR = 32
# Rounds of splitting bodies that hold two articles: each round splits every body a
# spare title claims, so a page needs one or two.
_SPLIT_ROUNDS = 8


def word_pairs(text: str) -> frozenset[int]:
    """The pairs of neighbouring letters, digits and Han characters, punctuation skipped.

    Each pair is one number, its two code points side by side: the 8 bytes of two
    neighbouring characters in UTF-32, read in place from the encoded text. A body of
    4,000 characters takes a fifth less time this way than with a two-character
    string for each pair.

    >>> len(word_pairs("集美区，集美")), len(word_pairs("区"))
    (3, 0)
    """
    data = _NOT_WORDISH.sub("", text).encode("utf-32-le")
    whole = len(data) // 8 * 8
    even = memoryview(data)[:whole].cast("Q")  # characters 0-1, 2-3, ...
    rest = (len(data) - 4) // 8 * 8
    odd = memoryview(data)[4 : 4 + rest].cast("Q") if rest > 0 else ()  # 1-2, 3-4, ...
    return frozenset(even).union(odd)


class _Matcher:
    """The word pairs and regions of one page's titles and bodies, each worked out once."""

    def __init__(self) -> None:
        self._pairs: dict[str, frozenset[int]] = {}
        self._regions: dict[str, frozenset[Region]] = {}

    def pairs(self, text: str) -> frozenset[int]:
        found = self._pairs.get(text)
        if found is None:
            found = self._pairs[text] = word_pairs(text)
        return found

    def regions(self, title: str) -> frozenset[Region]:
        """The counties, prefectures and zones a title names."""
        found = self._regions.get(title)
        if found is None:
            named = set()
            for mention in _regions.find(title):
                region = mention.region
                if region is not None and region.level in _PLACING_LEVELS:
                    named.add(region)
            found = self._regions[title] = frozenset(named)
        return found

    def overlaps(self, titles: Sequence[str], docs: Sequence[str]) -> list[dict[int, int]]:
        """For each of `docs`, the titles it shares word pairs with, and how many.

        The titles' pairs are indexed; each document is read once, from the smaller
        of its pairs and the index.
        """
        postings: dict[int, list[int]] = {}
        for index, title in enumerate(titles):
            for pair in self.pairs(title):
                postings.setdefault(pair, []).append(index)
        postings = {p: owners for p, owners in postings.items() if len(owners) <= _COMMON_PAIR}
        out: list[dict[int, int]] = []
        for doc in docs:
            mine = self.pairs(doc)
            counts: dict[int, int] = {}
            if len(postings) < len(mine):
                shared = [owners for pair, owners in postings.items() if pair in mine]
            else:
                shared = [postings[pair] for pair in mine if pair in postings]
            for owners in shared:
                for index in owners:
                    counts[index] = counts.get(index, 0) + 1
            out.append(counts)
        return out

    def affinity(self, title: str, doc: str, shared: int) -> float:
        """How much of `title` the document says: the share of its word pairs it has
        (`shared` of them), and half a point for each region of the title it names."""
        words = self.pairs(title)
        if not words:
            return 0.0
        score = shared / len(words)
        for region in self.regions(title):
            if region.name in doc or region.short_name in doc:
                score += 0.5
        return score

    def fit(self, part: str, shared: int) -> int:
        """Word pairs of `part` a document has (`shared`), less those it has not."""
        return 2 * shared - len(self.pairs(part))


_PLACING_LEVELS = frozenset([Level.COUNTY, Level.PREFECTURE, Level.ZONE])


class _Title:
    def __init__(self, block: Block, text: str) -> None:
        self.block = block
        self.text = text
        self.subtitle: str | None = None

    def words(self) -> str:
        return self.text + (self.subtitle or "")


def _title_items(
    pool: list[tuple[Block, bool]], drafts: list[_Draft], matcher: _Matcher
) -> list[_Title]:
    """The pool's titles, a line under another as its subtitle, two on one line split."""
    lines: list[tuple[Block, str | None]] = []
    for block, under in pool:
        if under and lines and lines[-1][1] is None:
            lines[-1] = (lines[-1][0], block.text)  # the subtitle of the title above
            continue
        lines.append((block, None))
    splits = _split_run_together([block for block, _ in lines], drafts, matcher)
    items: list[_Title] = []
    for (block, subtitle), at in zip(lines, splits, strict=True):
        if at is None:
            items.append(_Title(block, block.text))
        else:
            items += [_Title(block, block.text[:at].strip()), _Title(block, block.text[at:].strip())]
        items[-1].subtitle = subtitle
    return items


def _split_run_together(
    blocks: list[Block], drafts: list[_Draft], matcher: _Matcher
) -> list[int | None]:
    """Where each line holds two titles (厦门同安…华丽蜕变 筑牢绿色屏障 重现“海上森林”): the
    space between them, or `None`.

    A line is split where its two parts fit two different bodies better than the whole
    line fits any one. The parts are matched against each body and the halves of long
    ones (a body may hold the two articles whose titles share the line).
    """
    docs = [d.words() for d in drafts]
    for d in drafts:
        if len(d.body) >= 6:
            half = len(d.body) // 2
            docs += ["".join(d.paragraphs()[:half]), "".join(d.paragraphs()[half:])]
    out: list[int | None] = [None] * len(blocks)
    if len(docs) < 2:
        return out
    parts: list[str] = []
    cuts: list[tuple[int, int, list[tuple[int, int, int]]]] = []  # block, whole, (at, l, r)
    for index, block in enumerate(blocks):
        text = block.text
        if len(text) < 28:
            continue
        options = []
        for space in re.finditer(r"\s+", text):
            left, right = text[: space.start()].strip(), text[space.start() :].strip()
            if len(left) >= 6 and len(right) >= 6:
                options.append((space.start(), len(parts), len(parts) + 1))
                parts += [left, right]
        if options:
            cuts.append((index, len(parts), options))
            parts.append(text)
    if not cuts:
        return out
    # For each part, the documents it shares pairs with: (document, fit).
    fits: list[list[tuple[int, int]]] = [[] for _ in parts]
    for doc, counts in enumerate(matcher.overlaps(parts, docs)):
        for part, shared in counts.items():
            fits[part].append((doc, matcher.fit(parts[part], shared)))
    for index, whole, options in cuts:
        best_whole = max((fit for _, fit in fits[whole]), default=None)
        if best_whole is None or len(fits[whole]) < len(docs):
            # A document sharing nothing fits by minus the whole line's pairs.
            nothing = -len(matcher.pairs(parts[whole]))
            best_whole = nothing if best_whole is None else max(best_whole, nothing)
        best: tuple[int, int] | None = None
        for at, left, right in options:
            score = _best_two(fits[left], fits[right])
            if score is not None and (best is None or score > best[0]):
                best = (score, at)
        if best is not None and best[0] > best_whole:
            out[index] = best[1]
    return out


def _best_two(lefts: list[tuple[int, int]], rights: list[tuple[int, int]]) -> int | None:
    """The best sum of a left fit and a right fit, both positive, on different documents.

    The best pair always lies among the two best of each side: were the best left not
    among them, one of those two differs from the best right's document and fits no worse.
    """
    top_left = sorted(((f, d) for d, f in lefts if f > 0), reverse=True)[:2]
    top_right = sorted(((f, d) for d, f in rights if f > 0), reverse=True)[:2]
    sums = [a + b for a, i in top_left for b, j in top_right if i != j]
    return max(sums, default=None)


def _give_titles(
    drafts: list[_Draft], pool: list[tuple[Block, bool]], matcher: _Matcher
) -> list[_Draft]:
    """Give each body the title whose words it shares; split a body that holds two articles."""
    drafts = [d for d in drafts if d.body]
    if not drafts:
        # Titles with no body anywhere: each stands as an article with no text.
        alone = []
        for block, _ in pool:
            draft = _Draft()
            draft.titles = [block]
            alone.append(draft)
        return alone
    items = _title_items(pool, drafts, matcher)
    for _ in range(_SPLIT_ROUNDS):
        assignment, spare = _assign(items, drafts, matcher)
        splits = _splits(spare, assignment, drafts, matcher)
        if not splits:
            break
        for old, first, second in splits:
            at = drafts.index(old)
            drafts[at : at + 1] = [first, second]
    assignment, spare = _assign(items, drafts, matcher)
    for draft in drafts:
        draft.titles = []
    for draft, item in assignment.items():
        draft.titles = [item.block]
        draft.title_text = item.text
        draft.subtitle = item.subtitle or draft.subtitle
    # A line no body claims as a title is the subtitle of the body it fits best.
    docs = [d.words() for d in drafts]
    spare_words = [item.words() for item in spare]
    scores: list[list[tuple[float, int]]] = [[] for _ in spare]
    for j, counts in enumerate(matcher.overlaps(spare_words, docs)):
        for i, shared in counts.items():
            scores[i].append((matcher.affinity(spare_words[i], docs[j], shared), j))
    for item, scored in zip(spare, scores, strict=True):
        ranked = [j for _, j in sorted(scored, key=lambda s: (-s[0], s[1]))]
        for j in itertools.chain(ranked, range(len(drafts))):  # those sharing nothing last
            if drafts[j].subtitle is None:
                drafts[j].subtitle = item.text
                break
    return drafts


def _scored_pairs(
    items: list[_Title], drafts: list[_Draft], matcher: _Matcher
) -> list[tuple[float, int, int]]:
    """(affinity, item, draft) for every item and draft that share word pairs."""
    words = [item.words() for item in items]
    docs = [d.words() for d in drafts]
    scored = []
    for j, counts in enumerate(matcher.overlaps(words, docs)):
        for i, shared in counts.items():
            scored.append((matcher.affinity(words[i], docs[j], shared), i, j))
    return scored


def _assign(
    items: list[_Title], drafts: list[_Draft], matcher: _Matcher
) -> tuple[dict[_Draft, _Title], list[_Title]]:
    pairs = sorted(_scored_pairs(items, drafts, matcher), reverse=True)
    taken_items: set[int] = set()
    assignment: dict[_Draft, _Title] = {}
    for score, i, j in pairs:
        if score <= 0 or i in taken_items or drafts[j] in assignment:
            continue
        assignment[drafts[j]] = items[i]
        taken_items.add(i)
    spare = [item for i, item in enumerate(items) if i not in taken_items]
    return assignment, spare


def _splits(
    spare: list[_Title], assignment: dict[_Draft, _Title], drafts: list[_Draft], matcher: _Matcher
) -> list[tuple[_Draft, _Draft, _Draft]]:
    """Bodies to split, each into two articles, where a spare title names a region the
    body turns to (光泽 … then 福鼎 …): (old, first part, second part). Each body is
    tried once, by the first spare title that fits it best."""
    best: dict[int, tuple[float, int]] = {}
    for score, i, j in _scored_pairs(spare, drafts, matcher):
        if i not in best or (score, -j) > (best[i][0], -best[i][1]):
            best[i] = (score, j)
    tried: set[int] = set()
    out = []
    for i, item in enumerate(spare):
        named = matcher.regions(item.words())
        if not named:
            continue
        j = best[i][1] if i in best and best[i][0] > 0 else 0
        if j in tried:
            continue
        tried.add(j)
        split = _split_for(item, drafts[j], assignment.get(drafts[j]), named, matcher)
        if split is not None:
            out.append(split)
    return out


def _split_for(
    item: _Title,
    body: _Draft,
    own: _Title | None,
    named: frozenset[Region],
    matcher: _Matcher,
) -> tuple[_Draft, _Draft, _Draft] | None:
    """`body` split where its words turn from its own title's to `item`'s, if they do."""
    if own is None or len(body.body) < 6:
        return None
    if named & matcher.regions(own.words()):
        return None
    texts = body.paragraphs()
    titles = [item.words(), own.words()]
    new, old = [0.0] * len(texts), [0.0] * len(texts)
    for k, counts in enumerate(matcher.overlaps(titles, texts)):
        new[k] = matcher.affinity(titles[0], texts[k], counts.get(0, 0))
        old[k] = matcher.affinity(titles[1], texts[k], counts.get(1, 0))
    # The split that leaves the most of each title's words on its own side.
    new_before, old_before = [0.0], [0.0]
    for a, b in zip(new, old, strict=True):
        new_before.append(new_before[-1] + a)
        old_before.append(old_before[-1] + b)
    best_k, best_gain = None, 0.0
    for k in range(3, len(texts) - 2):
        after_new = new_before[-1] - new_before[k] - (old_before[-1] - old_before[k])
        before_old = old_before[k] - new_before[k]
        gain = after_new + before_old
        if gain > best_gain:
            best_k, best_gain = k, gain
    if best_k is None:
        return None
    first, second = _Draft(), _Draft()
    first.body, second.body = body.body[:best_k], body.body[best_k:]
    first.authors, second.contributor = body.authors, body.contributor
    first.closed = second.closed = True
    return body, first, second


def _join_fragments(drafts: list[_Draft], matcher: _Matcher) -> list[_Draft]:
    """A body with no title of its own is part of the titled article whose words it shares."""
    titled = [d for d in drafts if d.titles]
    if not titled:
        return drafts
    orphans = [d for d in drafts if not d.titles]
    titles = [_title_words(d) for d in titled]
    words = [orphan.words() for orphan in orphans]
    joined: set[int] = set()
    for orphan, text, counts in zip(orphans, words, matcher.overlaps(titles, words), strict=True):
        best: tuple[float, int] | None = None
        for i in sorted(counts):
            score = matcher.affinity(titles[i], text, counts[i])
            if best is None or score > best[0]:
                best = (score, i)
        if best is None or best[0] <= 0.2:
            continue
        target = titled[best[1]]
        if not ends_sentence(orphan.body[-1].text) and target.body:
            # Its beginning, printed apart: 这座连 … 续11年蝉联.
            merged = _joined(orphan.body[-1], target.body[0])
            target.body = [*orphan.body[:-1], merged, *target.body[1:]]
        else:
            target.body = (
                orphan.body + target.body
                if _first_offset(orphan) < _first_offset(target)
                else target.body + orphan.body
            )
        target.contributor = target.contributor or orphan.contributor
        target.authors = target.authors or orphan.authors
        joined.add(id(orphan))
    return [d for d in drafts if id(d) not in joined]


def _title_words(draft: _Draft) -> str:
    return (draft.title or "") + (draft.subtitle or "")


def _region_of(draft: _Draft, known: dict[int, Region | None]) -> Region | None:
    """The article's main region: the title's, else the one its body names most."""
    title = draft.title or ""
    if draft.kind is ArticleKind.CAPTION:
        counted = _count_regions(draft.words())
        local = [r for r in counted if r.level in (Level.COUNTY, Level.ZONE)]
        if local:
            return max(local, key=lambda r: counted[r])
        if draft.context is not None and id(draft.context) in known:
            return known[id(draft.context)]
        return _main_region(counted)
    title_regions = [r for r in _count_regions(title) if r.level in (Level.COUNTY, Level.ZONE)]
    if title_regions:
        return title_regions[0]
    return _main_region(_count_regions(title + "\n" + draft.words()))


def _count_regions(text: str) -> Counter[Region]:
    counted: Counter[Region] = Counter()
    for mention in _regions.find(text):
        region = mention.region
        end = mention.span[1]
        if region is None or _regions._attributive(mention, text[end : end + 2], None):
            continue  # 台湾青年 says where people come from, not where the article is
        while region.level in (Level.TOWNSHIP, Level.VILLAGE) and region.parent is not None:
            # A township counts for its county.
            try:
                region = _regions.get(region.parent)
            except LookupError:
                break
        if region.code is not None or region.level is Level.ZONE:
            counted[region] += 1
    return counted


def _main_region(counted: Counter[Region]) -> Region | None:
    """The region named most, or one within it named at least half as often."""
    if not counted:
        return None
    top, count = counted.most_common(1)[0]
    inside = [r for r in counted if r != top and top.contains(r) and counted[r] * 2 >= count]
    if inside:
        return max(inside, key=lambda r: counted[r])
    # A region above the top one, named as often, does not displace it.
    return top


def _finish(
    draft: _Draft,
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
        title=title if draft.kind is ArticleKind.ARTICLE else None,
        subtitle=draft.subtitle,
        authors=draft.authors,
        contributor=draft.contributor,
        source=draft.source or source,
        date=date,
        region=region,
        text="\n".join(paragraphs),
        paragraphs=paragraphs,
        sections=tuple(sections),
        spans=tuple(p.pieces for p in draft.body),
    )
