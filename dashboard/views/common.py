"""What every page shares: loading the tables, clean mode, and showing article text safely."""

from __future__ import annotations

import re

import streamlit as st

from dashboard import data_io

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>$:])")


def md(text: object) -> str:
    """Text from an article or a figure, escaped so Markdown (and $...$ maths) never renders.

    >>> md("over $200 m *now*")
    'over \\\\$200 m \\\\*now\\\\*'
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


def tables() -> data_io.Tables:
    """The loaded tables; stops the page with a plain message when data/ is not built."""
    try:
        return data_io.cached_tables()
    except data_io.MissingData as err:
        st.warning(md(err))
        st.stop()
        raise


def is_clean() -> bool:
    return st.query_params.get("clean", "").lower() in ("1", "true", "yes")


def params() -> dict[str, list[str]]:
    """The URL's parameters with every value kept (a pair may repeat)."""
    return {key: st.query_params.get_all(key) for key in st.query_params}


def hide_chrome() -> None:
    """Clean mode: no header, toolbar, sidebar or padding around the chart."""
    st.html(
        "<style>header, [data-testid='stToolbar'], [data-testid='stSidebar'], "
        "[data-testid='stSidebarCollapsedControl'], [data-testid='stDecoration'] {display: none !important;}"
        " .block-container {padding-top: 1rem !important;}</style>"
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
