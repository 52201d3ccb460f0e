"""From an article to its metrics and named initiatives.

Every figure of an article's body becomes a [`Metric`][fjreports.extract.Metric]:
the quantity, what it measures (`subject`), the time it refers to (`period`),
the region it is about, and the sentence it stands in. The named programmes
(“三区联创”党建工作机制, “四融”模式, 青年领军培育工程) become
[`Initiative`][fjreports.extract.Initiative]s tied to the figures of their
sentence.

Examples:
    >>> from fjreports.pages import Page
    >>> from fjreports.segment import segment
    >>> text = "集美：“村集体+国企”模式\\n截至目前，集美区建成用地项目19个，年收益约6000万元。"
    >>> [article] = segment(Page("p.txt", text))
    >>> metrics, initiatives = extract(article, text)
    >>> [(m.quantity.value, m.subject, m.period) for m in metrics]
    [(Decimal('19'), '用地项目', '截至目前'), (Decimal('60000000'), '年收益', '截至目前')]
    >>> {m.region.name for m in metrics}
    {'集美区'}
    >>> [(i.name, i.kind) for i in initiatives]
    [('村集体+国企', '模式')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache

from attrs import evolve, frozen

from . import regions as _regions
from .numerals import NUMERAL_CHARS
from .quantities import Qualifier, Quantity, _moved, extract_quantities
from .regions import Level, Region
from .segment import Article
from .units import Kind

__all__ = ["Initiative", "Metric", "extract"]


@frozen
class Metric:
    """One figure of an article, with what it measures, when and where.

    Attributes:
        id: stable identifier: the article's id and an ordinal (`…#01/m003`).
        page: the page's file name.
        article: the article's id.
        quantity: the figure; its `span` and `text` point into the raw page.
        subject: the short phrase naming what is measured (`村集体年收益`), or `None`.
        period: the time phrase that governs the figure, as written (`2023年`,
            `今年以来`, `截至目前`), or `None`.
        year: the year `period` names (`2023年` → 2023), or `None`.
        region: the region the figure is about.
        sentence: the sentence it stands in.
        span: `(start, end)` of the figure in the raw page.
        role: `figure`, or `slogan` (围绕一个中心) or `duration` (历时5年) for
            counts a user may want to leave out.
        change: `growth` (同比增长24.5%) or `decline`, where the figure is a change.
    """

    id: str
    page: str
    article: str
    quantity: Quantity
    subject: str | None
    period: str | None
    year: int | None
    region: Region | None
    sentence: str
    span: tuple[int, int]
    role: str = "figure"
    change: str | None = None

    @property
    def kind(self) -> Kind:
        """The quantity's kind (money, area, count ...), for `where(kind="money")`."""
        return self.quantity.kind

    @property
    def unit(self) -> str | None:
        """The quantity's unit as written (`元`, `亩`, `人次`)."""
        return self.quantity.unit

    @property
    def qualifier(self) -> Qualifier | None:
        """The quantity's qualifier (`about` for 约 ...), or `None`."""
        return self.quantity.qualifier

    @property
    def value(self) -> Decimal | None:
        """The quantity's value (`None` for a range)."""
        return self.quantity.value


@frozen
class Initiative:
    """A named programme, model or mechanism an article presents.

    Attributes:
        id: the article's id and an ordinal (`…#01/i002`).
        page: the page's file name.
        article: the article's id.
        name: the name as quoted in the text, quotes removed (`三区联创`, `1+6`).
        kind: what it is (`党建工作机制`, `模式`, `工程`), or `None`.
        region: the article's region.
        sentence: the sentence (or title, heading) it is named in.
        metrics: ids of the metrics of that sentence.
    """

    id: str
    page: str
    article: str
    name: str
    kind: str | None
    region: Region | None
    sentence: str
    metrics: tuple[str, ...] = ()


