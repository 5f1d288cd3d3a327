"""Frames: a trigger with its slots (origin, destination, partner), filled from the countries
around it by the role table of `rules/frames.toml`. A list or coordination ("followed by China
($1.4 bn), Azerbaijan ($956 m)") copies its head frame once per conjunct, and each conjunct
fills the slot the head left open."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from dashboard.contract.schema import Figure
from dashboard.extract.countries import CountryMention
from dashboard.extract.discourse import WORLD, Discourse
from dashboard.extract.lexicon import Lexicon, Trigger
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity

# "15 million tons worth $9.5 billion": the amount is the value of the goods, not the tonnage.
_VALUE_OF = re.compile(r"\b(?:worth|valued\sat|value\sof|in\svalue|totall?ing)\b", re.I)
_LABEL_GAP = re.compile(r"[\s\-–—:;,]*$")
# Between an owner and the noun it owns: "Japanese direct investment", "Azerbaijan's total exports".
_MODIFIER_GAP = re.compile(r"^(?:['’]s)?(?:\s(?:[a-z]+|-))?(?:\s[a-z]+)?\s?$")
_QUALIFIER_WORD = re.compile(
    r"(?:over|more\sthan|about|around|almost|nearly|approximately|some|under|less\sthan|up\sto|roughly)\s?$", re.I
)
_OF_FAR = 25  # "of" further than this after a trigger governs another noun


@dataclass
class Slots:
    """Who fills a frame, with the words that filled each slot (sentence offsets)."""

    origin: list[str] = field(default_factory=list)
    destination: list[str] = field(default_factory=list)
    partner: list[str] = field(default_factory=list)  # named without a direction
    evidence: list[tuple[str, int, int, str]] = field(default_factory=list)
    floor: int = 0  # countries before it belong to another clause ("X will be granted ... and Y will be")

    def put(self, slot: str, code: str, c: CountryMention, marker: str) -> None:
        if slot == "skip":
            return
        getattr(self, slot).append(code)
        self.evidence.append((slot, c.start, c.end, f"role:{marker}"))


@dataclass(frozen=True)
class Who:
    """A frame's countries, resolved: the sorted pair, the direction, and the evidence."""

    pair: tuple[str, str]
    origin: str | None
    destination: str | None
    evidence: tuple[tuple[str, int, int, str], ...]
    actor: str | None = None  # the country that owns or does the flow, when one does
    anchor: str | None = None  # a list's fixed country, which its next conjuncts keep


# ------------------------------------------------------------------ which trigger


def _blocked(s: SentenceParts, start: int, end: int, lex: Lexicon) -> bool:
    """A blocker noun stands between, and the amount is not stated as its value."""
    last = None
    for last in lex.blockers.finditer(s.text, start, end):  # noqa: B007 - the last one counts
        pass
    return last is not None and not _VALUE_OF.search(s.text, last.end(), end)


def trigger_for(q: Quantity, s: SentenceParts, lex: Lexicon) -> TriggerMention | None:
    """The trigger an amount belongs to: the nearest before it in its clause, else just after
    it in the clause, else the nearest in an earlier clause; never across a blocker noun."""
    cs, ce = s.clause_of(q.start)
    before = [t for t in s.triggers if cs <= t.start and t.end <= q.start]
    run = respective(q, s)
    if run is not None:
        i, amounts = run
        heads = [t for t in before if t.end <= amounts[0].start]
        if len(heads) == len(amounts) and len({t.trigger.lexeme for t in heads}) > 1:
            return heads[i]  # "exports to B and imports from B were $X and $Y, respectively"
    if before:
        t = before[-1]
        if t.trigger.weak:
            named = next((x for x in s.triggers if x.start >= q.end and _NOUN_AFTER_AMOUNT.fullmatch(s.text, q.end, x.start)), None)
            if named is not None:
                return named  # "provided $500 m in investment": the noun names the flow
        parallel = _parallel_trigger(q, t, s)
        if parallel is not None:
            return parallel
        return None if _blocked(s, t.end, q.start, lex) else t
    if _LABEL_GAP.match(s.text, cs, q.start):
        # "exports - $23.5 bn, imports - $11.1 bn": the amount after a dash is the label's.
        earlier = [t for t in s.triggers if t.end <= cs]
        if earlier:
            return None if _blocked(s, earlier[-1].end, q.start, lex) else earlier[-1]
    after = [t for t in s.triggers if q.end <= t.start < min(ce, q.end + 80)]
    if after and not _heads_own_amount(after[0], q, s):
        t = after[0]
        return None if _blocked(s, q.end, t.start, lex) else t
    earlier = [t for t in s.triggers if t.end <= cs]
    if earlier:
        t = earlier[-1]
        return None if _blocked(s, t.end, q.start, lex) else t
    return None


_NOUN_AFTER_AMOUNT = re.compile(r"\s(?:in|of|as|worth\sof)\s(?:the\s)?(?:form\sof\s)?(?:\w+\s)?")


def _heads_own_amount(t: TriggerMention, q: Quantity, s: SentenceParts) -> bool:
    """ "Russia - $230 m, exports to Kazakhstan amounted to $187.7 m": a trigger after an amount
    that is nearer the next amount, which follows it, is that amount's."""
    nxt = next((y for y in s.quantities if y.start >= t.end), None)
    return nxt is not None and ("," in s.text[q.end : t.start] or nxt.start - t.end < t.start - q.end)


_RUN_JOIN = re.compile(r"\s?(?:,\s?(?:and\s)?|and\s)(?:(?:about|around|almost|nearly|over|some)\s)?$")
_RESPECTIVELY = re.compile(r"^[^.;]{0,40}?\brespectively\b", re.I)


