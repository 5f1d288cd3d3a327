"""Process, across articles: the curators' decisions applied, doubts the other figures raise,
derived figures, ids and period bounds, and the three validated tables."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pyarrow as pa

from dashboard.build import curate as curation
from dashboard.build.confidence import confidence_of, merged
from dashboard.build.decisions import DecisionFile
from dashboard.build.derive import derive_records
from dashboard.build.figure_contract import split_sound, year_problem
from dashboard.build.plausibility import plausibility_doubts
from dashboard.build.rows import figure_id
from dashboard.build.tables import (
    articles_table,
    figures_table,
    validate_articles,
    validate_figures,
)
from dashboard.contract.files import DECISIONS_FILE
from dashboard.contract.periods import period_bounds
from dashboard.contract.schema import FigureRow


def apply_curation(figure_rows: list[FigureRow], article_rows: list[dict[str, Any]], found: DecisionFile) -> tuple[list[FigureRow], list[str], list[str]]:
    """The curators' decisions applied to the extracted figures: the rows with their review
    state, summary lines, and warnings for every decision re-attached or orphaned."""
    texts = {r["article_id"]: r["text"] for r in article_rows}
    rows, outcomes = curation.apply_decisions(figure_rows, texts, found.decisions, figure_id)
    lines, notes = curation.report(found, outcomes, rows, DECISIONS_FILE)
    return rows, lines, notes


def with_plausibility(rows: list[FigureRow], built: list[FigureRow] | None = None) -> list[tuple[str, ...]]:
    """Add to each row the doubts the build's other figures raise about it, and settle its
    confidence on all its doubts. In place: the rows are the build's own. `built` are rows of
    a set already written (plausibility.COLUMNS) that `rows` join: judged with them, not
    changed; their plausibility doubts as they are now are returned."""
    built = built or []
    found = plausibility_doubts([*built, *rows])
    for row, doubts in zip(rows, found[len(built) :], strict=True):
        if doubts:
            row["doubts"] = merged(row.get("doubts"), doubts)
        row["doubts"] = row.get("doubts") or []
        row["confidence"] = confidence_of(row["doubts"])
    return found[: len(built)]


def checked_derived(figure_rows: list[FigureRow], article_rows: list[dict[str, Any]]) -> tuple[list[FigureRow], list[str]]:
    """The figures the reported ones imply, each checked against the contract and the year
    window of its article, with a note for every one dropped."""
    dates = {r["article_id"]: r["date"] for r in article_rows}
    derived_rows, notes = derived_figures(figure_rows, {r["article_id"]: r["text"] for r in article_rows}, dates)
    derived_rows, window_notes = in_year_window(derived_rows, dates)
    return derived_rows, notes + window_notes


def validated_tables(rows: list[FigureRow], article_rows: list[dict[str, Any]]) -> tuple[pa.Table, pa.Table, pa.Table]:
    """Finished figure rows and article rows as the figures, derived and articles tables, each
    article counting its stated figures, all three validated against each other."""
    figures = figures_table([r for r in rows if r["status"] != "derived"])
    derived = figures_table([r for r in rows if r["status"] == "derived"])
    counts = Counter(figures.column("article_id").to_pylist())
    for row in article_rows:
        row["n_figures"] = counts.get(row["article_id"], 0)
    articles = articles_table(article_rows)
    validate_articles(articles, figures)
    validate_figures(figures, articles)
    validate_figures(derived, articles)
    return figures, derived, articles


def in_year_window(records: list[FigureRow], dates: dict[str, date | None]) -> tuple[list[FigureRow], list[str]]:
    """The records whose year can be a figure's (see tables.year_window), and a warning for each
    one dropped: a level derived from one of 1950 would be for 1949."""
    kept, notes = [], []
    for r in records:
        problem = year_problem(r["year"], r["status"], dates[r["article_id"]])
        if problem is None:
            kept.append(r)
        else:
            notes.append(f"{r['article_id']}: {r['status']} figure at {r['span_start']}:{r['span_end']} dropped: {problem}")
    return kept, notes


def derived_figures(
    figure_rows: list[FigureRow], texts: dict[str, str], dates: dict[str, date | None] | None = None
) -> tuple[list[FigureRow], list[str]]:
    """The figures the reported ones imply; one that breaks the contract (an article dated 1900
    with a growth rate implies 1899) is dropped with a note, and a failure to derive at all
    costs the derived figures, never the build."""
    try:
        derived = derive_records(figure_rows)
    except Exception as e:
        return [], [f"derived figures not computed ({type(e).__name__}: {e}): the reported figures are built"]
    kept, broken = split_sound(derived, texts, dates or {}, ids_assigned=False)
    notes = [
        f"{row['article_id']}: derived figure ({row['rule']}, from the figure at {row['span_start']}:{row['span_end']}) "
        f"dropped: {'; '.join(problems)}"
        for row, problems in broken
    ]
    return kept, notes


def finish_figures(records: list[FigureRow], dates: dict[str, date | None]) -> tuple[list[FigureRow], list[str]]:
    """Add figure_id and period bounds, point parts at their whole; the same figure found
    twice is kept once."""
    for r in records:
        r["figure_id"] = r.get("figure_id") or figure_id(r)  # a curator's correction keeps its figure's id
        r["period_start"], r["period_end"] = period_bounds(r["year"], r["period"], dates[r["article_id"]])
    by_start = {(r["article_id"], r["span_start"]): r["figure_id"] for r in records if r["status"] != "derived"}
    for r in records:
        whole = r.get("part_of")
        if isinstance(whole, str):
            continue  # a row of a previous build: its whole is named by id already
        r["part_of"] = None if whole is None or r["status"] == "derived" else by_start.get((r["article_id"], whole))
    seen: set[str] = set()
    kept, notes = [], []
    for r in records:
        if r["figure_id"] in seen:
            notes.append(f"{r['article_id']}: figure at {r['span_start']}:{r['span_end']} listed twice: kept once")
            continue
        seen.add(r["figure_id"])
        kept.append(r)
    return kept, notes
