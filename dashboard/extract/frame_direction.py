"""Direction and voice: the country that owns or does a flow (its subject or possessive, or
the owner a preposition names: "exports from Kazakhstan"), and when that country receives
rather than gives ("Georgia attracted investment", imports, inward investment)."""

from __future__ import annotations

import re
from itertools import pairwise

from dashboard.extract.countries import CountryMention
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity


def receiving_voice(s: SentenceParts, start: int, own_from: int, q: Quantity, t: TriggerMention, lex: Lexicon) -> bool:
    """A verb of receiving between the subject and the trigger ("Georgia attracted investment"),
    unless another amount of money stands between it and this one, whose verb it is: "purchasing
    goods from China ..., with $8.4 bn in imports compared to $1.9 bn in exports"."""
    voice = lex.receiving.search(s.text, max(start, own_from), t.start)
    # The flow nouns around: a weak trigger is a verb ("received"), the voice itself.
    nouns = [x for x in s.triggers if not x.trigger.weak]
    if voice is not None and any(x.start <= voice.start() < x.end and _coordinated(x, t, s) for x in nouns):
        voice = None  # "imports from and exports to Turkey": the other flow's noun, not this one's verb
    if voice is not None and voice.end() <= q.start and q.end <= t.start and any(x.start <= voice.start() < x.end for x in nouns):
        voice = None  # "$5.3 bn accounted for imports, $1.8 bn for exports": an earlier amount's flow noun
    if voice is None and (inflow := lex.receiving_after.match(s.text, t.end)) is not None and not host_named_after(inflow.end(), s):
        voice = inflow
    if voice is None and t.trigger.lexeme in ("invest", "aid"):
        voice = lex.voice.expecting.search(s.text, max(start, own_from), t.start)  # "Armenia is expecting investment"
    if voice is None or (t.trigger.lexeme == "export" and _EARNED_FROM.fullmatch(s.text, q.end, t.start)):
        return False  # "received $6 bn from gas sales to China": money earned by what the subject sells
    between = [y for y in s.quantities if y is not q and y.kind == "money" and voice.end() <= y.start and y.end <= min(t.start, q.start)]
    return not (q.kind == "money" and between and not _run_with(between, q, s) and not _told_on(q, t, s))


# Between the amounts of one run: "$1.2 bn and $1.4 bn", "$410 m, $520 m and $630 m".
_RUN_JOIN = re.compile(r"\s?(?:,\s?(?:and\s)?|and\s)")


def _run_with(before: list[Quantity], q: Quantity, s: SentenceParts) -> bool:
    """Whether the amounts between a verb and `q` make one run with it ("Georgia attracted $1.2 bn
    and $1.4 bn of investment in 2021 and 2022"): the verb's amounts all, not another's."""
    chain = [*before, q]
    return all(_RUN_JOIN.fullmatch(s.text, a.end, b.start) for a, b in pairwise(chain))


# After a flow's noun, up to the next amount of the same verb, with no verb of its own: its time
# and a comma or "and", then that amount's time and bound ("attracted $1.5 bn in FDI in 2008 and
# $2 bn in 2007", "attracted $1.5 bn of FDI, in 2007 more than $2 bn").
_TOLD_ON = re.compile(
    r"(?:\s(?:(?:in|during|for)\s[^,;:.$€£\d]{0,24}(?:(?:19|20)\d\d)?|(?:last|this|a)\syear(?:\searlier)?))?(?:,\s?(?:and\s)?|\sand\s)"
    r"(?:(?:in|during|for)\s[^,;:.$€£\d]{0,24}(?:(?:19|20)\d\d)?,?\s)?"
    r"(?:(?:about|around|almost|nearly|some|over|more\sthan|less\sthan|under|another|a\sfurther)\s)?",
    re.I,
)


