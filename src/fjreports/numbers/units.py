"""Units of measurement, their dimensions, and exact conversion.

The registry is data (`data/units.tsv` and, for currencies by their ISO 4217
codes, `data/currencies.tsv`, each with its source at the top), loaded once on
first use; `define` and `load_units` add units of your own. Each unit has a
dimension and an exact factor to that dimension's base, a `fractions.Fraction`
where a decimal cannot hold it (1 亩 = 2000/3 平方米). Conversion is exact:
`convert` returns a `Decimal` only when the exact result has a finite decimal
form, and otherwise raises unless told how many places to round to.

Unit expressions may carry a magnitude word on the numerator (`万元`,
`亿元`, `万吨/年`, `万元/亩`) and a denominator (`元/亩`, `吨/年`).
"""

from __future__ import annotations

import decimal
import enum
import os
from collections.abc import Callable, Iterator
from decimal import Decimal
from fractions import Fraction
from functools import cache
from pathlib import Path

from attrs import evolve, field, frozen

from ..errors import InexactConversionError, UnitError
from ..packaged import packaged
from ..text import normalize
from .numerals import MAX_EXPONENT, checked_figure, checked_fraction, fraction_to_decimal

__all__ = [
    "Kind",
    "Unit",
    "UnitExpression",
    "convert",
    "convert_exact",
    "currency_symbols",
    "define",
    "get_unit",
    "known_units",
    "load_units",
    "on_define",
    "resolve_unit",
    "scaled_unit",
    "standard_unit",
]


class Kind(enum.Enum):
    """What sort of thing a quantity measures; `.value` is the lower-case name."""

    MONEY = "money"
    AREA = "area"
    LENGTH = "length"
    MASS = "mass"
    VOLUME = "volume"
    COUNT = "count"
    PERCENT = "percent"
    PERCENT_POINT = "percent_point"
    DURATION = "duration"
    TEMPERATURE = "temperature"
    OTHER = "other"


@frozen
class Unit:
    """One unit of the registry.

    Attributes:
        name: the standard written form, e.g. `平方米`, `个月`, `百分点`.
        dimension: units convert only within one dimension (`area`,
            `money:CNY`, `duration:calendar`); every count word is a dimension
            of its own (`count:家`).
        factor: the exact size of one unit in the dimension's base.
        kind: the [`Kind`][fjreports.numbers.Kind] of quantities in this unit.
        english: the English name used by formatting.
        aliases: other written forms (`千米` for `公里`, `个百分点` for `百分点`).
        offset: added after the factor, for scales whose zeros differ
            (temperatures: 1 华氏度 is 5/9 × 1 − 160/9 摄氏度); 0 for every other unit.
        currency: the ISO 4217 code of a unit of money (`CNY`, `USD`), else `None`.
    """

    name: str
    dimension: str
    factor: Fraction
    kind: Kind
    english: str
    aliases: tuple[str, ...] = ()
    offset: Fraction = Fraction(0)
    currency: str | None = field(init=False, eq=False, repr=False)

    @currency.default
    def _currency(self) -> str | None:
        kind, _, code = self.dimension.partition(":")
        return code if kind == "money" else None


@frozen
class UnitExpression:
    """A written unit resolved: magnitude × numerator / denominator.

    Examples:
        >>> expr = resolve_unit("万元/亩")
        >>> expr.magnitude, expr.numerator.name, expr.denominator.name
        (Fraction(10000, 1), '元', '亩')
        >>> expr.name
        '元/亩'
    """

    magnitude: Fraction
    numerator: Unit
    denominator: Unit | None = None

    @property
    def name(self) -> str:
        """The unit without its magnitude word, as `Quantity.unit` holds it."""
        if self.denominator is None:
            return self.numerator.name
        return f"{self.numerator.name}/{self.denominator.name}"

    @property
    def dimension(self) -> str:
        if self.denominator is None:
            return self.numerator.dimension
        return f"{self.numerator.dimension}/{self.denominator.dimension}"

    @property
    def factor(self) -> Fraction:
        """Size of one of this unit in the base of its dimension."""
        factor = self.magnitude * self.numerator.factor
        if self.denominator is not None:
            factor /= self.denominator.factor
        return factor

    @property
    def kind(self) -> Kind:
        return self.numerator.kind

    @property
    def offset(self) -> Fraction:
        """The unit's offset (temperatures, whose scales take no magnitude word and no
        denominator)."""
        return self.numerator.offset

    def to_base(self, value: Fraction) -> Fraction:
        """`value` of this unit in the base of its dimension, exactly."""
        return value * self.factor + self.offset

    def from_base(self, value: Fraction) -> Fraction:
        """An amount in the base of the dimension, in this unit, exactly."""
        return (value - self.offset) / self.factor


