"""The overview: every pair with its latest figures as the outlets state them (never derived
ones), each direction of a flow on its own, and the years covered."""

from __future__ import annotations

import pandas as pd

from dashboard.prepare import pair_table
from dashboard.selection import value_texts, whose


def latest_turnover(figures: pd.DataFrame) -> pd.DataFrame:
    """Each pair's latest reported full-year trade turnover in US dollars (the overview chart)."""
    f = figures[
        (figures["indicator"] == "trade_turnover")
        & (figures["kind"] == "level")
        & (figures["status"] == "reported")
        & (figures["period_class"] == "full")
        & (figures["unit"] == "USD")
    ]
    if f.empty:
        return f.assign(value_text=[], series=[])
    latest = f.sort_values(["year", "figure_id"]).groupby("pair", observed=True).tail(1).copy()
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
        pick = (full if not full.empty else g).sort_values(["x", "figure_id"]).iloc[-1]
        status = "" if pick["status"] == "reported" else f", {pick['status']}"
        text = f"{value_texts(pick.to_frame().T)[0]} ({pick['period_label']}{status})"
        if flow:
            text = f"{whose(pick['country_a'], pick['country_b'], pick['flow_from'], pick['flow_to'], True)}: {text}"
        out.append(text)
    return "; ".join(out)


def overview(figures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every pair with its latest turnover, investment and growth, and the years covered."""
    pairs = pair_table(figures, articles)
    dated = figures[figures["year"].notna() & (figures["status"] == "reported")]
    by_pair = {str(k): g for k, g in dated.groupby("pair", observed=True)}
    rows = []
    for p in pairs.itertuples():
        g = by_pair.get(p.pair, dated.iloc[0:0])
        level = g[g["kind"] == "level"]
        years = g["year"].dropna()
        rows.append(
            {
                "pair": p.pair,
                "countries": p.name,
                "latest turnover": _latest(level[level["indicator"] == "trade_turnover"]),
                "latest investment": _latest(level[level["indicator"] == "investment"]),
                "latest growth": _latest(g[(g["kind"] == "change") & (g["indicator"] == "trade_turnover")]),
                "years covered": (
                    f"{int(years.min())}–{int(years.max())}" if years.nunique() > 1 else str(int(years.min())) if len(years) else "no figures"
                ),
                "figures": p.n_figures,
                "articles": p.n_articles,
            }
        )
    return pd.DataFrame(rows)
