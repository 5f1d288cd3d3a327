"""Which figures a chart may show, by their review state: pure functions over figure frames.

Rejected and superseded figures stay in figures.parquet (the record of the decision) but are
never charted; "reviewed figures only" keeps those a curator confirmed, corrected or added.
A derived figure has no review of its own (its inputs may not all be vouched for), so it is
left out of a reviewed-only chart.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from dashboard.contract.schema import SET_ASIDE, VOUCHED

URL_PARAM = "reviewed"


def charted(figures: pd.DataFrame) -> pd.DataFrame:
    """The figures a chart may draw: all but those a curator rejected or set aside.

    >>> f = pd.DataFrame({"value": [1, 2, 3, 4], "review": ["confirmed", "rejected", None, "superseded"]})
    >>> charted(f)["value"].tolist()
    [1, 3]
    """
    if "review" not in figures.columns:
        return figures
    return figures[~figures["review"].isin(SET_ASIDE)]


def only_reviewed(figures: pd.DataFrame) -> pd.DataFrame:
    """Only the figures a curator vouched for (confirmed, corrected or added).

    >>> f = pd.DataFrame({"value": [1, 2, 3, 4], "review": ["confirmed", "unreviewed", "added", None]})
    >>> only_reviewed(f)["value"].tolist()
    [1, 3]
    >>> len(only_reviewed(pd.DataFrame({"value": [1]})))  # a table from before reviews: none vouched for
    0
    """
    if "review" not in figures.columns:
        return figures.iloc[0:0]
    return figures[figures["review"].isin(VOUCHED)]


def wants_reviewed(params: Mapping[str, object]) -> bool:
    """Whether the URL asks for reviewed figures only (`reviewed=1`).

    >>> wants_reviewed({"reviewed": ["1"]}), wants_reviewed({"reviewed": "true"}), wants_reviewed({})
    (True, True, False)
    """
    value = params.get(URL_PARAM)
    if isinstance(value, list):
        value = value[-1] if value else None
    return isinstance(value, str) and value.strip().lower() in ("1", "true", "yes", "on")


def review_note(frame: pd.DataFrame) -> str:
    """Whether a chart's figures were all vouched for by a curator, in words for its subtitle
    and its exports.

    >>> review_note(pd.DataFrame({"review": ["confirmed", "corrected"]}))
    'every figure reviewed by a curator'
    >>> review_note(pd.DataFrame({"review": ["confirmed", "unreviewed", None]}))
    'includes 2 of 3 figures not reviewed by a curator'
    """
    if frame.empty:
        return ""
    states = frame["review"] if "review" in frame.columns else pd.Series(None, index=frame.index, dtype=object)
    unreviewed = int((~states.isin(VOUCHED)).sum())
    if unreviewed == 0:
        return "every figure reviewed by a curator"
    if unreviewed == len(frame):
        return "no figure reviewed by a curator yet" if len(frame) > 1 else "not reviewed by a curator"
    return f"includes {unreviewed} of {len(frame)} figures not reviewed by a curator"
