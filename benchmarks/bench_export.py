"""Batch export: 20 charts of data/ in one `python -m dashboard export --views FILE` call
(chromium started once): wall time in all, and per image once chromium is up."""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

from dashboard import paths
from dashboard.read import chartdata, view_links, viewspec
from dashboard.read import load as data_io
from dashboard.read.viewspec import View

N_IMAGES = 20


def views() -> list[View]:
    """20 views with figures: every pair x indicator x size of data/ that draws, repeated."""
    tables = data_io.read_tables()
    drawn = [View(pairs=(p,), indicator=i, size=s) for p in tables.pair_codes for i in viewspec.INDICATORS
             for s in viewspec.IMAGE_SIZES]
    drawn = [v for v in drawn if not chartdata.chart_data(tables.figures, v).empty]
    return list(islice(cycle(drawn), N_IMAGES))


def run() -> None:
    chosen = views()
    with tempfile.TemporaryDirectory(prefix="batch-export-") as tmp:
        listing = Path(tmp) / "views.txt"
        # Distinct titles, so the same view repeated writes a file of its own.
        listing.write_text("".join(f"?{view_links.query(v)}&title=Chart+{i}\n" for i, v in enumerate(chosen)))
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "dashboard", "export", "--views", str(listing), "--out", str(Path(tmp) / "out")],
                              cwd=paths.ROOT, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - started
        written = len(list((Path(tmp) / "out").glob("*.png"))) if (Path(tmp) / "out").exists() else 0
    per_image = re.search(r"([\d.]+) s per image", done.stdout)
    if done.returncode != 0:
        print(done.stderr[-2000:], file=sys.stderr)
    print(f"batch export: {written} PNGs in {wall:.1f} s wall ({wall / max(written, 1):.2f} s per image including start-up);"
          f" {per_image.group(1) if per_image else '?'} s per image once chromium is up", flush=True)


if __name__ == "__main__":
    run()