_MAGNITUDES: dict[str, int] = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}


@cache
def _registry() -> dict[str, Unit]:
    table: dict[str, Unit] = {}
    for unit in _read_units("data/units.tsv"):
        _enter(table, unit)
    for unit, _symbols in _read_currencies():
        _enter(table, unit)
    return table


@cache
def currency_symbols() -> dict[str, Unit]:
    """The currency symbols written before an amount (`$`, `US$`, `HK$`, `€`, `¥`), each
    with its currency; a bare `$` is the US dollar and a bare `¥` the renminbi."""
    return {symbol: unit for unit, symbols in _read_currencies() for symbol in symbols}


def _enter(table: dict[str, Unit], unit: Unit) -> None:
    for key in (unit.name, *unit.aliases):
        table[normalize(key)] = unit
        if len(key) > 1 and key.isascii() and key.isalpha():
            table.setdefault(key.upper(), unit)  # CM, KM, KG: symbols in capitals


def _data_lines(path: str, fields: int) -> Iterator[tuple[int, list[str]]]:
    text = packaged(path).read_text(encoding="utf-8")
    return _rows(text, path, fields)


def _rows(text: str, path: str, fields: int) -> Iterator[tuple[int, list[str]]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != fields:
            raise UnitError(f"{path} line {number}: expected {fields} fields: {line!r}", line)
        yield number, parts


def _forms(field: str) -> tuple[str, ...]:
    return () if field == "-" else tuple(field.split(","))


def _read_units(path: str) -> Iterator[Unit]:
    for _, fields in _data_lines(path, 6):
        yield _row_unit(fields)


def _row_unit(fields: list[str]) -> Unit:
    """The unit of one row of a units file: name, aliases, dimension, factor (with an
    offset after `;`: 5/9;-160/9), kind, English. A bad number or kind is a ValueError."""
    name, aliases, dimension, factor, kind, english = fields
    size, _, offset = factor.partition(";")
    unit = _unit(name, dimension, Fraction(size), Kind(kind), english, _forms(aliases))
    return evolve(unit, offset=Fraction(offset)) if offset else unit


def _unit(
    name: str, dimension: str, factor: Fraction, kind: Kind, english: str, aliases: tuple[str, ...]
) -> Unit:
    if dimension == "count":
        dimension = f"count:{name}"  # count words do not convert into each other
    return Unit(name, dimension, factor, kind, english, aliases)


@cache
def _read_currencies() -> tuple[tuple[Unit, tuple[str, ...]], ...]:
    """Each currency of the data file with its symbols; its ISO code is one of its written
    forms (300USD, USD 300, RMB300 by the alias RMB)."""
    return tuple(
        (
            Unit(name, f"money:{code}", Fraction(1), Kind.MONEY, english, (*_forms(aliases), code)),
            _forms(symbols),
        )
        for _, (code, name, aliases, symbols, english) in _data_lines("data/currencies.tsv", 5)
    )


def define(
    name: str,
    dimension: str,
    factor: Decimal | int | str | Fraction = 1,
    *,
    kind: Kind | str = Kind.OTHER,
    english: str | None = None,
    aliases: tuple[str, ...] | list[str] = (),
) -> Unit:
    """Add a unit to the registry, for parsing, finding in text and converting.

    Args:
        name: the unit's standard written form (`千瓦时`, `羽`, `标准箱`).
        dimension: units convert only within a dimension: an existing one (`mass`,
            `area`, `money:CNY`) with `factor` the size of one unit in its base, a new
            one of your own, or `count` for a count word of its own (`羽`).
        factor: the exact size of one unit in the dimension's base.
        kind: the [`Kind`][fjreports.numbers.Kind] of quantities in it.
        english: the English name formatting uses (the name itself if not given).
        aliases: other written forms.

    Raises:
        UnitError: a written form already names another unit, or the factor is not a
            positive exact number.

    Examples:
        >>> unit = define("担", "mass", 50, kind="mass", english="dan")
        >>> convert(2, "担", "公斤")
        Decimal('100')
    """
    unit = _unit(name, dimension, _as_fraction(factor), Kind(kind), english or name, tuple(aliases))
    return _register(unit)


def _register(unit: Unit) -> Unit:
    """Enter a unit of the user's into the registry and the tables built from it."""
    if unit.factor <= 0:
        raise UnitError(
            f"define {unit.name!r}: the factor must be positive, not {unit.factor}", unit.name
        )
    table = _registry()
    for key in (unit.name, *unit.aliases):
        taken = table.get(normalize(key))
        if taken is not None and taken != unit:
            raise UnitError(f"{key!r} already names the unit {taken.name!r}", key)
    _enter(table, unit)
    for listener in _LISTENERS:
        listener()
    standard_unit.cache_clear()
    return unit


def load_units(path: str | os.PathLike[str]) -> tuple[Unit, ...]:
    """Add the units of a data file of your own, in the format of `data/units.tsv` (one
    unit a line: name, aliases or `-`, dimension, factor, kind, English, tab-separated;
    lines starting with `#` are comments).

    Raises:
        UnitError: a line has not six fields, or names a unit already known.
    """
    added = []
    for number, fields in _rows(Path(path).read_text(encoding="utf-8"), str(path), 6):
        try:
            added.append(_register(_row_unit(fields)))
        except ValueError as err:  # a bad number or kind, or a name already taken
            raise UnitError(f"{path} line {number}: {err}", fields[0]) from err
    return tuple(added)


# Called when a unit is defined: tables built from the registry are rebuilt.
_LISTENERS: list[Callable[[], None]] = []


def on_define(listener: Callable[[], None]) -> None:
    """Call `listener` whenever `define` adds a unit (the scanner's tables)."""
    _LISTENERS.append(listener)


def known_units() -> tuple[Unit, ...]:
    """Every unit of the registry, in the order of its data file.

    Examples:
        >>> any(u.name == "亩" for u in known_units())
        True
    """
    seen: dict[str, Unit] = {}
    for unit in _registry().values():
        seen.setdefault(unit.name, unit)
    return tuple(seen.values())


def lookup_unit(text: str) -> Unit | None:
    """The unit written exactly as `text` (already normalised), or `None`."""
    return _registry().get(text)


def get_unit(name: str) -> Unit:
    """The unit called `name` (standard form, alias or traditional character).

    Raises:
        UnitError: no unit has that name.

    Examples:
        >>> get_unit("畝").name
        '亩'
        >>> get_unit("个百分点").name
        '百分点'
    """
    unit = lookup_unit(normalize(str(name)).strip())
    if unit is None:
        raise UnitError(f"unknown unit {name!r}", str(name))
    return unit


def resolve_unit(text: str) -> UnitExpression:
    """Resolve a written unit, with magnitude word and denominator, to a `UnitExpression`.

    Raises:
        UnitError: the text is not a known unit expression.

    Examples:
        >>> resolve_unit("亿元").factor
        Fraction(100000000, 1)
        >>> resolve_unit("吨/年").name
        '吨/年'
    """
    if not isinstance(text, str):
        raise TypeError(f"a unit must be a str, not {type(text).__name__}")
    written = normalize(text).strip()
    numerator, slash, denominator = written.partition("/")
    magnitude, unit = _split_magnitude(numerator)
    if unit is None:
        raise UnitError(f"unknown unit {text!r}", text)
    if unit.kind is Kind.TEMPERATURE and (slash or magnitude != 1):
        raise UnitError(f"{unit.name!r} is a scale with its own zero: {text!r} means nothing", text)
    if not slash:
        return UnitExpression(magnitude, unit)
    below = lookup_unit(denominator)
    if below is None:
        size, named = _split_magnitude(denominator)
        if named is None:
            raise UnitError(f"unknown unit {denominator!r} under the bar of {text!r}", text)
        word = denominator[: len(denominator) - len(denominator.lstrip("".join(_MAGNITUDES)))]
        below = scaled_unit(named, size, word)  # 吨/万元: per ten thousand yuan
    return UnitExpression(magnitude, unit, below)


def scaled_unit(unit: Unit, magnitude: Fraction, word: str) -> Unit:
    """`unit` counted in `magnitude`s, as a denominator names it: 万元 in 吨标准煤/万元
    (energy per ten thousand yuan of output), a unit of 10000 元.

    Examples:
        >>> scaled_unit(get_unit("元"), Fraction(10000), "万").factor
        Fraction(10000, 1)
    """
    if magnitude == 1:
        return unit
    return Unit(
        word + unit.name,
        unit.dimension,
        unit.factor * magnitude,
        unit.kind,
        f"{int(magnitude):,} {unit.english}" if magnitude.denominator == 1 else unit.english,
    )


def _split_magnitude(text: str) -> tuple[Fraction, Unit | None]:
    exact = lookup_unit(text)
    if exact is not None:
        return Fraction(1), exact  # 千克 and 百分点 are units, not magnitudes
    magnitude = Fraction(1)
    for index, char in enumerate(text):
        size = _MAGNITUDES.get(char)
        if size is None:
            return magnitude, lookup_unit(text[index:]) if index else None
        magnitude *= size
    return magnitude, None


def convert_exact(value: Decimal | int | str | Fraction, from_unit: str, to_unit: str) -> Fraction:
    """Convert `value` exactly, returning a `Fraction`.

    Raises:
        UnitError: either unit is unknown, or they measure different dimensions.

    Examples:
        >>> convert_exact(1, "亩", "平方米")
        Fraction(2000, 3)
    """
    source, target = resolve_unit(from_unit), resolve_unit(to_unit)
    if source.dimension != target.dimension:
        raise UnitError(
            f"cannot convert {from_unit!r} ({source.dimension}) to {to_unit!r} "
            f"({target.dimension}): different dimensions",
            from_unit,
            to_unit,
        )
    return target.from_base(source.to_base(_as_fraction(value)))


def convert(
    value: Decimal | int | str | Fraction,
    from_unit: str,
    to_unit: str,
    *,
    places: int | None = None,
) -> Decimal:
    """Convert `value` from one unit to another, exactly.

    Args:
        value: the amount, a `Decimal` (or an `int`, a numeric string, a `Fraction`).
        from_unit: its unit, e.g. `"亩"`, `"万元"`, `"吨/年"`.
        to_unit: the unit wanted.
        places: round to this many decimal places (half even, 0 to 100) when
            the exact result has no finite decimal form. Without it, such a
            result raises.

    Raises:
        UnitError: a unit is unknown, or the units measure different dimensions.
        InexactConversionError: the exact result does not end and `places`
            was not given.
        FigureRangeError: `value` is past 10**±100.
        TypeError: `places` is not an int.

    Examples:
        >>> convert(Decimal("4900"), "亩", "公顷")
        Traceback (most recent call last):
        ...
        fjreports.errors.InexactConversionError: 4900 亩 is 980/3 公顷 exactly, ...
        >>> convert(Decimal("4900"), "亩", "公顷", places=4)
        Decimal('326.6667')
        >>> convert(6000, "万元", "亿元")
        Decimal('0.6')
        >>> convert(3, "亩", "平方米")
        Decimal('2000')
    """
    if places is not None and (isinstance(places, bool) or not isinstance(places, int)):
        raise TypeError(f"convert: places must be an int, not {type(places).__name__}")
    if places is not None and not 0 <= places <= MAX_EXPONENT:
        raise UnitError(f"places= takes 0 to {MAX_EXPONENT}, not {places}", to_unit)
    exact = convert_exact(value, from_unit, to_unit)
    result = fraction_to_decimal(exact)
    if result is not None:
        return result
    if places is None:
        raise InexactConversionError(
            f"{value} {from_unit} is {exact} {to_unit} exactly, which has no finite "
            f"decimal form; pass places= to round it, or use convert_exact()",
            from_unit,
            to_unit,
        )
    with decimal.localcontext(decimal.Context(prec=200)) as ctx:
        quotient = ctx.divide(Decimal(exact.numerator), Decimal(exact.denominator))
        return quotient.quantize(Decimal(1).scaleb(-places), rounding=decimal.ROUND_HALF_EVEN)


def _as_fraction(value: Decimal | int | str | Fraction) -> Fraction:
    if isinstance(value, float):
        raise UnitError("floats do not hold figures: pass a Decimal or a string", repr(value))
    if isinstance(value, Fraction):
        return checked_fraction(value)
    try:
        number = Decimal(value.strip()) if isinstance(value, str) else Decimal(value)
    except (ValueError, TypeError, ArithmeticError) as err:
        raise UnitError(f"cannot convert {value!r}: not a finite number", repr(value)) from err
    if not number.is_finite():
        raise UnitError(f"cannot convert {value!r}: not a finite number", repr(value))
    return Fraction(checked_figure(number))


@cache
def standard_unit(written: str) -> str:
    """The standard name of a unit written in any form, magnitude words aside
    (`平米` → `平方米`, `人民币` → `元`, `千米/小时` → `公里/小时`); a name the registry
    does not know comes back as given.

    >>> standard_unit("㎡"), standard_unit("万元/亩"), standard_unit("朵")
    ('平方米', '元/亩', '朵')
    """
    try:
        return resolve_unit(written).name
    except UnitError:
        return written
