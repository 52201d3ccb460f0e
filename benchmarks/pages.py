"""One big page and many processes: growth with the size of one page, and workers.

Run from the project root: `python benchmarks/pages.py` (`… compare-workers` runs
the last comparison alone). Each measurement runs
in a fresh process, on text made anew (other digits), so no cache helps:

- one page of 0.5, 1, 2, 4 and 8 MB made of the bundled pages one after
  another: CPU seconds and peak memory, with the ratio to 0.5 MB (linear
  growth gives 2, 4, 8, 16);
- one paragraph of figures, 100 KB and 1 MB;
- bad input: one page of 20 MB, one line of figures of 10 MB with no line
  break, a page of a million blank lines;
- `load(workers=1)` against `load(workers=2)` over 300 generated pages, seven
  runs taking turns: wall time, and CPU of the parent and its children together
  (medians).
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from statistics import median

HERE = Path(__file__).resolve().parent
WORKER_COPIES = 60  # of the five bundled pages: 300 pages
WORKER_ROUNDS = 15


def make_text(kind: str, size: int, seed: int) -> str:
    from scale import fresh_digits

    from fjreports.corpus import seed_pages

    rng = random.Random(seed)
    pages = [p.read_text(encoding="utf-8-sig") for p in seed_pages()]

    if kind == "blank":
        return "\n" * size
    parts: list[str] = []
    length = 0
    while length < size:
        if kind == "page":
            part = fresh_digits(pages[len(parts) % len(pages)], rng) + "\n\n"
        else:
            part = (
                f"新增项目{rng.randint(1, 999)}个，投资{rng.randint(1, 9999)}万元，"
                f"同比增长{rng.randint(1, 99)}.{rng.randint(0, 9)}%，"
            )
        parts.append(part)
        length += len(part)
    # A paragraph ends with its last sentence; a line runs on with no line break at all.
    return "".join(parts) + {"page": "", "paragraph": "。", "line": ""}[kind]


def one(kind: str, size: int) -> None:
    """In this process: read one page of `size` characters; print CPU seconds and peak MB."""
    from fjreports.corpus import read_one
    from fjreports.layout import Page

    text = make_text(kind, size, seed=size)
    start = time.process_time()
    read_one(Page("big.txt", text))
    seconds = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{seconds:.3f} {peak:.0f}")


def workers(count: int, folder: str) -> None:
    """In this process: load `folder` with `count` workers; print wall and CPU seconds."""
    import fjreports

    start = time.perf_counter()
    fjreports.load(folder, workers=count)
    wall = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    print(f"{wall:.3f} {cpu:.3f}")


def fresh_process(*args: str) -> list[float]:
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True
    ).stdout
    return [float(x) for x in out.split()]


def main() -> None:
    print("| one page | CPU s | ratio to 0.5 MB | peak MB |")
    print("| --- | --- | --- | --- |")
    base = None
    for megabytes in (0.5, 1, 2, 4, 8):
        seconds, peak = fresh_process("one", "page", str(int(megabytes * 1_000_000)))
        base = base or seconds
        print(f"| {megabytes} MB | {seconds:.2f} | {seconds / base:.1f} | {peak:.0f} |")
    for size in (100_000, 1_000_000):
        seconds, peak = fresh_process("one", "paragraph", str(size))
        print(f"| paragraph of figures, {size // 1000} KB | {seconds:.2f} | | {peak:.0f} |")
    # Bad input: a page far larger than any report, a page that is one line, a page of
    # nothing but line breaks.
    for label, kind, size in (
        ("one page of 20 MB", "page", 20_000_000),
        ("one line of figures, 10 MB", "line", 10_000_000),
        ("a million blank lines", "blank", 1_000_000),
    ):
        seconds, peak = fresh_process("one", kind, str(size))
        print(f"| {label} | {seconds:.2f} | | {peak:.0f} |")
    compare_workers()


def compare_workers() -> None:
    """`load` with one worker against two, over generated pages."""
    sys.path.insert(0, str(HERE))
    import tempfile

    from scale import write_corpus

    from fjreports.corpus import seed_pages

    with tempfile.TemporaryDirectory() as folder:
        pages = [p.read_text(encoding="utf-8-sig") for p in seed_pages()]
        write_corpus(Path(folder), pages, WORKER_COPIES)
        # The machine's speed drifts by 10-20 % between runs: the two take turns, and the
        # ratios are the medians of the runs' ratios.
        runs = []
        for _ in range(WORKER_ROUNDS):
            one_wall, one_cpu = fresh_process("workers", "1", folder)
            two_wall, two_cpu = fresh_process("workers", "2", folder)
            runs.append((one_wall, one_cpu, two_wall, two_cpu))
    pages_read = WORKER_COPIES * len(pages)
    print()
    head = f"load, {pages_read} pages, median of {WORKER_ROUNDS}"
    print(f"| {head} | wall s | CPU s (parent and children) |")
    print("| --- | --- | --- |")
    print(f"| workers=1 | {median(r[0] for r in runs):.2f} | {median(r[1] for r in runs):.2f} |")
    print(f"| workers=2 | {median(r[2] for r in runs):.2f} | {median(r[3] for r in runs):.2f} |")
    print(
        f"| ratio | {median(r[2] / r[0] for r in runs):.2f} "
        f"| {median(r[3] / r[1] for r in runs):.2f} |"
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "one":
        one(sys.argv[2], int(sys.argv[3]))
    elif len(sys.argv) > 1 and sys.argv[1] == "workers":
        workers(int(sys.argv[2]), sys.argv[3])
    elif len(sys.argv) > 1 and sys.argv[1] == "compare-workers":
        compare_workers()
    else:
        main()
