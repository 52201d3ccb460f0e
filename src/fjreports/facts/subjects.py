"""What a figure measures: the noun after a count word, else the words before it."""

from __future__ import annotations

import re

from ..lexicon import word_set, words
from ..numbers import Kind, Quantity
from ..places import find
from .periods import period_pattern

__all__ = ["RELATIVE_WORDS", "subject_of"]

_QUOTED_NOUN = re.compile(r"[“‘]([^”’]{1,20})[”’]")
_HAN = re.compile("[\u4e00-\u9fff]")
_HAN_OR_LATIN = re.compile("[\u4e00-\u9fffA-Za-z]")
_CLAUSE_BREAK = re.compile(r"[，,、：:（(“”]")
_CLOSING = re.compile(r"[）)]")


def _closed_after(head: str, opening: re.Match[str]) -> bool:
    """An opening bracket closed later in `head` (地区生产总值(GDP)) is part of the noun."""
    if opening.group() not in "（(":
        return False
    return _CLOSING.search(head, opening.end()) is not None


def _opened_before(head: str, at: int) -> bool:
    return head.rfind("（", 0, at) >= 0 or head.rfind("(", 0, at) >= 0


#: Words that make a figure a change against another time (同比, 比上年).
RELATIVE_WORDS = frozenset(words("relative_words"))
# Verbs that end the words before a figure when what it measures comes after it.
_VERB_ENDINGS = words("object_verbs")
# The words by their first (leading verbs) or last (linking words) character, in list order:
# where two overlap (已经, 已), the longer comes first.
_LEADING_WORDS = frozenset(words("leading_verbs"))  # 实现 alone measures nothing
_LEADING_BY_FIRST: dict[str, list[str]] = {}
for _word in words("leading_verbs"):
    _LEADING_BY_FIRST.setdefault(_word[0], []).append(_word)
_LINK_BY_LAST: dict[str, list[str]] = {}
for _word in words("link_words"):
    _LINK_BY_LAST.setdefault(_word[-1], []).append(_word)
# Linking words that alone name nothing measured (达, 为, 共); a verb of change alone
# (增长9.2%) names the change.
_CHANGE_WORDS = frozenset([*words("growth_words"), *words("decline_words")])
_BARE_LINKS = frozenset(words("link_words")) - _CHANGE_WORDS
_CHANGES = "|".join(sorted(_CHANGE_WORDS, key=len, reverse=True))
# A verb of change (增长, 降至); with 到 or 至 after it (提升到) it names nothing measured.
_CHANGE = re.compile(f"(?:{_CHANGES})|[增降]至")
_CHANGE_TO = re.compile(f"(?:{_CHANGES})(?:到|至)|[增降]至")


def subject_of(paragraph: str, floor: int, q: Quantity, found: list[Quantity]) -> str | None:
    """The phrase naming what `q` measures: the noun after a count word, else the words before."""
    assert q.span is not None
    start, end = q.span
    if paragraph.startswith("的", end):
        after = _noun_after(paragraph, end + 1, found)  # 100%的股权, 20%的贴息补助
        if after:
            return after
    if q.kind is Kind.COUNT or q.unit is None:
        # 19个村, and a bare magnitude before its noun: 0.6万贫困人口.
        after = _noun_after(paragraph, end, found)
        whose = after and after[-1] in _PLACE_ENDS and paragraph.startswith("的", end + len(after))
        if after and whose and _is_place(after):
            # 18名临夏州的医护人员: whose they are, then what is counted
            after = _noun_after(paragraph, end + len(after) + 1, found) or after
        if after:
            return after
    before = _words_before(paragraph, floor, start)
    if before is None or before.endswith(_VERB_ENDINGS) or before in _LEADING_WORDS:
        # 销售6570吨高原夏菜, 共有2100余名在职党员: the verb's object, after the figure.
        after = _noun_after(paragraph, end, found)
        if after:
            return after
    return before


# The last characters of a region's name (临夏州, 厦门市, 集美区 …).
_PLACE_ENDS = frozenset("省市县区州镇乡村旗盟")
# A short aside in brackets right after a count, before its noun.
_ASIDE_FIRST = re.compile(r"[（(][^（()）]{1,8}[)）](?=[\u4e00-\u9fff])")
# 在职, 在建: 在 opening the noun counted (2100余名在职党员), not a place after it.
_STATE_MODIFIERS = word_set("state_modifiers")
_STOP_AFTER = re.compile(
    r"[，,。；;：:、！？!?（(“”‘’\s0-9]|的|和|及|与|等|了|在|为|是|被|将|把|对|向|从|到|约|超|近|共|达|中|里|内|以上|以下|左右|分别"
)


def _is_place(words: str) -> bool:
    """Whether `words` are one region's name, whole (临夏州; not 行政村)."""
    mentions = find(words)
    return len(mentions) == 1 and mentions[0].span == (0, len(words))


def _noun_after(paragraph: str, end: int, found: list[Quantity]) -> str | None:
    aside = _ASIDE_FIRST.match(paragraph, end)
    if aside:
        end = aside.end()  # 459个(含滚动)本级重点项目: the aside, then what is counted
    tail = paragraph[end : end + 14]
    quoted = _QUOTED_NOUN.match(tail)
    if quoted:
        return quoted.group(1)  # 4个“研发+总部+委外制造”项目
    if _CHANGE.match(tail):
        return None  # 129万人次增长至…: a verb of change, not what is counted
    stop = _STOP_AFTER.search(tail, 2 if tail[:2] in _STATE_MODIFIERS else 0)
    noun = tail[: stop.start()] if stop else tail
    if stop and stop.group() in ("（", "(") and tail.find("）", stop.start()) > 0:
        # 19个村（社区）: a bracketed alternative is part of the noun.
        close = tail.find("）", stop.start())
        noun = tail[: close + 1]
    return noun if len(noun) >= 1 and _HAN.search(noun) else None


def _words_before(paragraph: str, floor: int, start: int) -> str | None:
    head = paragraph[floor:start]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(head) if not _closed_after(head, m)]
    # A closing bracket whose opening is not in the head ends an aside (名单见附表）贫困人口).
    breaks += [m.end() for m in _CLOSING.finditer(head) if not _opened_before(head, m.start())]
    if breaks:
        head = head[max(breaks) :]
    head = period_pattern(head).sub("", head)
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
    if head in _BARE_LINKS or _CHANGE_TO.fullmatch(head):
        return None  # 从32%提升到83%, 收入20万元以上达100%: the words name nothing
    if len(head) > 12:
        head = head[-12:]
    return head if _HAN_OR_LATIN.search(head) else None