def _told_on(q: Quantity, t: TriggerMention, s: SentenceParts) -> bool:
    """Whether an amount after the flow's noun goes on the verb's list past it, the amounts before
    the noun its own: "Georgia attracted $1.5 bn in FDI in 2008, in 2007 more than $2 bn, in 2006
    $1 bn" (the verb of receiving is each later amount's too)."""
    if q.start < t.end:
        return False
    ends = [t.end, *(y.end for y in s.quantities if y.kind == "money" and t.end <= y.start and y.end <= q.start)]
    starts = [*(y.start for y in s.quantities if y.kind == "money" and t.end <= y.start and y.end <= q.start), q.start]
    return all(_TOLD_ON.fullmatch(s.text, a, b) is not None for a, b in zip(ends, starts, strict=True))


def host_named_after(end: int, s: SentenceParts) -> bool:
    """A host named right after an inflow's noun ("Italian FDI inflow into Kazakhstan", "Chinese
    investment inflows to Uzbekistan"): the flow's owner sends it, it is not the one it flows into."""
    return any(c.code and end < c.start <= end + 16 and s.preposition(c, end) in _HOST_PREPOSITIONS for c in s.countries)


_HOST_PREPOSITIONS = frozenset({"in", "into", "to"})


def goods_bought(c: CountryMention, t: TriggerMention, s: SentenceParts, lex: Lexicon) -> bool:
    """Whether an adjective before a passive verb of buying names the goods bought, not the
    buyer: "Turkish goods worth $2 bn were imported by Azerbaijan" (the buyer is after "by")."""
    return c.end < t.start - 10 and bool(lex.passive_before.search(s.text, max(0, t.start - 8), t.start))


def sells_first(c: CountryMention, marker: str, t: TriggerMention, s: SentenceParts, lex: Lexicon) -> bool:
    """Whether a country before a flow is its seller where its marker alone would make it the buyer:
    "Turkish goods worth $2 bn were bought by Azerbaijan" (`goods_bought`), "Kazakhstan's import
    to Azerbaijan" (an owner's import noun with where the goods went right after it), "Turkey
    ranks first in exports to Azerbaijan" (a ranked partner of exports named with their destination)."""
    lexeme = t.trigger.lexeme
    if marker == "actor" and lexeme == "import":
        return (c.adjective and goods_bought(c, t, s, lex)) or ((c.possessive or c.adjective) and _sent_to(t, s, lex))
    return marker == "ranked" and lexeme == "export" and _sent_to(t, s, lex)


def _sent_to(t: TriggerMention, s: SentenceParts, lex: Lexicon) -> bool:
    sent = lex.import_sent.match(s.text, t.end)
    return sent is not None and any(x.start == sent.end() and x.code for x in s.countries)


# Between an amount and the sale it was earned by: "received $2 bn from the export of gold".
_EARNED_FROM = re.compile(r"\s(?:in\s(?:revenues?|earnings)\s)?from\s(?:the\s)?(?:[a-z]+\s)?", re.I)
# Between two flow nouns that share the country after them: "imports from and exports to".
_SHARED_OBJECT = re.compile(r"\s(?:from|to|into|with),?\sand\s")
# Between two coordinated flow nouns, each with its own partner or none: "imports from Iran and
# exports to Iran", "imports and exports", "imports from China and its exports".
_JOINED_FLOWS = re.compile(r"(?:\s(?:from|to|into|with)\s[^,;:()$€\d]{1,40}?)?,?\s(?:and|as\swell\sas)\s(?:its\s|their\s)?", re.I)


def _coordinated(x: TriggerMention, t: TriggerMention, s: SentenceParts) -> bool:
    """Whether flow noun x is coordinated with trigger t, so that its word of receiving
    ("imports") is x's own and says nothing of t: "Armenia's imports from Iran and exports to Iran"."""
    return bool(_SHARED_OBJECT.fullmatch(s.text, x.end, t.start) or _JOINED_FLOWS.fullmatch(s.text, x.end, t.start))


