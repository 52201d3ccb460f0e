"""Queries over records: filter, sort, group, sum, and plain records for export.

Examples:
    >>> q = Query([3, 1, 2])
    >>> len(q), q[0], list(q.sort_by(lambda x: x))
    (3, 3, [1, 2, 3])
"""

from __future__ import annotations

import datetime
import enum
import warnings
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, Generic, SupportsIndex, TypeVar, overload

from ..articles import Article
from ..errors import FjreportsError, UnitError, UnknownFieldError
from ..facts import Change, Initiative, Metric, Period, RegionBasis, Role
from ..layout import Page
from ..numbers import (
    Kind,
    Qualifier,
    Quantity,
    fraction_to_decimal,
    parse_quantity,
    resolve_unit,
    standard_unit,
)
from ..places import Region, get
from . import tables
from .store import (
    SCHEMA_VERSION,
    CorpusFileError,
    converter,
    metrics_by_id,
    read_json,
    write_json,
)

__all__ = ["InexactSumWarning", "Query", "record_of"]

T = TypeVar("T")


class InexactSumWarning(UserWarning):
    """A sum of figures some of which are approximate (约, 余, 近 ...)."""


class Query(tuple[T, ...], Generic[T]):
    """An immutable sequence of records with queries.

    Examples:
        >>> q = Query([3, 1, 2])
        >>> len(q), q[0], list(q.sort_by(lambda x: x))
        (3, 3, [1, 2, 3])
    """

    def where(self, *predicates: Callable[[T], bool], **filters: Any) -> Query[T]:
        """The records that pass every predicate and every filter.

        A predicate is any function of a record (`where(lambda m: m.year in (2022, 2023))`).
        A filter names a field: enums compare by value (`kind="money"`,
        `qualifier="about"`), `region` with the hierarchy (`region="厦门市"`
        keeps 集美区 too), text fields (`title`, `text`, `subject`, `sentence`,
        `period`, `name`) by substring (a period by its text), `during=(start,
        end)` keeps the figures whose period's known dates meet that span of
        dates, `unit` by the unit's standard name
        (`unit="平米"` keeps figures written in ㎡), anything else by equality
        (`page=...`, `year=2023`). A list or set of values means any of them
        (`year=[2022, 2023]`, `kind=["money", "area"]`). `min` and `max` take a
        quantity in any unit of the figures' dimension (`min="1亿元"` keeps
        20000万元), or a number, compared with the figure's value in its own unit.

        Raises:
            UnknownFieldError: the records have no such field, or an enum field is
                given a value it cannot take (the message lists those it can).
            UnitError: `unit` is a unit nobody knows, or `min` or `max` is not a
                quantity with a unit or a number.
        """
        kept: list[T] = [r for r in self if all(test(r) for test in predicates)]
        for name, wanted in filters.items():
            if kept and name not in _SPECIAL:
                _check(kept[0], name, wanted)
            if isinstance(wanted, list | set | frozenset) and name not in _SPECIAL:
                choices = list(wanted)
                kept = [r for r in kept if any(_one(r, name, w) for w in choices)]
            else:
                kept = [r for r in kept if _one(r, name, wanted)]
        return Query(kept)

    def sort_by(self, key: str | Callable[[T], Any], *, reverse: bool = False) -> Query[T]:
        """The records sorted by a field name (records without it last) or a function."""
        if callable(key):
            return Query(sorted(self, key=key, reverse=reverse))
        present = [r for r in self if _field(r, key) is not None]
        absent = [r for r in self if _field(r, key) is None]
        present.sort(key=lambda r: _sortable(_field(r, key)), reverse=reverse)
        return Query(present + absent)

    def group_by(self, key: str | Callable[[T], Any]) -> dict[Any, Query[T]]:
        """The records grouped by a field name (`"region"`, `"kind"`, `"page"`) or a function."""
        groups: dict[Any, list[T]] = {}
        for record in self:
            value = key(record) if callable(key) else _field(record, key)
            groups.setdefault(value, []).append(record)
        return {value: Query(members) for value, members in groups.items()}

    def sum(self, unit: str | None = None, *, strict: bool = False) -> Quantity:
        """The total of the records' quantities, in `unit` (default: the first one's).

        All quantities must measure one dimension (`元` and `亿元` add up, `元`
        and `亩` do not). Approximate figures (约, 余, 近 ...) make the total
        approximate: a warning says so, or with `strict=True` an error.

        Raises:
            UnitError: no quantities, a range, a bare number, or mixed dimensions.
            InexactConversionError: the total has no finite decimal form in `unit`.
        """
        quantities = [q for q in (_quantity(r) for r in self) if q is not None]
        if not quantities:
            raise UnitError("there is nothing to sum", unit or "")
        target = unit or quantities[0].unit
        if target is None:
            raise UnitError("bare numbers have no unit to sum in", "")
        total = Fraction(0)
        hedged = 0
        for q in quantities:
            if q.value is None or q.unit is None:
                raise UnitError(f"cannot add {q.text or q!r}: a range or a bare number", target)
            source = resolve_unit(q.unit)
            goal = resolve_unit(target)
            if source.dimension != goal.dimension:
                raise UnitError(
                    f"cannot add {q.unit!r} to {target!r}: different dimensions", q.unit, target
                )
            if source.kind is Kind.TEMPERATURE:
                raise UnitError(f"cannot add temperatures ({q.unit!r})", q.unit, target)
            total += Fraction(q.value) * source.factor / goal.factor
            hedged += q.qualifier is not None
        if hedged:
            message = f"{hedged} of the {len(quantities)} figures are approximate; so is the sum"
            if strict:
                raise FjreportsError(message)
            warnings.warn(message, InexactSumWarning, stacklevel=2)
        value = fraction_to_decimal(total)
        if value is None:
            raise UnitError(f"the sum in {target!r} has no finite decimal form", target)
        kind = quantities[0].kind
        # A sum of approximate parts is approximate: it says so, as its parts do.
        qualifier = Qualifier.ABOUT if hedged else None
        prefix = "约" if hedged else ""
        return Quantity(
            value=value,
            unit=target,
            kind=kind,
            qualifier=qualifier,
            text=f"{prefix}{value}{target}",
        )

    def to_records(self) -> list[dict[str, Any]]:
        """Plain dicts, one a record: figures as strings, regions as `{code, name}`.

        A metric's quantity is spread into `value`, `low`, `high`, `unit`,
        `qualifier` and `kind`.
        """
        return [record_of(r) for r in self]

    def to_pandas(self) -> Any:
        """A pandas `DataFrame`, one row a record (see `fjreports.corpus.tables`): figures
        as exact `Decimal` objects whose sums are exact, a region as `region_code`,
        `region_name` and `region_level`, years as nullable integers, period dates as
        datetimes. Needs the `pandas` extra.

        Raises:
            FjreportsError: pandas is not installed.
        """
        return tables.to_pandas(list(self))

    def to_json(self, path: str | Path) -> None:
        """Save the records (all of one kind: metrics, articles, initiatives or pages) as a
        JSON file that `Query.from_json` reads back unchanged.

        Raises:
            FjreportsError: the records are of several kinds, or of a kind not saved.
        """
        kinds = {type(r).__name__ for r in self}
        if len(kinds) > 1 or not kinds <= set(_MODELS):
            raise FjreportsError(
                f"to_json saves records of one kind ({', '.join(_MODELS)}), not {sorted(kinds)}"
            )
        write_json(
            path,
            {
                "schema_version": SCHEMA_VERSION,
                "records": kinds.pop() if kinds else None,
                "items": converter.unstructure(list(self)),
            },
        )

    @classmethod
    def from_json(cls, path: str | Path) -> Query[Any]:
        """Read back records saved by `Query.to_json`.

        Raises:
            FileNotFoundError: there is no such file.
            CorpusFileError: the file is not a saved query, or of another schema version.
        """
        document = read_json(path)
        kind, items = document.get("records"), document.get("items")
        if not isinstance(items, list) or (kind is not None and kind not in _MODELS):
            raise CorpusFileError(f"{path}: not a saved query (records and items)")
        if kind is None:
            return Query([])
        if kind == "Initiative":
            # Before version 3 an initiative named its metrics by id: alone, they cannot be
            # looked up.
            items = metrics_by_id(items, [], path)
        try:
            return Query(converter.structure(items, list[_MODELS[kind]]))  # type: ignore[valid-type]
        except RecursionError:
            raise CorpusFileError(f"{path}: nested deeper than any saved query") from None
        except Exception as err:  # cattrs gathers every field's error in one group
            raise CorpusFileError(f"{path}: a record does not fit its model: {err}") from None

    def to_arrow(self) -> Any:
        """A `pyarrow.Table` of the same rows, figures as exact decimals; needs the
        `arrow` extra.

        Raises:
            FjreportsError: pyarrow is not installed.
        """
        return tables.to_arrow(list(self))

    def to_parquet(self, path: str | Path) -> None:
        """Write the rows of `to_arrow()` to a Parquet file; needs the `arrow` extra."""
        table = self.to_arrow()
        import pyarrow.parquet as pq  # type: ignore[import-untyped]

        pq.write_table(table, str(path))

    def __repr__(self) -> str:
        if not self:
            return "Query([])"
        shown = ", ".join(_label(r) for r in self[:3])
        more = f", … {len(self) - 3} more" if len(self) > 3 else ""
        return f"Query({len(self)}: {shown}{more})"

    @overload
    def __getitem__(self, index: SupportsIndex) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Query[T]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> T | Query[T]:
        if isinstance(index, slice):
            return Query(tuple.__getitem__(self, index))
        return tuple.__getitem__(self, index)


