"""Time phrases: what period a figure refers to, as written (2023年, 今年以来, 截至目前), and
the dates it covers, resolved against the date the page was printed."""

from __future__ import annotations

import calendar
import datetime
import enum
import re

from attrs import frozen

from ..pickling import tuple_state
from ..text import SENTENCE_ENDS

__all__ = [
    "Granularity",
    "Period",
    "find_periods",
    "period_pattern",
    "resolve_period",
    "trim_period",
    "year_of",
]

# Time phrases, longest forms first; what governs a figure is the last one before it.
_NUM = r"[0-9一二三四五六七八九十〇零两]"
_COUNT = r"(?:[0-9]{1,2}|[一两二三四五六七八九十]{1,3})"  # a number of years: 5, 三, 十五
# A year of the reports' era, 1900 to 2099 (一九八〇, 二〇二三): 距今已有3000年 is a duration.
_YEAR_NUMBER_FORM = r"(?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3}"
_YEAR = rf"(?:今年|去年|(?:{_YEAR_NUMBER_FORM})年)"
_MONTH_NUMBER = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
# A day, a month or a year's end: 5月19日, 今年5月, 2015年底.
_DATE = rf"(?:{_YEAR}?{_NUM}{{1,2}}月(?:{_NUM}{{1,2}}日)?(?:底|末)?|{_YEAR}(?:底|末)?)"
_PERIOD_FORMS = [
    # A deadline (9月底前, 2020年底前, 6月30日前, 年底前); not the first months of a year
    # (今年前8个月, 今年前三季度).
    rf"{_DATE}前(?!{_NUM})|年(?:底|末)前",
    rf"截至(?:目前|{_DATE})",
    r"自[^，。；]{2,16}以来",
    rf"(?:(?:{_YEAR_NUMBER_FORM})年|今年|去年|上半年|前三季度|年初|近年|{_NUM}{{1,2}}月)以来",
    rf"(?:近|过去)?{_COUNT}年(?:来|内|以来)",
    rf"(?:近|过去){_COUNT}年(?!{_NUM}|[级度])",  # 近五年，全县…: the last five years
    rf"未来{_COUNT}年",
    rf"(?<=经过){_COUNT}年",  # 经过4年的努力: the 4 years the figures were made in
    rf"{_YEAR}(?:底|末)",
    rf"{_YEAR}(?:上半年|下半年|全年|一季度|前三季度|前(?:[0-9]{{1,2}}|[一二三四五六七八九十]{{1,2}})个月|年初|年底|年末|一?开春|{_NUM}{{1,2}}月(?:份)?)?",
    rf"{_NUM}{{1,2}}月?[—–\-至]{_NUM}{{1,2}}月份?",
    rf"{_NUM}{{1,2}}月{_NUM}{{1,2}}日(?:上午|下午|晚)?",
    # A month, a quarter or a half of the page's year, named alone: 5月份，… 一季度，…
    rf"(?<!{_NUM}){_MONTH_NUMBER}月(?:份|底|末|初)?(?![0-9一二三四五六七八九十〇零两日号])",
    r"第?[一二三四]季度|上半年|下半年|前三季度",
    r"(?:去年|今年)?全年|每年|目前|如今|当前|现有(?!的)|新的一年|过去一年|一年来|接下来",
    r"近日|近期",  # lately: no dates are guessed for them
]
_DURING = r"[^，。；,;]{2,8}期间"
_PERIOD = re.compile("|".join([*_PERIOD_FORMS, _DURING]))
# Each form but 期间 begins with one of these characters. Led by them, the search skips every
# other position at once, where the alternatives would be tried one by one (six times faster).
_PERIOD_FIRST = "截自今去上下前年近过未全每目如当现新接第0-9一二三四五六七八九十〇零两"
_PERIOD_QUICK = re.compile(f"(?=[{_PERIOD_FIRST}])(?:{'|'.join(_PERIOD_FORMS)})")


def period_pattern(text: str) -> re.Pattern[str]:
    """`_PERIOD`, or the quicker pattern that finds the same in a text with no 期间."""
    return _PERIOD if "期间" in text else _PERIOD_QUICK


_YEAR_NUMBER = re.compile(r"(\d{4})年")


