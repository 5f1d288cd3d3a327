"""Command line: `python -m dashboard build|export`. Parses arguments, calls the library, prints."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard import paths, viewspec


def _build(args: argparse.Namespace) -> int:
    """Compile the articles into data/figures.parquet and data/articles.parquet."""
    from dashboard.pipeline import build_command

    return build_command(articles=args.articles, out=args.out, check=args.check)


def _export(args: argparse.Namespace) -> int:
    """Render charts to PNG or SVG, the same as the app's download: one view from the flags, or
    many from links."""
    from dashboard.export import export_command

    return export_command(args)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help=_build.__doc__, description=_build.__doc__)
    b.add_argument("--articles", type=Path, default=paths.seeds_dir(), help="folder of *.txt articles")
    b.add_argument("--out", type=Path, default=paths.data_dir(), help="folder for the parquet files")
    b.add_argument(
        "--check", action="store_true", help="rebuild in memory and fail if the folder differs"
    )
    b.set_defaults(func=_build)

    e = sub.add_parser(
        "export", help=_export.__doc__, description=_export.__doc__,
        epilog="Several views: repeat --view with links copied from the app, or list them in a file (--views); "
               "each gets its own image in the --out folder, and chromium starts once. Flags other than --pair "
               "apply to every linked view. Exit codes: 0 written, 1 some view had no figures, 2 bad options, "
               "3 no chromium to render with.",
    )
    viewspec.add_arguments(e)
    e.add_argument("--view", action="append", metavar="LINK", help="a link to a view, as the app's address bar shows it")
    e.add_argument("--views", type=Path, metavar="FILE", help="a file of links to views, one per line (# starts a comment)")
    e.add_argument("--data", type=Path, default=paths.data_dir(), help="folder of the parquet files")
    e.add_argument("--out", type=Path, required=True, help="chart.png or chart.svg for one view; a folder for several")
    e.add_argument("--format", choices=("png", "svg"), help="image format when --out is a folder (default: png)")
    e.add_argument("--link-base", metavar="URL", help="the app's address, to print a link back to each view in its image")
    e.set_defaults(func=_export)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(sys.argv[1:] if argv is None else argv)
    return int(args.func(args))
