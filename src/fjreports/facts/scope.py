"""Where a figure is: the region mentions of each paragraph, and the one that governs a figure.

A paragraph's mentions are its region names, the article's own region named
by level (我市, 全县) and one-character abbreviations after verbs of going
(赴宁 for 宁夏 on a page that names 宁夏). `Places` answers, for each figure,
which of them it is about, by bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..articles import Article
from ..layout import NEWS_DATELINE
from ..lexicon import fields, word_set, words
from ..numbers import NUMERAL_CHARS
from ..places import Level, Region, RegionMention, ancestors, attributive, find, get
from ..text import CLAUSE_ENDS
from .model import RegionBasis

__all__ = [
    "OWN_WORDS",
    "Places",
    "about",
    "asides",
    "carry",
    "mentions_by_paragraph",
    "mentions_in_line",
    "outside",
]


_OWN = {word: suffix for word, (suffix,) in fields("own_region_words").items()}


# 全市场 (the whole market) and 全区域 (the whole area) are words, not the article's places;
# in 占全市4.2%, the figure is a share of the whole city, and the place is the one that has it.
_OWN_RE = re.compile(
    "|".join(_OWN)
    .replace("全市", "全市(?!场)")
    .replace("全区", "全区(?!域)")
    .replace("全", "全(?<!占全)")  # each branch starts with its first character: a fast scan
)


def mentions_by_paragraph(article: Article) -> list[list[RegionMention]]:
    """Region mentions of each paragraph, relative to it; 我市 counts as the article's city."""
    # The paragraphs joined, as the article's region was found in: offsets walk them.
    mentions = find("\n".join(article.paragraphs), context=article.region)
    out: list[list[RegionMention]] = []
    own = _own_region(article.region)
    home = article.region.province if article.region is not None else None
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
            if attributive(m, paragraph[span[1] : span[1] + 2], article.region):
                continue
            moved = RegionMention(m.region, m.text, span, m.stated_parent, m.candidates)
            found.append(moved)
        elsewhere = _dateline_region(paragraph, home)
        if elsewhere is not None:
            own = _own_region(elsewhere)  # 本报长春1月15日电: from here on, 全省 is 吉林
        found += _own_mentions(paragraph, own)
        if verbs is not None and verbs.search(paragraph):
            found += _abbreviated(paragraph, short, verbs, found)
        out.append(sorted(found, key=lambda m: m.span[0]))
        at = end + 1
    return out


def _dateline_region(paragraph: str, home: Region | None) -> Region | None:
    """The place of a news dateline opening `paragraph` (本报长春1月15日电), where it lies in
    another province than the article's: a second report the article carries."""
    dateline = NEWS_DATELINE.match(paragraph)
    if dateline is None or home is None or not dateline.group("place"):
        return None
    try:
        region = get(dateline.group("place"))
    except LookupError:  # no region, or several of that name
        return None
    return region if region.province is not None and region.province != home else None


def mentions_in_line(line: str, main: Region | None) -> list[RegionMention]:
    """Region mentions of a line printed apart from the paragraphs (a title, a heading),
    relative to it; 我市 counts as the article's city."""
    found = [
        m
        for m in find(line, context=main)
        if not attributive(m, line[m.span[1] : m.span[1] + 2], main)
    ]
    found += _own_mentions(line, _own_region(main))
    return sorted(found, key=lambda m: m.span[0])


def _own_mentions(text: str, own: dict[str, Region]) -> list[RegionMention]:
    """我市, 全县 …: the article's own region named by its level."""
    out = []
    for match in _OWN_RE.finditer(text):
        region = own.get(_OWN[match.group()])
        if region is not None:
            out.append(RegionMention(region, match.group(), match.span()))
    return out


# Verbs of going and staying, after which a region is often named by one character:
# 赴宁考察 (宁夏), 在临生产经营 (临夏), 援疆.
_ABBREVIATION_VERBS = "".join(words("going_verbs"))


@lru_cache(maxsize=256)
def _abbreviation_pattern(chars: str) -> re.Pattern[str]:
    """A verb of going, with one of `chars` after it."""
    return re.compile(f"[{_ABBREVIATION_VERBS}](?=[{re.escape(chars)}])")


