"""How the `fjreports` command prints: tables that fit the terminal (rich, the `cli`
extra), CSV and JSON."""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
import sys
from typing import Any

from .errors import FjreportsError

__all__ = ["console", "emit", "table"]


def emit(records: list[dict[str, Any]], form: str, *, excel: bool = False) -> None:
    if form == "json":
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    if not records:
        return
    text = io.StringIO()
    if excel:
        text.write("\ufeff")  # the byte-order mark Excel on Chinese Windows reads UTF-8 by
    writer = csv.DictWriter(text, fieldnames=list(records[0]), lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: _cell(v) for k, v in record.items()})
    sys.stdout.write(text.getvalue())


def _cell(value: Any) -> Any:
    if isinstance(value, dict) and "name" in value:
        return value["name"]
    if isinstance(value, list | tuple):
        return "、".join(str(v) for v in value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        return " ".join(value.split("\n"))  # a line break inside a cell breaks many readers
    return value


def console(stream: Any) -> Any:
    """A rich console on `stream`: at a terminal, as wide as the terminal (long cells wrap);
    into a pipe or a file, each row on one line, without colour."""
    try:
        from rich.console import Console
    except ImportError:
        raise FjreportsError(
            "tables and progress bars need the 'cli' extra: pip install 'fjreports[cli]' "
            "(--format csv and json work without it)"
        ) from None
    terminal = stream.isatty()
    return Console(
        file=stream,
        width=None if terminal else 100_000,
        force_terminal=terminal,
        highlight=False,
        emoji=False,
    )


def table(rows: list[list[str]], *, header: bool = True) -> None:
    """Rows as a table (the first row its header, unless `header=False`); rich measures
    Chinese and full-width characters as two columns, and columns of numbers align right."""
    out = console(sys.stdout)
    from rich import box
    from rich.table import Table
    from rich.text import Text

    grid = Table(
        box=box.SIMPLE_HEAD if header else None,
        show_header=header,
        show_edge=False,
        pad_edge=False,
    )
    names, body = (rows[0], rows[1:]) if header else ([""] * len(rows[0]), rows)
    for i, name in enumerate(names):
        numbers = bool(body) and all(_NUMBER.fullmatch(row[i]) for row in body)
        # A narrow terminal wraps the long texts; numbers and header words stay whole.
        grid.add_column(
            name,
            overflow="fold",
            justify="right" if numbers else "left",
            no_wrap=numbers,
            min_width=max((len(w) for w in name.split()), default=0),
        )
    for row in body:
        grid.add_row(*(Text(cell) for cell in row))  # cells are text, never markup
    if out.is_terminal:
        out.print(grid)
        return
    with out.capture() as captured:
        out.print(grid)
    sys.stdout.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))


_NUMBER = re.compile(r"-?[\d,]+(\.\d+)?(–-?[\d,]+(\.\d+)?)?")
