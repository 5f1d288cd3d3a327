"""Pure filtering and shaping of the figures for a view: pairs, series, disagreements, checks.

Everything here takes and returns pandas frames and never touches Streamlit or files, so the
app, the command-line export and the tests share one definition of "what a chart shows".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np
import pandas as pd

from dashboard import formatting
from dashboard.periods import is_full_year, period_label

# The indicators a user picks from; "growth" shows the reported growth rates (kind=change).
VIEW_INDICATORS: dict[str, str] = {
    "trade_turnover": "Trade turnover",
    "exports": "Exports",
    "investment": "Investment",
    "aid": "Aid",
    "growth": "Growth rates (reported)",
    "other": "Other flows",
}
DIRECTIONAL = ("exports", "investment", "aid")
DIRECTIONS = ("both", "ab", "ba")
TRANSFORMS: dict[str, str] = {
    "reported": "Amounts as reported",
    "yoy": "Year-on-year % (computed)",
    "index": "Index, first year = 100 (computed)",
}
# How each period class is drawn and named; the order is the legend order.
PERIOD_CLASSES: dict[str, str] = {
    "full": "full year",
    "partial": "part of a year",
    "cumulative": "stock to date",
    "unstated": "period not stated",
}
# Relative gap under which two reported values count as the same figure (rounding).
SAME_VALUE_TOLERANCE = 0.005
# Half-widths that a level's qualifier allows when checking a growth rate against levels.
_QUALIFIER_SLACK = {"exact": 0.005, "approx": 0.03}


@dataclass(frozen=True)
class View:
    """Everything that decides what one chart shows; round-trips through URL parameters."""

    pairs: tuple[str, ...] = ()
    indicator: str = "trade_turnover"
    direction: str = "both"
    years: tuple[int, int] | None = None
    transform: str = "reported"
    log: bool = False
    partial: bool = True
    projections: bool = True
    derived: bool = True
    unit: str | None = None

    @property
    def kind(self) -> str:
        return "change" if self.indicator == "growth" else "level"


@dataclass(frozen=True)
class Selection:
    """The figures one chart draws, and what was left out and why."""

    figures: pd.DataFrame
    units: tuple[str, ...]
    unit: str | None
    notes: tuple[str, ...] = field(default=())


# ---------------------------------------------------------------- preparing the tables


def pair_key(a: str, b: str) -> str:
    """The sorted pair code used everywhere in the app.

    >>> pair_key("CHN", "AZE")
    'AZE-CHN'
    """
    first, second = sorted((a, b))
    return f"{first}-{second}"


def normalise_pair(text: str) -> str | None:
    """Accept "chn-aze", "AZE_CHN" or "AZE CHN"; None when it is not two ISO3 codes.

    >>> normalise_pair("chn-aze"), normalise_pair("AZE"), normalise_pair("AZE-AZE")
    ('AZE-CHN', None, None)
    """
    parts = [p for p in text.replace("_", "-").replace(" ", "-").upper().split("-") if p]
    if len(parts) != 2 or parts[0] == parts[1] or not all(len(p) == 3 and p.isalpha() for p in parts):
        return None
    return pair_key(parts[0], parts[1])


def _period_class(year: pd.Series, period: pd.Series) -> pd.Series:
    out = pd.Series("unstated", index=period.index, dtype=object)
    known = period.notna()
    codes = period[known].astype(str)
    full = codes.map(is_full_year)
    out[known] = np.where(full, "full", "partial")
    out[period == "cumulative"] = "cumulative"
    out[year.isna()] = "undated"
    return out


def _plot_date(row_year: int, period: str | None, period_class: str, start: object, end: object) -> pd.Timestamp:
    """Where a figure sits on the time axis: mid-period, or the as-of date for a stock."""
    if period_class == "cumulative" and end is not None and not pd.isna(end):
        return pd.Timestamp(end)
    if period_class == "partial" and not pd.isna(start) and not pd.isna(end):
        first, last = pd.Timestamp(start), pd.Timestamp(end)
        return first + (last - first) / 2
    return pd.Timestamp(date(int(row_year), 7, 2))


def prepare_figures(figures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Add what every view needs once: pair, period class and label, plot date, the value in
    words, and the article's title, outlet and date.

    Done once per load, so the per-rerun filtering is only boolean masks.
    """
    f = figures.copy()
    f["year"] = pd.array(f["year"], dtype="Int64")
    f["period"] = f["period"].astype(object).where(f["period"].notna(), None)
    f["pair"] = (f["country_a"].astype(str) + "-" + f["country_b"].astype(str)).astype("category")
    f["period_class"] = _period_class(f["year"], f["period"])
    for column in ("indicator", "kind", "status", "unit", "qualifier", "period_class"):
        f[column] = f[column].astype("category")
    # Labels and plot dates depend only on (year, period, class, dates): compute them per
    # distinct combination, which is a few hundred even for a million figures.
    keys = ["year", "period", "period_class", "period_start", "period_end"]
    distinct = f[keys].astype(object).drop_duplicates()
    distinct["period_label"] = [
        (f"{y}, period not stated") if c == "unstated" else period_label(None if pd.isna(y) else int(y), p)
        for y, p, c in zip(distinct["year"], distinct["period"], distinct["period_class"], strict=False)
    ]
    distinct["x"] = [
        pd.NaT if c == "undated" else _plot_date(y, p, c, s, e)
        for y, p, c, s, e in zip(
            distinct["year"], distinct["period"], distinct["period_class"], distinct["period_start"], distinct["period_end"], strict=False
        )
    ]
    lookup = f[keys].astype(object).merge(distinct, on=keys, how="left")
    f["period_label"] = lookup["period_label"].to_numpy()
    f["x"] = pd.to_datetime(lookup["x"].to_numpy())
    meta = articles.set_index("article_id")[["title", "outlet", "date", "url"]]
    joined = meta.reindex(f["article_id"])
    f["title"] = joined["title"].to_numpy()
    f["outlet"] = joined["outlet"].to_numpy()
    f["article_date"] = joined["date"].to_numpy()
    f["url"] = joined["url"].to_numpy()
    return f


