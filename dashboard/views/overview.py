"""Overview page: every pair with its latest turnover, investment and growth, the years
covered, and a chart of the latest full-year turnover by pair."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, queries
from dashboard.data_io import cached_overview
from dashboard.views import common


def render() -> None:
    """The overview page."""
    tables = common.tables()
    table = cached_overview(tables)
    st.title("Overview: every country pair in the news")
    st.caption(
        f"{len(table)} pairs named together in {len(tables.articles)} articles, {len(tables.figures)} figures. "
        "Latest values are the most recent full-year figure where there is one, else the most recent part-year figure "
        "(its period is shown). Forecasts and targets are left out."
    )
    latest = queries.latest_turnover(tables.figures)
    if not latest.empty:
        st.plotly_chart(charts.overview_chart(latest), width="stretch", theme=None, key="overview-chart")
        common.source_line(queries.source_line(latest))
    table = table.assign(chart=["./?pair=" + p for p in table["pair"]])
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        key="overview-table",
        column_config={"chart": st.column_config.LinkColumn("chart", display_text="open chart")},
    )


# Streamlit runs a page as __main__; importing it (doctest collection) draws nothing.
if __name__ == "__main__":
    render()
