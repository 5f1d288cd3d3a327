"""The slots of a trigger's frame, filled from the countries of its clause by the role table
of `rules/frames.toml` (lexeme x side x marker -> slot), and the countries that "it" and "this
country" stand for."""

from __future__ import annotations

import re

from dashboard.extract.aid_in_kind import goods_given
from dashboard.extract.aid_sponsor import helped, sponsored_by
from dashboard.extract.cited_source import cited_source
from dashboard.extract.countries import CountryMention
from dashboard.extract.frame_coordination import respective_others, run_head
from dashboard.extract.frame_direction import host_named_after, receiving_voice, sells_first
from dashboard.extract.frame_types import Slots
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention, per_sentence
from dashboard.extract.own_noun_verb import own_passive_verb
from dashboard.extract.own_phrase import own_phrase_start
from dashboard.extract.quantities import Quantity
from dashboard.extract.ranked_place import LIST_JOIN, WITH_CLAUSE, among_frames, placed, placed_by
from dashboard.extract.thanked_giver import thanked_giver

# Between an owner and the noun it owns: "Japanese direct investment", "Azerbaijan's total exports",
# "a Japanese ODA loan", "Korea's EDCF loans" (a programme's acronym).
# A coordinator ends the owner's noun phrase: in "bought $1.6 bn of Chinese goods and sold $900 m"
# China owns no sale.
_MODIFIER_GAP = re.compile(r"^(?:['’]s)?(?:\s(?:(?!(?:and|or|but)\b)[a-z]+|-|[A-Z]{2,5}))?(?:\s(?!(?:and|or|but)\b)[a-z]+)?\s?$")

# Two flows' prepositions sharing one country: "exports to and imports from China", "exports to,
# and imports from, China".
_SHARED_OBJECT = re.compile(r"\s(?P<p>to|from|into|in|with),?\s(?:and|or|as\swell\sas)\s(?:[\w-]+\s){0,3}?(?:to|from|into|in|with),?\s(?:the\s)?", re.I)

_OF_FAR = 25  # "of" further than this after a trigger governs another noun
# The press a country's name modifies: "Kyrgyzstan media reported", "Tajik press said".
_MEDIA_AFTER = re.compile(r"\s(?:media|press|news\sagenc(?:y|ies)|news\soutlets)\b", re.I)
# A place set off by a comma and named by its country: "to Osh, the second city of Kyrgyzstan".
_PLACE_OF = re.compile(r",\s(?:the\s)?(?:[\w-]+\s)?(?:capital|city|port|town|region|province)\sof\s$", re.I)
# A relative clause after a flow's noun whose subject is the country: "FDI of $2 bn that Georgia
# received", "the investment which the country attracted"; its verb after an auxiliary or none.
_RELATIVE_SUBJECT = re.compile(r"\b(?:that|which)\s(?:the\s)?$", re.I)
_AUXILIARY = re.compile(r"\s(?:(?:has|have|had)\s)?")
# "exports to and imports from Russia": the first flow's preposition, its object left to the
# country after the second flow's, governs that country for the first flow.


