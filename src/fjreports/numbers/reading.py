"""What the quantity scanner knows: qualifier words, unit tables and numeral reading.

Built once at import from the unit registry and `fjreports.lexicon`.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import cache, lru_cache
from typing import NamedTuple

from attrs import evolve

from ..lexicon import fields, word_set, words
from ..text import normalize
from .digits import CN_DIGITS, LATIN_MAGNITUDES, NUMERAL_CHARS
from .numerals import parse_fraction
from .qualifier import Qualifier, infix_qualifiers, prefix_qualifiers, suffix_qualifiers
from .units import (
    Kind,
    Unit,
    UnitExpression,
    currency_symbols,
    known_units,
    lookup_unit,
    on_define,
)

PREFIX_QUALIFIERS = prefix_qualifiers()
SUFFIX_QUALIFIERS = suffix_qualifiers()
INFIX_QUALIFIERS = infix_qualifiers()
QUALIFIER_GAP = frozenset(words("qualifier_gap"))
VAGUE_PREFIXES = words("vague_prefixes")
NOT_QUALIFYING = {word: chars for word, (chars,) in fields("qualifier_blockers").items()}
# Set phrases and place names that read like a numeral and a unit.
IDIOMS = words("numeral_idioms") + words("numeral_place_names")
PLAN_WORDS = words("plan_words")
RANK_WORDS = words("rank_words")
RANK_ENDS = frozenset(word[-1] for word in RANK_WORDS)


@cache
def common_words() -> frozenset[str]:
    """Frequent two-character words (`lexicon/common_words.txt`), read on first use."""
    return word_set("common_words")


RANGE_SEPARATORS = frozenset("-—~至到")
CN_NONZERO = {c: d for c, d in CN_DIGITS.items() if d}
AFTER_NUMBER_STOPS = frozenset("+·:.#")
HALF_BLOCKERS = frozenset(words("half_blockers"))  # 上半年 is a period, 半年 a duration
# Words around a bare magnitude and its unit that make it no figure (每万元, 万元户).
_BARE_STOPS = fields("bare_magnitude_stops")
BARE_BEFORE = tuple(w for w, (where,) in _BARE_STOPS.items() if where == "before")
BARE_AFTER = tuple(w for w, (where,) in _BARE_STOPS.items() if where == "after")
# 县十六届人大, 四次全会: after these words a count of sessions is the session's number.
SESSION_ORDINALS = {
    unit: tuple(w for w, (units,) in fields("session_ordinals").items() if unit in units)
    for unit in "届次"
}
# What a hyphen after which a number is no minus sign follows: a letter or digit (G15-3,
# 10-20), a closing sign (5%-8%, （一）-2) or a date (2023年-2024年, 1月-3月).
NOT_BEFORE_MINUS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.%)]）】/_年月日号"
)


NUMERAL_CLASS = "".join(sorted(NUMERAL_CHARS))
CN_CLASS = "".join(sorted(CN_DIGITS))
START = re.compile(f"[{NUMERAL_CLASS}]")
# One character a step, each with fixed-width look-arounds: linear, no backtracking.
RUN = re.compile(
    f"(?:[{NUMERAL_CLASS}]|(?<=[0-9])\\.(?=[0-9])|(?<=[0-9]),(?=[0-9]{{3}}(?![0-9]))"
    f"|(?<=[{CN_CLASS}十百千])点(?=[{CN_CLASS}]))++"  # 三点五, 二十点零八亿
)
# A numeral run starting with a numeral character: `START` then `RUN` in one search.
CANDIDATE = re.compile(START.pattern + "(?:" + RUN.pattern + ")?+")
HAS_DIGIT = re.compile("[0-9]")
# Two Chinese digits side by side (not 零), where an approximation (两三个) may stand.
DIGIT_PAIR = re.compile("[" + "".join(sorted(CN_NONZERO)) + "]{2}")
# A digit, Arabic or Chinese (not 零): what a bare magnitude word (百万, 上千) lacks.
DIGIT = re.compile("[0-9" + "".join(sorted(CN_NONZERO)) + "]")
ARABIC = re.compile(r"([0-9]+)(?:\.([0-9]+))?(万亿|万|亿)?")
# Each character of a set phrase: where it stands in phrases of each length, and the
# phrases of that length with it there (one slice and one set lookup a place).
_PLACES: dict[str, dict[tuple[int, int], set[str]]] = {}
for _idiom in IDIOMS:
    for _offset, _char in enumerate(_idiom):
        _PLACES.setdefault(_char, {}).setdefault((_offset, len(_idiom)), set()).add(_idiom)
IDIOM_PLACES: dict[str, tuple[tuple[int, int, frozenset[str]], ...]] = {
    char: tuple((at, size, frozenset(idioms)) for (at, size), idioms in places.items())
    for char, places in _PLACES.items()
}
SUFFIX_BY_FIRST: dict[str, list[tuple[str, Qualifier]]] = {}
for _word, _meaning in SUFFIX_QUALIFIERS.items():
    SUFFIX_BY_FIRST.setdefault(_word[0], []).append((_word, _meaning))
PREFIX_BY_LAST: dict[str, list[str]] = {}
for _word in sorted(PREFIX_QUALIFIERS, key=len, reverse=True):
    PREFIX_BY_LAST.setdefault(_word[-1], []).append(_word)


def _unit_table() -> dict[str, list[tuple[str, Unit, bool]]]:
    by_first: dict[str, list[tuple[str, Unit, bool]]] = {}
    for unit in known_units():
        for written in (unit.name, *unit.aliases):
            latin = any(c.isascii() and c.isalpha() for c in written)
            # Quantity.unit is the unit as written (千米 stays 千米), less the
            # classifier 个 before 百分点 and 小时; 个月 keeps it.
            shown = written[1:] if written[0] == "个" and written not in ("个", "个月") else written
            as_written = unit if shown == unit.name else evolve(unit, name=shown)
            by_first.setdefault(written[0], []).append((written, as_written, latin))
            if latin and len(written) > 1 and written.upper() != written:
                # 168CM: a symbol of two letters or more, in capitals as well.
                upper = evolve(unit, name=written.upper())
                by_first.setdefault(written[0].upper(), []).append((written.upper(), upper, latin))
    for entries in by_first.values():
        entries.sort(key=lambda entry: len(entry[0]), reverse=True)
    return by_first


def _unit_index(
    by_first: dict[str, list[tuple[str, Unit, bool]]],
) -> tuple[dict[str, tuple[Unit, bool]], dict[str, tuple[int, ...]]]:
    """Each written unit with its unit and whether it holds Latin letters, and the lengths of
    the written units by their first character, longest first: the scanner tries each
    length once instead of each unit."""
    forms: dict[str, tuple[Unit, bool]] = {}
    lengths: dict[str, tuple[int, ...]] = {}
    for first, entries in by_first.items():
        for written, unit, latin in entries:
            forms.setdefault(written, (unit, latin))
        lengths[first] = tuple(sorted({len(written) for written, _, _ in entries}, reverse=True))
    return forms, lengths


# The scanner's unit tables, made from the registry when the first text is scanned
# (`unit_tables`): a program that only looks up regions never reads the registry.
UNITS_BY_FIRST: dict[str, list[tuple[str, Unit, bool]]] = {}
UNIT_FORMS: dict[str, tuple[Unit, bool]] = {}
UNIT_LENGTHS: dict[str, tuple[int, ...]] = {}
# What may stand right after a numeral that is part of a quantity.
_ALWAYS_FOLLOW = frozenset(INFIX_QUALIFIERS) | RANGE_SEPARATORS | {"分", "半", ""}
_ALWAYS_FOLLOW |= frozenset(LATIN_MAGNITUDES)  # 3w元
CAN_FOLLOW: set[str] = set()


def _currency_table() -> dict[str, list[tuple[str, Unit]]]:
    """What may name a currency right before an amount (US$5亿, 新台币177.1亿元), by its
    last character, longest first."""
    by_last: dict[str, list[tuple[str, Unit]]] = {}
    written: dict[str, Unit] = {}
    forms = list(currency_symbols().items())
    for unit in known_units():
        if unit.currency is not None and unit.factor == 1:
            forms += [(form, unit) for form in (unit.name, *unit.aliases)]
    for form, unit in forms:
        # As the scanner sees it (full-width ￥ kept) and as a parsed text does (¥).
        written[form] = written[normalize(form)] = unit
    for form, unit in written.items():
        by_last.setdefault(form[-1], []).append((form, unit))
    for entries in by_last.values():
        entries.sort(key=lambda entry: len(entry[0]), reverse=True)
    return by_last


class CurrencyTables(NamedTuple):
    """What the scanner looks for before an amount, made on first use."""

    #: The names and symbols of currencies, by their last character, longest first.
    before: dict[str, list[tuple[str, Unit]]]
    #: The last two characters of every name, and every symbol of one character: what must
    #: stand before an amount for a currency to be looked for there (资金 and 占比 pass by).
    ends: frozenset[str]
    #: The last characters of the symbols ($, ¥, €): an amount after one needs no unit.
    symbol_ends: frozenset[str]
    #: The first characters of every name and symbol.
    starts: frozenset[str]


@cache
def currency_tables() -> CurrencyTables:
    before = _currency_table()
    forms = [form for entries in before.values() for form, _ in entries]
    return CurrencyTables(
        before,
        frozenset(form[-2:] for form in forms),
        frozenset(symbol[-1] for symbol in currency_symbols()),
        frozenset(form[0] for form in forms),
    )


@cache
def lead_marks() -> frozenset[str]:
    """Every character that, right before a numeral, may start something the scanner reads
    back from there: a sign (负, 零下, -), a currency (US$, 人民币), a temperature scale
    (摄氏), a qualifier (约, 近), a rank (前三名), a name or code (G15, 1+6); before any
    other character a figure starts at its numeral."""
    marks = set("负下-氏+·#/.") | set(currency_tables().before) | set(PREFIX_BY_LAST)
    marks |= QUALIFIER_GAP | RANK_ENDS | {word[-1] for word in VAGUE_PREFIXES}
    marks |= {chr(c) for c in range(128) if chr(c).isalpha()}
    return frozenset(marks)


@cache
def temperature_scales() -> dict[str, Unit]:
    """The scales a temperature may name before its number (摄氏20度, 华氏98.6度), by
    that word: each unit of temperature whose name is the word and 度 (摄氏度, 华氏度)."""
    return {
        unit.name[:-1]: unit
        for unit in known_units()
        if unit.kind is Kind.TEMPERATURE and unit.name.endswith("度") and len(unit.name) > 2
    }


def _units_defined() -> None:
    """A unit was defined: the tables are rebuilt in place, where the scanner holds them."""
    UNITS_BY_FIRST.clear()
    UNITS_BY_FIRST.update(_unit_table())
    forms, lengths = _unit_index(UNITS_BY_FIRST)
    UNIT_FORMS.clear()
    UNIT_FORMS.update(forms)
    UNIT_LENGTHS.clear()
    UNIT_LENGTHS.update(lengths)
    currency_tables.cache_clear()
    lead_marks.cache_clear()
    temperature_scales.cache_clear()
    CAN_FOLLOW.clear()
    CAN_FOLLOW.update(set(UNITS_BY_FIRST) | _ALWAYS_FOLLOW)
    _PLAIN.clear()


on_define(_units_defined)


def unit_tables() -> None:
    """Make the scanner's unit tables, the first time a text is scanned."""
    if not UNITS_BY_FIRST:
        _units_defined()