def respective(q: Quantity, s: SentenceParts) -> tuple[int, list[Quantity]] | None:
    """ "... amounted to $45 m and $78 m, respectively": this amount's place in its run of
    coordinated amounts, and the run, when "respectively" closes it."""
    money = [y for y in s.quantities if y.kind == q.kind]
    if q not in money or "respectively" not in s.text:
        return None
    k = money.index(q)
    lo = k
    while lo > 0 and _RUN_JOIN.fullmatch(s.text, money[lo - 1].end, money[lo].start):
        lo -= 1
    hi = k
    while hi + 1 < len(money) and _RUN_JOIN.fullmatch(s.text, money[hi].end, money[hi + 1].start):
        hi += 1
    if hi == lo or not _RESPECTIVELY.match(s.text[money[hi].end :]):
        return None
    return k - lo, money[lo : hi + 1]


def _parallel_trigger(q: Quantity, t: TriggerMention, s: SentenceParts) -> TriggerMention | None:
    """ "$188 m amounted to export of goods and $119.3 m to import of products": a trigger after
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
    return None


# ------------------------------------------------------------------ lists and coordination


_GOVERNED = re.compile(r"^\s(?:from|to|into|with|of|in)\s(?:the\s)?$", re.I)


def conjunct_of(q: Quantity, s: SentenceParts, lex: Lexicon) -> CountryMention | None:
    """The country a list binds to this amount: "China ($1.4 bn)", "Norway - 387 m manats",
    "to Italy $9.1 bn", "Kyrgyzstan took second place with $22.7 bn"."""
    before = [c for c in s.countries if c.code and c.end <= q.start and q.start - c.end <= 40]
    if not before:
        return None
    c = before[-1]
    gap = s.text[c.end : q.start]
    if lex.giving_before.search(s.text, max(0, c.start - 30), c.start):
        return None  # "provided Uzbekistan with 1.3 trillion yen": the one given to, not a list
    if any(t.end <= c.start and _GOVERNED.match(s.text[t.end : c.start]) for t in s.triggers):
        return None  # "and imports from Turkmenistan - $6.8 m": a slot of its own trigger
    for pattern, needs_preposition, after_owner in lex.conjunct_gaps:
        if c.possessive and not after_owner:
            continue  # "Japan's exports ..." owns a frame of its own, unless a label follows it
        m = pattern.match(gap)
        if m is None:
            continue
        rest = gap[m.end() :]
        if rest and not _QUALIFIER_WORD.fullmatch(rest):
            continue
        if needs_preposition and s.preposition(c, 0) not in ("to", "with", "from", "in", "into", "for", "by"):
            continue
        return c
    return None


# ------------------------------------------------------------------ between whom


def _marker(
    c: CountryMention, t: TriggerMention, s: SentenceParts, lex: Lexicon, floor: int, q: Quantity
) -> str:
    """What governs a country, as the role table names it."""
    side_floor = floor if c.start < t.start else t.end
    p = s.preposition(c, side_floor)
    if c.start < t.start:
        if p is not None:
            return p
        return "adjective" if (c.adjective or c.possessive) else "none"
    if p == "of" and c.start - t.end > _OF_FAR:
        return "of_far"
    if p == "of" and c.adjective:
        return "of_adjective"
    if p is not None:
        return p
    if c.adjective:
        return "company" if lex.company_after.match(s.text, c.end) else "adjective"
    if t.trigger.lexeme == "aid" and c.start < q.start:
        return "none_before_amount"  # "provided Azerbaijan with loans"
    return "none"


# Right before a trigger that is a verb: "will grant", "to provide", "has invested".
_VERB_BEFORE = re.compile(r"\b(?:will|would|shall|to|has|have|had|can|could|may|plans\sto|agreed\sto)\s$", re.I)
# Between a passive's subject and its verb: "Ukraine will be allocated", "Georgia was granted".
_PASSIVE_SUBJECT_GAP = re.compile(r"^\s(?:(?:will|would|shall|has|have|had|is|are|was|were|to)\s)*(?:be|been|being|is|are|was|were)\s$")


def fill_slots(
    q: Quantity, t: TriggerMention, s: SentenceParts, lex: Lexicon, refs: dict[int, str], skip: frozenset[int] = frozenset()
) -> Slots:
    """The slots of a trigger's frame, filled from the countries of its clause by the role table."""
    # A trigger from an earlier clause lends its indicator, not that clause's countries.
    cs, ce = s.clause_of(q.start) if t.end <= s.clause_of(q.start)[0] else s.clause_of(min(q.start, t.start))
    later = [x.start for x in s.triggers if x.start > max(q.end, t.end) and x.start < ce]
    window_end = later[0] if later else ce
    lexeme = t.trigger.lexeme
    table = lex.roles[lexeme]
    # The one who acts: the owner right before the trigger ("Japan's investment", "Chinese
    # investment"), else the first country before it that no preposition governs.
    before = [c for c in s.countries if cs <= c.start < t.start and c.code and c.start not in skip]
    owners = [c for c in before if (c.adjective or c.possessive) and _MODIFIER_GAP.match(s.text[c.end : t.start])]
    bare = [c for c in before if s.preposition(c, cs) in (None, "and") and not (c.adjective and lex.people_after.match(s.text, c.end))]
    given_to = [c for c in bare if lex.giving_before.search(s.text, max(cs, c.start - 30), c.start)]
    bare = [c for c in bare if c not in given_to]
    passive = bool(bare) and bool(_PASSIVE_SUBJECT_GAP.match(s.text[bare[-1].end : t.start]))
    # "Ukraine will be allocated €40 m": the subject of a passive, right before it, receives.
    actor = owners[-1] if owners else (bare[-1] if passive else bare[0] if bare else None)
    if not owners and not passive and len(bare) > 1 and _VERB_BEFORE.search(s.text, max(cs, t.start - 12), t.start):
        # "... signed an agreement under which Japan will grant Georgia 100 m yen": the subject
        # of a verb is the country nearest before it, not the first of the sentence.
        actor = bare[-1]
    own_from = _own_phrase_start(q, t, s, cs)
    # The voice is the verb of this phrase, not of an earlier conjunct's ("imported ... and exported").
    receives = actor is not None and (passive or _receiving_voice(s, actor.end if actor else 0, own_from, q, t, lex))
    slots = Slots(floor=actor.start if passive and actor is not None else 0)
    respective_skip = _respective_countries(q, t, s, actor)
    for c in s.countries:
        if not (slots.floor <= c.start and cs <= c.start < window_end) or c.start in skip:
            continue
        if c.start in respective_skip:
            continue  # "exports to Japan and Turkmenistan were $45 m and $78 m, respectively"
        if c is not actor and c not in given_to and c.start < own_from:
            continue  # governed in an earlier conjunct's phrase: that frame's, not this one's
        code = c.code or refs.get(c.start, "")
        if not code:
            continue
        side = "before" if c.start < t.start else "after"
        if c in given_to:
            marker = "object"
        elif c is actor:
            marker = "actor"
        else:
            marker = _marker(c, t, s, lex, cs, q)
        slot = table[side].get(marker, table[side].get("default", "skip"))
        if marker == "actor" and receives and slot == "origin":
            slot = "destination"  # "Georgia attracted investment": the actor receives
        if c.agency and lexeme in ("aid", "invest"):
            slot, marker = "origin", "agency"  # "Georgia and USAID signed a $67 m grant": the agency gives
        slots.put(slot, code, c, marker)
    agencies = {code for slot, a, _, rule in slots.evidence if rule == "role:agency" for code in [s_code(s, a)]}
    if agencies and actor is not None and actor.code not in agencies and actor.code in slots.origin:
        # The agency gives; the other party to its loan or grant receives it.
        slots.origin.remove(actor.code)
        slots.destination.insert(0, actor.code)
    return slots


