"""Properties of the extractor on arbitrary text: it never raises, every figure's span lies in
the text and covers a number (or a multiple in words), and every year is one a figure of its
status can have (figure_contract.year_window). Fed short arbitrary Unicode, and text built from the
phrases of every rules list with numbers, years and separators between them."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.fuzz import example as phrase_example
from benchmarks.fuzz import rule_lists
from dashboard.build.figure_contract import year_window
from dashboard.extract import Extraction, extract_article

# What an amount's span must show: a digit, or a multiple said in words.
_NUMBERISH = re.compile(r"\d|twice|double|triple|quadruple|fold|times|half|halve", re.IGNORECASE)
SETTINGS = settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

_rng = random.Random(9)
PHRASES = sorted({phrase_example(f, _rng) for fragments in rule_lists().values() for f in fragments})
NUMBERS = st.one_of(
    st.integers(0, 10**13).map(str),
    st.integers(0, 10**9).map(lambda n: f"{n:,}"),
    st.integers(0, 10**9).map(lambda n: f"{n:,}".replace(",", "\u00a0")),
    st.integers(0, 10**9).map(lambda n: f"{n:,}".replace(",", "\u2009")),
    st.integers(0, 10**6).map(lambda n: f"{n:,}".replace(",", ".") + ",5"),
    st.floats(0, 1e6, allow_nan=False).map(lambda x: f"{x:.1f}"),
    st.integers(0, 10000).map(str),  # years, sane and not: 0, 1, 9999
    st.sampled_from(["0", "1", "9999", "1949", "2100", "10000"]),
)
PIECES = st.one_of(
    st.sampled_from(PHRASES), NUMBERS,
    st.sampled_from(["$", "€", "%", "percent", "million", "billion", "in", "by", "of", "the", "year", ".", ",", ";",
                     "(", ")", "-", "\n", "\u00a0", "\u2009", "  ", "January-October", "first quarter of",
                     "Azerbaijan", "Japan", "China's", "Turkmen", "trade", "exports", "invested", "aid"]),
)  # fmt: skip
PUBLISHED = st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2035, 12, 31)))


def _spans_in_text(text: str, extraction: Extraction) -> None:
    for f in extraction.figures:
        assert 0 <= f.span_start < f.span_end <= len(text), (f.span_start, f.span_end, len(text))
        surface = text[f.span_start : f.span_end]
        assert _NUMBERISH.search(surface), f"span {surface!r} shows no number"


def _years_in_window(extraction: Extraction, published: date | None) -> None:
    for f in extraction.figures:
        if f.year is not None:
            first, last = year_window(f.status, published)
            assert first <= f.year <= last, f"{f.status} figure for year {f.year} in an article of {published}"


@SETTINGS
@given(st.text(max_size=2000), PUBLISHED)
def test_arbitrary_text_gives_figures_that_cite_a_number_in_the_text(text: str, published: date | None) -> None:
    _spans_in_text(text, extract_article(text, published))


@SETTINGS
@given(st.lists(PIECES, max_size=80).map(" ".join), PUBLISHED)
def test_rule_phrases_and_numbers_give_figures_that_cite_a_number_in_the_text(text: str, published: date | None) -> None:
    _spans_in_text(text, extract_article(text, published))


@SETTINGS
@given(st.text(max_size=2000), PUBLISHED)
def test_arbitrary_text_gives_only_years_in_the_window(text: str, published: date | None) -> None:
    _years_in_window(extract_article(text, published), published)


@SETTINGS
@given(st.lists(PIECES, max_size=80).map(" ".join), PUBLISHED)
def test_rule_phrases_and_numbers_give_only_years_in_the_window(text: str, published: date | None) -> None:
    _years_in_window(extract_article(text, published), published)


@pytest.mark.xfail(
    strict=True,
    reason="the extractor takes a year it reads whatever the article's date: a reported figure for 2026 in an article "
    "of mid-2024 (and a target for 2034 in one of 1991); the build drops these with a warning (year window)",
)
def test_a_reported_figure_is_never_for_two_years_after_its_article() -> None:
    published = date(2024, 6, 30)
    _years_in_window(extract_article("Trade between Azerbaijan and Japan reached $1 million in 2026.", published), published)