_SENTENCE = re.compile(r"[^。！？；!?;]*[。！？；!?;]?[”’」』]*")
# Time phrases, longest forms first; what governs a figure is the last one before it.
_NUM = r"[0-9一二三四五六七八九十〇零两]"
_PERIOD_FORMS = [
    rf"截至(?:目前|今年|去年|{_NUM}{{2,4}}年(?:{_NUM}{{1,2}}月)?(?:底|末)?|{_NUM}{{1,2}}月(?:底|末)?)",
    r"自[^，。；]{2,16}以来",
    rf"(?:{_NUM}{{4}}年|今年|去年|上半年|前三季度|年初|近年|{_NUM}{{1,2}}月)以来",
    r"(?:近|过去)?[一两二三四五六七八九十]年(?:来|内|以来)",
    rf"(?:今年|去年|{_NUM}{{4}}年)(?:上半年|下半年|全年|一季度|前三季度|前[一二三四五六七八九十]个月|一开春|{_NUM}{{1,2}}月(?:份)?)?",
    rf"{_NUM}{{1,2}}[—–\-至]{_NUM}{{1,2}}月份?",
    rf"{_NUM}{{1,2}}月{_NUM}{{1,2}}日(?:上午|下午|晚)?",
    r"(?:去年|今年)?全年|每年|目前|如今|当前|新的一年|过去一年|一年来|接下来",
]
_DURING = r"[^，。；,;]{2,8}期间"
_PERIOD = re.compile("|".join([*_PERIOD_FORMS, _DURING]))
# Each form but 期间 begins with one of these characters. Led by them, the search skips every
# other position at once, where the alternatives would be tried one by one (six times faster).
_PERIOD_FIRST = "截自今去上前年近过全每目如当新接0-9一二三四五六七八九十〇零两"
_PERIOD_QUICK = re.compile(f"(?=[{_PERIOD_FIRST}])(?:{'|'.join(_PERIOD_FORMS)})")


def _period_pattern(text: str) -> re.Pattern[str]:
    """`_PERIOD`, or the quicker pattern that finds the same in a text with no 期间."""
    return _PERIOD if "期间" in text else _PERIOD_QUICK


_YEAR = re.compile(r"(\d{4})年")
_YEAR_ONLY = re.compile(r"\d{4}年")
_QUOTED_NOUN = re.compile(r"[“‘]([^”’]{1,20})[”’]")
_HAN = re.compile("[\u4e00-\u9fff]")
_HAN_OR_LATIN = re.compile("[\u4e00-\u9fffA-Za-z]")
_WORD_CHAR = re.compile("[\u4e00-\u9fffA-Za-z0-9]")
_CN_DIGIT = re.compile("[一二两三四五六七八九十]")
_PUNCTUATION = re.compile("[，。；！？,.;!?：:]")
_SLOGAN_LIST = re.compile(r"[一二两三四五六七八九十]个[\u4e00-\u9fff]{1,6}[（(、，]")
_GROWTH = ("增长", "提高", "提升", "上升", "增加", "增幅", "增速")
_DECLINE = ("下降", "减少", "降低", "下滑")
# Words right before a figure that are not part of what it measures.
_LINK_WORDS = (
    "总计",
    "合计",
    "累计",
    "共计",
    "达到",
    "达",
    "为",
    "共",
    "约有",
    "有",
    "超过",
    "超",
    "实现",
    "完成",
    "新增",
    "增至",
    "增长",
    "突破",
    "分别",
    "近",
    "约",
    "是",
    "占",
    "的",
)
# Words that open a clause before what it measures: 已建成集体发展用地项目19个.
_LEADING_VERBS = (
    "已经",
    "已",
    "共计",
    "共",
    "等",
    "累计",
    "先后",
    "全面",
    "建成",
    "完成",
    "实现",
    "新增",
    "拥有",
    "引进",
    "培育",
    "实施",
    "打造",
    "举办",
    "开展",
    "组织",
    "设立",
    "建立",
    "落地",
    "吸纳",
    "发放",
    "投入",
    "安排",
    "覆盖",
    "推动",
    "带动",
    "帮助",
    "成立",
    "签订",
    "签约",
    "新建",
)
_RELATIVE = frozenset(["同比", "环比", "比上年", "较上年", "比去年", "增速"])
# The words by their first (leading verbs) or last (linking words) character, in list order:
# where two overlap (已经, 已), the longer comes first.
_LEADING_BY_FIRST: dict[str, list[str]] = {}
for _word in _LEADING_VERBS:
    _LEADING_BY_FIRST.setdefault(_word[0], []).append(_word)
