"""Whether a short region name stands as a word where it is written.

A short name (集美, 同安, 和政) is also a piece of many words: 共同安全 holds
同安, 新和政 holds 新和, 山明水秀 holds 明水. With the `words` extra installed
(`pip install 'fjreports[words]'`: rjieba, the Python binding of the Rust port
of jieba), the few characters around the name are cut into words by jieba's
dictionary, with every name of the gazetteer added to it, and the name counts
only where the cuts fall at both its ends. Without it, the frequent words of
the same dictionary (`lexicon/common_words.txt`) decide: the name does not
count where its first character ends one of them or its last begins one.

Examples:
    >>> stands_as_word("推动共同安全", 3, 5)
    False
    >>> stands_as_word("同安今年新建学校", 0, 2)
    True
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from .gazetteer import gazetteer

__all__ = ["segmenter", "stands_as_word"]

_AROUND = 6  # characters on each side of a name given to the segmenter


class _Cutter(Protocol):
    def cut(self, text: str, hmm: bool) -> list[str]: ...


@lru_cache(maxsize=1)
def _cutter() -> _Cutter | None:
    try:
        import rjieba
    except ImportError:
        return None
    cutter = rjieba.Jieba()
    for name in gazetteer().searchable:
        cutter.add_word(name, None, None)  # the frequency jieba suggests: context decides
    return cutter


def segmenter() -> str | None:
    """The word segmenter that decides whether a name stands as a word (`"rjieba"`), or
    `None` where the `words` extra is not installed and the word list decides. Loads it
    (about 0.2 s) if it is not loaded yet."""
    return "rjieba" if _cutter() is not None else None


def stands_as_word(s: str, start: int, end: int) -> bool:
    """Whether `s[start:end]` (a region's short name) stands as a word in `s`."""
    cutter = _cutter()
    if cutter is None:
        words = gazetteer().words
        before, after = s[start - 1 : start], s[end : end + 1]
        return not (
            (before and before + s[start] in words) or (after and s[end - 1] + after in words)
        )
    left = max(0, start - _AROUND)
    at, cuts = left, set()
    for word in cutter.cut(s[left : end + _AROUND], False):
        cuts.add(at)
        at += len(word)
    cuts.add(at)
    return start in cuts and end in cuts
