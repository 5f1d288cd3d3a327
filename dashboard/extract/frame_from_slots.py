"""The frame an amount's clause fills (`who_from_slots`): its slots by the role table, the side
left open filled by the sentence and the discourse, a turnover's partner, and a part of a whole
named after the amount (`part_of_named_whole`). The last of `frame_who`'s sources, and most of
the work."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.contract.schema import Figure
from dashboard.extract.countries import CountryMention
from dashboard.extract.country_comparison import compared_figures
from dashboard.extract.discourse import WORLD, Discourse, total_country
from dashboard.extract.frame_bound import bound_sides_named
from dashboard.extract.frame_coordination import (
    list_skip,
    respective_members,
    respective_others,
)
from dashboard.extract.frame_direction import (
    flow_cue,
    goods_made,
    home_receives,
    host_named,
    pair_donor,
    receiving_voice,
    sentence_owner,
)
from dashboard.extract.frame_open_slot import PARTNER_FILLERS, OpenSlot, fill_open_slot
from dashboard.extract.frame_ranking import oriented_by_ranking
from dashboard.extract.frame_signing import signed_direction
from dashboard.extract.frame_slots import (
    antecedent_others,
    apposition_countries,
    fill_slots,
    origin_from,
    part_after,
    side_countries,
)
from dashboard.extract.frame_types import Who, directed_who, turnover_who
from dashboard.extract.joint_givers import joint_givers
from dashboard.extract.later_parts import later_parts_countries
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention, per_sentence
from dashboard.extract.named_whole import fronted_part
from dashboard.extract.other_complements import other_amounts_countries, other_heads_countries
from dashboard.extract.own_spending import home_object, one_firm_acts
from dashboard.extract.quantities import Quantity
from dashboard.extract.ranked_place import placed, ranked_above
from dashboard.extract.receiver_tally import tallied_by_receiver
from dashboard.extract.references import new_pair_other, topic_antecedents
from dashboard.extract.told_before import group_trade_of, larger_than_partner_flow, larger_than_turnover, turnover_past_world_part
from dashboard.extract.world_cue import home_weak_world, is_world, world_clause_owner

# "was invested", "were invested", "has been invested": an investment told in the passive.
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|(?:has|have)\sbeen)\s$")


@per_sentence
def _pair_cue(s: SentenceParts, lex: Lexicon) -> bool:
    """Whether the sentence holds a pair cue (`lex.bilateral`): asked up to three times per amount."""
    return lex.bilateral.search(s.text) is not None


def _later_clause_own(start: int, q: Quantity, s: SentenceParts) -> bool:
    """A country in a later clause with an amount of its own belongs to that amount: "... reached
    $3.4 bn, with the Netherlands remaining the largest source at $1.1 bn". The home, or an owner
    of that clause's flow ("with Uzbek imports from the Emirates ..."), may still be this one's."""
    cs, ce = s.clause_of(start)
    return cs > q.start and any(y is not q and cs <= y.start < ce for y in s.quantities)


def who_from_slots(
    q: Quantity, t: TriggerMention, s: SentenceParts, d: Discourse, refs: dict[int, str], lex: Lexicon
) -> Who | None:
    # The countries a list binds to their own amounts are not this frame's, nor the other members
    # of the partner list this amount is of ("trade with Belarus and Ukraine ..."), nor those a
    # side phrase names after it ("most of it in Russia"), nor the other members of a run closed
    # by "respectively", before its trigger ("KfW, JICA and AFD disbursed ...") or after it ("came
    # from Russia, Germany and France, at $81 m, $45 m and $30 m, respectively").
    # The countries inside an apposition ("Kazakhstan, Russia's partner ... with Belarus,") are
    # no members of the frame's lists either: "with Kazakhstan" and "with Belarus" are no run.
    described = apposition_countries(q, t, s)
    plain = replace(s, countries=tuple(c for c in s.countries if c.start not in described)) if described else s
    listed, mine, joint = list_skip(q, plain, lex)
    if joint:
        return None  # "trade with Russia and Kazakhstan reached $5 bn": the two as one side
    conjuncts = (s.conjuncts - mine) | listed | side_countries(q, s, lex) | respective_others(q, t, s, lex)
    conjuncts |= antecedent_others(q, s, refs) | topic_antecedents(s, refs) | described | other_heads_countries(t, s) | other_amounts_countries(q, s)
    conjuncts |= later_parts_countries(q, s, lex) | ranked_above(s.text, s.countries, q.start) | compared_figures(s)[0]
    agents = participle_agents(q, t, s) if t.trigger.lexeme in ("aid", "invest") else frozenset()
    conjuncts |= agents
    if (cause := lex.cause_after.search(s.text, q.end)) is not None:
        # "Foreign trade turnover fell to $4 bn, as Chinese steel mills stopped buying coal": the
        # cause's countries are no side of the home's world total ("total exports" is one when
        # the sentence names no partner before the cause).
        before_cause = replace(s, countries=tuple(c for c in s.countries if c.start < cause.start()))
        if is_world(t, before_cause, lex, q):
            conjuncts |= {c.start for c in s.countries if c.start > cause.start()}
    slots = fill_slots(q, t, s, lex, refs, skip=conjuncts)
    lexeme = t.trigger.lexeme
    if lexeme == "aid" and not slots.destination and _OWN_FUNDS.match(s.text, s.amount_span(q)[1]):
        return None  # "allocated $2 m from its state budget to the project": its own spending, no receiver named
    if lexeme in ("aid", "invest") and joint_givers(q, slots, s):
        return None
    origin = slots.origin[0] if slots.origin else None
    from_origin = origin_from(q, slots, s)
    if from_origin is not None and origin != from_origin and lexeme in ("aid", "invest"):
        # "Uzbekistan signed a loan of €40 m from KfW and €30 m from AFD": what comes "from"
        # someone is received by the subject; each amount's own "from" is the one after it.
        if not slots.destination and origin is not None:
            slots.destination.append(origin)
        origin = from_origin
    destination = next((x for x in slots.destination if x != origin), None)
    if t.trigger.bound and not bound_sides_named(q, t, slots, s):
        return None
    named = list(dict.fromkeys([*slots.origin, *slots.destination, *slots.partner]))
    part = part_after(q, t, s, lex)  # ("$60 bn, $13 bn of them to China": China is the part's)
    sentence_codes = list(dict.fromkeys(
        c.code for c in s.countries if c.code and c.start not in conjuncts and c.start >= slots.floor and (part is None or c.start < part)
        and (c.code in (d.home, d.reporter) or c.adjective or c.possessive or not _later_clause_own(c.start, q, s))
    ))
    evidence = list(slots.evidence)
    last = d.last
    # "foreign trade turnover was $34.6 bn, of which exports - $23.5 bn": a breakdown that
    # names no partner stays with the world total it breaks down.
    # A pair cue ("bilateral trade", "the sides agreed to bring it to ...") names the article's
    # pair, not a part of the world total before it.
    breakdown_of_world = (
        not named and last is not None and WORLD in (last.country_a, last.country_b) and not _pair_cue(s, lex)
        and not turnover_past_world_part(lexeme, last, d)
    )
    cue = flow_cue(t, s, lex, q)  # "abroad", "inflows": which way an investment or aid goes
    # What goes abroad goes to the world; an aid "from other countries" comes from it.
    world = breakdown_of_world or (is_world(t, s, lex, q) and not _words_of_pair_figure(t, last)) or cue == "out" or (lexeme == "aid" and cue == "in")

    if lexeme == "turnover":
        if world and not named and len(sentence_codes) >= 2 and (whose := world_clause_owner(t, s, sentence_codes, d.home)):
            return turnover_who(whose, WORLD, [*evidence, ("partner", -1, -1, "world-clause")])
        codes = named if (named and world) else (named or sentence_codes)
        if len(codes) >= 2:
            return turnover_who(codes[0], codes[1], evidence)
        if len(codes) == 1 and not world and d.pair and codes[0] in d.pair and _speakers_country(codes[0], s, lex):
            # "Azerbaijan's minister said that in January-February trade turnover grew 40%", in a
            # story of Hungary and Azerbaijan: the speaker's country is no side of it, the pair is.
            return turnover_who(d.pair[0], d.pair[1], [("pair", -1, -1, "discourse:article-pair")])
        if len(codes) == 1 and (new := new_pair_other(codes[0], s, refs, d)) is not None:
            return turnover_who(codes[0], new, [*evidence, ("pair", -1, -1, "discourse:talk-pair")])
        if len(codes) == 1:
            bilateral = _pair_cue(s, lex)
            slot = OpenSlot(q, t, s, d, lex, codes[0], False, named, sentence_codes, world, bilateral, evidence)
            partner = fill_open_slot(slot, lex.partner_slot_order, PARTNER_FILLERS)
            return None if partner is None else turnover_who(codes[0], partner, evidence)
        told_here = last is not None and d.talk_pair is not None and {last.country_a, last.country_b} == set(d.talk_pair)
        if d.talk_pair and set(d.talk_pair) != set(d.pair or ()) and not world and (told_here or _pair_cue(s, lex)):
            # ("Trade between Russia and Turkmenistan reached $346 m ... By comparison, in 2008, the
            # turnover exceeded $3.8 bn": the pair the paragraph's figures just told of)
            # "Kazakhstan is India's largest partner. Bilateral trade stood at $410 m": the pair
            # the story speaks of, which may be another than the article's.
            return turnover_who(d.talk_pair[0], d.talk_pair[1], [("pair", -1, -1, "discourse:talk-pair")])
        if not world and not _pair_cue(s, lex) and (reporter := d.world_lead_part(s.times, "trade_turnover")):
            return turnover_who(reporter, WORLD, [("pair", -1, -1, "discourse:part-of-world-lead")])
        if (home := d.world_headline) is not None and (last is None or {home, WORLD} == {last.country_a, last.country_b}) and not _pair_cue(s, lex):
            # "Tajikistan – foreign trade in 2023 ... Total turnover: $1.46 bn": a release's world
            # total, until it tells a partner's figure.
            return turnover_who(home, WORLD, [("pair", -1, -1, "discourse:world-headline")])
        if d.pair and not world:
            return turnover_who(d.pair[0], d.pair[1], [("pair", -1, -1, "discourse:article-pair")])
        if world and d.home and lex.home_reference.search(s.text, 0, t.start + len(t.text)):
            return turnover_who(d.home, WORLD, [("pair", -1, -1, "discourse:home")])  # "the country's foreign trade"
        if world and d.home:
            return turnover_who(d.home, WORLD, [("pair", -1, -1, "discourse:home-world-total")])
        return None

    if origin is None and destination is None and not named and lexeme in ("export", "import") and (made := goods_made(s, t)) is not None:
        origin = made[0].code  # "demand for Chinese goods in Kazakhstan ..., with imports up 33%"
        evidence.append(("origin", made[0].start, made[0].end, "goods-made"))
        if made[1] is not None:
            destination = made[1].code
            evidence.append(("destination", made[1].start, made[1].end, "goods-market"))
    # Directional: fill the missing side from the sentence, the article's pair or the world.
    # The sentence may name only the pair it breaks down: "Trade with China amounted to $17.6 bn,
    # including exports of $14.6 bn" is the home's exports to China.
    only_pair = (
        last is not None and d.last_in_sentence and set(sentence_codes) <= {last.country_a, last.country_b} and sentence_owner(s, t) is None
    )  # an owner ("Uzbekistan's exports ..., while imports ...") carries over instead
    # The search of the whole sentence comes after the free tests: most amounts fail one first.
    # (an investment or aid is no part of a turnover: "FDI inflows, most of them ..., reached $4.7 bn")
    if origin is None and destination is None and not named and (not sentence_codes or only_pair) and last is not None and (
        t.trigger.indicator == "exports"
    ) and (
        d.last_in_sentence or lex.breakdown.search(s.text) is not None
    ) and (
        last.indicator == "trade_turnover" or (d.last_in_sentence and last.indicator == "exports" and WORLD not in (last.country_a, last.country_b))
    ) and not larger_than_turnover(q, last):  # a part is no larger than its whole
        # "Of these, $188 m were exports and $119 m imports": a breakdown of the turnover before,
        # between its pair, which the sentence's earlier part of it carries.
        pair = (last.country_a, last.country_b)
        home = next((c for c in (d.reported_by, d.home) if c in pair), None) or (pair[0] if WORLD in pair[1:] else (pair[1] if pair[0] == WORLD else None))
        if home is not None:
            away = next(c for c in pair if c != home)
            evidence.append(("pair", -1, -1, "discourse:breakdown-of-last"))
            return directed_who(away, home, evidence) if home_receives(lexeme, t, s, lex) else directed_who(home, away, evidence)
    if origin is None and destination is None and not named and lexeme == "invest" and cue != "out" and _later_world_clause(q, t, s, lex):
        # "Chinese investment in Kyrgyzstan was $200 m, while total foreign investment reached
        # $900 m": the later clause's inflow is all investors', its host the earlier clause's.
        origin = WORLD
        evidence.append(("origin", t.start, t.end, "world-cue:later-clause"))
    if origin is None and destination is None and not named:
        # "Turkey's exports ... , while imports were $0.9 bn": the owner carries over.
        owner = _respective_owner(q, t, s, lex) or sentence_owner(s, t)
        if owner is not None:
            if not (owner.possessive or owner.adjective) and placed(s.text, owner, 0):
                # "China is in second place, where exports fell 41% while imports rose 9%": the
                # ranked partner of the home, on the side its place in the ranking gives it.
                if lex.roles[lexeme]["before"].get("ranked") == "origin":
                    origin = owner.code
                else:
                    destination = owner.code
            elif lexeme == "import" or receiving_voice(s, owner.end, 0, q, t, lex):
                destination = owner.code
            else:
                origin = owner.code
            evidence.append(("destination" if destination else "origin", owner.start, owner.end, "sentence-owner"))
    if origin is None and destination is None:
        others = named or sentence_codes
        if world and not named:
            # A world total's own clauses name its country; a later clause's country is that
            # clause's ("FDI reached $3.4 bn, with the Netherlands the largest source at $1.1 bn").
            ce = s.clause_of(q.start)[1]
            others = [c for c in sentence_codes if any(m.code == c and m.start < ce for m in s.countries)]
        if others and lexeme in ("export", "import") and (fronted := fronted_part(q, t, s, d, lex)) is not None:
            role, whole_part, home = fronted  # "Of total imports, China accounted for $312 m": a ranked partner's side
            evidence.append((role, whole_part.start, whole_part.end, "part:fronted-whole"))
            if home is None:
                origin, destination = (whole_part.code, None) if role == "origin" else (None, whole_part.code)
            else:
                evidence.append(("partner", -1, -1, "discourse:whole-home"))
                return directed_who(whole_part.code, home, evidence) if role == "origin" else directed_who(home, whole_part.code, evidence)
        elif len(others) >= 2:
            first, second = oriented_by_ranking(others[0], others[1], evidence, q, s, d, lex, t)
            return directed_who(*signed_direction(q, t, s, first, second, evidence, lex), evidence)
        elif len(others) == 1:
            # ("the grant, the ministry of Armenia said, amounts to ...", in a story of Japan and
            # Armenia: a country no role governs receives an aid when the story's donor is the other)
            if lexeme == "import" or (lexeme == "aid" and pair_donor(d.pair, lex) not in (None, others[0]) and others[0] in (d.pair or ())) or (
                lexeme == "invest" and host_named(others[0], s)
            ):
                destination = others[0]
            else:
                origin = others[0]
        elif d.home and (world or (d.pair and d.home in d.pair)):
            # A world inflow that names no host ("we aim to bring annual FDI to $25 bn") flows
            # where the article's investment has been flowing.
            home = d.investment_host() if world and home_receives(lexeme, t, s, lex) else (d.reported_by if d.reported_by in (d.pair or ()) else d.home)
            if breakdown_of_world and last is not None:
                # "Georgia's foreign trade was $4 bn. Exports reached $0.9 bn": the world total's own
                # country, whichever of the story's pair its headline named first.
                home = total_country(last)
            # The pair's flow while the article speaks of the pair (the figure before is between
            # them); the home's total with the world once it has moved on to other partners.
            pair_flow = last is None or (last.country_a in d.pair and last.country_b in d.pair) if d.pair else False
            if not pair_flow and last is not None and d.in_pair_story and home not in (last.country_a, last.country_b) and lexeme != "invest":
                # an aside on a pair without the home ("Trade between Egypt and France reached
                # $450 m") moves the story to none of the home's other partners (an investment
                # would need the lead's direction, which the aside hides: left to the world)
                pair_flow = True
            if pair_flow and last is None and d.ranking_home == home:
                pair_flow = False  # "Turkey stays Azerbaijan's top partner. Exports rose 8%": the ranking's home's total
            if pair_flow and last is None and d.world_headline == home:
                pair_flow = False  # "Azerbaijan – foreign trade in 2023 ... Exports: $7.1 bn": a release's world total
            if pair_flow and last is not None and home == d.reporter and larger_than_turnover(q, last):
                # "Kazakhstan's foreign trade reached $21.4 bn. Trade with China was $1.3 bn.
                # Exports amounted to $12.9 bn": no part of the pair's trade, the home's total.
                pair_flow = False
            if pair_flow and last is not None and home == d.reporter and larger_than_partner_flow(q, last, d.lead):
                # "Azerbaijan's exports reached $5.4 bn. The main partner was Turkey, with $1.1 bn.
                # Imports totaled $6.2 bn": after a lead on the home's total, a bare flow larger
                # than the partner's is the home's total again.
                pair_flow = False
            if pair_flow and d.world_lead_part(s.times, t.trigger.indicator) == home:
                pair_flow = False  # "In December alone, exports totalled $7.2 bn": a month of the lead's world total
            own_total = not world and home_weak_world(t, s, lex, q, d.last_actor == home)  # "the country's total exports"
            away = WORLD if world or own_total or d.pair is None or not pair_flow else next(c for c in d.pair if c != home)
            if lexeme == "aid" and tallied_by_receiver(home, s, d, lex):
                evidence.append(("pair", -1, -1, "discourse:receiver-tally"))
                return directed_who(WORLD, home, evidence)
            if lexeme == "aid" and away != WORLD and (donor := pair_donor(d.pair, lex)) is not None:
                evidence.append(("pair", -1, -1, "discourse:pair-donor"))
                return directed_who(donor, next(c for c in (home, away) if c != donor), evidence)
            evidence.append(("pair", -1, -1, "discourse:home"))
            # ("Foreign investment into Armenia totaled $391 m. Direct investment made up $286 m
            # of it": a part of the inflow just told, with no cue of its own, is an inflow too; so
            # is an amount told in the passive after it with no investor, "About $75 m was invested
            # in 2022 alone")
            inflow = lexeme == "invest" and last is not None and last.indicator == "investment" and last.flow_to == home and (
                flow_cue(t, s, lex) is None and (lex.breakdown.search(s.text) is not None or _PASSIVE_BEFORE.search(s.text, 0, t.start) is not None)
            )
            return directed_who(away, home, evidence) if home_receives(lexeme, t, s, lex) or inflow else directed_who(home, away, evidence)
        elif d.home and (last is None or last.indicator != "trade_turnover"):
            # "In January-October 2019, exports of goods amounted to $961 m": the home's own flow.
            evidence.append(("pair", -1, -1, "discourse:home-world-total"))
            return directed_who(WORLD, d.home, evidence) if home_receives(lexeme, t, s, lex) else directed_who(d.home, WORLD, evidence)
        elif d.home and last is not None and group_trade_of(d.home, last) and not larger_than_turnover(q, last):
            # "Georgia's trade with the EU reached $385 m. Exports amounted to $108 m": a group is
            # never the story's pair, so the part goes with the group's trade just told.
            away = last.country_b if last.country_a == d.home else last.country_a
            evidence.append(("pair", -1, -1, "discourse:breakdown-of-last"))
            return directed_who(away, d.home, evidence) if home_receives(lexeme, t, s, lex) else directed_who(d.home, away, evidence)
        else:
            return None
    known = origin or destination
    assert known is not None
    if (origin is None or destination is None) and (new := new_pair_other(known, s, refs, d)) is not None:
        # ("Azerbaijan also signed an agreement with Russia. Exports to the country ...")
        evidence.append(("partner", -1, -1, "discourse:talk-pair"))
        origin, destination = (origin, new) if origin else (new, destination)
    if origin is None or destination is None:
        bilateral = _pair_cue(s, lex)
        # One country read on both sides ("into Kazakhstan ..., a report from Kazakhstan's
        # bureau") is in doubt: no cue says which side it is on.
        both = known in slots.origin and known in slots.destination
        if origin is None and lexeme == "aid" and tallied_by_receiver(destination, s, d, lex):
            evidence.append(("origin", -1, -1, "discourse:receiver-tally"))
            return directed_who(WORLD, known, evidence)
        slot = OpenSlot(q, t, s, d, lex, known, origin is None, named, sentence_codes, world, bilateral, evidence, cue, both)
        other = fill_open_slot(slot)
        if other is None or any(c.start in agents and c.code == other for c in s.countries):
            return None  # "allocated $4 m to the road financed by China": China is no side of it
        # At home, when no partner is in sight: in a bilateral story, "invested $12 bn in the non-oil
        # sector" is in the partner, the conventions' default (`own_spending`).
        at_home = other == WORLD and origin is not None and home_object(t.text, s.text, s.amount_span(q)[1], [c.start for c in s.countries])
        if at_home or ((other == WORLD or known == d.home) and one_firm_acts(known, s.text, s.countries)):
            return None  # "Azerbaijan will invest $200 m in roads", "An Uzbek airline bought jets for $300 m"
        origin, destination = (origin, other) if origin else (other, destination)
    origin, destination = oriented_by_ranking(origin, destination, evidence, q, s, d, lex, t)
    origin, destination = signed_direction(q, t, s, origin, destination, evidence, lex)
    return directed_who(origin, destination, evidence)


def _speakers_country(code: str, s: SentenceParts, lex: Lexicon) -> bool:
    """Whether the sentence names a country only as the owner of a person who speaks ("Georgia's
    Minister of Economy", "Kazakh officials")."""
    mentions = [c for c in s.countries if c.code == code]
    return bool(mentions) and all(
        (c.adjective or c.possessive) and lex.people_after.match(s.text, c.end)
        for c in mentions
    )


def _respective_owner(q: Quantity, t: TriggerMention, s: SentenceParts, lex: Lexicon) -> CountryMention | None:
    """ "China and Germany were the largest export partners, with $11.2 bn and $3.8 bn,
    respectively": the subject of a "respectively" run that is this amount's, not the first."""
    if "respectively" not in s.text:
        return None  # the free test first: asked of every amount with no side named
    run = respective_members(q, t, s, lex)
    return run.members[run.own][0] if run is not None and not run.listed else None


# An amount a country pays from its own purse: "allocated $2 m from its state budget".
_OWN_FUNDS = re.compile(r",?\s(?:from|out\sof)\s(?:its|their)\s(?:own\s)?(?:state\s|national\s|federal\s)?(?:budgets?|funds|resources)\b", re.I)
# A reduced relative clause whose agent names who financed or built a thing other than the amount's
# own loan or grant: "to the project financed by Kuwait", "a road built by China".
_PARTICIPLE_BY = re.compile(
    r"\b(?P<noun>(?!(?:is|are|was|were|be|been|being|will|has|have|had|loan|loans|grant|grants|credit|aid|assistance|tranche|package)\b)[a-z-]+)"
    r"\s(?:(?:co-)?financed|funded|built|implemented|supported|sponsored|backed|constructed)\sby\s(?:the\s)?$",
    re.I,
)


def _later_world_clause(q: Quantity, t: TriggerMention, s: SentenceParts, lex: Lexicon) -> bool:
    """A clause after one that names the flow's countries, with a world cue of its own ("while
    total foreign direct investment reached ...") and no country."""
    cs, ce = s.clause_of(q.start)
    if cs == 0 or any(c.code and cs <= c.start < ce for c in s.countries):
        return False
    return any(c.code and c.end <= cs for c in s.countries) and is_world(t, s, lex, q)


def participle_agents(q: Quantity, t: TriggerMention, s: SentenceParts) -> frozenset[int]:
    """The countries a reduced relative clause after the amount names as the agent of another
    thing's financing ("allocated $2 m to the project financed by Kuwait"): no side of this flow."""
    after = max(q.end, t.end)
    if "by" not in s.text[after:]:
        return frozenset()
    return frozenset(c.start for c in s.countries if c.start > after and _PARTICIPLE_BY.search(s.text, max(after, c.start - 60), c.start))


def _words_of_pair_figure(t: TriggerMention, last: Figure | None) -> bool:
    """ "Uzbekistan's foreign trade turnover with China was $5.8 bn ... this figure is 9% higher
    ($5.3 bn a year earlier)": an amount with no trigger of its own carries the words of the
    figure before it, whose world word ("foreign") that figure's partner overruled; no world
    total."""
    return t.end == 0 and last is not None and WORLD not in (last.country_a, last.country_b) and bool(t.text) and t.text == last.measure