def read_numeral(run: str) -> Fraction:
    """A numeral run of the compact text; short runs (nearly all) are remembered."""
    return _read_short_numeral(run) if len(run) <= 24 else _read_numeral_once(run)


@lru_cache(maxsize=8192)
def _read_short_numeral(run: str) -> Fraction:
    return _read_numeral_once(run)


def _read_numeral_once(run: str) -> Fraction:
    """Plain Arabic figures skip the full reader."""
    arabic = ARABIC.fullmatch(run)
    if arabic is None:
        return parse_fraction(run)
    whole, fraction, magnitude = arabic.groups()
    scale = MAGNITUDE_OF[magnitude] if magnitude else 1
    if fraction:
        return Fraction(int(whole + fraction) * scale, 10 ** len(fraction))
    return Fraction(int(whole) * scale)


MAGNITUDE_OF = {"万": 10**4, "亿": 10**8, "万亿": 10**12}


# Shared constants: a Fraction costs a constructor call, and these are made for every figure.
ZERO, HALF, ONE = Fraction(0), Fraction(1, 2), Fraction(1)


class Found(NamedTuple):
    start: int
    end: int
    value: Fraction | None
    low: Fraction | None
    high: Fraction | None
    unit: UnitExpression | None
    qualifier: Qualifier | None


class Reject(Exception):
    """Not a quantity here; `position` is the index in the compact text where reading stopped."""

    def __init__(self, position: int, reason: str) -> None:
        super().__init__(reason)
        self.position = position
        self.reason = reason


def is_ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


_PLAIN: dict[str, UnitExpression] = {}


def plain_unit(unit: Unit) -> UnitExpression:
    """`UnitExpression(1, unit)`, made once a unit: every figure needs one."""
    found = _PLAIN.get(unit.name)
    if found is None or found.numerator is not unit:
        found = _PLAIN[unit.name] = UnitExpression(ONE, unit)
    return found


def unit_named(name: str) -> Unit:
    unit = lookup_unit(name)
    assert unit is not None, name
    return unit
