"""A view in a link: `parse` reads one from URL parameters, `to_params` and `query` write one.

Links come from anyone: `parse` takes any parameters, in any number and shape, and returns a
view it can draw and short messages saying what it ignored and why; it never raises.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from urllib.parse import parse_qs, urlencode, urlsplit

from dashboard.guard import safe
from dashboard.read.view_options import BY_KEY, OPTIONS, Option, normalise
from dashboard.read.viewspec import MAX_PAIRS, MAX_TEXT, View, pair_key

# Parameters that belong to the page, not to the chart.
PAGE_KEYS = ("clean",)
_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")


@dataclass(frozen=True)
class Parsed:
    """A view read from a link or flags, and what was ignored in it, in words."""

    view: View
    problems: tuple[str, ...] = ()


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
