"""Long and repetitive input reads the same as the short text it repeats: the extractor's
shortcuts for long input (one walk over masked phrases, bounded sentences) change no figure."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dashboard.extract import extract_article
from dashboard.extract.countries import find_countries
from dashboard.lexicon import load

PUBLISHED = date(2024, 6, 30)
SENTENCE = "Trade between Japan and China reached $1.2 billion in 2023."


def _shifted(text: str, offset: int) -> list[tuple[object, ...]]:
    """The figures of `text`, as if it started at `offset`: what a prefix must not change."""
    out = []
    for f in extract_article(text, PUBLISHED).figures:
        f = replace(f, span_start=f.span_start + offset, span_end=f.span_end + offset, evidence=(), part_of=None)
        out.append(f)
    return out


def _figures(text: str) -> list[object]:
    return [replace(f, evidence=(), part_of=None) for f in extract_article(text, PUBLISHED).figures]


def test_a_repeated_region_names_no_country_however_long():
    text = "Central Asia " * 80_000  # 1 MB
    assert list(find_countries(text, load())) == []
    assert extract_article(text, PUBLISHED).figures == ()


def test_countries_between_repeated_regions_are_each_found():
    unit = "Central Asia Azerbaijan Central Asia "
    text = unit * 20_000
    found = list(find_countries(text, load()))
    assert [m.code for m in found] == ["AZE"] * 20_000
    assert [m.start for m in found[:2]] == [13, 13 + len(unit)]


def test_a_figure_after_a_long_repeated_region_reads_as_alone():
    prefix = "Central Asia " * 20_000 + "\n\n"
    assert _figures(prefix + SENTENCE) == _shifted(SENTENCE, len(prefix))
    assert len(_figures(SENTENCE)) == 1
