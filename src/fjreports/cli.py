"""The `fjreports` command.

    fjreports summary [--pages DIR]
    fjreports articles [--pages DIR] [--format table|csv|json]
    fjreports metrics [--pages DIR] [--region R] [--kind K] [--unit U] [--min Q] [--max Q]
                      [--format table|csv|json]
    fjreports initiatives [--pages DIR] [--region R] [--format table|csv|json]
    fjreports quantities [--pages DIR] [--format table|json] [--all]
    fjreports parse "约6000万元"
    fjreports convert "4900亩" --to 公顷 [--places N]
    fjreports regions 集美 [--find]

Without `--pages` the bundled pages are read; `--workers N` reads them in N
processes (the output is the same). JSON output is one document (a
list of records, regions as objects with `code` and `name`); tables align
Chinese text. Errors go to standard error as one line, with exit status 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import __version__, regions
from .corpus import Corpus, load, seed_pages
from .corpus.tables import row_of
from .errors import FjreportsError
from .numbers import Kind, Quantity, extract_quantities, format_quantity, parse_quantity
from .terminal import console, emit, table

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    Examples:
        >>> main(["parse", "约6000万元"])
        value      60,000,000
        unit       元
        qualifier  about
        kind       money
        display    约6000万元 / about 60 million yuan
        0
    """
    parser = _parser()
    args = parser.parse_args(argv)
    shown = warnings.showwarning
    warnings.showwarning = _one_line  # a warning is one line of the command line's own
    try:
        result: int = args.run(args)
        return result
    except BrokenPipeError:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - the reader went away (| head)
        return 0
    except KeyboardInterrupt:
        # Ctrl-C: one line, and the shell's status for a run ended by SIGINT.
        print("\nfjreports: interrupted", file=sys.stderr)
        return 130
    except (FjreportsError, OSError, KeyError, ValueError) as err:
        # str() of a KeyError quotes its key; every other message is printed as it is.
        text = str(err.args[0]) if isinstance(err, KeyError) and err.args else str(err)
        message = text or type(err).__name__
        print(f"fjreports: error: {message}", file=sys.stderr)
        return 2
    finally:
        warnings.showwarning = shown


def _one_line(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: Any = None,
    line: str | None = None,
) -> None:
    """`fjreports: warning: …`, not Python's two lines pointing into the library."""
    print(f"fjreports: warning: {message}", file=sys.stderr)