def find_periods(paragraph: str) -> list[tuple[int, str]]:
    """The time phrases of a paragraph, in order, with their offsets.

    >>> find_periods("截至目前，集美区建成19个。2023年新增5个")
    [(0, '截至目前'), (14, '2023年')]
    """
    found: list[tuple[int, str]] = []
    depth_at = _bracket_depths(paragraph) if "（" in paragraph or "(" in paragraph else None
    for m in period_pattern(paragraph).finditer(paragraph):
        if depth_at is not None and depth_at[m.start()]:
            continue  # （2016年出列）: an aside's date governs nothing after the aside
        phrase = trim_period(m.group())
        if phrase == "全年" and found and _A_YEAR.fullmatch(found[-1][1]):
            between = paragraph[found[-1][0] + len(found[-1][1]) : m.start()]
            if not any(end in between for end in SENTENCE_ENDS):
                continue  # 2019年，青海全年共完成…: the whole of the year just named
        found.append((m.start(), phrase))
    return found


_A_YEAR = re.compile(r"[0-9〇零一二三四五六七八九]{4}年|今年|去年")


def _bracket_depths(text: str) -> list[int]:
    """How deep in brackets each character of `text` stands."""
    depths, depth = [], 0
    for char in text:
        if char in "（(":
            depth += 1
        depths.append(depth)
        if char in "）)" and depth:
            depth -= 1
    return depths


def trim_period(phrase: str) -> str:
    """在临夏州防控疫情期间 → 临夏州防控疫情期间."""
    return phrase[1:] if phrase.endswith("期间") and phrase[0] in "在于从自当" else phrase


def year_of(period: str | None) -> int | None:
    if period is None:
        return None
    match = _YEAR_NUMBER.search(period)
    return int(match.group(1)) if match else None


class Granularity(enum.Enum):
    """How much time a period covers, where its dates are known."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    SPAN = "span"  # several months or years, or from a point up to the page's date


@tuple_state
@frozen
class Period:
    """The time a figure refers to: the phrase as written, and the dates it covers.

    Attributes:
        text: the phrase as written (`2023年`, `今年1—9月`, `截至目前`); what is
            shown and compared.
        start: the first day covered, or `None` where the phrase does not say
            (`截至2023年底` has an end only) or its year is unknown (`今年` on a
            page with no date).
        end: the last day covered, or `None` likewise.
        granularity: a [`Granularity`][fjreports.facts.Granularity], or `None`
            where the dates are unknown.

    Examples:
        >>> p = resolve_period("今年1—9月", datetime.date(2023, 10, 20))
        >>> p.text, p.start, p.end, p.granularity.value
        ('今年1—9月', datetime.date(2023, 1, 1), datetime.date(2023, 9, 30), 'span')
        >>> str(resolve_period("截至目前", datetime.date(2023, 10, 20)).end)
        '2023-10-20'
    """

    text: str
    start: datetime.date | None = None
    end: datetime.date | None = None
    granularity: Granularity | None = None

    def __str__(self) -> str:
        return self.text

    @property
    def year(self) -> int | None:
        """The calendar year the period lies in, where it lies in one."""
        if self.start is not None and self.end is not None and self.start.year == self.end.year:
            return self.start.year
        return year_of(self.text)

    def overlaps(self, start: datetime.date, end: datetime.date) -> bool:
        """Whether the period's known dates meet `start`…`end` (a period without dates never)."""
        if self.start is None and self.end is None:
            return False
        first = self.start or datetime.date.min
        last = self.end or datetime.date.max
        return first <= end and start <= last


_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}


def _number(text: str) -> int | None:
    """5, 12, 五, 十二, 二〇二三 as an int."""
    if text.isdigit():
        return int(text)
    if all(c in _CN_DIGITS for c in text):
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    if "十" in text:
        tens, _, units = text.partition("十")
        high = _CN_DIGITS.get(tens, 0) if tens else 1
        low = _CN_DIGITS.get(units, 0) if units else 0
        return high * 10 + low
    return None


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


_YEAR_PART = re.compile(rf"({_NUM}{{4}})年|(今年|去年|前年)")
_MONTH_RANGE = re.compile(rf"({_NUM}{{1,2}})月?[—–\-至]({_NUM}{{1,2}})月")
_DAY = re.compile(rf"({_NUM}{{1,2}})月({_NUM}{{1,2}})日")
_MONTH = re.compile(rf"({_NUM}{{1,2}})月")
_QUARTERS = {"一季度": (1, 3), "二季度": (4, 6), "三季度": (7, 9), "四季度": (10, 12)}
_FIRST_MONTHS = re.compile(r"前([一二三四五六七八九十]{1,2}|\d{1,2})个月")
_YEARS_UP_TO_NOW = re.compile(rf"{_COUNT}年(?:来|以来)")
_YEARS = re.compile(rf"{_COUNT}年")


