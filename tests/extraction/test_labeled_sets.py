"""The extractor against the labeled figures, scored with the project's rule."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard import paths
from dashboard.build.metadata import load_metadata
from dashboard.build.sources import load_source
from dashboard.extract import extract_article
from tests.extraction.labeled import as_prediction, read_jsonl
from tests.extraction.scoring import matches, score

DEV = read_jsonl("dev-sentences.jsonl")


def _seed_predictions() -> list[dict]:
    """The seeds read as the build reads them: header date, or the curator's metadata date."""
    seeds = paths.seeds_dir()
    metadata = load_metadata(seeds / "metadata.toml")
    predictions = []
    for path in sorted(seeds.glob("*.txt")):
        source, _ = load_source(path, metadata)
        assert source is not None, path
        extraction = extract_article(source.article.body, source.date)
        predictions += [as_prediction(path.stem.split("_")[0], f) for f in extraction.figures]
    return predictions


def test_seeds_every_required_figure_and_nothing_else(capsys):
    result = score(_seed_predictions(), read_jsonl("seeds-gold.jsonl"))
    with capsys.disabled():
        print(
            f"\nseeds: precision {result.precision:.3f} recall {result.recall:.3f} "
            f"({len(result.matched)} matched, {len(result.unmatched)} extra, {len(result.missed)} missed)"
        )
    assert result.missed == [], "required figures not extracted"
    assert result.unmatched == [], "figures outside the labels"


def test_dev_scores(capsys):
    predictions, gold = [], []
    for ex in DEV:
        extraction = extract_article(ex["text"], date.fromisoformat(ex["date"]))
        predictions += [as_prediction(ex["id"], f) for f in extraction.figures]
        gold += [dict(g, article=ex["id"]) for g in ex["figures"]]
    result = score(predictions, gold)
    with capsys.disabled():
        print(f"\ndev: precision {result.precision:.3f} recall {result.recall:.3f}")
    assert result.precision == 1.0 and result.recall == 1.0


@pytest.mark.parametrize("example", DEV, ids=[d["text"][:70] for d in DEV])
def test_dev_example(example):
    """Each example's required figures come out with every field the label gives."""
    extraction = extract_article(example["text"], date.fromisoformat(example["date"]))
    predictions = [as_prediction(example["id"], f) for f in extraction.figures]
    for gold in (dict(g, article=example["id"]) for g in example["figures"] if g["required"]):
        hits = [p for p in predictions if matches(p, gold)]
        assert hits, f"missing {gold}"
        for field in ("from", "to", "status", "qualifier", "unit"):
            assert hits[0][field] == gold[field], field
    optional_values = [g["value"] for g in example["figures"] if not g["required"]]
    required = [dict(g, article=example["id"]) for g in example["figures"] if g["required"]]
    for p in predictions:
        assert any(matches(p, g) for g in required) or any(
            abs(p["value"] - v) <= 0.005 * abs(v) for v in optional_values
        ), f"unlabeled figure {p}"


def test_seed_figures_carry_the_labeled_direction_status_and_bound():
    """Scoring ignores these fields; a brief does not. Checked for optional labels too."""
    predictions = _seed_predictions()
    for gold in read_jsonl("seeds-gold.jsonl"):
        same = [p for p in predictions if p["article"] == gold["article"] and abs(p["value"] - gold["value"]) <= 0.005 * gold["value"]]
        assert same, f"not extracted: {gold['quote'][:60]} {gold['value']}"
        for field in ("from", "to", "status", "qualifier", "unit", "indicator", "kind"):
            assert same[0][field] == gold[field], (field, gold["quote"][:60])
