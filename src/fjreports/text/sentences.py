"""Sentences: one set of sentence ends, one splitter, one test for a line that ends one.

Examples:
    >>> [s for _, s in sentences("全市新增3家。同比增长5%！其中")]
    ['全市新增3家。', '同比增长5%！', '其中']
    >>> ends_sentence("迈出更坚实的一步。(黄志鑫 林赞)"), ends_sentence("这座连")
    (True, False)
"""

from __future__ import annotations

import re

__all__ = ["CLAUSE_ENDS", "CLOSERS", "SENTENCE_ENDS", "ends_sentence", "sentences"]

#: The marks that end a sentence in Chinese print, full-width and ASCII.
SENTENCE_ENDS = frozenset("。！？；!?;…")
#: The marks that end a clause: a sentence's ends, commas and colons (not 、, which parts
#: the items of a list).
CLAUSE_ENDS = SENTENCE_ENDS | frozenset("，,：:")
#: Closing quotes and brackets that may follow a sentence's end.
CLOSERS = frozenset("”’」』）)】")

_ENDS = "".join(sorted(SENTENCE_ENDS))
_SENTENCE = re.compile(f"[^{_ENDS}]*[{_ENDS}]*[{''.join(sorted(CLOSERS))}]*")
_TRAILING_CREDIT = re.compile(r"[（(][^（()）]{2,30}[)）]\s*$")


def sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of `text` with their start offsets, blank ones left out.

    A sentence runs to its end marks (an ellipsis `……` or `？！` is one end)
    and the closing quotes after them.
    """
    return [(m.start(), m.group()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def ends_sentence(text: str) -> bool:
    """Whether `text` ends a sentence: an end mark, possibly followed by closing quotes or
    a credit in brackets."""
    stripped = text.rstrip()
    if stripped.endswith((")", "）")):
        stripped = _TRAILING_CREDIT.sub("", stripped) or stripped
    while stripped and stripped[-1] in CLOSERS:
        stripped = stripped[:-1]
    return bool(stripped) and stripped[-1] in SENTENCE_ENDS
