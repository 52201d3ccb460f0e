"""What the parts of the scanner share: the text it reads and the steps every part uses.

`Scanner` (in `fjreports.numbers.scanner`) is made of parts, each a module of one concern
(money, ranges, filters); each part reads the text through these.
"""

from __future__ import annotations

from fractions import Fraction

from .qualifier import Qualifier
from .units import Unit, UnitExpression

__all__ = ["ScannerState"]


class ScannerState:
    """The text `s` (of length `n`), whether one quantity is read (`strict`), whether
    letters stand right before the figure, the currency named before it, and the steps
    the scanner gives every part."""

    s: str
    n: int
    strict: bool
    after_letters: bool
    currency: tuple[Unit, int] | None
    scale: tuple[Unit, int] | None

    def run_end(self, i: int) -> int:
        raise NotImplementedError  # the scanner's

    def number(self, i: int, j: int) -> Fraction:
        raise NotImplementedError  # the scanner's

    def unit_at(self, j: int, *, prefix: str = "") -> tuple[Unit, int] | None:
        raise NotImplementedError  # the scanner's

    def liang_at_end(self, i: int, j: int) -> bool:
        raise NotImplementedError  # the scanner's

    def latin_magnitude(self, value: Fraction, j: int) -> tuple[Fraction, int]:
        raise NotImplementedError  # the scanner's

    def currency_at(self, i: int) -> tuple[tuple[Unit, int], int] | None:
        raise NotImplementedError  # the money part's

    def degrees_at(self, j: int) -> tuple[Unit, int] | None:
        raise NotImplementedError  # the scanner's

    def prefix_before(self, i: int, floor: int) -> tuple[str | None, int]:
        raise NotImplementedError  # the scanner's

    def suffix(
        self, end: int, qualifier: Qualifier | None, unit: UnitExpression | None
    ) -> tuple[int, Qualifier | None]:
        raise NotImplementedError  # the scanner's
