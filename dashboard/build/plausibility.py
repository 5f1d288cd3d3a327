"""Doubts no single article can raise: a figure set against the build's other figures.

A level ten times above or below the others of its pair, flow and unit within five years; a
part larger than its whole (a breakdown's item, or one direction larger than the turnover); a
growth rate that disagrees with the two levels it joins; another article that gives the same
figure another value. Rows are the pipeline's dicts; nothing is changed, doubts are returned.
"""

from __future__ import annotations

import math
from collections import defaultdict
from statistics import median

from dashboard.contract.schema import FigureRow

Row = FigureRow

OUT_OF_SCALE = "level-ten-times-others"
PART_EXCEEDS_WHOLE = "part-exceeds-whole"
GROWTH_DISAGREES = "growth-disagrees-with-levels"
SOURCES_DIFFER = "other-source-differs"
PLAUSIBILITY_DOUBTS: tuple[str, ...] = (OUT_OF_SCALE, PART_EXCEEDS_WHOLE, GROWTH_DISAGREES, SOURCES_DIFFER)
# The columns the checks read: what to take of a table already built.
COLUMNS: tuple[str, ...] = (
    "figure_id", "article_id", "country_a", "country_b", "flow_from", "flow_to", "indicator", "kind", "status", "value",
    "unit", "year", "period", "span_start", "part_of", "review", "doubts",
)  # fmt: skip

SCALE = 10.0
SCALE_YEARS = 5
MIN_OTHERS = 2
# Rounding in the text ("$1.2 bn", "up 12%") makes small gaps honest; beyond these it is not.
GROWTH_POINTS = 2.0
LEVEL_SHARE = 0.02
RATE_POINTS = 0.5

_FLOW = ("country_a", "country_b", "flow_from", "flow_to", "indicator")


def plausibility_doubts(rows: list[Row]) -> list[tuple[str, ...]]:
    """Each row's plausibility doubts, in PLAUSIBILITY_DOUBTS order; rows set aside by a
    curator (rejected, superseded) are neither judged nor judged against."""
    found: list[set[str]] = [set() for _ in rows]
    live = [i for i, r in enumerate(rows) if r.get("review") not in ("rejected", "superseded") and r.get("status") != "derived"]
    levels = [i for i in live if rows[i]["kind"] == "level" and rows[i]["value"] > 0]
    for i in _out_of_scale(rows, levels):
        found[i].add(OUT_OF_SCALE)
    for i in _parts_exceeding(rows, levels):
        found[i].add(PART_EXCEEDS_WHOLE)
    for i in _growth_disagreeing(rows, live, levels):
        found[i].add(GROWTH_DISAGREES)
    for i in _sources_differing(rows, live):
        found[i].add(SOURCES_DIFFER)
    return [tuple(d for d in PLAUSIBILITY_DOUBTS if d in f) for f in found]


def _key(row: Row, names: tuple[str, ...]) -> tuple[object, ...]:
    return tuple(row.get(n) for n in names)


def _out_of_scale(rows: list[Row], levels: list[int]) -> list[int]:
    """Levels ten times above or below the median of the same flow's others within five years
    (at least two), same unit and same period (a month is not a year)."""
    groups: dict[tuple[object, ...], list[int]] = defaultdict(list)
    years: dict[int, int] = {}
    for i in levels:
        year = rows[i]["year"]
        if year is not None:
            groups[(*_key(rows[i], _FLOW), rows[i]["unit"], rows[i]["period"])].append(i)
            years[i] = year
    odd = []
    for members in groups.values():
        for i in members:
            others = [rows[j]["value"] for j in members if j != i and abs(years[j] - years[i]) <= SCALE_YEARS]
            if len(others) < MIN_OTHERS:
                continue  # against one other, which of the two is out of scale is not known
            ratio = rows[i]["value"] / median(others)
            if ratio >= SCALE or ratio <= 1 / SCALE:
                odd.append(i)
    return odd


def _parts_exceeding(rows: list[Row], levels: list[int]) -> list[int]:
    """A part larger than its whole: an item of a breakdown ("$694 m, including $74 m in
    grants"), or one direction of trade larger than the turnover of the same article and period."""
    # A part points at its whole by the whole's span start while the build runs, by its
    # figure_id once written: rows of both kinds meet when articles are added to a built set.
    by_start: dict[tuple[str, int | None], int] = {(rows[i]["article_id"], rows[i]["span_start"]): i for i in levels}
    by_id = {rows[i]["figure_id"]: i for i in levels if rows[i].get("figure_id")}
    odd = []
    for i in levels:
        part_of = rows[i].get("part_of")
        whole = by_id.get(part_of) if isinstance(part_of, str) else by_start.get((rows[i]["article_id"], part_of))
        if whole is not None and rows[whole]["unit"] == rows[i]["unit"] and rows[i]["value"] > rows[whole]["value"]:
            odd.append(i)
    turnovers: dict[tuple[object, ...], list[int]] = defaultdict(list)
    key = ("article_id", "country_a", "country_b", "year", "period", "unit", "status")
    for i in levels:
        if rows[i]["indicator"] == "trade_turnover":
            turnovers[_key(rows[i], key)].append(i)
    for i in levels:
        totals = turnovers.get(_key(rows[i], key))
        # Against the largest turnover: an article may give the same months' turnover of a part.
        if rows[i]["indicator"] == "exports" and totals and rows[i]["value"] > max(rows[t]["value"] for t in totals) * (1 + LEVEL_SHARE):
            odd.append(i)
    return odd


def _growth_disagreeing(rows: list[Row], live: list[int], levels: list[int]) -> list[int]:
    """A percent change of a flow whose levels for its year and the year before are both
    reported, and imply another change by more than two points."""
    by_year: dict[tuple[object, ...], list[float]] = defaultdict(list)
    for i in levels:
        r = rows[i]
        if r["year"] is not None and r["period"] not in (None, "cumulative") and r["status"] == "reported":
            by_year[(*_key(r, _FLOW), r["period"], r["year"])].append(r["value"])
    odd = []
    for i in live:
        r = rows[i]
        if r["kind"] != "change" or r["unit"] != "percent" or r["year"] is None or r["status"] != "reported":
            continue
        now = by_year.get((*_key(r, _FLOW), r["period"], r["year"]))
        before = by_year.get((*_key(r, _FLOW), r["period"], r["year"] - 1))
        if not now or not before:
            continue
        implied = [(a / b - 1) * 100 for a in now for b in before if b > 0]
        if implied and all(abs(g - r["value"]) > GROWTH_POINTS for g in implied if math.isfinite(g)):
            odd.append(i)
    return odd


def _sources_differing(rows: list[Row], live: list[int]) -> list[int]:
    """Figures of one flow, period and unit that two articles give different values."""
    key = (*_FLOW, "kind", "status", "year", "period", "unit")
    groups: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i in live:
        if rows[i]["year"] is not None:
            groups[_key(rows[i], key)].append(i)
    odd = []
    for members in groups.values():
        if len({rows[i]["article_id"] for i in members}) < 2:
            continue
        for i in members:
            if any(rows[j]["article_id"] != rows[i]["article_id"] and not _agree(rows[i], rows[j]) for j in members):
                odd.append(i)
    return odd


def _agree(a: Row, b: Row) -> bool:
    if a["kind"] == "change" and a["unit"] == "percent":
        return bool(abs(a["value"] - b["value"]) <= RATE_POINTS)
    return bool(abs(a["value"] - b["value"]) <= LEVEL_SHARE * max(abs(a["value"]), abs(b["value"])))
