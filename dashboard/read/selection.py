"""Which figures a view draws, named in words, and what it leaves out and why.

Series are named by what they are and whose they are, never by position: "China → Azerbaijan"
for a flow, "Azerbaijan–China" for a pair's turnover, "Transit, Azerbaijan–China" for an
`other` flow (by what its trigger measures). A figure that is a part of another
(`part_of`: "$694 m, including $74 m in grants") is not drawn as a rival total.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from dashboard.contract.values import value_text
from dashboard.read import formatting
from dashboard.read.viewspec import DIRECTIONAL, INDICATORS, View

# Relative gap under which two reported values count as the same figure (rounding).
SAME_VALUE_TOLERANCE = 0.005
# How a value other sources give differently is marked where no ring can be drawn (the
# Overview's bars and table).
DIFFER_MARK = "⚠ sources differ"
OTHER_FALLBACK = "Other flows"
# A measure is a few words of the trigger ("transit shipments"); a longer one is cut in names.
MAX_MEASURE = 40


@dataclass(frozen=True)
class Selection:
    """The figures one chart draws; what the switches or the unit left out (`left_out`, said on
    the page) and the parts of totals not drawn (`parts`, said on the chart)."""

    figures: pd.DataFrame
    units: tuple[str, ...]
    unit: str | None
    left_out: tuple[str, ...] = field(default=())
    parts: pd.DataFrame = field(default_factory=pd.DataFrame)


def _direction_mask(f: pd.DataFrame, direction: str) -> pd.Series:
    if direction == "ab":
        return f["flow_from"] == f["country_a"]
    if direction == "ba":
        return f["flow_from"] == f["country_b"]
    return pd.Series(True, index=f.index)


def measure_name(measure: object) -> str:
    """What an `other` figure measures, as a series name; "Other flows" when unknown.

    >>> measure_name("transit shipments"), measure_name(None)
    ('Transit shipments', 'Other flows')
    """
    if not isinstance(measure, str) or not measure.strip():
        return OTHER_FALLBACK
    text = " ".join(measure.split())
    if len(text) > MAX_MEASURE:
        text = text[: MAX_MEASURE - 1].rstrip() + "…"
    return text[0].upper() + text[1:]


@lru_cache(maxsize=4096)
def whose(country_a: str, country_b: str, flow_from: object, flow_to: object, directional: bool) -> str:
    """Whose figure it is, in words.

    >>> whose("AZE", "CHN", "CHN", "AZE", True), whose("AZE", "CHN", None, None, False)
    ('China → Azerbaijan', 'Azerbaijan–China')
    >>> whose("AZE", "CHN", None, None, True)
    'Azerbaijan–China (direction not stated)'
    """
    if isinstance(flow_from, str) and isinstance(flow_to, str):
        return f"{formatting.country_name(flow_from)} → {formatting.country_name(flow_to)}"
    pair = f"{formatting.country_name(country_a)}–{formatting.country_name(country_b)}"
    return f"{pair} (direction not stated)" if directional else pair


def series_names(f: pd.DataFrame, view: View) -> pd.Series:
    """Each figure's series, in words: whose it is, and what it measures when the title does not say."""
    names = []
    for a, b, src, dst, indicator, measure in zip(
        f["country_a"].astype(str), f["country_b"].astype(str), f["flow_from"], f["flow_to"], f["indicator"].astype(str),
        f["measure"], strict=False,
    ):
        who = whose(a, b, src, dst, indicator in DIRECTIONAL)
        if indicator == "other":
            names.append(f"{measure_name(measure)}, {who}")
        elif view.indicator == "growth":
            names.append(f"{INDICATORS.get(indicator, indicator)}, {who}")
        else:
            names.append(who)
    return pd.Series(names, index=f.index, dtype=object)


def value_texts(f: pd.DataFrame) -> list[str]:
    """Each value as a brief writes it, with the outlet's qualifier word."""
    words = f["qualifier_word"] if "qualifier_word" in f else pd.Series(None, index=f.index)
    values = f["shown_value"] if "shown_value" in f else f["value"]
    return [
        value_text(v, u, q, w if isinstance(w, str) else None)
        for v, u, q, w in zip(values, f["unit"].astype(str), f["qualifier"].astype(str), words, strict=False)
    ]


def indicators_drawing(figures: pd.DataFrame) -> list[str]:
    """The indicators a view draws these figures under, in the menu's order: a reported rate under
    growth rates whatever it is the rate of (an empty view must not send a reader to "other flows"
    when all the pair has there is a rate), any other figure under its own indicator."""
    keys = {"growth" if kind == "change" else indicator for indicator, kind in zip(figures["indicator"].astype(str), figures["kind"].astype(str), strict=True)}
    order = list(INDICATORS)
    return sorted(keys, key=lambda k: (order.index(k) if k in order else len(order), k))


