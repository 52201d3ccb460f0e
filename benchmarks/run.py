"""Side-by-side benchmark of the number and quantity parser.

One command, one markdown table out (stdout and benchmarks/RESULTS.md):

    make bench        # installs the peers (cn2an, chinese2digits) and runs this

1. Accuracy on the expression list in tests/data/numbers.jsonl: the value of
   each expression (magnitude words multiplied in). The peers parse numbers
   only, so they are handed the numeral alone (the longest run of numeral
   characters) where the whole expression fails; ranges count as wrong for them.
2. Throughput over the bundled corpus: `extract_quantities` (value, unit,
   qualifier and span of every kind of quantity) against `cn2an.transform`
   and `chinese2digits.takeNumberFromString` (numbers only, no units) and
   `jionlp.ner.extract_money` (money only).
3. `parse_quantity` against `cn2an.cn2an` and `jionlp.parse_money`, each pair
   timed on the expressions the peer parses without error, as they are and
   with new digits in every round (no cache helps).
4. The whole pipeline (`read_one`: segment, regions, metrics, initiatives),
   and its growth over 1x, 10x and 100x generated pages (scale.py); its parts
   (layout repair, figures, region mentions) each alone beside jionlp's money
   extractor, as shares of jionlp's time.
5. Hostile input at 100 KB and 1 MB (scale.py).
6. The gazetteer: regions per level, the time to load it (in a fresh
   process), and `regions.find` throughput over the bundled corpus.
7. Cold start: `import fjreports` and a first `regions.get` against
   `import cn2an` and `import jionlp`, each in fresh interpreters.
8. `pages.py`: one page of 0.5 to 8 MB, bad input (a 20 MB page, a 10 MB
   line, a million blank lines), and `workers=1` against `workers=2`.

Pass `--quick` for a short run (fewer rounds, no 100x corpus, no pages.py),
printed only.
"""

from __future__ import annotations

import argparse
import decimal
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import scale

from fjreports import extract_quantities, parse_quantity, regions, to_chinese
from fjreports.corpus import read_one, seed_pages
from fjreports.layout import Page, repair
from fjreports.numbers import NUMERAL_CHARS

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "tests" / "data" / "numbers.jsonl"
CORE_CHARS = NUMERAL_CHARS | set(".点")


def numeral_core(text: str) -> str:
    """The longest run of numeral characters: what a numbers-only parser can be given."""
    best, run = "", ""
    for char in text:
        run = run + char if char in CORE_CHARS else ""
        best = max(best, run, key=len)
    return best


def as_decimal(value: object) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (decimal.InvalidOperation, ValueError):
        return None


def load_cases() -> list[dict[str, object]]:
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines()]


def ours(text: str) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    q = parse_quantity(text)
    return q.value, q.low, q.high


def accuracy(name: str, parse: Callable[[str], object], cases: list[dict[str, object]]) -> str:
    right = valued = errors_right = errors = 0
    for case in cases:
        text = str(case["input"])
        if case["error"]:
            errors += 1
            try:
                got = parse(text)
            except Exception:
                errors_right += 1
            else:
                errors_right += got is None
            continue
        valued += 1
        want = (
            as_decimal(case.get("value")),
            as_decimal(case.get("low")),
            as_decimal(case.get("high")),
        )
        want = tuple(None if w is None else w for w in want)
        try:
            got = parse(text)
        except Exception:
            got = None
        if name != "fjreports":
            got = (as_decimal(got), None, None) if got is not None else None
        right += got == want
    total = valued + errors
    return (
        f"| {name} | {right}/{valued} ({100 * right / valued:.1f}%) "
        f"| {errors_right}/{errors} | {100 * (right + errors_right) / total:.1f}% |"
    )


def peer_value(convert: Callable[[str], object]) -> Callable[[str], object]:
    def parse(text: str) -> object:
        for candidate in (text, numeral_core(text)):
            if not candidate:
                continue
            try:
                value = convert(candidate)
            except Exception:
                continue
            if value is not None and as_decimal(value) is not None:
                return value
        return None

    return parse


