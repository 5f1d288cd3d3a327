"""The pair and direction of an amount's frame (`who_for`): from the first of its sources, in the
order `rules/frames.toml` gives ([frame]), that decides - the whole it is a part of, the list it
is a conjunct of, the discourse's topic or last figure, ..., and last the slots its clause fills
(`frame_from_slots`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise

from dashboard.extract.bracket_base import bracketed_base
from dashboard.extract.discourse import WORLD, Discourse
from dashboard.extract.firm_subject import unowned_firm_acts
from dashboard.extract.frame_coordination import list_skip, respective_member, respective_others
from dashboard.extract.frame_direction import actor_codes
from dashboard.extract.frame_from_slots import who_from_slots
from dashboard.extract.frame_gapped import gapped_owner, gapped_subject
from dashboard.extract.frame_lists import JOINT, conjunct_of, conjunct_who
from dashboard.extract.frame_signing import signed
from dashboard.extract.frame_trigger import part_clause, relative_clause, told_after, whole_named
from dashboard.extract.frame_types import Who, directed_who
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.list_parts import part_of, part_who
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.named_whole import part_after_whole, part_of_named_whole, whole_after_part
from dashboard.extract.quantities import Quantity
from dashboard.extract.share_whole import share_whole
from dashboard.extract.two_way import two_way


@dataclass
class Framing:
    """One amount's frame being decided: what each source of `FRAME_SOURCES` reads. A source
    may narrow the sentence for the sources after it (`s`: the countries it binds elsewhere)."""

    q: Quantity
    t: TriggerMention
    s: SentenceParts
    d: Discourse
    refs: dict[int, str]
    lex: Lexicon


class _NoFigure:
    """A source's answer that the amount states no flow of a pair ("Japan and Korea invested $900 m")."""


NO_FIGURE = _NoFigure()
Decision = Who | _NoFigure | None  # a frame; no figure; or not this source's to say


def _part_clause(f: Framing) -> Decision:
    """ "FDI reached $982 m, of which China accounted for $402 m": a part of the whole before it."""
    part = part_clause(f.q, f.s, f.lex)
    if part is None:
        return None
    who = part_who(f.q, f.t, part[1], part[0], f.d)
    if who is None:
        f.s = replace(f.s, conjuncts=f.s.conjuncts - {part[0].start})  # no whole to break down: its own frame
    return who


def _named_whole_part(f: Framing) -> Decision:
    """ "Russia accounted for $2 bn of this volume": its part of the world total just read."""
    named = [c for c in f.s.countries if c.code and c.end <= f.q.start]
    if f.t.end or f.d.last is None:
        return None
    if not named or not whole_named(f.q, f.s, f.lex):
        # "Of the total volume, $2.4 bn falls on China": the whole first, the part's country after
        after = part_after_whole(f.q, f.s, f.lex)
        return part_of(f.d.last, f.t, after) if after is not None else None
    return part_of(f.d.last, f.t, named[-1])


def _list_conjunct(f: Framing) -> Decision:
    """The member a list binds to the amount; a "respectively" run aligned with a list says each
    amount's member before any gap does."""
    conjunct = (respective_member(f.q, f.s, f.lex) if not f.t.end else None) or conjunct_of(f.q, f.s, f.lex)
    if conjunct is None:
        return None
    listed, _, _ = list_skip(f.q, f.s, f.lex, conjunct)
    return conjunct_who(f.q, f.t, conjunct, f.s, f.d, f.refs, f.lex, listed) or NO_FIGURE


def _gapped_subject(f: Framing) -> Decision:
    """ "Kazakhstan has invested $3 bn in Uzbekistan and Uzbekistan $1.2 bn in Kazakhstan"."""
    return gapped_subject(f.q, f.t, f.s, f.d)


def _unowned_firm(f: Framing) -> Decision:
    """ "Caspian Build LLC will invest $40 m in a hotel in Ashgabat": a firm no country owns gives
    or invests; no country of the sentence or of the story is its nationality."""
    return NO_FIGURE if unowned_firm_acts(f.t, f.s, f.lex) else None


