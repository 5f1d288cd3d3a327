"""Every figure cites itself: its span is its amount in the article, inside its quote."""

from __future__ import annotations

import dataclasses
from datetime import date

from dashboard.contract.schema import Figure
from dashboard.extract import extract_article
from dashboard.extract.article import _in_article
from tests.extraction.labeled import read_jsonl

TEXTS = [(c["text"], c["date"]) for name in ("dev-sentences.jsonl", "constructions.jsonl") for c in read_jsonl(name)]
ARTICLE = "\n\n".join(t for t, _ in TEXTS)


def test_span_is_the_amount_and_lies_inside_the_quote():
    extraction = extract_article(ARTICLE, date(2024, 12, 10))
    assert len(extraction.figures) > 40
    for f in extraction.figures:
        surface = ARTICLE[f.span_start : f.span_end]
        assert any(ch.isdigit() for ch in surface) or surface.isalpha(), surface
        assert f.quote in ARTICLE
        quote_start = ARTICLE.index(f.quote)
        assert quote_start <= f.span_start and f.span_end <= quote_start + len(f.quote)


def test_countries_are_sorted_and_flows_lie_within_the_pair():
    for text, published in TEXTS:
        for f in extract_article(text, date.fromisoformat(published)).figures:
            assert f.country_a < f.country_b
            if f.indicator == "trade_turnover":
                assert f.flow_from is None and f.flow_to is None
            else:
                assert {f.flow_from, f.flow_to} == {f.country_a, f.country_b}


def test_span_is_the_amount_alone_never_the_full_stop():
    text = "Trade reached $3.7 billion. Exports to Japan rose to 1.2 bln. dollars in 2023. Trade with Japan was $95 mln."
    for f in extract_article(text, date(2024, 1, 1)).figures:
        surface = text[f.span_start : f.span_end]
        assert not surface.endswith("."), surface


def test_a_figure_moved_to_article_offsets_keeps_every_other_field():
    # _in_article builds the figure field by field: a field added to Figure or moved must follow.
    whole = Figure(*(f"v{i}" for i in range(len(dataclasses.fields(Figure)) - 6)), 10, 20, "rule", "measure", 3, (("pair", 1, 2, "r"),))
    moved = _in_article(whole, 100, [])
    assert moved == dataclasses.replace(whole, span_start=110, span_end=120, part_of=103, evidence=(("pair", 101, 102, "r"),))
