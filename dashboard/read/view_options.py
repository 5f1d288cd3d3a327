"""Every option a person can set on a chart, in one registry: `OPTIONS`. The explore page's
controls, the link codec (`view_links`) and the flags of `python -m dashboard export`
(`view_flags`) are all generated from it, so a new option is one entry here plus what it does
in `chartdata`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields

from dashboard.read.viewspec import DIRECTIONAL, DIRECTIONS, INDICATORS, MAX_PAIRS, SIZE_LABELS, TRANSFORMS, View, with_value


def _always(view: View) -> bool:
    return True


@dataclass(frozen=True)
class Option:
    """One thing a person can set: its URL parameter and CLI flag (`key`), the View field it
    fills, how its values are read (`kind`), its label and help, and when it applies."""

    key: str
    attr: str
    kind: str  # pairs | choice | flag | years | text | unit
    label: str
    help: str
    choices: Mapping[str, str] = field(default_factory=dict)
    section: str = "chart"  # chart | include | words | table | image
    applies: Callable[[View], bool] = _always
    why_not: str = ""

    @property
    def default(self) -> object:
        return getattr(View(), self.attr)


OPTIONS: tuple[Option, ...] = (
    Option("pair", "pairs", "pairs", "Country pairs (compare several)",
           f"a country pair as ISO codes, e.g. AZE-CHN; repeat to compare (at most {MAX_PAIRS})"),
    Option("indicator", "indicator", "choice", "Indicator", "what the chart shows", INDICATORS),
    Option("direction", "direction", "choice", "Direction", "for exports, investment and aid", DIRECTIONS,
           applies=lambda v: v.indicator in DIRECTIONAL, why_not="a direction applies to exports, investment and aid only"),
    Option("years", "years", "years", "Years", "a year range, e.g. 2015-2025"),
    Option("show", "transform", "choice", "Show", "amounts as reported, or a change computed here from reported levels",
           TRANSFORMS, applies=lambda v: v.indicator != "growth",
           why_not="computed changes apply to amounts, not to reported growth rates"),
    Option("log", "log", "flag", "Log scale", "draw amounts on a log scale",
           applies=lambda v: v.transform == "reported" and v.indicator != "growth",
           why_not="a log scale applies to amounts as reported"),
    Option("partial", "partial", "flag", "Part-year figures (Q1, Jan-Oct…)", "include part-year figures", section="include"),
    Option("projections", "projections", "flag", "Forecasts and targets", "include forecasts and targets", section="include"),
    Option("derived", "derived", "flag", "Derived figures", "include figures computed from reported ones", section="include"),
    Option("reviewed", "reviewed", "flag", "Reviewed figures only", "only figures a curator confirmed, corrected or added",
           section="include"),
    Option("include-unchecked", "unchecked", "flag", "Figures awaiting review in images and data",
           "images and data also hold figures awaiting review, marked as on screen (default: only sure and reviewed ones)",
           section="include"),
    Option("unit", "unit", "unit", "Unit", "currency when the figures use several (default: US dollars)"),
    Option("title", "title", "text", "Title", "your own title for the chart and its images (default: made from the view)",
           section="words"),
    Option("subtitle", "subtitle", "text", "Subtitle", "your own subtitle (default: the unit and how to read the markers)",
           section="words"),
    Option("note", "note", "text", "Note", "a note printed under the chart, above the source line", section="words"),
    Option("byline", "byline", "text", "Byline", "who prepared the chart, printed in its credit line", section="words"),
    Option("compare", "compare", "years", "Change between", "two years for the table's change column, e.g. 2020-2024",
           section="table"),
    Option("size", "size", "choice", "Image size", "size of exported images and of the clean view", SIZE_LABELS,
           section="image"),
)
BY_KEY: dict[str, Option] = {o.key: o for o in OPTIONS}


def normalise(view: View) -> tuple[View, tuple[str, ...]]:
    """Options set where they do not apply are put back to their default, and said so."""
    problems = []
    for option in OPTIONS:
        value = getattr(view, option.attr)
        if value != option.default and not option.applies(view):
            problems.append(f"{option.label}: {option.why_not}; ignored.")
            view = with_value(view, option.attr, option.default)
    return view, tuple(problems)


def option_fields() -> set[str]:
    """Every View field has exactly one option (checked by the tests)."""
    return {f.name for f in fields(View)}
