"""The explore page's parts, each drawing one thing from a ChartData: the heading, the chart and
the words under it, the checks, a clicked point's source, the figure table, the Table view, the
Sources panel and the downloads. Every string from an article goes through `dashboard.guard.safe`."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pandas as pd
import streamlit as st

from dashboard.guard import safe
from dashboard.read import chart_image, citations, export, formatting, selection, transforms, view_links, viewspec
from dashboard.read import load as data_io
from dashboard.read.chartdata import ChartData
from dashboard.views import awaiting, common, controls

MAX_MESSAGES = 8  # beyond this, a count: a page of warnings helps nobody
# No camera button: plotly's would save a bare plot without title, notes or sources; the PNG
# download below the chart carries them all.
PLOTLY_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["toImage"]}


def messages(problems: tuple[str, ...]) -> None:
    """What the link held that could not be used, in a few short lines."""
    for problem in problems[:MAX_MESSAGES]:
        st.info(safe.md(problem), icon="ℹ️")


def nothing_to_draw(cd: ChartData, tables: data_io.Tables) -> None:
    """No figure for this view: say why, pair by pair, and what there is instead."""
    figures = tables.figures
    counts = tables.pairs.set_index("pair")
    for pair in cd.view.pairs:
        name = safe.md(formatting.pair_name(pair))
        if counts.loc[pair, "n_figures"] == 0:
            st.info(f"No figures for {name}: {counts.loc[pair, 'n_articles']} article(s) mention this pair, but none reports "
                    "a trade, investment or aid amount or growth rate. Read them in the article reader.")
            continue
        has = figures[figures["pair"] == pair]
        found = ", ".join(viewspec.INDICATORS.get(i, i).lower() for i in selection.indicators_drawing(has))
        what = safe.md(viewspec.INDICATORS[cd.view.indicator].lower())
        st.info(f"No {what} figures for {name} with these settings. This pair has figures for: {safe.md(found)}.")
    for note in cd.left_out:
        st.caption(safe.md(note))


def heading(cd: ChartData) -> None:
    st.title(safe.md(cd.text.title), anchor=False)
    st.caption(safe.md(cd.text.subtitle))


def chart(cd: ChartData) -> list[str]:
    """The interactive chart; returns the ids of the points the person clicked."""
    event = st.plotly_chart(data_io.cached_chart(cd), width="stretch", theme=None, key="chart", on_select="rerun",
                            selection_mode="points", config=PLOTLY_CONFIG)
    selection: dict[str, Any] = event.get("selection", {}) if hasattr(event, "get") else {}
    return [str(p.get("customdata", [None] * 8)[7]) for p in selection.get("points", [])]


def words_under(cd: ChartData) -> None:
    """The chart's notes, numbered source line and credit line, as in its image."""
    for note in cd.text.notes:
        st.caption(safe.md(note))
    common.source_line(cd.text.source)
    st.caption(safe.md(cd.text.credit))
    for note in cd.left_out:
        st.caption(safe.md(note))


def checks(cd: ChartData, tables: data_io.Tables) -> None:
    """Sources that differ, and reported growth rates checked against reported levels."""
    frame = cd.figures
    differ = frame[frame.get("sources_differ", pd.Series(False, index=frame.index))]
    # Under "reviewed only" a group may keep one drawn value: the chart's notes name the other.
    groups = [(k, g) for k, g in differ.groupby("differ_group") if len(g) > 1]
    for _, group in groups[:MAX_MESSAGES]:
        versions = "; ".join(
            f"{v} ({citations.outlet_text(o, t, a)}, {citations.date_text(d)})"
            for v, o, t, a, d in zip(group["value_text"], group["outlet"], group["title"], group["article_id"], group["article_date"],
                                     strict=False)
        )
        st.warning(safe.md(f"Sources differ on {group['series'].iloc[0]} {group['period_label'].iloc[0]}: {versions}. {'Both are' if len(group) == 2 else 'All are'} drawn."))
    if len(groups) > MAX_MESSAGES:
        st.warning(f"Sources differ on {len(groups) - MAX_MESSAGES} more figures: see the “sources differ” column of the table.")
    found = data_io.cached_checks(tables, cd.view.pairs, None if cd.view.indicator == "growth" else cd.view.indicator)
    for check in found.head(MAX_MESSAGES).itertuples():
        text = safe.md(f"Check: {check.text}")
        if check.verdict == "agree":
            st.success(text)
        elif check.verdict == "disagree":
            st.error(text)
        else:
            st.caption(text)
    if len(found) > MAX_MESSAGES:
        counts = found["verdict"].value_counts()
        st.caption(safe.md(f"{len(found)} growth rates checked against levels: " + ", ".join(f"{n} {v}" for v, n in counts.items()) + "."))


