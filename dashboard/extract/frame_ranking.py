"""Rankings with no owner: "The top export partner was Azerbaijan", "Russia was the main source of
imports", "Among import partners, Turkey leads", "Turkey remained the top trading partner". The
ranking is the home's (the reporting country's, else the article's): its noun says which side
the ranked countries are on, and the home is the other side."""

from __future__ import annotations

import re
from itertools import pairwise

from dashboard.contract.schema import Figure
from dashboard.extract.countries import CountryMention, find_countries
from dashboard.extract.discourse import WORLD, Discourse
from dashboard.extract.frame_open_slot import home_of_ranking, may_rank, ranking_home, unowned_ranking
from dashboard.extract.gates import holds_any
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention, find_quantities, find_triggers, per_sentence
from dashboard.extract.pattern_shape import first_char_checked_compiled
from dashboard.extract.quantities import Quantity
from dashboard.extract.trigger_kind import Trigger

# The ranked countries send to the home ("import partners", "the main source of imports") or
# receive from it ("the top export partner", "the main destination", "the largest buyer").
_SENDS = re.compile(r"\b(?:imports?\s(?:partners?|sources?|suppliers?)|terms\sof\s(?:[a-z\-]+\s)?imports?|sources?\b|suppliers?|exporters?|investors?|donors?|lenders?)", re.I)
_RECEIVES = re.compile(r"\b(?:exports?\s(?:partners?|markets?|destinations?)|terms\sof\s(?:[a-z\-]+\s)?exports?|destinations?|buyers?|customers?|markets?|importers?)\b", re.I)


@per_sentence
def ranked_side(s: SentenceParts, lex: Lexicon) -> str | None:
    """The slot the ranked countries fill: "origin" for those who send to the home,
    "destination" for those who receive from it; None for "trading partners"."""
    owned = ranking_role(s, lex)
    if owned is not None or ranking_home(s, lex) is not None:
        return owned
    m = unowned_ranking(s, lex)
    if m is None:
        return None
    words = m.group()
    sends, receives = _SENDS.search(words), _RECEIVES.search(words)
    return "origin" if sends and not receives else "destination" if receives and not sends else None


_GOVERNED_RULES = frozenset({"role:from", "role:to", "role:into", "role:in", "role:by"})


def oriented_by_ranking(
    origin: str | None,
    destination: str | None,
    evidence: list[tuple[str, int, int, str]],
    q: Quantity,
    s: SentenceParts,
    d: Discourse,
    lex: Lexicon,
    t: TriggerMention | None = None,
) -> tuple[str | None, str | None]:
    """A directional frame between the ranking's home and a ranked country, turned the way the
    ranking noun says ("The top export partner was Azerbaijan, with exports of $129 m": the
    home's exports to Azerbaijan), unless a preposition names the ranked country's side."""
    side = ranked_side(s, lex)
    home = home_of_ranking(s, d, lex) if side else None
    cs, ce = s.clause_of(q.start)
    if side is None or home is None or None in (origin, destination) or home not in (origin, destination):
        return origin, destination
    if _own_trigger(t, s, lex) and any(c.code == home and cs <= c.start < ce and not _owns_ranking(c, s, lex) for c in s.countries):
        # A home the amount's clause names has its own role there, unless the amount's only
        # flow is the ranking's ("China was the main market for Uzbek fruit with $300 m", "China
        # was the largest source of imports for Kazakhstan": the trigger is the ranking noun's).
        return origin, destination
    ranked = destination if origin == home else origin
    spans = {(c.start, c.end): c.code for c in s.countries if c.code}
    if any(spans.get((a, b)) == ranked and rule in _GOVERNED_RULES for _, a, b, rule in evidence):
        return origin, destination
    return (ranked, home) if side == "origin" else (home, ranked)


def _owns_ranking(c: CountryMention, s: SentenceParts, lex: Lexicon) -> bool:
    """The mention is the ranking noun's owner ("Azerbaijan's largest export market"), which names
    the home, not a role of its own in the flow after it ("..., with exports of $1 bn")."""
    m = lex.ranking_after.match(s.text, c.end) if c.possessive else None
    # (a rank word in it: "Turkish investors", "Japan's investors" rank nothing)
    return m is not None and lex.ranking_unowned.search(m.group()) is not None


def _own_trigger(t: TriggerMention | None, s: SentenceParts, lex: Lexicon) -> bool:
    """The amount has a trigger of its own, outside the ranking noun."""
    if t is None or not t.end:
        return False
    m = _ranking_noun(s, lex)
    return m is None or not (m.start() <= t.start and t.end <= m.end())


@per_sentence
def _ranking_noun(s: SentenceParts, lex: Lexicon) -> re.Match[str] | None:
    """The sentence's first ranking noun (`lex.ranking_unowned`): asked for each of its amounts."""
    return lex.ranking_unowned.search(s.text)


_INDICATOR = {"turnover": "trade_turnover", "export": "exports", "import": "exports", "invest": "investment", "aid": "aid"}


