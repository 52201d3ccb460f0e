"""Quantities found: `parse_quantity` reads one, `extract_quantities` finds them all.

`parse_quantity` reads one written quantity (`约6000万元`, `4900余亩`,
`10万至20万元`, `8.14个百分点`) and raises when the text is not one;
`extract_quantities` finds every quantity in running text, never raises, and
runs in time linear in the text's length.

What is not a quantity is left alone: dates and years (`2023年`, `1—9月`),
ordinals (`第二批`), names and codes (`5G`, `12345热线`, `4·26`, `“1+6”`),
idioms (`一盘棋`, `千方百计`), and 一 before a count word (`一个`, `一家`),
which Chinese uses as the indefinite article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from fractions import Fraction

from ..errors import QuantityParseError
from ..text import Compact
from .digits import MAX_NUMERAL_LENGTH
from .numerals import to_decimal
from .qualifier import Qualifier
from .quantity import Quantity
from .reading import (
    CAN_FOLLOW,
    CANDIDATE,
    HAS_DIGIT,
    Found,
    Reject,
    currency_tables,
    lead_marks,
    plain_unit,
    unit_named,
)
from .scanner import Scanner
from .short import ARABIC_DIGITS, DATE_UNITS, plain_figure
from .units import Kind, Unit

__all__ = ["extract_quantities", "moved", "parse_quantity", "try_parse_quantity"]


def _build(found: Found, text: str, compact: Compact) -> Quantity:
    begin = compact.raw(found.start)
    end = compact.raw(found.end - 1) + 1
    unit = found.unit
    value, low, high = found.value, found.low, found.high
    if unit is None:
        name, kind = None, Kind.OTHER
    else:
        if unit.denominator is None and unit.numerator.name in _TENTHS:
            # 三成 is 30 %, 九折 90 %
            unit = plain_unit(unit_named("%"))
            value, low, high = (None if v is None else v * 10 for v in (value, low, high))
        name, kind = unit.name, unit.kind
    return _quantity(
        None if value is None else _decimal(value),
        None if low is None else _decimal(low),
        None if high is None else _decimal(high),
        name,
        found.qualifier,
        kind,
        text[begin:end],
        (begin, end),
    )


def _built(found: Found, text: str, compact: Compact) -> tuple[Quantity, int]:
    """The quantity `found` describes, and where it ends in the compact text."""
    return _build(found, text, compact), found.end


def _plain_quantity(
    plain: tuple[int, Fraction, Unit, Qualifier | None], i: int, text: str, compact: Compact
) -> tuple[Quantity, int]:
    """The quantity `plain_figure` read at `i` (no `Found` made for it: the commonest
    figure is built at once), and where it ends in the compact text."""
    end, value, unit, qualifier = plain
    begin, stop = compact.raw(i), compact.raw(end - 1) + 1
    quantity = _quantity(
        _decimal(value),
        None,
        None,
        unit.name,
        qualifier,
        unit.kind,
        text[begin:stop],
        (begin, stop),
    )
    return quantity, end


_TENTHS = ("成", "折")  # tenths, read as percentages


def _decimal(value: Fraction) -> Decimal:
    return Decimal(value.numerator) if value.denominator == 1 else to_decimal(value)


_new = object.__new__
# The fields' slots, written directly: a figure found in running text is checked and
# typed by the scanner already, and the public constructor (which converts and checks
# every field) would cost as much again.
_value, _low, _high, _unit, _qualifier, _kind, _text, _span = (
    getattr(Quantity, name).__set__
    for name in ("value", "low", "high", "unit", "qualifier", "kind", "text", "span")
)


def _quantity(
    value: Decimal | None,
    low: Decimal | None,
    high: Decimal | None,
    unit: str | None,
    qualifier: Qualifier | None,
    kind: Kind,
    text: str,
    span: tuple[int, int],
) -> Quantity:
    """A `Quantity` from parts the scanner has already checked and typed."""
    q: Quantity = _new(Quantity)
    _value(q, value)
    _low(q, low)
    _high(q, high)
    _unit(q, unit)
    _qualifier(q, qualifier)
    _kind(q, kind)
    _text(q, text)
    _span(q, span)
    return q


def moved(q: Quantity, text: str, span: tuple[int, int]) -> Quantity:
    """`q` with another `text` and `span` (the same figure, placed in another text)."""
    return _quantity(q.value, q.low, q.high, q.unit, q.qualifier, q.kind, text, span)


def parse_quantity(text: str) -> Quantity:
    """Read one written quantity: number, magnitude, unit, qualifier, range.

    Args:
        text: the quantity alone, e.g. `"约6000万元"`, `"4900余亩"`,
            `"10万至20万元"`, `"8.14个百分点"`, `"三成"`, `"8万吨/年"`.

    Raises:
        QuantityParseError: the text is not one quantity (a `ValueError`,
            naming the text and the position where reading stopped).

    Examples:
        >>> q = parse_quantity("2.9万余人")
        >>> q.value, q.unit, q.qualifier.value
        (Decimal('29000'), '人', 'more_than')
        >>> r = parse_quantity("10万至20万元")
        >>> r.value, r.low, r.high, r.unit
        (None, Decimal('100000'), Decimal('200000'), '元')
        >>> parse_quantity("三成").value, parse_quantity("三成").unit
        (Decimal('30'), '%')
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_quantity: text must be a str, not {type(text).__name__}")
    if len(text) > 4 * MAX_NUMERAL_LENGTH:
        raise QuantityParseError(
            text[:80] + "…", 80, f"is past the {4 * MAX_NUMERAL_LENGTH}-character limit"
        )
    compact = Compact(text)
    s = compact.text
    scanner = Scanner(s, strict=True)
    try:
        found = scanner.read_one()
        if found.end != len(s):
            raise Reject(found.end, "is left over after the quantity")
    except Reject as err:
        position = compact.raw(err.position) if err.position < len(s) else len(text)
        raise QuantityParseError(text, position, err.reason) from None
    return _build(found, text, compact)