def sentence_owner(s: SentenceParts, t: TriggerMention) -> CountryMention | None:
    """The country that owns the sentence's first flow: its possessive, adjective or subject."""
    limit = min(s.clause_of(t.start)[0], t.start) if s.clause_of(t.start)[0] > 0 else t.start
    # ("Russia is mainly a supplier: Azerbaijan imported ... and exported $480 m": a statement
    # before a colon that opens the flows is another's)
    first = s.triggers[0].start if s.triggers else t.start
    opened = max(s.text.rfind(": ", 0, first), s.text.rfind("; ", 0, first))
    for c in s.countries:
        if c.start < opened:
            continue
        if c.start >= limit or not c.code:
            break
        if c.adjective and _GOODS_AFTER.match(s.text, c.end) and _first_flow(t, s):
            continue  # "demand for Chinese goods in Kazakhstan ...": where the goods come from (`goods_made`)
        if c.possessive or c.adjective or s.preposition(c, 0) is None:
            return c
    return _counter_flow_owner(s, t)


def _counter_flow_owner(s: SentenceParts, t: TriggerMention) -> CountryMention | None:
    """The country whose flow an earlier clause told by its side ("exports from Kazakhstan to
    Belarus doubled, while imports rose 1.5 times"; "imports into Georgia grew, while exports
    fell"): a later clause's other flow, with no country of its own, is that country's too."""
    start = s.clause_of(t.start)[0]
    if start <= 0 or t.trigger.lexeme not in _SIDE_WORD or any(start <= c.start < t.start for c in s.countries):
        return None
    other = next(iter(set(_SIDE_WORD) - {t.trigger.lexeme}))
    for x in s.triggers:
        if x.end > start:
            break
        m = _SIDE_WORD[other].match(s.text, x.end) if x.trigger.lexeme == other else None
        if m is not None:
            return next((c for c in s.countries if c.code and c.start == m.end()), None)
    return None


# The preposition right after a flow's noun that names the country whose flow it is: exports
# "from" their country, imports "to" or "into" it.
_SIDE_WORD = {
    "export": re.compile(r"(?:\s(?:of\s)?(?:goods|products))?\sfrom\s(?:the\s)?", re.I),
    "import": re.compile(r"(?:\s(?:of\s)?(?:goods|products))?\s(?:to|into)\s(?:the\s)?", re.I),
}


def goods_made(s: SentenceParts, t: TriggerMention) -> tuple[CountryMention, CountryMention | None] | None:
    """The country a flow's goods were made in, by its adjective before the flow's noun, and the
    country they are sold in, when a preposition right after the goods names it: "Turkish
    goods keep selling well in Georgia, and imports rose 9%" is Turkey's exports to Georgia,
    whoever's imports the noun says they are."""
    limit = min(s.clause_of(t.start)[0], t.start) if s.clause_of(t.start)[0] > 0 else t.start
    made = next((c for c in s.countries if c.code and c.adjective and c.end < limit and _GOODS_AFTER.match(s.text, c.end)), None)
    if made is None or not _first_flow(t, s):
        return None
    m = _GOODS_AFTER.match(s.text, made.end)
    assert m is not None
    market = next((c for c in s.countries if c.code and c.code != made.code and c.start == m.end()), None)
    return made, market


def _first_flow(t: TriggerMention, s: SentenceParts) -> bool:
    """Whether no other flow is named before this one: "the export of Uzbek goods to Kazakhstan
    ..., and imports from Russia ..." names the goods of the export, and the import's owner."""
    return not any(x.start < t.start for x in s.triggers if x is not t)


# Goods right after a country's adjective, and where they are sold: the adjective says where
# they were made, whoever buys them ("Turkish products in Georgia", "Japanese goods to Mongolia").
_GOODS_AFTER = re.compile(r"\s(?:goods|products|produce|commodities|merchandise)\b(?:\s(?:in|on|to|into)\s(?:the\s)?(?:markets?\sof\s(?:the\s)?)?)?", re.I)


