"""A "respectively" run whose members the sentence before lists: "The main buyers were Italy and
China. They took $5.1 bn and $3.2 bn, respectively." The run's subject is an anaphor and the
sentence names no country of its own, so each amount is read as if its member stood there."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.extract.amount_runs import respective
from dashboard.extract.countries import CountryMention
from dashboard.extract.discourse import Discourse
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity

# The subject that takes up a list just named: "They", "These two countries", "The two", "Both".
_ANAPHOR = re.compile(r"(?:(?:In|During|Over)\s[^,]{1,40},\s)?((?:They|These|Those|The|Both)(?:\s(?:two|three|four))?(?:\s(?:countries|states|nations|partners))?)\b(?=\s[a-z])")

# ... or the object of the run's flow noun: "Exports to them were $2.4 bn and $1.3 bn, respectively",
# "Trade with these two countries reached ...".
_OBJECT_ANAPHOR = re.compile(
    r"(?:(?:In|During|Over)\s[^,]{1,40},\s)?(?:[A-Z][\w'’-]*\s)(?:[a-z][\w'’-]*\s){0,2}?(?:to|with|from|into|in)\s"
    r"(them|these\s(?:two|three|four)\s(?:countries|states|nations|partners)|both(?:\scountries)?)\b"
)


def carried_member_parts(q: Quantity, s: SentenceParts, d: Discourse) -> list[SentenceParts] | None:
    """The sentence as the amount's member's alone, its anaphor standing for the member in the
    run's place; None unless the run is as long as the list and no figure was read since the list
    (but the run's own)."""
    if d.ranked_list is None or any(c.code for c in s.countries) or "respectively" not in s.text:
        return None
    codes, last = d.ranked_list
    told_since = d.last is not last and not (d.last_in_sentence and d.last is not None and {d.last.country_a, d.last.country_b} & set(codes))
    anaphor = _ANAPHOR.match(s.text)
    governed = anaphor is None and (anaphor := _OBJECT_ANAPHOR.match(s.text)) is not None
    run = respective(q, s)
    if told_since or anaphor is None or anaphor.group(1) == "The" or run is None or len(run[1]) != len(codes):
        return None
    # Read as "Italy accounted for $3.2 bn": the amounts before this one leave the text and the
    # anaphor (the member) moves up to the verb, so every offset from this amount on stays put.
    a_start, a_end, first = anaphor.start(1), anaphor.end(1), run[1][0].start
    shift = q.start - first
    moved = [x.start for x in s.times] + [x.start for x in s.triggers]  # offsets the move would shift
    if shift and any(a_start <= at < q.start for at in moved):
        return None
    text = s.text[:a_start] + " " * shift + s.text[a_start:first] + s.text[q.start :]
    # (an object keeps its preposition right before it: its span takes in the spaces)
    member = CountryMention(a_start if governed else a_start + shift, a_end + shift, codes[run[0]])
    alone = tuple(y for y in s.quantities if y is q or y not in run[1])
    return [replace(s, text=text, countries=(member, *s.countries), quantities=alone)]