def _marker(
    c: CountryMention, t: TriggerMention, s: SentenceParts, lex: Lexicon, floor: int, q: Quantity
) -> str:
    """What governs a country, as the role table names it."""
    side_floor = floor if c.start < t.start else t.end
    if c.start > t.end and (shared := _SHARED_OBJECT.fullmatch(s.text, t.end, c.start)):
        return shared.group("p").lower()  # "exports to and imports from China": China is where the exports go
    p = s.preposition(c, side_floor)
    if p in (None, "and"):
        # "imports from Czechia and Poland": a run's later members share its first one's role.
        head = run_head(c, s, lex)
        p = s.preposition(head, side_floor) or p if head is not None else p
        if head is None and p == "and" and t.end <= c.start < q.start and lex.receiving.search(s.text, c.end, q.start):
            return "to"  # "Japan provided $30 m to Tajikistan, and Kyrgyzstan received $20 m": the new clause's receiver
    if t.trigger.lexeme == "aid" and p in ("of", "from") and sponsored_by(s.text, c.start):
        return "sponsor"  # "With the support of Japan, Tajikistan received $3 m": the sponsor gives
    if t.trigger.lexeme == "aid" and p is None and c.start > q.end and helped(s.text, c.start):
        return "helped"  # "Germany earmarked €5 m to support Armenia": the one helped receives
    if c.start < t.start:
        if p == "for" and thanked_giver(c, s, lex):
            return "actor"  # "thanked Japan for its support", "for Japan's assistance, including $5 m": the giver
        if p == "in" and t.trigger.lexeme == "aid" and lex.passive_before.search(s.text, max(0, t.start - 12), t.start):
            return "in_passive"  # "The project in Tajikistan is financed by Japan": the place of the project receives
        if p is not None:
            return p
        return "adjective" if (c.adjective or c.possessive) else "none"
    if p == "of" and (c.start - t.end > _OF_FAR or _PLACE_OF.search(s.text, max(0, c.start - 40), c.start)):
        return "of_far"  # ("delivered to Bishkek, the capital of Kyrgyzstan": the city's country, no side of its own)
    if p == "by" and lex.receiving.search(s.text, max(t.end, c.start - 20), c.start):
        return "to"  # "grants obtained by Moldova", "capital attracted by Chile": the agent receives
    if p is None and _RELATIVE_SUBJECT.search(s.text, max(t.end, c.start - 12), c.start) and (aux := _AUXILIARY.match(s.text, c.end)):
        if lex.receiving.match(s.text, aux.end()):
            return "to"  # "the $2 bn of FDI that Georgia received", "investment which Armenia attracted": the subject receives
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


def part_after(q: Quantity, t: TriggerMention, s: SentenceParts, lex: Lexicon) -> int | None:
    """ "$2.7 bn in FDI, $450 m of it from Italy": where a later amount that a breakdown word
    follows starts; it is a part with sides of its own, and no country from there on is the whole's."""
    return next((y.start for y in s.quantities if y.start > max(q.end, t.end) and y.kind == q.kind and lex.breakdown.match(s.text, y.end + 1)), None)