def _discourse_topic(f: Framing) -> Decision:
    """ "Trade between Georgia and Kazakhstan keeps rising. It has been around $415 m"."""
    if f.t.end:
        return None  # (before the topic: the discourse works it out only when asked)
    topic = f.d.topic
    if topic is None or topic.pair is None or f.s.names_country_before(f.q.start):
        return None
    return Who(topic.pair, None, None, (("pair", -1, -1, "discourse:topic"),))


def _previous_figure(f: Framing) -> Decision:
    """ "This figure is 23.6% higher ($3.8 bn a year earlier)": the last figure's frame."""
    if f.t.end or any(c.code for c in f.s.countries) or f.d.last is None:
        return None
    if f.d.last_unpaired is not None and f.d.last_unpaired == f.d.last_group:
        return NO_FIGURE  # "Trade with the CIS was $5 bn. This figure is 9% more": the group's, no figure
    return _last_frame(f.d)


# The flow just told, going the other way: "Investment from Azerbaijan in Turkey reached $2 bn,
# and in the opposite direction $1 bn", "... and vice versa, $1 bn".
_OTHER_WAY = re.compile(r"\b(?:in\sthe\s(?:opposite|reverse|other)\sdirection|vice\sversa|the\sother\sway\s(?:round|around))\b", re.I)


def _other_way(f: Framing) -> Decision:
    """The last figure's flow with its sides swapped, for an amount whose own stretch (from the
    amount before it to the one after) says it goes the other way, with no country between."""
    last = f.d.last
    if last is None or last.flow_from is None or last.flow_to is None or not f.d.last_in_sentence:
        return None
    start = max([f.s.clause_of(f.q.start)[0], *(y.end for y in f.s.quantities if y.end <= f.q.start)])
    end = min([len(f.s.text), *(y.start for y in f.s.quantities if y.start >= f.q.end)])
    m = _OTHER_WAY.search(f.s.text, start, end)
    if m is None or any(min(m.start(), f.q.start) <= c.start < max(m.end(), f.q.end) for c in f.s.countries):
        return None
    evidence = (("pair", -1, -1, "discourse:other-way"),)
    return Who((last.country_a, last.country_b), last.flow_to, last.flow_from, evidence)


def _refers_back_in_sentence(f: Framing) -> Decision:
    """ "Azerbaijan received $4.5 bn of FDI in 2005, and the ministry expects the figure to fall to
    $3 bn this year": a later clause's amount of "the figure" is the figure before it."""
    last = f.d.last
    if not f.t.end or last is None or not f.d.last_in_sentence or not _refers_back(f.q, f.t, f.s, f.lex, last.indicator):
        return None
    return _last_frame(f.d)


def _same_flow_referred_back(f: Framing) -> Decision:
    """ "Armenia imported $356 m of goods from Iran. This shows a fall in imports by
    3.2 percent": a sentence that opens by referring back ("This", "It") and names no country
    tells of the same flow as the figure before, when it names that flow by the same word."""
    last = f.d.last
    if not f.t.end or last is None or f.d.last_lexeme != f.t.trigger.lexeme or last.flow_from is None:
        return None
    if f.s.names_country_before(len(f.s.text)) or not f.lex.anaphor_opener.match(f.s.text):
        return None
    return _last_frame(f.d)


def _whole_before(f: Framing) -> Decision:
    """ "... of it $37 m is export": a side of the bilateral whole told just before."""
    back = _side_of_whole_before(f.q, f.t, f.s, f.d, f.lex)
    if back is None:
        return NO_FIGURE if _group_goes_on(f) else None
    return back if isinstance(back, Who) else NO_FIGURE


def _group_goes_on(f: Framing) -> bool:
    """ "Trade between Korea and the Central Asian states reached $9 bn. Cumulative investment
    exceeds $4 bn": a flow whose sentence names no country, right after a group's flow in its
    paragraph, goes on with that group (no pair), not with the story's pair; a world word still
    makes it a country's total ("Total foreign trade reached ...")."""
    if not f.d.whole_before[2] or any(c.code for c in f.s.countries):
        return False
    return not (f.s.may_hold(f.lex.world_gate) and f.lex.world.search(f.s.text))


