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
import re
from collections import Counter
from functools import lru_cache

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
    if style == "pdf" and pool:
        articles_drafts = _give_titles(articles_drafts, pool)
    articles_drafts = _join_fragments(articles_drafts)
    keep = set(map(id, articles_drafts))
    ordered = [d for d in drafts if id(d) in keep or d.kind is ArticleKind.CAPTION]
    ordered += [d for d in articles_drafts if d not in ordered]
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


@lru_cache(maxsize=64)  # a page's titles and bodies; bodies are large, so keep few
def _bigrams(text: str) -> frozenset[int]:
    """The pairs of neighbouring letters, digits and Han characters, punctuation skipped.

    Each pair is one number, its two code points side by side: the 8 bytes of two
    neighbouring characters in UTF-32, read in place from the encoded text. A body of
    4,000 characters takes a fifth less time this way than with a two-character
    string for each pair.
    """
    data = _NOT_WORDISH.sub("", text).encode("utf-32-le")
    whole = len(data) // 8 * 8
    even = memoryview(data)[:whole].cast("Q")  # characters 0-1, 2-3, ...
    rest = (len(data) - 4) // 8 * 8
    odd = memoryview(data)[4 : 4 + rest].cast("Q") if rest > 0 else ()  # 1-2, 3-4, ...
    return frozenset(even).union(odd)


def _shared(words: frozenset[int], text: str) -> int:
    """How many of the pairs `words` the text has."""
    return len(words & _bigrams(text))


@lru_cache(maxsize=1024)
def _title_regions(text: str) -> frozenset[Region]:
    found: set[Region] = set()
    for mention in _regions.find(text):
        region = mention.region
        if region is not None and region.level in (Level.COUNTY, Level.PREFECTURE, Level.ZONE):
            found.add(region)
    return frozenset(found)


def _affinity(title: str, text: str) -> float:
    """How much of `title` the text says: shared word pairs, and the regions it names."""
    words = _bigrams(title)
    if not words:
        return 0.0
    score = _shared(words, text) / len(words)
    for region in _title_regions(title):
        if region.name in text or region.short_name in text:
            score += 0.5
    return score


def _fit(part: str, text: str) -> int:
    """Word pairs of `part` the text has, less those it has not."""
    words = _bigrams(part)
    shared = _shared(words, text)
    return shared - (len(words) - shared)


class _Title:
    def __init__(self, block: Block, text: str) -> None:
        self.block = block
        self.text = text
        self.subtitle: str | None = None

    def words(self) -> str:
        return self.text + (self.subtitle or "")


def _title_items(pool: list[tuple[Block, bool]], drafts: list[_Draft]) -> list[_Title]:
    items: list[_Title] = []
    for block, under in pool:
        if under and items and items[-1].subtitle is None:
            items[-1].subtitle = block.text
            continue
        items.extend(_split_run_together(block, drafts))
    return items


def _split_run_together(block: Block, drafts: list[_Draft]) -> list[_Title]:
    """厦门同安…华丽蜕变 筑牢绿色屏障 重现“海上森林”: two titles on one line."""
    text = block.text
    whole = [_Title(block, text)]
    spaces = [m.start() for m in re.finditer(r"\s+", text)]
    # What the parts are matched against: each body, and the halves of long ones
    # (a body may hold the two articles whose titles share the line).
    docs = [d.words() for d in drafts]
    for d in drafts:
        if len(d.body) >= 6:
            half = len(d.body) // 2
            docs += ["".join(d.paragraphs()[:half]), "".join(d.paragraphs()[half:])]
    if len(text) < 28 or not spaces or len(docs) < 2:
        return whole
    best_whole = max(_fit(text, doc) for doc in docs)
    best: tuple[float, int] | None = None
    for at in spaces:
        left, right = text[:at].strip(), text[at:].strip()
        if len(left) < 6 or len(right) < 6:
            continue
        lefts = [_fit(left, doc) for doc in docs]
        rights = [_fit(right, doc) for doc in docs]
        pairs = [
            lefts[i] + rights[j]
            for i in range(len(docs))
            for j in range(len(docs))
            if i != j and lefts[i] > 0 and rights[j] > 0
        ]
        if not pairs:
            continue
        score = max(pairs)
        if best is None or score > best[0]:
            best = (score, at)
    if best is None or best[0] <= best_whole:
        return whole
    at = best[1]
    return [_Title(block, text[:at].strip()), _Title(block, text[at:].strip())]


