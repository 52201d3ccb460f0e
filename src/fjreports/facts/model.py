"""The fact models: a metric (a figure with what, when and where) and an initiative."""

from __future__ import annotations

import enum
from decimal import Decimal

from attrs import field, frozen

from ..numbers import Kind, Qualifier, Quantity
from ..pickling import tuple_state
from ..places import Region
from .periods import Period

__all__ = ["Change", "Initiative", "Metric", "RegionBasis", "Role"]


class Role(enum.Enum):
    """What a figure is there for: a figure, or a count a user may want to leave out."""

    FIGURE = "figure"
    SLOGAN = "slogan"  # 围绕一个中心、两个基本点
    DURATION = "duration"  # 历时5年
    HEADLINE = "headline"  # printed in a title or heading, which its body usually repeats


class Change(enum.Enum):
    """A figure that is a change: a growth or a decline."""

    GROWTH = "growth"
    DECLINE = "decline"


class RegionBasis(enum.Enum):
    """How a figure's region was decided, for review and filtering."""

    CLAUSE = "clause"  # named right before the figure: 厦门市63个, 集美区建成19个
    SENTENCE = "sentence"  # named earlier in the figure's sentence
    PARAGRAPH = "paragraph"  # named before the sentence, in its paragraph or the article
    ARTICLE = "article"  # the article's own region: its title's, or the one it names most
    AGGREGATE = "aggregate"  # named by level in its sentence (全县, 我市): the whole region's
    AFTER = "after"  # named after it in its clause, where what it counts comes from or goes


def _basis_or_none(value: RegionBasis | str | None) -> RegionBasis | None:
    return None if value is None else RegionBasis(value)


def _change_or_none(value: Change | str | None) -> Change | None:
    return None if value is None else Change(value)


def _period_or_none(value: Period | str | None) -> Period | None:
    if value is None or isinstance(value, Period):
        return value
    if isinstance(value, str):
        return Period(value)  # the phrase alone, its dates unknown
    raise TypeError(f"Metric: period must be a Period or a str, not {type(value).__name__}")


@tuple_state
@frozen
class Metric:
    """One figure of an article, with what it measures, when and where.

    Attributes:
        id: stable identifier: the article's id and an ordinal (`…#01/m003`).
        page: the page's file name.
        article: the article's id.
        quantity: the figure; its `span` and `text` point into the raw page.
        subject: the short phrase naming what is measured (`村集体年收益`), or `None`.
        period: the time the figure refers to, a [`Period`][fjreports.facts.Period]:
            the phrase as written (`period.text`: `2023年`, `今年以来`, `截至目前`)
            and the dates it covers, resolved against the page's date where
            one is printed; or `None`.
        year: the calendar year of `period` (`2023年` → 2023; `今年` on a page
            dated 2023), or `None`.
        region: the region the figure is about.
        sentence: the sentence it stands in.
        span: `(start, end)` of the figure in the raw page.
        role: `Role.FIGURE`, or `Role.SLOGAN` (围绕一个中心) or `Role.DURATION`
            (历时5年) for counts a user may want to leave out.
        change: `Change.GROWTH` (同比增长24.5%) or `Change.DECLINE`, where the
            figure is a change.
        region_basis: how `region` was decided, a
            [`RegionBasis`][fjreports.facts.RegionBasis] (`None` with no region).
    """

    id: str
    page: str
    article: str
    quantity: Quantity
    subject: str | None
    period: Period | None = field(converter=_period_or_none)
    year: int | None
    region: Region | None
    sentence: str
    span: tuple[int, int]
    role: Role = field(default=Role.FIGURE, converter=Role)
    change: Change | None = field(default=None, converter=_change_or_none)
    region_basis: RegionBasis | None = field(default=None, converter=_basis_or_none)

    @property
    def kind(self) -> Kind:
        """The quantity's kind (money, area, count ...), for `where(kind="money")`."""
        return self.quantity.kind

    @property
    def unit(self) -> str | None:
        """The quantity's unit as written (`元`, `亩`, `人次`); see `Quantity.standard_unit`."""
        return self.quantity.unit

    @property
    def qualifier(self) -> Qualifier | None:
        """The quantity's qualifier (`about` for 约 ...), or `None`."""
        return self.quantity.qualifier

    @property
    def value(self) -> Decimal | None:
        """The quantity's value (`None` for a range)."""
        return self.quantity.value


@tuple_state
@frozen
class Initiative:
    """A named programme, model or mechanism an article presents.

    Attributes:
        id: the article's id and an ordinal (`…#01/i002`).
        page: the page's file name.
        article: the article's id.
        name: the name as quoted in the text, quotes removed (`三区联创`, `1+6`).
        kind: what it is (`党建工作机制`, `模式`, `工程`), or `None`.
        region: the article's region.
        sentence: the sentence (or title, heading) it is named in.
        metrics: the metrics of that sentence (none for a title or heading).
    """

    id: str
    page: str
    article: str
    name: str
    kind: str | None
    region: Region | None
    sentence: str
    metrics: tuple[Metric, ...] = ()

    @property
    def metric_ids(self) -> tuple[str, ...]:
        """The ids of `metrics`."""
        return tuple(m.id for m in self.metrics)
