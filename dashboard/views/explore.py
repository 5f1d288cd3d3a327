"""Explore page: the view from the link and the controls, then its chart path drawn by the panels.
Glue only: what is drawn is decided in `dashboard.read.chartdata`, how in `views.panels`."""

from __future__ import annotations

import streamlit as st

from dashboard.read import load as data_io
from dashboard.read import view_links
from dashboard.views import awaiting, common, controls, panels


def render() -> None:
    """The explore page."""
    tables = common.tables()
    clean = common.is_clean()
    link = common.link_base()
    parsed = view_links.parse(common.params(), tables.pair_codes, tables.year_span)
    view = parsed.view if clean else controls.sidebar(parsed.view, tables)
    # The page shows every figure, those awaiting review marked; the clean view is an image, so
    # holds what images hold (panels.downloads makes the other files the same way).
    cd = data_io.cached_chart_data(tables, view, link, screen=not clean)
    if not clean:
        cd = controls.unit(cd, tables, link)
    panels.messages(parsed.problems + cd.problems)
    if not cd.view.pairs:
        st.info("Choose a country pair in the sidebar.")
        return
    if cd.empty:
        if not clean:
            common.set_url(view_links.to_params(cd.view))
        if cd.view.reviewed:
            st.info("No figure in this view has been reviewed by a curator yet: switch off "
                    "'Reviewed figures only', or review them on the Review page.")
        panels.nothing_to_draw(cd, tables)
        awaiting.none_shown(cd)
        return
    if clean:
        panels.clean(cd)
        return
    panels.heading(cd)
    chart_tab, table_tab, sources_tab = st.tabs(["Chart", "Table", "Sources"])
    with chart_tab:
        clicked = panels.chart(cd)
        panels.words_under(cd)
        panels.checks(cd, tables)
        panels.points(cd, clicked)
        table = panels.figure_table(cd)
    with table_tab:
        cd = panels.table_view(cd, tables)
    with sources_tab:
        sources = panels.sources_panel(cd)
    cd = panels.downloads(cd, tables, table, sources)
    panels.share(cd.view)
    common.set_url(view_links.to_params(cd.view))


# Streamlit runs a page as __main__; importing it (doctest collection) draws nothing.
if __name__ == "__main__":
    with common.guard():
        render()
