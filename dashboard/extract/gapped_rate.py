"""A gapped conjunct's rate: one with no verb of its own after a conjunction, that copies the
verb (and its sign) of the rate before it ("fell by 4.9% and imports by 2.9%", "grew 14% in 2023,
and imports by 6.5%"). `readings.change_sign` asks it when a rate has no sign word of its own."""

from __future__ import annotations

import re

from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity

# A gapped conjunct: "fell by 4.9% to $1.5 bn and imports by 2.9%", "increased by 39.2%,
# including export by 46.8% and import by 31%", "and that with Turkey by 19%", "decreased by
# 32.8%, export by 46.7%, while ...". Its rate has no
# verb of its own ("by" right after a conjunction and a few words): it copies the verb of the
# rate before it, itself after "by" or its verb, so the two are parallel.
_GAP_CONJUNCT = re.compile(
    r"(?:,\s?(?:(?:and|while|whereas|including|as\swell\sas)\s)?|\s(?:and|while|whereas|including|as\swell\sas)\s)"
    r"(?!(?:followed|driven|led|offset|accompanied|helped|boosted|caused)\b)(?:[\w'’-]+\s){1,4}by\s$",
    re.I,
)
_BY_BEFORE = re.compile(r"\bby\s$", re.I)
# ... or right after its verb: "grew 14% in 2023, and imports by 6.5%", "rose 6% to $6.9 bn, and
# Georgia's by 10%" (the conjunct copies the verb as it copies one before "by").
_VERB_BEFORE = re.compile(r"\b(?:rose|grew|increased|fell|decreased|declined|dropped)\s$", re.I)


def gapped_head(q: Quantity, s: SentenceParts) -> Quantity | None:
    """The rate whose verb a verbless rate after a conjunction copies, when the two are parallel."""
    if q.kind != "percent":
        return None
    earlier = [y for y in s.quantities if y.kind == "percent" and y.end <= q.start]
    if not earlier:
        return None
    head = earlier[-1]
    between = s.text[head.end : q.start]
    gap = _GAP_CONJUNCT.search(between)
    if gap is None or any(c in between[: gap.start()] for c in ";:") or len(between) > 80:
        return None
    return head if _BY_BEFORE.search(s.text, max(0, head.start - 4), head.start) or _VERB_BEFORE.search(s.text, max(0, head.start - 12), head.start) else None
