"""Command line: `python -m dashboard build|add|export`. Parses arguments, calls the library, prints."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from dashboard import paths
from dashboard.workers import BUDGET_ENV, DEFAULT_BUDGET, budget_from_env


def _build(args: argparse.Namespace) -> int:
    """Compile the articles into data/figures.parquet and data/articles.parquet."""
    from dashboard.pipeline import build_command

    budget = args.budget
    if budget is None:
        try:
            budget = budget_from_env()
        except ValueError as e:
            print(f"build: {e}", file=sys.stderr)
            return 2
    return build_command(articles=args.articles, out=args.out, check=args.check, budget=budget)


def _seconds(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a number of seconds") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"{raw!r}: the budget cannot be negative")
    return value


def _export(args: argparse.Namespace) -> int:
    """Render a chart to PNG or SVG, the same as the app's download, for batches."""
    from dashboard.export import export_command

    return export_command(args)


def _add(args: argparse.Namespace) -> int:
    """Add article files to seeds/ (with their date, title, outlet and URL) and rebuild data/."""
    from dashboard.curation.intake import add_command
    from dashboard.metadata import ArticleMeta

    meta = ArticleMeta(date=args.date, title=args.title, outlet=args.outlet, url=args.url)
    return add_command(args.files, meta, seeds=args.articles, data=args.out, build=not args.no_build)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help=_build.__doc__, description=_build.__doc__)
    b.add_argument("--articles", type=Path, default=paths.seeds_dir(), help="folder of *.txt articles")
    b.add_argument("--out", type=Path, default=paths.data_dir(), help="folder for the parquet files")
    b.add_argument(
        "--check", action="store_true", help="rebuild in memory and fail if the folder differs"
    )
    b.add_argument(
        "--budget", type=_seconds, default=None, metavar="SECONDS",
        help=f"longest one article's extraction may take before it is stopped and skipped "
        f"(default {DEFAULT_BUDGET:g}, or ${BUDGET_ENV}; 0 = no limit)",
    )
    b.set_defaults(func=_build)

    a = sub.add_parser("add", help=_add.__doc__, description=_add.__doc__)
    a.add_argument("files", nargs="+", type=Path, metavar="FILE", help=".txt (UTF-8) or .html article files")
    a.add_argument("--date", type=_iso_date, help="publication date, YYYY-MM-DD (default: the text's date line or dateline)")
    a.add_argument("--title", help="headline (default: the text's first line or sentence)")
    a.add_argument("--outlet", help="who published it (default: the agency in the dateline, if any)")
    a.add_argument("--url", help="where it was published")
    a.add_argument("--articles", type=Path, default=paths.seeds_dir(), help="the articles folder")
    a.add_argument("--out", type=Path, default=paths.data_dir(), help="folder for the parquet files")
    a.add_argument("--no-build", action="store_true", help="only save the articles; build later")
    a.set_defaults(func=_add)

    e = sub.add_parser("export", help=_export.__doc__, description=_export.__doc__)
    e.add_argument("--pair", action="append", required=True, help="e.g. AZE-CHN; repeat to compare")
    e.add_argument("--indicator", default="trade_turnover")
    e.add_argument("--size", choices=("slide", "report", "square"), default="report")
    e.add_argument("--years", help="year range, e.g. 2015-2025")
    e.add_argument("--data", type=Path, default=paths.data_dir(), help="folder of the parquet files")
    e.add_argument("--out", type=Path, required=True, help="chart.png or chart.svg")
    e.add_argument("--direction", choices=("both", "ab", "ba"), default="both",
                   help="for exports, investment and aid: ab = first country of the pair to the second")
    e.add_argument("--show", choices=("reported", "yoy", "index"), default="reported",
                   help="amounts as reported, or computed year-on-year %% or index")
    e.add_argument("--log", action="store_true", help="log scale")
    e.add_argument("--unit", help="currency when the figures use several (default: USD)")
    e.add_argument("--reviewed-only", action="store_true", help="only figures a curator confirmed, corrected or added")
    e.set_defaults(func=_export)
    return p


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write it as YYYY-MM-DD") from None


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(sys.argv[1:] if argv is None else argv)
    return int(args.func(args))