_LINK_BY_LAST: dict[str, list[str]] = {}
for _word in _LINK_WORDS:
    _LINK_BY_LAST.setdefault(_word[-1], []).append(_word)
_CLAUSE_BREAK = re.compile(r"[，,、：:（(“”]")


def extract(article: Article, raw: str) -> tuple[list[Metric], list[Initiative]]:
    """The metrics and initiatives of one article; `raw` is its page's text."""
    metrics: list[Metric] = []
    carried: Region | None = None  # the region the article last named
    # Regions are found in the whole text at once: a county far from home counts when its
    # province is named anywhere in the article (彭阳县 on a page that names 宁夏).
    per_paragraph = _mentions_by_paragraph(article)
    for (paragraph, pieces), every in zip(
        zip(article.paragraphs, article.spans, strict=True), per_paragraph, strict=True
    ):
        mentions = [m for m in every if _about(m, article.region)]
        found = extract_quantities(paragraph)
        if not found:
            carried = _carry(mentions, article.region) or carried
            continue
        # A time phrase governs the figures after it to the end of its paragraph.
        periods = [
            (m.start(), _trim_period(m.group()))
            for m in _period_pattern(paragraph).finditer(paragraph)
        ]
        sentences = _sentences(paragraph)
        places = _Places(every, mentions, article.region)
        offsets = _RawOffsets(pieces)
        period_ends = [at + len(phrase) for at, phrase in periods]
        at = 0  # figures and sentences are both in order: one pointer walks the sentences
        previous_end = 0  # where the figure before this one ends
        for q in found:
            assert q.span is not None
            start, end = q.span
            floor_end, previous_end = previous_end, max(previous_end, end)
            while at < len(sentences) and sentences[at][0] + len(sentences[at][1]) <= start:
                at += 1
            if at == len(sentences) or start < sentences[at][0]:
                continue  # in no sentence
            sentence_start, sentence = sentences[at]
            raw_span = (offsets.raw(start), offsets.raw(end - 1) + 1)
            before = bisect_right(period_ends, start)  # the last time phrase ending before it
            period = periods[before - 1][1] if before else None
            subject = _subject(paragraph, max(sentence_start, floor_end), q, found, places)
            change = _change(paragraph, start)
            if change and metrics and (subject is None or subject in _RELATIVE):
                previous = metrics[-1]
                if previous.sentence == sentence.strip():
                    subject = previous.subject  # 商事主体28.9万户，同比增长21.2%
            metrics.append(
                Metric(
                    id=f"{article.id}/m{len(metrics) + 1:03d}",
                    page=article.page,
                    article=article.id,
                    quantity=_moved(q, raw[raw_span[0] : raw_span[1]], raw_span),
                    subject=subject,
                    period=period,
                    year=_year(period),
                    region=places.region(sentence_start, start, carried),
                    sentence=sentence.strip(),
                    span=raw_span,
                    role=_role(paragraph, q),
                    change=change,
                )
            )
        carried = _carry(mentions, article.region) or carried
    initiatives = _initiatives(article, metrics)
    return metrics, initiatives


def _sentences(text: str) -> list[tuple[int, str]]:
    out = []
    for match in _SENTENCE.finditer(text):
        if match.group().strip():
            out.append((match.start(), match.group()))
    return out


