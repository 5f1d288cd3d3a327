"""How a figure's value is written, everywhere: the chart's labels and axes, tables, notes,
exports, the review pages and the build's messages. One function, `value_text`, so a value
reads the same wherever a person meets it.
"""

from __future__ import annotations

import math

from dashboard.contract.schema import CHANGE_UNITS

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥"}
_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))
_QUALIFIER_WORDS = {"exact": "", "approx": "about ", "over": "over ", "under": "under "}
# A change computed on the read side: the level as an index of its first year (= 100).
INDEX_UNIT = "index"


def value_text(value: float, unit: str, qualifier: str = "exact", word: str | None = None) -> str:
    """A value as a brief writes it, with its qualifier in words so a bound never reads as a
    fact. The unit decides the form: a currency is an amount, "percent" a signed change,
    "times" a multiple, "index" a bare number. `word` is the outlet's own qualifier word
    ("nearly", "more than") when it said one; an exact value takes none.

    >>> value_text(3.7e9, "USD"), value_text(228.1e6, "USD"), value_text(844e6, "USD"), value_text(1e9, "USD")
    ('$3.7 bn', '$228.1 m', '$844 m', '$1 bn')
    >>> value_text(40e6, "EUR"), value_text(1.25e9, "AZN"), value_text(950, "USD"), value_text(-2e6, "USD")
    ('€40 m', 'AZN 1.25 bn', '$950', '-$2 m')

    Never rounded by more than 0.2%: "$3.05 bn" is not shown as "$3 bn".

    >>> value_text(3.05e9, "USD"), value_text(3.7e9 / 1.21, "USD"), value_text(1e9 / 1.37, "USD")
    ('$3.05 bn', '$3.06 bn', '$729.9 m')
    >>> value_text(21.0, "percent"), value_text(-8.61, "percent"), value_text(0.0, "percent"), value_text(4.0, "times")
    ('+21%', '−8.6%', '0%', '×4')
    >>> value_text(100.0, "index"), value_text(91.94, "index", "approx")
    ('100', 'about 91.9')
    >>> value_text(2e8, "USD", "over"), value_text(3.7e9, "USD", "approx"), value_text(5e8, "USD", "under")
    ('over $200 m', 'about $3.7 bn', 'under $500 m')
    >>> value_text(70.6e6, "USD", "approx", "nearly"), value_text(21, "percent", "exact", "nearly")
    ('nearly $70.6 m', '+21%')
    >>> value_text(float("nan"), "USD")
    ''
    """
    prefix = f"{word} " if word and qualifier != "exact" else _QUALIFIER_WORDS.get(qualifier, "")
    return f"{prefix}{_number(value, unit)}"


def _number(value: float, unit: str) -> str:
    if unit == "times":
        return f"×{_trim(value, 2)}"
    if unit == INDEX_UNIT:
        return _trim(value, 1)
    if unit in CHANGE_UNITS:
        return _percent(value)
    return _amount(value, unit)


def _trim(number: float, decimals: int) -> str:
    """Round, then drop a trailing ".0" so 1.0 bn reads 1 bn."""
    text = f"{number:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _percent(value: float) -> str:
    if value == 0:
        return "0%"
    sign = "+" if value > 0 else "−"
    return f"{sign}{_trim(abs(value), 1)}%"


def _amount(value: float, unit: str, decimals: int = 1) -> str:
    if math.isnan(value):
        return ""
    sign = "-" if value < 0 else ""
    size = abs(value)
    number = _trim(size, 0)
    for factor, word in _SCALES:
        if size >= factor:
            scaled = size / factor
            # More decimals when rounding would move the number by more than 0.2%.
            places = next((d for d in range(decimals, 4) if abs(round(scaled, d) - scaled) <= 0.002 * scaled), 3)
            number = f"{_trim(scaled, places)} {word}"
            break
    symbol = _SYMBOLS.get(unit)
    return f"{sign}{symbol}{number}" if symbol else f"{sign}{unit} {number}"
