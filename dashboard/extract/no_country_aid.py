"""Amounts of aid that are no country's flow: what a lender of many countries gives or lends
("the IMF disbursed a $280 m loan to Armenia", "..., and the IsDB will add $80 m"), and a loan
paid back ("will repay Switzerland a loan of $150 m")."""

from __future__ import annotations

import functools
import re
from re import Pattern

from dashboard.extract.aid_sponsor import sponsored_by
from dashboard.extract.gated_pattern import gated
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity
from dashboard.extract.rule_files import rules_file

# A loan paid back: "will repay Switzerland a loan of $5 m", "repaid $20 m of the loan to China".
# A verb, not the noun: "with a repayment period of 40 years" describes the loan given.
# (its words asked of the clause first: few hold one)
_REPAID = gated(re.compile(r"\b(?:repa(?:y|ys|id|ying)|pa(?:y|ys|id|ying)\s(?:back|off))\b", re.I))


def repaid(q: Quantity, t: TriggerMention, s: SentenceParts) -> bool:
    """Whether the amount's clause pays a loan back, before the amount: debt service, not aid."""
    cs = s.clause_of(min(q.start, t.start) if t.end else q.start)[0]
    return _REPAID.search(s.text, min(cs, s.clause_of(q.start)[0]), q.start) is not None


# Between a lender and the amount it names as its own: "the World Bank (GEL 98.6 m)", "the EBRD - $40 m".
_LENDERS_OWN = re.compile(r"\s?(?:\(|[-–—:])\s?(?:(?:about|some|around|nearly|over)\s)?")
# The opening of a coordinated clause up to its subject: ", and the ", "; while ".
_CLAUSE_SUBJECT = re.compile(r"[,;]?\s(?:(?:and|while|but|whereas)\s)?(?:the\s)?")


# A relative clause set off between a lender and its verb: "the EBRD, where Germany is a major
# shareholder, has invested": the country inside it is no actor of the verb.
_ASIDE_TO_VERB = re.compile(r",\s(?:where|which|whose|in\swhich|of\swhich|among\swhose)\b[^,;()]*,\s(?:(?:has|have|had|also|already|so\sfar)\s)*")


@functools.cache
def _agreement_with() -> Pattern[str]:
    """An agreement's noun, a few words, and "with", right before the lender (`[multilateral] agreements`)."""
    nouns = rules_file("countries.toml")["multilateral"]["agreements"]
    return re.compile(rf"\b(?:{'|'.join(nouns)})\b(?:\s[^\s;]+){{0,6}}?\swith\s(?:the\s)?$", re.I)


@functools.cache
def _channel_before() -> Pattern[str]:
    """A word of passing through right before a body's name (`[multilateral] channels`)."""
    words = rules_file("countries.toml")["multilateral"]["channels"]
    return re.compile(rf"\b(?:{'|'.join(words)})\s(?:the\s)?$", re.I)


def _bodies_acting(lex: Lexicon, text: str, start: int, end: int) -> list[re.Match[str]]:
    """The bodies of many named between start and end, but those named as a country's channel."""
    return [m for m in lex.multilateral.finditer(text, start, end) if not _channel_before().search(text, max(0, m.start() - 20), m.start())]


def multilateral_acts(q: Quantity, t: TriggerMention, s: SentenceParts, lex: Lexicon) -> bool:
    """A lender of many countries gives or lends the amount: the subject of its clause ("the IMF
    disbursed $280 m", "..., and the IsDB will add $380 m"; not "USAID provided the WFP with
    $20 m"), after "from" / "by" right after the amount or before its first ("a loan from the
    World Bank"; not "€55 m from the EIB and €30 m from Germany" for the second), or naming the
    loan between its amount and its noun ("a $30 m IMF loan")."""
    if any(c.code and sponsored_by(s.text, c.start) for c in s.countries):
        return False  # "With the support of Japan, UNDP handed over ...": the body is the sponsor's channel
    start, end = s.amount_span(q)
    if t.end and t.start < start and any(_ASIDE_TO_VERB.fullmatch(s.text, m.end(), t.start) for m in _bodies_acting(lex, s.text, max(0, t.start - 120), t.start)):
        return True
    cs, ce = s.clause_of(min(q.start, t.start) if t.end else q.start)
    own_start, own_end = s.clause_of(q.start)
    for m in _bodies_acting(lex, s.text, min(cs, own_start), max(ce, own_end)):
        if re.search(r"\b(?:from|by)\s(?:the\s)?$", s.text[max(cs, m.start() - 12) : m.start()]) or _agreement_with().search(
            s.text, max(cs, m.start() - 80), m.start()
        ):
            # Its amount is the last before it in the clause, else the first after it.
            money = [y for y in s.quantities if y.kind == "money" and min(cs, own_start) <= y.start]
            before = [y for y in money if y.end <= m.start()]
            after = [y for y in money if y.start >= m.end()]
            owner = before[-1] if before else (after[0] if after else None)
            if owner is not None and s.amount_span(owner) == (start, end):
                return True
        elif m.start() < min(q.start, t.start) or (t.end <= own_start and _CLAUSE_SUBJECT.fullmatch(s.text, own_start, m.start())):
            return True
        if end <= m.start() and m.end() <= t.start:
            return True
        if _LENDERS_OWN.fullmatch(s.text, m.end(), start):
            return True  # "from the ADB (GEL 145 m), the World Bank (GEL 99 m) and ...": each lender's own
    return False