class _RawOffsets:
    """Offsets in a paragraph mapped back to the raw page, by bisection of its pieces."""

    def __init__(self, pieces: Sequence[tuple[int, int, int]]) -> None:
        self._pieces = pieces
        self._starts = [text_start for text_start, _, _ in pieces]

    def raw(self, index: int) -> int:
        at = bisect_right(self._starts, index) - 1
        if at >= 0:
            text_start, raw_start, length = self._pieces[at]
            if index < text_start + length:
                return raw_start + index - text_start
        last = self._pieces[-1]
        return last[1] + last[2]


def _trim_period(phrase: str) -> str:
    """在临夏州防控疫情期间 → 临夏州防控疫情期间."""
    return phrase[1:] if phrase.endswith("期间") and phrase[0] in "在于从自当" else phrase


def _year(period: str | None) -> int | None:
    if period is None:
        return None
    match = _YEAR.search(period)
    return int(match.group(1)) if match else None


def _subject(
    paragraph: str, floor: int, q: Quantity, found: list[Quantity], places: _Places
) -> str | None:
    """The phrase naming what `q` measures: the noun after a count word, else the words before."""
    assert q.span is not None
    start, end = q.span
    if paragraph.startswith("的", end):
        after = _noun_after(paragraph, end + 1, found)  # 100%的股权, 20%的贴息补助
        if after:
            return after
    if q.kind is Kind.COUNT:
        after = _noun_after(paragraph, end, found)
        if after:
            return after
    # 集美区已建成…: the region named before the figure is not what it measures.
    before = _words_before(paragraph, max(floor, places.last_end(start)), start)
    if before is None or before.endswith(_VERB_ENDINGS):
        # 销售6570吨高原夏菜, 共有2100余名在职党员: the verb's object, after the figure.
        after = _noun_after(paragraph, end, found)
        if after:
            return after
    return before


# Verbs that end the words before a figure when what it measures comes after it.
_VERB_ENDINGS = (
    "提供",
    "提供了",
    "完成",
    "销售",
    "选派",
    "接收",
    "发放",
    "安排",
    "建成",
    "培育",
    "引进",
    "吸纳",
    "带动",
    "共",
)


_STOP_AFTER = re.compile(
    r"[，,。；;：:、！？!?（(“”‘’\s0-9]|的|和|及|与|等|了|在|为|是|被|将|把|对|向|从|到|约|超|近|共|达|中|里|内|以上|以下|左右|分别"
)


def _noun_after(paragraph: str, end: int, found: list[Quantity]) -> str | None:
    tail = paragraph[end : end + 14]
    quoted = _QUOTED_NOUN.match(tail)
    if quoted:
        return quoted.group(1)  # 4个“研发+总部+委外制造”项目
    stop = _STOP_AFTER.search(tail)
    noun = tail[: stop.start()] if stop else tail
    if stop and stop.group() in ("（", "(") and tail.find("）", stop.start()) > 0:
        # 19个村（社区）: a bracketed alternative is part of the noun.
        close = tail.find("）", stop.start())
        noun = tail[: close + 1]
    return noun if len(noun) >= 1 and _HAN.search(noun) else None


def _words_before(paragraph: str, floor: int, start: int) -> str | None:
    head = paragraph[floor:start]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    if breaks:
        head = head[breaks[-1].end() :]
    head = _period_pattern(head).sub("", head)
    # Leading verbs off the front, linking words off the back, until none is left; only the
    # words that begin (or end) with the head's first (or last) character are tried.
    stripped = True
    while stripped:
        stripped = False
        for word in _LEADING_BY_FIRST.get(head[:1], ()):
            if head.startswith(word) and len(head) > len(word) + 1:
                head = head[len(word) :]
                stripped = True
                break
    stripped = True
    while stripped:
        stripped = False
        for word in _LINK_BY_LAST.get(head[-1:], ()):
            if head.endswith(word) and len(head) > len(word):
                head = head[: -len(word)]
                stripped = True
                break
    head = head.strip()
    if len(head) > 12:
        head = head[-12:]
    return head if _HAN_OR_LATIN.search(head) else None