def try_parse_quantity(text: str) -> Quantity | None:
    """Like [`parse_quantity`][fjreports.numbers.parse_quantity], but `None` for a non-quantity.

    Examples:
        >>> try_parse_quantity("5G") is None
        True
    """
    try:
        return parse_quantity(text)
    except (QuantityParseError, TypeError):
        return None


_CANDIDATE_OR_HALF = re.compile(CANDIDATE.pattern + "|半")
# A web address, to the first character that no address holds (white space, Chinese).
_LINK = re.compile("(?:[A-Za-z][A-Za-z0-9+.-]*://|www\\.)[!-~]+")


def _links(text: str) -> tuple[list[int], list[int]] | None:
    """Where the web addresses of `text` start and end, or `None` for none (nearly every
    text: they are looked for only where `://` or `www.` stands)."""
    if "://" not in text and "www." not in text:
        return None
    spans = [m.span() for m in _LINK.finditer(text)]
    return [start for start, _ in spans], [end for _, end in spans]


def _inside(links: tuple[list[int], list[int]], at: int) -> bool:
    starts, ends = links
    k = bisect_right(starts, at) - 1
    return k >= 0 and at < ends[k]


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity in running text, in order, with spans into `text`.

    Mentions broken by white space or line breaks (`1346.8 亿\\n\\n元`) are
    found whole; `text` and `span` of each quantity index the text as given.
    Never raises: anything that is not text gives an empty list.

    Examples:
        >>> found = extract_quantities("村集体年收益总计约6000万元，惠及19个村")
        >>> [(q.value, q.unit) for q in found]
        [(Decimal('60000000'), '元'), (Decimal('19'), '个')]
        >>> [q.text for q in extract_quantities("2023年1—9月，规上工业总产值 1346.8 亿\\n元")]
        ['1346.8 亿\\n元']
        >>> extract_quantities("统一思想，一盘棋，千方百计")
        []
    """
    if not isinstance(text, str) or not text:
        return []
    compact = Compact(text, scan=True)
    s = compact.text
    scanner = Scanner(s, strict=False)
    found: list[Quantity] = []
    floor = 0
    search = _CANDIDATE_OR_HALF.search
    tables = currency_tables()
    symbol_ends, named = tables.symbol_ends, tables.ends
    marks = lead_marks()
    links = _links(text)
    candidate = search(s)
    while candidate is not None:
        i, j = candidate.span()
        quantity: Quantity | None = None
        try:
            if links and _inside(links, compact.raw(i)):
                pass  # a web address: its numbers name a page (…?id=30%25)
            elif s[i] == "半":  # 用了半年时间: a half of a unit of time, no numeral before it
                quantity, end = _built(scanner.half_at(i, floor), text, compact)
            # Passed over, cheaply: most numeral runs, which stand in words (统一, 一体化,
            # 十四五), and the commonest numerals that are no figures, a date (2023年, 3月) and 一
            # as an article (一个, 一年来) with nothing before it that reads as a qualifier.
            elif (
                not (
                    s[j : j + 1] in CAN_FOLLOW
                    or (s[j - 1] in "万亿" and HAS_DIGIT.search(s, i, j))
                    # $120。人民币300，USD 50: a currency named before the amount
                    or (i and (s[i - 1] in symbol_ends or s[i - 2 : i] in named))
                    or (s[j - 1] in "千百" and scanner.unit_at(j - 1) is not None)  # 一百千瓦
                    or (s[j - 1] == "两" and j - i > 1)  # 黄金三两。
                )
                or (s[j : j + 1] in DATE_UNITS and scanner.date_at(i, j))
                or (
                    s[i] == "一"
                    and j - i == 1
                    and (i == floor or s[i - 1] not in marks)
                    and scanner.article_at(j)
                )
            ):
                pass
            # The commonest figure (500万元, 19个) with no mark before it, read at once.
            elif s[i] in ARABIC_DIGITS and (i == floor or s[i - 1] not in marks):
                plain = plain_figure(s, i, j)
                if plain is not None:
                    quantity, end = _plain_quantity(plain, i, text, compact)
                else:
                    quantity, end = _built(scanner.match(i, j, floor, plain=False), text, compact)
            else:
                quantity, end = _built(scanner.match(i, j, floor), text, compact)
        except Reject:
            quantity = None
        if quantity is None:
            candidate = search(s, j)
            continue
        found.append(quantity)
        floor = end
        candidate = search(s, floor)
    return found