def fill_slots(
    q: Quantity, t: TriggerMention, s: SentenceParts, lex: Lexicon, refs: dict[int, str], skip: frozenset[int] = frozenset()
) -> Slots:
    """The slots of a trigger's frame, filled from the countries of its clause by the role table."""
    # A trigger from an earlier clause lends its indicator, not that clause's countries.
    cs, ce = s.clause_of(q.start) if t.end <= s.clause_of(q.start)[0] else s.clause_of(min(q.start, t.start))
    later = [x.start for x in s.triggers if x.start > max(q.end, t.end) and x.start < ce and not own_passive_verb(q, t, x, s) and not goods_given(q, t, x, s)]
    part = part_after(q, t, s, lex)
    window_end = min(later[0] if later else ce, part if part is not None else ce)
    lexeme = t.trigger.lexeme
    table = lex.roles[lexeme]
    # The other members of a run closed by "respectively", before the trigger or after it.
    skip = skip | respective_others(q, t, s, lex)
    # The one who acts: the owner right before the trigger ("Japan's investment", "Chinese
    # investment"), else the first country before it that no preposition governs.
    skip = skip | among_frames(s.text, s.countries)
    before = [c for c in s.countries if cs <= c.start < t.start and c.code and c.start not in skip]
    owners = [
        c for c in before
        if (c.adjective or c.possessive) and _MODIFIER_GAP.match(s.text[c.end : t.start]) and not any(c.end < x.start < t.start for x in before)
    ]  # fmt: skip  (an agency between, "Japan's JICA has implemented", is the one that acts)
    bare = [
        c for c in before
        if s.preposition(c, cs) in (None, "and") and not (c.adjective and lex.people_after.match(s.text, c.end)) and not _MEDIA_AFTER.match(s.text, c.end)
    ]  # fmt: skip  ("Kyrgyzstan media reported that ...": who tells, not who acts)
    given_to = [c for c in bare if lex.giving_before.search(s.text, max(cs, c.start - 30), c.start)]
    # "At the second place is China, imports amount to $634 m", "Russia ranks second, with imports
    # of $879 m": a country given a place is a partner of the ranking's home, not the flow's owner.
    ranked = [c for c in before if (c in bare and placed(s.text, c, cs)) or placed_by(s.text, c, cs, s.preposition(c, cs))]
    if not before and WITH_CLAUSE.match(s.text, cs):
        # "Russia ranks second, with imports of $879 m": the place is said in the clause before.
        head = s.clause_of(max(0, cs - 1))[0]
        ranked = [
            c for c in s.countries
            if c.code and head <= c.start < cs and (((p := s.preposition(c, head)) is None and placed(s.text, c, head)) or placed_by(s.text, c, head, p))
        ][-1:]  # fmt: skip
    if t.end <= cs:
        # "Turkey ranked second for imports ($3 bn), while Korea ranked third ($2 bn)": a place
        # said in a later clause, whose flow is the earlier clause's, ranks its country the same way.
        ranked += [c for c in s.countries if c.code and cs <= c.start < q.start and c.start not in skip and s.preposition(c, cs) is None and placed(s.text, c, cs)]
    bare = [c for c in bare if c not in given_to and c not in ranked]
    # "Sweden is providing Azerbaijan with ...": a present participle after "is" is no passive.
    passive = bool(bare) and (
        (bool(_PASSIVE_SUBJECT_GAP.match(s.text[bare[-1].end : t.start])) and not t.text.endswith("ing"))
        or bool(lex.voice.passive_given.fullmatch(s.text, bare[-1].end, t.start))
    )
    # "Ukraine will be allocated €40 m": the subject of a passive, right before it, receives.
    actor = owners[-1] if owners else (bare[-1] if passive else bare[0] if bare else None)
    if not owners and not passive and len(bare) > 1 and (named := _appositive(bare, t, s)) is not None:
        # "Kazakhstan's second-largest partner, Russia, bought goods worth $845 m": the country
        # an apposition names is the subject; the possessive before it owns only the description.
        actor = named
    elif not owners and not passive and len(bare) > 1 and _VERB_BEFORE.search(s.text, max(cs, t.start - 12), t.start):
        # "... signed an agreement under which Japan will grant Georgia 100 m yen": the subject
        # of a verb is the country nearest before it, not the first of the sentence.
        actor = bare[-1]
    own_from = own_phrase_start(q, t, s, cs)
    # The voice is the verb of this phrase, not of an earlier conjunct's ("imported ... and exported").
    receives = actor is not None and (
        passive or receiving_voice(s, actor.end if actor else 0, own_from, q, t, lex) or _inflow(t, s, lex) or _foreign_to(actor, t, s, lex)
    )
    slots = Slots(floor=actor.start if passive and actor is not None else 0)
    for c in s.countries:
        if not ((slots.floor <= c.start and cs <= c.start < window_end) or c in ranked) or c.start in skip:
            continue
        if cited_source(c, s, cs, lex):
            continue  # "according to the Kazakh statistics committee", "the Uzbek customs service said": who reports, not a party
        if c is not actor and c not in given_to and c.start < own_from:
            continue  # governed in an earlier conjunct's phrase: that frame's, not this one's
        code = c.code or refs.get(c.start, "")
        if not code:
            continue
        # (a place said in a clause after the trigger's is read as said before it, as the trigger's own was)
        side = "before" if c.start < t.start or (c in ranked and t.end <= cs) else "after"
        if c in given_to:
            marker = "object"
        elif c in ranked:
            marker = "ranked"
        elif c is actor:
            marker = "actor"
        else:
            marker = _marker(c, t, s, lex, cs, q)
        slot = table[side].get(marker, table[side].get("default", "skip"))
        if marker == "actor" and receives and slot == "origin":
            slot = "destination"  # "Georgia attracted investment": the actor receives
        elif c.end <= t.start and sells_first(c, marker, t, s, lex):
            slot = "origin"  # "Turkish goods worth $2 bn were bought by Azerbaijan", "Kazakh imports to Georgia": it sells
        if c.agency and lexeme in ("aid", "invest"):
            slot, marker = "origin", "agency"  # "Georgia and USAID signed a $67 m grant": the agency gives
        slots.put(slot, code, c, marker)
    agencies = {code for slot, a, _, rule in slots.evidence if rule == "role:agency" for code in [s_code(s, a)]}
    if agencies and actor is not None and actor.code not in agencies and actor.code in slots.origin:
        # The agency gives; the other party to its loan or grant receives it.
        slots.origin.remove(actor.code)
        slots.destination.insert(0, actor.code)
    return slots


