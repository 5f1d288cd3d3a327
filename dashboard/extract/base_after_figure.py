"""A base amount said right after its figure, with no time of its own: "Imports from China rose
to $6.2 bn from $5.4 bn", "rose 12% to $512.6 m in the first seven months of 2019, from $457.7 m".
The base is a year before the figure (`amount_figure`)."""

from __future__ import annotations

import re

from dashboard.extract.base_times import ATTACHED_GAP, own_bracket
from dashboard.extract.countries import CountryMention
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.pattern_shape import first_char_checked_compiled
from dashboard.extract.quantities import Quantity
from dashboard.extract.times import TimeRef

# "rose to $6.2 bn from $5.4 bn": a base right after the figure's amount ("against" and "compared
# with" as often set another partner's or flow's amount beside it: "against $4.6 bn with China").
_BASE_WORD_BEFORE = first_char_checked_compiled(
    r"\b(?:from|against|versus|vs\.?|(?:as\s)?compared\s(?:to|with)|in\scomparison\s(?:to|with))\s(?:about\s|some\s|around\s|nearly\s)?$", re.I
)


def base_after_figure(q: Quantity, s: SentenceParts, when: TimeRef | None) -> bool:
    """A base amount after the figure's amount in its clause, whose time is none of its own (the
    figure's, borrowed, or the story's): "Imports from China rose to $6.2 bn from $5.4 bn",
    "amounted to $230 m against $215 m", "$230 m, compared with $215 m"."""
    if when is not None and when.start >= q.end and (ATTACHED_GAP.match(s.text[q.end : when.start]) or own_bracket(q, when, s)):
        return False
    if not _BASE_WORD_BEFORE.search(s.text, max(0, q.start - 30), q.start):
        return False
    # "from $5.4 bn in exports", "from $4.6 bn with China": another flow's amount ("up from $8.4 bn,
    # and with Russia ...", "from $3.6 bn, while exports to Russia ..." are the next clause's)
    if any(q.end <= x.start < q.end + reach and "," not in s.text[q.end : x.start] for x, reach in _after(s)):
        return False
    cs, _ = s.clause_of(q.start)
    return any(x.kind == "money" and cs <= x.start and x.end <= q.start and _words_between(s, x.end, q.start) <= 40 for x in s.quantities)


def _after(s: SentenceParts) -> list[tuple[CountryMention | TriggerMention, int]]:
    """The countries and triggers that may name another flow right after a base amount, with how far."""
    return [*((c, 25) for c in s.countries), *((t, 15) for t in s.triggers)]


def _words_between(s: SentenceParts, start: int, end: int) -> int:
    """The characters between two amounts that no time covers: the figure's own time, however
    long ("in the first seven months of 2019, from $457.7 m"), keeps its base beside it."""
    return end - start - sum(max(0, min(end, r.end) - max(start, r.start)) for r in s.times)