def _from_origin(q: Quantity, slots: Slots, s: SentenceParts) -> str | None:
    """The origin a "from" names, when the actor is also read as one: the "from" nearest after
    the amount, else the last before it."""
    spans = {(c.start, c.end): c.code for c in s.countries if c.code}
    actors = [a for slot, a, _, rule in slots.evidence if slot == "origin" and rule == "role:actor"]
    froms = [(a, spans.get((a, b))) for slot, a, b, rule in slots.evidence if slot == "origin" and rule in ("role:from", "role:agency")]
    if not froms or not (actors or len({code for _, code in froms}) > 1):
        return None
    after = [code for a, code in froms if a >= q.end]
    before = [code for a, code in froms if a < q.start]
    return after[0] if after else (before[-1] if before else None)


def _respective_countries(q: Quantity, t: TriggerMention, s: SentenceParts, actor: CountryMention | None) -> frozenset[int]:
    """The coordinated countries after a trigger that belong to the other amounts of a run
    closed by "respectively": every one but this amount's."""
    run = respective(q, s)
    if run is None:
        return frozenset()
    i, amounts = run
    named = [c for c in s.countries if c.code and t.end <= c.start < amounts[0].start and c is not actor]
    if len(named) != len(amounts):
        return frozenset()
    return frozenset(c.start for j, c in enumerate(named) if j != i)


def _receiving_voice(s: SentenceParts, start: int, own_from: int, q: Quantity, t: TriggerMention, lex: Lexicon) -> bool:
    """A verb of receiving between the subject and the trigger ("Georgia attracted investment"),
    unless another amount of money stands between it and this one, whose verb it is: "purchasing
    goods from China ..., with $11.2 bn in imports compared to $2.5 bn in exports"."""
    voice = lex.receiving.search(s.text, max(start, own_from), t.start)
    if voice is None:
        return False
    return not (q.kind == "money" and any(
        y is not q and y.kind == "money" and voice.end() <= y.start and y.end <= min(t.start, q.start) for y in s.quantities
    ))  # fmt: skip


def _own_phrase_start(q: Quantity, t: TriggerMention, s: SentenceParts, cs: int) -> int:
    """Where a coordinated verb phrase begins: "France imported goods worth €10 m from Laos and
    exported €90 m to it" - the second verb shares the subject, never the first one's "from".
    It begins at the end of the last amount before this trigger that an earlier trigger of the
    clause governs; 0 when there is none (a single phrase)."""
    if t.start <= cs or q.start < t.start:
        return 0
    earlier = [x for x in s.triggers if cs <= x.start and x.end <= t.start]
    if not earlier:
        return 0
    own = [y for y in s.quantities if earlier[0].end <= y.start and y.end <= t.start]
    if not own:
        return 0
    joins = list(_COORDINATOR.finditer(s.text, own[-1].end, t.start))
    return joins[-1].start() if joins else own[-1].end


_COORDINATOR = re.compile(r"\b(?:and|while|whereas|but)\b|[,;]")


def s_code(s: SentenceParts, start: int) -> str:
    """The code of the country mention that starts at `start`."""
    return next((c.code for c in s.countries if c.start == start), "")


def resolve_refs(s: SentenceParts, home: str | None = None) -> dict[int, str]:
    """ "from it": the last country named before it in the sentence that is not the subject.
    "this country", "the republic": the last country named before it that fills no slot of its
    phrase, else the article's home ("232 million dollars was invested in this country")."""
    resolved: dict[int, str] = {}
    for i, c in enumerate(s.countries):
        if c.code:
            continue
        named = [x.code for x in s.countries[:i] if x.code]
        if any(w in s.text[c.start : c.end] for w in ("country", "republic")):
            # Never a country that already fills a slot of its phrase ("exports to Russia from
            # the republic"); else the last one named before it, else the article's home.
            cs = max([s.clause_of(c.start)[0], *(y.end for y in s.quantities if y.end <= c.start)])
            own = {x.code for x in s.countries[:i] if x.code and x.start >= cs and s.preposition(x, cs) in ("to", "from", "into", "with")}
            candidates = [x for x in named if x not in own]
            if candidates:
                resolved[c.start] = candidates[-1]
            elif home and home not in own:
                resolved[c.start] = home
        elif len(set(named)) >= 2:
            resolved[c.start] = named[-1]
    return resolved