def resolve_period(text: str, on: datetime.date | None = None) -> Period:
    """The dates `text` covers, `on` being the date the page was printed (`None`: unknown).

    Relative phrases (今年, 去年, 截至目前, 5年来) are resolved against `on`; without it
    their dates stay unknown. Vague ones (近年, 年初, 每年, 目前 without a date) have no
    dates: nothing is guessed.

    Examples:
        >>> resolve_period("2023年上半年").start, resolve_period("2023年上半年").end
        (datetime.date(2023, 1, 1), datetime.date(2023, 6, 30))
        >>> resolve_period("今年").start is None
        True
    """
    try:
        return _resolve(text, on)
    except (ValueError, OverflowError):  # 2月30日, a year past the calendar
        return Period(text)


_DEADLINE = re.compile(r"(.*[月日底末])前")


def _resolve(text: str, on: datetime.date | None) -> Period:
    year = _year(text, on)
    now = on
    deadline = _DEADLINE.fullmatch(text)
    if deadline:
        # A deadline (9月底前, 2020年底前): the time up to its end, its start unknown.
        until = deadline.group(1)
        by = _resolve("今" + until if until.startswith("年") else until, on).end
        return Period(text, None, by, Granularity.SPAN) if by else Period(text)
    if text.startswith("截至"):
        rest = text[2:]
        if rest == "目前":
            return Period(text, None, now, Granularity.SPAN) if now else Period(text)
        end = _resolve(rest, on)
        return Period(text, None, end.end, Granularity.SPAN) if end.end else Period(text)
    if text.endswith("以来") and not _YEARS_UP_TO_NOW.fullmatch(
        text.removeprefix("近").removeprefix("过去")
    ):
        since = _resolve(text[:-2], on)
        if since.start is not None and now is not None:
            return Period(text, since.start, now, Granularity.SPAN)
        return Period(text)
    recent = text.startswith(("近", "过去")) and _YEARS.fullmatch(text.lstrip("近过去"))
    if recent or _YEARS_UP_TO_NOW.fullmatch(text.removeprefix("近").removeprefix("过去")):
        return Period(text, None, now, Granularity.SPAN) if now else Period(text)  # 5年来, 近五年
    if text in ("目前", "如今", "当前", "现有"):
        return Period(text, now, now, Granularity.DAY) if now else Period(text)
    if year is None:
        return Period(text)
    day = _DAY.search(text)
    if day:
        month_number, day_number = _number(day.group(1)), _number(day.group(2))
        if month_number and day_number:
            when = datetime.date(year, month_number, day_number)
            return Period(text, when, when, Granularity.DAY)
    months = _MONTH_RANGE.search(text)
    if months:
        first, last = _number(months.group(1)), _number(months.group(2))
        if first and last and first <= last:
            return Period(
                text, datetime.date(year, first, 1), _month_end(year, last), Granularity.SPAN
            )
    for word, (first, last) in _QUARTERS.items():
        if word in text and "前" not in text:
            return Period(
                text, datetime.date(year, first, 1), _month_end(year, last), Granularity.QUARTER
            )
    if "前三季度" in text:
        return Period(text, datetime.date(year, 1, 1), _month_end(year, 9), Granularity.SPAN)
    first_months = _FIRST_MONTHS.search(text)
    if first_months:
        count = _number(first_months.group(1))
        if count and 1 <= count <= 12:
            return Period(
                text, datetime.date(year, 1, 1), _month_end(year, count), Granularity.SPAN
            )
    if "上半年" in text:
        return Period(text, datetime.date(year, 1, 1), _month_end(year, 6), Granularity.HALF)
    if "下半年" in text:
        return Period(text, datetime.date(year, 7, 1), _month_end(year, 12), Granularity.HALF)
    if text.endswith(("年底", "年末", "底", "末")) and "月" not in text:
        return Period(text, datetime.date(year, 12, 1), _month_end(year, 12), Granularity.MONTH)
    in_month = _MONTH.search(text)
    if in_month:
        number = _number(in_month.group(1))
        if number:
            return Period(
                text, datetime.date(year, number, 1), _month_end(year, number), Granularity.MONTH
            )
    if _YEAR_PART.fullmatch(text) or text.endswith("全年"):
        return Period(text, datetime.date(year, 1, 1), _month_end(year, 12), Granularity.YEAR)
    return Period(text)


def _year(text: str, on: datetime.date | None) -> int | None:
    """The year a phrase is in: written (2023年), relative to `on` (今年, 去年), or `on`'s
    own for a phrase of months or days (1—9月, 6月15日, 全年)."""
    written = _YEAR_PART.search(text)
    if written and written.group(1):
        return _number(written.group(1))
    if on is None:
        return None
    if written:
        return on.year - {"今年": 0, "去年": 1, "前年": 2}[written.group(2)]
    if (
        _MONTH.search(text)
        or _FIRST_MONTHS.search(text)
        or text in ("全年", "上半年", "下半年", "前三季度")
        or "季度" in text
    ):
        return on.year
    return None