def select(figures: pd.DataFrame, view: View) -> Selection:
    """The figures a view draws, named, with their values in words and disagreements flagged."""
    notes: list[str] = []
    f = figures[figures["pair"].isin(view.pairs)] if view.pairs else figures.iloc[0:0]
    if view.indicator == "growth":
        f = f[f["kind"] == "change"]
    else:
        f = f[(f["indicator"] == view.indicator) & (f["kind"] == "level")]
        if view.indicator in DIRECTIONAL:
            f = f[_direction_mask(f, view.direction)]
    undated = f["period_class"] == "undated"
    if undated.any():
        n = int(undated.sum())
        notes.append(f"{n} figure{'s' * (n != 1)} without a year {'are' if n != 1 else 'is'} not drawn (see the article reader).")
        f = f[~undated]
    if view.years is not None:
        f = f[(f["year"] >= view.years[0]) & (f["year"] <= view.years[1])]
    hidden = {
        "part-year figures": (not view.partial) & (f["period_class"] == "partial"),
        "forecasts and targets": (not view.projections) & f["status"].isin(["forecast", "target"]),
        "derived figures": (not view.derived) & (f["status"] == "derived"),
    }
    for what, mask in hidden.items():
        if mask.any():
            notes.append(f"{int(mask.sum())} {what} switched off.")
            f = f[~mask]
    is_part = _part_beside_its_whole(f, figures)
    parts = f[is_part]
    f = f[~is_part]
    units = tuple(f["unit"].astype(str).value_counts().index)
    unit = view.unit if view.unit in units else (("USD" if "USD" in units else units[0]) if units else None)
    if unit is not None and len(units) > 1:
        other = f["unit"] != unit
        notes.append(f"{int(other.sum())} figure(s) in {', '.join(u for u in units if u != unit)} not drawn: choose the unit to see them.")
        f = f[~other]
    f = said_once(f)
    f["series"] = series_names(f, view)
    f["value_text"] = value_texts(f)
    f = flag_disagreements(f)
    parts = _described_parts(parts, figures)
    return Selection(f.sort_values(["series", "x", "article_id"], ignore_index=True), units, unit, tuple(notes), parts)


def _part_beside_its_whole(f: pd.DataFrame, figures: pd.DataFrame) -> pd.Series:
    """Parts whose whole is of their own indicator and flow: "$694 m in aid, including $74 m in
    grants" would read as two aid totals. A flow that breaks a turnover down ("trade of $70.6 m,
    $52.3 m of it imports") is the only figure of its flow, and is drawn."""
    if "part_of" not in f or not f["part_of"].notna().any():
        return pd.Series(False, index=f.index)
    def series_of(rows: pd.DataFrame) -> list[str]:
        return [f"{i}|{a}|{b}" for i, a, b in zip(rows["indicator"], rows["flow_from"], rows["flow_to"], strict=True)]

    wholes = figures.drop_duplicates("figure_id")
    whole_series = dict(zip(wholes["figure_id"], series_of(wholes), strict=True))
    same = [w in whole_series and whole_series[w] == own for w, own in zip(f["part_of"], series_of(f), strict=True)]
    unknown = [w not in whole_series for w in f["part_of"]]
    return f["part_of"].notna() & (pd.Series(same, index=f.index) | pd.Series(unknown, index=f.index))


def _described_parts(parts: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """Parts of totals, each with its own value in words and the total it belongs to."""
    if parts.empty:
        return parts
    parts = parts.copy()
    parts["value_text"] = value_texts(parts)
    wholes = figures[figures["figure_id"].isin(parts["part_of"])].set_index("figure_id")
    whole_text = dict(zip(wholes.index, value_texts(wholes.reset_index()), strict=False))
    parts["whole_text"] = [
        f"{whole_text[w]} ({wholes.loc[w, 'period_label']})" if w in whole_text else "a total in the same article"
        for w in parts["part_of"]
    ]
    return parts


def said_once(f: pd.DataFrame) -> pd.DataFrame:
    """One figure said twice by one article (a headline's "H1" and its body's "January-June",
    the same rate) is one point: a second would stack on it and read as two reports."""
    if f.empty:
        return f.copy()
    return f[~reading_keys(f).duplicated()].copy()


def reading_keys(f: pd.DataFrame) -> pd.Series:
    """One key per figure's reading within its article: the same for "H1" and "January-June"
    of one rate, since they cover the same days (the period's words differ, its span does not)."""
    keys = ["article_id", "pair", "indicator", "flow_from", "flow_to", "kind", "unit", "status", "value", "start", "end"]
    coded = f["year"].astype(object).astype(str) + "|" + f["period"].astype(object).astype(str)
    start = f["period_start"].astype(object) if "period_start" in f else pd.Series(None, index=f.index, dtype=object)
    end = f["period_end"].astype(object) if "period_end" in f else pd.Series(None, index=f.index, dtype=object)
    spans = f.assign(start=start.where(start.notna(), coded).astype(str), end=end.astype(str))
    return spans[keys].astype(object).fillna("").astype(str).agg("|".join, axis=1)


def flag_disagreements(f: pd.DataFrame) -> pd.DataFrame:
    """Mark reported figures that another article gives differently for the same pair,
    indicator, direction, period and unit: `sources_differ` and a shared `differ_group`."""
    f = f.copy()
    f["sources_differ"] = False
    f["one_article"] = False
    f["differ_group"] = -1
    reported = f[f["status"] == "reported"]
    if reported.empty:
        return f
    keys = ["pair", "indicator", "flow_from", "flow_to", "kind", "unit", "year", "period"]
    grouped = reported.astype(dict.fromkeys(keys, object)).fillna({"flow_from": "", "flow_to": "", "period": ""})
    groups = grouped.groupby(keys, dropna=False, observed=True, sort=False)
    lo = groups["value"].transform("min")
    hi = groups["value"].transform("max")
    n_articles = groups["article_id"].transform("nunique")
    # One article giving two values for one period (the ministry's count and the partner's
    # customs count) differs as much as two articles do.
    differs = (hi - lo).abs() > SAME_VALUE_TOLERANCE * hi.abs().clip(lower=1e-12)
    f["one_article"] = False
    if differs.any():
        f.loc[differs[differs].index, "sources_differ"] = True
        f.loc[differs[differs & (n_articles == 1)].index, "one_article"] = True
        f.loc[grouped.index, "differ_group"] = groups.ngroup().to_numpy()
        f.loc[~f["sources_differ"], "differ_group"] = -1
    return f
