"""Draw the documentation's figures from the library itself.

    pip install -e ".[docs-figures]"      # matplotlib
    python docs/make_figures.py           # writes docs/img/*.png (performance.png from
                                          # benchmarks/RESULTS.md)

Chinese labels need a CJK font (on Debian: apt-get install fonts-wqy-microhei);
the script says so and stops if none is installed.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402

import fjreports  # noqa: E402

OUT = Path(__file__).resolve().parent / "img"
CJK_FONTS = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC")


def cjk_font() -> str:
    installed = {f.name for f in font_manager.fontManager.ttflist}
    for name in CJK_FONTS:
        if name in installed:
            return name
    sys.exit("no CJK font found: install one (apt-get install fonts-wqy-microhei)")


def money_by_region(corpus: fjreports.Corpus) -> None:
    """Exact figures of money per region, in 亿元 (approximate ones left out)."""
    exact = corpus.metrics.where(kind="money", qualifier=None)
    totals: dict[str, Decimal] = {}
    for region, group in exact.group_by("region").items():
        if region is None:
            continue
        singles = [m for m in group if m.value is not None]
        total = sum((m.quantity.to("亿元", places=4).value for m in singles), Decimal(0))
        totals[region.name] = total
    ranked = sorted(totals.items(), key=lambda item: item[1], reverse=True)[:12]
    names = [name for name, _ in ranked][::-1]
    values = [float(value) for _, value in ranked][::-1]  # floats only to draw the bars
    fig, ax = plt.subplots(figsize=(7, 4.2), dpi=120)
    ax.barh(names, values, color="#3f7cac")
    ax.set_xscale("log")
    ax.set_xlabel("亿元 (log scale): exact money figures of the bundled pages")
    ax.set_title("Money metrics per region")
    for y, value in enumerate(values):
        ax.text(value, y, f" {value:,.2f}", va="center", fontsize=8)
    fig.tight_layout()
    fig.savefig(OUT / "money_by_region.png")
    plt.close(fig)


def pipeline() -> None:
    """The pipeline, one box a step."""
    steps = [
        ("page file", "UTF-8, GB18030 ..."),
        ("layout repair", "joined lines,\nmap to raw text"),
        ("articles", "titles, bylines,\ncaptions"),
        ("quantities\n& regions", "parser,\ngazetteer"),
        ("metrics &\ninitiatives", "subject, period,\nregion"),
        ("corpus", "queries, JSON,\ncommand line"),
    ]
    fig, ax = plt.subplots(figsize=(9, 1.9), dpi=120)
    ax.set_xlim(0, len(steps) * 1.5)
    ax.set_ylim(0, 1.6)
    ax.axis("off")
    for i, (name, note) in enumerate(steps):
        x = i * 1.5 + 0.1
        ax.add_patch(plt.Rectangle((x, 0.55), 1.15, 0.8, color="#dbe8f3", ec="#3f7cac"))
        ax.text(x + 0.575, 0.95, name, ha="center", va="center", fontsize=9)
        ax.text(x + 0.575, 0.25, note, ha="center", va="center", fontsize=7, color="#444444")
        if i + 1 < len(steps):
            ax.annotate("", xy=(x + 1.45, 0.95), xytext=(x + 1.17, 0.95),
                        arrowprops={"arrowstyle": "->", "color": "#3f7cac"})  # fmt: skip
    fig.tight_layout()
    fig.savefig(OUT / "pipeline.png")
    plt.close(fig)


RESULTS = Path(__file__).resolve().parent.parent / "benchmarks" / "RESULTS.md"


def _table(heading: str) -> list[list[str]]:
    """The rows of the markdown table under `heading` in benchmarks/RESULTS.md."""
    lines = RESULTS.read_text(encoding="utf-8").splitlines()
    start = lines.index(heading)
    rows = []
    for line in lines[start + 1 :]:
        if line.startswith("## "):
            break
        if line.startswith("| ") and not line.startswith("| ---"):
            rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows[1:]  # the header row off


def performance() -> None:
    """Throughput over the bundled corpus, from the last full benchmark run."""
    rows = _table("## Throughput over the bundled corpus")
    names = [row[0].strip("`") for row in rows][::-1]
    rates = [float(row[2].split()[0]) for row in rows][::-1]  # M chars/s, only to draw
    fig, ax = plt.subplots(figsize=(7, 2.6), dpi=120)
    colours = ["#3f7cac" if name.startswith("fjreports") else "#9bb7cf" for name in names]
    ax.barh(names, rates, color=colours)
    ax.set_xlabel("million characters a second (more is faster)")
    ax.set_title("Finding figures in the bundled pages")
    for y, rate in enumerate(rates):
        ax.text(rate, y, f" {rate:.2f}", va="center", fontsize=8)
    fig.tight_layout()
    fig.savefig(OUT / "performance.png")
    plt.close(fig)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    performance()  # Latin labels only: needs no CJK font
    plt.rcParams["font.family"] = cjk_font()
    corpus = fjreports.load()
    money_by_region(corpus)
    pipeline()
    print(f"wrote {', '.join(sorted(p.name for p in OUT.glob('*.png')))} to {OUT}")


if __name__ == "__main__":
    main()
