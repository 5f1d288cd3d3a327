"""Arbitrary and hostile text: the extractor always returns, with figures that cite themselves,
and its work grows linearly with the input (no regular-expression backtracking blow-up)."""

from __future__ import annotations

import time
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.contract.schema import INDICATORS, KINDS, QUALIFIERS, STATUSES
from dashboard.extract import extract_article
from dashboard.extract.numbers import parse_number

NEWS_WORDS = st.sampled_from(
    ["trade", "turnover", "exports", "imports", "invested", "Japan", "Azerbaijan's", "Chinese",
     "$", "€", "1.2", "1,234.5", "1.234,5", "billion", "mln", "percent", "%", "times", "in", "2023",
     "January-October", "last year", "first quarter", "about", "over", "up", "fell", "by", "to",
     "from", "the two countries", ".", ",", ";", "\n", "\u00a0", "while", "expected", "aim"]
)  # fmt: skip


def _check(text: str) -> None:
    extraction = extract_article(text, date(2024, 6, 30))
    for f in extraction.figures:
        assert 0 <= f.span_start < f.span_end <= len(text)
        assert text[f.span_start : f.span_end] in f.quote and f.quote in text
        assert f.indicator in INDICATORS and f.kind in KINDS
        assert f.status in STATUSES and f.qualifier in QUALIFIERS
        assert f.country_a < f.country_b


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_any_text_returns(text):
    _check(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(NEWS_WORDS, max_size=120).map(" ".join))
def test_news_like_word_salad_returns_well_formed_figures(text):
    _check(text)


@given(st.text(alphabet="0123456789.,\u00a0", max_size=40))
def test_parse_number_never_raises(raw):
    value = parse_number(raw)
    assert value is None or value >= 0


HOSTILE = {
    "digits": "1",
    "separators": "1,1.",
    "dollars": "$1 ",
    "capitals": "Azerbaijan ",
    "rates": "trade rose 5% ",
    "months": "January-",
    "html": "<td>$1.2 bn</td>",
}


def _seconds(text: str) -> float:
    # CPU time of this process: other work on a shared machine delays it but does not add to it.
    start = time.process_time()
    extract_article(text, date(2024, 6, 30))
    return time.process_time() - start


def test_work_grows_linearly_on_hostile_input():
    """Four times the text takes about four times as long (quadratic would be sixteen).

    A ratio, not a time limit: it holds on a slow machine as on a fast one. The absolute figures
    for a 5 MB article are printed by `make bench`.
    """
    for name, unit in HOSTILE.items():
        small = unit * (100_000 // len(unit))
        large = unit * (400_000 // len(unit))
        _seconds(small)  # warm the rule cache
        ratio = min(_seconds(large) for _ in range(3)) / max(min(_seconds(small) for _ in range(3)), 1e-3)
        assert ratio < 8, f"{name}: 4x input took {ratio:.1f}x the time"
