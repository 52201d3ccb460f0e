"""Check src/fjreports/data/units.tsv and print what it holds.

The registry is written by hand from its sources (named in the file's header):
this script is how it is checked after an edit. It verifies that every line
has six fields, that factors are exact positive fractions, that kinds are
known, and that no written form names two units.

    python scripts/check_units.py
"""

from __future__ import annotations

import sys
from collections import Counter
from fractions import Fraction
from pathlib import Path

from fjreports.units import Kind

DATA = Path(__file__).resolve().parents[1] / "src" / "fjreports" / "data" / "units.tsv"


def main() -> int:
    problems: list[str] = []
    written: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    lines = DATA.read_text(encoding="utf-8").splitlines()
    if not any(line.startswith("# Source:") for line in lines):
        problems.append("the header names no source")
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 6:
            problems.append(f"line {number}: {len(fields)} fields, not 6")
            continue
        name, aliases, _dimension, factor, kind, english = fields
        try:
            if Fraction(factor) <= 0:
                problems.append(f"line {number}: factor {factor} is not positive")
        except ValueError:
            problems.append(f"line {number}: factor {factor!r} is not an exact number")
        if kind not in {k.value for k in Kind}:
            problems.append(f"line {number}: unknown kind {kind!r}")
        if not english:
            problems.append(f"line {number}: no English name")
        kinds[kind] += 1
        written.update([name, *([] if aliases == "-" else aliases.split(","))])
    problems += [f"{form!r} names {count} units" for form, count in written.items() if count > 1]
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{sum(kinds.values())} units, {len(written)} written forms: {dict(kinds)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
