"""The downloads of a chart whose page shows figures awaiting review: the files hold only what a
briefer's image holds by default (`sure` and reviewed figures), and the page says so, with the
switch that brings the rest in."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from dashboard.guard import safe
from dashboard.read import by_confidence, export, view_options
from dashboard.read import load as data_io
from dashboard.read.chartdata import ChartData
from dashboard.views import common

SWITCH = view_options.BY_KEY["include-unchecked"].label


def for_downloads(cd: ChartData, tables: data_io.Tables, table: pd.DataFrame,
                  sources: pd.DataFrame) -> tuple[ChartData, pd.DataFrame, pd.DataFrame]:
    """The chart, figure table and sources table the downloads hold, and a line saying what
    they leave out of the chart on the page."""
    if not cd.unchecked_drawn or cd.view.unchecked or not cd.awaiting_review:
        if cd.awaiting_review and cd.view.unchecked:
            st.caption(safe.md(f"The images and data hold the {_figures(cd.awaiting_review)} awaiting review, marked as "
                               f"on the chart (“{SWITCH}” is on)."))
        return cd, table, sources
    out = data_io.cached_chart_data(tables, replace(cd.view, compare=None), common.link_base())
    out = replace(out, view=cd.view)
    note = by_confidence.left_out_note(out.awaiting_review)
    if out.empty:
        st.warning(safe.md(f"Every figure of this chart awaits review, so its images and data would be empty: tick "
                           f"“{SWITCH}” in the sidebar to download them, marked as on the chart."), icon="⚠️")
    else:
        st.info(safe.md(f"Images and data hold only sure and reviewed figures: {note} (the grey-centred “?” points "
                        f"above). Tick “{SWITCH}” in the sidebar to include them, marked as on the chart."), icon="ℹ️")
    found_table, found_sources = export.data_files(out)
    return out, found_table, found_sources


def _figures(n: int) -> str:
    return f"{n} figure{'s' if n != 1 else ''}"


def none_shown(cd: ChartData) -> None:
    """An image with nothing to draw because every figure awaits review says so, and how to see them."""
    if cd.awaiting_review and not cd.unchecked_drawn:
        st.info(safe.md(f"{by_confidence.left_out_note(cd.awaiting_review).capitalize()}: this image holds only sure and "
                        "reviewed figures. Add `&include-unchecked=true` to the link to draw them, marked."), icon="ℹ️")