def _group_on_a_side(f: Framing) -> Decision:
    """ "trade between India and the states of the region", "the CIS countries account for
    45.1%, or $2.2 bn": a group of countries, no pair."""
    q, t, s = f.q, f.t, f.s
    if not t.end or (f.d.last_group is None and not s.may_hold(f.lex.group_gate)):
        return None  # no group's word, nor a group told before whose rest this may be: the cheap tests first
    aside = relative_clause(s, q)
    start, end = _own_conjunct_start(q, t, s), max(t.end, q.start)
    if _group_referred_back(q, t, s, f.lex, start):
        return NO_FIGURE
    rest = f.d.last_group is not None and f.lex.group_rest.search(s.text, start, end) is not None
    if (rest or _group_side(s, f.lex, start, end, aside)) and not _named_part(q, s, f.lex):
        return NO_FIGURE
    # "has provided $400 m in assistance to the region": the group the flow goes to, after it.
    m = _TO_GROUP.match(s.text, max(t.end, q.end))
    return NO_FIGURE if m is not None and f.lex.group_side.match(s.text, m.end()) is not None else None


def _group_referred_back(q: Quantity, t: TriggerMention, s: SentenceParts, lex: Lexicon, start: int) -> bool:
    """ "trade with the CIS countries, where turnover fell 9% to $1.2 bn", "the Gulf states, in
    which exports rose 30%": a clause that refers back to the group right before it tells the
    group's flow, unless it names a country of its own before the amount (a member's part)."""
    if not s.may_hold(lex.group_gate):
        return False
    floor = s.clause_of(start - 1)[0] if start else 0
    for m in lex.holders.group_clause.finditer(s.text, floor, min(t.start, q.start)):
        if any(g.end() == m.start() for g in lex.group_side.finditer(s.text, floor, m.start())):
            return not any(c.code and m.end() <= c.start < q.start for c in s.countries)
    return False


def _named_part(q: Quantity, s: SentenceParts, lex: Lexicon) -> bool:
    """ "exports to the EAEU countries were $72.1 m, of which $41.3 m went to Kazakhstan": a part
    that names its own country; the group is the whole's side, not the part's."""
    if lex.part_amount_opener.search(s.text, max(0, q.start - 30), q.start) is None:
        return False
    c = next((c for c in s.countries if c.code and c.start >= q.end), None)
    return c is not None and lex.part_link.fullmatch(s.text, q.end, c.start) is not None


# The words between a flow's amount (or trigger) and the group it goes to or comes from, right
# after them: "$400 m in assistance to the region", "$2 bn in loans to Central Asian countries".
_TO_GROUP = re.compile(r"(?:\s(?:in|of)\s(?:[\w-]+\s){0,2}?[\w-]+)?\s(?=(?:to|into|from|for)\s)", re.I)


def _joint_subjects(f: Framing) -> Decision:
    """ "Japan and Korea invested $900 m": two countries' flows in one amount."""
    q, t, s = f.q, f.t, f.s
    if t.trigger.lexeme != "turnover" and _joint_actors(t, s) and not any(c.agency for c in s.countries) and not respective_others(q, t, s, f.lex):
        # "Uzbekistan and Japan signed a loan agreement": the two parties of one loan, not its joint givers
        return None if signed(q, t, s) else NO_FIGURE
    return None


def _told_after(f: Framing) -> Decision:
    """ "..., of which $22 m is exports from Kyrgyzstan and $46 m imports": a flow told after its
    amount takes none of the countries before the amount, the earlier conjunct's."""
    earlier = {c.start for c in f.s.countries if c.end <= f.q.start} if told_after(f.q, f.t, f.s, f.lex) else set()
    if earlier - f.s.conjuncts:
        f.s = replace(f.s, conjuncts=f.s.conjuncts | earlier)
    return None


def _slots(f: Framing) -> Decision:
    """The frame its clause's slots fill (`frame_from_slots`), with a part of a whole named after it
    and the country that acts."""
    who = who_from_slots(f.q, f.t, f.s, f.d, f.refs, f.lex)
    if who is None:
        return NO_FIGURE
    who = whole_after_part(f.q, f.s, part_of_named_whole(f.q, f.t, f.s, who, f.lex), f.lex)
    actors = [code for code, rule in actor_codes(f.s, who.evidence, f.t.trigger.lexeme)]
    return Who(who.pair, who.origin, who.destination, who.evidence, actors[0] if actors else None, who.anchor)