_OWN = {
    "我市": "市",
    "本市": "市",
    "我区": "区",
    "本区": "区",
    "我县": "县",
    "本县": "县",
    "我省": "省",
    "本省": "省",
    "全市": "市",  # 全市新增…: the whole of the article's city
    "全区": "区",
    "全县": "县",
    "全省": "省",
}


# 全市场 (the whole market) and 全区域 (the whole area) are words, not the article's places;
# in 占全市4.2%, the figure is a share of the whole city, and the place is the one that has it.
_OWN_RE = re.compile(
    "|".join(_OWN)
    .replace("全市", "全市(?!场)")
    .replace("全区", "全区(?!域)")
    .replace("全", "全(?<!占全)")  # each branch starts with its first character: a fast scan
)


def _mentions_by_paragraph(article: Article) -> list[list[_regions.RegionMention]]:
    """Region mentions of each paragraph, relative to it; 我市 counts as the article's city."""
    mentions = _regions.find(article.text, context=article.region)
    out: list[list[_regions.RegionMention]] = []
    own = _own_region(article.region)
    short = _abbreviations(mentions, article.region)
    verbs = _abbreviation_pattern("".join(sorted(short))) if short else None
    at = 0
    next_mention = 0  # mentions come in order, so one pointer walks them all once
    for paragraph in article.paragraphs:
        end = at + len(paragraph)
        while next_mention < len(mentions) and mentions[next_mention].span[0] < at:
            next_mention += 1
        found = []
        while next_mention < len(mentions) and mentions[next_mention].span[0] < end:
            m = mentions[next_mention]
            next_mention += 1
            span = (m.span[0] - at, m.span[1] - at)
            if _regions._attributive(m, paragraph[span[1] : span[1] + 2], article.region):
                continue
            moved = _regions.RegionMention(m.region, m.text, span, m.stated_parent, m.candidates)
            found.append(moved)
        for match in _OWN_RE.finditer(paragraph):
            region = own.get(_OWN[match.group()])
            if region is not None:
                found.append(_regions.RegionMention(region, match.group(), match.span()))
        if verbs is not None and verbs.search(paragraph):
            found += _abbreviated(paragraph, short, verbs, found)
        out.append(sorted(found, key=lambda m: m.span[0]))
        at = end + 1
    return out


# Verbs of going and staying, after which a region is often named by one character:
# 赴宁考察 (宁夏), 在临生产经营 (临夏), 援疆.
_ABBREVIATION_VERBS = "赴在到援驻返来"


@lru_cache(maxsize=256)
def _abbreviation_pattern(chars: str) -> re.Pattern[str]:
    """A verb of going, with one of `chars` after it."""
    return re.compile(f"[{_ABBREVIATION_VERBS}](?=[{re.escape(chars)}])")


def _abbreviations(
    mentions: list[_regions.RegionMention], main: Region | None
) -> dict[str, Region]:
    """One-character names of the provinces and prefectures the article names in full,
    its own excepted: 宁 for 宁夏 on a page that names 宁夏. A character two of them
    begin with names neither, and a numeral (三 of 三明) names none."""
    own = {main, *_regions.ancestors(main)} if main is not None else set()
    by_first: dict[str, set[Region]] = {}
    for mention in mentions:
        region = mention.region
        if region is None or region in own:
            continue
        if region.level in (_regions.Level.PROVINCE, _regions.Level.PREFECTURE):
            by_first.setdefault(region.short_name[:1], set()).add(region)
    return {
        first: next(iter(found))
        for first, found in by_first.items()
        if len(found) == 1 and first not in NUMERAL_CHARS  # 在三处新建 is no 三明
    }


