"""Explore page: pick pairs, an indicator and years; the chart, its source line, checks,
the table of exactly its figures, and the briefer's downloads. Glue over queries/charts/export."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from dashboard import charts, data_io, export, formatting, queries
from dashboard.curation import reviewed
from dashboard.views import common


def render() -> None:
    """The explore page."""
    tables = common.tables()
    figures, codes = tables.figures, tables.pair_codes
    reviewed_only = reviewed.wants_reviewed(common.params())  # curation: ?reviewed=1
    labels = dict(zip(tables.pairs["pair"], tables.pairs["label"], strict=False))
    url_view = queries.view_from_params(common.params(), codes)
    clean = common.is_clean()
    years_all = figures["year"].dropna()
    lo, hi = (int(years_all.min()), int(years_all.max())) if len(years_all) else (2000, 2025)
    hi = max(hi, lo + 1)

    # ---------------------------------------------------------------- controls (seeded from the URL)
    if clean:
        view = url_view
    else:
        common.seed(
            {
                "pair": list(url_view.pairs),
                "indicator": url_view.indicator,
                "direction": url_view.direction,
                "years": (max(lo, url_view.years[0]), min(hi, url_view.years[1])) if url_view.years else (lo, hi),
                "show": url_view.transform,
                "log": url_view.log,
                "partial": url_view.partial,
                "projections": url_view.projections,
                "derived": url_view.derived,
            }
        )
        with st.sidebar:
            st.header("Chart")
            pairs = st.multiselect(
                "Country pairs (compare several)",
                codes,
                format_func=lambda p: labels.get(p, p),
                key="pair",
                max_selections=7,
            )
            indicator = st.selectbox("Indicator", list(queries.VIEW_INDICATORS), format_func=queries.VIEW_INDICATORS.get, key="indicator")
            direction = "both"
            if indicator in queries.DIRECTIONAL:
                a, b = pairs[0].split("-") if len(pairs) == 1 else ("first", "second")
                names = {"both": "Both directions", "ab": f"{a} → {b}", "ba": f"{b} → {a}"}
                direction = st.radio("Direction", queries.DIRECTIONS, format_func=names.get, key="direction", horizontal=True)
            years = st.slider("Years", lo, hi, key="years")
            transform = "reported"
            if indicator != "growth":
                transform = st.radio("Show", list(queries.TRANSFORMS), format_func=queries.TRANSFORMS.get, key="show")
            log = st.checkbox("Log scale", key="log", disabled=transform != "reported" or indicator == "growth")
            st.subheader("Include")
            partial = st.checkbox("Part-year figures (Q1, Jan-Oct…)", key="partial")
            projections = st.checkbox("Forecasts and targets", key="projections")
            derived = st.checkbox("Derived figures", key="derived")
            common.seed({"reviewed": reviewed_only})
            reviewed_only = st.checkbox("Reviewed figures only", key="reviewed", help="Only figures a curator confirmed, corrected or added.")
        view = queries.View(
            pairs=tuple(pairs),
            indicator=indicator,
            direction=direction,
            years=None if tuple(years) == (lo, hi) else (int(years[0]), int(years[1])),
            transform=transform,
            log=log and transform == "reported" and indicator != "growth",
            partial=partial,
            projections=projections,
            derived=derived,
            unit=st.session_state.get("unit", url_view.unit),
        )

    if reviewed_only:
        figures = reviewed.only_reviewed(figures)
    selection = queries.select(figures, view)
    if len(selection.units) > 1 and not clean:
        common.seed({"unit": selection.unit})
        if st.session_state["unit"] not in selection.units:
            st.session_state["unit"] = selection.unit
        unit = st.sidebar.selectbox("Unit", selection.units, key="unit")
        if unit != selection.unit:
            view = replace(view, unit=unit)
            selection = queries.select(figures, view)
    frame, notes = selection.figures, list(selection.notes)
    if view.transform != "reported" and view.kind == "level" and not frame.empty:
        frame, more = queries.computed_change(frame, view.transform)
        notes += more
    unit = queries.chart_unit(view, selection.unit)

    if not clean:
        common.set_url(queries.view_to_params(replace(view, unit=view.unit if len(selection.units) > 1 else None)) + [(reviewed.URL_PARAM, "1")] * reviewed_only)

    # ---------------------------------------------------------------- nothing to draw
    if not view.pairs:
        st.info("Choose a country pair in the sidebar.")
        st.stop()
    text = charts.chart_text(frame, view, unit)
    if not clean:
        st.title(text.title)
    if frame.empty:
        if reviewed_only:
            st.info("No figure in this view has been reviewed by a curator: switch off “Reviewed figures only”, or review them on the Review page.")
        for pair in view.pairs:
            row = tables.pairs.set_index("pair").loc[pair]
            has = figures[figures["pair"] == pair]
            if row["n_figures"] == 0:
                st.info(
                    f"No figures for {common.md(formatting.pair_name(pair))}: {row['n_articles']} article(s) mention this pair, "
                    "but none reports a trade, investment or aid amount or growth rate. Read them in the article reader."
                )
            else:
                found = ", ".join(sorted({queries.VIEW_INDICATORS.get(i, i).lower() for i in has["indicator"].astype(str)}))
                st.info(
                    f"No {common.md(queries.VIEW_INDICATORS[view.indicator].lower())} figures for "
                    f"{common.md(formatting.pair_name(pair))} with these settings. This pair has figures for: {common.md(found)}."
                )
        for note in notes:
            st.caption(common.md(note))
        st.stop()

    # ---------------------------------------------------------------- the chart and its source
    st.caption(common.md(text.subtitle))
    fig = data_io.cached_chart(frame, view, unit)
    event = st.plotly_chart(
        fig,
        width="stretch",
        theme=None,
        key="chart",
        on_select="rerun",
        selection_mode="points",
        config={"displaylogo": False, "toImageButtonOptions": {"format": "png", "width": 1920, "height": 1080, "filename": "chart"}},
    )
    common.source_line(text.source)
    if clean:
        st.stop()

    for note in notes:
        st.caption(common.md(note))
    MAX_MESSAGES = 8  # beyond this, a count: a page of warnings helps nobody
    differ = frame[frame.get("sources_differ", pd.Series(False, index=frame.index))]
    groups = list(differ.groupby("differ_group"))
    for _, group in groups[:MAX_MESSAGES]:
        versions = "; ".join(f"{v} ({o if isinstance(o, str) else 'outlet not recorded'}, {queries.date_text(d)})"
                             for v, o, d in zip(group["value_text"], group["outlet"], group["article_date"], strict=False))
        st.warning(common.md(f"Sources differ on {group['series'].iloc[0]} {group['period_label'].iloc[0]}: {versions}. Both are drawn."))
    if len(groups) > MAX_MESSAGES:
        st.warning(f"Sources differ on {len(groups) - MAX_MESSAGES} more figures: see the “sources differ” column of the table.")
    checks = data_io.cached_checks(tables, view.pairs, None if view.indicator == "growth" else view.indicator)
    for check in checks.head(MAX_MESSAGES).itertuples():
        show = {"agree": st.success, "disagree": st.error, "unchecked": st.caption}[check.verdict]
        show(common.md(f"Check: {check.text}"))
    if len(checks) > MAX_MESSAGES:
        counts = checks["verdict"].value_counts()
        st.caption(common.md(f"{len(checks)} growth rates checked against levels: " + ", ".join(f"{n} {v}" for v, n in counts.items()) + "."))

    points = (event or {}).get("selection", {}).get("points", []) if isinstance(event, dict) or hasattr(event, "get") else []
    if points:
        chosen = frame[frame["figure_id"].isin([p.get("customdata", [None] * 8)[7] for p in points])]
        for row in chosen.itertuples():
            with st.container(border=True, key=f"point-{row.Index}"):
                st.markdown(f"**{common.md(row.period_label)}: {common.md(row.value_text)}** ({common.md(row.status)})")
                st.text(row.quote)
                st.caption(common.md(f"{row.title} · {row.outlet if isinstance(row.outlet, str) else 'outlet not recorded'} · {queries.date_text(row.article_date)}"))

    with st.expander("Text description of the chart (alt text)"):
        st.text(text.alt)

    # ---------------------------------------------------------------- the table of exactly these figures
    st.subheader("The figures in this chart")
    table = queries.figure_table(frame)
    st.dataframe(
        table.drop(columns=["amount"]),
        hide_index=True,
        width="stretch",
        key="figures-table",
        column_config={
            "quote": st.column_config.TextColumn("quote", width="large"),
            "url": st.column_config.LinkColumn("url"),
        },
    )

    # ---------------------------------------------------------------- for briefers
    st.subheader("Download")
    size = st.radio("Image size", list(export.SIZES), format_func=export.SIZE_LABELS.get, horizontal=True, key="size")
    stem = f"{'_'.join(view.pairs)}_{view.indicator}"


    @st.cache_resource(show_spinner=False)
    def _warm() -> bool:
        export.warm_up()
        return True


    def _image(fmt: str) -> bytes:
        _warm()
        return export.export_chart(frame, view, unit, size, fmt).data


    cols = st.columns(4)
    cols[0].download_button("PNG", data=lambda: _image("png"), file_name=f"{stem}_{size}.png", mime="image/png", on_click="ignore", key="png")
    cols[1].download_button("SVG", data=lambda: _image("svg"), file_name=f"{stem}_{size}.svg", mime="image/svg+xml", on_click="ignore", key="svg")
    cols[2].download_button("Data (CSV)", data=lambda: export.table_csv(table), file_name=f"{stem}.csv", mime="text/csv", on_click="ignore", key="csv")
    cols[3].download_button(
        "Data (Excel)",
        data=lambda: export.table_xlsx(table, text),
        file_name=f"{stem}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        on_click="ignore",
        key="xlsx",
    )
    query = queries.view_query(view) + f"&{reviewed.URL_PARAM}=1" * reviewed_only
    st.markdown(f"Share this view: [link](./?{query}) · [clean view for a screenshot](./?{query}&clean=1)")


# Streamlit runs a page as __main__; importing it (doctest collection) draws nothing.
if __name__ == "__main__":
    render()
