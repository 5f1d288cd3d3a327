"""What one chart shows, and every option a person can set on it.

`OPTIONS` is the one registry of view options: the explore page's controls, the URL codec
(`parse` / `to_params`) and the flags of `python -m dashboard export` are all generated from
it, so a new option is one entry here plus what it does in `chartdata`.

Links come from anyone: `parse` takes any parameters, in any number and shape, and returns a
view it can draw and short messages saying what it ignored and why; it never raises.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from dashboard.guard import safe
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
# Parameters that belong to the page, not to the chart.
PAGE_KEYS = ("clean",)
_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")


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


@dataclass(frozen=True)
class Parsed:
    """A view read from a link or flags, and what was ignored in it, in words."""

    view: View
    problems: tuple[str, ...] = ()


# ---------------------------------------------------------------- pairs and years


def pair_key(a: str, b: str) -> str:
    """The sorted pair code used everywhere.

    >>> pair_key("CHN", "AZE")
    'AZE-CHN'
    """
    first, second = sorted((a, b))
    return f"{first}-{second}"


def normalise_pair(text: str) -> str | None:
    """Accept "chn-aze", "AZE_CHN" or "AZE CHN"; None when it is not two ISO3 codes.

    >>> normalise_pair("chn-aze"), normalise_pair("AZE"), normalise_pair("AZE-AZE")
    ('AZE-CHN', None, None)
    """
    parts = [p for p in text.replace("_", "-").replace(" ", "-").upper().split("-") if p]
    if len(parts) != 2 or parts[0] == parts[1] or not all(len(p) == 3 and p.isascii() and p.isalpha() for p in parts):
        return None
    return pair_key(parts[0], parts[1])


def parse_years(text: str | None) -> tuple[int, int] | None:
    """ "2015-2025" -> (2015, 2025); "2020" -> (2020, 2020); nonsense -> None.

    >>> parse_years("2025-2015"), parse_years("2020"), parse_years("x"), parse_years(None), parse_years("1-2-3")
    ((2015, 2025), (2020, 2020), None, None, None)
    """
    if not text or len(text) > 40:
        return None
    parts = [p.strip() for p in text.replace("..", "-").replace("–", "-").split("-") if p.strip()]
    if not 1 <= len(parts) <= 2 or not all(p.isascii() and p.isdigit() and len(p) == 4 for p in parts):
        return None
    numbers = sorted(int(p) for p in parts)
    if not all(1900 <= n <= 2100 for n in numbers):
        return None
    return numbers[0], numbers[-1]


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


# ---------------------------------------------------------------- reading a link


def _values(params: Mapping[str, object], key: str) -> list[str]:
    raw = params.get(key)
    if raw is None:
        return []
    items = raw if isinstance(raw, list | tuple) else [raw]
    return [str(v) for v in items]


def _read_pairs(values: list[str], known: tuple[str, ...], problems: list[str]) -> tuple[str, ...]:
    pairs: list[str] = []
    bad: list[str] = []
    for raw in values:
        for part in raw.split(",")[:50]:
            if not part.strip():
                continue
            pair = normalise_pair(part)
            if pair is None or (known and pair not in known):
                bad.append(part)
            elif pair not in pairs:
                pairs.append(pair)
    if bad:
        listed = ", ".join(f"“{safe.shorten(b, 20)}”" for b in bad[:3]) + (f" and {len(bad) - 3} more" if len(bad) > 3 else "")
        problems.append(f"Not a country pair with articles, ignored: {listed}.")
    if len(pairs) > MAX_PAIRS:
        problems.append(f"At most {MAX_PAIRS} pairs on one chart: the first {MAX_PAIRS} are shown.")
        pairs = pairs[:MAX_PAIRS]
    return tuple(pairs)


def _read_years(option: Option, values: list[str], span: tuple[int, int] | None, problems: list[str]) -> tuple[int, int] | None:
    if not values:
        return None
    joined = "-".join(values[:2]) if len(values) > 1 else values[0]
    years = parse_years(joined)
    if years is None:
        problems.append(f"{option.label}: “{safe.shorten(joined, 30)}” is not a year or a range such as 2015-2025; ignored.")
        return None
    if span is None:
        return years
    lo, hi = span
    if years[1] < lo or years[0] > hi:
        problems.append(f"{option.label}: no figures in {years[0]}–{years[1]}; the figures run from {lo} to {hi}, showing those.")
        return None
    clamped = (max(lo, years[0]), min(hi, years[1]))
    if clamped != years:
        problems.append(f"{option.label}: the figures run from {lo} to {hi}; showing {clamped[0]}–{clamped[1]}.")
    return clamped


def _read_one(option: Option, values: list[str], problems: list[str]) -> object:
    value = values[-1]
    if option.kind == "choice":
        if value in option.choices:
            return value
        problems.append(f"{option.label}: “{safe.shorten(value, 30)}” is not one of {', '.join(option.choices)}; ignored.")
    elif option.kind == "flag":
        if value.lower() in _TRUE + _FALSE:
            return value.lower() in _TRUE
        problems.append(f"{option.label}: “{safe.shorten(value, 30)}” is not true or false; ignored.")
    elif option.kind == "unit":
        if re.fullmatch(r"[A-Za-z]{3,8}", value):
            return value.upper() if value.lower() not in ("percent", "times", "index") else value.lower()
        problems.append(f"{option.label}: “{safe.shorten(value, 30)}” is not a currency code; ignored.")
    elif option.kind == "text":
        clean = safe.one_line(_CONTROL.sub(" ", value))
        if len(clean) > MAX_TEXT:
            problems.append(f"{option.label}: longer than {MAX_TEXT} characters, cut.")
            clean = clean[: MAX_TEXT - 1].rstrip() + "…"
        return clean
    return option.default


def parse(
    params: Mapping[str, object],
    known_pairs: tuple[str, ...] = (),
    years: tuple[int, int] | None = None,
    default_pair: bool = True,
) -> Parsed:
    """A view from URL parameters (values a string or a list of strings), and what was ignored.

    `known_pairs`: pairs that have articles (others are ignored, with a message); with
    `default_pair` the first of them is chosen when the link names none. `years`: the range of
    the data, to which a year range is clamped.

    >>> parse({"pair": ["chn-aze"], "log": "maybe"}, ("AZE-CHN",)).view.pairs
    ('AZE-CHN',)
    >>> parse({"pair": ["chn-aze"], "log": "maybe"}, ("AZE-CHN",)).problems
    ('Log scale: “maybe” is not true or false; ignored.',)
    """
    problems: list[str] = []
    values: dict[str, object] = {}
    for option in OPTIONS:
        given = _values(params, option.key)
        if not given:
            continue
        if option.kind == "pairs":
            values[option.attr] = _read_pairs(given, known_pairs, problems)
        elif option.kind == "years":
            values[option.attr] = _read_years(option, given, years if option.key == "years" else None, problems)
        else:
            values[option.attr] = _read_one(option, given, problems)
    unknown = [k for k in params if k not in BY_KEY and k not in PAGE_KEYS]
    if unknown:
        listed = ", ".join(f"“{safe.shorten(k, 20)}”" for k in unknown[:3]) + (f" and {len(unknown) - 3} more" if len(unknown) > 3 else "")
        problems.append(f"Unknown link parameter(s) ignored: {listed}.")
    view = View(**values)  # type: ignore[arg-type]
    if not view.pairs and known_pairs and default_pair:
        view = replace(view, pairs=(known_pairs[0],))
    view, not_applicable = normalise(view)
    return Parsed(view, tuple(problems) + not_applicable)


def normalise(view: View) -> tuple[View, tuple[str, ...]]:
    """Options set where they do not apply are put back to their default, and said so."""
    problems = []
    for option in OPTIONS:
        value = getattr(view, option.attr)
        if value != option.default and not option.applies(view):
            problems.append(f"{option.label}: {option.why_not}; ignored.")
            view = with_value(view, option.attr, option.default)
    return view, tuple(problems)


def link_params(link: str) -> dict[str, list[str]]:
    """The parameters of a whole link or of its query string.

    >>> link_params("http://127.0.0.1:8501/?pair=AZE-CHN&pair=AZE-JPN"), link_params("indicator=aid")
    ({'pair': ['AZE-CHN', 'AZE-JPN']}, {'indicator': ['aid']})
    """
    text = link.strip()
    try:
        query = urlsplit(text).query if "?" in text or "://" in text else text
    except ValueError:
        return {}
    return parse_qs(query, keep_blank_values=False)


def parse_link(link: str, known_pairs: tuple[str, ...] = (), years: tuple[int, int] | None = None) -> Parsed:
    """A view from a whole link or its query string ("http://host/?pair=AZE-CHN", "pair=AZE-CHN").

    >>> parse_link("http://127.0.0.1:8501/?pair=AZE-CHN&indicator=exports").view.indicator
    'exports'
    """
    return parse(link_params(link), known_pairs, years, default_pair=False)


# ---------------------------------------------------------------- writing a link


def to_params(view: View) -> list[tuple[str, str]]:
    """URL parameters for a view (pairs and years repeated, flags true/false), defaults left
    out so links stay short.

    >>> to_params(View(pairs=("AZE-CHN", "AZE-JPN"), years=(2015, 2025), log=True))
    [('pair', 'AZE-CHN'), ('pair', 'AZE-JPN'), ('years', '2015'), ('years', '2025'), ('log', 'true')]
    """
    out: list[tuple[str, str]] = []
    for option in OPTIONS:
        value = getattr(view, option.attr)
        if value == option.default or value is None:
            continue
        if option.kind == "pairs":
            out += [(option.key, p) for p in value]
        elif option.kind == "years":
            out += [(option.key, str(value[0])), (option.key, str(value[1]))]
        elif option.kind == "flag":
            out.append((option.key, "true" if value else "false"))
        else:
            out.append((option.key, str(value)))
    return out


def query(view: View) -> str:
    """The query string of a link to a view."""
    return urlencode(to_params(view))


# ---------------------------------------------------------------- command-line flags


def _cli_help(option: Option) -> str:
    text = option.help
    if option.choices:
        text += "; one of: " + "; ".join(f"{k} = {v}" for k, v in option.choices.items())
        text += f" (default: {option.default})"
    return text.replace("%", "%%")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """A flag per option that changes an image: `--pair` (repeatable), `--indicator {…}`,
    `--log/--no-log`, `--years`, … (the table's years do not, so have none)."""
    for option in OPTIONS:
        if option.section == "table":
            continue
        flag = f"--{option.key}"
        if option.kind == "pairs":
            parser.add_argument(flag, action="append", metavar="PAIR", help=_cli_help(option))
        elif option.kind == "choice":
            parser.add_argument(flag, choices=list(option.choices), default=None, help=_cli_help(option))
        elif option.kind == "flag":
            parser.add_argument(flag, action=argparse.BooleanOptionalAction, default=None,
                                help=f"{_cli_help(option)} (default: {'yes' if option.default else 'no'})")
        else:
            parser.add_argument(flag, default=None, metavar=option.kind.upper(), help=_cli_help(option))


def params_from_args(args: argparse.Namespace) -> dict[str, list[str]]:
    """The flags given on a command line, as URL parameters (so both are read by `parse`)."""
    params: dict[str, list[str]] = {}
    for option in OPTIONS:
        value = getattr(args, option.key.replace("-", "_"), None)  # argparse's name for --include-unchecked
        if value is None:
            continue
        if option.kind == "pairs":
            params[option.key] = list(value)
        elif option.kind == "flag":
            params[option.key] = ["true" if value else "false"]
        else:
            params[option.key] = [str(value)]
    return params


def option_fields() -> set[str]:
    """Every View field has exactly one option (checked by the tests)."""
    return {f.name for f in fields(View)}
