"""Confidence, measured: how many `sure` and `check` figures of a build are right or wrong by the
shared scorer's strict rule, and the scorer's totals for each class and for all.

`calibration` labels each figure (right, wrong, or not counted: a repeat, or an optional
figure's value) with the scorer's own matching functions, for the table of a labeled set one
may look into (real-dev). `class_totals` only runs the scorer on the build filtered to each class
and keeps its last line, so nothing about any one article is printed or kept: the way to
measure the blind set.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pyarrow.compute as pc
import pyarrow.parquet as pq

CLASSES = ("sure", "check")


def _scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def labels(figures: list[dict[str, Any]], gold: list[dict[str, Any]], scorer: Path) -> list[str]:
    """Each figure as the scorer counts it: right, wrong, or '' (not counted), in its order."""
    s = _scorer(scorer)
    required = [g for g in gold if g.get("required", True)]
    optional = [g for g in gold if not g.get("required", True)]
    used: set[int] = set()
    out = []
    for p in figures:
        article, pair = s.norm_article(p.get("article_id")), s.countries_of(p)
        hit, repeated = None, False
        for i, g in enumerate(required):
            if (g["article"], tuple(g["countries"]), g["indicator"], g["kind"]) != (article, pair, p.get("indicator"), p.get("kind")):
                continue
            if g.get("year") != (None if p.get("year") is None else int(p["year"])):
                continue
            if s.canon_period(g.get("period")) != s.canon_period(p.get("period")):
                continue
            if not s.value_match(g["kind"], g.get("unit"), g["value"], p.get("value")) or not s.same_reading(g, p):
                continue
            if i in used:
                repeated = True
                continue
            hit = i
            break
        if hit is not None:
            used.add(hit)
            out.append("right")
        elif repeated or any(g["article"] == article and s.value_match(g["kind"], g.get("unit"), g["value"], p.get("value")) for g in optional):
            out.append("")
        else:
            out.append("wrong")
    return out


def calibration(figures_path: Path, gold_path: Path, scorer: Path) -> Counter[tuple[str, str]]:
    """(confidence, right|wrong) -> how many figures."""
    figures = pq.read_table(figures_path).to_pylist()
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return Counter((f["confidence"], label) for f, label in zip(figures, labels(figures, gold, scorer), strict=True) if label)


def calibration_table(counts: Counter[tuple[str, str]]) -> str:
    lines = [f"{'':8}{'right':>7}{'wrong':>7}{'P':>7}"]
    for c in CLASSES:
        right, wrong = counts[(c, "right")], counts[(c, "wrong")]
        lines.append(f"{c:8}{right:>7}{wrong:>7}{right / (right + wrong) if right + wrong else 0:>7.3f}")
    right = sum(counts[(c, "right")] for c in CLASSES)
    share = counts[("sure", "right")] / right if right else 0.0
    lines.append(f"sure holds {share:.0%} of the {right} figures read right")
    return "\n".join(lines)


def class_totals(figures_path: Path, gold_path: Path, scorer: Path) -> dict[str, str]:
    """The scorer's last line (P, R, F1, counts) for the sure figures, the check figures and all."""
    table = pq.read_table(figures_path)
    out = {}
    with tempfile.TemporaryDirectory(prefix="confidence-") as tmp:
        for name in (*CLASSES, "all"):
            part = table if name == "all" else table.filter(pc.equal(table.column("confidence"), name))
            path = Path(tmp) / f"{name}.parquet"
            pq.write_table(part, path)
            done = subprocess.run([sys.executable, str(scorer), str(path), str(gold_path)], capture_output=True, text=True, check=False)
            out[name] = (done.stdout.strip().splitlines() or ["(no score)"])[-1]
    return out
