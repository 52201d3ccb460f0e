"""Side-by-side benchmark of the number and quantity parser.

One command, one markdown table out (stdout and benchmarks/RESULTS.md):

    make bench        # installs the peers (cn2an, chinese2digits) and runs this

1. Accuracy on the expression list in tests/data/numbers.jsonl: the value of
   each expression (magnitude words multiplied in). The peers parse numbers
   only, so they are handed the numeral alone (the longest run of numeral
   characters) where the whole expression fails; ranges count as wrong for them.
2. Throughput over the bundled corpus: `extract_quantities` (value, unit,
   qualifier and span of every kind of quantity) against `cn2an.transform`
   and `chinese2digits.takeNumberFromString` (numbers only, no units).
3. The gazetteer: regions per level, the time to load it (in a fresh
   process), and `regions.find` throughput over the bundled corpus.
"""

from __future__ import annotations

import argparse
import decimal
import json
import platform
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from fjreports import extract_quantities, parse_quantity, regions
from fjreports._bundled import seed_pages
from fjreports.numerals import NUMERAL_CHARS

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


def throughput(work: Callable[[str], object], pages: list[str], rounds: int) -> float:
    chars = sum(len(p) for p in pages)
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for page in pages:
            work(page)
        best = min(best, time.perf_counter() - start)
    return chars / best


def gazetteer_lines(pages: list[str], rounds: int) -> list[str]:
    probe = (
        "import time; t = time.perf_counter(); from fjreports import regions; "
        "regions.all(); print(time.perf_counter() - t)"
    )
    loads = [
        float(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                             check=True).stdout)
        for _ in range(3)
    ]  # fmt: skip
    levels = Counter(r.level.value for r in regions.all())
    rate = throughput(regions.find, pages, rounds)
    mentions = sum(len(regions.find(p)) for p in pages)
    return [
        "## The gazetteer",
        "",
        "| measure | value |",
        "| --- | --- |",
        *(f"| regions at level {level} | {count:,} |" for level, count in sorted(levels.items())),
        f"| import and load, fresh process (best of 3) | {min(loads) * 1000:.0f} ms |",
        f"| `regions.find` over the bundled corpus | {rate / 1e6:.3f} M chars/s |",
        f"| mentions found in the bundled corpus | {mentions} |",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    pages = [p.read_text(encoding="utf-8-sig") for p in seed_pages()]
    cases = load_cases()
    before = [extract_quantities(p) for p in pages]

    import chinese2digits
    import cn2an

    # One peer changes the global decimal context when imported; ours must not care.
    assert [extract_quantities(p) for p in pages] == before, "results changed with the context"

    def c2d_value(text: str) -> object:
        found = chinese2digits.takeNumberFromString(text)["digitsStringList"]
        return found[0] if len(found) == 1 else None

    lines = [
        "# Benchmarks",
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
    ours_rate = throughput(extract_quantities, pages, args.rounds)
    rows = [
        ("fjreports.extract_quantities", "value, unit, qualifier, span: every kind", ours_rate),
        (
            "cn2an.transform",
            "numbers only",
            throughput(lambda p: cn2an.transform(p, "cn2an"), pages, args.rounds),
        ),
        (
            "chinese2digits.takeNumberFromString",
            "numbers only",
            throughput(chinese2digits.takeNumberFromString, pages, args.rounds),
        ),
    ]
    for name, gives, rate in rows:
        ratio = "—" if rate == ours_rate else f"{ours_rate / rate:.2f}×"
        lines.append(f"| {name} | {gives} | {rate / 1e6:.3f} M | {ratio} |")
    lines += ["", *gazetteer_lines(pages, args.rounds)]
    report = "\n".join(lines) + "\n"
    print(report)
    (HERE / "RESULTS.md").write_text(report, encoding="utf-8")


if __name__ == "__main__":
    import warnings

    warnings.simplefilter("ignore")  # cn2an warns on every numeral it cannot read
    main()
