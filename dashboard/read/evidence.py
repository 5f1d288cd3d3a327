"""A figure's evidence in words: which words of its article filled each slot, and the rule."""

from __future__ import annotations

import json

_SLOTS = {
    "indicator": "what", "amount": "amount", "period": "when", "origin": "from", "destination": "to",
    "partner": "pair", "pair": "pair", "conjunct": "list", "head": "list head",
}  # fmt: skip


Entry = tuple[str, int, int, str]


def entries(evidence: object) -> list[Entry]:
    """The `evidence` column's JSON as (slot, start, end, rule); [] when none was recorded or it
    does not read.

    >>> entries('[["pair", 4, 9, "role:actor"], ["bad"], ["period", -1, -1, "time:paragraph"]]')
    [('pair', 4, 9, 'role:actor'), ('period', -1, -1, 'time:paragraph')]
    >>> entries(None), entries("not json")
    ([], [])
    """
    if not isinstance(evidence, str) or not evidence:
        return []
    try:
        items = json.loads(evidence)
    except ValueError:
        return []
    if not isinstance(items, list):
        return []
    return [
        (str(i[0]), i[1], i[2], str(i[3]))
        for i in items
        if isinstance(i, list) and len(i) == 4 and isinstance(i[1], int) and isinstance(i[2], int)
    ]


def why(evidence: object, text: str) -> str:
    """The reading of a figure, slot by slot: the words that filled it and the rule that bound them;
    a slot the article's discourse filled (no words of this sentence) says so.

    >>> why('[["origin", 0, 5, "role:actor"], ["partner", -1, -1, "discourse:world"]]', "Japan exported")
    'from “Japan” (role:actor); pair: from the article (discourse:world)'
    >>> why(None, "x")
    ''
    """
    parts = []
    for slot, start, end, rule in entries(evidence):
        name = _SLOTS.get(slot, slot)
        if slot == "amount":
            continue
        words = " ".join(text[start:end].split()) if 0 <= start < end <= len(text) else ""
        parts.append(f"{name} “{words}” ({rule})" if words else f"{name}: from the article ({rule})")
    return "; ".join(parts)
