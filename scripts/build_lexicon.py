"""Rebuild the lexicon lists that are derived from the gazetteer.

`numeral_place_names.txt`: names of regions that hold a numeral character, so
that the quantity scanner reads 三元区 or 七台河 as a place, not as a figure.
Full names, and short names of three characters or more (a two-character short
name such as 三元 is also a figure, 每斤三元).

Run from the project root: `python scripts/build_lexicon.py`.
"""

from __future__ import annotations

import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "src" / "fjreports"
NUMERALS = set("一二两三四五六七八九十百千万亿")


def main() -> None:
    names: set[str] = set()
    for line in (ROOT / "data" / "regions.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _code, name, short, level, *_ = line.split("\t")
        if level in ("township", "village"):
            continue
        for written in (name, short if len(short) >= 3 else ""):
            if written and NUMERALS & set(written):
                names.add(written)
    header = [
        "# Region names holding a numeral character, read as places, not figures:",
        "# 三元区, 万年县, 七台河. Full names, and short names of three characters or more.",
        "# Source: src/fjreports/data/regions.tsv (GB/T 2260, see its header), by",
        f"# scripts/build_lexicon.py on {datetime.date.today().isoformat()}.",
    ]
    out = ROOT / "lexicon" / "numeral_place_names.txt"
    out.write_text("\n".join([*header, *sorted(names)]) + "\n", encoding="utf-8")
    print(f"{out}: {len(names)} names")


if __name__ == "__main__":
    main()
