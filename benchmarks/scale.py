"""The pipeline's speed, its growth with the input, and hostile input.

Used by `run.py`; run alone as `python benchmarks/scale.py FOLDER MODE` it
reads FOLDER in a fresh process (MODE `stream`: `iter_pages`, one page at a
time; `load`: the whole corpus held) and prints seconds and peak memory.
"""

from __future__ import annotations

import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from fjreports import extract_quantities, iter_pages, load, regions, try_parse_quantity
from fjreports.corpus import read_one, seed_pages
from fjreports.layout import Page
from fjreports.regions import Region

HERE = Path(__file__).resolve().parent


def fujian_counties() -> list[Region]:
    return sorted(
        (
            r
            for r in regions.all()
            if r.code is not None and r.code.startswith("35") and r.level.value == "county"
        ),
        key=lambda r: r.code or "",
    )


# A run of digits and what follows it: years, months and days must stay dates.
DIGITS = re.compile(r"[0-9]+(?=(年|月|日|号)?)")


def fresh_digits(text: str, rng: random.Random) -> str:
    """`text` with every figure's digits drawn anew, dates kept dates: a four-digit year
    stays a year (2022年 may become 2017年, never 6707年, which would read as a duration),
    a month stays 1-12 and a day 1-28."""

    def figure(match: re.Match[str]) -> str:
        digits, after = match.group(), match.group(1)
        if after == "年" and len(digits) == 4:
            return str(rng.randint(1990, 2030))
        if after == "月" and len(digits) <= 2:
            return str(rng.randint(1, 12))
        if after in ("日", "号") and len(digits) <= 2:
            return str(rng.randint(1, 28))
        first = str(rng.randint(1, 9)) if digits[0] != "0" else "0"
        return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])

    return DIGITS.sub(figure, text)


def vary(text: str, rng: random.Random, counties: list[Region]) -> str:
    """A new page from a bundled one: other figures, other Fujian county names."""
    text = fresh_digits(text, rng)
    swap = {r.code: rng.choice(counties) for r in counties}
    pieces, at = [], 0
    for mention in regions.find(text):
        region = mention.region
        if region is None or region.code not in swap:
            continue
        other = swap[region.code]
        for old, new in ((region.name, other.name), (region.short_name, other.short_name)):
            if old and new and mention.text.endswith(old):
                start, end = mention.span[1] - len(old), mention.span[1]
                pieces += [text[at:start], new]
                at = end
                break
    pieces.append(text[at:])
    return "".join(pieces)


def write_corpus(folder: Path, pages: list[str], times: int, seed: int = 7) -> int:
    """`times` copies of the bundled pages, each varied; returns the characters written."""
    rng = random.Random(seed)
    names = fujian_counties()
    folder.mkdir(parents=True, exist_ok=True)
    chars = 0
    for copy in range(times):
        for number, page in enumerate(pages):
            text = vary(page, rng, names)
            (folder / f"{copy:04d}_{number}.txt").write_text(text, encoding="utf-8")
            chars += len(text)
    return chars


def child(folder: str, mode: str) -> None:
    # Load the gazetteer and compile the patterns first: a fixed cost, not the per-page one.
    for seed in seed_pages():
        read_one(Page(seed.name, seed.read_text(encoding="utf-8-sig"), "utf-8"))
    start = time.perf_counter()
    if mode == "stream":
        metrics = sum(len(found) for _, _, found, _ in iter_pages(folder))
    else:
        metrics = len(load(folder).metrics)
    seconds = time.perf_counter() - start
    print(seconds, peak_kilobytes(), metrics)