def _received_whole(f: Framing) -> Decision:
    """ "Of the $2 bn of FDI that Georgia attracted, ...", "Turkey's share of the $4 bn of FDI
    Azerbaijan received was ...": a whole its host is said to have taken in is the host's inflow
    from the world, whatever part a country has of it."""
    if f.t.trigger.indicator != "investment" or not _WHOLE_BEFORE.search(f.s.text, max(0, f.q.start - 16), f.q.start):
        return None
    m = _RECEIVED_AFTER.match(f.s.text, f.q.end)
    host = next((c for c in f.s.countries if c.code and m is not None and c.start == m.start(1)), None)
    if m is None or host is None or host.code == WORLD:
        return None
    pair = (host.code, WORLD) if host.code < WORLD else (WORLD, host.code)
    return Who(pair, WORLD, host.code, (("pair", host.start, host.end, "whole:received"),))


# What opens a whole that its parts follow: "Of the", "Out of", "share of the".
_WHOLE_BEFORE = re.compile(r"(?:^|\b(?:share|part))\s?(?:Of|Out\sof|of)\s(?:the\s)?$")
# The whole's host as the subject of a verb of taking in, right after it, with no giver named.
_RECEIVED_AFTER = re.compile(
    r"\s(?:of\s)?(?:foreign\s(?:direct\s)?investments?|FDI|investments?)\s(?:that\s|which\s)?(?:the\s)?"
    r"((?:[A-Z][a-z]+\s){0,2}?[A-Z][a-z]+)\s(?:has\s|had\s)?(?:attracted|received|drew|got|obtained)\b(?!\s(?:[^,.;]{0,30}\s)?from\b)"
)


# The sources of an amount's frame, by the names `rules/frames.toml` ([frame] order) gives them
# and tries them in: the first that decides (a frame, or no figure) does.
FRAME_SOURCES: dict[str, Callable[[Framing], Decision]] = {
    "bracketed-base": lambda f: bracketed_base(f.q, f.s, f.d),
    "share-whole": lambda f: share_whole(f.q, f.t, f.s),
    "received-whole": _received_whole,
    "part-clause": _part_clause,
    "named-whole-part": _named_whole_part,
    "gapped-subject": _gapped_subject,
    "gapped-owner": lambda f: gapped_owner(f.q, f.t, f.s, f.d),
    "list-conjunct": _list_conjunct,
    "unowned-firm": _unowned_firm,
    "two-way": lambda f: NO_FIGURE if two_way(f.t, f.s) else None,
    "discourse-topic": _discourse_topic,
    "other-way": _other_way,
    "previous-figure": _previous_figure,
    "refers-back": _refers_back_in_sentence,
    "same-flow-back": _same_flow_referred_back,
    "whole-before": _whole_before,
    "group-side": _group_on_a_side,
    "joint-subjects": _joint_subjects,
    "told-after": _told_after,
    "slots": _slots,
}


def who_for(
    q: Quantity, t: TriggerMention, s: SentenceParts, d: Discourse, refs: dict[int, str], lex: Lexicon
) -> Who | None:
    """The pair and direction of an amount's frame: from the first of its sources, in the order
    of `rules/frames.toml`, that decides; None when the amount states no flow of a pair."""
    f = Framing(q, t, s, d, refs, lex)
    for name in lex.frame_order:
        decided = FRAME_SOURCES[name](f)
        if decided is not None:
            return decided if isinstance(decided, Who) else None
    return None


def _last_frame(d: Discourse) -> Who:
    last = d.last
    assert last is not None
    return Who((last.country_a, last.country_b), last.flow_from, last.flow_to, (("pair", -1, -1, "discourse:previous-figure"),))


# A group's possessive right after a country and a comma describes that country: "Kazakhstan,
# Central Asia's largest economy" is no group on a side of the flow.
_APPOSITIVE = re.compile(r"['’]s\b")
# A partner's region after it names where that one partner is from, no side of the flow ("exports to
# its partners from the CIS" are the group's).
_PARTNER_FROM = re.compile(r"\bpartner(?:\s(?:of|for)\s(?:the\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})?\s$")


