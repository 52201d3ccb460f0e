"""Titles placed by what they say.

Titles of PDF pages are often printed away from their bodies (at the end of
the page, or two on one line); they are given to the body whose words they
share, and a body that holds two articles is split where its words change
from one title's to the other's. A body fragment printed apart from its
article (its beginning at the end of the page) is joined back to the article
whose words it shares. Every comparison goes through an index of word pairs,
so the work grows with the size of the page, not with its titles times its
bodies.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ..layout import Block
from ..places import Level, Region, find
from ..text import ends_sentence
from .draft import Draft, first_offset, joined, title_words

__all__ = ["Matcher", "give_titles", "join_fragments", "word_pairs"]


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


class Matcher:
    """The word pairs and regions of one page's titles and bodies, each worked out once."""

    def __init__(self) -> None:
        self._pairs: dict[str, frozenset[int]] = {}
        self._regions: dict[str, frozenset[Region]] = {}

    def pairs(self, text: str) -> frozenset[int]:
        found = self._pairs.get(text)
        if found is None:
            found = self._pairs[text] = word_pairs(text)
        return found

    def join_pairs(self, whole: str, first: str, second: str) -> None:
        """The pairs of `whole`, which is `first` and `second` joined, made from theirs:
        those of each half and the one across the join."""
        if whole in self._pairs:
            return
        found = self.pairs(first) | self.pairs(second)
        left = next((c for c in reversed(first) if c.isalnum()), "")
        right = next((c for c in second if c.isalnum()), "")
        if left and right:
            found |= word_pairs(left + right)
        self._pairs[whole] = found

    def regions(self, title: str) -> frozenset[Region]:
        """The counties, prefectures and zones a title names."""
        found = self._regions.get(title)
        if found is None:
            named = set()
            for mention in find(title):
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
    pool: list[tuple[Block, bool]], drafts: list[Draft], matcher: Matcher
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
            items += [
                _Title(block, block.text[:at].strip()),
                _Title(block, block.text[at:].strip()),
            ]
        items[-1].subtitle = subtitle
    return items


def _split_run_together(
    blocks: list[Block], drafts: list[Draft], matcher: Matcher
) -> list[int | None]:
    """Where each line holds two titles (厦门同安…华丽蜕变 筑牢绿色屏障 重现“海上森林”): the
    space between them, or `None`.

    A line is split where its two parts fit two different bodies better than the whole
    line fits any one. The parts are matched against each body and the halves of long
    ones (a body may hold the two articles whose titles share the line).
    """
    docs = [d.words() for d in drafts]
    for d, text in zip(drafts, list(docs), strict=True):
        if len(d.body) >= 6:
            half = len(d.body) // 2
            first, second = "".join(d.paragraphs()[:half]), "".join(d.paragraphs()[half:])
            matcher.join_pairs(text, first, second)
            docs += [first, second]
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
        for at, left_part, right_part in options:
            score = _best_two(fits[left_part], fits[right_part])
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


def give_titles(
    drafts: list[Draft], pool: list[tuple[Block, bool]], matcher: Matcher
) -> list[Draft]:
    """Give each body the title whose words it shares; split a body that holds two articles."""
    drafts = [d for d in drafts if d.body]
    if not drafts:
        # Titles with no body anywhere: each stands as an article with no text.
        alone = []
        for block, _ in pool:
            draft = Draft()
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
    items: list[_Title], drafts: list[Draft], matcher: Matcher
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
    items: list[_Title], drafts: list[Draft], matcher: Matcher
) -> tuple[dict[Draft, _Title], list[_Title]]:
    pairs = sorted(_scored_pairs(items, drafts, matcher), reverse=True)
    taken_items: set[int] = set()
    assignment: dict[Draft, _Title] = {}
    for score, i, j in pairs:
        if score <= 0 or i in taken_items or drafts[j] in assignment:
            continue
        assignment[drafts[j]] = items[i]
        taken_items.add(i)
    spare = [item for i, item in enumerate(items) if i not in taken_items]
    return assignment, spare


def _splits(
    spare: list[_Title], assignment: dict[Draft, _Title], drafts: list[Draft], matcher: Matcher
) -> list[tuple[Draft, Draft, Draft]]:
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
    body: Draft,
    own: _Title | None,
    named: frozenset[Region],
    matcher: Matcher,
) -> tuple[Draft, Draft, Draft] | None:
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
    first, second = Draft(), Draft()
    first.body, second.body = body.body[:best_k], body.body[best_k:]
    first.authors, second.contributor = body.authors, body.contributor
    first.closed = second.closed = True
    return body, first, second


def join_fragments(drafts: list[Draft], matcher: Matcher) -> list[Draft]:
    """A body with no title of its own is part of the titled article whose words it shares."""
    titled = [d for d in drafts if d.titles]
    if not titled:
        return drafts
    orphans = [d for d in drafts if not d.titles]
    titles = [title_words(d) for d in titled]
    words = [orphan.words() for orphan in orphans]
    taken: set[int] = set()
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
            merged = joined(orphan.body[-1], target.body[0])
            target.body = [*orphan.body[:-1], merged, *target.body[1:]]
        else:
            target.body = (
                orphan.body + target.body
                if first_offset(orphan) < first_offset(target)
                else target.body + orphan.body
            )
        target.contributor = target.contributor or orphan.contributor
        target.authors = target.authors or orphan.authors
        taken.add(id(orphan))
    return [d for d in drafts if id(d) not in taken]