def throughputs(
    works: dict[str, Callable[[str], object]], pages: list[str], rounds: int
) -> dict[str, float]:
    """Chars/s of each function, best of `rounds`; the functions take turns in every
    round, so a slow spell of the machine weighs on all of them alike."""
    chars = sum(len(p) for p in pages)
    best = dict.fromkeys(works, float("inf"))
    for _ in range(rounds):
        for name, work in works.items():
            start = time.perf_counter()
            for page in pages:
                work(page)
            best[name] = min(best[name], time.perf_counter() - start)
    return {name: chars / seconds for name, seconds in best.items()}


def throughput(work: Callable[[str], object], pages: list[str], rounds: int) -> float:
    return throughputs({"work": work}, pages, rounds)["work"]


def page_by_page(works: dict[str, Callable[[str], object]], pages: list[str]) -> dict[str, float]:
    """Chars/s of each function over pages read once each; the functions take turns on every
    page, so a slow spell of the machine falls on all of them alike."""
    seconds = dict.fromkeys(works, 0.0)
    for page in pages:
        for name, work in works.items():
            start = time.perf_counter()
            work(page)
            seconds[name] += time.perf_counter() - start
    chars = sum(len(p) for p in pages)
    return {name: chars / spent for name, spent in seconds.items()}


def generated_pages(pages: list[str], times: int) -> list[str]:
    """`times` varied copies of the bundled pages (other figures and county names)."""
    rng = random.Random(11)
    counties = scale.fujian_counties()
    return [scale.vary(page, rng, counties) for _ in range(times) for page in pages]


def stage_rates(
    works: dict[str, Callable[[str], object]], pages: list[str], times: int
) -> dict[str, float]:
    """Chars/s of each function over `times` varied copies of `pages`, each function on
    copies of its own (no cache of another's helps it), taking turns page by page."""
    rngs = {name: random.Random(31 + number) for number, name in enumerate(works)}
    counties = scale.fujian_counties()
    seconds = dict.fromkeys(works, 0.0)
    chars = dict.fromkeys(works, 0)
    for _ in range(times):
        for page in pages:
            for name, work in works.items():
                text = scale.vary(page, rngs[name], counties)
                start = time.perf_counter()
                work(text)
                seconds[name] += time.perf_counter() - start
                chars[name] += len(text)
    return {name: chars[name] / seconds[name] for name in works}


def stage_lines(pages: list[str], money: Callable[[str], object], times: int) -> list[str]:
    """What the pipeline's parts cost beside jionlp's money extractor: each part run alone
    over the pages, as the pipeline runs it (figures line by line, regions over a text
    at once), and its time as a share of the time jionlp takes over the same text."""

    def figures(text: str) -> None:
        for line in text.splitlines():
            extract_quantities(line)

    works: dict[str, Callable[[str], object]] = {
        "jionlp.ner.extract_money": money,
        "the pipeline (`read_one`)": lambda text: read_one(Page("page.txt", text, "utf-8")),
        "layout repair (`repair`)": lambda text: repair(Page("page.txt", text, "utf-8")),
        "figures (`extract_quantities`, line by line)": figures,
        "region mentions (`regions.find`, a page at once)": regions.find,
    }
    rates = stage_rates(works, pages, times)
    theirs = rates["jionlp.ner.extract_money"]
    lines = [
        "## Where the pipeline's time goes",
        "",
        f"Each part run alone over {times}× varied copies of the bundled pages (copies of "
        "its own: no cache of another part helps it), taking turns page by page. The last "
        "column is the part's time as a share of the time jionlp's money extractor takes "
        "over the same text. The pipeline runs each of these parts over all of a page's "
        "text, and more (segmentation, periods, subjects, attribution, initiatives): "
        "it can match jionlp only where they add up to well under 100 %.",
        "",
        "| part | chars/s | time, as a share of jionlp's |",
        "| --- | --- | --- |",
    ]
    for name, rate in rates.items():
        lines.append(f"| {name} | {rate / 1e6:.3f} M | {100 * theirs / rate:.0f} % |")
    return lines


def per_second(
    pair: tuple[Callable[[str], object], Callable[[str], object]], texts: list[str], rounds: int
) -> tuple[float, float]:
    """Expressions per second of two parsers, taking turns, best of `rounds`."""
    best = [float("inf"), float("inf")]
    for _ in range(rounds):
        for which, parse in enumerate(pair):
            start = time.perf_counter()
            for text in texts:
                parse(text)
            best[which] = min(best[which], time.perf_counter() - start)
    return len(texts) / best[0], len(texts) / best[1]


