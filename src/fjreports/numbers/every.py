"""Every number in running text: figures with their units, bare numbers, ordinals and,
when asked for, dates.

`extract_quantities` finds figures, and leaves out on purpose what measures
nothing (a bare 3, 第三, 2023年). `extract_numbers` is the other view, for
users who want every number a text holds, as the peers' number models give
them: each with its value, its span, and what sort of number it is.

Examples:
    >>> [(n.text, n.kind.value) for n in extract_numbers("第三季度新增企业120家，占比为0.35")]
    [('第三', 'ordinal'), ('120家', 'quantity'), ('0.35', 'number')]
"""

from __future__ import annotations

import enum
import re
from bisect import bisect_right
from decimal import Decimal

from attrs import frozen

from ..errors import NumberParseError
from ..text import Compact
from .found import extract_quantities
from .numerals import parse_number
from .reading import CANDIDATE, HAS_DIGIT

__all__ = ["NumberKind", "NumberMention", "extract_numbers"]


class NumberKind(enum.Enum):
    """What sort of number a mention is."""

    QUANTITY = "quantity"  # a figure with its unit, as `extract_quantities` finds it
    NUMBER = "number"  # a number alone: 0.35, 一百二十, 3,500
    ORDINAL = "ordinal"  # a place in a sequence: 第三, 第2
    DATE = "date"  # part of a date: 2023年, 10月, 7日 (only with dates=True)


@frozen
class NumberMention:
    """One number in a text.

    Attributes:
        text: the mention as it stands in the text given.
        span: `(start, end)` of `text` in the text given.
        kind: quantity, number, ordinal or date.
        value: the number (for a quantity, the value with its magnitude words); `None`
            for a range.
        low: a range's lower end, else `None`.
        high: a range's upper end, else `None`.
        unit: a quantity's unit as written, else `None`.
    """

    text: str
    span: tuple[int, int]
    kind: NumberKind
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None


# What turns a numeral into part of a date: a year (4 digits) before 年, a month before 月,
# a day before 日 or 号.
_DATE_AFTER = re.compile(r"[年月日号]")
_LATIN = re.compile("[A-Za-z]")


def extract_numbers(text: str, *, dates: bool = False) -> list[NumberMention]:
    """Every number in `text`, in order, with spans into `text`.

    Figures come as `extract_quantities` reads them (`120家`, `约6000万元`, ranges);
    the numbers around them alone (`0.35`, `一百二十`), ordinals flagged (`第三`), and
    the parts of dates (`2023年`, `10月`) only with `dates=True`. A Chinese numeral of one
    character inside a word (统一, 一体化, 百姓) is no number, nor is one glued to Latin
    letters (G15, 5G: names and codes); one of two characters or more is (`三十五`).

    Never raises: anything that is not text gives an empty list.

    Examples:
        >>> [(n.text, n.value) for n in extract_numbers("2023年全县有三十五个村，人口3,500")]
        [('三十五个', Decimal('35')), ('3,500', Decimal('3500'))]
        >>> [n.text for n in extract_numbers("2023年10月", dates=True)]
        ['2023年', '10月']
    """
    if not isinstance(text, str) or not text:
        return []
    out = [
        NumberMention(q.text, q.span, NumberKind.QUANTITY, q.value, q.low, q.high, q.unit)
        for q in extract_quantities(text)
        if q.span is not None
    ]
    taken = sorted(m.span for m in out)
    starts = [span[0] for span in taken]
    compact = Compact(text, scan=True)
    s = compact.text
    for run in CANDIDATE.finditer(s):
        i, j = run.span()
        begin = compact.raw(i)
        at = bisect_right(starts, begin) - 1
        if at >= 0 and taken[at][1] > begin:
            continue  # inside a figure already found
        mention = _number(compact, i, j, text, dates=dates)
        if mention is not None:
            out.append(mention)
    return sorted(out, key=lambda m: m.span)


def _number(compact: Compact, i: int, j: int, text: str, *, dates: bool) -> NumberMention | None:
    s = compact.text
    run = s[i:j]
    if _LATIN.fullmatch(s[i - 1 : i] if i else "") or _LATIN.fullmatch(s[j : j + 1]):
        return None  # G15, 5G, PM2.5: part of a name or code
    ordinal = i > 0 and s[i - 1] == "第"
    if HAS_DIGIT.search(run) is None and len(run) < 2 and not ordinal:
        return None  # 统一, 一体化, 百姓: a numeral character inside a word
    try:
        value = parse_number(run)
    except NumberParseError:
        return None
    begin, end = compact.raw(i - 1 if ordinal else i), compact.raw(j - 1) + 1
    if ordinal:
        return NumberMention(text[begin:end], (begin, end), NumberKind.ORDINAL, value)
    after = s[j : j + 1]
    if after and _DATE_AFTER.fullmatch(after) and _is_date_part(run, after):
        if not dates:
            return None
        end = compact.raw(j) + 1
        return NumberMention(text[begin:end], (begin, end), NumberKind.DATE, value)
    return NumberMention(text[begin:end], (begin, end), NumberKind.NUMBER, value)


def _is_date_part(run: str, after: str) -> bool:
    if after == "年":
        return len(run) == 4  # 2023年, 二〇二三年; 3年 is a duration
    return len(run) <= 3  # 10月, 7日, 十二月, 二十一日
