"""The overview: every pair with its latest figures as the outlets state them (never derived
ones), each direction of a flow on its own, and the years covered.

Where sources differ on a latest figure, it says so and names the other values: that is found
among all the figures before "reviewed only" cuts them, since a curator confirming one source
does not make another agree.
"""

from __future__ import annotations

import pandas as pd

from dashboard.contract.schema import VOUCHED
from dashboard.read import reviewed
from dashboard.read.citations import outlet_text
from dashboard.read.prepare import pair_table
from dashboard.read.selection import DIFFER_MARK, SAME_VALUE_TOLERANCE, flag_disagreements, value_texts, whose

NONE_REVIEWED = "no figure reviewed yet"


def differing(f: pd.DataFrame) -> pd.DataFrame:
    """`f` with `sources_differ` and `differ_text`: the other values given for the same pair,
    flow, period and unit, with whose they are and whether a curator reviewed them."""
    f = flag_disagreements(f)
    texts = pd.Series(value_texts(f), index=f.index, dtype=object) if len(f) else pd.Series(dtype=object)
    out = pd.Series("", index=f.index, dtype=object)
    for _, g in f[f["sources_differ"]].groupby("differ_group"):
        for i in g.index:
            mine, mine_vouched = float(g.at[i, "value"]), g.at[i, "review"] in VOUCHED
            others = [
                f"{texts[j]} ({outlet_text(g.at[j, 'outlet'], g.at[j, 'title'], g.at[j, 'article_id'])}"
                # "not reviewed" only beside a value a curator vouched for, where it tells them apart
                f"{', not reviewed' if mine_vouched and g.at[j, 'review'] not in VOUCHED else ''})"
                for j in g.index
                if abs(float(g.at[j, "value"]) - mine) > SAME_VALUE_TOLERANCE * max(abs(mine), abs(float(g.at[j, "value"])), 1e-12)
            ]
            out[i] = "; ".join(dict.fromkeys(others))
    return f.assign(differ_text=out)


def _review_cut(f: pd.DataFrame, reviewed_only: bool) -> pd.DataFrame:
    f = differing(f.assign(review=f["review"] if "review" in f else None))
    return reviewed.only_reviewed(f) if reviewed_only else f


def latest_turnover(figures: pd.DataFrame, reviewed_only: bool = False) -> pd.DataFrame:
    """Each pair's latest reported full-year trade turnover in US dollars (the overview chart),
    with `sources_differ` and `differ_text` (the other values for that year)."""
    f = figures[
        (figures["indicator"] == "trade_turnover")
        & (figures["kind"] == "level")
        & (figures["status"] == "reported")
        & (figures["period_class"] == "full")
        & (figures["unit"] == "USD")
    ]
    if f.empty:
        return f.assign(value_text=[], series=[], sources_differ=[], differ_text=[])
    f = _review_cut(f, reviewed_only)
    if f.empty:
        return f.assign(value_text=[], series=[])
    # Of a year's differing values, one a curator vouched for is the one shown.
    f = f.assign(_vouched=f["review"].isin(VOUCHED))
    latest = f.sort_values(["year", "_vouched", "figure_id"]).groupby("pair", observed=True).tail(1).drop(columns="_vouched")
    latest["value_text"] = value_texts(latest)
    latest["series"] = latest["pair"].astype(str)
    return latest.sort_values("value", ascending=False, ignore_index=True)


def _latest(f: pd.DataFrame) -> str:
    """The latest figure of each direction, in words: "China → Azerbaijan: about $942 m (total to 2025)"."""
    if f.empty:
        return ""
    out = []
    directions = f.assign(_flow=f["flow_from"].astype(object).fillna("")).groupby("_flow", sort=True)
    for flow, g in directions:
        full = g[g["period_class"] == "full"]
        pick = (full if not full.empty else g).assign(_vouched=lambda h: h["review"].isin(VOUCHED))
        pick = pick.sort_values(["x", "_vouched", "figure_id"]).iloc[-1]
        status = "" if pick["status"] == "reported" else f", {pick['status']}"
        text = f"{value_texts(pick.to_frame().T)[0]} ({pick['period_label']}{status})"
        if pick.get("sources_differ"):
            text += f" {DIFFER_MARK}: also {pick['differ_text']}"
        if flow:
            text = f"{whose(pick['country_a'], pick['country_b'], pick['flow_from'], pick['flow_to'], True)}: {text}"
        out.append(text)
    return "; ".join(out)


def _latest_of(g: pd.DataFrame, whole: pd.DataFrame, indicator: str, kind: str) -> str:
    """The latest of one indicator in `g`, or that none is reviewed when `whole` (the pair's
    figures before the cut to reviewed ones) has some."""
    picked = _latest(g[(g["kind"] == kind) & (g["indicator"] == indicator)])
    unreviewed = not picked and bool(((whole["kind"] == kind) & (whole["indicator"] == indicator)).any())
    return NONE_REVIEWED if unreviewed else picked


def overview(figures: pd.DataFrame, articles: pd.DataFrame, reviewed_only: bool = False) -> pd.DataFrame:
    """Every pair with its latest turnover, investment and growth, and the years covered; with
    `reviewed_only`, the latest figures a curator vouched for ("no figure reviewed yet" where
    there are figures but none vouched for)."""
    pairs = pair_table(figures, articles)
    everything = figures[figures["year"].notna() & (figures["status"] == "reported")]
    dated = _review_cut(everything, reviewed_only)
    by_pair = {str(k): g for k, g in dated.groupby("pair", observed=True)}
    any_pair = {str(k): g for k, g in everything.groupby("pair", observed=True)} if reviewed_only else by_pair
    rows = []
    for p in pairs.itertuples():
        g = by_pair.get(p.pair, dated.iloc[0:0])
        whole = any_pair.get(p.pair, everything.iloc[0:0])
        years = g["year"].dropna()
        rows.append(
            {
                "pair": p.pair,
                "countries": p.name,
                "latest turnover": _latest_of(g, whole, "trade_turnover", "level"),
                "latest investment": _latest_of(g, whole, "investment", "level"),
                "latest growth": _latest_of(g, whole, "trade_turnover", "change"),
                "years covered": (
                    f"{int(years.min())}–{int(years.max())}" if years.nunique() > 1 else str(int(years.min())) if len(years) else "no figures"
                ),
                "figures": p.n_figures,
                "articles": p.n_articles,
            }
        )
    return pd.DataFrame(rows)