def _abbreviations(mentions: list[RegionMention], main: Region | None) -> dict[str, Region]:
    """One-character names of the provinces and prefectures the article names in full,
    its own excepted: 宁 for 宁夏 on a page that names 宁夏. A character two of them
    begin with names neither, and a numeral (三 of 三明) names none."""
    own = {main, *ancestors(main)} if main is not None else set()
    by_first: dict[str, set[Region]] = {}
    for mention in mentions:
        region = mention.region
        if region is None or region in own:
            continue
        if region.level in (Level.PROVINCE, Level.PREFECTURE):
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
    found: list[RegionMention],
) -> list[RegionMention]:
    """Mentions such as 赴宁 (to 宁夏): a verb of going, then one character of `short`, where
    neither pair of characters is a word (在临近, 来临) and no full name stands there.
    `verbs` finds a verb of going with such a character after it."""
    words = word_set("common_words")
    taken = [m.span for m in found]
    out: list[RegionMention] = []
    for verb in verbs.finditer(paragraph):
        at = verb.end()
        char = paragraph[at : at + 1]
        region = short[char]
        if any(start <= at < end for start, end in taken):
            continue
        if verb.group() + char in words or paragraph[at : at + 2] in words:
            continue
        out.append(RegionMention(region, char, (at, at + 1)))
    return out


def _own_region(main: Region | None) -> dict[str, Region]:
    """What 我市, 我区, 我县, 我省 mean on a page about `main`."""
    if main is None:
        return {}
    chain = [main, *ancestors(main)]
    own: dict[str, Region] = {}
    for region in chain:
        for suffix in ("市", "区", "县", "省"):
            if region.name.endswith(suffix):
                own.setdefault(suffix, region)
    return own


def about(mention: RegionMention, main: Region | None) -> bool:
    """Whether a mention can say where a figure is: not a region that holds the article's
    own (福建省 on a page about 邵武市), unless it stands right before the figure."""
    region = mention.region
    if region is None:
        return False
    return main is None or region == main or not region.contains(main)


def _resolve(mention: RegionMention, main: Region | None) -> Region | None:
    """A township inside the article's own region counts for the county it hangs under."""
    region = mention.region
    if region is None or region.level not in _BELOW_COUNTY:
        return region
    if main is not None and region.parent is not None:
        try:
            parent = get(region.parent)
        except LookupError:
            return region
        if main.contains(parent):
            return parent
    return region


def carry(mentions: list[RegionMention], main: Region | None) -> Region | None:
    """The region a paragraph leaves named for the figures after it: a coded one."""
    for mention in reversed(mentions):
        if mention.text in _OWN:
            continue  # 我市 speaks for its own sentence only
        region = _resolve(mention, main)
        if (
            region is not None
            and region.level not in _BELOW_COUNTY
            and (region.code is not None or region.level is Level.ZONE)
        ):
            return region
    return None


_BELOW_COUNTY = frozenset((Level.TOWNSHIP, Level.VILLAGE))


# An aside in brackets, not nested: the places it names stay in it.
_ASIDE = re.compile("[（(][^（()）]*[)）]")


def asides(paragraph: str) -> list[tuple[int, int]]:
    """The spans of a paragraph's asides in brackets, in order: 全县现有38个贫困村
    （2016年出列广顺镇花红村），贫困户1.24万户 — the village is named in passing, and
    the households after the aside are the county's."""
    if "（" not in paragraph and "(" not in paragraph:
        return []
    return [m.span() for m in _ASIDE.finditer(paragraph)]