def peak_kilobytes() -> int:
    """Peak resident size of this process. `ru_maxrss` is kept across `exec` on Linux,
    so a child would report its parent's peak; the kernel's VmHWM starts afresh."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="utf-8").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def measure(folder: Path, mode: str) -> tuple[float, float, int]:
    out = subprocess.run(
        [sys.executable, str(HERE / "scale.py"), str(folder), mode],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(out[0]), int(out[1]) / 1024, int(out[2])


def scaling_lines(
    pages: list[str], sizes: tuple[int, ...] = (1, 10, 100)
) -> tuple[list[str], float]:
    """The scaling table, and chars/s of the largest size streamed."""
    lines = [
        "## Scaling: the pipeline over generated pages",
        "",
        "Copies of the bundled pages with other figures and other county names, "
        "each size read in a fresh process; the sizes take turns, and each shows its "
        "median run (of 5, 3 at 100×). "
        "`stream` is `iter_pages` (one page "
        "held at a time), `load` holds the whole corpus; memory is the peak "
        "resident size of the process (interpreter and gazetteer included).",
        "",
        "| size | characters | metrics | stream time | × of 1× | stream peak | load peak |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    base = None
    rate = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        folders = {times: Path(tmp) / f"x{times}" for times in sizes}
        chars = {times: write_corpus(folders[times], pages, times) for times in sizes}
        # The sizes take turns, five rounds (three for the largest), and each keeps its median
        # run: the short runs then fall over the machine's fast and slow spells as the long
        # ones do, instead of all landing in one spell.
        runs: dict[int, list[tuple[float, float, int]]] = {times: [] for times in sizes}
        for round_ in range(5):
            for times in sizes:
                if times < 100 or round_ < 3:
                    runs[times].append(measure(folders[times], "stream"))
        for times in sizes:
            ordered = sorted(runs[times])
            seconds, stream_mb, metrics = ordered[len(ordered) // 2]
            _, load_mb, _ = measure(folders[times], "load")
            base = base or seconds
            rate = chars[times] / seconds
            lines.append(
                f"| {times}× | {chars[times]:,} | {metrics:,} | {seconds:.2f} s | "
                f"{seconds / base:.1f}× | {stream_mb:.0f} MB | {load_mb:.0f} MB |"
            )
    return lines, rate


HOSTILE: dict[str, Callable[[int], str]] = {
    "digits": lambda n: "1" * n,
    "一": lambda n: "一" * n,
    "万": lambda n: "万" * n,
    "1.1.1.1…": lambda n: "1." * (n // 2),
    "quotes and brackets": lambda n: "“1”（）【】" * (n // 7),
    "mixed scripts": lambda n: "集美区约6000万元,4900余亩;abc 5G ①½ ١٢٣。" * (n // 30),
    "region names": lambda n: "福建省厦门市集美区闽宁镇溪州村" * (n // 15),
    # How reports are really typed and stored.
    "invisible marks in figures": lambda n: "收入3\u200b000万\u00ad元，" * (n // 10),
    "full-width thousands": lambda n: "总额12，500万元，" * (n // 10),
    "signs": lambda n: "增长-3.2%，亏损−300万元，" * (n // 15),
    "numbers apart": lambda n: "排名 3 1500万元\n2023\n" * (n // 17),
    "bare magnitudes": lambda n: "单位：万元，每万元GDP，万元户，" * (n // 17),
}


def hostile_lines() -> list[str]:
    functions: dict[str, Callable[[str], object]] = {
        "extract_quantities": extract_quantities,
        "try_parse_quantity": try_parse_quantity,
        "regions.find": regions.find,
    }
    lines = [
        "## Hostile input: 100 KB and 1 MB",
        "",
        "Seconds for each input at 100,000 and 1,000,000 characters; a ratio "
        "near 10 is linear time.",
        "",
        "| input | " + " | ".join(f"`{name}` 1 MB (ratio)" for name in functions) + " |",
        "| --- |" + " --- |" * len(functions),
    ]
    for label, make in HOSTILE.items():
        cells = []
        for function in functions.values():
            times = []
            for size in (100_000, 1_000_000):
                text = make(size)
                start = time.perf_counter()
                function(text)
                times.append(time.perf_counter() - start)
            ratio = times[1] / times[0] if times[0] > 0 else float("nan")
            cells.append(f"{times[1]:.2f} s ({ratio:.1f})")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return lines


if __name__ == "__main__":
    child(sys.argv[1], sys.argv[2])
