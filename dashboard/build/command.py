"""`python -m dashboard build`: build the articles into data/, or check data/ against them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from dashboard import paths
from dashboard.build.extraction import default_workers
from dashboard.build.failure import BuildFailed
from dashboard.build.report import DIFF_LINES, compare, diff_counts, summary
from dashboard.build.run import build
from dashboard.build.sources import shown
from dashboard.build.tables import TableError
from dashboard.build.update import rebuild_data
from dashboard.build.workers import DEFAULT_BUDGET
from dashboard.contract.files import ARTICLES_FILE, DERIVED_FILE, FIGURES_FILE, MANIFEST_FILE


def build_command(articles: Path, out: Path, check: bool, budget: float | None = DEFAULT_BUDGET) -> int:
    """Write data/, or with `check` compare it; returns the exit code. A build shows its
    progress on a terminal."""
    progress = sys.stderr if sys.stderr.isatty() else None
    if check:
        return _check(articles, out, budget, progress)
    try:
        result = rebuild_data(
            articles, out, progress=progress, budget=budget,
            waiting=lambda message: print(message, file=sys.stderr, flush=True),
            stale=lambda names: print(f"removed {len(names)} half-written file(s) an interrupted build left in {shown(out)}"),
        )  # fmt: skip
    except (BuildFailed, TableError) as e:
        print(f"build failed, {out} left as it was: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"write failed, {out} left as it was: {e}", file=sys.stderr)
        return 1
    print(summary(result, articles))
    print(f"wrote {shown(out / FIGURES_FILE)}, {shown(out / DERIVED_FILE)} and {shown(out / ARTICLES_FILE)}, "
          f"one set as {shown(out / MANIFEST_FILE)} lists it")  # fmt: skip
    return 0


def _check(articles: Path, out: Path, budget: float | None, progress: TextIO | None) -> int:
    try:
        result = build(articles, cache=paths.cache_dir(), workers=default_workers(), progress=progress, budget=budget or None)
    except (BuildFailed, TableError) as e:
        print(f"build failed, {out} left as it was: {e}", file=sys.stderr)
        return 1
    print(summary(result, articles))
    differences = compare(result, out)
    if differences:
        print(f"check: {shown(out)} is stale, it differs from a fresh build ({diff_counts(differences)}):")
        print("\n".join(f"  {d}" for d in differences[:DIFF_LINES]))
        if len(differences) > DIFF_LINES:
            print(f"  ... and {len(differences) - DIFF_LINES} more")
        print("run `python -m dashboard build` to update it")
        return 1
    print(f"check: {shown(out)} is up to date")
    return 0
