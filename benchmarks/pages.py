"""One big page and many processes: growth with the size of one page, and workers.

Run from the project root: `python benchmarks/pages.py`. Each measurement runs
in a fresh process, on text made anew (other digits), so no cache helps:

- one page of 0.5, 1, 2, 4 and 8 MB made of the bundled pages one after
  another: CPU seconds and peak memory, with the ratio to 0.5 MB (linear
  growth gives 2, 4, 8, 16);
- one paragraph of figures, 100 KB and 1 MB;
- `load(workers=1)` against `load(workers=2)` over 100 generated pages: wall
  time, and CPU of the parent and its children together.
"""

from __future__ import annotations

import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def make_text(kind: str, size: int, seed: int) -> str:
    from fjreports.corpus import seed_pages

    rng = random.Random(seed)
    pages = [p.read_text(encoding="utf-8-sig") for p in seed_pages()]

    def fresh(text: str) -> str:
        digits = re.compile(r"[0-9]+")
        return digits.sub(lambda m: "".join(str(rng.randint(1, 9)) for _ in m.group()), text)

    parts: list[str] = []
    length = 0
    while length < size:
        if kind == "page":
            part = fresh(pages[len(parts) % len(pages)]) + "\n\n"
        else:
            part = (
                f"新增项目{rng.randint(1, 999)}个，投资{rng.randint(1, 9999)}万元，"
                f"同比增长{rng.randint(1, 99)}.{rng.randint(0, 9)}%，"
            )
        parts.append(part)
        length += len(part)
    return "".join(parts) + ("" if kind == "page" else "。")


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
    sys.path.insert(0, str(HERE))
    import tempfile

    from scale import write_corpus

    from fjreports.corpus import seed_pages

    with tempfile.TemporaryDirectory() as folder:
        pages = [p.read_text(encoding="utf-8-sig") for p in seed_pages()]
        write_corpus(Path(folder), pages, 20)
        one_wall, one_cpu = fresh_process("workers", "1", folder)
        two_wall, two_cpu = fresh_process("workers", "2", folder)
    print()
    print("| load, 100 pages | wall s | CPU s (parent and children) |")
    print("| --- | --- | --- |")
    print(f"| workers=1 | {one_wall:.2f} | {one_cpu:.2f} |")
    print(f"| workers=2 | {two_wall:.2f} | {two_cpu:.2f} |")
    print(f"| ratio | {two_wall / one_wall:.2f} | {two_cpu / one_cpu:.2f} |")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "one":
        one(sys.argv[2], int(sys.argv[3]))
    elif len(sys.argv) > 1 and sys.argv[1] == "workers":
        workers(int(sys.argv[2]), sys.argv[3])
    else:
        main()
