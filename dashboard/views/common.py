"""What every page shares: loading the tables, clean mode, the URL, a guard against tracebacks,
and showing text from articles safely (always through `dashboard.guard.safe`)."""

from __future__ import annotations

import os
import re
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

from dashboard.guard import safe
from dashboard.read import load as data_io


def md(text: object) -> str:
    """Text from an article or a figure for Markdown: see `dashboard.guard.safe.md`."""
    return safe.md(text)


def tables() -> data_io.Tables:
    """The loaded tables; stops the page with a plain message when data/ is not built."""
    try:
        return data_io.cached_tables()
    except data_io.MissingData as err:
        st.warning(md(err))
        st.stop()
        raise


def is_clean() -> bool:
    return safe.text(st.query_params.get("clean", "")).lower() in ("1", "true", "yes")


def params() -> dict[str, list[str]]:
    """The URL's parameters with every value kept (a pair may repeat)."""
    return {key: st.query_params.get_all(key) for key in st.query_params}


@contextmanager
def guard() -> Iterator[None]:
    """Whatever a link holds, the page shows a short message, never a traceback or a server path.
    The details go to the server's log for whoever runs it."""
    try:
        yield
    except Exception as err:  # the last line of defence; Streamlit's stop and rerun are not Exceptions
        traceback.print_exc(file=sys.stderr)
        st.error(f"This page could not be drawn for this link ({type(err).__name__}). Try the [default view](./).")


def hide_chrome() -> None:
    """Clean mode: no header, toolbar, sidebar or padding around the chart."""
    st.html(
        "<style>header, [data-testid='stToolbar'], [data-testid='stSidebar'], "
        "[data-testid='stSidebarCollapsedControl'], [data-testid='stDecoration'] {display: none !important;}"
        " .block-container {padding-top: 1rem !important;}</style>"
    )


def narrow_screens() -> None:
    """On a laptop half-screen (under 900 px) the sidebar and margins give the chart room."""
    st.html(
        "<style>@media (max-width: 900px) {"
        " section[data-testid='stSidebar'] {width: 230px !important; min-width: 230px !important;}"
        " [data-testid='stMainBlockContainer'], .block-container {padding-left: 1rem !important; padding-right: 1rem !important;}"
        " [data-testid='stMain'] h1 {font-size: 1.9rem !important;}}</style>"
    )


def source_line(text: str) -> None:
    """The source line under a chart, in a container the browser tests find by its key."""
    with st.container(key="source-line"):
        st.caption(md(text) if text else "No figures plotted.")


def seed(values: dict[str, object]) -> None:
    """Give widgets their first value from the URL, once per session.

    The URL is kept by the pages themselves rather than by `bind="query-params"`: a bound
    widget writes its *displayed label* into the URL, which here carries figure counts and
    names that change with the data, and a shared link must outlive a rebuild.
    """
    for key, value in values.items():
        if key not in st.session_state:
            st.session_state[key] = value


def set_url(pairs: list[tuple[str, str]]) -> None:
    """Make the address bar show this view, so copying it shares the same chart."""
    wanted: dict[str, list[str]] = {}
    for key, value in pairs:
        wanted.setdefault(key, []).append(value)
    if wanted != params():
        st.query_params.from_dict(wanted)


_HOST = re.compile(r"[A-Za-z0-9.-]+(:\d{1,5})?")


def link_base() -> str | None:
    """The address others can open this app at, for the link printed in images: the
    TRADE_DASHBOARD_URL setting, else the address the browser used unless it is this machine's
    own (a 127.0.0.1 link in a pasted image leads nowhere)."""
    configured = safe.link(os.environ.get("TRADE_DASHBOARD_URL"))
    if configured:
        return configured.rstrip("/")
    try:
        host = st.context.headers.get("host") or ""
    except Exception:  # no request (AppTest, a script)
        return None
    if not _HOST.fullmatch(host) or host.split(":")[0] in ("127.0.0.1", "localhost", "0.0.0.0", "::1"):
        return None
    return f"http://{host}"