class _Asides:
    """Which aside of a paragraph an offset stands in, by bisection."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans = spans
        self._starts = [start for start, _ in spans]

    def at(self, offset: int) -> int:
        """1 + the index of the aside `offset` stands inside, or 0 outside every aside."""
        k = bisect_right(self._starts, offset) - 1
        inside = k >= 0 and self._starts[k] < offset < self._spans[k][1] - 1
        return k + 1 if inside else 0


def outside(mentions: list[RegionMention], spans: list[tuple[int, int]]) -> list[RegionMention]:
    """The mentions that stand in no aside."""
    if not spans:
        return mentions
    where = _Asides(spans)
    return [m for m in mentions if not where.at(m.span[0])]


class Places:
    """The region mentions of one paragraph, indexed for the questions each figure asks.

    `every` holds all mentions, `mentions` those that can say where a figure is; both
    are in text order; `spans` are the paragraph's asides (see `asides`), whose
    mentions speak only for the figures inside them. Each question is a bisection, so
    a paragraph of many figures and many mentions costs time in proportion to their
    number.
    """

    def __init__(
        self,
        every: list[RegionMention],
        mentions: list[RegionMention],
        main: Region | None,
        spans: list[tuple[int, int]] | None = None,
    ) -> None:
        self._main = main
        by_end = sorted(range(len(every)), key=lambda i: (every[i].span[1], i))
        self._every = every
        self._every_ends = [every[i].span[1] for i in by_end]
        self._every_by_end = by_end
        self._mentions = mentions
        self._starts = [m.span[0] for m in mentions]
        self._asides = _Asides(spans or [])
        self._aside_of = [self._asides.at(start) for start in self._starts]
        # carried[k]: what the first k mentions leave named for what follows them;
        # open_before[k]: the last of them in no aside (-1: none).
        carried: list[Region | None] = [None]
        open_before = [-1]
        for k, mention in enumerate(mentions):
            aside = self._aside_of[k]
            carried.append((None if aside else carry([mention], main)) or carried[-1])
            open_before.append(open_before[-1] if aside else k)
        self._carried = carried
        self._open_before = open_before

    def carried(self) -> Region | None:
        """What the paragraph leaves named for the figures after it (see `carry`): its
        mentions in no aside."""
        return self._carried[-1]

    def last_end(self, start: int) -> int:
        """The end of the last mention that ends at or before `start` (0 if none)."""
        at = bisect_right(self._every_ends, start)
        return self._every_ends[at - 1] if at else 0

    def label(self, paragraph: str, start: int) -> str | None:
        """The name a figure at `start` is listed under, as written: a place name opening a
        clause right before the figure (其中：长寨街道204套、广顺镇400套), or a short name
        opening the paragraph, a colon after it (广顺：1382套)."""
        colon = paragraph[start - 1 : start] in ("：", ":")
        end = start - 1 if colon else start
        at = bisect_right(self._every_ends, end)
        if not at or self._every_ends[at - 1] != end:
            named = paragraph[:end]
            if colon and _ROW_NAME.fullmatch(named):
                return named
            return None
        mention = self._every[self._every_by_end[at - 1]]
        begin = mention.span[0]
        if begin > 0 and paragraph[begin - 1] not in _LABEL_OPENERS:
            return None  # 集美区建成19个: a place in a clause, not a row's name
        return paragraph[begin:end]

    def region(
        self, sentence_start: int, start: int, carried: Region | None
    ) -> tuple[Region | None, RegionBasis | None]:
        """The region the figure at `start` is about, and how it was decided: one named right
        before it (厦门市63个: `CLAUSE`), else the last named before it in its sentence
        (`SENTENCE`), else before it in its paragraph or article (`PARAGRAPH`), else the
        article's (`ARTICLE`). A region named by level there (全县, 我市) is `AGGREGATE`:
        the figure is the whole region's."""
        low = bisect_left(self._every_ends, start - 1)
        high = bisect_right(self._every_ends, start)
        touching = sorted(self._every_by_end[low:high])  # the first in text order wins
        for index in touching:
            mention = self._every[index]
            if mention.region is not None:
                return _resolve(mention, self._main), _basis(mention, RegionBasis.CLAUSE)
        first = bisect_left(self._starts, sentence_start)
        last = bisect_left(self._starts, start)
        k = last - 1
        if k >= first and self._aside_of[k] and self._aside_of[k] != self._asides.at(start):
            k = self._open_before[last]  # named in an aside the figure is not in
        if k >= first:
            mention = self._mentions[k]
            return _resolve(mention, self._main), _basis(mention, RegionBasis.SENTENCE)
        before = self._carried[first] or carried
        if before is not None:
            return before, RegionBasis.PARAGRAPH
        if self._main is not None:
            return self._main, RegionBasis.ARTICLE
        return None, None

    def after(self, paragraph: str, end: int) -> Region | None:
        """A region the figure ending at `end` is about though named after it, in its clause:
        where what it counts comes from (18名临夏州的医护人员) or goes (6名干部赴宁, 投资
        3亿元在临夏建设)."""
        at = bisect_left(self._starts, end)
        if at == len(self._mentions):
            return None
        mention = self._mentions[at]
        start = mention.span[0]
        if start - end > _AFTER_REACH or _CLAUSE_BREAK.search(paragraph, end, start):
            return None
        whose = start == end and paragraph[mention.span[1] : mention.span[1] + 1] == "的"
        if whose or (start > end and paragraph[start - 1] in _ABBREVIATION_VERBS):
            return _resolve(mention, self._main)
        return None


_AFTER_REACH = 16  # characters: a count, its noun, and another count and noun listed after it
_CLAUSE_BREAK = re.compile("[" + re.escape("".join(sorted(CLAUSE_ENDS))) + "]")


def _basis(mention: RegionMention, named: RegionBasis) -> RegionBasis:
    return RegionBasis.AGGREGATE if mention.text in _OWN else named


# A row's name opening a paragraph: a few Chinese characters (广顺, 白云山镇).
_ROW_NAME = re.compile("[\u4e00-\u9fff]{2,6}")
# What stands before a row's name: the start of a clause or of a list's item.
_LABEL_OPENERS = frozenset("，,、；;：:（(\n")

#: Words that name the article's own region by level (我市, 全县).
OWN_WORDS = frozenset(_OWN)