def _abbreviated(
    paragraph: str,
    short: dict[str, Region],
    verbs: re.Pattern[str],
    found: list[_regions.RegionMention],
) -> list[_regions.RegionMention]:
    """Mentions such as 赴宁 (to 宁夏): a verb of going, then one character of `short`, where
    neither pair of characters is a word (在临近, 来临) and no full name stands there.
    `verbs` finds a verb of going with such a character after it."""
    words = _regions._gazetteer().words
    taken = [m.span for m in found]
    out: list[_regions.RegionMention] = []
    for verb in verbs.finditer(paragraph):
        at = verb.end()
        char = paragraph[at : at + 1]
        region = short[char]
        if any(start <= at < end for start, end in taken):
            continue
        if verb.group() + char in words or paragraph[at : at + 2] in words:
            continue
        out.append(_regions.RegionMention(region, char, (at, at + 1)))
    return out


def _own_region(main: Region | None) -> dict[str, Region]:
    """What 我市, 我区, 我县, 我省 mean on a page about `main`."""
    if main is None:
        return {}
    chain = [main, *_regions.ancestors(main)]
    own: dict[str, Region] = {}
    for region in chain:
        for suffix in ("市", "区", "县", "省"):
            if region.name.endswith(suffix):
                own.setdefault(suffix, region)
    return own


def _about(mention: _regions.RegionMention, main: Region | None) -> bool:
    """Whether a mention can say where a figure is: not a region that holds the article's
    own (福建省 on a page about 邵武市), unless it stands right before the figure."""
    region = mention.region
    if region is None:
        return False
    return main is None or region == main or not region.contains(main)


def _resolve(mention: _regions.RegionMention, main: Region | None) -> Region | None:
    """A township inside the article's own region counts for the county it hangs under."""
    region = mention.region
    if region is None or region.code is not None or region.level is Level.ZONE:
        return region
    if main is not None and region.parent is not None:
        try:
            parent = _regions.get(region.parent)
        except LookupError:
            return region
        if main.contains(parent):
            return parent
    return region


def _carry(mentions: list[_regions.RegionMention], main: Region | None) -> Region | None:
    """The region a paragraph leaves named for the figures after it: a coded one."""
    for mention in reversed(mentions):
        if mention.text in _OWN:
            continue  # 我市 speaks for its own sentence only
        region = _resolve(mention, main)
        if region is not None and (region.code is not None or region.level is Level.ZONE):
            return region
    return None


class _Places:
    """The region mentions of one paragraph, indexed for the questions each figure asks.

    `every` holds all mentions, `mentions` those that can say where a figure is; both
    are in text order. Each question is a bisection, so a paragraph of many figures and
    many mentions costs time in proportion to their number.
    """

    def __init__(
        self,
        every: list[_regions.RegionMention],
        mentions: list[_regions.RegionMention],
        main: Region | None,
    ) -> None:
        self._main = main
        by_end = sorted(range(len(every)), key=lambda i: (every[i].span[1], i))
        self._every = every
        self._every_ends = [every[i].span[1] for i in by_end]
        self._every_by_end = by_end
        self._mentions = mentions
        self._starts = [m.span[0] for m in mentions]
        # carried[k]: what the first k mentions leave named for what follows them.
        carried: list[Region | None] = [None]
        for mention in mentions:
            carried.append(_carry([mention], main) or carried[-1])
        self._carried = carried

    def last_end(self, start: int) -> int:
        """The end of the last mention that ends at or before `start` (0 if none)."""
        at = bisect_right(self._every_ends, start)
        return self._every_ends[at - 1] if at else 0

    def region(self, sentence_start: int, start: int, carried: Region | None) -> Region | None:
        """The region the figure at `start` is about: one named right before it (厦门市63个),
        else the last named before it in its sentence, else before it in its paragraph or
        article, else the article's."""
        low = bisect_left(self._every_ends, start - 1)
        high = bisect_right(self._every_ends, start)
        touching = sorted(self._every_by_end[low:high])  # the first in text order wins
        for index in touching:
            mention = self._every[index]
            if mention.region is not None:
                return _resolve(mention, self._main)
        first = bisect_left(self._starts, sentence_start)
        last = bisect_left(self._starts, start)
        if last > first:
            return _resolve(self._mentions[last - 1], self._main)
        return self._carried[first] or carried or self._main


