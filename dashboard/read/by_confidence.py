"""What a briefer's chart holds by default: the figures that are `sure` or that a curator
vouched for, and what that leaves out, in words. Pure functions over figure frames: the charts
and exports cut to `sure_or_reviewed` unless asked to include the rest (`View.unchecked`), and
the screen marks each figure `awaiting` review with `why_check` on its hover.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.contract.confidence import CHECK, in_words, load_mapping
from dashboard.contract.schema import SET_ASIDE, VOUCHED


@dataclass(frozen=True)
class Shown:
    figures: pd.DataFrame  # sure or reviewed, none set aside
    awaiting_review: int  # `check` figures no curator has vouched for: left out


def sure_or_reviewed(figures: pd.DataFrame) -> Shown:
    """The figures that are `sure` or vouched for by a curator, and how many `check` figures
    that leaves out; rejected and superseded figures are neither shown nor counted. A frame
    from before confidence (no column) is shown whole: nothing in it is known to be doubted.

    >>> f = pd.DataFrame({"value": [1, 2, 3, 4, 5], "confidence": ["sure", "check", "check", "sure", "check"],
    ...                   "review": ["unreviewed", "confirmed", "unreviewed", "rejected", None]})
    >>> shown = sure_or_reviewed(f)
    >>> shown.figures["value"].tolist(), shown.awaiting_review
    ([1, 2], 2)
    """
    review = figures["review"] if "review" in figures.columns else pd.Series(None, index=figures.index, dtype=object)
    live = ~review.isin(SET_ASIDE)
    if "confidence" not in figures.columns:
        return Shown(figures[live], 0)
    keep = live & ((figures["confidence"] == "sure") | review.isin(VOUCHED))
    return Shown(figures[keep], int((live & ~keep).sum()))


def left_out_note(awaiting_review: int) -> str:
    """What a chart's subtitle says of the figures it leaves out.

    >>> left_out_note(2), left_out_note(1), left_out_note(0)
    ('2 figures awaiting review not shown', '1 figure awaiting review not shown', '')
    """
    if awaiting_review <= 0:
        return ""
    return f"{awaiting_review} figure{'s' if awaiting_review != 1 else ''} awaiting review not shown"


def counts_by_pair(figures: pd.DataFrame) -> pd.DataFrame:
    """Per pair, how many figures are `sure`, `check` (not yet vouched for) and reviewed
    (vouched for by a curator), set-aside figures not counted; the pairs with most `check` first.

    >>> f = pd.DataFrame({"country_a": ["AZE", "AZE", "AZE", "GEO"], "country_b": ["JPN", "JPN", "JPN", "TUR"],
    ...                   "confidence": ["sure", "check", "check", "sure"], "review": [None, "confirmed", None, None]})
    >>> counts_by_pair(f).to_dict("records")
    [{'pair': 'AZE-JPN', 'sure': 1, 'check': 1, 'reviewed': 1}, {'pair': 'GEO-TUR', 'sure': 1, 'check': 0, 'reviewed': 0}]
    """
    columns = ["pair", "sure", "check", "reviewed"]
    if figures.empty:
        return pd.DataFrame(columns=columns)
    review = figures["review"] if "review" in figures.columns else pd.Series(None, index=figures.index, dtype=object)
    live = figures[~review.isin(SET_ASIDE)]
    vouched = review[live.index].isin(VOUCHED)
    confidence = live["confidence"] if "confidence" in live.columns else pd.Series("sure", index=live.index)
    frame = pd.DataFrame({
        "pair": live["country_a"].astype(str) + "-" + live["country_b"].astype(str),  # as prepare.py names a pair
        "sure": (confidence == "sure") & ~vouched,
        "check": (confidence == "check") & ~vouched,
        "reviewed": vouched,
    })  # fmt: skip
    counts = frame.groupby("pair", sort=True)[["sure", "check", "reviewed"]].sum().astype(int).reset_index()
    return counts.sort_values(["check", "pair"], ascending=[False, True], kind="stable").reset_index(drop=True)[columns]


def awaiting(figures: pd.DataFrame) -> pd.Series:
    """Per row: a `check` figure no curator has vouched for (what the chart marks)."""
    if "confidence" not in figures.columns:
        return pd.Series(False, index=figures.index)
    review = figures["review"] if "review" in figures.columns else pd.Series(None, index=figures.index, dtype=object)
    return (figures["confidence"] == CHECK) & ~review.isin(VOUCHED)


def why_check(doubts: object) -> str:
    """Why a figure awaits review, in the reviewer's words (rules/confidence.toml, as the review
    queue says them): the doubts that made it `check`, not every doubt it carries.

    >>> why_check(["pair-from-discourse", "no-year"])
    'no year could be found for the figure'
    """
    held = [str(d) for d in doubts] if doubts is not None and not isinstance(doubts, float | str) else []  # type: ignore[attr-defined]
    deciding = load_mapping().deciding(held)
    return "; ".join(in_words(d) for d in deciding or held)
