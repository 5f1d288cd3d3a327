"""The explore page's controls, generated from the registry of view options (`view_options.OPTIONS`):
one widget per option, keyed by its URL parameter, seeded from the link once per session, shown
only where the option applies."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import streamlit as st

from dashboard.read import load as data_io
from dashboard.read import viewspec
from dashboard.read.chartdata import ChartData, unit_words
from dashboard.read.view_options import OPTIONS, Option, normalise
from dashboard.read.viewspec import View
from dashboard.views import common

SECTION_HEADINGS = {"include": "Include", "words": "Words on the chart"}
_RADIO = ("direction", "show", "size")


def year_range(tables: data_io.Tables) -> tuple[int, int]:
    lo, hi = tables.year_span or (2000, 2025)
    return lo, max(hi, lo + 1)


def _seed_value(option: Option, view: View, span: tuple[int, int]) -> object:
    value = getattr(view, option.attr)
    if option.kind == "pairs":
        return list(value)
    if option.kind == "years":
        return clamp_years(value or span, span)
    return value


def clamp_years(years: object, span: tuple[int, int]) -> tuple[int, int]:
    """Two years inside the data's span, in order: a link or an earlier build may name years
    the data no longer covers, and a slider refuses a value outside its range."""
    try:
        first, last = (int(y) for y in years)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        return span
    first, last = (min(max(y, span[0]), span[1]) for y in (first, last))
    return (first, last) if first <= last else (last, first)


def widget(option: Option, view: View, tables: data_io.Tables) -> object:
    """Draw one option's widget and return its value as the View holds it."""
    span = year_range(tables)
    common.seed({option.key: _seed_value(option, view, span)})
    key, label = option.key, option.label
    if option.kind == "pairs":
        labels = dict(zip(tables.pairs["pair"], tables.pairs["label"], strict=False))
        chosen = st.multiselect(label, tables.pair_codes, format_func=lambda p: labels.get(p, p), key=key,
                                max_selections=viewspec.MAX_PAIRS)
        return tuple(chosen)
    if option.kind == "choice":
        names = viewspec.direction_labels(view.pairs) if key == "direction" else dict(option.choices)
        if st.session_state.get(key) not in names:
            st.session_state[key] = option.default
        choices: list[str] = list(names)

        def shown(value: str) -> str:
            return names.get(value, value)

        if key in _RADIO:
            return st.radio(label, choices, format_func=shown, key=key, horizontal=key in ("direction", "size"))
        return st.selectbox(label, choices, format_func=shown, key=key)
    if option.kind == "flag":
        return st.checkbox(label, key=key)
    if option.kind == "years":
        st.session_state[key] = clamp_years(st.session_state.get(key), span)
        years: Any = st.slider(label, span[0], span[1], key=key)
        first, last = int(years[0]), int(years[1])
        return None if (first, last) == span else (first, last)
    if option.kind == "text":
        return st.text_input(label, key=key, max_chars=viewspec.MAX_TEXT, placeholder="none" if key in ("note", "byline") else "automatic",
                             help=option.help)
    raise ValueError(option.kind)


def sidebar(url_view: View, tables: data_io.Tables) -> View:
    """The sidebar: every option of the chart, include and words sections, in registry order,
    each shown only when it applies to the view chosen so far."""
    view = replace(url_view, unit=st.session_state.get("unit", url_view.unit))
    section = ""
    with st.sidebar:
        st.header("Chart")
        for option in OPTIONS:
            if option.section not in ("chart", "include", "words") or option.kind == "unit":
                continue
            if option.section != section and option.section in SECTION_HEADINGS:
                st.subheader(SECTION_HEADINGS[option.section])
            section = option.section
            if not option.applies(view):
                view = viewspec.with_value(view, option.attr, option.default)
                continue
            view = viewspec.with_value(view, option.attr, widget(option, view, tables))
    return normalise(view)[0]


def unit(cd: ChartData, tables: data_io.Tables, link: str | None) -> ChartData:
    """The unit control, shown when the figures use several currencies; redoes the chart when a
    different one is chosen."""
    if len(cd.units) < 2:
        return cd
    common.seed({"unit": cd.currency})
    if st.session_state["unit"] not in cd.units:
        st.session_state["unit"] = cd.currency
    picked = st.sidebar.selectbox("Unit", cd.units, format_func=lambda u: f"{u} ({unit_words(u)})" if unit_words(u) != u else u,
                                  key="unit")
    if picked == cd.currency:
        return cd
    return data_io.cached_chart_data(tables, replace(cd.view, unit=picked), link, screen=cd.unchecked_drawn)


def section_widget(section: str, view: View, tables: data_io.Tables) -> View:
    """The widgets of a section drawn outside the sidebar (the table's years, the image size)."""
    for option in OPTIONS:
        if option.section == section:
            view = viewspec.with_value(view, option.attr, widget(option, view, tables))
    return view
