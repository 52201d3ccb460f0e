"""JSON and plain data for every model, with cattrs.

`converter` is the library's cattrs converter: `Decimal` as strings (never
floats), dates in ISO form, regions by code (a township, which has none, by
name, level and parent), enums by value. For every model,
`converter.structure(converter.unstructure(x), type(x)) == x`.

Examples:
    >>> from fjreports import Quantity, parse_quantity
    >>> data = converter.unstructure(parse_quantity("约6000万元"))
    >>> data["value"], data["unit"], data["qualifier"]
    ('60000000', '元', 'about')
    >>> converter.structure(data, Quantity) == parse_quantity("约6000万元")
    True
"""

from __future__ import annotations

import datetime
import decimal
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from cattrs import Converter

from ..errors import FjreportsError
from ..facts import Granularity, Period
from ..numbers import checked_figure
from ..places import Level, Region, get

__all__ = [
    "READABLE_VERSIONS",
    "SCHEMA_VERSION",
    "CorpusFileError",
    "converter",
    "metrics_by_id",
    "read_json",
    "write_json",
]


#: The version of the JSON layout `Corpus.to_json` and `Query.to_json` write. Version 3
#: stores an initiative's metrics whole; version 2 stored them by id (a saved corpus of
#: version 2 is still read: the ids are looked up among its metrics) and a metric's
#: period with its dates; files of version 1 (the period as a phrase) are still read.
SCHEMA_VERSION = 3
READABLE_VERSIONS = (1, 2, 3)


class CorpusFileError(FjreportsError):
    """A saved corpus file is malformed, or of another schema version."""


def _decimal(value: Any, _: Any) -> Decimal:
    if isinstance(value, float):
        raise FjreportsError(f"a figure is stored as a string, not the float {value!r}")
    try:
        number = Decimal(str(value))
    except decimal.InvalidOperation as err:
        raise FjreportsError(f"not a decimal number: {value!r}") from err
    if not number.is_finite():
        raise FjreportsError(f"not a finite number: {value!r}")
    return checked_figure(number)


def _text(value: Any, _: Any) -> str:
    # cattrs would write None or 12 as "None" and "12": a text field holds text.
    if not isinstance(value, str):
        raise FjreportsError(f"text expected, not {value!r}")
    return value


def _structure_period(value: Any, _: Any) -> Period:
    # Files of schema version 1 hold the phrase alone.
    if isinstance(value, str):
        return Period(value)
    if not isinstance(value, dict) or not isinstance(value.get("text"), str):
        raise FjreportsError(f"a period is stored as an object with its text, not {value!r}")
    granularity = value.get("granularity")
    return Period(
        value["text"],
        _date_or_none(value.get("start")),
        _date_or_none(value.get("end")),
        None if granularity is None else Granularity(granularity),
    )


def _date_or_none(value: Any) -> datetime.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise FjreportsError(f"a date is stored as an ISO string, not {value!r}")
    return datetime.date.fromisoformat(value)


def _whole(value: Any, _: Any) -> int:
    # cattrs would cut 2023.7 to 2023 and read "2023": a whole number is stored as one.
    if isinstance(value, bool) or not isinstance(value, int):
        raise FjreportsError(f"a whole number expected, not {value!r}")
    return value


def _unstructure_region(region: Region) -> dict[str, Any]:
    if region.code is not None:
        return {"code": region.code, "name": region.name}
    return {
        "code": None,
        "name": region.name,
        "short_name": region.short_name,
        "level": region.level.value,
        "parent": region.parent,
    }


def _structure_region(data: Any, _: Any) -> Region:
    if not isinstance(data, dict) or "name" not in data:
        raise FjreportsError(f"a region is stored as an object with code and name, not {data!r}")
    code = data.get("code")
    if code is not None:
        return get(str(code))
    if data.get("level") == Level.ZONE.value:
        try:
            return get(str(data["name"]))
        except LookupError:
            pass
    return Region(
        None,
        str(data["name"]),
        str(data.get("short_name") or data["name"]),
        Level(data.get("level", Level.TOWNSHIP.value)),
        data.get("parent"),
    )


def _make_converter() -> Converter:
    made = Converter()
    made.register_unstructure_hook(Decimal, str)
    made.register_structure_hook(Decimal, _decimal)
    made.register_structure_hook(str, _text)
    made.register_structure_hook(Period, _structure_period)
    made.register_structure_hook(int, _whole)
    made.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    made.register_structure_hook(datetime.date, lambda v, _: datetime.date.fromisoformat(v))
    made.register_unstructure_hook(Region, _unstructure_region)
    made.register_structure_hook(Region, _structure_region)
    return made


#: The library's converter; see the module's description.
converter = _make_converter()


def read_json(path: str | Path) -> dict[str, Any]:
    """A saved file's JSON object, its schema version checked.

    Raises:
        FileNotFoundError: there is no such file.
        CorpusFileError: the file is not JSON, not a saved corpus or query, or of a
            schema version this fjreports does not read.
    """
    where = Path(path)
    try:
        document = json.loads(where.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise CorpusFileError(
            f"{where}: not JSON (line {err.lineno}, column {err.colno}: {err.msg})"
        ) from None
    except UnicodeDecodeError as err:
        raise CorpusFileError(f"{where}: not UTF-8 text (byte offset {err.start})") from None
    except RecursionError:
        raise CorpusFileError(f"{where}: nested deeper than any saved corpus") from None
    except ValueError as err:  # an integer of thousands of digits
        raise CorpusFileError(f"{where}: not a saved corpus: {err}") from None
    if not isinstance(document, dict) or "schema_version" not in document:
        raise CorpusFileError(f"{where}: not a saved corpus (no schema_version)")
    version = document["schema_version"]
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        raise CorpusFileError(
            f"{where}: schema version {version!r}; "
            f"this fjreports reads versions {', '.join(map(str, READABLE_VERSIONS))}"
        )
    return document


def metrics_by_id(initiatives: Any, metrics: Any, where: str | Path) -> list[Any]:
    """Saved initiatives (versions 1 and 2 name their metrics by id) with each id replaced by
    the saved metric of that id, as version 3 stores them.

    Raises:
        CorpusFileError: an id names no metric of the file.
    """
    if not isinstance(initiatives, list):
        raise CorpusFileError(f"{where}: the initiatives are not a list")
    saved = (
        {m.get("id"): m for m in metrics if isinstance(m, dict)}
        if isinstance(metrics, list)
        else {}
    )
    out = []
    for item in initiatives:
        named = item.get("metrics") if isinstance(item, dict) else None
        if isinstance(named, list) and any(isinstance(n, str) for n in named):
            missing = [n for n in named if isinstance(n, str) and n not in saved]
            if missing:
                raise CorpusFileError(
                    f"{where}: initiative {item.get('id')!r} names metric {missing[0]!r}, "
                    "which the file does not hold"
                )
            item = {**item, "metrics": [saved[n] if isinstance(n, str) else n for n in named]}
        out.append(item)
    return out


def write_json(path: str | Path, document: dict[str, Any]) -> None:
    """Write `document` as UTF-8 JSON. A file name that is not UTF-8 holds lone surrogates
    (os.fsdecode): they are written as JSON escapes (\\udcff), read back as they were."""
    text = json.dumps(document, ensure_ascii=False, indent=1)
    Path(path).write_bytes(text.encode("utf-8", errors="backslashreplace"))
