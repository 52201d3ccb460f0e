"""Named programmes: the quoted names an article presents (“三区联创”, “四融”模式)."""

from __future__ import annotations

import re

from attrs import evolve

from ..articles import Article
from ..lexicon import fields, word_set, words
from ..places import find
from ..text import OffsetMap, Pieces, sentences
from .model import Initiative, Metric

__all__ = ["initiatives_of"]

_PUNCTUATION = re.compile("[，。；！？,.;!?：:]")
_WORD_CHAR = re.compile("[\u4e00-\u9fffA-Za-z0-9]")
_KINDS = words("initiative_kinds")
_QUOTED = re.compile(r"[“‘「]([^“”‘’「」]{2,30})[”’」]")
# The longest kind phrase right after a name: “1+X”联动帮带机制, “美丽园区”建设试点.
_KIND_AFTER = re.compile(
    r"^[\u4e00-\u9fff]{0,6}(" + "|".join(sorted(set(_KINDS), key=len, reverse=True)) + ")"
)
# 三破三变, 一企一议, 一县一溪一特色; 四个聚焦, 一个体系; 三块资源; 四大战役, 三大攻坚战.
_NUMBERED_SLOGAN = re.compile(
    r"^(?:([一二两三四五六七八九十])[\u4e00-\u9fff]{1,2}\1[\u4e00-\u9fff]{1,2}(?:\1[\u4e00-\u9fff]{1,2})*"
    r"|[一二两三四五六七八九十]个[\u4e00-\u9fff]{2,4}|[一二两三四五六七八九十][块方项张][\u4e00-\u9fff]{2,3}"
    r"|[一二两三四五六七八九十]大[\u4e00-\u9fff]{2,4})$"
)
_OPEN_QUOTE = re.compile("[“‘「]")
_CONTRAST = re.compile(
    "|".join(
        f"{re.escape(opening)}[“‘][^”’]+[”’]{re.escape(joining)}[“‘][^”’]+[”’]"
        for opening, (joining,) in fields("contrast_frames").items()
    )
)
_AFTER_NAME = frozenset("：:区园县市镇村业局委部厅所站会司")
_FORMULA = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]+(?:[+＋][\u4e00-\u9fffA-Za-z0-9]*)+$")
_NOT_NAMES = word_set("not_initiative_names")
_TITLE_KINDS = fields("title_kinds")
_TITLE_KIND = re.compile(r"([\u4e00-\u9fff]{2,12}?)(" + "|".join(_TITLE_KINDS) + ")")


# Where a line stands in the raw page: the runs of the text it is part of, and its offset there.
_Located = tuple[Pieces, int] | None


def initiatives_of(
    article: Article, metrics: list[Metric], raw: str | None = None
) -> list[Initiative]:
    """The programmes `article` names, each with the metrics of the sentence naming it.

    With the page's `raw` text, names are given as printed (`“5＋2”` keeps its
    full-width plus); the article's text has such characters folded."""
    found: dict[str, Initiative] = {}
    by_sentence: dict[str, list[Metric]] = {}
    for metric in metrics:
        by_sentence.setdefault(metric.sentence, []).append(metric)

    def add(name: str, kind: str | None, sentence: str, printed: str | None = None) -> None:
        name = name.strip()
        if not name or name in _NOT_NAMES:
            return
        name = printed or name
        if name in found:
            if found[name].kind is None and kind is not None:
                found[name] = evolve(found[name], kind=kind)  # named again, with its kind
            return
        # The metrics of the sentence or line that names it (a title holds its own).
        of_sentence = tuple(by_sentence.get(sentence, ()))
        found[name] = Initiative(
            id=f"{article.id}/i{len(found) + 1:03d}",
            page=article.page,
            article=article.id,
            name=name,
            kind=kind,
            region=article.region,
            sentence=sentence,
            metrics=of_sentence,
        )

    headlines = {text: (pieces, 0) for text, pieces in reversed(article.headlines)}
    titles = [t for t in (article.title, article.subtitle) if t]
    lines: list[tuple[str, str, _Located]] = [
        (line, "title", headlines.get(line)) for line in titles
    ]
    lines += [
        (s.heading, "heading", headlines.get(s.heading)) for s in article.sections if s.heading
    ]
    for index, paragraph in enumerate(article.paragraphs):
        if _OPEN_QUOTE.search(paragraph) is None:
            continue  # names are quoted in the body
        pieces = article.spans[index] if index < len(article.spans) else None
        for at, sentence in sentences(paragraph):
            lead = len(sentence) - len(sentence.lstrip())
            located = None if pieces is None else (pieces, at + lead)
            lines.append((sentence.strip(), "body", located))
    for line, where, located in lines:
        if _OPEN_QUOTE.search(line) is None:
            continue  # no quoted name, and a title's name without quotes is read below
        is_title = where == "title"
        contrasted = [m.span() for m in _CONTRAST.finditer(line)]
        placed_after = {m.span[1] for m in find(line)} if is_title else set()
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
                add(name, kind, line, _as_printed(name, match.start(1), located, raw))
                taken_to = match.end()
    if article.title:
        named = _unquoted_title_name(re.split("[“‘「]", article.title)[0])
        if named is not None:
            at = article.title.find(named[0])
            printed = _as_printed(named[0], at, headlines.get(article.title), raw)
            add(*named, article.title, printed if at >= 0 else None)
    return list(found.values())


def _as_printed(name: str, at: int, located: _Located, raw: str | None) -> str | None:
    """`name`, found at `at` of a line, as the raw page prints it (white space inside left
    out); `None` where that is not known."""
    if located is None or raw is None:
        return None
    pieces, shift = located
    offsets = OffsetMap(pieces)  # made only for a name found
    first = offsets.raw(shift + at)
    last = offsets.raw(shift + at + len(name) - 1) + 1
    printed = "".join(raw[first:last].split())
    return printed if len(printed) == len(name) else None


_BETWEEN_NAMES = ("", "、", "和", "与", "及")
# Verbs that found or run a programme, right before its quoted name.
_FOUNDING_VERBS = word_set("founding_verbs")


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
        for mention in find(name):
            if mention.span[0] == 0:
                name = name[mention.span[1] :]
        if _TITLE_KINDS[kind] == ("yes",):
            name += kind
        if len(name) >= 3:
            return name, kind
    return None