def _workers(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"takes a whole number, not {text!r}") from None
    if count < 1:
        raise argparse.ArgumentTypeError(f"takes 1 or more, not {count}")
    return count


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fjreports", description="Figures from Chinese regional-development reports."
    )
    parser.add_argument("--version", action="version", version=f"fjreports {__version__}")
    commands = parser.add_subparsers(required=True, metavar="command")

    def with_pages(name: str, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help)
        sub.add_argument(
            "--pages",
            type=Path,
            help="a folder of pages (.txt, .html, .pdf; with its subfolders), or one page",
        )
        sub.add_argument(
            "--workers", type=_workers, default=1, help="read the pages in this many processes"
        )
        sub.add_argument(
            "--errors",
            choices=("raise", "skip"),
            default="raise",
            help="a page that cannot be read stops the run, or is left out and named (skip)",
        )
        return sub

    summary = with_pages("summary", "pages, articles, metrics per kind, regions, initiatives")
    summary.set_defaults(run=_summary)

    articles = with_pages("articles", "the articles and captions of the pages")
    articles.add_argument("--format", choices=("table", "csv", "json"), default="table")
    articles.set_defaults(run=_articles)

    metrics = with_pages("metrics", "the figures of the pages, with what, when and where")
    metrics.add_argument("--region", help="a region, with the regions within it (厦门市)")
    metrics.add_argument("--kind", choices=[k.value for k in Kind])
    metrics.add_argument("--unit", help="the unit, in any written form (亩, 元, 平米)")
    metrics.add_argument("--min", help="a lower bound in any unit of the kind (1亿元)")
    metrics.add_argument("--max", help="an upper bound in any unit of the kind (500万元)")
    metrics.add_argument("--format", choices=("table", "csv", "json"), default="table")
    metrics.add_argument(
        "--excel", action="store_true", help="CSV with the byte-order mark Excel needs"
    )
    metrics.set_defaults(run=_metrics)

    initiatives = with_pages("initiatives", "the named programmes of the pages")
    initiatives.add_argument("--region", help="a region, with the regions within it")
    initiatives.add_argument("--format", choices=("table", "csv", "json"), default="table")
    initiatives.set_defaults(run=_initiatives)

    quantities = with_pages("quantities", "every figure of the pages, as the parser reads it")
    quantities.add_argument("--format", choices=("table", "json"), default="table")
    quantities.add_argument("--all", action="store_true", help="list every figure")
    quantities.set_defaults(run=_quantities)

    parse = commands.add_parser("parse", help="read one written quantity")
    parse.add_argument("text")
    parse.set_defaults(run=_parse)

    convert = commands.add_parser("convert", help="convert a quantity to another unit")
    convert.add_argument("text")
    convert.add_argument("--to", required=True, help="the unit wanted, e.g. 公顷 or 亿元")
    convert.add_argument("--places", type=int, help="round to this many decimal places")
    convert.set_defaults(run=_convert)

    export = with_pages("export", "write the metrics, articles or initiatives to a file")
    export.add_argument("what", choices=("metrics", "articles", "initiatives"))
    export.add_argument("--out", type=Path, required=True, help="the file to write")
    export.add_argument(
        "--format",
        choices=("csv", "jsonl", "parquet"),
        help="by default, the --out file's suffix (.csv, .jsonl, .parquet)",
    )
    export.add_argument(
        "--excel", action="store_true", help="CSV with the byte-order mark Excel needs"
    )
    export.set_defaults(run=_export)

    region = commands.add_parser("regions", help="look a region up, or find regions in text")
    region.add_argument("query", help="a code, a name (集美, 福建省鼓楼区), or text with --find")
    region.add_argument("--find", action="store_true", help="list the regions the text names")
    region.set_defaults(run=_regions)
    return parser


# --- loading, with progress ----------------------------------------------------------


