"""Overview page: every pair with its latest turnover, investment and growth as the outlets
state them, the years covered, and a chart of the latest full-year turnover by pair."""

from __future__ import annotations

import streamlit as st

from dashboard.guard import safe
from dashboard.read import chart_overview, citations, reviewed, summary
from dashboard.read.by_confidence import counts_by_pair
from dashboard.read.load import cached_overview
from dashboard.views import common

KEY = "overview-reviewed"


def render() -> None:
    """The overview page."""
    tables = common.tables()
    stated = int((tables.figures["status"] != "derived").sum())
    st.title("Overview: every country pair in the news", anchor=False)
    st.caption(
        f"{len(tables.pairs)} pairs named together in {len(tables.articles)} articles, {stated} figures stated by them. "
        "Latest values are the most recent full-year figure an outlet states where there is one, else the most recent "
        "part-year figure (its period is shown), for each direction of a flow. Forecasts, targets and derived figures are "
        "left out."
    )
    # Its own key: the explore page's switch leaves a value in the session that would outrank
    # the link's `reviewed=1`.
    common.seed({KEY: reviewed.wants_reviewed(common.params())})
    only = st.checkbox("Reviewed figures only", key=KEY,
                       help="only figures a curator confirmed, corrected or added; where sources differ, that is still said")
    common.set_url([(reviewed.URL_PARAM, "true")] if only else [])
    table = cached_overview(tables, only)
    if only:
        st.caption("Reviewed figures only: a pair whose figures no curator has vouched for says so, and a value other "
                   "sources give differently is marked “⚠ sources differ” with the other values named.")
    latest = summary.latest_turnover(tables.figures, reviewed_only=only)
    if not latest.empty:
        st.plotly_chart(chart_overview.overview_chart(latest), width="stretch", theme=None, key="overview-chart",
                        config={"displaylogo": False, "modeBarButtonsToRemove": ["toImage"]})
        common.source_line(citations.source_line(latest))
    # How sure each pair's stated figures are: sure, check (awaiting a curator), reviewed.
    counts = counts_by_pair(tables.figures[tables.figures["status"] != "derived"])
    table = table.merge(counts, on="pair", how="left")
    table[["sure", "check", "reviewed"]] = table[["sure", "check", "reviewed"]].fillna(0).astype(int)
    # The chart a row opens shows what the row shows: reviewed figures only, when they are.
    table = table.assign(chart=["./?pair=" + p + ("&reviewed=true" if only else "") for p in table["pair"]])
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        key="overview-table",
        column_config={"chart": st.column_config.LinkColumn("chart", display_text="open chart"),
                       "latest investment": st.column_config.TextColumn(width="large")},
    )
    st.caption(safe.md(citations.credit_line()))


# Streamlit runs a page as __main__; importing it (doctest collection) draws nothing.
if __name__ == "__main__":
    with common.guard():
        render()
