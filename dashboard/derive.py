"""Figures implied by reported ones in the same article: last year's level from a level and its
growth rate, and one direction of trade from a turnover and the other direction."""

from __future__ import annotations

import pandas as pd

PRIOR_LEVEL_RULE = "derived:prior-level-from-growth"
OTHER_FLOW_RULE = "derived:turnover-minus-opposite-flow"
# Which way a qualifier bounds its number: over +1, under -1, exact/approx 0.
_DIRECTION = {"over": 1, "under": -1, "exact": 0, "approx": 0}
_QUALIFIER = {1: "over", -1: "under"}
# A reported level under this key, from any article, takes precedence over a derived one.
_LEVEL_KEY = ("country_a", "country_b", "flow_from", "flow_to", "indicator", "year", "period")


def derive(figures: pd.DataFrame) -> pd.DataFrame:
    """Every derived figure the reported figures imply, none where a reported one exists.

    `figures` has the Figure fields and article_id; the result has the same columns.
    """
    reported = figures[figures["status"] == "reported"]
    found = [*prior_levels(reported), *other_flows(reported)]
    derived = pd.DataFrame(found, columns=figures.columns)
    if derived.empty:
        return derived
    taken = {_level_key(r) for r in reported[reported["kind"] == "level"].to_dict("records")}
    keep = [_level_key(r) not in taken for r in derived.to_dict("records")]
    return derived[keep].reset_index(drop=True)


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


def prior_levels(reported: pd.DataFrame) -> list[dict]:
    """A level L up c% implies the same period a year earlier was L / (1 + c/100).

    >>> rows = [_fig(kind="level", value=3.7e9, unit="USD", qualifier="approx"),
    ...         _fig(kind="change", value=21.0, unit="percent")]
    >>> [(r["year"], r["period"], round(r["value"]), r["qualifier"]) for r in prior_levels(pd.DataFrame(rows))]
    [(2023, 'FY', 3057851240, 'approx')]
    """
    out = []
    key = ["article_id", "country_a", "country_b", "flow_from", "flow_to", "indicator", "year", "period"]
    usable = reported[reported["year"].notna() & reported["period"].notna() & (reported["period"] != "cumulative")]
    for _, group in usable.groupby(key, dropna=False, sort=True):
        changes = group[(group["kind"] == "change") & (group["unit"] == "percent")]
        levels = group[group["kind"] == "level"]
        # Two rates, or two levels in one currency, leave it unclear which goes with which.
        if len(changes) != 1 or levels["unit"].duplicated().any():
            continue
        change = changes.iloc[0]
        if change["value"] <= -100:
            continue
        for _, level in levels.iterrows():
            qualifier = combine_qualifiers((level["qualifier"], 1), (change["qualifier"], -1))
            if qualifier is None:
                continue
            row = level.to_dict()
            row.update(
                status="derived",
                value=float(round(level["value"] / (1 + change["value"] / 100))),
                qualifier=qualifier,
                year=int(level["year"]) - 1,
                quote=_quotes(level["quote"], change["quote"]),
                rule=PRIOR_LEVEL_RULE,
            )
            out.append(row)
    return out


def other_flows(reported: pd.DataFrame) -> list[dict]:
    """Turnover T and exports X from A to B imply exports from B to A of T - X, if positive.

    >>> rows = [_fig(indicator="trade_turnover", kind="level", value=5e8, unit="USD"),
    ...         _fig(indicator="exports", kind="level", value=3e8, unit="USD", flow_from="AZE", flow_to="CHN",
    ...              qualifier="over")]
    >>> [(r["flow_from"], r["flow_to"], r["value"], r["qualifier"]) for r in other_flows(pd.DataFrame(rows))]
    [('CHN', 'AZE', 200000000.0, 'under')]
    """
    out = []
    levels = reported[(reported["kind"] == "level") & reported["year"].notna()]
    key = ["article_id", "country_a", "country_b", "year", "period", "unit"]
    for _, group in levels.groupby(key, dropna=False, sort=True):
        turnovers = group[group["indicator"] == "trade_turnover"]
        exports = group[group["indicator"] == "exports"]
        if len(turnovers) != 1 or len(exports) != 1 or pd.isna(exports.iloc[0]["flow_from"]):
            continue
        turnover, flow = turnovers.iloc[0], exports.iloc[0]
        value = turnover["value"] - flow["value"]
        qualifier = combine_qualifiers((turnover["qualifier"], 1), (flow["qualifier"], -1))
        if value <= 0 or qualifier is None:
            continue
        row = turnover.to_dict()
        row.update(
            indicator="exports",
            flow_from=flow["flow_to"],
            flow_to=flow["flow_from"],
            status="derived",
            value=float(value),
            qualifier=qualifier,
            quote=_quotes(turnover["quote"], flow["quote"]),
            rule=OTHER_FLOW_RULE,
        )
        out.append(row)
    return out


def _quotes(*quotes: str) -> str:
    return " ".join(dict.fromkeys(quotes))


def _level_key(row: dict) -> tuple:
    return tuple(None if pd.isna(row[c]) else row[c] for c in _LEVEL_KEY)


def _fig(**overrides: object) -> dict:
    """A reported figure for the examples above: AZE-CHN turnover, FY 2024."""
    row: dict = dict(
        article_id="a", country_a="AZE", country_b="CHN", flow_from=None, flow_to=None,
        indicator="trade_turnover", kind="level", status="reported", value=0.0, unit="USD",
        qualifier="exact", year=2024, period="FY", quote="q", span_start=0, span_end=1, rule="r",
    )  # fmt: skip
    row.update(overrides)
    return row
