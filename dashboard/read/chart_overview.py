"""The overview page's chart: each pair's latest full-year turnover as a bar. No Streamlit."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.contract.values import value_text
from dashboard.guard import safe
from dashboard.read import citations, formatting
from dashboard.read.chart_hover import wrapped
from dashboard.read.chart_style import DIFFER_COLOUR, FONT_FAMILY, OKABE_ITO, TEXT_COLOUR, template
from dashboard.read.selection import DIFFER_MARK


def overview_chart(latest: pd.DataFrame, height: int = 420) -> go.Figure:
    """Horizontal bars: each pair's latest full-year turnover, labelled with qualifier and year.
    A lower bound ("over $200 m") is hatched and open-ended, never drawn as an exact bar; a value
    other sources give differently is outlined in vermillion and labelled so, never one value as
    if settled."""
    shown = latest.head(30).iloc[::-1]
    names = [f"{formatting.pair_name(p)} ({y})" for p, y in zip(shown["pair"].astype(str), shown["year"], strict=False)]
    bound = shown["qualifier"].astype(str).isin(["over", "under"]).to_numpy()
    differ = shown["sources_differ"].astype(bool).to_numpy() if "sources_differ" in shown else np.zeros(len(shown), dtype=bool)
    fig = go.Figure(
        go.Bar(
            x=shown["value"],
            y=names,
            orientation="h",
            marker={"color": [("white" if b else OKABE_ITO[0]) for b in bound],
                    "line": {"color": [DIFFER_COLOUR if d else OKABE_ITO[0] for d in differ], "width": [4 if d else 2 for d in differ]},
                    "pattern": {"shape": ["/" if b else "" for b in bound], "fgcolor": OKABE_ITO[0], "solidity": 0.3}},
            text=[safe.plotly(t + (" (a bound)" if b else "") + (f" {DIFFER_MARK}" if d else ""))
                  for t, b, d in zip(shown["value_text"], bound, differ, strict=False)],
            textposition="outside",
            cliponaxis=False,
            customdata=list(zip(wrapped(shown["quote"], 400), [safe.plotly(citations.outlet_text(o, t, a)) for o, t, a in
                                zip(shown["outlet"], shown["title"], shown["article_id"], strict=False)],
                                [citations.date_text(d) for d in shown["article_date"]], strict=False)),
            hovertemplate="%{y}: %{text}<br>“%{customdata[0]}”<br>%{customdata[1]}, %{customdata[2]}<extra></extra>",
            name="Latest full-year turnover",
        )
    )
    # Room right of the longest bar for its label, longer when it says sources differ.
    ticks = formatting.nice_ticks(0, float(shown["value"].max()) * (1.6 if differ.any() else 1.3))
    title = "Latest full-year trade turnover reported, US dollars"
    keys = (["hatched: a bound such as “over”, not an exact value"] if bound.any() else []) + (
        [f"{DIFFER_MARK}: another outlet gives that year differently (the table names it)"] if differ.any() else [])
    for key in keys:  # one line each: side by side they run past a narrow page
        title += f"<br><sup>{key}</sup>"
    fig.update_layout(
        template=template(),
        height=max(height, 60 + 34 * len(shown)),
        font={"family": FONT_FAMILY, "size": 14, "color": TEXT_COLOUR},
        paper_bgcolor="white",
        plot_bgcolor="white",
        margin={"l": 10, "r": 40, "t": 40 + 16 * len(keys), "b": 40},
        title={"text": title, "font": {"size": 16}},
        xaxis={"tickvals": ticks, "ticktext": [value_text(t, "USD") for t in ticks], "range": [0, ticks[-1]]},
        yaxis={"automargin": True},
        showlegend=False,
    )
    return fig
