"""Changes computed here from reported levels: year-on-year % and an index (first year = 100).

Only full-year amounts an outlet states, exact or approximate, are used. Not a bound
("over $200 m"), a part-year figure, a forecast or target, and never a derived level: a level
derived from a reported growth rate would only give that rate back, dressed as a computation.
"""

from __future__ import annotations

import pandas as pd

from dashboard.contract.values import INDEX_UNIT, value_text


def computed_change(selected: pd.DataFrame, transform: str) -> tuple[pd.DataFrame, tuple[str, ...]]:
    """Year-on-year % or an index from each series' reported full-year levels, and notes on
    what was left out. Each computed row carries its inputs' quotes and says how it was made."""
    notes: list[str] = []
    usable = selected[
        (selected["period_class"] == "full") & selected["qualifier"].isin(["exact", "approx"]) & (selected["status"] == "reported")
    ]
    derived = selected[(selected["status"] == "derived") & (selected["period_class"] == "full")]
    left_out = len(selected) - len(usable) - len(derived)
    if left_out:
        notes.append(f"{left_out} figure(s) left out: only full-year amounts as reported (not bounds, part-year figures, forecasts "
                     "or targets) give a computed change.")
    if len(derived):
        notes.append(f"{len(derived)} derived level(s) not used: a change computed from a level derived from a reported growth "
                     "rate would only repeat that rate.")
    rows = []
    for series, group in usable.groupby("series", sort=True):
        values = {}
        for year, g in group.groupby("year"):
            if g["value"].nunique() > 1 and (g["value"].max() - g["value"].min()) > 0.005 * abs(g["value"].max()):
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
            else:
                assert base is not None
                new_value, inputs = cur["value"] / base["value"] * 100, [base, cur] if year != years[0] else [cur]
            row = cur.copy()
            row["value"] = new_value
            row["shown_value"] = new_value
            row["kind"] = "change"
            row["unit"] = "percent" if transform == "yoy" else INDEX_UNIT
            row["status"] = "computed"
            row["qualifier"] = "approx" if any(i["qualifier"] == "approx" for i in inputs) else "exact"
            row["value_text"] = value_text(new_value, row["unit"], row["qualifier"])
            row["quote"] = " | ".join(f"{i['period_label']}: {i['quote']}" for i in inputs)
            row["figure_id"] = "+".join(str(i["figure_id"]) for i in inputs)
            row["computed_from"] = " and ".join(f"{i['value_text']} ({i['period_label']})" for i in inputs)
            row["method"] = ("computed here from the reported levels " + row["computed_from"]) if len(inputs) > 1 else "first year, = 100"
            row["sources_differ"] = False
            rows.append(row)
    if rows:
        out = pd.DataFrame(rows).reset_index(drop=True)
    else:
        out = selected.iloc[0:0].assign(computed_from="")
    return out, tuple(notes)


def _level_in(group: pd.DataFrame, year: int) -> pd.Series | None:
    rows = group[(group["year"] == year) & (group["period_class"] == "full") & (group["status"] == "reported")
                 & group["qualifier"].isin(["exact", "approx"])]
    if rows.empty or (rows["value"].max() - rows["value"].min()) > 0.005 * abs(rows["value"].max()):
        return None
    return rows.iloc[0]


def year_table(frame: pd.DataFrame, compare: tuple[int, int] | None = None, levels: bool = True) -> pd.DataFrame:
    """The chart as a table: a row per series, a column per period in time order, each cell the
    value as drawn (several sources joined by " / "); for amounts, a last column with the change
    between two years, computed here from reported full-year levels (or why it cannot be)."""
    if frame.empty:
        return pd.DataFrame()
    f = frame.assign(_cell=[v + ("" if s in ("reported", "computed") else f" ({s})")
                            for v, s in zip(frame["value_text"], frame["status"].astype(str), strict=False)])
    order = f.groupby("period_label")["x"].min().sort_values().index
    cells = f.groupby(["series", "period_label"], sort=False)["_cell"].agg(lambda v: " / ".join(dict.fromkeys(v)))
    table = cells.unstack("period_label").reindex(columns=order).fillna("")
    table.columns = [str(c) for c in table.columns]
    if levels:
        full_years = sorted({int(y) for y in f.loc[f["period_class"] == "full", "year"].dropna()})
        first, last = compare or ((full_years[0], full_years[-1]) if full_years else (0, 0))
        changes = []
        for series in table.index:
            group = f[f["series"] == series]
            a, b = _level_in(group, first), _level_in(group, last)
            if not full_years or (compare is None and len(full_years) < 2):
                changes.append("needs reported full-year levels in two years")
            elif first == last:
                changes.append("choose two different years")
            elif a is None or b is None:
                missing = first if a is None else last
                changes.append(f"no reported full-year level for {missing}")
            elif a["value"] <= 0:
                changes.append("not computable from a zero level")
            else:
                qualifier = "approx" if "approx" in (a["qualifier"], b["qualifier"]) else "exact"
                changes.append(f"{value_text((b['value'] / a['value'] - 1) * 100, 'percent', qualifier)} (computed)")
        # First after the series, so it is seen without scrolling past the years.
        # Never "change 0–0": without two years to compare, the column says what it needs.
        heading = f"change {first}–{last}" if first and last and first != last else "change between two years"
        table.insert(0, heading, changes)
    return table.reset_index()
