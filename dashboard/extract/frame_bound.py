"""The frames of bound verbs (`Trigger.bound`): a verb that names a flow only where its own
clause names both sides in the roles the verb gives them: the giver as the subject of a verb of
spending, the receiver as the subject of a verb of receiving, the buyer as the subject of "paid"."""

from __future__ import annotations

import re

from dashboard.extract.aid_sponsor import sponsored_by
from dashboard.extract.amount_runs import respective
from dashboard.extract.frame_types import Slots
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity
from dashboard.extract.state_bodies import body_after_adjective, body_of


def bound_sides_named(q: Quantity, t: TriggerMention, slots: Slots, s: SentenceParts) -> bool:
    """Whether the clause of a bound verb names its two sides as the verb asks."""
    if t.trigger.bound == "receiver":
        return _received_from(q, t, slots, s)
    if t.trigger.bound == "payer":
        return _paid_for_goods(q, t, slots, s)
    # ("Japan is channeling $96 m to Azerbaijan": a present participle after "is" is no passive)
    passive = not t.text.endswith("ing") and _PASSIVE.search(s.text, max(0, t.start - 12), t.start) is not None
    if t.trigger.bound == "government" and _paid_after(q, s):
        return False  # "Russia transferred $1.2 bn to Turkmenistan for gas": a payment for goods, no aid
    return _giver_and_receiver_named(slots, s, t.trigger.bound, passive)


def _paid_after(q: Quantity, s: SentenceParts) -> bool:
    """Whether "for" and goods or a service bought follow the amount in its clause ("to Turkmenistan for gas")."""
    end = s.clause_of(q.start)[1]
    return any(_FOR_GOODS.match(s.text, m.start()) or _PAID_FOR.match(s.text, m.start()) for m in _FOR_WORD.finditer(s.text, q.end, end))


# The markers that name a bound verb's sides in its own clause: its subject (a country or its
# agency) or the sponsor it acts with the support of gives, a country after "in", "to", "into" or
# "for" receives.
_BOUND_GIVER = ("role:actor", "role:agency", "role:sponsor")
_BOUND_RECEIVER = ("role:in", "role:to", "role:into", "role:for", "role:helped", "role:in_passive")
_OWN_OBJECT = re.compile(r"\b(?:its|their)\b", re.I)


# A verb of receiving with no noun of a flow ("Moldova will receive $20 m from Italy"): between
# it and the amount only a word of how much ("a total of", "an additional"), never a noun
# ("received goods worth $637 m", "received 1.5 m tourists"); between the amount and the giver
# only a time and "from" ("received $300 m in remittances from Russia", "$6 bn from gas sales to
# China" name another flow).
# ("obtained the first tranche of $30 m from KfW": a part of a loan, received as the loan is).
_RECEIVED_AMOUNT = re.compile(
    r"\s(?:(?:the|a)\s(?:first|second|third|fourth|next|final|last|new)\stranche\sof\s)?"
    r"(?:(?:a\stotal\sof|an?\s(?:additional|extra|further)|another|some|about|around|nearly|almost|over|more\sthan|up\sto)\s)?",
    re.I,
)
# A time right after an amount: "in 2019", "during the first half of 2019", "this year".
_TIME_AFTER_AMOUNT = r",?\s(?:in|during)\s(?:\d{4}|(?:the\s)?(?:first|second|third|fourth|last|past)\s\w+(?:\sof\s(?:\d{4}|this\syear))?)"
# The giver may be a body of its state: "from the Government of Japan", "from the Embassy of Korea".
# A share of the whole in brackets may follow the amount: "attracted $412 m (23.4%) from Turkey".
_SHARE_ASIDE = r"(?:\s?\([^()]{0,30}?\d\s?(?:%|percent|per\scent)[^()]{0,12}\))?"
_AMOUNT_FROM = re.compile(rf"{_SHARE_ASIDE}(?:{_TIME_AFTER_AMOUNT}|\s(?:this|last|next)\syear)?,?\s(?:from)\s(?:the\s)?(?:{body_of()})?", re.I)
# "Turkmenistan received $9 bn from China for its gas", "for the lease of the base": a payment for
# goods or a service is no aid; "received $5 m from Japan for school construction" tells its purpose.
_PAID_FOR = re.compile(r"\s(?:as\s(?:payment|revenue|rent|fees?)|for\s(?:[^\s,;]+\s){0,4}?(?:lease|rent|rental|transit|services?|tolls?|fees?|use)\b)", re.I)


