"""A rate of goods counted, not of their value: no figure, as tonnes are none."""

from __future__ import annotations

from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity


def counts_goods(q: Quantity, s: SentenceParts, lex: Lexicon) -> bool:
    """A rate of goods counted, not of their value ("rose 20 percent in volume", "grew 40 percent
    to 300,000 tonnes", "In physical terms, exports grew 7.5%"): no figure, as tonnes are none."""
    _, ce = s.clause_of(q.start)
    told = lex.value_terms.search(s.text, q.end, min(ce, q.end + 4 + len(" in value")))
    if told is not None and not s.text[q.end : told.start()].strip():
        return False  # "grew 1.5 times in physical terms and by 20% in value": the rate says it is of value
    if lex.physical_after.match(s.text, q.end, ce):
        return True
    fronted = [m.end() for m in lex.physical_before.finditer(s.text, 0, q.start)]
    # ("In physical terms, imports fell 6%, while in value they grew 12%": the value's rate is one)
    return bool(fronted) and not lex.value_terms.search(s.text, fronted[-1], q.start)
