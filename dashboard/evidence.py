"""A figure's evidence in words: which words of its article filled each slot, and the rule."""

from __future__ import annotations

import json

_SLOTS = {
    "indicator": "what", "amount": "amount", "period": "when", "origin": "from", "destination": "to",
    "partner": "pair", "pair": "pair", "conjunct": "list", "head": "list head",
}  # fmt: skip


def why(evidence: object, text: str) -> str:
    """The reading of a figure, slot by slot: the words that filled it and the rule that bound them;
    a slot the article's discourse filled (no words of this sentence) says so.

    >>> why('[["origin", 0, 5, "role:actor"], ["partner", -1, -1, "discourse:world"]]', "Japan exported")
    'from “Japan” (role:actor); pair: from the article (discourse:world)'
    >>> why(None, "x")
    ''
    """
    if not isinstance(evidence, str) or not evidence:
        return ""
    try:
        items = json.loads(evidence)
    except ValueError:
        return ""
    parts = []
    for item in items:
        if not (isinstance(item, list) and len(item) == 4 and isinstance(item[1], int) and isinstance(item[2], int)):
            continue
        slot, start, end, rule = str(item[0]), item[1], item[2], str(item[3])
        name = _SLOTS.get(slot, slot)
        if slot in ("amount",):
            continue
        words = " ".join(text[start:end].split()) if 0 <= start < end <= len(text) else ""
        parts.append(f"{name} “{words}” ({rule})" if words else f"{name}: from the article ({rule})")
    return "; ".join(parts)
