"""The quantity model: a figure as printed, with its exact value, unit and qualifier."""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import Any

from attrs import field, frozen

from ..errors import FigureRangeError, UnitError
from ..pickling import tuple_state
from ..text import normalize
from .formatting import format_quantity
from .numerals import checked_figure
from .qualifier import Qualifier
from .units import Kind, convert, standard_unit

__all__ = ["Quantity"]


def _to_decimal_or_none(value: Any) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, float):
        raise TypeError("floats do not hold figures: pass a Decimal or a string")
    if not isinstance(value, Decimal):
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise TypeError(
                f"a figure is a Decimal, an int or a string, not {type(value).__name__}"
            )
        try:
            value = Decimal(value.strip() if isinstance(value, str) else value)
        except decimal.InvalidOperation:
            raise FigureRangeError(f"{value!r} is not a number") from None
    return checked_figure(value)


def _to_qualifier(value: Any) -> Qualifier | None:
    if value is None or isinstance(value, Qualifier):
        return value
    return Qualifier(value)


def _to_kind(value: Any) -> Kind:
    return value if isinstance(value, Kind) else Kind(value)


@tuple_state
@frozen(kw_only=True)
class Quantity:
    """A figure as printed: exact value (or range), unit, qualifier, and where it stands.

    Attributes:
        value: the value with magnitude words multiplied in (`约6000万元` →
            `Decimal('60000000')`), or `None` for a range.
        low: the lower end of a range, else `None`.
        high: the upper end of a range, else `None`.
        unit: the unit as written, without magnitude words (`元`, `亩`,
            `千米`, `人次`, `吨/年`), less the classifier 个 before `百分点` and
            `小时` (`个月` keeps it); traditional and full-width forms are
            folded (`畝` → `亩`). `None` for a bare number. `standard_unit`
            gives its standard name (`㎡` → `平方米`), which queries use.
        qualifier: `约` → ABOUT, `余` → MORE_THAN, ..., or `None`.
        kind: what is measured: money, area, count, percent, ...
        text: the mention as it stands in the text given (line breaks included).
        span: `(start, end)` of `text` in the text given, or `None`.

    Examples:
        >>> from fjreports import parse_quantity
        >>> q = parse_quantity("约6000万元")
        >>> q.value, q.unit, q.qualifier, q.kind
        (Decimal('60000000'), '元', <Qualifier.ABOUT: 'about'>, <Kind.MONEY: 'money'>)
        >>> q.to("亿元").value
        Decimal('0.6')
    """

    value: Decimal | None = field(default=None, converter=_to_decimal_or_none)
    low: Decimal | None = field(default=None, converter=_to_decimal_or_none)
    high: Decimal | None = field(default=None, converter=_to_decimal_or_none)
    unit: str | None = None
    qualifier: Qualifier | None = field(default=None, converter=_to_qualifier)
    kind: Kind = field(default=Kind.OTHER, converter=_to_kind)
    text: str = ""
    span: tuple[int, int] | None = None

    def __attrs_post_init__(self) -> None:
        if self.value is None:
            if self.low is None or self.high is None:
                raise ValueError("a Quantity needs a value, or both low and high for a range")
            if self.low > self.high:
                raise ValueError(f"a range runs from low to high, not {self.low} to {self.high}")
        elif self.low is not None or self.high is not None:
            raise ValueError("a Quantity has a value or a range (low, high), not both")

    @property
    def standard_unit(self) -> str | None:
        """The unit by its standard name, whatever form was written.

        >>> from fjreports import parse_quantity
        >>> tuple(parse_quantity(t).standard_unit for t in ("10㎡", "10平米", "3亿人民币", "5千米"))
        ('平方米', '平方米', '元', '公里')
        """
        return None if self.unit is None else standard_unit(self.unit)

    @property
    def is_range(self) -> bool:
        """`True` for `10万至20万元` and the like."""
        return self.value is None

    def to(self, unit: str, *, places: int | None = None) -> Quantity:
        """This quantity in another unit of the same dimension, exactly.

        `unit` may carry a magnitude word (`亿元`, `万亩`); the result then
        holds it in `unit`, since its value is counted in that unit.

        Raises:
            UnitError: this quantity has no unit, or `unit` measures something else.
            InexactConversionError: the exact result has no finite decimal
                form; pass `places=` to round.

        Examples:
            >>> from fjreports import parse_quantity
            >>> parse_quantity("4900余亩").to("平方米", places=2).value
            Decimal('3266666.67')
        """
        if self.unit is None:
            raise UnitError(f"{self.text or self!r} has no unit to convert from", "", unit)

        def move(x: Decimal | None) -> Decimal | None:
            return None if x is None else convert(x, self.unit or "", unit, places=places)

        return Quantity(
            value=move(self.value),
            low=move(self.low),
            high=move(self.high),
            unit=normalize(unit).strip(),
            qualifier=self.qualifier,
            kind=self.kind,
            text=self.text,
            span=self.span,
        )

    def format(self, locale: str = "zh_CN", *, compact: bool = True) -> str:
        """Display this quantity for `locale`; see `fjreports.format_quantity`."""
        return format_quantity(self, locale=locale, compact=compact)
