"""What stands before the numeral of a quantity read alone (`parse_quantity`): a qualifier
(约, 近), 从 before a range, a currency (US$, 人民币), a temperature scale (华氏), a vague
word (数十万) and a sign."""

from __future__ import annotations

from .digits import NUMERAL_CHARS
from .qualifier import Qualifier
from .reading import PREFIX_QUALIFIERS, QUALIFIER_GAP, VAGUE_PREFIXES, temperature_scales
from .state import ScannerState

__all__ = ["LeadIn"]

# The prefix qualifiers by first character, longest first.
_PREFIX_WORDS: dict[str, list[str]] = {}
for _word in sorted(PREFIX_QUALIFIERS, key=len, reverse=True):
    _PREFIX_WORDS.setdefault(_word[0], []).append(_word)


class LeadIn(ScannerState):
    """The scanner's reading of what leads into one quantity; it holds the text `s` (of
    length `n`) and records the currency and scale it finds."""

    def lead_in(self) -> tuple[int, Qualifier | None, bool, int]:
        """What stands before the numeral of one quantity: a qualifier (约, 近), 从 before a
        range, a currency (US$, 人民币), a vague word (数十万) and a sign; where the numeral
        starts, the qualifier, whether the word is vague, and the sign."""
        s = self.s
        i = 0
        qualifier: Qualifier | None = None
        for word in _PREFIX_WORDS.get(s[:1], ()):
            if s.startswith(word, 0):
                qualifier = PREFIX_QUALIFIERS[word]
                i = len(word)
                if i < self.n and s[i] in QUALIFIER_GAP and s[i + 1 : i + 2] not in ("", "万"):
                    i += 1
                break
        if qualifier is None and s.startswith("从", 0) and s[1:2] and s[1] in NUMERAL_CHARS:
            i = 1  # 从8500到3万港元: a range from one end to the other
        found = self.currency_at(i)  # US$5亿, 人民币数十亿元
        if found is not None:
            self.currency, i = found
        scale = temperature_scales().get(s[i : i + 2])
        if scale is not None and s[i + 2 : i + 3] != "度":
            self.scale, i = (scale, i), i + 2  # 华氏98.6度
        vague = False
        if qualifier is None:
            for word in VAGUE_PREFIXES:
                after = i + len(word)
                if s.startswith(word, i) and s[after : after + 1] in ("十", "百", "千", "万", "亿"):
                    qualifier, i, vague = Qualifier.MORE_THAN, after, True
                    break
        sign = 1
        if i < self.n and s[i] in "负-+正":
            sign = -1 if s[i] in "负-" else 1
            i += 1
        elif s.startswith("零下", i):
            sign, i = -1, i + 2
        return i, qualifier, vague, sign