def _sorted(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _who(origin: str | None, destination: str | None, evidence: list[tuple[str, int, int, str]]) -> Who | None:
    if origin is None or destination is None or origin == destination:
        return None
    return Who(_sorted(origin, destination), origin, destination, tuple(evidence))


def _turnover(a: str, b: str, evidence: list[tuple[str, int, int, str]]) -> Who | None:
    return None if a == b else Who(_sorted(a, b), None, None, tuple(evidence))


def _sentence_owner(s: SentenceParts, t: TriggerMention) -> CountryMention | None:
    """The country that owns the sentence's first flow: its possessive, adjective or subject."""
    limit = min(s.clause_of(t.start)[0], t.start) if s.clause_of(t.start)[0] > 0 else t.start
    for c in s.countries:
        if c.start >= limit or not c.code:
            break
        if c.possessive or c.adjective or s.preposition(c, 0) is None:
            return c
    return None


def _is_world(t: TriggerMention, s: SentenceParts, lex: Lexicon, q: Quantity, cue: re.Pattern[str] | None = None) -> bool:
    """ "foreign trade", "total investments", "trade of Armenia with the world"."""
    if s.clause_of(t.start) != s.clause_of(q.start):
        return False
    cue = cue or lex.world
    cs = s.clause_of(t.start)[0]
    between = cue.search(s.text, t.end, q.start) if t.end <= q.start and q.start - t.end <= 80 else None
    return bool(cue.search(t.text)) or bool(cue.search(s.text, max(cs, t.start - 25), t.start)) or bool(between)


def who_for(
    q: Quantity, t: TriggerMention, s: SentenceParts, d: Discourse, refs: dict[int, str], lex: Lexicon
) -> Who | None:
    """The pair and direction of an amount's frame, from its slots, its list, and the discourse."""
    conjunct = conjunct_of(q, s, lex)
    if conjunct is not None:
        return _conjunct_who(q, t, conjunct, s, d, refs, lex)
    if not t.end and d.topic is not None and d.topic.pair is not None and not s.names_country_before(q.start):
        # "The trade turnover between Armenia and Iran is growing. It has been around $307 m"
        return Who(d.topic.pair, None, None, (("pair", -1, -1, "discourse:topic"),))
    if not t.end and not any(c.code for c in s.countries) and d.last is not None:
        # "This figure is 23.6% higher ($3.8 bn a year earlier)": the last figure's frame.
        last = d.last
        return Who((last.country_a, last.country_b), last.flow_from, last.flow_to, (("pair", -1, -1, "discourse:previous-figure"),))
    if t.end and lex.group_side.search(s.text, s.clause_of(min(t.start, q.start))[0], max(t.end, q.start)):
        # "trade between China and the countries of the region", "the CIS countries account
        # for 45.1%, or $2.2 bn": a group of countries, no pair
        return None
    if t.trigger.lexeme != "turnover" and _joint_actors(t, s) and not any(c.agency for c in s.countries):
        return None  # "Japan and Korea invested $900 m": two countries' flows in one amount
    who = _who_from_slots(q, t, s, d, refs, lex)
    if who is None:
        return None
    actors = [code for code, rule in _actor_codes(s, who.evidence, t.trigger.lexeme)]
    return Who(who.pair, who.origin, who.destination, who.evidence, actors[0] if actors else None, who.anchor)


_JOINT = re.compile(r"^\s(?:and|&)\s(?:the\s)?$")


def _joint_actors(t: TriggerMention, s: SentenceParts) -> bool:
    """Two countries joined by "and" as the subject of a flow, right before its trigger."""
    cs = s.clause_of(t.start)[0]
    before = [c for c in s.countries if c.code and cs <= c.start < t.start and s.preposition(c, cs) in (None, "and")]
    for a, b in pairwise(before):
        if a.code != b.code and _JOINT.match(s.text[a.end : b.start]) and not s.text[b.end : t.start].strip().startswith(("'", "’")):
            between = s.text[b.end : t.start]
            return len(between) < 16 and "between" not in s.text[max(cs, a.start - 12) : a.start]
    return False


def _actor_codes(s: SentenceParts, evidence: tuple[tuple[str, int, int, str], ...], lexeme: str = "") -> list[tuple[str, str]]:
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


def _who_from_slots(
    q: Quantity, t: TriggerMention, s: SentenceParts, d: Discourse, refs: dict[int, str], lex: Lexicon
) -> Who | None:
    # The countries a list binds to their own amounts are not this frame's.
    conjuncts = s.conjuncts
    slots = fill_slots(q, t, s, lex, refs, skip=conjuncts)
    lexeme = t.trigger.lexeme
    origin = slots.origin[0] if slots.origin else None
    from_origin = _from_origin(q, slots, s)
    if from_origin is not None and origin != from_origin and lexeme in ("aid", "invest"):
        # "Uzbekistan signed a loan of €40 m from KfW and €30 m from AFD": what comes "from"
        # someone is received by the subject; each amount's own "from" is the one after it.
        if not slots.destination and origin is not None:
            slots.destination.append(origin)
        origin = from_origin
    destination = next((x for x in slots.destination if x != origin), None)
    named = list(dict.fromkeys([*slots.origin, *slots.destination, *slots.partner]))
    sentence_codes = list(dict.fromkeys(c.code for c in s.countries if c.code and c.start not in conjuncts and c.start >= slots.floor))
    evidence = list(slots.evidence)
    bilateral = bool(lex.bilateral.search(s.text))
    last = d.last
    # "foreign trade turnover was $34.6 bn, of which exports - $23.5 bn": a breakdown that
    # names no partner stays with the world total it breaks down.
    breakdown_of_world = not named and last is not None and WORLD in (last.country_a, last.country_b)
    world = breakdown_of_world or _is_world(t, s, lex, q)

    if lexeme == "turnover":
        codes = named if (named and world) else (named or sentence_codes)
        if len(codes) >= 2:
            return _turnover(codes[0], codes[1], evidence)
        if len(codes) == 1:
            slot = OpenSlot(q, t, s, d, lex, codes[0], False, named, sentence_codes, world, bilateral, evidence)
            partner = fill_open_slot(slot, lex.partner_slot_order, PARTNER_FILLERS)
            return None if partner is None else _turnover(codes[0], partner, evidence)
        if d.pair and not world:
            return _turnover(d.pair[0], d.pair[1], [("pair", -1, -1, "discourse:article-pair")])
        if world and d.home and lex.home_reference.search(s.text, 0, t.start + len(t.text)):
            return _turnover(d.home, WORLD, [("pair", -1, -1, "discourse:home")])  # "the country's foreign trade"
        if world and d.home:
            return _turnover(d.home, WORLD, [("pair", -1, -1, "discourse:home-world-total")])
        return None

    # Directional: fill the missing side from the sentence, the article's pair or the world.
    breakdown = bool(lex.breakdown.search(s.text)) or d.last_in_sentence
    if origin is None and destination is None and not named and not sentence_codes and last is not None and breakdown and (
        last.indicator == "trade_turnover" or (d.last_in_sentence and last.indicator == "exports" and WORLD not in (last.country_a, last.country_b))
    ):
        # "Of these, $188 m were exports and $119 m imports": a breakdown of the turnover before,
        # between its pair, which the sentence's earlier part of it carries.
        pair = (last.country_a, last.country_b)
        home = d.home if d.home in pair else (pair[0] if WORLD in pair[1:] else (pair[1] if pair[0] == WORLD else None))
        if home is not None:
            away = next(c for c in pair if c != home)
            evidence.append(("pair", -1, -1, "discourse:breakdown-of-last"))
            return _who(away, home, evidence) if _home_receives(lexeme, t, s, lex) else _who(home, away, evidence)
    if origin is None and destination is None and not named:
        # "Turkey's exports ... , while imports were $0.9 bn": the owner carries over.
        owner = _sentence_owner(s, t)
        if owner is not None:
            if lexeme == "import" or _receiving_voice(s, owner.end, 0, q, t, lex):
                destination = owner.code
            else:
                origin = owner.code
            evidence.append(("destination" if destination else "origin", owner.start, owner.end, "sentence-owner"))
    if origin is None and destination is None:
        others = named or sentence_codes
        if len(others) >= 2:
            return _who(others[0], others[1], evidence)
        if len(others) == 1:
            if lexeme == "import":
                destination = others[0]
            else:
                origin = others[0]
        elif d.home and (world or (d.pair and d.home in d.pair)):
            home = d.home
            # The pair's flow while the article speaks of the pair (the figure before is between
            # them); the home's total with the world once it has moved on to other partners.
            pair_flow = last is None or (last.country_a in d.pair and last.country_b in d.pair) if d.pair else False
            away = WORLD if world or d.pair is None or not pair_flow else next(c for c in d.pair if c != d.home)
            evidence.append(("pair", -1, -1, "discourse:home"))
            return _who(away, home, evidence) if _home_receives(lexeme, t, s, lex) else _who(home, away, evidence)
        elif d.home and (last is None or last.indicator != "trade_turnover"):
            # "In January-October 2019, exports of goods amounted to $961 m": the home's own flow.
            evidence.append(("pair", -1, -1, "discourse:home-world-total"))
            return _who(WORLD, d.home, evidence) if _home_receives(lexeme, t, s, lex) else _who(d.home, WORLD, evidence)
        else:
            return None
    known = origin or destination
    assert known is not None
    if origin is None or destination is None:
        slot = OpenSlot(q, t, s, d, lex, known, origin is None, named, sentence_codes, world, bilateral, evidence)
        other = fill_open_slot(slot)
        if other is None:
            return None
        origin, destination = (origin, other) if origin else (other, destination)
    return _who(origin, destination, evidence)


@dataclass(frozen=True)
class OpenSlot:
    """A directional frame with one side known and the other open, and what may fill it."""

    q: Quantity
    t: TriggerMention
    s: SentenceParts
    d: Discourse
    lex: Lexicon
    known: str
    origin_open: bool
    named: list[str]  # the frame's own countries, in its window
    sentence_codes: list[str]  # the sentence's countries that no list binds
    world: bool  # a world cue: "foreign trade", "total investments"
    bilateral: bool  # a pair cue: "the two countries", "bilateral"
    evidence: list[tuple[str, int, int, str]]


# The code (None for "nobody") and the evidence entry the filler records, if any.
Filler = tuple[str | None, tuple[str, int, int, str] | None]


def _from_window(f: OpenSlot) -> Filler | None:
    """Another country of the frame's own window: "exports from Georgia to Italy"."""
    others = [c for c in f.named if c != f.known]
    return (others[0], None) if others else None


def _from_ranking(f: OpenSlot) -> Filler | None:
    """The owner of a ranking in the sentence: "Georgia's biggest trade partner"."""
    ranked = ranking_home(f.s, f.lex)
    return (ranked, None) if ranked and ranked != f.known else None


def _from_world_cue(f: OpenSlot) -> Filler | None:
    """A world cue: "foreign trade", "with all countries"."""
    return (WORLD, None) if f.world else None


def _from_gapped_clause(f: OpenSlot) -> Filler | None:
    """ "Japanese investment into Azerbaijan was $45 m, while China invested $78 m": the clause
    that repeats a flow with a new subject keeps the earlier clause's host."""
    gapped = _gapped_slot(f.known, f.origin_open, f.t, f.s)
    return (gapped, ("partner", -1, -1, "gapped-slot")) if gapped is not None else None


def _from_reporter(f: OpenSlot) -> Filler | None:
    """ "Exports to Russia were $1.9 bn, while exports to the UAE were $1.1 bn" in Armenia's
    report: another clause's country is not this flow's partner; the reporting country is."""
    reporter = f.d.reporter
    if not reporter or reporter == f.known:
        return None
    cs, ce = f.s.clause_of(f.q.start)
    in_clause = [c for c in f.s.countries if c.code and cs <= c.start < ce and c.code != f.known and c.start not in f.s.conjuncts]
    return None if in_clause else (reporter, ("partner", -1, -1, "discourse:reporter"))


def _from_article_ranking(f: OpenSlot) -> Filler | None:
    """The country the article ranks partners of ("the countries importing Georgian products"),
    for a ranked partner's flow with no partner of its own: "Next comes Turkey, which imported
    USD 74 mln of products"."""
    home = f.d.ranking_home
    return (home, ("partner", -1, -1, "discourse:ranking-home")) if home and home != f.known else None


def _from_sentence(f: OpenSlot) -> Filler | None:
    """Another country of the sentence."""
    others = [c for c in f.sentence_codes if c != f.known]
    return (others[0], None) if others else None


def _from_weak_world_cue(f: OpenSlot) -> Filler | None:
    """ "total direct investments made in Georgia", no partner named: the world."""
    return (WORLD, None) if _is_world(f.t, f.s, f.lex, f.q, f.lex.world_weak) else None


def _from_agentless_passive(f: OpenSlot) -> Filler | None:
    """ "$232 m was invested in Georgia": no investor named, everyone's."""
    passive = f.lex.passive_before.search(f.s.text, max(0, f.t.start - 8), f.t.start)
    return (WORLD, None) if f.origin_open and f.t.trigger.lexeme == "invest" and passive else None


def _from_discourse(f: OpenSlot) -> Filler | None:
    """What the article has established: the pair, the home, the figure before (`Discourse.partner_of`)."""
    lexeme = f.t.trigger.lexeme
    # The flow's owner: its subject or possessive, "exports of A", "exports from A", "imports
    # to A" - each says whose flow it is, with no partner named.
    owner_roles = {"role:actor", "sentence-owner", "role:of"} | _OWNER_PREPOSITIONS.get(lexeme, set())
    acts = any(rule in owner_roles for _, _, _, rule in f.evidence)
    part = (f.q.value, f.q.unit) if f.q.kind == "money" else None
    other = f.d.partner_of(f.known, bilateral=f.bilateral, acts=acts, lexeme=lexeme, gives=not f.origin_open, part=part)
    return other, ("partner", -1, -1, "discourse" if other != WORLD else "discourse:world")


OPEN_SLOT_FILLERS: dict[str, Callable[[OpenSlot], Filler | None]] = {
    "window": _from_window,
    "ranking": _from_ranking,
    "world-cue": _from_world_cue,
    "gapped-clause": _from_gapped_clause,
    "reporter": _from_reporter,
    "article-ranking": _from_article_ranking,
    "sentence": _from_sentence,
    "weak-world-cue": _from_weak_world_cue,
    "agentless-passive": _from_agentless_passive,
    "discourse": _from_discourse,
}


def _partner_with_home(f: OpenSlot) -> Filler | None:
    """ "Foreign trade turnover with the EU was $193 m" in Georgia's report: the home's trade
    with the partner "with" names, not the partner's with the world."""
    home = f.d.reporter or f.d.home
    if f.world and home and home != f.known and _governed(f.known, f.s, ("with",)) and not _governed(home, f.s, ("with",)):
        return home, ("partner", -1, -1, "discourse:home-with")
    return None


def _partner_in_report(f: OpenSlot) -> Filler | None:
    """ "Kazakhstan's foreign trade reached $140 bn. China accounted for 21.9% of the total, with
    trade of $31.5 bn": a country's trade that breaks down the report's world total, with no world
    word of its own, is with the reporting country."""
    reporter = f.d.reporter
    if f.world and reporter and reporter != f.known and not _is_world(f.t, f.s, f.lex, f.q):
        return reporter, ("partner", -1, -1, "discourse:reporter")
    return None


def _partner_world_cue(f: OpenSlot) -> Filler | None:
    """ "Georgia's foreign trade turnover": its total with the world."""
    return (WORLD, ("partner", f.t.start, f.t.end, "world-cue")) if f.world else None


def _partner_ranking(f: OpenSlot) -> Filler | None:
    """ "Uzbekistan's main trading partners: China ...": the ranking's owner."""
    ranked = ranking_home(f.s, f.lex)
    return (ranked, ("partner", -1, -1, "ranking-home")) if ranked and ranked != f.known else None


def _partner_gapped_clause(f: OpenSlot) -> Filler | None:
    """ "Russia traded $9.4 bn with Uzbekistan, while China traded $9 bn": the earlier clause's partner."""
    gapped = _gapped_partner(f.known, f.t, f.s)
    return (gapped, ("partner", -1, -1, "gapped-partner")) if gapped is not None else None


def _partner_discourse(f: OpenSlot) -> Filler | None:
    """The pair the article speaks of, or the partner of the figure before (`Discourse.partner_of`)."""
    acts = any(rule == "role:actor" for _, _, _, rule in f.evidence)
    bilateral = f.bilateral or _governed(f.known, f.s, ("with", "between"))
    partner = f.d.partner_of(f.known, bilateral=bilateral, acts=acts)
    return partner, (("partner", -1, -1, "discourse") if partner is not None else None)


PARTNER_FILLERS: dict[str, Callable[[OpenSlot], Filler | None]] = {
    "home-with": _partner_with_home,
    "in-report": _partner_in_report,
    "world-cue": _partner_world_cue,
    "ranking": _partner_ranking,
    "gapped-clause": _partner_gapped_clause,
    "sentence": _from_sentence,
    "discourse": _partner_discourse,
}


def fill_open_slot(
    f: OpenSlot, order: tuple[str, ...] | None = None, fillers: dict[str, Callable[[OpenSlot], Filler | None]] | None = None
) -> str | None:
    """The open side of a frame: the first filler, in the order of `rules/frames.toml`
    ([open_slot] for a direction, [partner_slot] for a turnover's partner), that finds one;
    the evidence it records joins the frame's."""
    table = OPEN_SLOT_FILLERS if fillers is None else fillers
    for name in f.lex.open_slot_order if order is None else order:
        found = table[name](f)
        if found is None:
            continue
        code, entry = found
        if entry is not None:
            f.evidence.append(entry)
        return code
    return None


def _home_receives(lexeme: str, t: TriggerMention, s: SentenceParts, lex: Lexicon) -> bool:
    """Whether a flow that names no country is the home's inflow: its imports; "foreign direct
    investment", "investment inflows" (not "outward investment", "investments abroad")."""
    if lexeme == "import":
        return True
    if lexeme != "invest":
        return False
    cs, ce = s.clause_of(t.start)
    near = s.text[max(cs, t.start - 30) : min(ce, t.end + 30)]
    return bool(lex.inward.search(near)) and not lex.outward.search(near)


_OWNER_PREPOSITIONS = {"export": {"role:from"}, "import": {"role:to", "role:into"}}
_LIST_OWNER_PREPOSITIONS = {**_OWNER_PREPOSITIONS, "invest": {"role:from"}, "aid": {"role:from"}}
_SUBJECT_RULES = frozenset({"role:actor", "sentence-owner"})
_ACTOR_RULES = {lexeme: _SUBJECT_RULES | rules for lexeme, rules in _LIST_OWNER_PREPOSITIONS.items()}


_SLOT_PREPOSITIONS = {True: ("from",), False: ("to", "into", "in")}  # open origin / open destination


def _earlier_clause(t: TriggerMention, s: SentenceParts) -> tuple[int, int, TriggerMention] | None:
    """The earlier clause of the sentence that speaks of the same flow as `t`'s clause: its start,
    where `t`'s clause starts, and its trigger."""
    cs, _ = s.clause_of(t.start)
    if cs == 0:
        return None
    earlier = [x for x in s.triggers if x.end <= cs and x.trigger.lexeme == t.trigger.lexeme]
    return (s.clause_of(earlier[-1].start)[0], cs, earlier[-1]) if earlier else None


def _gapped_slot(known: str, origin_open: bool, t: TriggerMention, s: SentenceParts) -> str | None:
    """The open slot of a clause that repeats an earlier clause's flow with a new subject: the
    earlier clause's filler of that slot."""
    clause = _earlier_clause(t, s)
    if clause is None:
        return None
    lo, cs, _ = clause
    fillers = [
        c.code for c in s.countries
        if c.code and lo <= c.start < cs and c.code != known and s.preposition(c, lo) in _SLOT_PREPOSITIONS[origin_open]
    ]  # fmt: skip
    return fillers[-1] if len(set(fillers)) == 1 else None


def _gapped_partner(only: str, t: TriggerMention, s: SentenceParts) -> str | None:
    """ "Russia traded $9.4 bn with Uzbekistan, while China traded $9 bn": a clause that repeats
    an earlier clause's trade with a new subject keeps that clause's partner."""
    clause = _earlier_clause(t, s)
    if clause is None:
        return None
    lo, cs, head = clause
    partners = [c.code for c in s.countries if c.code and lo <= c.start < cs and c.code != only and s.preposition(c, lo) == "with"]
    subjects = [c.code for c in s.countries if c.code and lo <= c.start < head.start and s.preposition(c, lo) is None]
    return partners[-1] if partners and subjects and only not in subjects else None


def ranking_home(s: SentenceParts, lex: Lexicon) -> str | None:
    """ "Georgia's biggest trade partner", "Tajikistan's primary investor": the country a
    ranking is of, against which every ranked country is read."""
    return ranking_owner(s.text, s.countries, lex)


def ranking_owner(text: str, countries: Iterable[CountryMention], lex: Lexicon) -> str | None:
    """The owner of a ranking noun in `text`, from its country mentions (at `text` offsets)."""
    for c in countries:
        if c.code and (c.possessive or c.adjective) and lex.ranking_after.match(text, c.end):
            return c.code
        if c.code and lex.ranking_before.search(text, max(0, c.start - 80), c.start):
            return c.code
    return None


def _governed(code: str, s: SentenceParts, prepositions: tuple[str, ...]) -> bool:
    return any(c.code == code and s.preposition(c, 0) in prepositions for c in s.countries)


def _conjunct_who(
    q: Quantity, t: TriggerMention, conjunct: CountryMention, s: SentenceParts, d: Discourse, refs: dict[int, str], lex: Lexicon
) -> Who | None:
    """A list's conjunct: the head frame's fixed country, and this conjunct in the open slot.

    The head is the ranking's home ("Georgia's biggest partners: ..."); else, when the sentence
    already gave a figure of its own ("Turkey's investments totaled X, Norway - Y"), that figure
    with the conjunct in its actor's place; else the trigger's frame without the list's
    countries; else the last figure's frame: a list of investors or donors replaces its origin,
    a list of export markets its destination.
    """
    head = fill_slots(q, t, s, lex, refs, skip=s.conjuncts) if t.end else Slots()
    evidence = [*head.evidence, ("conjunct", conjunct.start, conjunct.end, "list")]
    lexeme = t.trigger.lexeme
    code = conjunct.code
    ranked = ranking_home(s, lex) or d.ranking_home
    last = d.last
    if lexeme == "turnover" and ranked and ranked != code:
        return _anchored(_turnover(code, ranked, evidence), ranked, code)
    followed = _followed_head(conjunct, s, last)
    if followed is not None and last is not None and followed != code:
        # "China remained the largest supplier, followed by Russia with $878 m": the conjunct
        # takes the place of the country the ranking named, in the figure just read of it.
        evidence.append(("head", -1, -1, "list:followed-by"))
        swap = {followed: code}
        a, b = (swap.get(x, x) for x in (last.country_a, last.country_b))
        if last.flow_from is None:
            return _anchored(_turnover(a, b, evidence), b if a == code else a, code)
        return _anchored(_who(swap.get(last.flow_from, last.flow_from), swap.get(last.flow_to or "", last.flow_to), evidence), None, code)
    parallel = d.last_in_sentence and last is not None and d.last_actor is not None and last.indicator == t.trigger.indicator
    if parallel and last is not None and d.last_actor is not None and d.last_actor != code:
        evidence.append(("head", -1, -1, "parallel:previous-figure"))
        swap = {d.last_actor: code}
        if last.flow_from is None:
            a, b = (swap.get(x, x) for x in (last.country_a, last.country_b))
            return _anchored(_turnover(a, b, evidence), b if a == code else a, code)
        origin = swap.get(last.flow_from, last.flow_from)
        destination = swap.get(last.flow_to or "", last.flow_to)
        return _anchored(_who(origin, destination, evidence), None, code)
    fixed = [x for x in dict.fromkeys([*head.origin, *head.destination, *head.partner]) if x != code]
    if lexeme == "turnover":
        reporter = d.reporter if d.reporter and d.reporter != code and not head.partner else None
        anchor = ranked if ranked and ranked != code else (reporter or (fixed[0] if fixed else d.home_for_list(code)))
        return _anchored(_turnover(code, anchor, evidence), anchor, code) if anchor else None
    p = s.preposition(conjunct, 0)
    own_slot = "destination" if p in ("to", "into") else "origin" if p == "from" else None
    if own_slot and last is not None and d.last_in_sentence and last.flow_from and last.flow_to and last.indicator == t.trigger.indicator:
        # "Exports to Azerbaijan amounted to $500 m, to Armenia $270 m": the conjunct's own
        # preposition names its slot; the other side is the head figure's.
        evidence.append(("head", -1, -1, "list:own-preposition"))
        keep = last.flow_from if own_slot == "destination" else last.flow_to
        if keep != code:
            return _who(keep, code, evidence) if own_slot == "destination" else _who(code, keep, evidence)
    if head.origin and head.origin[0] != code:
        return _who(head.origin[0], code, evidence)
    if head.destination and head.destination[0] != code:
        return _who(code, head.destination[0], evidence)
    if not fixed and ranked is None and last is not None and last.flow_from and last.flow_to and last.indicator == t.trigger.indicator:
        evidence.append(("head", -1, -1, "discourse:last-figure"))
        to_conjunct = p in ("to", "into") or (lexeme == "export" and p != "from")
        if to_conjunct:
            return _who(last.flow_from if last.flow_from != code else last.flow_to, code, evidence)
        return _who(code, last.flow_to if last.flow_to != code else last.flow_from, evidence)
    anchor = ranked if ranked and ranked != code else (fixed[0] if fixed else d.home_for_list(code))
    if anchor is None:
        return None
    goes_to = p in ("to", "into") or (p is None and lexeme == "export")
    return _who(anchor, code, evidence) if goes_to else _who(code, anchor, evidence)


_FOLLOWED_BY = re.compile(r"\bfollowed\sby\s(?:the\s)?$", re.I)


def _followed_head(conjunct: CountryMention, s: SentenceParts, last: Figure | None) -> str | None:
    """The country a ranking named before "followed by <conjunct>", when the last figure, of an
    earlier sentence, is between it and another country (and so says which side it is on)."""
    if last is None or not _FOLLOWED_BY.search(s.text, max(0, conjunct.start - 20), conjunct.start):
        return None
    named = [c.code for c in s.countries if c.code and c.end <= conjunct.start and c.code in (last.country_a, last.country_b)]
    heads = [c for c in named if c != WORLD]
    # Only a ranking clause with no amount of its own: one with an amount is read in parallel.
    return heads[-1] if heads and not any(q.start < conjunct.start for q in s.quantities) else None


def _anchored(who: Who | None, anchor: str | None, actor: str) -> Who | None:
    return None if who is None else replace(who, anchor=anchor, actor=actor)


def with_conjuncts(s: SentenceParts, lex: Lexicon) -> SentenceParts:
    """The sentence with its list members marked, once, for every frame read from it."""
    found = frozenset(c.start for c in s.countries if c.code and _binds_amount(c, s, lex))
    return replace(s, conjuncts=found) if found else s


def _binds_amount(c: CountryMention, s: SentenceParts, lex: Lexicon) -> bool:
    """A list member: bound to the amount after it, alone or coordinated ("Russia and Iran - $X each")."""
    after = [q for q in s.quantities if q.start >= c.end]
    if not after:
        return False
    bound = conjunct_of(after[0], s, lex)
    return bound is c or (bound is not None and bool(_JOINT.match(s.text[c.end : bound.start])))


def list_head_trigger(d: Discourse) -> TriggerMention | None:
    """A list with no trigger of its own continues the last figure's frame."""
    if d.last is None:
        return None
    return TriggerMention(0, 0, Trigger(d.last.indicator, d.last_lexeme or "turnover"), d.last.measure or "")
