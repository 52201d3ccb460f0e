"""The scanner's filters: what tells a figure from a year, an ordinal, an article, a
slogan or a name (2023年, 二次利用, 一年来, 一户一策, 前三名, 珠三角)."""

from __future__ import annotations

import re
from fractions import Fraction

from ..lexicon import word_set
from ..text import CLAUSE_ENDS
from .digits import CN_DIGITS
from .reading import (
    CN_NONZERO,
    PLAN_WORDS,
    Reject,
    common_words,
)
from .state import ScannerState
from .units import Kind, Unit

__all__ = ["Filters"]


# A programme named by its numbers, as policy writes them: "N big Xs, M Ys"
# (三大工程五项行动, 四大体系十项措施). A count in Chinese numerals right after "N大"
# and a short noun is the second half of such a name, not a figure.
_PROGRAMME_BEFORE = re.compile("[一二三四五六七八九十两]+大[\u4e00-\u9fff]{1,4}$")


# The units that `check_named` has a filter of its own for.
_NAMED_CHECKS = frozenset(("年", "月", "日", "位", "折", "名"))

# How far back, and past which marks not, a word that makes a count a rate is looked for.
_RATE_REACH = 24
_RATE_WORDS = ("每", "均")  # 每万人, 每百户; 人均, 户均, 平均


class Filters(ScannerState):
    """The scanner's filters; it holds the text `s` (of length `n`), whether it reads one
    quantity (`strict`) and whether letters stand right before the figure."""

    def check_unit(
        self,
        i: int,
        unit: Unit,
        value: Fraction | None,
        *,
        chinese: bool,
        end: int,
        hedged: bool = False,
    ) -> None:
        """Filters that tell a figure from a date, an ordinal or an article; `hedged`: a
        qualifier stands before the figure (近一吨), which no article takes."""
        if self.strict:
            if unit.name == "年" and self.is_year(i):
                raise Reject(i, "is a year, not a quantity")
            if unit.name == "月":
                raise Reject(i, "is a month of the year (3月), not a count of months")
            return
        s, n = self.s, self.n
        name, kind = unit.name, unit.kind
        if name in _NAMED_CHECKS:
            self.check_named(i, name, end)
        if kind is Kind.COUNT:
            if self.after_letters:
                raise Reject(i, "is part of a name or code")
            if value is not None and value.denominator != 1 and not self.rate_before(i):
                raise Reject(i, "counts a fraction of a thing")
        elif kind is Kind.DURATION:
            if any(s.startswith(w, end) for w in PLAN_WORDS):
                raise Reject(i, "names a plan (三年行动, 五年规划)")
            if s[max(0, i - 2) : i] == "年前":
                raise Reject(i, "names the first months of a year (今年前8个月), a time")
        if not chinese:
            return  # what follows tests Chinese numerals only
        run = s[i : self.run_end(i)]
        foreign = unit.currency not in (None, "CNY")  # 一美元 is one dollar; 一元化 a word
        if (
            run == "一"
            and (value is None or value == 1)
            and name not in ("成", "折", "倍")  # 一成, 一折, 增长一倍: shares, not an article
            and not foreign
            and not hedged
        ):
            # 一吨半 and 一个半小时 (1.5) are figures: the half says so.
            raise Reject(i, "is 一 before a unit: an article or a set phrase (一年来, 一次性)")
        if name == "季度" and len(run) == 1:
            raise Reject(i, "names a quarter (一季度)")
        if kind is Kind.COUNT:
            if run == "二":
                raise Reject(i, "is 二 before a count word: an ordinal (二次利用); counts use 两")
            if end < n and s[end] == s[end - 1]:
                raise Reject(i, "is a reduplication (一个个)")
            if _PROGRAMME_BEFORE.search(s, max(0, i - 8), i):
                raise Reject(i, "is part of a programme's name (八大工程二十一项行动)")
            if name == "期":
                raise Reject(i, "is a phase (一期, 二期)")
        if end < n and s[end] in CN_NONZERO:
            raise Reject(i, "is a slogan (一户一策, 千方百计)")
        if name in ("角", "毛") and not s.startswith("钱", end):
            raise Reject(i, "is no money without 元 before it or 钱 after it (三角形, 二毛)")

    def check_named(self, i: int, name: str, end: int) -> None:
        """The filters of single units: 年 (a year), 日 (a day of a month), 位 (digits),
        折 (折合), 名 and 位 (ranks)."""
        s, n = self.s, self.n
        if name == "年" and (self.is_year(i) or (end < n and s[end] in "代级底初末")):
            raise Reject(i, "is a year, not a quantity")
        if name == "日":
            raise Reject(i, "is a day of a month (19日), not a count of days")
        if name == "月":
            raise Reject(i, "is a month of the year (3月), not a count of months")
        if name == "位" and s.startswith("数", end):
            raise Reject(i, "is a number of digits (两位数增长), not a count of people")
        if name == "折" and s[end : end + 1] in word_set("discount_word_ends"):
            raise Reject(i, "is 折合, 折旧 or 折算 (converted, depreciated), not a discount")
        ranked = name in ("名", "位") and i > 0 and s[i - 1] in "前后"
        if ranked and s[i - 2 : i] not in common_words():  # 此前300名 is a count
            raise Reject(i, "is a rank (前三名, 后两位), not a count")

    def rate_before(self, i: int) -> bool:
        """Whether the clause before `i` makes a count a rate or an average, which may be a
        fraction (每万人口拥有执业医师3.2人, 户均1.5头)."""
        window = self.s[max(0, i - _RATE_REACH) : i]
        clause = window[max(window.rfind(c) for c in CLAUSE_ENDS) + 1 :]
        return any(word in clause for word in _RATE_WORDS)

    def is_year(self, i: int) -> bool:
        s = self.s
        j = self.run_end(i)
        run = s[i:j]
        if len(run) == 4 and run.isascii() and run.isdigit() and 1000 <= int(run) <= 2999:
            return True
        return len(run) == 4 and all(c in CN_DIGITS for c in run) and "两" not in run