def _corpus(args: argparse.Namespace) -> Corpus:
    pages = args.pages
    if pages is None or not sys.stderr.isatty():
        return load(pages, workers=args.workers, errors=args.errors)
    # A bar on standard error while a folder is read at a terminal; standard output stays
    # what the command prints.
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console(sys.stderr)) as bar:
        task = bar.add_task("reading pages", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        return load(pages, progress=advance, workers=args.workers, errors=args.errors)


# --- the commands ------------------------------------------------------------------


def _summary(args: argparse.Namespace) -> int:
    corpus = _corpus(args)
    articles = corpus.articles.where(kind="article")
    captions = corpus.articles.where(kind="caption")
    print(
        f"{len(corpus.pages):,} pages, {len(articles):,} articles, {len(captions):,} captions, "
        f"{len(corpus.metrics):,} metrics, {len(corpus.initiatives):,} initiatives\n"
    )
    kinds = Counter(m.kind.value for m in corpus.metrics)
    table([["metrics of kind", "count"], *([k, str(n)] for k, n in kinds.most_common())])
    print()
    places = Counter(a.region.name for a in corpus.articles if a.region is not None)
    table([["articles about", "count"], *([r, str(n)] for r, n in places.most_common(10))])
    print()
    named = Counter(i.name for i in corpus.initiatives)
    top = [[name, str(n)] for name, n in named.most_common(10)]
    table([["initiatives named most", "articles"], *top])
    if corpus.skipped:
        print(f"\nskipped {len(corpus.skipped)} unreadable pages:")
        for name, reason in corpus.skipped:
            print(f"  {name}: {reason}")
    return 0


def _articles(args: argparse.Namespace) -> int:
    corpus = _corpus(args)
    records = [
        {
            "id": a.id,
            "page": a.page,
            "kind": a.kind.value,
            "title": a.title,
            "subtitle": a.subtitle,
            "authors": list(a.authors),
            "contributor": a.contributor,
            "source": a.source,
            "date": a.date.isoformat() if a.date else None,
            "region": _region(a.region),
            "paragraphs": len(a.paragraphs),
            "metrics": len(a.metrics),
        }
        for a in corpus.articles
    ]
    if args.format == "table":
        print(f"{len(corpus.articles):,} articles and captions on {len(corpus.pages):,} pages\n")
        columns = ["id", "kind", "region", "title", "authors", "metrics"]
        rows = [
            [
                a.id,
                a.kind.value,
                a.region.name if a.region else "",
                _short(a.title or a.text),
                "、".join(a.authors),
                str(len(a.metrics)),
            ]
            for a in corpus.articles
        ]
        table([columns, *rows])
        return 0
    emit(records, args.format)
    return 0


def _metrics(args: argparse.Namespace) -> int:
    corpus = _corpus(args)
    filters: dict[str, Any] = {}
    for name in ("region", "kind", "unit", "min", "max"):
        value = getattr(args, name)
        if value is not None:
            filters[name] = value
    if "region" in filters:
        regions.get(filters["region"])  # an unknown region is an error, not an empty list
    found = corpus.metrics.where(**filters)
    records = found.to_records()
    if args.format == "table":
        columns = ["region", "subject", "as written", "value", "unit", "qualifier", "period"]
        rows = [
            [
                m.region.name if m.region else "",
                _short(m.subject or ""),
                " ".join(m.quantity.text.split()),
                _human(m.quantity),
                m.unit or "",
                m.quantity.qualifier.value if m.quantity.qualifier else "",
                m.period.text if m.period else "",
            ]
            for m in found
        ]
        print(f"{len(found):,} metric{'' if len(found) == 1 else 's'}\n")
        table([columns, *rows])
        return 0
    keep = (
        "id",
        "article",
        "region",
        "subject",
        "text",
        "value",
        "low",
        "high",
        "unit",
        "qualifier",
        "kind",
        "period",
        "year",
        "role",
        "change",
        "sentence",
        "span",
    )
    if args.format == "csv":
        # One typed row a metric: region code, name and level; the span as two columns.
        emit([row_of(m) for m in found], "csv", excel=args.excel)
        return 0
    emit([{k: r.get(k) for k in keep} for r in records], args.format)
    return 0


def _initiatives(args: argparse.Namespace) -> int:
    corpus = _corpus(args)
    found = corpus.initiatives
    if args.region is not None:
        found = found.where(region=regions.get(args.region))
    records = [
        {
            "id": i.id,
            "article": i.article,
            "name": i.name,
            "kind": i.kind,
            "region": _region(i.region),
            "metrics": len(i.metrics),
        }
        for i in found
    ]
    if args.format == "table":
        rows = [
            [i.name, i.kind or "", i.region.name if i.region else "", str(len(i.metrics))]
            for i in found
        ]
        print(f"{len(found):,} initiative{'' if len(found) == 1 else 's'}\n")
        table([["name", "kind", "region", "metrics"], *rows])
        return 0
    emit(records, args.format)
    return 0


def _quantities(args: argparse.Namespace) -> int:
    if args.pages is None:
        pages = [(p.name, p.read_text(encoding="utf-8-sig")) for p in seed_pages()]
    else:
        pages = [(p.name, p.text) for p in _corpus(args).pages]
    found = [(name, q) for name, text in pages for q in extract_quantities(text)]
    if args.format == "json":
        emit([_quantity_record(name, q) for name, q in found], "json")
        return 0
    kinds = [k.value for k in Kind]
    rows = [["page", *kinds, "all"]]
    for name, _ in pages:
        counts = Counter(q.kind.value for page, q in found if page == name)
        rows.append([name, *(str(counts[k]) for k in kinds), str(sum(counts.values()))])
    print(f"{len(found):,} figures on {len(pages):,} pages\n")
    table(rows)
    shown = found if args.all else _largest_money(found, 10)
    if shown:
        title = "every figure" if args.all else "the largest sums of money"
        print(f"\n{title}:\n")
        table(
            [["page", "as written", "value", "unit", "qualifier"]]
            + [
                [
                    name,
                    " ".join(q.text.split()),
                    _human(q),
                    q.unit or "",
                    q.qualifier.value if q.qualifier else "",
                ]
                for name, q in shown
            ]
        )
    return 0


def _parse(args: argparse.Namespace) -> int:
    q = parse_quantity(args.text)
    rows = [
        ["value", _human(q)],
        ["unit", q.unit or ""],
        ["qualifier", q.qualifier.value if q.qualifier else ""],
        ["kind", q.kind.value],
        ["display", f"{format_quantity(q)} / {format_quantity(q, 'en')}"],
    ]
    table(rows, header=False)
    return 0


def _convert(args: argparse.Namespace) -> int:
    q = parse_quantity(args.text).to(args.to, places=args.places)
    # 约6000万元 is 约0.6亿元: the qualifier goes with the figure (about, more than ...).
    hedge = f" ({q.qualifier.value})" if q.qualifier else ""
    print(f"{_human(q)} {q.unit}{hedge}")
    return 0


def _export(args: argparse.Namespace) -> int:
    form = args.format or args.out.suffix.lower().lstrip(".")
    if form not in ("csv", "jsonl", "parquet"):
        raise FjreportsError(
            f"cannot tell the format of {args.out.name}: give --format csv, jsonl or parquet"
        )
    found = getattr(_corpus(args), args.what)
    if form == "parquet":
        found.to_parquet(args.out)
    elif form == "jsonl":
        with args.out.open("w", encoding="utf-8") as out:
            for record in found.to_records():
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        saved = sys.stdout
        with args.out.open("w", encoding="utf-8", newline="") as out:
            sys.stdout = out
            try:
                emit([row_of(r) for r in found], "csv", excel=args.excel)
            finally:
                sys.stdout = saved
    print(f"{len(found):,} {args.what} written to {args.out}", file=sys.stderr)
    return 0


def _regions(args: argparse.Namespace) -> int:
    if args.find:
        rows = [["mention", "region", "code", "level", "parent"]]
        for mention in regions.find(args.query):
            found = mention.region
            if found is None:
                named = " / ".join(str(c) for c in mention.candidates)
                rows.append([mention.text, f"one of {named}", "", "", ""])
                continue
            parent = regions.get(found.parent).name if found.parent else ""
            rows.append([mention.text, found.name, found.code or "", found.level.value, parent])
        table(rows)
        return 0
    found = regions.get(args.query)
    chain = " < ".join(r.name for r in regions.ancestors(found))
    rows = [
        ["name", found.name],
        ["short name", found.short_name],
        ["code", found.code or ""],
        ["level", found.level.value],
        ["within", chain],
    ]
    if found.aliases:
        rows.append(["also", "、".join(found.aliases)])
    table(rows, header=False)
    return 0


# --- output ------------------------------------------------------------------------------


def _region(region: regions.Region | None) -> dict[str, str | None] | None:
    return None if region is None else {"code": region.code, "name": region.name}


def _largest_money(found: list[tuple[str, Quantity]], count: int) -> list[tuple[str, Quantity]]:
    money = [(n, q) for n, q in found if q.kind is Kind.MONEY and q.value is not None]
    return sorted(money, key=lambda pair: pair[1].value or 0, reverse=True)[:count]


def _human(q: Quantity) -> str:
    """The value for people: thousands grouped (1,346.8), exact; never in CSV or JSON."""
    if q.value is not None:
        return f"{q.value:,}"
    return f"{q.low:,}–{q.high:,}"


def _plain(q: Quantity) -> str:
    if q.value is not None:
        return str(q.value)
    return f"{q.low}–{q.high}"


def _short(text: str, width: int = 24) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _quantity_record(page: str, q: Quantity) -> dict[str, object]:
    return {
        "page": page,
        "text": q.text,
        "span": list(q.span) if q.span else None,
        "value": None if q.value is None else str(q.value),
        "low": None if q.low is None else str(q.low),
        "high": None if q.high is None else str(q.high),
        "unit": q.unit,
        "qualifier": q.qualifier.value if q.qualifier else None,
        "kind": q.kind.value,
    }


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
