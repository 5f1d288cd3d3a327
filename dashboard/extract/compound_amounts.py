"""One amount written in two parts: "1 billion 86 million USD", "$2 bln 104.6 mln", "69 million
and 700 thousand yen", "$1 billion 219,700,000": the parts the quantity finders read apart, joined."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.extract.pattern_shape import first_char_checked_compiled
from dashboard.extract.quantities import Quantity

# "1 billion 86 million USD", "1bn 312m USD" (a statistics agency's scale glued to its number):
# the billions before an amount of millions complete it.
_BILLIONS_BEFORE = first_char_checked_compiled(
    r"(?P<sign>\$\s?|US\$\s?|USD\s)?(?:(?P<n>\d{1,3})\s?(?:billion|bln|bn)|(?P<n2>one|two|three|four|five|six|seven|eight|nine|ten)\s?billion)\.?\s$", re.I
)
# "1 trillion 181.2 billion drams": the trillions the billions complete, as Armenian and Uzbek
# statistics write large sums in their own currency.
_TRILLIONS_BEFORE = first_char_checked_compiled(r"(?<![\d.,])(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s(?:trillion|trln|tn)\.?\s$", re.I)
_MILLIONS_BEFORE = re.compile(r"(?<![\d.,])(?P<n>\d{1,3})\s(?:million|mln|mn)\.?\s(?:and\s)?$", re.I)
_MILLIONS_AFTER = re.compile(r"^\s(?P<n>\d{1,3}(?:[.,]\d+)?)\s?(?:million|mln|mn|m)\b\.?(?:\s(?:US\s)?(?:dollars|USD))?", re.I)
# "$1 billion 219,700,000": the rest of the billions written out in full, as some agencies do.
_UNITS_AFTER = re.compile(r"^\s(?P<n>\d{1,3}(?P<g>[,\s])\d{3}(?P=g)\d{3})(?![\d.,]?\d|\s?(?:thousand|million|billion|mln|bln|bn|mn|tons?|tonnes?|people|units)\b)", re.I)
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def compound_amounts(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "1 billion 86 million USD", "$2 bln 104.6 mln": one amount written in two parts."""
    out: list[Quantity] = []
    for q in quantities:
        if out and q.start < out[-1].end:
            continue  # the second part of a compound already read
        if q.kind != "money":
            out.append(q)
            continue
        # The value first: it is free, and rules out the search for most amounts.
        before = _BILLIONS_BEFORE.search(text, max(0, q.start - 24), q.start) if 1e6 <= q.value < 1e9 else None
        if before:
            n = (before.group("n") or before.group("n2")).lower()
            billions = float(_WORD_NUMBERS.get(n) or n)
            out.append(replace(q, start=before.start(), value=billions * 1e9 + q.value))
            continue
        trillions = _TRILLIONS_BEFORE.search(text, max(0, q.start - 16), q.start) if 1e9 <= q.value < 1e12 else None
        if trillions:
            n = trillions.group("n").lower()
            out.append(replace(q, start=trillions.start(), value=float(_WORD_NUMBERS.get(n) or n) * 1e12 + q.value))
            continue
        thousands_of = _MILLIONS_BEFORE.search(text, max(0, q.start - 20), q.start) if 1e3 <= q.value < 1e6 else None
        if thousands_of and not (out and out[-1].end > thousands_of.start()):
            # "58 million and 400 thousand yen": the millions the thousands complete.
            out.append(replace(q, start=thousands_of.start(), value=float(thousands_of.group("n")) * 1e6 + q.value))
            continue
        after = _MILLIONS_AFTER.match(text[q.end : q.end + 30]) if q.value >= 1e9 and q.value % 1e9 == 0 else None
        if after:
            millions = float(after.group("n").replace(",", "."))
            out.append(replace(q, end=q.end + after.end(), value=q.value + millions * 1e6))
            continue
        units = _UNITS_AFTER.match(text[q.end : q.end + 30]) if q.value >= 1e9 and q.value % 1e9 == 0 else None
        if units:
            rest = float(re.sub(r"\D", "", units.group("n")))
            out.append(replace(q, end=q.end + units.end(), value=q.value + rest))
            continue
        if out and _smaller_part(text, out[-1], q):
            # "58 million and 400 thousand yen", "2 billion dollar 318 million 6 thousand": a
            # round amount and the smaller one after it are one amount.
            head = out[-1]
            unit = q.unit if _BARE_SCALED.fullmatch(text, head.start, head.end) else head.unit
            out[-1] = replace(head, end=q.end, value=head.value + q.value, unit=unit)
            continue
        out.append(q)
    return out


_PART_GAP = re.compile(r"\s(?:and\s)?")
_BARE_SCALED = re.compile(r"[\d.,]+\s?(?:billion|million|thousand|bln|mln|bn|mn)", re.I)


def _smaller_part(text: str, head: Quantity, q: Quantity) -> bool:
    """Whether `q` continues `head` as its smaller part: a round head, a part smaller than the
    head's last round unit, nothing between them but a space or "and"."""
    if head.kind != "money" or q.kind != "money" or not 0 < q.value < head.value or not _PART_GAP.fullmatch(text, head.end, q.start):
        return False
    unit = next((u for u in (1e9, 1e6, 1e3) if head.value % u == 0), None)
    if unit is None or q.value >= unit:
        return False
    # One of the two states its currency; the other is a bare scaled number.
    return _BARE_SCALED.fullmatch(text, q.start, q.end) is not None or _BARE_SCALED.fullmatch(text, head.start, head.end) is not None
