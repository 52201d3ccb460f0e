"""Check src/fjreports/data/units.tsv and currencies.tsv and print what they hold.

The registry is written by hand from its sources (named in each file's header):
this script is how it is checked after an edit. It verifies that every line
has its fields (six for a unit, five for a currency), that factors are exact
positive fractions, that kinds are known, that currency codes are three capital
letters, and that no written form names two units.

    python scripts/check_units.py
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

from fjreports.units import Kind

DATA = Path(__file__).resolve().parents[1] / "src" / "fjreports" / "data" / "units.tsv"
CURRENCIES = DATA.with_name("currencies.tsv")


def main() -> int:
    problems: list[str] = []
    written: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for number, fields in _rows(DATA, 6, problems):
        name, aliases, _dimension, factor, kind, english = fields
        factor, _, offset = factor.partition(";")  # 5/9;-160/9: a factor and an offset
        try:
            Fraction(offset or 0)
            if Fraction(factor) <= 0:
                problems.append(f"units.tsv line {number}: factor {factor} is not positive")
        except ValueError:
            problems.append(f"units.tsv line {number}: factor {factor!r} is not exact")
        if kind not in {k.value for k in Kind}:
            problems.append(f"units.tsv line {number}: unknown kind {kind!r}")
        if not english:
            problems.append(f"units.tsv line {number}: no English name")
        kinds[kind] += 1
        written.update([name, *([] if aliases == "-" else aliases.split(","))])
    problems += _check_currencies(written)
    problems += [f"{form!r} names {count} units" for form, count in written.items() if count > 1]
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{sum(kinds.values())} units, {len(written)} written forms: {dict(kinds)}")
    return 1 if problems else 0


def _rows(path: Path, count: int, problems: list[str]) -> Iterator[tuple[int, list[str]]]:
    """The data lines of `path` with their numbers; a missing source or a line of the wrong
    number of fields goes to `problems`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not any(line.startswith("# Source:") for line in lines):
        problems.append(f"{path.name}: the header names no source")
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != count:
            problems.append(f"{path.name} line {number}: {len(fields)} fields, not {count}")
            continue
        yield number, fields


def _check_currencies(written: Counter[str]) -> list[str]:
    problems: list[str] = []
    codes: Counter[str] = Counter()
    for number, fields in _rows(CURRENCIES, 5, problems):
        code, name, aliases, _symbols, english = fields
        if len(code) != 3 or not code.isascii() or not code.isupper():
            problems.append(f"currencies.tsv line {number}: {code!r} is no ISO 4217 code")
        if not english:
            problems.append(f"currencies.tsv line {number}: no English name")
        codes[code] += 1
        written.update([name, *([] if aliases == "-" else aliases.split(","))])
    problems += [f"currency {code} is listed {n} times" for code, n in codes.items() if n > 1]
    print(f"{len(codes)} currencies")
    return problems


if __name__ == "__main__":
    sys.exit(main())