_SPECIAL = frozenset(["min", "max", "during"])
# The models a query saves and reads back, by name.
_MODELS: dict[str, type] = {
    "Metric": Metric,
    "Article": Article,
    "Initiative": Initiative,
    "Page": Page,
}
# Fields whose values are an enum's, the record's own value perhaps None.
_ENUM_FIELDS: dict[str, type[enum.Enum]] = {
    "kind": Kind,
    "qualifier": Qualifier,
    "role": Role,
    "change": Change,
    "region_basis": RegionBasis,
}


def _one(record: object, name: str, wanted: Any) -> bool:
    """Whether `record` passes the filter `name=wanted` (one value)."""
    if name == "during":
        return _during(record, wanted)
    if name == "unit" and isinstance(wanted, str):
        # unit="平方米" keeps the figures written in ㎡ and 平米 too.
        return _standard_unit_of(record) == _known_unit(wanted)
    if name in ("min", "max"):
        return _within(record, wanted, name)
    return _passes(record, name, wanted)


def _known_unit(written: str) -> str:
    try:
        resolve_unit(written)
    except UnitError:
        raise UnitError(f"unit={written!r} names no unit fjreports knows", written) from None
    return standard_unit(written)


def _fields_of(record: object) -> list[str]:
    kind = type(record)
    return sorted(
        name
        for name in dir(kind)
        if not name.startswith("_") and not callable(getattr(kind, name, None))
    )