def _group_side(s: SentenceParts, lex: Lexicon, start: int, end: int, aside: tuple[int, int] | None = None) -> bool:
    """A group of countries as one side of a flow between `start` and `end` ("trade with CIS
    countries"), not one in an apposition that describes a country named just before it."""
    if not lex.group_gate.search(s.text):
        return False  # most sentences name no group: the pattern, tried at every letter, is not run
    for m in lex.group_side.finditer(s.text, start, end):
        if aside is not None and aside[0] <= m.start() < aside[1]:
            continue  # "trade with Turkey, which exports cars to the region, rose ...": the clause's group
        if _PARTNER_FROM.search(s.text, max(0, m.start() - 60), m.start()) and m.group().lower().startswith("from "):
            continue  # "Georgia, the main trading partner of India from the Caucasus": where the partner is from
        described = m.group().startswith(",") and any(c.code and c.end == m.start() for c in s.countries)
        if not (described and _APPOSITIVE.match(s.text, m.end())):
            return True
    return False


def _own_conjunct_start(q: Quantity, t: TriggerMention, s: SentenceParts) -> int:
    """Where the words that name an amount's sides begin: its trigger's clause, or past the amount
    before it when a gapped conjunct names a country of its own between ("exports to CIS
    countries amounted to 71.8 bn drams, and to EU countries to 95.4 bn drams": the group is
    the first amount's side, not the second's)."""
    cs = s.clause_of(min(t.start, q.start))[0]
    earlier = [y for y in s.quantities if y.kind == q.kind and cs <= y.start and y.end <= q.start and y.start > t.end]
    if earlier and any(c.code and earlier[-1].end <= c.start < q.start for c in s.countries):
        return earlier[-1].end
    return cs


def _side_of_whole_before(q: Quantity, t: TriggerMention, s: SentenceParts, d: Discourse, lex: Lexicon) -> Who | bool | None:
    """ "Trade with the EU was $192 m. $37 m of it is export, import accounts for $155 m": in a
    clause that names no country and refers back to the sentence before's flow as a whole, an
    export or import is the home's side of that flow (False: the whole was a group's, so no
    figure; None: the rule does not apply)."""
    home = d.reporter or d.home
    # ("$900 m accounted for exports from Azerbaijan": the home named again is still the home's side)
    if t.trigger.lexeme not in ("export", "import") or any(c.code and c.code != home for c in s.countries):
        return None
    last, unpaired, group_just_before = d.whole_before
    if lex.back_whole.search(s.text, 0, s.clause_of(q.start)[1]) is None:
        # "Trade with the EAEU countries amounted to $14.8 bn. Exports amounted to $4.4 bn": a
        # side told right after a group's flow, naming no country, is that group's.
        return False if group_just_before else None
    if unpaired:
        return False
    if last is None or last.indicator != "trade_turnover" or last.kind != "level" or WORLD in (last.country_a, last.country_b):
        return None
    if home not in (last.country_a, last.country_b):
        return None
    partner = last.country_b if last.country_a == home else last.country_a
    origin, destination = (home, partner) if t.trigger.lexeme == "export" else (partner, home)
    return directed_who(origin, destination, [("pair", -1, -1, "discourse:whole-before")])


def _refers_back(q: Quantity, t: TriggerMention, s: SentenceParts, lex: Lexicon, indicator: str) -> bool:
    """An amount of a later clause than its trigger's, after "the figure" ("this amount", "the
    volume") with no other amount between: the figure before it, of the same measure."""
    cs = s.clause_of(q.start)[0]
    if t.end > cs or t.trigger.indicator != indicator:
        return False
    anaphor = None
    for anaphor in lex.anaphor.finditer(s.text, cs, q.start):  # noqa: B007 - the last one counts
        pass
    return anaphor is not None and not any(anaphor.end() <= y.start and y.end <= q.start for y in s.quantities)


def _joint_actors(t: TriggerMention, s: SentenceParts) -> bool:
    """Two countries joined by "and" as the subject of a flow, right before its trigger."""
    cs = s.clause_of(t.start)[0]
    before = [c for c in s.countries if c.code and cs <= c.start < t.start and s.preposition(c, cs) in (None, "and")]
    for a, b in pairwise(before):
        if a.code != b.code and JOINT.match(s.text[a.end : b.start]) and not s.text[b.end : t.start].strip().startswith(("'", "’")):
            between = s.text[b.end : t.start]
            return len(between) < 16 and "between" not in s.text[max(cs, a.start - 12) : a.start]
    return False
