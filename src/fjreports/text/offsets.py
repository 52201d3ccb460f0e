"""The way back from a repaired or folded text to the raw page it came from.

Every later stage works on text that is not the page as read: lines joined,
white space removed, stray spaces inside figures dropped. An `OffsetMap` keeps,
for such a text, the runs `(text_start, raw_start, length)` in which it copies
the raw page character for character, so any offset in it maps back by one
bisection.

Examples:
    >>> m = OffsetMap(((0, 0, 2), (2, 5, 3)))  # "ab" from raw 0, "cde" from raw 5
    >>> m.raw(0), m.raw(3), m.raw(5)
    (0, 6, 8)
    >>> m.cut(1, 4).pieces
    ((0, 1, 1), (1, 5, 2))
"""

from __future__ import annotations

from bisect import bisect_right

__all__ = ["OffsetMap", "Pieces"]

#: `(text_start, raw_start, length)` runs, in order, each starting where the last ended.
Pieces = tuple[tuple[int, int, int], ...]


class OffsetMap:
    """Offsets of a derived text mapped back into the raw page.

    Attributes:
        pieces: the runs `(text_start, raw_start, length)`, contiguous in the
            derived text.
    """

    __slots__ = ("_starts", "pieces")

    def __init__(self, pieces: Pieces) -> None:
        self.pieces = pieces
        self._starts = [text_start for text_start, _, _ in pieces]

    def raw(self, index: int) -> int:
        """The raw offset of character `index` of the derived text.

        An index past the end maps past the last run's end, so `raw(len(text))`
        is where the text ends in the raw page.
        """
        if not self.pieces:
            return index
        at = max(bisect_right(self._starts, index) - 1, 0)
        text_start, raw_start, _ = self.pieces[at]
        return raw_start + index - text_start

    def cut(self, start: int, end: int) -> OffsetMap:
        """The map of `text[start:end]`, re-based to start at 0."""
        pieces = []
        first = max(bisect_right(self._starts, start) - 1, 0)
        for text_start, raw_start, length in self.pieces[first:]:
            if text_start >= end:
                break
            a, b = max(text_start, start), min(text_start + length, end)
            if a < b:
                pieces.append((a - start, raw_start + a - text_start, b - a))
        return OffsetMap(tuple(pieces))

    def then(self, other: OffsetMap, shift: int) -> OffsetMap:
        """This map followed by `other`, whose text starts `shift` characters in."""
        moved = tuple((t + shift, r, n) for t, r, n in other.pieces)
        return OffsetMap(self.pieces + moved)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OffsetMap) and other.pieces == self.pieces

    def __hash__(self) -> int:
        return hash(self.pieces)

    def __repr__(self) -> str:
        return f"OffsetMap({self.pieces!r})"