def _check(record: object, name: str, wanted: Any) -> None:
    """A filter's field and, for an enum field, its values, checked once per query."""
    if not hasattr(record, name):
        fields = ", ".join(_fields_of(record))
        raise UnknownFieldError(
            f"{type(record).__name__} records have no field {name!r}; they have: {fields}"
        )
    current = getattr(record, name)
    kind = type(current) if isinstance(current, enum.Enum) else _ENUM_FIELDS.get(name)
    if kind is None:
        return
    values = [v.value for v in kind]
    for one in wanted if isinstance(wanted, list | set | frozenset) else [wanted]:
        if one is not None and not isinstance(one, kind) and one not in values:
            raise UnknownFieldError(
                f"{name}= takes one of {', '.join(map(str, values))}; not {one!r}"
            )


def _field(record: object, name: str) -> Any:
    if not hasattr(record, name):
        raise AttributeError(f"{type(record).__name__} records have no field {name!r}")
    return getattr(record, name)


def _sortable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Region):
        return value.code or value.name
    if isinstance(value, Quantity):
        return value.value if value.value is not None else value.low
    return value


_TEXT_FIELDS = frozenset(["title", "text", "subtitle", "subject", "sentence", "period", "name"])


def _during(record: object, wanted: Any) -> bool:
    if (
        not isinstance(wanted, tuple)
        or len(wanted) != 2
        or not all(isinstance(d, datetime.date) for d in wanted)
    ):
        raise TypeError("during= takes a pair of dates: (datetime.date, datetime.date)")
    period = getattr(record, "period", None)
    return isinstance(period, Period) and period.overlaps(*wanted)