# From a lender to the verb of receiving its relative clause says it did: ", which has also received".
_WHICH_RECEIVED = re.compile(r",?\s(?:which|that)\s(?:(?:has|have|had|also|already|recently)\s)*$", re.I)


def multilateral_receives(t: TriggerMention, s: SentenceParts, lex: Lexicon) -> bool:
    """Whether a verb of receiving is told of a lender of many countries in a relative clause
    ("delivered through the WFP, which has also received $5 m from Russia"): money for no
    country, which no other flow of the sentence may claim."""
    return any(_WHICH_RECEIVED.fullmatch(s.text, m.end(), t.start) for m in lex.multilateral.finditer(s.text, max(0, t.start - 80), t.start))


# A name and a dash right before an amount, as a list of givers writes it ("..., the Aga Khan
# Foundation – $2 m, Caritas – $400,000"): capitalised words, small words between them.
_NAMED_LABEL = re.compile(
    r"(?:^|[,;:]\s|\s(?:and|while)\s)(?:the\s)?(?P<name>[A-Z][\w'’.&-]*(?:\s(?:(?:and|of|the|for|without|de|sans)\s)*[A-Z][\w'’.&-]*){0,6})"
    r"\s?[–—-]\s?(?:(?:about|some|around|nearly|over|almost)\s)?$"
)


def organisation_own(q: Quantity, s: SentenceParts) -> bool:
    """Whether a name that is no country's ("Red Cross Society – $600,000", "Doctors Without
    Borders – $40,000") labels the amount in a list of givers: the amount is that body's, no
    flow of a country, whatever pair the story is of. A country, an agency, a flow's word or a
    month so labelling it ("Japan – $3 m", "JICA – $2 m", "Exports – $5 m", "March – $1 m") is none."""
    start = s.amount_span(q)[0]
    # (the dash ends a clause: the label is read from the amount before, or the sentence's start)
    cs = max((y.end for y in s.quantities if y.end <= start), default=0)
    m = _NAMED_LABEL.search(s.text[cs:start])
    if m is None:
        return False
    a, b = cs + m.start("name"), cs + m.end("name")
    spans = [*((c.start, c.end) for c in s.countries), *((t.start, t.end) for t in s.triggers), *((x.start, x.end) for x in s.times)]
    return not any(x < b and a < y for x, y in spans)


# Givers named only as many: "International donors pledged", "development partners have
# committed", "the international community promised". Their total holds lenders of many
# countries with the countries' own, so it is no country's flow (not even the world's, which
# would leave out the banks); "from international donors", the world's inflow, is not read here.
_MANY_GIVERS = re.compile(
    r"(?:^|[,;:–—-]\s|\b(?:and|while|but|as)\s)(?:(?:the|its|other)\s)?(?:(?:international|foreign|western|bilateral|multilateral)\s)?"
    r"(?:donors|donor\s(?:countries|nations|community|governments)|(?:development|international)\spartners|international\scommunity)"
    r"(?:\s(?:and\s(?:lenders|creditors)|have|has|had|also|together|jointly|collectively|already|so\sfar)){0,3}\s$",
    re.I,
)


def many_givers(q: Quantity, t: TriggerMention, s: SentenceParts) -> bool:
    """Whether the amount's giving verb has givers named only as many for its subject, right
    before the verb ("Donors pledge $1.1 bn to Kyrgyzstan"), with no country between the verb
    and the amount."""
    if not t.end or t.start > q.start or any(c.code and t.end <= c.start < q.start for c in s.countries):
        return False
    return _MANY_GIVERS.search(s.text, max(0, t.start - 80), t.start) is not None