def _give_titles(drafts: list[_Draft], pool: list[tuple[Block, bool]]) -> list[_Draft]:
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
    items = _title_items(pool, drafts)
    for _ in range(len(items)):
        assignment, spare = _assign(items, drafts)
        split = None
        for item in spare:
            split = _split_for(item, assignment, drafts)
            if split is not None:
                break
        if split is None:
            break
        old, first, second = split
        drafts[drafts.index(old) : drafts.index(old) + 1] = [first, second]
    assignment, spare = _assign(items, drafts)
    for draft in drafts:
        draft.titles = []
    for draft, item in assignment.items():
        draft.titles = [item.block]
        draft.title_text = item.text
        draft.subtitle = item.subtitle or draft.subtitle
    for item in spare:
        # A line no body claims as a title is the subtitle of the body it fits best.
        scored = sorted(drafts, key=lambda d: _affinity(item.words(), d.words()), reverse=True)
        for draft in scored:
            if draft.subtitle is None:
                draft.subtitle = item.text
                break
    return drafts


def _assign(items: list[_Title], drafts: list[_Draft]) -> tuple[dict[_Draft, _Title], list[_Title]]:
    pairs = sorted(
        (
            (_affinity(item.words(), d.words()), i, j)
            for i, item in enumerate(items)
            for j, d in enumerate(drafts)
        ),
        reverse=True,
    )
    taken_items: set[int] = set()
    assignment: dict[_Draft, _Title] = {}
    for score, i, j in pairs:
        if score <= 0 or i in taken_items or drafts[j] in assignment:
            continue
        assignment[drafts[j]] = items[i]
        taken_items.add(i)
    spare = [item for i, item in enumerate(items) if i not in taken_items]
    return assignment, spare


def _split_for(
    item: _Title, assignment: dict[_Draft, _Title], drafts: list[_Draft]
) -> tuple[_Draft, _Draft, _Draft] | None:
    """Split the body that `item` fits into two articles, if it names a region the body
    turns to (光泽 … then 福鼎 …). Returns (old, first part, second part)."""
    named = _title_regions(item.words())
    if not named:
        return None
    best = max(drafts, key=lambda d: _affinity(item.words(), d.words()))
    own = assignment.get(best)
    if own is None or len(best.body) < 6:
        return None
    if named & _title_regions(own.words()):
        return None
    texts = best.paragraphs()
    new = [_affinity(item.words(), t) for t in texts]
    old = [_affinity(own.words(), t) for t in texts]
    # The split that leaves the most of each title's words on its own side.
    best_k, best_gain = None, 0.0
    for k in range(3, len(texts) - 2):
        after_new = sum(new[k:]) - sum(old[k:])
        before_old = sum(old[:k]) - sum(new[:k])
        gain = after_new + before_old
        if gain > best_gain:
            best_k, best_gain = k, gain
    if best_k is None:
        return None
    first, second = _Draft(), _Draft()
    first.body, second.body = best.body[:best_k], best.body[best_k:]
    first.authors, second.contributor = best.authors, best.contributor
    first.closed = second.closed = True
    return best, first, second


def _join_fragments(drafts: list[_Draft]) -> list[_Draft]:
    """A body with no title of its own is part of the titled article whose words it shares."""
    titled = [d for d in drafts if d.titles]
    if not titled:
        return drafts
    out = list(drafts)
    for orphan in [d for d in drafts if not d.titles]:
        target = max(titled, key=lambda d: _affinity(_title_words(d), orphan.words()))
        if _affinity(_title_words(target), orphan.words()) <= 0.2:
            continue
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
        out.remove(orphan)
    return out


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