def points(cd: ChartData, ids: list[str]) -> None:
    """The clicked points' figures, each with its quote and numbered source."""
    chosen = cd.figures[cd.figures["figure_id"].isin(ids)]
    for row in chosen.itertuples():
        with st.container(border=True, key=f"point-{row.Index}"):
            status = citations.STATUS_WORDS.get(str(row.status), str(row.status))
            st.markdown(f"**{safe.md(row.series)}, {safe.md(row.period_label)}: {safe.md(row.value_text)}** ({safe.md(status)})")
            st.text(safe.text(row.quote))
            if isinstance(row.method, str):
                st.caption(safe.md(row.method))
            number = f"[{cd.numbers[row.article_id]}] " if row.article_id in cd.numbers else ""
            outlet = citations.outlet_text(row.outlet, None, "outlet not recorded")
            st.caption(safe.md(f"{number}{safe.one_line(row.title, 'headline not recorded')} · {outlet} · "
                               f"{citations.date_text(row.article_date)}"))


def figure_table(cd: ChartData) -> pd.DataFrame:
    """The table of exactly the chart's figures, with their quotes and numbered sources."""
    table = citations.figure_table(cd.figures)
    st.subheader("The figures in this chart")
    # The ids and the URL stay in the data (downloads, tests) but off the screen, which is
    # narrow enough with the quote.
    hidden = dict.fromkeys(["amount", "title", "url", "figure_id", "source no.", "qualifier"])
    st.dataframe(table, hide_index=True, width="stretch", key="figures-table",
                 column_config={**hidden, "quote": st.column_config.TextColumn("quote", width="large")})
    with st.expander("Text description of the chart (alt text)"):
        st.text(cd.text.alt)
    return table


def table_view(cd: ChartData, tables: data_io.Tables) -> ChartData:
    """The chart as a table (series × period), with the change between two chosen years."""
    levels = cd.view.kind == "level" and not cd.view.computed
    view = controls.section_widget("table", cd.view, tables) if levels else cd.view
    table = transforms.year_table(cd.figures, view.compare, levels=levels)
    st.dataframe(table, hide_index=True, width="stretch", key="year-table")
    if levels:
        st.caption("The change is computed here from full-year amounts as reported (not bounds, part-year or derived figures).")
    return replace(cd, view=view)


def sources_panel(cd: ChartData) -> pd.DataFrame:
    """Every article behind the chart, numbered as in the source line and on the points."""
    found = citations.sources_table(cd.figures)
    shown = found.assign(url=[safe.link(u) for u in found["url"]])
    st.dataframe(shown, hide_index=True, width="stretch", key="sources-table",
                 column_config={"url": st.column_config.LinkColumn("url"), "headline": st.column_config.TextColumn(width="large")})
    return found


@st.cache_resource(show_spinner=False)
def _warm() -> bool:
    export.warm_up()
    return True


def downloads(cd: ChartData, tables: data_io.Tables, table: pd.DataFrame, sources: pd.DataFrame) -> ChartData:
    """PNG and SVG images with every word of the chart in them, and the data with citations."""
    st.subheader("Download")
    view = controls.section_widget("image", cd.view, tables)
    cd, table, sources = awaiting.for_downloads(replace(cd, view=view), tables, table, sources)
    if cd.empty:
        return cd
    stem = f"{'_'.join(view.pairs)}_{view.indicator}"
    cols = st.columns(4)
    browser = export.find_chromium()
    if browser is None:
        cols[0].warning(export.CHROMIUM_MISSING, icon="⚠️")  # our own words: `chromium` shows as code
    else:
        def image(fmt: str) -> bytes:
            _warm()
            return export.export_chart(cd, view.size, fmt).data

        cols[0].download_button("PNG", data=lambda: image("png"), file_name=f"{stem}_{view.size}.png", mime="image/png",
                                on_click="ignore", key="png")
        cols[1].download_button("SVG", data=lambda: image("svg"), file_name=f"{stem}_{view.size}.svg", mime="image/svg+xml",
                                on_click="ignore", key="svg")
    cols[2].download_button("Data (CSV)", data=lambda: export.table_csv(table, cd.text), file_name=f"{stem}.csv", mime="text/csv",
                            on_click="ignore", key="csv")
    cols[3].download_button("Data (Excel)", data=lambda: export.table_xlsx(table, cd.text, sources), file_name=f"{stem}.xlsx",
                            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", on_click="ignore", key="xlsx")
    return cd


def share(view: viewspec.View) -> None:
    query = view_links.query(view)
    st.markdown(f"Share this view: [link](./?{query}) · [clean view for a screenshot](./?{query}&clean=1)")


def clean(cd: ChartData) -> None:
    """Clean mode, for a screenshot: the chart exactly as its image, title and sources inside.

    The image keeps its size whatever the window: its words are wrapped for that width, so a
    chart shrunk to a narrow window would cut them. A narrower window scrolls instead."""
    width, _ = viewspec.IMAGE_SIZES[cd.view.size]
    st.html(
        "<style>[data-testid='stMain'] {align-items: flex-start !important;}"
        " [data-testid='stMainBlockContainer'], .block-container {margin: 0 !important;"
        f" max-width: none !important; min-width: {width + 32}px !important;"
        " padding-left: 16px !important; padding-right: 16px !important;}"
        f" [data-testid='stPlotlyChart'] {{min-width: {width}px !important;}}</style>"
    )
    st.plotly_chart(chart_image.image_figure(cd, cd.view.size), width="content", theme=None, key="chart",
                    config={"displayModeBar": False})
