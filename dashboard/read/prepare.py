"""Preparing the loaded tables once, so each view is only boolean masks: the pair, the period's
class, label and plot date, the article's title, outlet and date, the outlet's own qualifier
word, and for derived figures how they were computed and the precision they deserve.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from dashboard.contract.periods import is_full_year, period_label
from dashboard.contract.schema import OTHER_FLOW_RULE, PRIOR_LEVEL_RULE
from dashboard.contract.values import value_text
from dashboard.guard import safe
from dashboard.read import formatting
from dashboard.read.viewspec import pair_key

OPTIONAL = ("measure", "part_of", "evidence")
# Said of every figure computed here rather than stated by an outlet.
NOT_STATED = "computed here, not stated in the article"


def _period_class(year: pd.Series, period: pd.Series) -> pd.Series:
    out = pd.Series("unstated", index=period.index, dtype=object)
    known = period.notna()
    codes = period[known].astype(str)
    # A handful of distinct periods among a million figures: decide each once.
    full = codes.map({c: is_full_year(c) for c in codes.unique()})
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
    """The figures (stated and derived) with everything a view needs, computed once per load."""
    f = figures.copy()
    for column in OPTIONAL:
        if column not in f:
            f[column] = None
    f["year"] = pd.array(f["year"], dtype="Int64")
    f["period"] = f["period"].astype(object).where(f["period"].notna(), None)
    f["pair"] = (f["country_a"].astype(str) + "-" + f["country_b"].astype(str)).astype("category")
    f["period_class"] = _period_class(f["year"], f["period"])
    for column in ("indicator", "kind", "status", "unit", "qualifier", "period_class"):
        f[column] = f[column].astype("category")
    # Labels and plot dates depend only on (year, period, class, dates): computed per distinct
    # combination, a few hundred even for a million figures.
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
    _date_the_undated(f)
    f["qualifier_word"] = outlet_words(f, articles)
    f["shown_value"] = f["value"].astype(float)
    f["method"] = None
    derived = f.index[f["status"] == "derived"]
    if len(derived):
        shown, methods = derived_readings(f, derived)
        f.loc[derived, "shown_value"] = shown
        f.loc[derived, "method"] = methods
    return f


def _present(evidence: object) -> bool:
    """Whether the figure's words put it at the time of writing ("at the moment", "now")."""
    return isinstance(evidence, str) and '"time:present"' in evidence


def _date_the_undated(f: pd.DataFrame) -> None:
    """A figure whose period the article does not state sits at the article's date, the one
    date we know, and its label says so: "as of 13 Mar 2006" when the words put it at the time
    of writing ("at the moment"), else "date not stated; reported 13 Mar 2006". The year the
    extractor gave it is the article's, which for a past event (a loan for a plant built years
    before) would be a guess drawn as a fact."""
    stocks = f.index[(f["period_class"] == "cumulative") & f["period_end"].notna()]
    if len(stocks):  # "total to 2006" drawn in March reads as the year's total: say the day
        f.loc[stocks, "period_label"] = [f"total to {pd.Timestamp(d).strftime('%-d %b %Y')}" for d in f.loc[stocks, "period_end"]]
    rows = f.index[(f["period_class"] == "unstated") & f["article_date"].notna()]
    if not len(rows):
        return
    dates = pd.to_datetime(f.loc[rows, "article_date"])
    when = [pd.Timestamp(d).strftime("%-d %b %Y") for d in dates]
    f.loc[rows, "period_label"] = [
        f"as of {w}" if _present(e) else f"date not stated; reported {w}" for w, e in zip(when, f.loc[rows, "evidence"], strict=False)
    ]
    f.loc[rows, "x"] = dates.to_numpy()


