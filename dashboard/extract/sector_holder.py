"""A sector of an economy that holds an amount as a country would: a breakdown of a total by
activity ("the energy sector - USD 40 m; mining - USD 12 m", "Manufacturing attracted $58 m, a
20% rise"). The sector's part is no figure of the pair the story is about; a chart would show
it as the country's total."""

from __future__ import annotations

import re

from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity

# How far before an amount its list item's label may start: "; transport and communications - ".
_LABEL_REACH = 90
_DASH_CLAUSE = re.compile(r"\s?[-–—]\s")


def sector_holds(q: Quantity, s: SentenceParts, lex: Lexicon) -> bool:
    """Whether the amount is a sector's: the label of its list item, the subject of a verb of
    taking in with no country in between ("while agriculture attracted the least, $19 m"), or,
    in a sentence that names no country, the sector its investment went to or left, or the
    place inside the home it went to ("Investments in the capital amounted to $365 m")."""
    h = lex.holders
    if not s.may_hold(h.sector_gate):
        return False
    if h.sector_label.search(s.text, max(0, q.start - _LABEL_REACH), q.start) is not None:
        return True
    cs, ce = s.clause_of(q.start)
    if cs and _DASH_CLAUSE.match(s.text, cs):
        cs = s.clause_of(cs - 1)[0]  # "Mining received the most - USD 12 m": the dash's amount is the clause's before it
    subject = h.sector_subject.match(s.text, cs) or h.sector_relative.search(s.text, cs, q.start)
    if subject is not None and subject.end() <= q.start and not any(c.code and subject.start() <= c.start < subject.end() for c in s.countries):
        stop = h.reach_end.search(s.text, subject.end(), ce)
        reach = min([stop.start() if stop else ce, *(c.start for c in s.countries if c.code and c.start >= subject.end())])
        if q.end <= reach:
            return True
    if any(c.code for c in s.countries):
        return False
    return h.sector_after.match(s.text, q.end) is not None or h.region_before.search(s.text, cs, q.start) is not None
