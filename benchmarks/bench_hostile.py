"""Extraction time for a 5 MB hostile article of each kind (no sentence ends, digit runs, thousands of amounts)."""

from __future__ import annotations

import time
from datetime import date

from dashboard.extract import extract_article
from dashboard.extract.lexicon import load

SIZE = 5_000_000
# Each a repeated unit that defeats one shortcut: sentence ends, gates, caps, or the amounts limit.
UNITS = {
    "one digit run": "1",
    "separators": "1,1.",
    "dollar signs": "$1 ",
    "capitalised country names": "Azerbaijan ",
    "rates with triggers": "trade rose 5% ",
    "month ranges": "January-",
    "no spaces": "a",
    "full stops": ". ",
    "figure sentences, no full stop": "Trade between Japan and China reached $1.2 billion in January-March 2024, up 5% ",
    "figure sentences": "Trade between Japan and China reached $1.2 billion in January-March 2024, up 5%. ",
    "html table": "<tr><td>Japan</td><td>$1.2 bn</td></tr>",
}


def run() -> None:
    load()
    print(f"target: a {SIZE / 1e6:.0f} MB article in under 5 s")
    for name, unit in UNITS.items():
        text = (unit * (SIZE // len(unit) + 1))[:SIZE]
        started = time.perf_counter()
        extraction = extract_article(text, date(2024, 6, 30))
        seconds = time.perf_counter() - started
        print(f"  {name:32} {seconds:5.2f} s  ({len(extraction.figures)} figures)")