# A description owned by a possessive, then the country it describes between commas, then its
# verb: "Georgia's main neighbour, Armenia, bought", "Uzbekistan's largest partner, China, sold".
_DESCRIPTION = re.compile(r"(?:['’]s?)?\s(?:[a-z][\w-]*\s){0,3}[a-z][\w-]*,\s$")
_APPOSITION_END = re.compile(r",\s(?:[a-z]+\s){0,2}$")


def _appositive(bare: list[CountryMention], t: TriggerMention, s: SentenceParts) -> CountryMention | None:
    """The country an apposition after a possessive's description names, the subject of the verb after it."""
    owner, named = bare[0], bare[1]
    if not owner.possessive or named.possessive or named.adjective or len(bare) != 2:
        return None
    if not _DESCRIPTION.fullmatch(s.text, owner.end, named.start) or not _APPOSITION_END.fullmatch(s.text, named.end, t.start):
        return None
    return named


_NEXT_WORD = re.compile(r"\s?\w*")


def _inflow(t: TriggerMention, s: SentenceParts, lex: Lexicon) -> bool:
    """ "Uzbekistan's foreign investment inflow": a flow named as coming in, which its owner receives."""
    # Matched where the trigger ends, not in a copy of the rest of the sentence (the same match:
    # the pattern looks neither behind nor for the text's start).
    m = _NEXT_WORD.match(s.text, t.end)
    inflow = lex.receiving_noun.search(s.text, t.start, m.end() if m else t.end)
    return inflow is not None and not host_named_after(inflow.end(), s)


# A country's bare name right before the foreign investment it hosts, as a wire's headline puts it.
_BARE_FDI = re.compile(r"\s(?:FDI|[Ff]oreign\s(?:[Dd]irect\s)?[Ii]nvestments?)")


def _foreign_to(owner: CountryMention, t: TriggerMention, s: SentenceParts, lex: Lexicon) -> bool:
    """ "Georgia's FDI", "Armenia's foreign investment": investment foreign to its owner, who hosts
    it, unless a host is named right after the noun ("China's FDI in Laos" is China's own) or it
    goes out ("Kazakhstan's FDI abroad"); so is a headline's bare name before it ("Georgia FDI up 3.7 pct")."""
    bare = not owner.possessive and not owner.adjective and _BARE_FDI.fullmatch(s.text, owner.end, t.end) is not None
    if not bare and (not owner.possessive or not lex.voice.foreign_owned.fullmatch(s.text, owner.end, t.end)):
        return False
    if lex.outward.search(s.text, t.end, min(len(s.text), t.end + 24)):
        return False
    return not any(c.code and t.end < c.start < t.end + 16 and s.preposition(c, t.end) in ("in", "into", "to") for c in s.countries)


def origin_from(q: Quantity, slots: Slots, s: SentenceParts) -> str | None:
    """The origin a "from" names, when the actor is also read as one: the "from" nearest after
    the amount, else the last before it."""
    spans = {(c.start, c.end): c.code for c in s.countries if c.code}
    actors = [a for slot, a, _, rule in slots.evidence if slot == "origin" and rule == "role:actor"]
    froms = [(a, spans.get((a, b))) for slot, a, b, rule in slots.evidence if slot == "origin" and rule in ("role:from", "role:agency", "role:sponsor")]
    if not froms or not (actors or len({code for _, code in froms}) > 1):
        return None
    after = [code for a, code in froms if a >= q.end]
    before = [code for a, code in froms if a < q.start]
    return after[0] if after else (before[-1] if before else None)


def side_countries(q: Quantity, s: SentenceParts, lex: Lexicon) -> frozenset[int]:
    """The countries a side phrase names after an amount ("placed $3.1 bn abroad, most of it in
    Russia, Georgia and the Netherlands", "a minor investor compared with the Netherlands"): each
    one of a list the phrase heads. They remark on the figure; they fill none of its slots, unless
    the amount is the phrase's own ("on the back of a 50% surge in Armenian exports to China")."""
    return frozenset(start for opened, start in _side_starts(s, lex) if start > q.end and not opened <= q.start)


@per_sentence
def _side_starts(s: SentenceParts, lex: Lexicon) -> tuple[tuple[int, int], ...]:
    """Where each side phrase opens and the start of every country it names, wherever the amount is."""
    found: list[tuple[int, int]] = []
    side, prev = None, None
    for c in s.countries:
        if prev is None or not LIST_JOIN.fullmatch(s.text, prev.end, c.start):
            side = lex.side_before.search(s.text, max(0, c.start - 60), c.start)  # a cause's words: "as a result of a decline in gas purchases from"
        if side is not None:
            found.append((side.start(), c.start))
        prev = c
    return tuple(found)


