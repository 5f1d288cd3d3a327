"""The read side's old single module, kept as a map of where each job now lives, so code written
against it keeps working. New code imports the module that does the job:

- `viewspec`: the View, the registry of its options, links and command-line flags
- `prepare`: preparing the loaded tables once (pairs, periods, outlet words, derived methods)
- `selection`: which figures a view draws, named in words, parts, disagreements
- `transforms`: year-on-year % and index computed from reported levels
- `checks`: reported growth rates checked against reported levels
- `citations`: numbered sources, source and credit lines, the figure table
- `summary`: the overview's latest figures
- `chartdata`: the one chart path that puts these together for the page, downloads and CLI
"""

from __future__ import annotations

from collections.abc import Mapping

from dashboard.chartdata import chart_unit
from dashboard.checks import growth_checks
from dashboard.citations import date_text, figure_table, select_article, source_line, sources
from dashboard.prepare import pair_table, prepare_figures
from dashboard.selection import SAME_VALUE_TOLERANCE, Selection, flag_disagreements, select
from dashboard.summary import latest_turnover, overview
from dashboard.transforms import computed_change
from dashboard.viewspec import DIRECTIONAL, DIRECTIONS, TRANSFORMS, View, normalise_pair, pair_key, parse_years, query, to_params
from dashboard.viewspec import INDICATORS as VIEW_INDICATORS
from dashboard.viewspec import parse as _parse

__all__ = [
    "DIRECTIONAL", "DIRECTIONS", "SAME_VALUE_TOLERANCE", "TRANSFORMS", "VIEW_INDICATORS", "Selection", "View", "chart_unit",
    "computed_change", "date_text", "figure_table", "flag_disagreements", "growth_checks", "latest_turnover",
    "normalise_pair", "overview", "pair_key", "pair_table", "parse_years", "prepare_figures", "select", "select_article",
    "source_line", "sources", "view_from_params", "view_query", "view_to_params",
]


def view_from_params(params: Mapping[str, str | list[str]], known_pairs: tuple[str, ...] = ()) -> View:
    """A View from URL parameters; anything it cannot use is left at its default."""
    return _parse(params, known_pairs).view


view_to_params = to_params
view_query = query
