"""The project's scoring rule (shared/extraction/README.md), as code the tests share."""

from __future__ import annotations

from dataclasses import dataclass, field


def _value_agrees(pred: dict, gold: dict) -> bool:
    if gold["kind"] == "change" and gold["unit"] == "percent":
        return abs(pred["value"] - gold["value"]) <= 0.05
    return abs(pred["value"] - gold["value"]) <= 0.005 * abs(gold["value"])


def matches(pred: dict, gold: dict) -> bool:
    """Article, countries, indicator, kind, year and period agree; the value within tolerance."""
    return (
        pred["article"] == gold["article"]
        and sorted(pred["countries"]) == sorted(gold["countries"])
        and all(pred[k] == gold[k] for k in ("indicator", "kind", "year", "period"))
        and _value_agrees(pred, gold)
    )


def same_reading(pred: dict, gold: dict) -> bool:
    """The strict rule's reading: direction (but for turnover), status and unit agree."""
    if gold["indicator"] != "trade_turnover" and (gold.get("from") or gold.get("to")):
        if (pred["from"], pred["to"]) != (gold.get("from"), gold.get("to")):
            return False
    return pred["status"] == (gold.get("status") or "reported") and pred["unit"] == gold["unit"]


@dataclass
class Score:
    matched: list[tuple[dict, dict]] = field(default_factory=list)
    unmatched: list[dict] = field(default_factory=list)  # predictions that count against precision
    missed: list[dict] = field(default_factory=list)  # required gold figures not found
    required: int = 0

    @property
    def precision(self) -> float:
        n = len(self.matched) + len(self.unmatched)
        return len(self.matched) / n if n else 1.0

    @property
    def recall(self) -> float:
        return len(self.matched) / self.required if self.required else 1.0


def score(predictions: list[dict], gold: list[dict], strict: bool = False) -> Score:
    """Matched, unmatched and missed figures; `strict` asks the reading to agree too, as the
    shared scorer does by default."""
    result = Score(required=sum(1 for g in gold if g["required"]))
    open_gold = [g for g in gold if g["required"]]
    optional = [g for g in gold if not g["required"]]
    for p in predictions:
        hit = next((g for g in open_gold if matches(p, g) and (not strict or same_reading(p, g))), None)
        if hit is not None:
            open_gold.remove(hit)
            result.matched.append((p, hit))
        elif any(p["article"] == g["article"] and _value_agrees(p, g) for g in optional):
            continue  # an optional figure: neither credit nor blame
        else:
            result.unmatched.append(p)
    result.missed = open_gold
    return result
