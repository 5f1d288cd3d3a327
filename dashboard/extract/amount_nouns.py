"""The noun that names an amount's flow from right after it: "$500 m in investment", "$9 m in
Moldovan exports and $40 m in imports", "a $10 m grant and a $20 m loan"."""

from __future__ import annotations

import re

from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity

# Between an amount and the noun that names its flow: "$500 m in investment", "$2.1 bn of FDI".
NOUN_AFTER_AMOUNT = re.compile(r"\s(?:in|of|as|on|worth\sof)\s(?:the\s)?(?:form\sof\s)?(?:(?!which\b|whom\b)\w+\s)?")
# An amount set before its noun as a modifier: "a $20 m loan", "and €5 m grant".
_PREMODIFIER = re.compile(r"\s")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|and)\s(?:[$€£¥]|US\$)?$", re.I)


def noun_after(q: Quantity, s: SentenceParts) -> TriggerMention | None:
    """The flow's noun right after an amount: "$500 m in investment", "$2 bn of Georgian exports"."""
    end = s.amount_span(q)[1]  # "provided 1.5 bn yen (about $13 m) in grants": past the conversion
    return next((x for x in s.triggers if x.start >= end and (NOUN_AFTER_AMOUNT.fullmatch(s.text, end, x.start) or _bracket_label(x, end, s))), None)


# A rate set before its noun of change, then the flow it changed: "a 50 percent surge in Armenian
# exports to China", "a 30% drop in the country's imports" (up to two words of owner between).
_CHANGE_IN = re.compile(
    r"\s(?:growth|increase|rise|jump|surge|gain|hike|decline|decrease|drop|fall|reduction|contraction|slump|plunge)\s(?:in|of)\s(?:the\s)?(?:[\w'’-]+\s){0,2}?",
    re.I,
)


def changed_flow_after(q: Quantity, s: SentenceParts) -> TriggerMention | None:
    """The flow a rate is the change of, named after its noun of change ("rose 2% on a 50 percent
    surge in exports to China"): that flow's, not the one the clause opened with."""
    if q.kind == "money":
        return None
    end = s.amount_span(q)[1]
    return next((x for x in s.triggers if x.start >= end and not x.trigger.weak and _CHANGE_IN.fullmatch(s.text, end, x.start)), None)


# "$612 m (exports) and $348 m (imports)": the flow's noun alone in a bracket right after its amount.
_LABEL_OPEN = re.compile(r"\s?\(")


def _bracket_label(x: TriggerMention, end: int, s: SentenceParts) -> bool:
    return not x.trigger.weak and s.text.startswith(")", x.end) and _LABEL_OPEN.fullmatch(s.text, end, x.start) is not None


def parallel_trigger(q: Quantity, t: TriggerMention, s: SentenceParts) -> TriggerMention | None:
    """ "$214 m amounted to exports of goods and $86.5 m to imports of machinery": a trigger after
    the amount, in the same words as the one before it follows its own amount, is this one's."""
    own = [y for y in s.quantities if y.end <= t.start and y is not q]
    if not own:
        return None
    link = s.text[own[-1].end : t.start].rstrip()
    for x in s.triggers:
        if x.start < q.end or x.start - q.end > 12:
            continue
        words = s.text[q.end : x.start].strip()
        if words and link.endswith(" " + words) and words.isalpha():
            return x
        if NOUN_AFTER_AMOUNT.fullmatch(s.text, own[-1].end, t.start) and NOUN_AFTER_AMOUNT.fullmatch(s.text, q.end, x.start):
            return x  # "$9 m in Moldovan exports and $40 m in imports": each amount's noun after it
    return None


def premodified_noun(q: Quantity, before: list[TriggerMention], s: SentenceParts) -> TriggerMention | None:
    """ "received a $10 m grant and a $20 m loan from Kuwait": where the flow's noun before an
    amount is an earlier amount's own, modified by it as this one modifies the noun right after
    it, that noun names this amount (and the voice of the clause, receiving, is both's)."""
    if not before:
        return None
    start, end = s.amount_span(q)
    if not _ARTICLE_BEFORE.search(s.text, max(0, start - 8), start):
        return None
    own = next((x for x in s.triggers if x.start >= end and _PREMODIFIER.fullmatch(s.text, end, x.start) and not x.trigger.weak), None)
    if own is None:
        return None
    t = before[-1]
    modified = any(y is not q and y.end <= t.start and _PREMODIFIER.fullmatch(s.text, s.amount_span(y)[1], t.start) for y in s.quantities)
    if modified and not t.trigger.weak:
        return own
    # "imports from Turkey hit $394.8 m, making for a $2 bn trade volume": an amount that modifies a
    # noun of another flow, whose phrase ends there, is that flow's sum, not the clause's flow's
    # (nor a verb's of giving: "giving a $860 m trade turnover"); an article, not "and", before it
    # ("$120 m was exports from Kazakhstan and $180 m imports": a gapped part, doubted elsewhere).
    attributive = _INDEFINITE_BEFORE.search(s.text, max(0, start - 8), start) and _PHRASE_ENDS.match(s.text, own.end)
    return own if attributive and own.trigger.lexeme != t.trigger.lexeme else None


# After a flow's noun that an amount modifies, the end of its noun phrase: "a $2 bn trade volume."
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s(?:[$€£¥]|US\$)?$", re.I)
_PHRASE_ENDS = re.compile(r"\s?(?:[,.;:)]|$)|\s(?:of|with|between|in|for|last|this|that|and|while)\b")


# Between a giving verb's amount and a noun of another measure that names it: "$60 m in subsidies".
_IN_AFTER = re.compile(r"\sin\s(?:the\s)?")
_ONE_WORD = re.compile(r"[\w-]+\s")
# A measure's noun that names aid all the same: "$3 m in debt relief", "in budget support"; and
# wages a donor pays ("provided $2 m in salaries for teachers in Afghanistan").
_AID_ALL_THE_SAME = re.compile(r"\s(?:relief|support|forgiveness|cancell?ation|write-offs?|swaps?)\b", re.I)
_PAID_FOR = re.compile(r"(?:salar|wage)", re.I)


def other_measure_after(q: Quantity, s: SentenceParts, lex: Lexicon) -> bool:
    """A noun of another measure names the amount right after it: "the government provided $60 m
    in subsidies to farmers", "will provide producers with $12 m in state subsidies" -- money
    spent at home, not given, though its verb is one of giving; with no country named after it."""
    at = _IN_AFTER.match(s.text, s.amount_span(q)[1])
    if at is None or any(at.end() <= c.start < s.clause_of(q.start)[1] for c in s.countries):
        return False  # ("Japan provided $20 m in subsidies to Mongolian farmers": given abroad)
    for pos in (at.end(), (w.end() if (w := _ONE_WORD.match(s.text, at.end())) else -1)):
        m = lex.blockers.match(s.text, pos) if pos >= 0 and not _PAID_FOR.match(s.text, pos) else None
        if m is not None and not _AID_ALL_THE_SAME.match(s.text, m.end()):
            return True
    return False


def names_other_thing(q: Quantity, s: SentenceParts, lex: Lexicon) -> bool:
    """The amount set right before another thing's noun, one word between at most: "a $30 m
    contract", "a $300 m construction deal" -- that thing's value, no flow's."""
    end = s.amount_span(q)[1]
    if not s.text.startswith(" ", end):
        return False
    pos = end + 1
    for at in (pos, (w.end() if (w := _ONE_WORD.match(s.text, pos)) else -1)):
        if at >= 0 and lex.blockers.match(s.text, at) and not _PAID_FOR.match(s.text, at):
            return True
    return False
