"""A build of more than a few hundred articles shows its progress: read, extracted, figures."""

from __future__ import annotations

import io

from dashboard.build.progress import SHOWN_FROM
from dashboard.build.run import build
from tests.pipeline.conftest import FakeExtractor


def _articles(n: int) -> dict[str, str]:
    return {f"a{i:04d}": f"BAKU, March 3, 2025\nTrade reached ${i + 1} million, up {i % 9 + 1} percent.\n" for i in range(n)}


def test_a_long_build_ends_its_progress_line_with_every_count(make_articles, tmp_path) -> None:
    folder = make_articles(_articles(SHOWN_FROM + 1))
    out = io.StringIO()
    result = build(folder, extract=FakeExtractor(), version="v1", cache=tmp_path / "cache", progress=out)
    last = out.getvalue().rstrip("\n").rsplit("\r", 1)[-1]
    assert last == f"read {SHOWN_FROM + 1:,} articles, extracted {SHOWN_FROM + 1:,} (the rest from the cache), {result.figures.num_rows:,} figures"

    again = io.StringIO()
    build(folder, extract=FakeExtractor(), version="v1", cache=tmp_path / "cache", progress=again)
    assert again.getvalue().endswith(f"extracted 0 (the rest from the cache), {result.figures.num_rows:,} figures\n")


def test_a_short_build_shows_no_progress_line(make_articles) -> None:
    out = io.StringIO()
    build(make_articles(_articles(5)), extract=FakeExtractor(), progress=out)
    assert out.getvalue() == ""
