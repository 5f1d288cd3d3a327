"""`make gallery`: every pair × indicator × image size of data/ exported, as a briefer would, into
tests/artifacts/gallery/, through the batch command line (one chromium for all), with a few
views that stress the layout (every pair at once, log scale, computed changes). Look at them.
"""

from __future__ import annotations

import sys
import time

from dashboard import chartdata, cli, data_io, paths, viewspec
from dashboard.viewspec import View

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
            View(pairs=with_figures[:1], log=True, size=size),
            View(pairs=with_figures[:1], transform="index", size=size),
        ]
    return found


def main() -> int:
    tables = data_io.read_tables()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    drawn = [v for v in views(tables) if not chartdata.chart_data(tables.figures, v).empty]
    listing = OUT / "views.txt"
    listing.write_text("".join(f"?{viewspec.query(v)}\n" for v in drawn))
    print(f"{len(drawn)} views with figures (of {len(views(tables))} pair × indicator × size and extras): {listing}")
    started = time.perf_counter()
    code = cli.main(["export", "--views", str(listing), "--out", str(OUT)])
    print(f"gallery written to {OUT} in {time.perf_counter() - started:.1f} s")
    return code


if __name__ == "__main__":
    sys.exit(main())
