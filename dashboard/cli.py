"""Command line: `python -m dashboard build|add|follow|export`. Parses arguments, calls the library, prints."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from dashboard import paths
from dashboard.build.workers import BUDGET_ENV, DEFAULT_BUDGET, budget_from_env
from dashboard.read import view_flags


def _build(args: argparse.Namespace) -> int:
    """Compile the articles into data/figures.parquet and data/articles.parquet."""
    if args.own_process:  # nothing runs after the build here, and the build needs no pandas
        from dashboard.startup import refuse_pandas

        refuse_pandas()
    from dashboard.build.command import build_command

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
    """Render charts to PNG or SVG, the same as the app's download: one view from the flags, or
    many from links."""
    from dashboard.read.export import export_command

    return export_command(args)


def _add(args: argparse.Namespace) -> int:
    """Add article files or web pages (by their http(s) URL) to seeds/ (with their date, title, outlet and URL) and rebuild data/."""
    from dashboard.contract.metadata import ArticleMeta
    from dashboard.curation.intake import add_command

    meta = ArticleMeta(date=args.date, title=args.title, outlet=args.outlet, url=args.url)
    from dashboard.curation.web.add import is_url

    sources = [f if is_url(f) else Path(f) for f in args.files]
    return add_command(sources, meta, seeds=args.articles, data=args.out, build=not args.no_build)


def _follow(args: argparse.Namespace) -> int:
    """Read the feeds listed in seeds/feeds.toml and add their new trade, investment and aid articles."""
    from dashboard.curation.web.follow import follow_command

    return follow_command(seeds=args.articles, data=args.out, build=not args.no_build)


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
    a.add_argument("files", nargs="+", metavar="FILE_OR_URL", help=".txt (UTF-8) or .html article files, or pages' http(s) URLs")
    a.add_argument("--date", type=_iso_date, help="publication date, YYYY-MM-DD (default: the text's date line or dateline)")
    a.add_argument("--title", help="headline (default: the text's first line or sentence)")
    a.add_argument("--outlet", help="who published it (default: the agency in the dateline, if any)")
    a.add_argument("--url", help="where it was published")
    a.add_argument("--articles", type=Path, default=paths.seeds_dir(), help="the articles folder")
    a.add_argument("--out", type=Path, default=paths.data_dir(), help="folder for the parquet files")
    a.add_argument("--no-build", action="store_true", help="only save the articles; build later")
    a.set_defaults(func=_add)

    f = sub.add_parser("follow", help=_follow.__doc__, description=_follow.__doc__)
    f.add_argument("--articles", type=Path, default=paths.seeds_dir(), help="the articles folder (with feeds.toml)")
    f.add_argument("--out", type=Path, default=paths.data_dir(), help="folder for the parquet files")
    f.add_argument("--no-build", action="store_true", help="only save the articles; build later")
    f.set_defaults(func=_follow)

    e = sub.add_parser(
        "export", help=_export.__doc__, description=_export.__doc__,
        epilog="Several views: repeat --view with links copied from the app, or list them in a file (--views); "
               "each gets its own image in the --out folder, and chromium starts once. Flags other than --pair "
               "apply to every linked view. Exit codes: 0 written, 1 some view had no figures, 2 bad options, "
               "3 no chromium to render with.",
    )
    view_flags.add_arguments(e)
    e.add_argument("--view", action="append", metavar="LINK", help="a link to a view, as the app's address bar shows it")
    e.add_argument("--views", type=Path, metavar="FILE", help="a file of links to views, one per line (# starts a comment)")
    e.add_argument("--data", type=Path, default=paths.data_dir(), help="folder of the parquet files")
    e.add_argument("--out", type=Path, required=True, help="chart.png or chart.svg for one view; a folder for several")
    e.add_argument("--format", choices=("png", "svg"), help="image format when --out is a folder (default: png)")
    e.add_argument("--link-base", metavar="URL", help="the app's address, to print a link back to each view in its image")
    e.set_defaults(func=_export)
    return p


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write it as YYYY-MM-DD") from None


def main(argv: list[str] | None = None, *, own_process: bool = False) -> int:
    """Run one command; `own_process` when this process exists for it alone (`python -m
    dashboard`), so it may leave out what the rest of the package would need."""
    args = parser().parse_args(sys.argv[1:] if argv is None else argv)
    args.own_process = own_process
    return int(args.func(args))
