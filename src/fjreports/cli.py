"""The `fjreports` command.

    fjreports articles [--pages DIR] [--format table|json]
    fjreports quantities [--pages DIR] [--format table|json] [--all]
    fjreports parse "约6000万元"
    fjreports convert "4900亩" --to 公顷 [--places N]
    fjreports regions 集美 [--find]

Errors go to standard error as one line, with exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from . import __version__, regions
from ._bundled import seed_pages
from .corpus import load
from .errors import FjreportsError
from .formatting import format_quantity
from .quantities import Quantity, extract_quantities, parse_quantity
from .units import Kind

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    Examples:
        >>> main(["parse", "约6000万元"])
        value      60000000
        unit       元
        qualifier  about
        kind       money
        display    约6000万元 / about 60 million yuan
        0
    """
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        result: int = args.run(args)
        return result
    except (FjreportsError, OSError) as err:
        print(f"fjreports: error: {err}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fjreports", description="Figures from Chinese regional-development reports."
    )
    parser.add_argument("--version", action="version", version=f"fjreports {__version__}")
    commands = parser.add_subparsers(required=True, metavar="command")

    articles = commands.add_parser("articles", help="the articles of a set of pages")
    articles.add_argument("--pages", type=Path, help="a folder of *.txt pages or one page")
    articles.add_argument("--format", choices=("table", "json"), default="table")
    articles.set_defaults(run=_articles)

    quantities = commands.add_parser("quantities", help="every figure of a set of pages")
    quantities.add_argument("--pages", type=Path, help="a folder of *.txt pages or one page")
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

    region = commands.add_parser("regions", help="look a region up, or find regions in text")
    region.add_argument("query", help="a code, a name (集美, 福建省鼓楼区), or text with --find")
    region.add_argument("--find", action="store_true", help="list the regions the text names")
    region.set_defaults(run=_regions)
    return parser


def _read_pages(where: Path | None) -> list[tuple[str, str]]:
    if where is None:
        return [(p.name, p.read_text(encoding="utf-8-sig")) for p in seed_pages()]
    if not where.exists():
        raise FileNotFoundError(f"no such file or folder: {where}")
    files = sorted(where.glob("*.txt")) if where.is_dir() else [where]
    pages = []
    for path in files:
        data = path.read_bytes()
        try:
            pages.append((path.name, data.decode("utf-8-sig")))
        except UnicodeDecodeError as err:
            bad = data[err.start : err.start + 4]
            raise FjreportsError(
                f"{path}: not UTF-8 text (byte offset {err.start}: {bad!r})"
            ) from None
    return pages


def _articles(args: argparse.Namespace) -> int:
    corpus = load(args.pages)
    if args.format == "json":
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
                "region": {"code": a.region.code, "name": a.region.name} if a.region else None,
                "paragraphs": len(a.paragraphs),
                "characters": len(a.text),
            }
            for a in corpus.articles
        ]
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(f"{len(corpus.articles)} articles and captions on {len(corpus.pages)} pages\n")
    rows = [["id", "kind", "region", "title or caption", "authors"]]
    for a in corpus.articles:
        headline = a.title or a.text
        headline = headline if len(headline) <= 24 else headline[:23] + "…"
        region = a.region.name if a.region else ""
        rows.append([a.id, a.kind.value, region, headline, "、".join(a.authors)])
    _table(rows)
    return 0


def _quantities(args: argparse.Namespace) -> int:
    pages = _read_pages(args.pages)
    found = [(name, q) for name, text in pages for q in extract_quantities(text)]
    if args.format == "json":
        records = [_record(name, q) for name, q in found]
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    kinds = [k.value for k in Kind]
    rows = [["page", *kinds, "all"]]
    for name, _ in pages:
        counts = Counter(q.kind.value for page, q in found if page == name)
        rows.append([name, *(str(counts[k]) for k in kinds), str(sum(counts.values()))])
    print(f"{len(found)} figures on {len(pages)} pages\n")
    _table(rows)
    shown = found if args.all else _largest_money(found, 10)
    if shown:
        title = "every figure" if args.all else "the largest sums of money"
        print(f"\n{title}:\n")
        _table(
            [["page", "as written", "value", "unit", "qualifier"]]
            + [
                [
                    name,
                    " ".join(q.text.split()),
                    _plain(q),
                    q.unit or "",
                    q.qualifier.value if q.qualifier else "",
                ]
                for name, q in shown
            ]
        )
    return 0


def _largest_money(found: list[tuple[str, Quantity]], count: int) -> list[tuple[str, Quantity]]:
    money = [(n, q) for n, q in found if q.kind is Kind.MONEY and q.value is not None]
    return sorted(money, key=lambda pair: pair[1].value or 0, reverse=True)[:count]


def _plain(q: Quantity) -> str:
    if q.value is not None:
        return str(q.value)
    return f"{q.low}–{q.high}"


def _record(page: str, q: Quantity) -> dict[str, object]:
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


def _parse(args: argparse.Namespace) -> int:
    q = parse_quantity(args.text)
    rows = [
        ["value", _plain(q)],
        ["unit", q.unit or ""],
        ["qualifier", q.qualifier.value if q.qualifier else ""],
        ["kind", q.kind.value],
        ["display", f"{format_quantity(q)} / {format_quantity(q, 'en')}"],
    ]
    _table(rows)
    return 0


def _convert(args: argparse.Namespace) -> int:
    q = parse_quantity(args.text).to(args.to, places=args.places)
    print(f"{_plain(q)} {q.unit}")
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
        _table(rows)
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
    _table(rows)
    return 0


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _table(rows: list[list[str]]) -> None:
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True)]
        print("  ".join(cells).rstrip())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
