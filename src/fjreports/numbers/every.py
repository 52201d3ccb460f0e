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
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise

from attrs import frozen

from ..errors import NumberParseError
from ..text import Compact
from .found import extract_quantities
from .numerals import parse_number, to_decimal
from .qualifier import Qualifier, infix_qualifiers
from .reading import (
    CANDIDATE,
    CN_CLASS,
    DIGIT,
    HAS_DIGIT,
    IDIOMS,
    NOT_BEFORE_MINUS,
    common_words,
)
from .units import lookup_unit

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
        qualifier: how the text hedges the number (`十多万`: more than), else `None`.
    """

    text: str
    span: tuple[int, int]
    kind: NumberKind
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    qualifier: Qualifier | None = None


# What turns a numeral into part of a date: a year (4 digits) before 年, a month before 月,
# a day before 日 or 号.
_DATE_AFTER = re.compile(r"[年月日号]")
_LATIN = re.compile("[A-Za-z]")
_CJK = re.compile("[\u3400-\u9fff]")
# Numbers written with signs the numeral reader leaves alone: 2e5 and -1.2E+15, powers
# (2^10, 2.5^-1), fractions with a slash and perhaps a whole part before them (3/5,
# 1 3/5; not 2023/10/12), a leading decimal point (.5) and a fraction whose numerator
# carries a sign (三分之负一).
_MINUS = "(?:(?P<minus>-))?"
_WRITTEN = re.compile(
    "(?<![0-9A-Za-z.^/])" + _MINUS + "(?:"
    r"(?P<sci>(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)[eE][-+]?[0-9]{1,3})(?![0-9A-Za-z])"
    r"|(?P<base>[0-9]+(?:\.[0-9]+)?)\^(?P<power>[-+]?-?[0-9]{1,2})(?![0-9.^])"
    r"|(?:(?P<whole>[0-9]+) )?(?P<over>[0-9]+)/(?P<under>[0-9]+)(?![0-9./])"
    r"|(?P<dot>\.[0-9]+)(?![0-9.])"
    ")"
)
# A fraction whose numerator carries a sign, found from its 分之负: a pattern that
# began at each numeral would read a long run of numerals once per character.
_SIGNED = re.compile("分之负")
_FRACTION_CHARS = frozenset(CN_CLASS + "0123456789.十百千万亿两")
# Where a magnitude hedged by 余, 多, 几 or 来 follows a numeral: 十多万, 五百余万, 一百零几亿.
_HEDGED = re.compile("(?P<hedge>[" + "".join(infix_qualifiers()) + "])(?P<magnitude>万亿|亿|万)")
_ARABIC = frozenset("0123456789")
_IDIOMS = frozenset(IDIOMS)


def extract_numbers(text: str, *, dates: bool = False) -> list[NumberMention]:
    """Every number in `text`, in order, with spans into `text`.

    Figures come as `extract_quantities` reads them (`120家`, `约6000万元`, ranges);
    the numbers around them alone (`0.35`, `一百二十`, `负三十二`, `十多万`, `2e5`,
    `3/5`, `三百五又三分之一`), ordinals flagged (`第三`), and the parts of dates
    (`2023年`, `10月`) only with `dates=True`. A Chinese numeral of one character is a
    number where it stands alone or before a unit or measure word (`一只`, `九年`), not
    inside a word (统一, 一体化, 百姓, 万一); one glued to Latin letters is none (G15,
    5G: names and codes). Numbers a comma and a space part (`1, 234`) are two.

    Never raises: anything that is not text gives an empty list.

    Examples:
        >>> [(n.text, n.value) for n in extract_numbers("2023年全县有三十五个村，人口3,500")]
        [('三十五个', Decimal('35')), ('3,500', Decimal('3500'))]
        >>> [n.text for n in extract_numbers("2023年10月", dates=True)]
        ['2023年', '10月']
        >>> [str(n.value) for n in extract_numbers("负三十二，十多万，2e5，1 3/5")]
        ['-32', '100000', '2E+5', '1.6']
    """
    if not isinstance(text, str) or not text:
        return []
    compact = Compact(text, scan=True)
    written = _written(compact, text)
    quantities = [
        NumberMention(
            q.text, q.span, NumberKind.QUANTITY, q.value, q.low, q.high, q.unit, q.qualifier
        )
        for q in extract_quantities(text)
        if q.span is not None
    ]
    figures = _merge(written, quantities)
    out = list(figures)
    s, k = compact.text, 0
    for run in CANDIDATE.finditer(s):
        i, j = run.span()
        begin = compact.raw(i)
        while k < len(figures) and figures[k].span[1] <= begin:
            k += 1
        if k < len(figures) and figures[k].span[0] <= begin:
            continue  # inside a figure already found
        limit = figures[k].span[0] if k < len(figures) else len(text)
        out += [m for m in _numbers(compact, i, j, text, dates=dates) if m.span[1] <= limit]
    return _mixed(sorted(out, key=lambda m: m.span), text)


def _merge(first: list[NumberMention], then: list[NumberMention]) -> list[NumberMention]:
    """Both lists, each in order with no overlaps, as one: where two mentions overlap,
    the one of `first` stays."""
    out, k = list(first), 0
    for mention in then:
        start, end = mention.span
        while k < len(first) and first[k].span[1] <= start:
            k += 1
        if k < len(first) and first[k].span[0] < end:
            continue
        out.append(mention)
    return sorted(out, key=lambda m: m.span)


def _written(compact: Compact, text: str) -> list[NumberMention]:
    out = []
    s = compact.text
    for match in _WRITTEN.finditer(s):
        start = match.start()
        if match["minus"] and start and s[start - 1] in NOT_BEFORE_MINUS:
            start += 1  # 10-20: a range's hyphen, no minus sign
        value = _written_value(match)
        if value is None:
            continue
        if match["minus"] and start == match.start():
            value = -value
        out.append(_mention(compact, text, start, match.end(), value))
    at = 0  # where the last signed fraction ends
    for match in _SIGNED.finditer(s):
        start, end = match.start(), match.end()
        while start > at and s[start - 1] in _FRACTION_CHARS:
            start -= 1
        if start > at and s[start - 1] == "负":
            start -= 1
        while end < len(s) and s[end] in _FRACTION_CHARS:
            end += 1
        value = _signed_fraction(s[start:end])
        if value is not None and start < match.start() and end > match.end():
            out.append(_mention(compact, text, start, end, value))
            at = end
    return sorted(out, key=lambda m: m.span)


def _mention(compact: Compact, text: str, start: int, end: int, value: Decimal) -> NumberMention:
    begin, stop = compact.raw(start), compact.raw(end - 1) + 1
    return NumberMention(text[begin:stop], (begin, stop), NumberKind.NUMBER, value)


def _signed_fraction(written: str) -> Decimal | None:
    """三分之负一, 负3分之负157: the signs multiplied."""
    try:
        value = parse_number(written.replace("负", ""))
    except NumberParseError:
        return None
    return -value if written.count("负") % 2 else value


def _written_value(match: re.Match[str]) -> Decimal | None:
    if match["sci"]:
        return Decimal(match["sci"])
    if match["base"]:
        base, power = Fraction(match["base"]), int(match["power"].replace("--", ""))
        if base == 0 and power <= 0:
            return None  # 0^0, 0^-1: no number
        return to_decimal(base**power)  # exact, but for a non-ending fraction (3^-1)
    if match["under"]:
        under = int(match["under"])
        if not under:
            return None
        whole = int(match["whole"] or 0)
        return to_decimal(whole + Fraction(int(match["over"]), under))
    return Decimal(match["dot"])


def _numbers(compact: Compact, i: int, j: int, text: str, *, dates: bool) -> list[NumberMention]:
    """The numbers of one run of numeral characters (`compact.text[i:j]`)."""
    s = compact.text
    run = s[i:j]
    if _LATIN.fullmatch(s[i - 1 : i] if i else "") or _LATIN.fullmatch(s[j : j + 1]):
        return []  # G15, 5G, PM2.5: part of a name or code
    parts = _apart(compact, i, j, text)
    if len(parts) > 1:  # 1, 234, 567: three numbers, not one
        return [m for a, b in parts for m in _numbers(compact, a, b, text, dates=dates)]
    if (DIGIT.search(run) is None and "十" not in run) or run[0] in "万亿":
        return []  # 万, 千万 (by all means), 百; 万一 (in case): no number
    ordinal = i > 0 and s[i - 1] == "第"
    hedged = _HEDGED.match(s, j)
    lone = HAS_DIGIT.search(run) is None and len(run) < 2
    if lone and not ordinal and hedged is None and not _alone(s, i, j):
        return []  # 统一, 一体化, 百姓: a numeral character inside a word
    try:
        if hedged is not None:  # 十多万: ten-odd ten thousands
            value = parse_number(run.rstrip("零")) * parse_number("1" + hedged["magnitude"])
        elif run.endswith("万万"):
            value = parse_number(run[:-1]) * 10000  # 四万万: four hundred million
        else:
            value = parse_number(run)
    except NumberParseError:
        return _by_script(compact, i, j, text, dates=dates)
    begin, end = compact.raw(i - 1 if ordinal else i), compact.raw(j - 1) + 1
    if ordinal:
        return [NumberMention(text[begin:end], (begin, end), NumberKind.ORDINAL, value)]
    after = s[j : j + 1]
    if after and _DATE_AFTER.fullmatch(after) and _is_date_part(run, after):
        if not dates:
            return []
        end = compact.raw(j) + 1
        return [NumberMention(text[begin:end], (begin, end), NumberKind.DATE, value)]
    qualifier = None
    if hedged is not None:
        end = compact.raw(hedged.end() - 1) + 1
        qualifier = infix_qualifiers()[hedged["hedge"]]
    if i and s[i - 1] in "负-" and (i < 2 or s[i - 2] not in NOT_BEFORE_MINUS | {"-"}):
        value, begin = -value, compact.raw(i - 1)  # 负三十二, -10000
    return [NumberMention(text[begin:end], (begin, end), NumberKind.NUMBER, value, None, None,
                          None, qualifier)]  # fmt: skip


def _alone(s: str, i: int, j: int) -> bool:
    """A numeral of one character that is a number: standing alone (二, 十), or before a
    unit or measure word (一只, 九年), and in no word with what stands around it."""
    before, after = s[i - 1 : i], s[j : j + 1]
    if before + s[i] in common_words() or s[i] + after in _IDIOMS:
        return False  # 统一, 万一; 一起 (together)
    if not _CJK.match(after):
        return not _CJK.match(before)
    if after == "又":
        return True  # 一又二分之一: a whole number before a fraction
    return lookup_unit(after) is not None


def _apart(compact: Compact, i: int, j: int, raw: str) -> list[tuple[int, int]]:
    """The pieces of a run that commas followed by a space in the raw text divide."""
    s = compact.text
    parts, start = [], i
    for k in range(i, j):
        if s[k] == "," and raw[compact.raw(k) + 1 : compact.raw(k) + 2].isspace():
            parts.append((start, k))
            start = k + 1
    return [*parts, (start, j)] if parts else [(i, j)]


def _by_script(compact: Compact, i: int, j: int, text: str, *, dates: bool) -> list[NumberMention]:
    """A run that reads as no number, parted where Arabic digits and Chinese numerals
    meet (`667.123五点八`): each piece read alone."""
    s = compact.text
    cuts = [
        k
        for k in range(i + 1, j)
        if (s[k] in _ARABIC) != (s[k - 1] in _ARABIC)
        and s[k] not in "十百千万亿.,点" and s[k - 1] not in ".,点"
    ]  # fmt: skip
    if not cuts:
        return []
    bounds = [i, *cuts, j]
    return [m for a, b in pairwise(bounds) for m in _numbers(compact, a, b, text, dates=dates)]


def _mixed(mentions: list[NumberMention], text: str) -> list[NumberMention]:
    """A whole number, 又 and a fraction are one number: 三百五又三分之一, 负一又二分之一."""
    out: list[NumberMention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if (
            last is not None and last.kind is NumberKind.NUMBER and last.value is not None
            and mention.value is not None and "分之" in "".join(mention.text.split())
            and text[last.span[1] : mention.span[0]].strip() == "又"
            and last.value == last.value.to_integral_value()
        ):  # fmt: skip
            value = last.value + (-mention.value if last.value < 0 else mention.value)
            span = (last.span[0], mention.span[1])
            out[-1] = NumberMention(
                text[span[0] : span[1]], span, mention.kind, value, None, None, mention.unit,
                mention.qualifier,
            )  # fmt: skip
            continue
        out.append(mention)
    return out


def _is_date_part(run: str, after: str) -> bool:
    if after == "年":
        return len(run) == 4  # 2023年, 二〇二三年; 3年 is a duration
    return len(run) <= 3  # 10月, 7日, 十二月, 二十一日