# The end of a relative clause's antecedent that is a country's own flow: "... of Armenia's
# foreign trade, which declined by 26.1% to $4.37 bn"; or its start, the owner named by "of"
# after the flow: "... of the foreign trade of Armenia, which ...".
_OWNED_FLOW_BEFORE_WHICH = re.compile(r"['’]s\s(?:[a-z-]+\s){0,3}[a-z-]+$")
_FLOW_OF_BEFORE_OWNER = re.compile(r"\bthe\s(?:[a-z-]+\s){0,3}of\s(?:the\s)?$")


def antecedent_others(q: Quantity, s: SentenceParts, refs: dict[int, str] | None = None) -> frozenset[int]:
    """The countries named before the owner of the flow a relative clause tells of, when the
    amount is in that clause: "Iran accounted for 5.6% of Armenia's foreign trade, which declined
    by 26.1% to $4.37 bn" is Armenia's flow, and Iran fills none of its slots."""
    which = s.text.rfind(", which ", 0, q.start)
    if which < 0 or s.text.find(",", which + 2, q.start) >= 0:
        return frozenset()
    refs = refs or {}
    owned = _OWNED_FLOW_BEFORE_WHICH.search(s.text, max(0, which - 60), which)
    if owned is None:
        # "... of the exports of Georgia, which ...": the owner ends where the clause begins.
        owner = next((c for c in s.countries if c.code and not c.adjective and c.end == which), None)
        if owner is None or not _FLOW_OF_BEFORE_OWNER.search(s.text, max(0, owner.start - 50), owner.start):
            return frozenset()
    else:
        # "... of the country's foreign trade, which ...": an owner that stands for a country.
        owner = next((c for c in s.countries if (c.code or c.start in refs) and c.possessive and c.end == owned.start()), None)
    if owner is None:
        return frozenset()
    code = owner.code or refs[owner.start]
    return frozenset(c.start for c in s.countries if c.code and c.end <= owner.start and c.code != code)


# An apposition right after a country that describes it by a noun phrase: ", Russia's partner
# in the Customs Union together with Belarus,", ", the largest economy of Central Asia,".
_APPOSITION_OPENING = re.compile(r",\s(?:(?:the|a|an|its)\s[a-z]|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s\s[a-z])")


def apposition_countries(q: Quantity, t: TriggerMention, s: SentenceParts) -> frozenset[int]:
    """The countries inside an apposition that describes the country before it, closed by a comma
    before the amount: "Trade with Kazakhstan, Russia's partner in the Customs Union together with
    Belarus, reached $13.5 bn" is trade with Kazakhstan, and Russia and Belarus fill no slot of it
    (the country it describes still does). One that holds the trigger is read as it is."""
    found: set[int] = set()
    if t.start > q.start:
        return frozenset()  # "..., came second with $3.8 bn, almost all of it Chinese exports": a place, read as one
    for c in s.countries:
        if not c.code or c.start >= q.start:
            continue
        opening = _APPOSITION_OPENING.match(s.text, c.end)
        if opening is None:
            continue
        closing = s.text.find(",", opening.end(), q.start)
        inside = s.text[opening.end() : closing]
        if closing < 0 or closing - c.end > 100 or _DIGIT.search(inside) or c.end < t.start < closing:
            # An apposition that holds the amount's own flow is no aside of it ("Kyrgyzstan, a
            # conduit for goods re-exported to Russia, came second with $3.8 bn").
            continue
        members = [x for x in s.countries if c.end < x.start < closing]
        if members and members[0].start == c.end + 2 and not members[0].possessive:
            continue  # "to Georgia, Armenia and Azerbaijan": a list, not an apposition
        # The owner that opens it ("Russia's partner", "Kazakhstan's main supplier") is the
        # described country's partner in the relation it names: it may still fill a slot.
        found.update(x.start for x in members if not (x.start == c.end + 2 and x.possessive))
    return frozenset(found)


_DIGIT = re.compile(r"\d")


def s_code(s: SentenceParts, start: int) -> str:
    """The code of the country mention that starts at `start`."""
    return next((c.code for c in s.countries if c.start == start), "")
