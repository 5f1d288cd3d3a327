"""What one chart shows: the `View`, the words for its choices (indicators, directions,
transforms, image sizes) and its limits. The options a person sets on it are registered in
`view_options`; links and command-line flags are read and written in `view_links` and
`view_flags`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from dashboard.read import formatting

INDICATORS: dict[str, str] = {
    "trade_turnover": "Trade turnover",
    "exports": "Exports",
    "investment": "Investment",
    "aid": "Aid",
    "growth": "Growth rates (reported)",
    "other": "Other flows",
}
DIRECTIONAL = ("exports", "investment", "aid")
DIRECTIONS: dict[str, str] = {
    "both": "Both directions",
    "ab": "From the first country of each pair to the second",
    "ba": "From the second country of each pair to the first",
}
TRANSFORMS: dict[str, str] = {
    "reported": "Amounts as reported",
    "yoy": "Year-on-year % (computed)",
    "index": "Index, first year = 100 (computed)",
}
IMAGE_SIZES: dict[str, tuple[int, int]] = {"slide": (1920, 1080), "report": (1200, 700), "square": (1080, 1080)}
SIZE_LABELS: dict[str, str] = {"slide": "Slide 16:9 (1920×1080)", "report": "Report (1200×700)", "square": "Square (1080×1080)"}
MAX_PAIRS = 7
MAX_TEXT = 200


@dataclass(frozen=True)
class View:
    """Everything that decides what one chart shows and how its image reads."""

    pairs: tuple[str, ...] = ()
    indicator: str = "trade_turnover"
    direction: str = "both"
    years: tuple[int, int] | None = None
    transform: str = "reported"
    log: bool = False
    partial: bool = True
    projections: bool = True
    derived: bool = True
    reviewed: bool = False  # only figures a curator confirmed, corrected or added
    unchecked: bool = False  # images and data hold `check` figures awaiting review too (the screen always does, marked)
    unit: str | None = None
    title: str = ""
    subtitle: str = ""
    note: str = ""
    byline: str = ""  # who prepared the chart, for its credit line
    compare: tuple[int, int] | None = None
    size: str = "report"

    @property
    def kind(self) -> str:
        return "change" if self.indicator == "growth" else "level"

    @property
    def computed(self) -> bool:
        """A change computed here from levels (year-on-year %, index), not a reported figure."""
        return self.kind == "level" and self.transform != "reported"

    def data_key(self) -> View:
        """The view without the options that change only words and layout: charts with the same
        key draw the same figures (used as a cache key)."""
        return replace(self, title="", subtitle="", note="", byline="", compare=None, size="report")


def with_value(view: View, attr: str, value: Any) -> View:
    """The view with one field set (by name: the registry knows fields by name)."""
    changes: dict[str, Any] = {attr: value}
    return replace(view, **changes)


def pair_key(a: str, b: str) -> str:
    """The sorted pair code used everywhere.

    >>> pair_key("CHN", "AZE")
    'AZE-CHN'
    """
    first, second = sorted((a, b))
    return f"{first}-{second}"


def direction_labels(pairs: Sequence[str]) -> dict[str, str]:
    """The direction choices in words for these pairs: never "first → second".

    >>> direction_labels(["AZE-CHN"])["ba"]
    'China → Azerbaijan'
    >>> direction_labels(["AZE-CHN", "AZE-JPN"])["ab"]
    'Azerbaijan → China, Azerbaijan → Japan'
    """
    if not pairs:
        return dict(DIRECTIONS)
    names = [tuple(formatting.country_name(c) for c in p.split("-")) for p in pairs]
    return {
        "both": DIRECTIONS["both"],
        "ab": ", ".join(f"{a} → {b}" for a, b in names),
        "ba": ", ".join(f"{b} → {a}" for a, b in names),
    }
