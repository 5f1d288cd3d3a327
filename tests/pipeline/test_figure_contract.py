"""The column-wise check (doubtful_rows) against the row-by-row one (figure_problems): every row
the per-row check finds a problem in is doubted, so clearing a row column-wise never lets a
broken one through; and the sound rows of a real build are all cleared, so the per-row check
runs on nothing when a table is validated. Rows still held as dicts are checked one by one
(split_sound)."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.build.figure_contract import CHECKED_COLUMNS, doubtful_rows, figure_problems, split_sound
from dashboard.build.run import build
from dashboard.build.tables import validate_figures
from dashboard.contract.schema import FIGURE_SCHEMA

TEXTS = {"a": "Trade reached $3.7 billion in 2024, up 21 percent.      Exports were $2 million.", "b": "It was 5 percent."}
DATES: dict[str, date | None] = {"a": date(2024, 6, 30), "b": None}
SOUND: dict[str, Any] = dict(
    indicator="exports", kind="level", status="reported", qualifier="exact", country_a="AZE", country_b="JPN",
    flow_from="AZE", flow_to="JPN", value=3.7e9, unit="USD", year=2024, period="FY", quote="Trade reached $3.7 billion",
    rule="r", figure_id="f1", article_id="a", span_start=14, span_end=26, confidence="sure",
)  # fmt: skip
# Values on and beside each boundary figure_problems draws, and values of other types.
ODD: dict[str, list[Any]] = {
    "indicator": ["trade_turnover", "aid", "Exports", "", None],
    "kind": ["change", "level", "levels", None],
    "status": ["forecast", "target", "derived", "reported", "rumoured", None],
    "qualifier": ["over", "under", "approx", "about", None],
    "country_a": ["AAA", "JPN", "WLD", "EUU", "aze", "", None],
    "country_b": ["AZE", "CHN", "WLD", "ZZZ", None],
    "flow_from": [None, "AZE", "JPN", "CHN", ""],
    "flow_to": [None, "AZE", "JPN", "CHN", ""],
    "value": [0.0, -0.0, -1.0, 21.0, math.nan, math.inf, -math.inf, None, 5, 10**30, True, "3.7", 2.5],
    "unit": ["USD", "percent", "times", "usd", "US$", "USD\n", "", None, "EURO"],
    "year": [None, 1949, 1950, 2025, 2026, 2054, 2055, 2100, 2101, 2024.0, True, "2024", -5],
    "period": [None, "FY", "Q4", "H2", "M1-M10", "M7", "M10-M1", "M13", "Q5", "cumulative", ""],
    "quote": ["", " ", None, "q"],
    "rule": ["", None, "x"],
    "figure_id": ["", None, "f2"],
    "article_id": ["b", "gone", "", None],
    "span_start": [0, -1, 12, 13, 26, 60, 80, 81, None, 14.0, True],
    "span_end": [0, 1, 13, 14, 60, 61, 80, 81, None, 26.0],
    "confidence": ["sure", "check", "Sure", "unsure", "", None],
}
# Changes of several columns at once: a pair with its flows, a span.
JOINT: dict[str, list[dict[str, Any]]] = {
    "pair": [
        dict(country_a="AAA", country_b="AZE", flow_from="AAA", flow_to="AZE"),
        dict(country_a="AZE", country_b="ZZZ", flow_from=None, flow_to=None, indicator="trade_turnover"),
        dict(country_a="AZE", country_b="AZE", flow_from="AZE", flow_to="AZE"),
        dict(country_a="JPN", country_b="AZE", flow_from="JPN", flow_to="AZE"),
        dict(country_a="AZE", country_b="WLD", flow_from="WLD", flow_to="AZE"),
        dict(country_a="AZE", country_b="JPN", flow_from="JPN", flow_to="JPN"),
        dict(country_a="AZE", country_b="JPN", flow_from=None, flow_to="JPN"),
        dict(indicator="trade_turnover", flow_from=None, flow_to=None),
    ],
    "span": [
        dict(span_start=13, span_end=14), dict(span_start=50, span_end=56), dict(span_start=49, span_end=57),
        dict(span_start=0, span_end=80), dict(span_start=79, span_end=80), dict(span_start=80, span_end=81),
        dict(span_start=5, span_end=5), dict(span_start=6, span_end=5), dict(span_start=0, span_end=5, article_id="b"),
        dict(span_start=0, span_end=18, article_id="b"), dict(span_start=0, span_end=17, article_id="b"),
    ],
}
CHANGES = st.one_of(
    *(st.sampled_from(values).map(lambda v, k=k: {k: v}) for k, values in ODD.items()),
    *(st.sampled_from(values) for values in JOINT.values()),
)
ROWS = st.lists(
    st.lists(CHANGES, max_size=3).map(lambda changes: {**SOUND, **{k: v for c in changes for k, v in c.items()}}),
    min_size=1, max_size=12,
)  # fmt: skip


@settings(max_examples=600, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(ROWS)
def test_every_broken_row_is_doubted(rows: list[dict[str, Any]]) -> None:
    broken = {i for i, r in enumerate(rows) if figure_problems(r, TEXTS.get(r["article_id"] or ""), DATES.get(r["article_id"] or ""))}
    table = _checked_table(rows)
    doubted = set(range(len(rows))) if table is None else set(doubtful_rows(table, TEXTS, DATES))
    assert broken <= doubted
    kept, dropped = split_sound(rows, TEXTS, DATES)
    assert len(kept) + len(dropped) == len(rows)
    assert {id(r) for r, _ in dropped} == {id(rows[i]) for i in broken}


def test_sound_rows_are_cleared_without_the_per_row_check(make_articles, fake) -> None:
    built = build(make_articles({"a": TEXTS["a"], "b": "Exports were $2 million in 2023."}), extract=fake)
    texts = dict(zip(built.articles.column("article_id").to_pylist(), built.articles.column("text").to_pylist(), strict=True))
    dates = dict(zip(built.articles.column("article_id").to_pylist(), built.articles.column("date").to_pylist(), strict=True))
    assert built.figures.num_rows > 0
    assert doubtful_rows(built.figures, texts, dates) == []
    validate_figures(built.figures, built.articles)


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"value": -1.0}, "level -1.0 is negative"),
        ({"span_start": 50, "span_end": 56}, "covers no text"),
        ({"year": 2026}, "year 2026 out of range"),
        ({"flow_from": "CHN"}, "is not the pair AZE-JPN"),
        ({"year": 2024.0}, "is not a whole number"),
        ({"confidence": "unsure"}, "confidence 'unsure' not in ('sure', 'check')"),
        ({"confidence": None}, "confidence None not in"),
    ],
    ids=["negative-level", "blank-span", "year-window", "flow-outside-pair", "float-year", "unknown-confidence", "no-confidence"],
)
def test_a_broken_row_is_dropped_with_its_reason(changes: dict[str, Any], reason: str) -> None:
    sound, broken = {**SOUND, "figure_id": "f0"}, {**SOUND, **changes}
    kept, dropped = split_sound([sound, broken], TEXTS, DATES)
    assert kept == [sound]
    [(row, problems)] = dropped
    assert row is broken and any(reason in p for p in problems), problems


def test_rows_before_their_ids_are_checked_as_if_they_had_one() -> None:
    row = {k: v for k, v in SOUND.items() if k != "figure_id"}
    assert split_sound([row], TEXTS, DATES, ids_assigned=False) == ([row], [])
    [(_, problems)] = split_sound([row], TEXTS, DATES)[1]
    assert problems == ["figure_id is empty"]


def _checked_table(rows: list[dict[str, Any]]) -> pa.Table | None:
    """The CHECKED_COLUMNS of the rows typed as in FIGURE_SCHEMA, as a table holds them, or None
    when a value cannot be stored in its column (such a row never reaches a table)."""
    schema = pa.schema([FIGURE_SCHEMA.field(c) for c in CHECKED_COLUMNS])
    plain = {pa.string(): (str,), pa.int64(): (int,), pa.float64(): (int, float)}
    for field in schema:
        if not all(r.get(field.name) is None or type(r.get(field.name)) in plain[field.type] for r in rows):
            return None  # pyarrow would convert 2024.0 to 2024 or bytes to text, hiding the problem
    try:
        return pa.table({c: [r.get(c) for r in rows] for c in CHECKED_COLUMNS}, schema=schema)
    except (pa.ArrowException, OverflowError):
        return None