# An earlier amount of the same verb, with its giver, before the next one: "received €55 m from
# the EIB and €30 m from Germany", "got $10 m from Japan, and $5 m from Korea", "attracted $412 m
# from Turkey, $238 m from China and ...".
_FROM_GIVER_AND = re.compile(
    _SHARE_ASIDE + r",?\s(?:from|by)\s(?:the\s)?[A-Z][\w'’.-]*(?:\s(?:[A-Z][\w'’.-]*|of|for|and(?=\s[A-Z])|\([A-Za-z]+\)))*(?:,?\s(?:and|while)(?=\s)|,(?=\s))"
)


# Amounts joined with no giver between share the one named after the last: "will borrow ¥15 bn
# and $195 m from JICA" (a loan in two currencies), "received $10 m and $4 m from Japan".
# ("received €20 m, €15 m and €8 m from Germany, France and Italy, respectively": a comma too)
_AMOUNTS_JOINED = re.compile(r",?\s(?:and|as\swell\sas|plus)(?=\s)|,(?=\s)", re.I)


def _received_right_after(t: TriggerMention, start: int, s: SentenceParts) -> bool:
    """Whether the amount at `start` is the verb's own: right after it, or after a run of the
    verb's earlier amounts, each with its giver or sharing the next one's, joined by "and"."""
    pos = t.end
    for y in s.quantities:
        ys, ye = s.amount_span(y)
        if y.kind != "money" or ys < pos or ye > start:
            continue
        if not _RECEIVED_AMOUNT.fullmatch(s.text, pos, ys):
            return False
        run = _FROM_GIVER_AND.match(s.text, ye) or _AMOUNTS_JOINED.match(s.text, ye)
        if run is None or run.end() > start:
            return False
        pos = run.end()
    return bool(_RECEIVED_AMOUNT.fullmatch(s.text, pos, start))


def _past_joined_amounts(end: int, s: SentenceParts) -> int:
    """The end of the run of money amounts joined to the one that ends at `end`."""
    for y in s.quantities:
        ys, ye = s.amount_span(y)
        joined = _AMOUNTS_JOINED.match(s.text, end) if y.kind == "money" and ys > end else None
        if joined is not None and not s.text[joined.end() : ys].strip():
            end = ye
    return end


def _received_from(q: Quantity, t: TriggerMention, slots: Slots, s: SentenceParts) -> bool:
    """ "Georgia will receive €50 m from the EU": the clause's subject (a country or its agency)
    receives an amount of money right after the verb, and a country, its government or its agency
    named right after the amount, after "from", gives it."""
    start, end = s.amount_span(q)  # "received 1.5 bn yen (about $13 m) from Japan": either amount
    if q.kind != "money" or not _received_right_after(t, start, s):
        return False
    roles = {start: rule for _, start, _, rule in slots.evidence}
    receivers = [c for c in s.countries if roles.get(c.start) == "role:actor" and c.end <= t.start]
    sponsors = [c for c in s.countries if roles.get(c.start) == "role:sponsor" or (roles.get(c.start) == "role:agency" and sponsored_by(s.text, c.start))]
    givers = [c for c in s.countries if roles.get(c.start) in ("role:from", "role:agency") and c.start >= q.end and c not in sponsors]
    if receivers and not givers and sponsors and receivers[0].code != sponsors[0].code:
        # "With the support of Japan, Tajikistan received $3 m": the sponsor of the receiving gives,
        # unless the amount is a payment ("received $9 bn for its gas")
        return not (_PAID_FOR.match(s.text, end) or _FOR_GOODS.match(s.text, end))
    if not receivers or not givers or receivers[0].code == givers[0].code:
        return False
    giver, receiver = givers[0], receivers[0]
    if receiver.adjective and not receiver.agency:
        return False  # "Georgian farmers received": people, not the country
    if giver.adjective and not (giver.agency or body_after_adjective().match(s.text, giver.end)):
        return False  # "from Russian tourists", "from Chinese banks"
    # ("received $612 m and $348 m from Turkey and Japan, respectively": the run's "from" heads the list)
    head = next((c for c in s.countries if c.code and c.start >= end), giver) if respective(q, s) is not None else giver
    return bool(_AMOUNT_FROM.fullmatch(s.text, _past_joined_amounts(end, s), head.start)) and not (_PAID_FOR.match(s.text, giver.end) or _FOR_GOODS.match(s.text, giver.end))