def ranking_trigger(s: SentenceParts, lex: Lexicon, d: Discourse | None = None) -> TriggerMention | None:
    """The flow a ranking speaks of, for a ranked amount with no trigger of its own: "Russia was
    the top partner with $1.35 bn" is trade, "China was the main supplier with $2 bn" imports;
    a bare "partner" after a story of one side of trade is a partner in that side."""
    flow = ranking_flow(s.text, lex)
    if flow is not None and d is not None:
        flow = continued_flow(s.text, flow, d, lex)
    return None if flow is None else TriggerMention(0, 0, Trigger(*flow), "")


# A partner ranked in trade itself, not in a side of it: "the top trading partner".
_TRADE_PARTNER = re.compile(r"\b(?:trad(?:e|ing)|turnover|commercial)\b", re.I)
_SIDES = ("export", "import")


def continued_flow(text: str, flow: tuple[str, str], d: Discourse, lex: Lexicon) -> tuple[str, str]:
    """The flow of a ranking by a bare "partner" ("Iran remained the top partner with $7.9 bn")
    after a story of exports or imports (announced as data, or its lead a country's total): that
    side of trade, which the noun leaves unsaid; any other ranking's own flow."""
    m = lex.ranking_unowned.search(text)
    if flow[1] != "turnover" or m is None or _TRADE_PARTNER.search(m.group()):
        return flow
    if d.ranking_flow is not None and d.ranking_flow[1] in _SIDES:
        return d.ranking_flow
    lead = d.lead
    if lead is None or lead.indicator != "exports" or WORLD not in (lead.country_a, lead.country_b):
        return flow
    return ("exports", "import") if lead.flow_from == WORLD else ("exports", "export")


