"""Figures implied by reported ones in the same article: last year's level from a level and its
growth rate, and one direction of trade from a turnover and the other direction."""

from __future__ import annotations

import math
from operator import itemgetter
from typing import cast

from dashboard.build.confidence import merged, weakest
from dashboard.contract.schema import OTHER_FLOW_RULE, PRIOR_LEVEL_RULE, FigureRow

Row = FigureRow

# Which way a qualifier bounds its number: over +1, under -1, exact/approx 0.
_DIRECTION = {"over": 1, "under": -1, "exact": 0, "approx": 0}
_QUALIFIER = {1: "over", -1: "under"}
# A reported level under this key, from any article, takes precedence over a derived one.
_LEVEL_KEY = ("country_a", "country_b", "flow_from", "flow_to", "indicator", "year", "period")
_level_key = itemgetter(*_LEVEL_KEY)


def derive_records(figures: list[Row]) -> list[Row]:
    """Every derived figure the reported figures imply, none where a reported one exists.

    `figures` are rows as the pipeline holds them: dicts of the Figure fields and article_id,
    missing values None. Plain rows rather than a frame, so a build never imports pandas.
    """
    reported = [r for r in figures if r["status"] == "reported"]
    taken = {_level_key(r) for r in reported if r["kind"] == "level"}
    return [r for r in (*prior_levels(reported), *other_flows(reported)) if _level_key(r) not in taken]


def combine_qualifiers(*signed: tuple[str, int]) -> str | None:
    """The qualifier of a number computed from inputs, each with the sign of its effect
    (+1: the result grows with it); None when the bounds pull different ways.

    >>> combine_qualifiers(("exact", 1), ("exact", -1))
    'approx'
    >>> combine_qualifiers(("over", 1), ("exact", -1)), combine_qualifiers(("exact", 1), ("over", -1))
    ('over', 'under')
    >>> combine_qualifiers(("over", 1), ("over", -1)) is None, combine_qualifiers(("over", 1), ("approx", -1)) is None
    (True, True)
    """
    directions = {_DIRECTION[q] * effect for q, effect in signed} - {0}
    if not directions:
        return "approx"
    if len(directions) > 1:
        return None
    # A bound carried through an approximate input is no longer a bound.
    if any(q == "approx" for q, _ in signed):
        return None
    return _QUALIFIER[directions.pop()]


def prior_levels(reported: list[Row]) -> list[Row]:
    """A level L up c% implies the same period a year earlier was L / (1 + c/100).

    >>> rows = [_fig(kind="level", value=3.7e9, unit="USD", qualifier="approx"),
    ...         _fig(kind="change", value=21.0, unit="percent")]
    >>> [(r["year"], r["period"], round(r["value"]), r["qualifier"]) for r in prior_levels(rows)]
    [(2023, 'FY', 3057851240, 'approx')]
    """
    key = ("article_id", "country_a", "country_b", "flow_from", "flow_to", "indicator", "year", "period")
    usable = [r for r in reported if r["year"] is not None and r["period"] not in (None, "cumulative")]
    out: list[Row] = []
    for group in _groups(usable, key):
        changes = [r for r in group if r["kind"] == "change" and r["unit"] == "percent"]
        levels = [r for r in group if r["kind"] == "level"]
        units = [r["unit"] for r in levels]
        # Two rates, or two levels in one currency, leave it unclear which goes with which.
        if len(changes) != 1 or len(units) != len(set(units)) or changes[0]["value"] <= -100:
            continue
        change = changes[0]
        for level in levels:
            qualifier = combine_qualifiers((level["qualifier"], 1), (change["qualifier"], -1))
            prior = level["value"] / (1 + change["value"] / 100)
            if qualifier is None or not math.isfinite(prior):  # -99.9999% of a huge level overflows
                continue
            out.append(
                {
                    **level,
                    "status": "derived",
                    "value": float(round(prior)),
                    "qualifier": qualifier,
                    "year": level["year"] - 1 if level["year"] is not None else None,
                    "quote": _quotes(level["quote"], change["quote"]),
                    "rule": PRIOR_LEVEL_RULE,
                    **_inherited(level, change),
                }
            )
    return out


def other_flows(reported: list[Row]) -> list[Row]:
    """Turnover T and exports X from A to B imply exports from B to A of T - X, if positive.

    >>> rows = [_fig(indicator="trade_turnover", kind="level", value=5e8, unit="USD"),
    ...         _fig(indicator="exports", kind="level", value=3e8, unit="USD", flow_from="AZE", flow_to="CHN",
    ...              qualifier="over")]
    >>> [(r["flow_from"], r["flow_to"], r["value"], r["qualifier"]) for r in other_flows(rows)]
    [('CHN', 'AZE', 200000000.0, 'under')]
    """
    key = ("article_id", "country_a", "country_b", "year", "period", "unit")
    levels = [r for r in reported if r["kind"] == "level" and r["year"] is not None]
    out: list[Row] = []
    for group in _groups(levels, key):
        turnovers = [r for r in group if r["indicator"] == "trade_turnover"]
        exports = [r for r in group if r["indicator"] == "exports"]
        if len(turnovers) != 1 or len(exports) != 1 or exports[0]["flow_from"] is None:
            continue
        turnover, flow = turnovers[0], exports[0]
        value = turnover["value"] - flow["value"]
        qualifier = combine_qualifiers((turnover["qualifier"], 1), (flow["qualifier"], -1))
        if value <= 0 or qualifier is None:
            continue
        out.append(
            {
                **turnover,
                "indicator": "exports",
                "flow_from": flow["flow_to"],
                "flow_to": flow["flow_from"],
                "status": "derived",
                "value": float(value),
                "qualifier": qualifier,
                "quote": _quotes(turnover["quote"], flow["quote"]),
                "rule": OTHER_FLOW_RULE,
                **_inherited(turnover, flow),
            }
        )
    return out


def _inherited(*inputs: Row) -> Row:
    """A derived figure is as sure as the weakest of its inputs, and doubted for all their doubts."""
    inherited: Row = {"doubts": merged(*(r.get("doubts") for r in inputs))}
    confidence = weakest(*(r.get("confidence") for r in inputs))
    if confidence is not None:
        inherited["confidence"] = confidence
    return inherited


def _groups(rows: list[Row], key: tuple[str, ...]) -> list[list[Row]]:
    groups: dict[tuple[object, ...], list[Row]] = {}
    key_of = itemgetter(*key)
    for r in rows:
        groups.setdefault(key_of(r), []).append(r)
    return list(groups.values())


def _quotes(*quotes: str) -> str:
    return " ".join(dict.fromkeys(quotes))


def _fig(**overrides: object) -> Row:
    """A reported figure for the examples above: AZE-CHN turnover, FY 2024."""
    row: dict[str, object] = dict(
        article_id="a", country_a="AZE", country_b="CHN", flow_from=None, flow_to=None,
        indicator="trade_turnover", kind="level", status="reported", value=0.0, unit="USD",
        qualifier="exact", year=2024, period="FY", quote="q", span_start=0, span_end=1, rule="r",
    )  # fmt: skip
    row.update(overrides)
    return cast(Row, row)