# What a payment buys, when it is goods: "for 36 bcm of gas", "for Turkmen gas", "for imports".
# The goods head their phrase: "for a stake in a Kazakh oil company" buys no oil, nor "for the
# transit of gas" (a service done to another's goods) any gas.
_FOR_GOODS = re.compile(
    r"\sfor\s(?:(?!(?:stakes?|shares?|interest|in|at|on|to|from|with|transit|transportation|transport|storage|pumping)\s)[^\s,;]+\s){0,6}?"
    r"(?:gas|oil|electricity|power|grain|wheat|flour|goods|imports|cotton|coal|fuel|petroleum|uranium|products|supplies)\b"
    r"(?!\s(?:compan|firms?\b|fields?\b|blocks?\b|projects?\b|pipelines?\b|sector|industry|deposits?\b|refiner|plants?\b|assets|stations?\b"
    r"|grids?\b|networks?\b|lines?\b|infrastructure))",  # "for its power grid": what is built, no goods bought
    re.I,
)
# Between the amount and "for": a time, or the one paid after "to" ("$300 m to Russia for power").
_PAID_AMOUNT_GAP = re.compile(rf"(?:{_TIME_AFTER_AMOUNT}|\s(?:this|last)\syear|\sto\s(?:the\s)?[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)*")


def _paid_for_goods(q: Quantity, t: TriggerMention, slots: Slots, s: SentenceParts) -> bool:
    """ "Ukraine paid Turkmenistan about $1.9 bn for 36 bcm of gas": the clause's subject, a
    country, pays an amount of money, right after the verb and the one paid, for goods named right
    after it (a time or "to" the one paid may stand between); the one paid is a country named as
    the verb's object, after "to", or as the goods' adjective ("for Turkmen gas")."""
    if q.kind != "money":
        return False
    roles = {start: rule for _, start, _, rule in slots.evidence}
    payers = [c for c in s.countries if roles.get(c.start) == "role:actor" and c.end <= t.start]
    if not payers or (payers[0].adjective and not payers[0].agency):
        return False  # "Russian firms paid", "Gazprom to pay": no country's purchase
    objects = [c for c in s.countries if t.end <= c.start < q.start]
    gap_start = t.end
    if objects:
        if len(objects) > 1 or not re.fullmatch(r"\s(?:the\s)?", s.text[t.end : objects[0].start]):
            return False
        gap_start = objects[0].end
    if not _RECEIVED_AMOUNT.fullmatch(s.text, gap_start, q.start):
        return False  # "paid wages of $40 m": a noun before the amount names what is paid
    gap = _PAID_AMOUNT_GAP.match(s.text, q.end)
    goods = _FOR_GOODS.match(s.text, gap.end()) if gap is not None else None
    if goods is None:
        return False  # "paid $50 m in debt", "paid $40 m in wages"
    payees = objects + [c for c in s.countries if q.end <= c.start < goods.end()]
    return any(c.code and c.code != payers[0].code for c in payees)


_FOR_WORD = re.compile(r"\sfor\s")
# Right before a bound verb, the auxiliary of its passive: "the project in Tajikistan is financed by Japan".
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s(?:(?:fully|partly|jointly|also)\s)?$", re.I)


def _giver_and_receiver_named(slots: Slots, s: SentenceParts, who_gives: str, passive: bool) -> bool:
    """ "TIKA has spent $41 m in Kyrgyzstan": the giver is the clause's subject, of the kind the
    verb asks (`Trigger.bound`), and the receiver is named after it; in the passive ("the project
    in Tajikistan is financed by Japan") the giver is the one after "by"."""
    def named(slot: str, rules: tuple[str, ...]) -> list[int]:
        return [start for kind, start, _, rule in slots.evidence if kind == slot and rule in rules]

    givers = [c for c in s.countries if c.start in named("origin", ("role:by", "role:agency") if passive else _BOUND_GIVER)]
    if passive:
        givers = [c for c in givers if c.agency or not c.possessive]  # "funded by Russia's VTB Bank": a firm's money
    # ("The Kazakh government earmarked $500 m for roads in Kazakhstan": its own spending, no receiver)
    receivers = [c.start for c in s.countries if c.start in named("destination", _BOUND_RECEIVER) and not (givers and c.code == givers[0].code)]
    if not givers or not receivers or _OWN_OBJECT.search(s.text, givers[0].end, receivers[0]):
        return False  # what the giver spends on its own ("on its military base in Tajikistan") stays its own
    if who_gives == "agency":
        return all(c.agency for c in givers)
    # An adjective names people or firms ("Russian tourists spent"), not a government that gives,
    # unless the government is named after it ("the Japanese government spent").
    return who_gives == "investor" or all(c.agency or not c.adjective or body_after_adjective().match(s.text, c.end) for c in givers)
