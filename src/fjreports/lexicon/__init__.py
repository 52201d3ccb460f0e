"""Word lists: every list of words a rule uses, as a data file with its source.

Each file in this folder starts with `#` lines that say what the list is for,
where its words come from and when it was made; the words follow, one entry a
line. An entry of several fields separates them with a tab. Lists are read
once, on first use.

Examples:
    >>> "约" in words("qualifier_prefixes")
    True
    >>> fields("qualifier_prefixes")["约"]
    ('about',)
"""

from __future__ import annotations

from functools import cache

from ..packaged import packaged

__all__ = ["fields", "word_set", "words"]


@cache
def _entries(name: str) -> tuple[tuple[str, ...], ...]:
    text = packaged("lexicon", f"{name}.txt").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(tuple(line.rstrip("\n").split("\t")))
    return tuple(out)


def words(name: str) -> tuple[str, ...]:
    """The first field of each entry of the list `name`, in the file's order."""
    return tuple(entry[0] for entry in _entries(name))


def fields(name: str) -> dict[str, tuple[str, ...]]:
    """The other fields of each entry of the list `name`, by its first field."""
    return {entry[0]: entry[1:] for entry in _entries(name)}


@cache
def word_set(name: str) -> frozenset[str]:
    """The words of the list `name` as a set, made once."""
    return frozenset(words(name))
