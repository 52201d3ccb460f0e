"""Time phrases: what period a figure refers to, as written (2023年, 今年以来, 截至目前)."""

from __future__ import annotations

import re

__all__ = ["find_periods", "period_pattern", "trim_period", "year_of"]

# Time phrases, longest forms first; what governs a figure is the last one before it.
_NUM = r"[0-9一二三四五六七八九十〇零两]"
_PERIOD_FORMS = [
    rf"截至(?:目前|今年|去年|{_NUM}{{2,4}}年(?:{_NUM}{{1,2}}月)?(?:底|末)?|{_NUM}{{1,2}}月(?:底|末)?)",
    r"自[^，。；]{2,16}以来",
    rf"(?:{_NUM}{{4}}年|今年|去年|上半年|前三季度|年初|近年|{_NUM}{{1,2}}月)以来",
    r"(?:近|过去)?[一两二三四五六七八九十]年(?:来|内|以来)",
    rf"(?:今年|去年|{_NUM}{{4}}年)(?:上半年|下半年|全年|一季度|前三季度|前[一二三四五六七八九十]个月|年初|年底|年末|一?开春|{_NUM}{{1,2}}月(?:份)?)?",
    rf"{_NUM}{{1,2}}[—–\-至]{_NUM}{{1,2}}月份?",
    rf"{_NUM}{{1,2}}月{_NUM}{{1,2}}日(?:上午|下午|晚)?",
    r"(?:去年|今年)?全年|每年|目前|如今|当前|新的一年|过去一年|一年来|接下来",
]
_DURING = r"[^，。；,;]{2,8}期间"
_PERIOD = re.compile("|".join([*_PERIOD_FORMS, _DURING]))
# Each form but 期间 begins with one of these characters. Led by them, the search skips every
# other position at once, where the alternatives would be tried one by one (six times faster).
_PERIOD_FIRST = "截自今去上前年近过全每目如当新接0-9一二三四五六七八九十〇零两"
_PERIOD_QUICK = re.compile(f"(?=[{_PERIOD_FIRST}])(?:{'|'.join(_PERIOD_FORMS)})")


def period_pattern(text: str) -> re.Pattern[str]:
    """`_PERIOD`, or the quicker pattern that finds the same in a text with no 期间."""
    return _PERIOD if "期间" in text else _PERIOD_QUICK


_YEAR = re.compile(r"(\d{4})年")
_YEAR = re.compile(r"(\d{4})年")


def find_periods(paragraph: str) -> list[tuple[int, str]]:
    """The time phrases of a paragraph, in order, with their offsets.

    >>> find_periods("截至目前，集美区建成19个。2023年新增5个")
    [(0, '截至目前'), (14, '2023年')]
    """
    return [
        (m.start(), trim_period(m.group())) for m in period_pattern(paragraph).finditer(paragraph)
    ]


def trim_period(phrase: str) -> str:
    """在临夏州防控疫情期间 → 临夏州防控疫情期间."""
    return phrase[1:] if phrase.endswith("期间") and phrase[0] in "在于从自当" else phrase


def year_of(period: str | None) -> int | None:
    if period is None:
        return None
    match = _YEAR.search(period)
    return int(match.group(1)) if match else None
