"""The errors fjreports raises.

Every error derives from [`FjreportsError`][fjreports.errors.FjreportsError],
which is a `ValueError`, and from the builtin a caller would expect, so
`except ValueError` keeps working. Each carries the offending text and, where
it has one, the position of the first bad character.
"""

from __future__ import annotations

__all__ = [
    "AmbiguousRegionError",
    "FigureRangeError",
    "FjreportsError",
    "InexactConversionError",
    "NumberParseError",
    "PageReadError",
    "QuantityParseError",
    "UnitError",
    "UnknownFieldError",
    "UnknownRegionError",
]


class FjreportsError(ValueError):
    """Root of every error raised by fjreports."""


class NumberParseError(FjreportsError):
    """A numeral could not be read.

    Attributes:
        text: the text given to the parser.
        position: index into `text` of the first character that does not fit.
        reason: what is wrong there, in English.

    Examples:
        >>> from fjreports import parse_number
        >>> try:
        ...     parse_number("十百")
        ... except NumberParseError as err:
        ...     print(err.position, err)
        1 cannot read '十百' as a number at position 1: '百' is larger than the unit before it
    """

    def __init__(self, text: str, position: int, reason: str) -> None:
        self.text = text
        self.position = position
        self.reason = reason
        super().__init__(_message(text, position, reason, "a number"))


class QuantityParseError(NumberParseError):
    """A quantity (number, magnitude, unit, qualifier) could not be read."""

    def __init__(self, text: str, position: int, reason: str) -> None:
        super().__init__(text, position, reason)
        self.args = (_message(text, position, reason, "a quantity"),)


def _message(text: str, position: int, reason: str, what: str) -> str:
    subject = repr(text[position]) if 0 <= position < len(text) else "the text"
    return f"cannot read {text!r} as {what} at position {position}: {subject} {reason}"


class FigureRangeError(FjreportsError):
    """A value is no finite figure (NaN, infinity), or lies beyond what any report prints
    (its decimal exponent past ±100): such values are refused before any work is done."""


class UnknownFieldError(FjreportsError, AttributeError):
    """A query names a field the records do not have, or a value its field cannot take;
    the message lists those it can."""


class UnitError(FjreportsError):
    """An unknown unit, or a conversion between units of different dimensions.

    Attributes:
        unit: the unit that could not be used.
        other: the other unit of a failed conversion, or `None`.
    """

    def __init__(self, message: str, unit: str, other: str | None = None) -> None:
        super().__init__(message)
        self.unit = unit
        self.other = other


class InexactConversionError(UnitError):
    """The exact result of a conversion has no finite decimal form.

    `convert(1, "亩", "平方米")` is 2000/3: pass `places=` to round explicitly,
    or use `convert_exact` for the `Fraction`.
    """


class UnknownRegionError(FjreportsError, LookupError):
    """No region has that code or name.

    Attributes:
        query: the code or name asked for.
        candidates: the nearest known names, best first (may be empty).
    """

    def __init__(self, query: str, candidates: tuple[str, ...] = ()) -> None:
        hint = f"; nearest: {', '.join(candidates)}" if candidates else ""
        super().__init__(f"no region is called {query!r}{hint}")
        self.query = query
        self.candidates = candidates


class AmbiguousRegionError(FjreportsError, LookupError):
    """Several regions answer to that name (鼓楼区: 福州, 南京, 开封, 徐州).

    Attributes:
        query: the name asked for.
        candidates: the regions it may mean (`Region` objects).
    """

    def __init__(self, query: str, candidates: tuple[object, ...]) -> None:
        listed = ", ".join(str(c) for c in candidates)
        super().__init__(
            f"{query!r} names {len(candidates)} regions: {listed}; "
            "give the code or a fuller name (福州市鼓楼区)"
        )
        self.query = query
        self.candidates = candidates


class PageReadError(FjreportsError):
    """A page file could not be read as text.

    Attributes:
        path: the file.
        offset: the byte offset of the first byte that does not decode (0 for
            a file that cannot be read at all).
    """

    def __init__(self, message: str, path: str, offset: int) -> None:
        super().__init__(message)
        self.path = path
        self.offset = offset
