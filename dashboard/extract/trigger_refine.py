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
    return _aid_described(t, s) or _agency_supplies(t, s) or _counted_whole(t, s, sides) or t


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