def _role(paragraph: str, q: Quantity) -> str:
    assert q.span is not None
    if q.kind is Kind.DURATION:
        return "duration"
    written = paragraph[q.span[0] : q.span[1]]
    if q.kind is Kind.COUNT and _CN_DIGIT.match(written):
        window = paragraph[max(0, q.span[0] - 12) : q.span[1] + 12]
        if _SLOGAN_LIST.search(window) and "、" in window:
            return "slogan"
    return "figure"


def _change(paragraph: str, start: int) -> str | None:
    before = paragraph[max(0, start - 4) : start]
    if _GROWTH_RE.search(before):
        return "growth"
    if _DECLINE_RE.search(before):
        return "decline"
    return None


_GROWTH_RE = re.compile("|".join(_GROWTH))
_DECLINE_RE = re.compile("|".join(_DECLINE))


# --- initiatives ---------------------------------------------------------------------

_KINDS = (
    "模式",
    "机制",
    "工程",
    "行动",
    "计划",
    "体系",
    "试点",
    "平台",
    "项目",
    "制度",
    "战略",
    "方案",
    "理念",
    "原则",
    "做法",
    "举措",
    "品牌",
    "清单",
    "服务",
    "活动",
    "政策",
    "专项",
    "工作法",
    "示范点",
    "基地",
    "小组",
    "资金",
    "改革",
    "行动",
    "联动",
    "思路",
    "动员令",
)
_QUOTED = re.compile(r"[“‘「]([^“”‘’「」]{2,30})[”’」]")
# The longest kind phrase right after a name: “1+X”联动帮带机制, “美丽园区”建设试点.
_KIND_AFTER = re.compile(
    r"^[\u4e00-\u9fff]{0,6}(" + "|".join(sorted(set(_KINDS), key=len, reverse=True)) + ")"
)
# 三破三变, 一企一议, 一县一溪一特色; 四个聚焦, 一个体系; 三块资源.
_NUMBERED_SLOGAN = re.compile(
    r"^(?:([一二两三四五六七八九十])[\u4e00-\u9fff]{1,2}\1[\u4e00-\u9fff]{1,2}(?:\1[\u4e00-\u9fff]{1,2})*"
    r"|[一二两三四五六七八九十]个[\u4e00-\u9fff]{2,4}|[一二两三四五六七八九十][块方项张][\u4e00-\u9fff]{2,3})$"
)
_OPEN_QUOTE = re.compile("[“‘「]")
_CONTRAST = re.compile(r"变[“‘][^”’]+[”’]为[“‘][^”’]+[”’]")
_AFTER_NAME = frozenset("：:区园县市镇村业局委部厅所站会司")
_FORMULA = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]+(?:[+＋][\u4e00-\u9fffA-Za-z0-9]*)+$")
_NOT_NAMES = frozenset(
    ["一盘棋", "绿水青山就是金山银山", "两山", "卡脖子", "最后一公里", "最后一百米", "最后一米"]
)
_TITLE_KIND = re.compile(r"([\u4e00-\u9fff]{2,12}?)(工程|试点|计划|行动|平台|品牌)")


