"""Labeled figures for the extraction tests: reading the fixture files, shaping predictions."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


def read_jsonl(name: str) -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines() if line]


def published(case: dict) -> date | None:
    """A labeled text's publication date; None for an undated one."""
    return date.fromisoformat(case["date"]) if case.get("date") else None


def as_prediction(article: str, f) -> dict:
    return {
        "article": article,
        "countries": [f.country_a, f.country_b],
        "from": f.flow_from,
        "to": f.flow_to,
        "indicator": f.indicator,
        "kind": f.kind,
        "status": f.status,
        "value": f.value,
        "unit": f.unit,
        "qualifier": f.qualifier,
        "year": f.year,
        "period": f.period,
        "quote": f.quote,
    }

