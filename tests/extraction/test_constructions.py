"""Constructions of news English, each a line of fixtures/constructions.jsonl or
fixtures/grammar.jsonl (one or more constructions per rule of the grammar): every figure with
every field, and nothing more. A case with `known_miss` is a strict xfail with that reason, so a
fix is noticed."""

from __future__ import annotations

import pytest

from dashboard.extract import extract_article
from tests.extraction.labeled import as_prediction, published, read_jsonl
from tests.extraction.scoring import matches

CASES = [
    pytest.param(c, id=c["text"][:70], marks=[pytest.mark.xfail(strict=True, reason=c["known_miss"])] if "known_miss" in c else [])
    for c in read_jsonl("constructions.jsonl") + read_jsonl("grammar.jsonl")
]
FIELDS = ("from", "to", "status", "qualifier", "unit")


@pytest.mark.parametrize("case", CASES)
def test_construction(case):
    extraction = extract_article(case["text"], published(case))
    predictions = [as_prediction(case["id"], f) for f in extraction.figures]
    expected = [dict(g, article=case["id"]) for g in case["figures"]]
    assert len(predictions) == len(expected), [(p["indicator"], p["value"]) for p in predictions]
    for gold in expected:
        hit = next((p for p in predictions if matches(p, gold)), None)
        assert hit is not None, f"missing {gold}"
        assert {f: hit[f] for f in FIELDS} == {f: gold[f] for f in FIELDS}
