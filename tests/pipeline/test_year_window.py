"""The year window: a figure whose year no figure of its status can have (year 0, 1, 9999; a
reported figure years after its article; a target a century ahead) is a misreading. The build
drops it with a message naming the year, and keeps everything else."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dashboard.build.run import build
from dashboard.build.tables import TableError, figures_table, validate_figures
from dashboard.extract import Extraction
from tests.pipeline.conftest import FakeExtractor

ARTICLE = " date 2024-05-01 Trade between Azerbaijan and Japan reached $3.7 billion in 2023.\n"


class WithYears(FakeExtractor):
    """The fake's one figure, repeated at each (year, status) given, at the same span."""

    def __init__(self, readings: list[tuple[int | None, str]]) -> None:
        super().__init__()
        self.readings = readings

    def __call__(self, text: str, published: date | None) -> Extraction:
        [figure] = super().__call__(text, published).figures
        figures = tuple(replace(figure, year=year, status=status, value=float(i + 1)) for i, (year, status) in enumerate(self.readings))
        return Extraction(figures=figures, countries=("AZE", "JPN"), pair=("AZE", "JPN"))


def _years(result) -> list[tuple[int | None, str]]:
    return sorted(zip(result.figures.column("year").to_pylist(), result.figures.column("status").to_pylist(), strict=True),
                  key=lambda r: (r[0] or 0, r[1]))  # fmt: skip


@pytest.mark.parametrize("year", [0, 1, 9999, 1949, 2026])
def test_an_impossible_reported_year_is_dropped_and_named(make_articles, year) -> None:
    result = build(make_articles({"a": ARTICLE}), extract=WithYears([(2023, "reported"), (year, "reported")]))
    assert _years(result) == [(2023, "reported")]
    assert any(w.startswith("a: figure at 43:55 dropped: ") and
               f"year {year} out of range: a reported figure in an article of 2024 is for a year in 1950-2025" in w
               for w in result.warnings), result.warnings  # fmt: skip


def test_the_window_follows_the_status_and_the_article_year(make_articles) -> None:
    readings = [
        (1950, "reported"), (2025, "reported"), (2026, "reported"),
        (2054, "target"), (2055, "target"), (2053, "forecast"), (2055, "forecast"), (None, "reported"),
    ]  # fmt: skip
    result = build(make_articles({"a": ARTICLE}), extract=WithYears(readings))
    assert _years(result) == [(None, "reported"), (1950, "reported"), (2025, "reported"), (2053, "forecast"), (2054, "target")]
    dropped = [w for w in result.warnings if " dropped: year " in w]
    assert len(dropped) == 3
    assert any("year 2055 out of range: a target figure in an article of 2024 is for a year in 1950-2054" in w for w in dropped)


def test_an_undated_article_gets_the_widest_window(make_articles) -> None:
    undated = ARTICLE.replace(" date 2024-05-01 ", "")
    result = build(make_articles({"a": undated}), extract=WithYears([(2100, "target"), (2101, "target"), (1, "reported")]))
    assert _years(result) == [(2100, "target")]
    assert any("year 2101 out of range: a target figure in an undated article is for a year in 1950-2100" in w
               for w in result.warnings)  # fmt: skip


def test_a_derived_figure_before_1950_is_dropped_not_fatal(make_articles, fake) -> None:
    # 1950 turnover up 10%: the implied 1949 level is outside the window.
    text = " date 1950-12-30 Trade reached $110 million in 1950.\nIt grew 10 percent.\n"
    result = build(make_articles({"a": text}), extract=fake)
    assert result.figures.num_rows == 2 and result.derived.num_rows == 0
    assert any("a: derived figure" in w and "year 1949 out of range" in w for w in result.warnings)


def test_the_validator_refuses_a_table_with_an_impossible_year(make_articles, fake) -> None:
    built = build(make_articles({"a": ARTICLE}), extract=fake)
    rows = built.figures.to_pylist()
    rows[0]["year"] = 9999
    with pytest.raises(TableError, match="year 9999 out of range: a reported figure in an article of 2024"):
        validate_figures(figures_table(rows), built.articles)


def test_the_real_extractor_never_writes_a_reported_figure_years_after_its_article(make_articles) -> None:
    text = " date 2024-06-30 Trade between Azerbaijan and Japan reached $1 million in 2026.\n"
    result = build(make_articles({"a": text}))
    assert result.articles.num_rows == 1
    assert 2026 not in result.figures.column("year").to_pylist()