def _initiatives(article: Article, metrics: list[Metric]) -> list[Initiative]:
    found: dict[str, Initiative] = {}
    by_sentence: dict[str, list[str]] = {}
    for metric in metrics:
        by_sentence.setdefault(metric.sentence, []).append(metric.id)

    def add(name: str, kind: str | None, sentence: str) -> None:
        name = name.strip()
        if not name or name in _NOT_NAMES:
            return
        if name in found:
            if found[name].kind is None and kind is not None:
                found[name] = evolve(found[name], kind=kind)  # named again, with its kind
            return
        # The metrics of the sentence that names it (a title or heading has none).
        ids = tuple(by_sentence.get(sentence, ()))
        found[name] = Initiative(
            id=f"{article.id}/i{len(found) + 1:03d}",
            page=article.page,
            article=article.id,
            name=name,
            kind=kind,
            region=article.region,
            sentence=sentence,
            metrics=ids,
        )

    titles = [t for t in (article.title, article.subtitle) if t]
    lines = [(line, "title") for line in titles]
    lines += [(s.heading, "heading") for s in article.sections if s.heading]
    lines += [
        (sentence.strip(), "body")
        for p in article.paragraphs
        if _OPEN_QUOTE.search(p) is not None  # names are quoted in the body
        for _, sentence in _sentences(p)
    ]
    for line, where in lines:
        if _OPEN_QUOTE.search(line) is None:
            continue  # no quoted name, and a title's name without quotes is read below
        is_title = where == "title"
        contrasted = [m.span() for m in _CONTRAST.finditer(line)]
        placed_after = {m.span[1] for m in _regions.find(line)} if is_title else set()
        taken_to: int | None = None  # where the last name taken in this line ends
        for match in _QUOTED.finditer(line):
            name = match.group(1)
            if not _is_name(name) or _in_contrast(match.start(), contrasted):
                continue
            kind = _kind_after(line[match.end() :])
            patterned = bool(_FORMULA.match(name) or _NUMBERED_SLOGAN.match(name))
            # In a title, a name standing after its place (泉港“跨域通办”, 南安：“三区联创”).
            before = line[max(match.start() - 1, 0)]
            placed = (
                is_title
                and len(name) >= 4
                and (before in _AFTER_NAME or match.start() in placed_after)
            )
            # A heading names its programme: 两岸青年“西部培力”, 做活“一根竹子”.
            headed = where == "heading" and len(name) >= 3
            # 建立“一约四会”, 创新“帮代办”“码上办”: set up by a verb of founding, or listed
            # right after a name so set up.
            led = (
                line[max(match.start() - 2, 0) : match.start()] in _FOUNDING_VERBS
                or (taken_to is not None and line[taken_to : match.start()] in _BETWEEN_NAMES)
            ) and len(name) <= 10
            if kind is not None or patterned or placed or headed or led:
                add(name, kind, line)
                taken_to = match.end()
    if article.title:
        named = _unquoted_title_name(re.split("[“‘「]", article.title)[0])
        if named is not None:
            add(*named, article.title)
    return list(found.values())


_BETWEEN_NAMES = ("", "、", "和", "与", "及")
# Verbs that found or run a programme, right before its quoted name.
_FOUNDING_VERBS = frozenset(
    "建立 创新 创建 创设 实施 实行 推行 推出 推进 推广 开展 打造 培育 启动 探索 深化 "
    "组建 举办 成立 构建 搭建 设立 发起 开设 开通 上线 出台 健全 完善 拓展".split()
)


def _in_contrast(at: int, spans: list[tuple[int, int]]) -> bool:
    """变“独立开发”为“一体打造”: a before and an after, not names."""
    return any(start <= at < end for start, end in spans)


def _is_name(name: str) -> bool:
    if _PUNCTUATION.search(name) and len(name) > 12:
        return False  # a quoted sentence, not a name
    return bool(_WORD_CHAR.search(name))


def _kind_after(text: str) -> str | None:
    match = _KIND_AFTER.match(text)
    return text[: match.end()] if match else None


def _unquoted_title_name(title: str) -> tuple[str, str] | None:
    """南安青年领军培育工程第三期启动 → (青年领军培育工程, 工程)."""
    for match in _TITLE_KIND.finditer(title):
        name, kind = match.group(1), match.group(2)
        for mention in _regions.find(name):
            if mention.span[0] == 0:
                name = name[mention.span[1] :]
        if kind in ("工程", "计划", "行动", "平台", "品牌"):
            name += kind
        if len(name) >= 3:
            return name, kind
    return None
