"""Second thoughts on the trigger nearest an amount (`frame_trigger`), where the sentence says
its flow is another: the aid a participle of supplying describes, a national aid agency that
supplies goods (the side of trade a sentence opens on is `side_words.opened_side`)."""

from __future__ import annotations

import re

from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.side_words import SideWords
from dashboard.extract.trigger_kind import Trigger

_SIDES = ("export", "import")
# Between an aid noun and the participle that describes it: "aid supplied", "assistance that was delivered".
_NOUN_TO_PARTICIPLE = re.compile(r"\s(?:(?:that|which)\s(?:was|were|has\sbeen|have\sbeen|had\sbeen)\s)?")
# Between a subject and its verb: "JICA delivered", "USAID has also supplied".
_SUBJECT_TO_VERB = re.compile(r"\s(?:(?:has|have|had|also|then|later|again)\s){0,2}")


def refined(t: TriggerMention, s: SentenceParts, sides: SideWords) -> TriggerMention:
    """The trigger `t` found nearest the amount, or the one the sentence says the flow is."""
    if t.trigger.lexeme not in _SIDES:
        return t
    return _aid_described(t, s) or _agency_supplies(t, s) or _given_free(t, s) or _counted_whole(t, s, sides) or t


def _counted_whole(t: TriggerMention, s: SentenceParts, sides: SideWords) -> TriggerMention | None:
    """A side's noun in an aside that says what a whole leaves out or counts in ("the trade
    turnover (minus oil exports) was $0.8 bn", "turnover was $0.7 bn and, taking into account
    electricity deliveries, $3 bn"): the flow is the whole named before the aside."""
    m = _counted_aside(t, s, sides)
    if m is None:
        return None
    return next((x for x in reversed(s.triggers) if x.end <= m.start() and not x.trigger.weak and _counted_aside(x, s, sides) is None), None)


def _counted_aside(t: TriggerMention, s: SentenceParts, sides: SideWords) -> re.Match[str] | None:
    return sides.counted_aside.search(s.text, max(0, t.start - 60), t.start)


def _aid_described(t: TriggerMention, s: SentenceParts) -> TriggerMention | None:
    """The aid noun a participle of supplying right after it describes ("the humanitarian aid
    supplied by Uzbekistan to Afghanistan has exceeded $40 m", "relief goods imported into
    Georgia"): the flow is the aid; the participle only says how it moved."""
    if t.trigger.lexeme not in _SIDES or not s.text[t.start : t.end].lower().endswith("ed"):
        return None
    return next(
        (x for x in s.triggers if x.trigger.indicator == "aid" and not x.trigger.weak and _NOUN_TO_PARTICIPLE.fullmatch(s.text, x.end, t.start)),
        None,
    )


def _agency_supplies(t: TriggerMention, s: SentenceParts) -> TriggerMention | None:
    """Goods a national aid agency supplies ("KOICA supplied equipment worth $1.5 m to
    Uzbekistan", "JICA delivered ventilators to Mongolia, totaling $0.4 m"): its country's aid,
    never its exports; the agency is the verb's subject, right before it."""
    if t.trigger.lexeme != "export":
        return None
    subject = next((c for c in reversed(s.countries) if c.end <= t.start), None)
    if subject is None or not subject.agency or not _SUBJECT_TO_VERB.fullmatch(s.text, subject.end, t.start):
        return None
    return TriggerMention(t.start, t.end, Trigger("aid", "aid"), t.text)


# Goods given, not sold: "supplied medicines worth $2 m to Kyrgyzstan as humanitarian aid",
# "delivered equipment to Tajikistan free of charge", "shipped wheat as a gift".
_GIVEN_FREE = re.compile(
    r"\b(?:as\s(?:an?\s)?(?:(?:humanitarian|charitable|emergency|free|gratuitous|non-repayable|technical)\s(?:and\s\w+\s)?){0,2}"
    r"(?:aid|assistance|help|grants?|gifts?|donations?)"
    r"|free\sof\scharge|for\sfree|gratis|gratuitously|on\sa\s(?:grant|gratuitous|free|free-of-charge|non-repayable)\sbasis)\b",
    re.I,
)


def _given_free(t: TriggerMention, s: SentenceParts) -> TriggerMention | None:
    """Goods a country supplies as aid, a grant or a gift, or free of charge: aid, the supplier
    its donor, never its exports. The words say so in the verb's clause, after it or fronted
    before the sentence's subject ("As humanitarian aid, Turkey delivered ...")."""
    if t.trigger.lexeme != "export":
        return None
    clause = s.clause_of(t.start)
    verb = t if t.text.lower().endswith("ed") else _goods_verb(t, s, clause)
    if verb is None:
        return None
    after = _GIVEN_FREE.search(s.text, verb.end, clause[1])
    fronted = _GIVEN_FREE.match(s.text, len(s.text) - len(s.text.lstrip()))
    if after is not None:
        # "exported $9 m to Afghanistan and delivered $1 m as aid": the words are the later verb's
        if any(verb.end <= x.start < after.start() and x.text.lower().endswith("ed") for x in s.triggers):
            return None
    elif fronted is None or fronted.end() > verb.start:
        return None
    return TriggerMention(t.start, t.end, Trigger("aid", "aid"), t.text)


_PASSIVE = re.compile(r"\s(?:was|were|(?:has|have)\sbeen)\s(?:also\s)?$", re.I)


def _goods_verb(t: TriggerMention, s: SentenceParts, clause: tuple[int, int]) -> TriggerMention | None:
    """The verb of supplying whose goods the noun `t` names: before it ("supplied medical supplies
    worth $1 m"), or passive after it ("medical supplies worth $1 m were supplied by Japan");
    never the noun "exports" alone."""
    earlier = [x for x in s.triggers if clause[0] <= x.start and x.end <= t.start]
    later = [x for x in s.triggers if t.end <= x.start < clause[1] and _PASSIVE.search(s.text, max(0, x.start - 25), x.start)]
    for verb in (earlier[-1] if earlier else None, later[0] if later else None):
        if verb is not None and verb.trigger.lexeme == "export" and verb.text.lower().endswith("ed"):
            return verb
    return None
