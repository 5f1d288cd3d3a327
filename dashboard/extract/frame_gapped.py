"""A gapped conjunct whose own subject stands in for the verb's: "Kazakhstan has invested $3 bn
in Uzbekistan, and Uzbekistan $1.2 bn in Kazakhstan", "Georgia exported $90 m to Turkey and
Armenia $40 m to Iran". The second clause drops the verb and keeps a country of its own right before
its amount: that country does what the first clause's subject did, and the country after the
amount takes the other side. Without that country ("Georgia exported $90 m to Turkey, Armenia
$40 m") the conjunct may as well be a partner of a list: no reading here."""

from __future__ import annotations

import re

from dashboard.extract.countries import CountryMention
from dashboard.extract.discourse import Discourse
from dashboard.extract.frame_types import Who, directed_who, turnover_who
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


# Between a gapped owner and its amount: at most a verb, a rate, and "to", "at" or "by" ("while
# Uzbekistan's totaled $50 bn", ", and Iran's to $110 bn", "while Kyrgyzstan's rose 30% to $1.1 bn",
# "while Kyrgyzstan's grew by 30%"); the same after an owner named by "that of" ("while that of
# Uzbekistan grew by 10%").
_OWNER_GAP = re.compile(r"['’`]s?(?:\s[a-z]+)?(?:\s(?:by\s)?[\d.,]+\s?(?:%|percent|per\scent))?(?:\s(?:to|at|by))?\s", re.I)
_THAT_OF_GAP = re.compile(r"(?:\s[a-z]+)?(?:\s(?:by\s)?[\d.,]+\s?(?:%|percent|per\scent))?(?:\s(?:to|at|by))?\s", re.I)
_THAT_OF = re.compile(r"that\sof\s(?:the\s)?$", re.I)
# A country that saw its own rate, the flow's noun left out: "while Kyrgyzstan saw a 70% increase,
# reaching $964 m" (the rate, then its level).
_SAW_GAP = re.compile(
    r"\s(?:saw|recorded|posted|registered|showed)\s(?:an?\s)?(?:[\d.,]+\s?(?:%|percent|per\scent)\s(?:increase|rise|growth|jump|gain|decline|drop|fall|decrease)"
    r"(?:,\s(?:reaching|totall?ing)|\sto)\s)?",
    re.I,
)


def _new_owner(q: Quantity, s: SentenceParts, after: int) -> tuple[CountryMention, int] | None:
    """The gapped conjunct's owner after `after`, and where its words begin: "Kyrgyzstan's",
    "that of Uzbekistan", "Kyrgyzstan saw a 70% increase"."""
    for c in s.countries:
        if not c.code or c.start < after or c.end > q.start:
            continue
        if c.possessive:
            if _OWNER_GAP.fullmatch(s.text, c.end, q.start):
                return c, c.start
        elif not c.adjective:
            that = _THAT_OF.search(s.text, after, c.start)
            if that is not None and _THAT_OF_GAP.fullmatch(s.text, c.end, q.start):
                return c, that.start()
            if _SAW_GAP.fullmatch(s.text, c.end, q.start):
                return c, c.start
    return None


def gapped_owner(q: Quantity, t: TriggerMention, s: SentenceParts, d: Discourse) -> Who | None:
    """A gapped conjunct whose owner stands in for the flow's: "Kazakhstan's foreign trade reached
    $134 bn, while Uzbekistan's totaled $50 bn", "Azerbaijan's exports to Italy were $9 bn, and
    Georgia's $1 bn", "Kazakhstan raised its imports from the EU by 42%, while Kyrgyzstan saw a 70%
    increase". The owner right after the join, with no flow's noun of its own, owns the flow the
    clause before told of its owner (or its subject): the figure just read, that owner replaced."""
    last = d.last
    if last is None or not d.last_in_sentence or not t.end or t.end > q.start:
        return None
    earlier = [y for y in s.quantities if y.kind == q.kind and y.end <= q.start]
    if not earlier or any(earlier[-1].end <= x.start < q.start for x in s.triggers):
        return None  # a noun of its own: "while Iran's total exports reached ..." is read by its slots
    found = _new_owner(q, s, earlier[-1].end)
    if found is None or _JOIN.search(s.text, earlier[-1].end, found[1]) is None:
        return None
    owner = found[0]
    sides = (last.country_a, last.country_b)
    # The first clause's owner, before its amount: "Kazakhstan's foreign trade", "Azerbaijan's
    # exports"; else the country that did its flow ("Kazakhstan raised its imports").
    first = next((c.code for c in s.countries if c.code in sides and c.possessive and c.end <= earlier[-1].start), None)
    if first is None and d.last_actor in sides and not owner.possessive:
        first = d.last_actor
    evidence = [("partner", owner.start, owner.end, "role:gapped-owner")]
    if owner.code in sides and any(owner.end <= y.start < q.start for y in s.quantities):
        # (the level after the conjunct's own rate, just read with this owner: the same frame)
        return turnover_who(*sides, evidence) if last.flow_from is None else directed_who(last.flow_from, last.flow_to, evidence)
    if first is None or owner.code in sides:
        return None
    if last.flow_from is None:
        return turnover_who(owner.code, sides[1] if sides[0] == first else sides[0], evidence)
    origin, destination = (owner.code if x == first else x for x in (last.flow_from, last.flow_to))
    return directed_who(origin, destination, evidence)
