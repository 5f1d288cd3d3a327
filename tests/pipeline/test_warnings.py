"""A figure that cannot be written is a warning, not a failed build: only a broken table
fails it. (The reading errors are in test_inputs.py and test_bad_input.py.)"""

from __future__ import annotations

from dashboard.build import derive
from dashboard.build.run import build

GROWTH = "Trade reached $3.7 billion, up 21 percent.\n"


def test_derived_figure_out_of_range_is_dropped_with_a_note(make_articles, fake) -> None:
    """An article dated 1950 with a growth rate implies a level for 1949, outside the contract."""
    folder = make_articles({"old": " date 1950-06-01 " + GROWTH, "new": " date 2024-05-01 Then. " + GROWTH})
    result = build(folder, extract=fake)
    assert result.articles.column("article_id").to_pylist() == ["new", "old"]
    note = "old: derived figure (derived:prior-level-from-growth, from the figure at 14:26) dropped: year 1949 out of range"
    assert any(w.startswith(note) for w in result.warnings), result.warnings
    derived = result.derived.to_pylist()
    assert [(r["article_id"], r["year"], round(r["value"])) for r in derived] == [("new", 2023, 3057851240)]


def test_derivation_that_overflows_is_skipped(make_articles, fake) -> None:
    huge = " date 2024-05-01 Trade reached $" + "1" * 299 + " billion, up -99.9999 percent.\n"
    result = build(make_articles({"a": huge, "b": " date 2024-05-01 Then. " + GROWTH}), extract=fake)
    assert result.figures.num_rows == 4
    assert result.derived.column("article_id").to_pylist() == ["b"]


def test_derivation_that_fails_costs_only_the_derived_figures(make_articles, fake, monkeypatch) -> None:
    def broken(rows):
        raise ZeroDivisionError("float division by zero")

    monkeypatch.setattr("dashboard.build.stages.derive_records", broken)
    result = build(make_articles({"a": " date 2024-05-01 " + GROWTH}), extract=fake)
    assert result.figures.num_rows == 2 and result.derived.num_rows == 0
    assert "derived figures not computed (ZeroDivisionError: float division by zero): the reported figures are built" in result.warnings
    assert derive.derive_records is not broken


def test_text_the_extractor_could_not_read_as_prose_is_reported_per_article(make_articles) -> None:
    table = "Exports by item: " + ", ".join(f"item {i} $5 million" for i in range(45)) + ".\n"
    prose = "Trade between Azerbaijan and Japan reached $9 million in 2023.\n"
    result = build(make_articles({"table": " date 2024-05-01 " + prose + table, "prose": " date 2024-05-01 " + prose}))
    assert result.figures.column("article_id").to_pylist() == ["prose", "table"]
    notes = [w for w in result.warnings if "amounts" in w]
    assert notes == ["table: a sentence with over 40 amounts, at character 63, not read: a table, not a statement"]
