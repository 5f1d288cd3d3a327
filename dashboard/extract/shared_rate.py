"""Two flows joined as the subject of one verb of change: "trade between the two states and
exports from Mongolia to Japan nearly tripled", "trade with Spain and exports
to Spain grew by 7 percent". The rate is each flow's."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity

# Between the first flow's noun and the second's: its own complements, then "and" (with an
# article, a possessive or an adjective of the second); never a comma's clause or a verb's.
_JOINED = re.compile(r"[^,;:()]{0,60}?\s(?:and|as\swell\sas)\s(?:(?:the|its|their)\s)?(?:[\w'’-]+\s)?$", re.I)


def each_flow_parts(q: Quantity, s: SentenceParts, lex: Lexicon) -> list[SentenceParts]:
    """The sentence as it is, and, for a rate whose subject joins two flows, once more with the
    second flow and its complements left out, so that the rate is read as the first flow's too."""
    if q.kind not in ("percent", "times"):
        return [s]
    cs = s.clause_of(q.start)[0]
    before = [t for t in s.triggers if cs <= t.start and t.end <= q.start and not t.trigger.weak]
    if len(before) < 2:
        return [s]
    first, second = before[-2], before[-1]
    if first.trigger.indicator == second.trigger.indicator or not _JOINED.fullmatch(s.text, first.end, second.start):
        return [s]
    if any(first.end <= y.start < q.start for y in s.quantities) or _changes(s.text, first.end, second.start, lex):
        return [s]  # "trade rose 5% and exports 8%", "trade grew and exports rose 8%": each its own
    if not (q.growth_word or _changes(s.text, second.end, q.start, lex)):
        return [s]  # "doubled" is its own verb
    alone = replace(
        s,
        triggers=tuple(t for t in s.triggers if t is not second),
        countries=tuple(c for c in s.countries if not second.start <= c.start < q.start),
    )
    return [s, alone]


def _changes(text: str, start: int, end: int, lex: Lexicon) -> bool:
    return lex.change_up.search(text, start, end) is not None or lex.change_down.search(text, start, end) is not None