def outlet_words(f: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """The outlet's own word for each bounded or approximate amount ("nearly", "more than"),
    read from the article text just before the amount; None where it used none we know."""
    out = pd.Series(None, index=f.index, dtype=object)
    wanted = f.index[(f["qualifier"] != "exact") & (f["status"] != "derived")]
    if not len(wanted) or "text" not in articles.columns:
        return out
    rows = f.loc[wanted, ["article_id", "span_start", "qualifier"]].astype({"article_id": object, "qualifier": str})
    rows = rows[rows["span_start"] > 0]  # nothing before the article's first character
    distinct = rows.drop_duplicates()
    if distinct.empty:
        return out
    texts = dict(zip(articles["article_id"], articles["text"], strict=False))
    words = []
    for article_id, start, qualifier in zip(distinct["article_id"], distinct["span_start"], distinct["qualifier"], strict=False):
        text = texts.get(article_id)
        before = text[max(0, int(start) - 40) : int(start)] if isinstance(text, str) else ""
        words.append(formatting.outlet_word(before, qualifier) if before else None)
    found = distinct.assign(word=words)
    found = found[found["word"].notna()]
    if found.empty:
        return out
    merged = rows.reset_index().merge(found, on=["article_id", "span_start", "qualifier"], how="inner").set_index("index")
    out.loc[merged.index] = merged["word"].to_numpy()
    return out


def _matching(column: pd.Series, value: object) -> pd.Series:
    """Equal to `value`, a missing value matching a missing one."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return column.isna()
    return column == value


def _value_text(row: pd.Series) -> str:
    return value_text(row["value"], row["unit"], row["qualifier"], row.get("qualifier_word"))


def _rounded(bound: int) -> str:
    """Why a derived bound is shown below (or above) its quotient: "over $720 m" from
    $1 bn ÷ 1.37 = $730 m reads as an arithmetic slip unless the rounding is said."""
    if bound > 0:
        return ", rounded down to the precision of its inputs, as the bound it is"
    if bound < 0:
        return ", rounded up to the precision of its inputs, as the bound it is"
    return ", rounded to the precision of its inputs"


def derived_readings(f: pd.DataFrame, derived: pd.Index) -> tuple[list[float], list[str]]:
    """For each derived figure: its value rounded to the precision of the stated numbers it
    comes from, and how it was computed, in words (for the hover, the table, the image notes)."""
    shown = pd.Series(np.nan, index=derived, dtype=float)
    methods = pd.Series(None, index=derived, dtype=object)
    # Rules we know how to explain, one by one (a few per article); any other, in one go.
    known = f.loc[derived, "rule"].isin([PRIOR_LEVEL_RULE, OTHER_FLOW_RULE])
    other = derived[~known.to_numpy()]
    if len(other):
        values = f.loc[other, "value"].astype(float).to_numpy()
        magnitude = np.floor(np.log10(np.where(values == 0, 1, np.abs(values))))
        step = 10.0 ** (magnitude - 2)
        bound = f.loc[other, "qualifier"].astype(str).map({"over": 1, "under": -1}).fillna(0).to_numpy()
        scaled = values / step
        rounded = np.where(bound > 0, np.floor(scaled + 1e-9), np.where(bound < 0, np.ceil(scaled - 1e-9), np.round(scaled)))
        shown.loc[other] = rounded * step
        methods.loc[other] = [f"computed from reported figures ({safe.one_line(r)}); {NOT_STATED}" for r in f.loc[other, "rule"]]
    explained = derived[known.to_numpy()]
    if not len(explained):
        return shown.tolist(), methods.tolist()
    # Only the articles with a derived figure to explain: a few, even in a million figures.
    articles = set(f.loc[explained, "article_id"])
    reported = f[(f["status"] == "reported") & f["article_id"].isin(articles)]
    by_article = dict(list(reported.groupby("article_id", sort=False)))
    for index, row in f.loc[explained].iterrows():
        same = by_article.get(row["article_id"], reported.iloc[0:0])
        same = same[(same["country_a"] == row["country_a"]) & (same["country_b"] == row["country_b"])]
        bound = {"over": 1, "under": -1}.get(str(row["qualifier"]), 0)
        value = float(row["value"])
        if row["rule"] == PRIOR_LEVEL_RULE:
            base = same[(same["year"] == row["year"] + 1) & _matching(same["period"], row["period"])
                        & _matching(same["flow_from"], row["flow_from"]) & (same["indicator"] == row["indicator"])]
            levels = base[(base["kind"] == "level") & (base["unit"] == row["unit"])]
            rates = base[(base["kind"] == "change") & (base["unit"] == "percent")]
            if len(levels) and len(rates):
                level, rate = levels.iloc[0], rates.iloc[0]
                digits = min(formatting.significant_digits(level["value"]), formatting.significant_digits(rate["value"]))
                shown.loc[index] = formatting.round_significant(value, max(digits, 2), bound)
                methods.loc[index] = (
                    f"implied by {_value_text(level)} in {level['period_label']} and its reported growth of "
                    f"{value_text(rate['value'], 'percent')} ({value_text(level['value'], level['unit'])} ÷ "
                    f"{1 + rate['value'] / 100:g} = {value_text(value, row['unit'])}{_rounded(bound)}); {NOT_STATED}"
                )
                continue
        if row["rule"] == OTHER_FLOW_RULE:
            base = same[(same["year"] == row["year"]) & _matching(same["period"], row["period"])
                        & (same["unit"] == row["unit"]) & (same["kind"] == "level")]
            turnover = base[base["indicator"] == "trade_turnover"]
            flow = base[(base["indicator"] == "exports") & (base["flow_from"] == row["flow_to"])]
            if len(turnover) and len(flow):
                t, x = turnover.iloc[0], flow.iloc[0]
                shown.loc[index] = formatting.round_to_quantum(
                    value, max(formatting.quantum(t["value"]), formatting.quantum(x["value"])), bound)
                methods.loc[index] = (
                    f"implied by trade turnover of {_value_text(t)} less {formatting.country_name(str(x['flow_from']))} → "
                    f"{formatting.country_name(str(x['flow_to']))} exports of {_value_text(x)}; {NOT_STATED}"
                )
                continue
        shown.loc[index] = formatting.round_significant(value, 3, bound)
        methods.loc[index] = f"computed from reported figures ({safe.one_line(row['rule'])}); {NOT_STATED}"
    return shown.tolist(), methods.tolist()


def pair_table(figures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every pair that has an article or a figure, with its counts, most figures first.

    Counts are of figures the articles state (derived ones are not counted). An article's pair
    is its first two countries (the build lists the pair it is about first), so a pair with
    articles but no figures is listed, and a country named in passing is not.
    """
    from_articles = [
        (pair_key(*sorted(countries[:2])), article_id)
        for article_id, countries in zip(articles["article_id"], articles["countries"], strict=False)
        if len(countries) >= 2
    ]
    article_pairs = pd.DataFrame(from_articles, columns=["pair", "article_id"])
    stated = figures.loc[figures["status"] != "derived", ["pair", "article_id"]]
    figure_pairs = stated.astype({"pair": str}).drop_duplicates()
    both = pd.concat([article_pairs, figure_pairs], ignore_index=True).drop_duplicates()
    n_articles = both.groupby("pair").size().rename("n_articles")
    n_figures = stated["pair"].astype(str).value_counts().rename("n_figures")
    table = pd.concat([n_articles, n_figures], axis=1).fillna(0).astype(int).reset_index(names="pair")
    table["name"] = table["pair"].map(formatting.pair_name)
    table["label"] = [
        f"{name} ({pair}) · {nf} figure{'s' * (nf != 1)}"
        for name, pair, nf in zip(table["name"], table["pair"], table["n_figures"], strict=False)
    ]
    return table.sort_values(["n_figures", "pair"], ascending=[False, True], ignore_index=True)
