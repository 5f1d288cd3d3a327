"""Numbers and names in words: country and pair names, the outlet's qualifier word, the precision
a stated number has, and round ticks for an axis. A value with its unit is written by
`dashboard.contract.values.value_text`."""

from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import lru_cache

import pycountry

_NAMES = {"WLD": "World", "EUU": "European Union"}


# The words outlets put before an amount, by the qualifier they express. Only a word of the
# figure's own qualifier is kept ("nearly" is approximate; "exceeded" is a verb, not a word
# for the amount, and gives the plain "over").
QUALIFIER_PHRASES: dict[str, tuple[str, ...]] = {
    "approx": ("about", "around", "nearly", "almost", "approximately", "roughly", "some", "close to",
               "an estimated", "estimated at", "circa", "just under", "just over"),
    "over": ("more than", "over", "above", "in excess of", "at least", "upwards of", "no less than",
             "not less than", "well over", "just over", "exceeding"),
    "under": ("up to", "under", "less than", "below", "at most", "no more than", "not more than", "just under"),
}
_PHRASE_AT_END = {
    q: re.compile(r"(?i)(?:^|[^\w])(" + "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) + r")\s*$")
    for q, words in QUALIFIER_PHRASES.items()
}


def outlet_word(before: str, qualifier: str) -> str | None:
    """The qualifier word the outlet wrote just before the amount, if it matches the qualifier.

    >>> outlet_word("trade is nearly ", "approx"), outlet_word("invested more than ", "over")
    ('nearly', 'more than')
    >>> outlet_word("trade exceeded ", "over"), outlet_word("nearly ", "over")
    (None, None)
    """
    pattern = _PHRASE_AT_END.get(qualifier)
    found = pattern.search(before[-40:]) if pattern else None
    return found.group(1).lower() if found else None


def significant_digits(value: float) -> int:
    """How many significant digits a stated number has (trailing zeros do not count).

    >>> significant_digits(3.7e9), significant_digits(228.1e6), significant_digits(21), significant_digits(2e8)
    (2, 4, 2, 1)
    """
    if not value or not math.isfinite(value):
        return 1
    digits = Decimal(repr(abs(float(value)))).normalize().as_tuple().digits
    return max(1, len(digits))


def quantum(value: float) -> float:
    """The place of a stated number's last significant digit: 70.6e6 -> 1e5.

    >>> quantum(70.6e6), quantum(52.3e6), quantum(2e8)
    (100000.0, 100000.0, 100000000.0)
    """
    if not value or not math.isfinite(value):
        return 1.0
    exponent = math.floor(math.log10(abs(value))) - significant_digits(value) + 1
    return float(10.0**exponent)


def round_to_quantum(value: float, step: float, bound: int = 0) -> float:
    """Round to a multiple of `step`; a lower bound (bound=+1) rounds down and an upper bound
    (bound=-1) up, so the rounded bound stays true.

    >>> round_to_quantum(3.0578e9, 1e8), round_to_quantum(7.299e8, 1e8, bound=1), round_to_quantum(18.3e6 + 1, 1e5)
    (3100000000.0, 700000000.0, 18300000.0)
    """
    if not step or not math.isfinite(value):
        return value
    scaled = value / step
    whole = math.floor(scaled + 1e-9) if bound > 0 else math.ceil(scaled - 1e-9) if bound < 0 else round(scaled)
    return float(round(whole * step, 6))


def round_significant(value: float, digits: int, bound: int = 0) -> float:
    """Round to `digits` significant digits (a bound rounds the safe way, as above).

    >>> round_significant(3.0578e9, 2), round_significant(7.299e8, 1, bound=1)
    (3100000000.0, 700000000.0)
    """
    if not value or not math.isfinite(value):
        return value
    step = 10.0 ** (math.floor(math.log10(abs(value))) - digits + 1)
    return round_to_quantum(value, step, bound)


@lru_cache(maxsize=4096)
def country_name(code: str) -> str:
    """A country's common name from its ISO3 code; aggregates by their own names.

    >>> country_name("AZE"), country_name("WLD"), country_name("TKM"), country_name("XXX")
    ('Azerbaijan', 'World', 'Turkmenistan', 'XXX')
    """
    if code in _NAMES:
        return _NAMES[code]
    found = pycountry.countries.get(alpha_3=code)
    if found is None:
        return code
    return getattr(found, "common_name", None) or found.name


def pair_name(pair: str) -> str:
    """ "AZE-CHN" -> "Azerbaijan–China".

    >>> pair_name("AZE-CHN")
    'Azerbaijan–China'
    """
    a, b = pair.split("-")
    return f"{country_name(a)}–{country_name(b)}"


def nice_ticks(low: float, high: float, count: int = 6) -> list[float]:
    """Round tick values spanning [low, high] (always including 0 when low >= 0).

    >>> nice_ticks(0, 3.7e9)
    [0.0, 1000000000.0, 2000000000.0, 3000000000.0, 4000000000.0]
    """
    low = min(low, 0.0) if low >= 0 else low
    if high <= low:
        high = low + 1
    step = _round_step(high - low, count)
    return _ticks(math.floor(low / step) * step, high, step)


def log_axis_ticks(low: float, high: float, minimum: int = 4) -> list[float]:
    """Ticks for a log axis spanning [low, high]: 1-2-5 steps, denser steps, then evenly spaced
    round values, whichever first gives at least `minimum` ticks (a log axis with two ticks
    cannot be read).

    >>> log_axis_ticks(7e7, 4e9)
    [50000000.0, 100000000.0, 200000000.0, 500000000.0, 1000000000.0, 2000000000.0, 5000000000.0]
    >>> log_axis_ticks(2.9e9, 4.1e9)
    [2500000000.0, 3000000000.0, 3500000000.0, 4000000000.0, 4500000000.0]
    """
    low = max(low, 1e-9)
    for steps in ((1, 2, 5), (1, 1.5, 2, 3, 5, 7)):
        ticks = [float(m * 10**e) for e in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1) for m in steps]
        below = [t for t in ticks if t <= low]
        above = [t for t in ticks if t >= high]
        lo = below[-1] if below else ticks[0]
        hi = above[0] if above else ticks[-1]
        chosen = [t for t in ticks if lo <= t <= hi]
        if len(chosen) >= minimum:
            return chosen
    step = _round_step(high - low, 4)
    # A log axis has no 0: the first tick is the first positive step.
    return _ticks(max(math.floor(low / step) * step, step), high, step)


def _round_step(span: float, parts: int) -> float:
    """The smallest step of 1, 2, 2.5 or 5 times a power of ten that cuts `span` into at most
    `parts` parts."""
    raw = span / max(parts, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    return float(next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw))


def _ticks(start: float, high: float, step: float) -> list[float]:
    """Every `step` from `start` to the first at or past `high`."""
    ticks = []
    tick = start
    while tick < high + step * 0.999:
        ticks.append(float(round(tick, 10)))
        tick += step
    return ticks
