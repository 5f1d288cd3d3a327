"""Invariance over whole articles (CheckList's INV tests on the written corpus, not on template
sentences): a rewrite that keeps what an article says keeps what the extractor reads of it, up to
the change the rewrite makes (other countries' codes, years moved back). The behaviour tests
check constructions one sentence at a time; these check that a real article's reading does not
hang on how it happens to spell an amount, a rate, a period or a country, or on a sentence of
nothing. An article the rewrite cannot rewrite cleanly is left out (see `rewrites`)."""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

import pytest

from dashboard.build.articles import read_article
from dashboard.contract.schema import Figure
from dashboard.extract import extract_article
from dashboard.extract.countries import find_countries
from dashboard.extract.lexicon import load
from tests.extraction import rewrites
from tests.extraction.labeled import FIXTURES

ARTICLES = sorted((FIXTURES / "written" / "articles").glob("*.txt"))

# Known differences, each a construction the extractor reads differently in the two spellings.
KNOWN: dict[tuple[str, str], str] = {
    ("percent-as-pct", "fa18"): "a share restated as money reads its opener with 'percent' or '%' only: "
    "'accounts for 51.3 pct of the total, or US$ 2,545.7 million' loses the amount",
    ("months-through", "fc17"): "an index of a base period ('114 percent of the level of January-March 2011') reads "
    "the base's months only as a dashed range: with 'January through March' the rate is lost",
    ("months-abbreviated", "fc17"): "an index of a base period reads the base's months only as a dashed range of full "
    "names: with 'Jan-March' the rate is lost",
}


@functools.cache
def _article(path: Path) -> tuple[str, date | None]:
    article = read_article(path)
    return article.body, article.header_date


@functools.cache
def _reading(path: Path) -> tuple[Figure, ...]:
    return extract_article(*_article(path)).figures


def _named(text: str) -> dict[str, set[str]]:
    named: dict[str, set[str]] = {}
    for m in find_countries(text, load()):
        if m.code:
            word = text[m.start : m.end]
            named.setdefault(m.code, set()).add(word[:-2] if word.endswith(("'s", "’s")) else word.rstrip("'’"))
    return named


def _rewritten(name: str, path: Path) -> tuple[str, date | None, rewrites.Expect] | None:
    body, published = _article(path)
    if name == "countries-renamed":
        return rewrites.rename_countries(body, published, _named(body))
    if name == "years-back":
        return rewrites.years_back(body, published)
    return rewrites.REWRITES[name](body, published)


NAMES = ("countries-renamed", "years-back", *rewrites.REWRITES)
# Only the articles a rewrite changes: one it leaves as it was has nothing to compare.
CASES = [
    pytest.param(name, path, id=f"{name}/{path.stem}", marks=[pytest.mark.xfail(strict=True, reason=KNOWN[(name, path.stem)])] if (name, path.stem) in KNOWN else [])
    for name in NAMES
    for path in ARTICLES
    if _rewritten(name, path) is not None
]


@pytest.mark.parametrize(("name", "path"), CASES)
def test_a_rewrite_that_keeps_the_meaning_keeps_the_reading(name: str, path: Path) -> None:
    rewritten = _rewritten(name, path)
    assert rewritten is not None
    text, published, expect = rewritten
    got = rewrites.readings(extract_article(text, published).figures)
    want = rewrites.readings(_reading(path), expect)
    assert got == want, f"read differently after the rewrite: lost {sorted(want - got)}, gained {sorted(got - want)}"


def test_each_rewrite_reaches_a_share_of_the_corpus() -> None:
    """A rewrite that matches nothing tests nothing."""
    reached = {name: sum(c.values[0] == name for c in CASES) for name in NAMES}
    assert all(n >= 10 for n in reached.values()), reached