def pair_table(figures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every pair that has an article or a figure, with its counts, most figures first.

    An article's pair is its first two countries (the build lists the pair it is about first),
    so a pair with articles but no figures is listed, and a country named in passing is not.
    """
    from_articles = [
        (pair_key(*sorted(countries[:2])), article_id)
        for article_id, countries in zip(articles["article_id"], articles["countries"], strict=False)
        if len(countries) >= 2
    ]
    article_pairs = pd.DataFrame(from_articles, columns=["pair", "article_id"])
    figure_pairs = figures[["pair", "article_id"]].astype({"pair": str}).drop_duplicates()
    both = pd.concat([article_pairs, figure_pairs], ignore_index=True).drop_duplicates()
    n_articles = both.groupby("pair").size().rename("n_articles")
    n_figures = figures["pair"].astype(str).value_counts().rename("n_figures")
    table = pd.concat([n_articles, n_figures], axis=1).fillna(0).astype(int).reset_index(names="pair")
    table["name"] = table["pair"].map(formatting.pair_name)
    table["label"] = [
        f"{name} ({pair}) · {nf} figure{'s' * (nf != 1)}"
        for name, pair, nf in zip(table["name"], table["pair"], table["n_figures"], strict=False)
    ]
    return table.sort_values(["n_figures", "pair"], ascending=[False, True], ignore_index=True)


# ---------------------------------------------------------------- selecting a view


def _direction_mask(f: pd.DataFrame, direction: str) -> pd.Series:
    if direction == "ab":
        return f["flow_from"] == f["country_a"]
    if direction == "ba":
        return f["flow_from"] == f["country_b"]
    return pd.Series(True, index=f.index)


def _series_names(f: pd.DataFrame, view: View) -> pd.Series:
    parts: list[pd.Series] = []
    if len(view.pairs) > 1:
        parts.append(f["country_a"].astype(str) + "–" + f["country_b"].astype(str))
    if view.indicator == "growth":
        names = f["indicator"].astype(str).map(lambda i: VIEW_INDICATORS.get(i, i).split(" (")[0])
        parts.append(names)
    flows = f["flow_from"].notna()
    if view.indicator in DIRECTIONAL or view.indicator == "growth":
        flow = (f["flow_from"].astype(str) + "→" + f["flow_to"].astype(str)).where(flows, "")
        parts.append(flow)
    if not parts:
        return pd.Series(VIEW_INDICATORS[view.indicator], index=f.index, dtype=object)
    out = parts[0].astype(str)
    for part in parts[1:]:
        out = (out + " " + part.astype(str)).str.strip()
    return out.astype(object)


def select(figures: pd.DataFrame, view: View) -> Selection:
    """The figures a view draws; `notes` say in words what was left out and why."""
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
        "partial": (not view.partial) & (f["period_class"] == "partial"),
        "forecasts and targets": (not view.projections) & f["status"].isin(["forecast", "target"]),
        "derived figures": (not view.derived) & (f["status"] == "derived"),
    }
    for what, mask in hidden.items():
        if mask.any():
            notes.append(f"{int(mask.sum())} {what if what != 'partial' else 'part-year figures'} switched off.")
            f = f[~mask]
    units = tuple(f["unit"].astype(str).value_counts().index)
    unit = view.unit if view.unit in units else (("USD" if "USD" in units else units[0]) if units else None)
    if unit is not None and len(units) > 1:
        other = f["unit"] != unit
        notes.append(
            f"{int(other.sum())} figure(s) in {', '.join(u for u in units if u != unit)} not drawn: choose the unit to see them."
        )
        f = f[~other]
    f = f.copy()
    f["series"] = _series_names(f, view)
    f["value_text"] = [
        formatting.qualified(v, u, q, k) for v, u, q, k in zip(f["value"], f["unit"], f["qualifier"], f["kind"], strict=False)
    ]
    f = flag_disagreements(f)
    return Selection(f.sort_values(["series", "x", "article_id"], ignore_index=True), units, unit, tuple(notes))


def flag_disagreements(f: pd.DataFrame) -> pd.DataFrame:
    """Mark reported figures that another article gives differently for the same pair,
    indicator, direction, period and unit: `sources_differ` and a shared `differ_group`."""
    f = f.copy()
    f["sources_differ"] = False
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
    differs = (n_articles > 1) & ((hi - lo).abs() > SAME_VALUE_TOLERANCE * hi.abs().clip(lower=1e-12))
    if differs.any():
        f.loc[differs[differs].index, "sources_differ"] = True
        f.loc[grouped.index, "differ_group"] = groups.ngroup().to_numpy()
        f.loc[~f["sources_differ"], "differ_group"] = -1
    return f


# ---------------------------------------------------------------- checks and computed views


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
    before = before.drop_duplicates("figure_id").set_index("figure_id")
    rows = []
    for rate in r.itertuples():
        what = f"Reported growth {formatting.rate(rate.value, 'percent')} ({rate.period_label})"
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
                f"{what} vs reported levels {formatting.qualified(vb, b['unit_now'], b['qualifier_now'])} ({b['period_label_now']})"
                f" and {formatting.qualified(va, a['unit_before'], a['qualifier_before'])} ({a['period_label_before']}):"
                f" implied {formatting.rate(implied, 'percent')}, so they {verdict}.",
            )
        )
    return pd.DataFrame(rows, columns=columns)


def computed_change(selected: pd.DataFrame, transform: str) -> tuple[pd.DataFrame, tuple[str, ...]]:
    """Year-on-year % or an index (first year = 100) from full-year levels of each series.

    Only exact or approximate full-year levels are used: a bound ("over $200 m") or a
    part-year figure cannot give a growth rate, and a year where sources differ is skipped
    rather than silently picking one. Each computed row carries its inputs' quotes.
    """
    notes: list[str] = []
    usable = selected[
        (selected["period_class"] == "full")
        & selected["qualifier"].isin(["exact", "approx"])
        & selected["status"].isin(["reported", "derived"])
    ]
    left_out = len(selected) - len(usable)
    if left_out:
        notes.append(f"{left_out} figure(s) left out: only full-year amounts (not bounds, forecasts or targets) give a change.")
    rows = []
    for series, group in usable.groupby("series", sort=True):
        by_year = group.groupby("year")
        values = {}
        for year, g in by_year:
            if (g["status"] == "reported").any():  # a reported level beats one derived from a rate
                g = g[g["status"] == "reported"]
            if g["value"].nunique() > 1:
                notes.append(f"{series} {year}: sources differ, no change computed for that year.")
                continue
            values[int(year)] = g.iloc[0]
        years = sorted(values)
        base = values[years[0]] if years else None
        for year in years:
            cur = values[year]
            if transform == "yoy":
                prev = values.get(year - 1)
                if prev is None or prev["value"] <= 0:
                    continue
                new_value, inputs = (cur["value"] / prev["value"] - 1) * 100, [prev, cur]
                text = formatting.rate(new_value, "percent")
            else:
                new_value, inputs = cur["value"] / base["value"] * 100, [base, cur] if year != years[0] else [cur]
                text = f"{new_value:.1f}"
            row = cur.copy()
            row["value"] = new_value
            row["kind"] = "change"
            row["unit"] = "percent" if transform == "yoy" else "index"
            row["status"] = "derived"
            row["qualifier"] = "approx" if any(i["qualifier"] == "approx" for i in inputs) else "exact"
            row["value_text"] = ("about " if row["qualifier"] == "approx" else "") + text
            row["quote"] = " | ".join(f"{i['period_label']}: {i['quote']}" for i in inputs)
            row["figure_id"] = "+".join(str(i["figure_id"]) for i in inputs)
            row["computed_from"] = " and ".join(f"{i['value_text']} ({i['period_label']})" for i in inputs)
            row["sources_differ"] = False
            rows.append(row)
    out = pd.DataFrame(rows).reset_index(drop=True) if rows else selected.iloc[0:0].assign(computed_from="")
    return out, tuple(notes)


# ---------------------------------------------------------------- tables and citations


def sources(frame: pd.DataFrame) -> pd.DataFrame:
    """The distinct articles behind a chart's figures, oldest first, numbered 1..n."""
    cols = ["article_id", "title", "outlet", "article_date", "url"]
    if frame.empty:
        return pd.DataFrame(columns=["note", *cols])
    found = frame[cols].drop_duplicates("article_id")
    found = found.sort_values(["article_date", "article_id"], na_position="last", ignore_index=True)
    found.insert(0, "note", range(1, len(found) + 1))
    return found


def date_text(value: object) -> str:
    """ "16 Apr 2025", or "date unknown".

    >>> date_text(date(2025, 4, 16)), date_text(None)
    ('16 Apr 2025', 'date unknown')
    """
    if value is None or pd.isna(value):
        return "date unknown"
    return pd.Timestamp(value).strftime("%-d %b %Y")


def source_line(frame: pd.DataFrame, max_chars: int = 400) -> str:
    """One line naming the outlets and dates behind the plotted figures, numbered when several."""
    found = sources(frame)
    if found.empty:
        return ""
    parts = []
    for s in found.itertuples():
        outlet = s.outlet if isinstance(s.outlet, str) and s.outlet else f"“{s.title}”" if isinstance(s.title, str) else s.article_id
        parts.append((f"[{s.note}] " if len(found) > 1 else "") + f"{outlet}, {date_text(s.article_date)}")
    text = ("Sources: " if len(found) > 1 else "Source: ") + "; ".join(parts)
    if len(text) > max_chars:
        text = text[: max_chars - 1].rsplit(";", 1)[0] + f"; and {len(found)} articles in all"
    return text


def figure_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The table under a chart: exactly its figures, with values in words and their quotes."""
    notes = sources(frame).set_index("article_id")["note"] if not frame.empty else pd.Series(dtype=int)
    table = pd.DataFrame(
        {
            "series": frame.get("series", pd.Series(dtype=object)).astype(object),
            "period": frame["period_label"].astype(object),
            "value": frame["value_text"].astype(object),
            "amount": frame["value"].astype(float),
            "unit": frame["unit"].astype(object),
            "qualifier": frame["qualifier"].astype(object),
            "status": frame["status"].astype(object),
            "sources differ": frame.get("sources_differ", pd.Series(False, index=frame.index)).astype(bool),
            "quote": frame["quote"].astype(object),
            "source": [
                f"[{notes.get(a, '')}] " * (len(notes) > 1)
                + (o if isinstance(o, str) else "outlet not recorded")
                + f", {date_text(d)}"
                for a, o, d in zip(frame["article_id"], frame["outlet"], frame["article_date"], strict=False)
            ],
            "title": frame["title"].astype(object),
            "url": frame["url"].astype(object),
            "figure_id": frame["figure_id"].astype(object),
            "review": frame["review"].astype(object) if "review" in frame else None,
        }
    )
    if "computed_from" in frame:
        table.insert(3, "computed from", frame["computed_from"].astype(object))
    return table.reset_index(drop=True)


def select_article(found: pd.DataFrame) -> pd.DataFrame:
    """An article's figures shaped like a chart's selection, for the reader's table (in text order)."""
    f = found.copy()
    f["series"] = [
        VIEW_INDICATORS.get(i, i) + (f" {a}→{b}" if isinstance(a, str) else "") + (" growth" if k == "change" else "")
        for i, a, b, k in zip(f["indicator"].astype(str), f["flow_from"], f["flow_to"], f["kind"], strict=False)
    ]
    f["value_text"] = [formatting.qualified(v, u, q, k) for v, u, q, k in zip(f["value"], f["unit"], f["qualifier"], f["kind"], strict=False)]
    f["sources_differ"] = False
    return f


def latest_turnover(figures: pd.DataFrame) -> pd.DataFrame:
    """Each pair's latest reported full-year trade turnover in US dollars (for the overview chart)."""
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
    latest["value_text"] = [formatting.qualified(v, u, q) for v, u, q in zip(latest["value"], latest["unit"], latest["qualifier"], strict=False)]
    latest["series"] = latest["pair"].astype(str)
    return latest.sort_values("value", ascending=False, ignore_index=True)


# ---------------------------------------------------------------- overview


def _latest(f: pd.DataFrame) -> str:
    if f.empty:
        return ""
    full = f[f["period_class"] == "full"]
    pick = (full if not full.empty else f).sort_values(["x", "figure_id"]).iloc[-1]
    flow = f"{pick['flow_from']}→{pick['flow_to']} " if isinstance(pick["flow_from"], str) else ""
    text = formatting.qualified(pick["value"], pick["unit"], pick["qualifier"], pick["kind"])
    status = "" if pick["status"] == "reported" else f", {pick['status']}"
    return f"{flow}{text} ({pick['period_label']}{status})"


def overview(figures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every pair with its latest turnover, investment and growth, and the years covered."""
    pairs = pair_table(figures, articles)
    dated = figures[figures["year"].notna() & figures["status"].isin(["reported", "derived"])]
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


# ---------------------------------------------------------------- URL parameters


def _flag(value: str | None, default: bool) -> bool:
    if value is None:
        return default
    return value.lower() in ("1", "true", "yes", "on")


def parse_years(text: str | None) -> tuple[int, int] | None:
    """ "2015-2025" -> (2015, 2025); "2020" -> (2020, 2020); nonsense -> None.

    >>> parse_years("2025-2015"), parse_years("2020"), parse_years("x"), parse_years(None)
    ((2015, 2025), (2020, 2020), None, None)
    """
    if not text:
        return None
    parts = text.replace("..", "-").split("-")
    try:
        numbers = sorted(int(p) for p in parts if p.strip())
    except ValueError:
        return None
    if not numbers or not all(1900 <= n <= 2100 for n in numbers):
        return None
    return numbers[0], numbers[-1]


def view_from_params(params: Mapping[str, str | list[str]], known_pairs: tuple[str, ...] = ()) -> View:
    """A View from URL parameters; anything unknown falls back to the default."""

    def one(name: str) -> str | None:
        value = params.get(name)
        if isinstance(value, list):
            return value[-1] if value else None
        return value

    raw_pairs = params.get("pair", [])
    raw_list = raw_pairs if isinstance(raw_pairs, list) else [raw_pairs]
    pairs = []
    for raw in raw_list:
        for part in str(raw).split(","):
            pair = normalise_pair(part)
            if pair and (not known_pairs or pair in known_pairs) and pair not in pairs:
                pairs.append(pair)
    if not pairs and known_pairs:
        pairs = [known_pairs[0]]
    indicator = one("indicator") or "trade_turnover"
    direction = one("direction") or "both"
    transform = one("show") or "reported"
    return View(
        pairs=tuple(pairs),
        indicator=indicator if indicator in VIEW_INDICATORS else "trade_turnover",
        direction=direction if direction in DIRECTIONS else "both",
        years=parse_years("-".join(str(y) for y in params["years"]) if isinstance(params.get("years"), list) else one("years")),
        transform=transform if transform in TRANSFORMS else "reported",
        log=_flag(one("log"), False),
        partial=_flag(one("partial"), True),
        projections=_flag(one("projections"), True),
        derived=_flag(one("derived"), True),
        unit=one("unit"),
    )


def view_to_params(view: View) -> list[tuple[str, str]]:
    """URL parameters for a view in the form the app's bound widgets read (pairs and years
    repeated, flags true/false), leaving out defaults so links stay short.

    >>> view_to_params(View(pairs=("AZE-CHN", "AZE-JPN"), years=(2015, 2025), log=True))
    [('pair', 'AZE-CHN'), ('pair', 'AZE-JPN'), ('years', '2015'), ('years', '2025'), ('log', 'true')]
    """
    default = View()
    params = [("pair", p) for p in view.pairs]
    for name, attr in (("indicator", "indicator"), ("direction", "direction"), ("show", "transform")):
        if getattr(view, attr) != getattr(default, attr):
            params.append((name, getattr(view, attr)))
    if view.years:
        params += [("years", str(view.years[0])), ("years", str(view.years[1]))]
    for name in ("log", "partial", "projections", "derived"):
        if getattr(view, name) != getattr(default, name):
            params.append((name, "true" if getattr(view, name) else "false"))
    if view.unit:
        params.append(("unit", view.unit))
    return params


def view_query(view: View) -> str:
    """The query string of a shareable link to a view."""
    from urllib.parse import urlencode

    return urlencode(view_to_params(view))


def chart_unit(view: View, selected_unit: str | None) -> str:
    """The unit of the chart's y axis: the figures' own, or that of a computed change."""
    if view.kind == "level" and view.transform == "yoy":
        return "percent"
    if view.kind == "level" and view.transform == "index":
        return "index"
    return selected_unit or ""


def with_pairs(view: View, pairs: tuple[str, ...]) -> View:
    return replace(view, pairs=pairs)