def _standard_unit_of(record: object) -> str | None:
    q = _quantity(record)
    if q is not None:
        return q.standard_unit
    unit = _field(record, "unit")
    return standard_unit(unit) if isinstance(unit, str) else None


def _passes(record: object, name: str, wanted: Any) -> bool:
    value = _field(record, name)
    if name == "region":
        if value is None or wanted is None:
            return value is None and wanted is None
        return get(wanted).contains(value)
    if isinstance(value, enum.Enum):
        return value is wanted or value.value == wanted
    if name in _TEXT_FIELDS and isinstance(wanted, str):
        if isinstance(value, Period):
            value = value.text  # where(period="2023") looks in the phrase as written
        return isinstance(value, str) and wanted in value
    equal: bool = value == wanted
    return equal


def _quantity(record: object) -> Quantity | None:
    if isinstance(record, Quantity):
        return record
    found = getattr(record, "quantity", None)
    return found if isinstance(found, Quantity) else None


def _within(record: object, bound: Quantity | str | int | Decimal, which: str) -> bool:
    q = _quantity(record)
    if isinstance(bound, int | Decimal) and not isinstance(bound, bool):
        # A number: the figure's value in its own unit, magnitude words multiplied in.
        edge = None if q is None else _edge(q, which)
        return edge is not None and (edge >= bound if which == "min" else edge <= bound)
    if not isinstance(bound, str | Quantity):
        raise UnitError(
            f"{which}= takes a quantity ('1亿元') or a number, not {type(bound).__name__}",
            repr(bound),
        )
    limit = parse_quantity(bound) if isinstance(bound, str) else bound
    if limit.value is None or limit.unit is None:
        raise UnitError(f"{which}= takes one quantity with a unit, such as '1亿元'", str(bound))
    if q is None or q.unit is None:
        return False
    here, there = resolve_unit(q.unit), resolve_unit(limit.unit)
    if here.dimension != there.dimension:
        return False
    edge = _edge(q, which)
    assert edge is not None
    mine = here.to_base(Fraction(edge))
    theirs = there.to_base(Fraction(limit.value))
    return mine >= theirs if which == "min" else mine <= theirs


def _edge(q: Quantity, which: str) -> Decimal | None:
    """The value a bound is checked against: a range's low end for `min`, high for `max`."""
    if q.value is not None:
        return q.value
    return q.low if which == "min" else q.high


def record_of(record: object) -> dict[str, Any]:
    data = converter.unstructure(record)
    if not isinstance(data, dict):
        return {"value": data}
    quantity = data.pop("quantity", None)
    if isinstance(quantity, dict):
        for key in ("value", "low", "high", "unit", "qualifier", "kind"):
            data[key] = quantity.get(key)
        data["text"] = quantity.get("text")
    if "period" in data:
        # The phrase as written, and its dates beside it (ISO strings, or None).
        period = data.pop("period") or {}
        data["period"] = period.get("text")
        data["period_start"] = period.get("start")
        data["period_end"] = period.get("end")
        data["period_granularity"] = period.get("granularity")
    for key in ("spans", "headlines"):
        data.pop(key, None)
    return data


def _label(record: object) -> str:
    if isinstance(record, Article):
        return record.title or record.text[:12] or record.id
    if isinstance(record, Metric):
        where = record.region.name if record.region else "?"
        return f"{where} {record.subject or ''} {' '.join(record.quantity.text.split())}".strip()
    if isinstance(record, Initiative):
        return record.name
    if isinstance(record, Page):
        return record.name
    if isinstance(record, Region):
        return record.name
    return repr(record)