def ranking_flow(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """The indicator and lexeme of the flow a ranking of `text` ranks by, if it ranks one."""
    if not lex.ranking_gate.search(text):
        return None  # the cheap test first: most sentences rank nothing
    return ranked_flow(text, lex)


def ranked_flow(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """`ranking_flow` of a text that holds a ranking noun (`lex.ranking_gate`): for a caller that
    has asked the gate already, as the article does of every sentence."""
    m = lex.ranking_unowned.search(text)
    if m is None:
        return None
    for pattern, lexeme in lex.ranking_flows:
        if pattern.search(m.group()):
            return _INDICATOR[lexeme], lexeme
    return None


def flow_ranked_by(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """The flow of a ranking by one side of trade ("the share of the top ten partners by exports
    in Georgia's total exports was 77 percent", "The agency ranked the main partners by imports."), which
    heads the list after it as a heading does ("The top partners were China ($205 m), ...") until
    a figure of its own is read; a bare "partners" ranks by no side, and a ranking with an amount
    ("Turkey was the largest investor, followed by the UK with $250 m") is read as a figure's."""
    ranked = ranked_flow(text, lex)
    if ranked is None or ranked[1] == "turnover":
        return None
    return None if any(q.kind == "money" for q in find_quantities(text, lex)) else ranked


def flow_after_ranking(text: str, d: Discourse, lex: Lexicon) -> tuple[str, str] | None:
    """The article's ranking flow after a sentence with a ranking noun: the sentence's own, a bare
    "partner" keeping the side of trade the story is of."""
    ranked = ranked_flow(text, lex)
    return d.ranking_flow if ranked is None else continued_flow(text, ranked, d, lex)


def ranked_list(text: str, d: Discourse, lex: Lexicon) -> tuple[tuple[str, ...], Figure | None] | None:
    """The partners a ranking sentence with no amount lists, in order ("Georgia's main buyers were
    Germany and South Korea."), with the figure last read; a sentence naming other countries
    ends the list before, one naming none ("These two countries accounted for ...") keeps it."""
    named = [c for c in find_countries(text, lex) if c.code]
    if not named:
        return d.ranked_list
    members = [c for c in named if not (c.possessive or c.adjective)]
    # The list is the run the sentence ends on ("the biggest investors in Georgia were Azerbaijan
    # and the Netherlands"): its owner or home before it is no member.
    start = max([0, *(i + 1 for i, (a, b) in enumerate(pairwise(members)) if not _NEXT_LISTED.fullmatch(text, a.end, b.start))])
    codes = tuple(dict.fromkeys(c.code for c in members[start:]))
    if len(codes) < 2 or find_quantities(text, lex):
        return None
    return codes, d.last


# Between two members of a listed ranking: ", ", ", and ", " and the ".
_NEXT_LISTED = re.compile(r",\s(?:and\s)?(?:the\s)?|\sand\s(?:the\s)?")


def placed_trigger(q: Quantity, s: SentenceParts, d: Discourse, lex: Lexicon) -> TriggerMention | None:
    """ "China was second with $1.05 bn", "Iran took third place with $0.4 bn": a place with no
    ranking noun of its own is a place in the article's last ranking, and its amount that
    ranking's flow, whatever figures were read since ("Russia remained Armenia's largest trading
    partner, with turnover of $2.83 bn. Armenian exports to Russia tripled ...")."""
    if d.ranking_flow is None:
        return None
    before = [c for c in s.countries if c.code and c.end <= q.start]
    if not before or lex.ranking_place.search(s.text[before[-1].end : q.start]) is None:
        return None
    return TriggerMention(0, 0, Trigger(*d.ranking_flow), "")


# A sentence that announces a release of one flow's data: "Mongolia's statistics office has
# published export data for the first half of 2009", "released its foreign trade figures".
# Or in the passive: "Tajikistan's foreign trade data for 2019 were published on Monday".
_RELEASE = first_char_checked_compiled(
    r"\b(?:published|released|issued|posted|presented|announced)\b[^.;]{0,60}?\b(?:data|statistics|figures|results)\b"
    r"|\b(?:data|statistics|figures|results)\b[^.;]{0,50}?\b(?:were|was|have\sbeen|has\sbeen)\s(?:published|released|issued|posted|presented|announced)\b",
    re.I,
)
_RELEASE_WORDS = ("data", "statistics", "figures", "results")


def release_flow(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """The flow a sentence announces data of, which the places of a ranking with no noun after it
    rank by ("Turkey ranked first with $2.45 bn, followed by Italy ($640 m)")."""
    # Asked of every sentence: a plain loop of substring tests (`holds_any`), where any() over a
    # generator cost three times as much.
    if not holds_any(text, _RELEASE_WORDS) or _RELEASE.search(text) is None:
        return None
    return heading_flow(text, lex)


def heading_flow(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """The flow a heading opens a list of: its ranking's ("The main import partners were:"), else
    its own flow word's ("Exports went mainly to the following countries:")."""
    ranked = ranked_flow(text, lex) if lex.ranking_gate.search(text) else None
    triggers = find_triggers(text, lex)
    # A bare "partners" ranks by no side: a heading's own flow word says which ("Exports of
    # Georgia to its main partners (million USD):", "Armenia's imports from main trading partners:").
    if ranked is not None and not (ranked[1] == "turnover" and triggers and triggers[0].trigger.indicator == "exports"):
        return ranked
    if triggers:
        return triggers[0].trigger.indicator, triggers[0].trigger.lexeme
    return _owned_heading_flow(text, lex)


# A heading that is a country's ranking noun with no rank word, and at most a time after it:
# "Armenia's trade partners in January-September 2018:", "Georgia's suppliers in 2023:" (never a
# quote's opener: "Georgia's partners in Europe said:").
_HEADING_OWNER = re.compile(r"(?:the\s)?(?:[A-Z][\w\-]*\s){0,2}[A-Z][\w\-]*(?=['’]s?\s)")
_HEADING_TAIL = re.compile(r"(?:,?\s(?:in|for|during|by|over)\s(?:(?!said|told|noted|stated|added|say|says)[^.;:])*|\s(?:last|this)\s(?:year|quarter|month))?:", re.I)


def _owned_heading_flow(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """The flow of a heading's owned ranking with no rank word, by its noun ("suppliers": imports)."""
    owner = _HEADING_OWNER.match(text)
    noun = lex.ranking_after.match(text, owner.end()) if owner is not None else None
    if noun is None or _HEADING_TAIL.fullmatch(text, noun.end()) is None:
        return None
    for pattern, lexeme in lex.ranking_flows:
        if pattern.search(noun.group()):
            return _INDICATOR[lexeme], lexeme
    return None


# The ranking's agent noun says which side the ranked countries are on: "the exporter countries
# into Georgia", "Armenia's biggest supplier" (they send to its owner); "the importers of
# Kazakh goods", "Uzbekistan's main markets" (they receive from it). "partners" says neither.
# "Kazakhstan's largest import partner" sends to it, "its export partners" receive from it.
_RANKED_SENDS = re.compile(r"\b(?:exporter|exporting|supplier|supplying|selling|investor|investing|donor|lender|lending|sources?|imports?\spartner|partners?\s(?:by|in)\simports?)", re.I)
_RANKED_RECEIVES = re.compile(r"\b(?:importer|importing|buyer|buying|customer|markets?\b|destinations?\b|exports?\spartner|partners?\s(?:by|in)\sexports?)", re.I)


def ranking_role(s: SentenceParts, lex: Lexicon) -> str | None:
    """The slot the ranked countries fill against the ranking's owner: "origin" when the ranking
    noun names those who send ("exporters into Georgia"), "destination" those who receive."""
    if not may_rank(s, lex):
        return None
    for c in s.countries:
        if not c.code:
            continue
        m = lex.ranking_after.match(s.text, c.end) if c.possessive or c.adjective else None
        words = m.group() if m else None
        if words is None:
            b = lex.ranking_before.search(s.text, max(0, c.start - 80), c.start)
            # the noun before a bare "countries into": "the exporter countries into Georgia"
            words = s.text[max(0, b.start() - 12) : b.end()] if b else None
        if words is not None:
            sends, receives = _RANKED_SENDS.search(words), _RANKED_RECEIVES.search(words)
            return "origin" if sends and not receives else "destination" if receives and not sends else None
    return None