def actor_codes(s: SentenceParts, evidence: tuple[tuple[str, int, int, str], ...], lexeme: str = "") -> list[tuple[str, str]]:
    """The countries that own or do a frame's flow: its subject or possessive, and the owner a
    preposition names ("investments from China", "exports from Kazakhstan"): a list after it
    ("followed by Canada ($230 m)") varies this one."""
    rules = _ACTOR_RULES.get(lexeme, _SUBJECT_RULES)
    wanted = [(a, b, rule) for _, a, b, rule in evidence if rule in rules]
    if not wanted:
        return []
    spans = {(c.start, c.end): c.code for c in s.countries if c.code}
    owned = [(spans[(a, b)], rule) for a, b, rule in wanted if (a, b) in spans]
    # The subject first, then an owner a preposition names.
    return [x for x in owned if x[1] in _SUBJECT_RULES] + [x for x in owned if x[1] not in _SUBJECT_RULES]


def home_receives(lexeme: str, t: TriggerMention, s: SentenceParts, lex: Lexicon) -> bool:
    """Whether a flow that names no country is the home's inflow: its imports; "foreign direct
    investment", "investment inflows" (not "outward investment", "investments abroad")."""
    if lexeme == "import":
        return True
    if lexeme in ("aid", "invest") and (
        lex.receiving.search(s.text, s.clause_of(t.start)[0], t.start) or lex.voice.expecting.search(s.text, s.clause_of(t.start)[0], t.start)
    ):
        return True  # "the republic has received grants of $9 m", "is expecting investment of $1.5 bn": the home receives
    return lexeme in ("invest", "aid") and flow_cue(t, s, lex) == "in"


def flow_cue(t: TriggerMention, s: SentenceParts, lex: Lexicon, q: Quantity | None = None) -> str | None:
    """Which way an investment or an aid goes by the words around it and its amount: "out"
    ("investments abroad", "invested $64 m outside the country", "outward", "sent $2 m in aid to
    other countries"), "in" ("foreign direct investment", "inflows", "received aid worth $5 m from
    other countries"), else None."""
    lexeme = t.trigger.lexeme
    if lexeme not in ("invest", "aid"):
        return None
    cs, ce = s.clause_of(t.start)
    end = max(t.end, q.end) if q is not None and q.start >= t.end else t.end
    near = s.text[max(cs, t.start - 30) : min(ce, end + 30)]
    if lexeme == "aid":
        # ("from abroad" before "abroad": what comes from abroad comes in)
        sides = lex.sides
        return "in" if sides.aid_inward.search(near) else "out" if sides.aid_outward.search(near) else None
    return "out" if lex.outward.search(near) else "in" if lex.inward.search(near) else None


OWNER_PREPOSITIONS = {"export": {"role:from"}, "import": {"role:to", "role:into"}}
_LIST_OWNER_PREPOSITIONS = {**OWNER_PREPOSITIONS, "invest": {"role:from"}, "aid": {"role:from"}}
# (A ranked partner is the subject a list after it varies: "Azerbaijan took first place, with
# exports worth $550 m, followed by Russia with $430 m".)
_SUBJECT_RULES = frozenset({"role:actor", "sentence-owner", "role:ranked"})
_ACTOR_RULES = {lexeme: _SUBJECT_RULES | rules for lexeme, rules in _LIST_OWNER_PREPOSITIONS.items()}


def pair_donor(pair: tuple[str, str] | None, lex: Lexicon) -> str | None:
    """The giver of an aid no word of its sentence gives or receives, in a story of a donor (a
    country of `[donors]`) and a country that is none: the donor ("the Commission will add
    €5 m in emergency assistance", in a story of the EU and Armenia)."""
    if pair is None or (pair[0] in lex.donors) == (pair[1] in lex.donors):
        return None
    return pair[0] if pair[0] in lex.donors else pair[1]


# Between an investment's noun and its host: "investments in Turkey", "investment into the UAE".
_HOST_AFTER = re.compile(r"\s(?:in|into)\s(?:the\s)?")


def host_named(code: str, s: SentenceParts) -> bool:
    """Whether the sentence names `code` as the host of an investment ("the company's investments
    in Turkey will grow: 'so far they have reached $12 bn'"): a lone country so named hosts the
    amount's investment too, in whichever clause its own noun stands."""
    hosts = (c for c in s.countries if c.code == code)
    return any(x.trigger.lexeme == "invest" and _HOST_AFTER.fullmatch(s.text, x.end, c.start) for c in hosts for x in s.triggers)
