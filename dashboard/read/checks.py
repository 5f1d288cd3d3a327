"""Reported growth rates checked against reported levels: do the levels agree with the rate?

Derived levels are never used (a level derived from the rate would confirm itself), nor bounds
("over $1 bn"); a rate with no usable pair of levels is "unchecked", and said so.
"""

from __future__ import annotations

import pandas as pd

from dashboard.contract.periods import period_label
from dashboard.contract.values import value_text
from dashboard.read.selection import reading_keys

# Half-widths that a level's qualifier allows when checking a growth rate against levels.
_QUALIFIER_SLACK = {"exact": 0.005, "approx": 0.03}


def growth_checks(figures: pd.DataFrame, pairs: tuple[str, ...], indicator: str | None = None) -> pd.DataFrame:
    """For each reported growth rate of the pairs, whether reported levels agree with it.

    Derived levels are never used: a level derived from the rate would confirm itself; nor are
    bounds ("over $1 bn"). Columns: figure_id, pair, verdict (agree | disagree | unchecked), text.
    """
    f = figures[figures["pair"].isin(pairs)]
    if indicator is not None:
        f = f[f["indicator"] == indicator]
    rates = f[(f["kind"] == "change") & (f["unit"] == "percent") & (f["status"] == "reported") & f["year"].notna()]
    rates = rates[rates["period_class"].isin(["full", "partial"])]
    columns = ["figure_id", "pair", "verdict", "text"]
    if rates.empty:
        return pd.DataFrame(columns=columns)
    levels = f[
        (f["kind"] == "level") & (f["status"] == "reported") & f["qualifier"].isin(list(_QUALIFIER_SLACK)) & f["year"].notna()
    ]
    keys = ["pair", "indicator", "flow", "period"]

    def keyed(frame: pd.DataFrame) -> pd.DataFrame:
        out = frame[["figure_id", "pair", "indicator", "year", "period", "value", "unit", "qualifier", "period_label", "article_id"]].astype(
            {"pair": str, "indicator": str, "unit": str, "qualifier": str}
        )
        out["flow"] = frame["flow_from"].astype(object).fillna("").to_numpy()
        out["period"] = out["period"].astype(object).fillna("")
        out["year"] = out["year"].astype("int64")
        return out

    r, lv = keyed(rates), keyed(levels)
    # Prefer a level from the rate's own article, then the first in table order.
    now = r.merge(lv, on=[*keys, "year"], suffixes=("", "_now"))
    now = now.assign(own=now["article_id"] == now["article_id_now"]).sort_values("own", ascending=False)
    now = now.drop_duplicates("figure_id").set_index("figure_id")
    before = r.assign(year=r["year"] - 1).merge(lv, on=[*keys, "year"], suffixes=("", "_before"))
    # The prior year too: the rate's own article first (an outlet's rate is checked against its
    # own levels before another outlet's).
    before = before.assign(own=before["article_id"] == before["article_id_before"]).sort_values("own", ascending=False, kind="stable")
    before = before.drop_duplicates("figure_id").set_index("figure_id")
    rows = []
    for rate in r.itertuples():
        what = f"Reported growth {value_text(rate.value, 'percent')} ({rate.period_label})"
        if rate.figure_id not in now.index or rate.figure_id not in before.index:
            missing = period_label(rate.year - (0 if rate.figure_id not in now.index else 1), rate.period or None)
            rows.append((rate.figure_id, rate.pair, "unchecked", f"{what}: cannot be checked, no reported level (other than a bound) for {missing}."))
            continue
        b, a = now.loc[rate.figure_id], before.loc[rate.figure_id]
        if b["unit_now"] != a["unit_before"] or a["value_before"] <= 0:
            rows.append((rate.figure_id, rate.pair, "unchecked", f"{what}: the levels are in different units."))
            continue
        va, vb = a["value_before"], b["value_now"]
        sa, sb = _QUALIFIER_SLACK[a["qualifier_before"]], _QUALIFIER_SLACK[b["qualifier_now"]]
        implied = (vb / va - 1) * 100
        low, high = (vb * (1 - sb) / (va * (1 + sa)) - 1) * 100, (vb * (1 + sb) / (va * (1 - sa)) - 1) * 100
        verdict = "agree" if low - 0.5 <= rate.value <= high + 0.5 else "disagree"
        rows.append(
            (
                rate.figure_id,
                rate.pair,
                verdict,
                f"{what} vs reported levels {value_text(vb, b['unit_now'], b['qualifier_now'])} ({b['period_label_now']})"
                f" and {value_text(va, a['unit_before'], a['qualifier_before'])} ({a['period_label_before']}):"
                f" implied {value_text(implied, 'percent')}, so they {verdict}.",
            )
        )
    out = pd.DataFrame(rows, columns=columns)
    # One rate said twice by its article (headline "H1", body "January-June") is one check: its
    # two lines differ only in the period's words. The one that could be checked is kept.
    reading = dict(zip(r["figure_id"], reading_keys(rates), strict=False))
    out = out.assign(_reading=out["figure_id"].map(reading), _unchecked=out["verdict"] == "unchecked")
    out = out.sort_values("_unchecked", kind="stable").drop_duplicates("_reading").sort_index()
    return out[columns].reset_index(drop=True)