def parses(parse: Callable[[str], object], text: str) -> bool:
    try:
        return parse(text) is not None
    except Exception:
        return False


def fresh_expressions(texts: list[str], rng: random.Random) -> list[str]:
    """The same expressions with other digits (1.5万 may become 7.3万): no cache has seen them."""
    return [re.sub("[1-9]", lambda _: str(rng.randint(1, 9)), text) for text in texts]


def fresh_rates(
    parse: Callable[[str], object], texts: list[str], rng: random.Random, rounds: int
) -> tuple[float, float]:
    """Expressions per second of the peer and of `parse_quantity` on expressions made anew
    in every round. Each call is timed alone, and only the expressions both read count:
    finding out which those are beforehand would put them in the caches."""
    spent = [0.0, 0.0]
    count = 0
    for _ in range(rounds):
        for text in fresh_expressions(texts, rng):
            times = []
            for function in (parse, parse_quantity):
                start = time.perf_counter()
                try:
                    ok = function(text) is not None
                except Exception:
                    ok = False
                times.append(time.perf_counter() - start)
                if not ok:
                    break
            else:
                spent[0] += times[0]
                spent[1] += times[1]
                count += 1
    return count / spent[0], count / spent[1]


def parse_lines(
    peers: dict[str, Callable[[str], object]], cases: list[str], rounds: int
) -> list[str]:
    lines = [
        "## `parse_quantity` against the peers' parsers",
        "",
        "Each pair timed on the expressions of tests/data/numbers.jsonl the peer "
        "parses without an error: as they are (a parser that keeps what it read "
        "is served from memory after the first round), and with other digits in "
        "every round (no cache helps; Arabic digits only, so a few expressions "
        "written in Chinese numerals repeat).",
        "",
        "| peer | expressions | peer per s | fjreports per s | fjreports is "
        "| fresh: peer per s | fresh: fjreports per s | fresh: fjreports is |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    rng = random.Random(3)
    for name, parse in peers.items():
        texts = [text for text in cases if parses(parse, text)]
        theirs, ours_rate = per_second((parse, parse_quantity), texts, rounds)
        fresh_theirs, fresh_ours = fresh_rates(parse, texts, rng, rounds)
        lines.append(
            f"| {name} | {len(texts)} | {theirs:,.0f} | {ours_rate:,.0f} | "
            f"{ours_rate / theirs:.2f}× | {fresh_theirs:,.0f} | {fresh_ours:,.0f} | "
            f"{fresh_ours / fresh_theirs:.2f}× |"
        )
    peer = next(iter(peers.values()))
    theirs, ours_rate = chinese_numeral_rates(peer, rng)
    lines += [
        "",
        f"Chinese numerals never seen before ({CHINESE_NUMERALS:,} distinct integers below "
        "10⁹ written out, `五亿四千三百一十四万…`), each read once by each parser, taking "
        f"turns: {next(iter(peers))} {theirs:,.0f} per s, fjreports {ours_rate:,.0f} per s: "
        f"fjreports is {ours_rate / theirs:.2f}×.",
    ]
    return lines


CHINESE_NUMERALS = 3000


def chinese_numeral_rates(
    parse: Callable[[str], object], rng: random.Random
) -> tuple[float, float]:
    """The peer's and `parse_quantity`'s rates on distinct Chinese numerals read once."""
    numbers: set[int] = set()
    while len(numbers) < CHINESE_NUMERALS:
        numbers.add(rng.randrange(10, 10**9))
    spent = [0.0, 0.0]
    for number in numbers:
        text = to_chinese(number)
        for which, function in enumerate((parse, parse_quantity)):
            start = time.perf_counter()
            function(text)
            spent[which] += time.perf_counter() - start
    return CHINESE_NUMERALS / spent[0], CHINESE_NUMERALS / spent[1]


# Run in a fresh interpreter: the time to import and load the county-level gazetteer, then
# the township table; then (tracing slows allocation, so apart) the memory the table takes.
GAZETTEER_PROBE = """
import gzip, time, tracemalloc
from importlib import resources
t = time.perf_counter()
from fjreports import regions
regions.all()
county = time.perf_counter() - t
from fjreports.places.gazetteer import gazetteer
from fjreports.places.townships import TownshipTable, township_table
t = time.perf_counter()
table = township_table()
townships = time.perf_counter() - t
data = resources.files("fjreports").joinpath("data", "townships.tsv.gz").read_bytes()
text = gzip.decompress(data).decode()
tracemalloc.start()
again = TownshipTable(text, gazetteer())
memory = tracemalloc.get_traced_memory()[0]
print(county, townships, memory, len(table))
"""


def gazetteer_lines(pages: list[str], rounds: int) -> list[str]:
    probes = [
        subprocess.run([sys.executable, "-c", GAZETTEER_PROBE], capture_output=True, text=True,
                       check=True).stdout.split()
        for _ in range(3)
    ]  # fmt: skip
    county = min(float(p[0]) for p in probes)
    townships = min(float(p[1]) for p in probes)
    memory, count = int(probes[0][2]), int(probes[0][3])
    levels = Counter(r.level.value for r in regions.all())
    levels["township"] = count
    regions.find("尤溪县城关镇")  # the township table loaded before the timing
    rate = throughput(regions.find, pages, rounds)
    mentions = sum(len(regions.find(p)) for p in pages)
    return [
        "## The gazetteer",
        "",
        "| measure | value |",
        "| --- | --- |",
        *(f"| regions at level {level} | {count:,} |" for level, count in sorted(levels.items())),
        f"| import and load to county level, fresh process (best of 3) | {county * 1000:.0f} ms |",
        f"| then the township table, on first use (best of 3) | {townships * 1000:.0f} ms |",
        f"| memory the township table takes | {memory / 1e6:.1f} MB |",
        f"| `regions.find`, bundled corpus, townships loaded | {rate / 1e6:.3f} M chars/s |",
        f"| mentions found in the bundled corpus | {mentions} |",
    ]


COLD = {
    "fjreports (import, then regions.get)": ("import fjreports; fjreports.regions.get('集美')"),
    "cn2an (import)": "import cn2an",
    "jionlp (import)": "import jionlp",
}


def cold_start_lines(runs: int = 7) -> list[str]:
    """Wall time of a fresh interpreter doing each line, less an empty interpreter's;
    the commands take turns, and each keeps its median."""

    def seconds(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        return time.perf_counter() - start

    times: dict[str, list[float]] = {name: [] for name in ("python", *COLD)}
    for _ in range(runs):
        times["python"].append(seconds("pass"))
        for name, code in COLD.items():
            times[name].append(seconds(code))
    base = statistics.median(times["python"])
    cost = {name: statistics.median(times[name]) - base for name in COLD}
    ours = cost[next(iter(COLD))]
    lines = [
        "## Cold start",
        "",
        f"A fresh interpreter per run, median of {runs}, less the interpreter's own "
        f"start ({base * 1000:.0f} ms).",
        "",
        "| what | ms | fjreports is |",
        "| --- | --- | --- |",
    ]
    for name, spent in cost.items():
        ratio = "—" if spent == ours else f"{ours / spent:.2f}× its time"
        lines.append(f"| {name} | {spent * 1000:.0f} | {ratio} |")
    return lines


def page_lines() -> list[str]:
    """benchmarks/pages.py, in its own processes: one big page, bad input, workers."""
    out = subprocess.run(
        [sys.executable, str(HERE / "pages.py")], check=True, capture_output=True, text=True
    ).stdout
    return [
        "## One page of any size, bad input, and workers",
        "",
        "From `benchmarks/pages.py`: each page read in a fresh process, on text made "
        "anew; CPU seconds and peak memory.",
        "",
        *out.strip().splitlines(),
    ]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = os.cpu_count() or 1
    return f"{platform.system()} {platform.release()}, {cpu}, {cores} logical cores"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--quick", action="store_true", help="3 rounds, no 100x corpus")
    args = parser.parse_args()
    if args.quick:
        args.rounds = 3
    pages = [p.read_text(encoding="utf-8-sig") for p in seed_pages()]
    cases = load_cases()
    before = [extract_quantities(p) for p in pages]

    import chinese2digits
    import cn2an
    import jionlp

    # One peer changes the global decimal context when imported; ours must not care.
    assert [extract_quantities(p) for p in pages] == before, "results changed with the context"

    def c2d_value(text: str) -> object:
        found = chinese2digits.takeNumberFromString(text)["digitsStringList"]
        return found[0] if len(found) == 1 else None

    lines = [
        "# Performance",
        "",
        f"Run on {time.strftime('%Y-%m-%d')}: {machine()}.",
        "",
        f"Python {platform.python_version()} on {platform.machine()}, "
        f"{sum(len(p) for p in pages):,} characters in {len(pages)} bundled pages, "
        f"best of {args.rounds}.",
        "",
        f"## Accuracy on {len(cases)} expressions (tests/data/numbers.jsonl)",
        "",
        "| parser | values right | malformed refused | overall |",
        "| --- | --- | --- | --- |",
        accuracy("fjreports", ours, cases),
        accuracy("cn2an.cn2an (smart)", peer_value(lambda t: cn2an.cn2an(t, "smart")), cases),
        accuracy("chinese2digits", peer_value(c2d_value), cases),
        "",
        "## Throughput over the bundled corpus",
        "",
        "| function | gives | chars/s | fjreports is |",
        "| --- | --- | --- | --- |",
    ]
    works: dict[str, tuple[str, Callable[[str], object]]] = {
        "fjreports.extract_quantities": (
            "value, unit, qualifier, span: every kind",
            extract_quantities,
        ),
        "cn2an.transform": ("numbers only", lambda p: cn2an.transform(p, "cn2an")),
        "chinese2digits.takeNumberFromString": (
            "numbers only",
            chinese2digits.takeNumberFromString,
        ),
        "jionlp.ner.extract_money": ("money only", jionlp.ner.extract_money),
    }
    rates = throughputs({name: work for name, (_, work) in works.items()}, pages, args.rounds)
    ours_rate = rates["fjreports.extract_quantities"]
    rows = [(name, gives, rates[name]) for name, (gives, _) in works.items()]
    for name, gives, rate in rows:
        ratio = "—" if rate == ours_rate else f"{ours_rate / rate:.2f}×"
        lines.append(f"| {name} | {gives} | {rate / 1e6:.3f} M | {ratio} |")
    peers = {
        "cn2an.cn2an (smart)": lambda t: cn2an.cn2an(t, "smart"),
        "jionlp.parse_money": jionlp.parse_money,
    }
    expressions = [str(case["input"]) for case in cases if not case["error"]]
    lines += ["", *parse_lines(peers, expressions, args.rounds)]
    # The whole per-page step: segment, regions, metrics, initiatives.
    pipeline = {
        "pipeline": lambda text: read_one(Page("page.txt", text, "utf-8")),
        "money": jionlp.ner.extract_money,
    }
    rounds = 2 * args.rounds  # the longest work here: twice the rounds, for steadier ratios
    warm = throughputs(pipeline, pages, rounds)
    once = page_by_page(pipeline, generated_pages(pages, 10))
    sizes = (1, 10) if args.quick else (1, 10, 100)
    scaling, fresh = scale.scaling_lines(pages, sizes)
    lines += [
        "",
        "## The whole pipeline",
        "",
        "Each row times `read_one` (layout repair, segmentation, regions, metrics, "
        "initiatives) and `jionlp.ner.extract_money` on the same pages, taking turns.",
        "",
        "| measure | fjreports chars/s | jionlp money chars/s | fjreports is |",
        "| --- | --- | --- | --- |",
        f"| bundled pages, best of {rounds} (caches warm) | {warm['pipeline'] / 1e6:.3f} M "
        f"| {warm['money'] / 1e6:.3f} M | {warm['pipeline'] / warm['money']:.2f}× |",
        f"| generated pages (10×), each read once, turns page by page "
        f"| {once['pipeline'] / 1e6:.3f} M | {once['money'] / 1e6:.3f} M "
        f"| {once['pipeline'] / once['money']:.2f}× |",
        f"| generated pages ({sizes[-1]}×) streamed in a fresh process (below) "
        f"| {fresh / 1e6:.3f} M | — | — |",
        "",
        *scaling,
        "",
        *stage_lines(pages, jionlp.ner.extract_money, 3 if args.quick else 10),
        "",
        *scale.hostile_lines(),
        "",
        *gazetteer_lines(pages, args.rounds),
        "",
        *cold_start_lines(),
    ]
    if not args.quick:
        lines += ["", *page_lines()]
    report = "\n".join(lines) + "\n"
    print(report)
    if not args.quick:  # the Performance page shows full runs only
        (HERE / "RESULTS.md").write_text(report, encoding="utf-8")


if __name__ == "__main__":
    import warnings

    warnings.simplefilter("ignore")  # cn2an warns on every numeral it cannot read
    main()
