"""A gapped conjunct whose own subject stands in for the verb's: "Kazakhstan has invested $3 bn
in Uzbekistan, and Uzbekistan $1.2 bn in Kazakhstan", "Georgia exported $90 m to Turkey and
Armenia $40 m to Iran". The second clause drops the verb and keeps a country of its own right before
its amount: that country does what the first clause's subject did, and the country after the
amount takes the other side. Without that country ("Georgia exported $90 m to Turkey, Armenia
$40 m") the conjunct may as well be a partner of a list: no reading here."""

from __future__ import annotations

import re

from dashboard.extract.discourse import Discourse
from dashboard.extract.frame_types import Who, directed_who
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity

# What joins the gapped conjunct to the clause before it, right before its subject: "and",
# "while", ", and", ", whereas", or a semicolon.
_JOIN = re.compile(r"(?:,?\s(?:and|while|whereas)|;)\s(?:the\s)?$", re.I)
# The other side, right after the amount: a preposition and nothing else.
_SIDE_AFTER = re.compile(r"\s(?:in|into|to|from)\s(?:the\s)?$", re.I)


def gapped_subject(q: Quantity, t: TriggerMention, s: SentenceParts, d: Discourse) -> Who | None:
    """The frame of an amount in a gapped conjunct (see the module), from the figure read just
    before it in the same sentence and the country that did that figure's flow."""
    last, actor = d.last, d.last_actor
    if last is None or not d.last_in_sentence or actor is None or last.flow_from is None or last.flow_to is None:
        return None
    if actor not in (last.flow_from, last.flow_to) or not t.end or t.end > q.start:
        return None
    earlier = [y for y in s.quantities if y.kind == q.kind and y.end <= q.start]
    if not earlier or any(max(earlier[-1].end, t.end) <= x.start < q.start for x in s.triggers):
        return None  # a verb of its own ("has provided $2 bn in aid": the first's trigger may follow its amount)
    subject = next((c for c in s.countries if c.code and not c.adjective and c.end <= q.start and not s.text[c.end : q.start].strip()), None)
    # The first clause's subject before its verb: "Kazakhstan has invested", not "investment by Kazakhstan".
    first = [c for c in s.countries if c.code == actor and c.end <= earlier[-1].start and s.preposition(c, 0) is None]
    if subject is None or subject.code == actor or not first or _JOIN.search(s.text, earlier[-1].end, subject.start) is None:
        return None
    end = min([len(s.text), *(y.start for y in s.quantities if y.start >= q.end)])
    after = next((c for c in s.countries if c.code and q.end <= c.start < end), None)
    if after is None or _SIDE_AFTER.fullmatch(s.text, q.end, after.start) is None:
        return None  # "..., Turkey $2 bn and China $1 bn" may list partners as well as subjects
    other = after.code
    origin, destination = (subject.code, other) if actor == last.flow_from else (other, subject.code)
    evidence = [("origin" if actor == last.flow_from else "destination", subject.start, subject.end, "role:gapped-subject")]
    return directed_who(origin, destination, evidence)
