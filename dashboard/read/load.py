"""Loading the parquet tables, always through the manifest: plain readers for the CLI, and cached
loaders for the app.

The app caches with `st.cache_resource` on purpose: `st.cache_data` would copy a million-row
frame on every rerun. The cached frames are shared between sessions and never modified.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa

from dashboard import paths
from dashboard.contract import manifest
from dashboard.contract.files import ARTICLES_FILE, DERIVED_FILE, FIGURES_FILE, MANIFEST_FILE
from dashboard.read import chart_traces, chartdata, checks, prepare, reviewed, summary
from dashboard.read.viewspec import View


@dataclass(frozen=True)
class Tables:
    """The two tables, prepared for views, and the pairs that have articles."""

    figures: pd.DataFrame
    articles: pd.DataFrame
    pairs: pd.DataFrame

    @property
    def pair_codes(self) -> tuple[str, ...]:
        return tuple(self.pairs["pair"])

    @cached_property
    def year_span(self) -> tuple[int, int] | None:
        """The first and last year of any figure (None when no figure has a year); once per load."""
        years = self.figures["year"].dropna()
        return (int(years.min()), int(years.max())) if len(years) else None


@dataclass(frozen=True)
class Stored:
    """The tables as stored, not prepared for views."""

    figures: pd.DataFrame
    articles: pd.DataFrame


class MissingData(Exception):
    """data/ has no parquet tables yet; the message says how to build them."""


class TornData(MissingData):
    """data/ holds files of different builds (one was interrupted). The message is for the
    app's reader: what happened and the command that repairs it, no server path; `detail` has
    which file differs, for a log or a terminal."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            "The figures cannot be shown: the data files are not one set (a build was stopped while "
            "writing them, or a file was replaced). Run `make data` to write a whole set."
        )
        self.detail = detail


def _read_set(folder: Path, optional: tuple[str, ...] = ()) -> dict[str, pa.Table]:
    """figures.parquet and articles.parquet (and those of `optional` the set has), each checked
    against data/manifest.json: a torn set is refused, not shown."""
    if not (folder / FIGURES_FILE).exists() or not (folder / ARTICLES_FILE).exists():
        raise MissingData(f"No figures in {folder}: run `python -m dashboard build` first.")
    try:
        return manifest.read_set(folder, (FIGURES_FILE, ARTICLES_FILE), optional=optional)
    except manifest.TornSet as err:
        raise TornData(str(err)) from None


def read_tables(data: Path | None = None) -> Tables:
    """Read figures.parquet (with derived.parquet, when the pipeline wrote one) and articles.parquet."""
    loaded = _read_set(data or paths.data_dir(), optional=(DERIVED_FILE,))
    articles = loaded[ARTICLES_FILE].to_pandas()
    figures = loaded[FIGURES_FILE].to_pandas()
    # The pipeline keeps figures computed from others (status "derived") in their own table.
    if DERIVED_FILE in loaded:
        derived = loaded[DERIVED_FILE].to_pandas()
        figures = pd.concat([figures, derived], ignore_index=True) if len(derived) else figures
    figures = reviewed.charted(figures)  # rejected and superseded figures are kept in the table, never charted
    prepared = prepare.prepare_figures(figures, articles)
    return Tables(prepared, articles, prepare.pair_table(prepared, articles))


def read_stored(data: Path | None = None) -> Stored:
    """figures.parquet and articles.parquet as the build wrote them, for the curator's pages:
    every figure the articles state, rejected and superseded ones too, none derived."""
    loaded = _read_set(data or paths.data_dir())
    return Stored(loaded[FIGURES_FILE].to_pandas(), loaded[ARTICLES_FILE].to_pandas())


def signature(data: Path | None = None) -> tuple[str, float, float]:
    """Changes when the tables are rebuilt, so the app's cache reloads them."""
    folder = data or paths.data_dir()
    names = (FIGURES_FILE, ARTICLES_FILE, DERIVED_FILE, MANIFEST_FILE)
    stamps = [(folder / n).stat().st_mtime if (folder / n).exists() else 0.0 for n in names]
    return str(folder), stamps[0], sum(stamps[1:])


def cached_tables() -> Tables:
    """The app's loader: read once per data folder and modification time."""
    import streamlit as st

    @st.cache_resource(show_spinner="Loading figures…", max_entries=2)
    def _load(sig: tuple[str, float, float]) -> Tables:
        return read_tables(Path(sig[0]))

    return _load(signature())


def cached_stored() -> Stored:
    """`read_stored`, once per data folder and modification time."""
    import streamlit as st

    @st.cache_resource(show_spinner="Loading figures…", max_entries=2)
    def _load(sig: tuple[str, float, float]) -> Stored:
        return read_stored(Path(sig[0]))

    return _load(signature())


def cached_overview(tables: Tables, reviewed_only: bool = False) -> pd.DataFrame:
    import streamlit as st

    @st.cache_resource(max_entries=4)
    def _overview(sig: tuple[str, float, float], reviewed_only: bool) -> pd.DataFrame:
        return summary.overview(tables.figures, tables.articles, reviewed_only)

    return _overview(signature(), reviewed_only)


def cached_checks(tables: Tables, pairs: tuple[str, ...], indicator: str | None) -> pd.DataFrame:
    """Growth-rate checks per (pairs, indicator): a control such as the log scale reruns the
    page without changing them, and on a million figures they take a noticeable moment."""
    import streamlit as st

    @st.cache_resource(max_entries=64)
    def _checks(sig: tuple[str, float, float], pairs: tuple[str, ...], indicator: str | None) -> pd.DataFrame:
        return checks.growth_checks(tables.figures, pairs, indicator)

    return _checks(signature(), pairs, indicator)


def cached_chart_data(tables: Tables, view: View, link: str | None = None, screen: bool = False) -> chartdata.ChartData:
    """The chart path for a view, once per data, view and day: going back to a view (log scale
    on, off, on) draws it without selecting its figures again. `screen`: with the figures
    awaiting review, marked (`chartdata.chart_data`)."""
    import streamlit as st

    @st.cache_resource(max_entries=32)
    def _data(sig: tuple[str, float, float], key: str, link: str | None, today: date, screen: bool, _view: View) -> chartdata.ChartData:
        return chartdata.chart_data(tables.figures, _view, today=today, link=link, screen=screen)

    return _data(signature(), repr(view), link, date.today(), screen, view)


def cached_chart(cd: chartdata.ChartData) -> go.Figure:
    """The on-screen figure of a chart: revisiting a view redraws without rebuilding thousands
    of points' hover text."""
    import streamlit as st

    @st.cache_resource(max_entries=32)
    def _chart(sig: tuple[str, float, float], key: str, _cd: chartdata.ChartData) -> go.Figure:
        return chart_traces.build_chart(_cd)

    return _chart(signature(), repr((cd.view, cd.text)), cd)
