"""Statistics tables in an article's text: a header line that gives the unit of its column
("Foreign trade with the main partners, January-June 2017 (million US dollars)") and the lines
under it, each a name and a bare number ("China – 4 107.2"), an amount in that unit."""

from __future__ import annotations

import re

from dashboard.extract.lexicon import Lexicon
from dashboard.extract.numbers import parse_number
from dashboard.extract.quantities import Quantity, find_money

# The unit a header line ends with, in brackets: "(million US dollars)", "(thsd. USD)", "(in USD
# million)", "(in thousands of US dollars)"; or after a comma, before the colon that opens the
# lines: "Exports by country, thousand US dollars:". No digits (a bracket with a number is an
# amount or a rate, not a unit).
_HEADER_UNIT = re.compile(r"(?:\((?:in\s)?(?P<u>[^()\d]{2,30})\)\s?[:.]?|,\s(?:in\s)?(?P<c>[^(),\d]{2,30}):)$")
# A table's line: a name of a few words, a dash or a colon ("China: 4 107.2", as releases also
# set them), a bare number and nothing after it but a stop; the name may follow its rank in a
# numbered list ("1. Russia - 412 300.5", "2) China – 98.7").
_LINE = re.compile(r"^(?:\d{1,2}[.)]\s?)?[^\d()]{2,60}?(?:\s[-–—]|:)\s(?P<n>\d(?:[\d.,\u00a0\u202f\u2009 ]*\d)?)\s?[;.]?$")
# A numbered list's rank, which the sentence splitter parts from the line it opens.
_RANK = re.compile(r"\d{1,2}[.)]")
_CURRENCY_FIRST = re.compile(r"^(\S+)\s")

Unit = tuple[float, str]  # the multiplier and the currency of a table's numbers


def header_unit(text: str, lex: Lexicon) -> Unit | None:
    """The unit a header line gives its table's numbers, read as the amount "1 <unit>" would be
    (the currency and scale words are the lexicon's): "(million US dollars)" is (1e6, USD)."""
    m = _HEADER_UNIT.search(text)
    if m is None:
        return None
    return unit_of_words(m.group("u") or m.group("c"), lex)


def unit_of_words(words: str, lex: Lexicon) -> Unit | None:
    """The unit some words name, as "1 <words>" would be read: "thousand US dollars" is (1e3, USD),
    "USD million" (its currency first) is (1e6, USD); None unless the words are all a unit."""
    for probe in (f"1 {words}", _CURRENCY_FIRST.sub(r"\1 1 ", words, count=1)):
        found = list(find_money(probe, lex))
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(probe) and found[0].value >= 1000:
            return found[0].value, found[0].unit
    return None


def table_reading(text: str, found: tuple[Quantity, ...], unit: Unit | None, lex: Lexicon) -> tuple[tuple[Quantity, ...], Unit | None, bool]:
    """A sentence's amounts, the table unit for the sentences after it, and whether it is a
    header: a line under a header reads its bare number in the header's unit; a sentence with
    amounts of its own, or neither a line nor a header, ends the table."""
    if found:
        return found, None, False
    if unit is not None and _RANK.fullmatch(text):
        return found, unit, False  # "1." split off its line ("1. Russia - 412 300.5"): the table goes on
    if unit is not None and (m := _LINE.match(text)) is not None:
        number = parse_number(m.group("n"))
        if number is not None:
            # (rounded to the cent, as find_money's: 2098.7 x 1e6 is 2098699999.9999998 in binary)
            return (Quantity(m.start("n"), m.end("n"), "money", round(number * unit[0], 2), unit[1]),), unit, False
    new = header_unit(text, lex) if text.endswith((")", ":", ").")) else None
    return found, new, new is not None
