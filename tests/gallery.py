"""`make gallery`: every pair × indicator × image size of data/ exported, as a briefer would, into
tests/artifacts/gallery/, through the batch command line (one chromium for all), with a few
views that stress the layout (every pair at once, log scale, computed changes). Look at them.
"""

from __future__ import annotations

import sys
import time

from dashboard import cli, paths
from dashboard.read import chartdata, view_links, viewspec
from dashboard.read import load as data_io
from dashboard.read.viewspec import View

OUT = paths.ROOT / "tests" / "artifacts" / "gallery"


def views(tables: data_io.Tables) -> list[View]:
    found = []
    for pair in tables.pair_codes:
        for indicator in viewspec.INDICATORS:
            for size in viewspec.IMAGE_SIZES:
                found.append(View(pairs=(pair,), indicator=indicator, size=size))
    with_figures = tuple(p for p in tables.pair_codes if (tables.pairs.set_index("pair").loc[p, "n_figures"] > 0))
    for size in viewspec.IMAGE_SIZES:
        found += [
            View(pairs=with_figures, size=size),
            View(pairs=with_figures, indicator="investment", size=size),
            View(pairs=with_figures[:1], log=True, size=size, byline="Amina Karimova, trade desk"),
            View(pairs=with_figures[:1], transform="index", size=size),
            # Figures awaiting review, drawn and marked as on screen (issue 23).
            View(pairs=with_figures, size=size, unchecked=True),
            View(pairs=with_figures[:1], size=size, unchecked=True),
            View(pairs=with_figures[:1], indicator="exports", size=size, unchecked=True),
        ]
    return found


def main() -> int:
    tables = data_io.read_tables()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    drawn = [v for v in views(tables) if not chartdata.chart_data(tables.figures, v).empty]
    listing = OUT / "views.txt"
    listing.write_text("".join(f"?{view_links.query(v)}\n" for v in drawn))
    print(f"{len(drawn)} views with figures (of {len(views(tables))} pair × indicator × size and extras): {listing}")
    started = time.perf_counter()
    code = cli.main(["export", "--views", str(listing), "--out", str(OUT)])
    print(f"gallery written to {OUT} in {time.perf_counter() - started:.1f} s")
    problems = misread_check(tables, drawn)
    for problem in problems:
        print(problem)
    print(f"misread check: {len(drawn)} images, {len(problems)} problem(s)")
    return code or (1 if problems else 0)


def misread_check(tables: data_io.Tables, drawn: list[View]) -> list[str]:
    """Every drawn view measured in headless Chromium (see tests/misread.py)."""
    from playwright.sync_api import sync_playwright

    from tests import misread
    from tests.browser.server import CHROMIUM, CHROMIUM_ARGS

    page_file = OUT / "misread.html"
    page_file.write_text(misread.page_html())
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 2000, "height": 1200})
        page.goto(page_file.as_uri())
        for view in drawn:
            problems += misread.problems_of(page, chartdata.chart_data(tables.figures, view), f"?{view_links.query(view)}")
        browser.close()
    return problems


if __name__ == "__main__":
    sys.exit(main())
