"""Lists and coordination: "followed by China ($1.4 bn), Azerbaijan ($956 m)", "Norway - 387 m
manats" copy their head frame once per conjunct, and each conjunct fills the slot the head left
open."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.extract.amount_runs import parallel_run, respective
from dashboard.extract.countries import CountryMention
from dashboard.extract.discourse import WORLD, Discourse
from dashboard.extract.frame_coordination import named_runs
from dashboard.extract.frame_open_slot import home_of_ranking
from dashboard.extract.frame_ranking import ranked_side
from dashboard.extract.frame_slots import fill_slots
from dashboard.extract.frame_trigger import part_clause
from dashboard.extract.frame_types import Slots, Who, directed_who, turnover_who
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.list_heads import followed_head, followed_partner, governed_replaced, ranked_in
from dashboard.extract.list_members import bare_subject, compared_member, past_relative, relative_countries
from dashboard.extract.list_runs import SERIES, amounts_closing, opens_run, same_shape
from dashboard.extract.member_after import member_after
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity
from dashboard.extract.side_words import union_beside_member, world_member
from dashboard.extract.trigger_kind import Trigger
from dashboard.extract.venues import venue

_QUALIFIER_WORD = re.compile(
    r"(?:over|more\sthan|about|around|almost|nearly|approximately|some|under|less\sthan|up\sto|roughly|close\sto)\s?$", re.I
)

_LIST_PREPOSITIONS = ("to", "with", "from", "in", "into", "for", "by")
_PARTNER_PREPOSITIONS = ("to", "from", "in", "into", "for")
_GROWTH_VERB = re.compile(r"(?:doubl|tripl|quadrupl)(?:ed|ing)\b", re.I)
_GOVERNED = re.compile(r"^\s(?:from|to|into|with|of|in)\s(?:the\s)?$", re.I)
_TRIGGER_PREPOSITION = re.compile(r"\s(?:from|to|into|with|of|in)$", re.I)


def conjunct_of(q: Quantity, s: SentenceParts, lex: Lexicon) -> CountryMention | None:
    """The country a list binds to this amount: "China ($1.4 bn)", "Norway - 387 m manats",
    "to Italy $9.1 bn", "Tajikistan took second place with $14.6 bn"; "$50 m with Ukraine" after a
    head amount of trade with another."""
    if q.kind == "money" and (after := member_after(q, s)) is not None:
        return after
    before = [c for c in s.countries if c.code and c.end <= q.start and q.start - c.end <= 40]
    if not before or _GROWTH_VERB.match(s.text, q.start, q.end):
        # "trade with Russia doubled": a multiple said by a verb is its clause's verb, never a
        # list member's amount, so the country stays the flow's partner for every amount.
        return None
    c, gap = past_relative(before[-1], q, s)
    if gap.startswith(",") and compared_member(c, s):
        # "the second largest investor in Georgia after the USA, with $96 m": Russia's (where "after
        # the USA ($X)" is the USA's own)
        return None
    if lex.giving_before.search(s.text, max(0, c.start - 30), c.start):
        return None  # "provided Uzbekistan with 1.3 trillion yen": the one given to, not a list
    if any(t.end <= c.start and (_GOVERNED.match(s.text[t.end : c.start]) or (_TRIGGER_PREPOSITION.search(t.text) and not s.text[t.end : c.start].strip())) for t in s.triggers):
        # "and imports from Kazakhstan - $4.3 m", "€4.9 bn in trade with Uzbekistan – 1.7 times
        # the 2019 level": a slot of its own trigger (whose words may end in the preposition)
        return None
    for pattern, needs_preposition, after_owner, money_only, before_words in lex.conjunct_gaps:
        if (c.possessive and not after_owner) or (money_only and not bare_subject(c, q, s)):
            continue  # "Japan's exports ..." owns a frame of its own, unless a label follows it
        if before_words is not None and not before_words.search(s.text, max(0, c.start - 20), c.start):
            continue
        m = pattern.match(gap)
        if m is None:
            continue
        if gap.startswith(",") and (respective(q, s) or parallel_run(q, s)):
            return None  # "the Netherlands, the US and Switzerland, with $4.1 bn, $3.2 bn and ...": a run's list, no conjunct
        rest = gap[m.end() :]
        if rest and not _QUALIFIER_WORD.fullmatch(rest):
            continue
        if needs_preposition and s.preposition(c, 0) not in _LIST_PREPOSITIONS:
            if not (_continues_list(c, s, lex) or same_shape(c, gap, s) or opens_run(c, q, gap, s)):
                continue
        return c
    return None






def _continues_list(c: CountryMention, s: SentenceParts, lex: Lexicon) -> bool:
    """ "followed by Belarus 312 mln, Georgia 158 mln and Turkey 96 mln": a bare country
    right after a list's amount, past a comma or "and", is the list's next member."""
    m = SERIES.search(s.text, max(0, c.start - 12), c.start)
    if m is None:
        return False
    prev = amounts_closing(m.start(), s)
    # "of which Russia took $2.5 bn and China $2.1 bn": a part's list goes on the same way.
    return bool(prev) and (
        conjunct_of(prev[-1], s, lex) is not None or part_clause(prev[-1], s, lex) is not None or _governed_head(prev[-1], s)
    )


def _next_partner(c: CountryMention, conjunct: CountryMention, s: SentenceParts) -> bool:
    """ "Azerbaijan's exports to Russia stood at $3 bn and China at $2 bn": a bare conjunct joined
    right after the one amount of the partner its head's preposition governs."""
    ys = [y for y in s.quantities if c.end <= y.start and y.end <= conjunct.start]
    alone = len(ys) == 1 and not any(c.end <= x.start < ys[0].start for x in s.countries)
    return alone and not conjunct.possessive and _AND_NEXT.fullmatch(s.text, ys[0].end, conjunct.start) is not None


_AND_NEXT = re.compile(r",?\s(?:and|while|whereas)\s(?:the\s)?")


def _governed_head(q: Quantity, s: SentenceParts) -> bool:
    """ "Investments from Russia amounted to $98 m, France $31 m and Germany $12 m": the
    amount of a flow whose partner its trigger's preposition names heads a list of bare partners
    after it, each in that partner's place."""
    for c in s.countries:
        if not (c.code and c.end <= q.start and q.start - c.end <= 40) or any(c.end <= x.start < q.start for x in s.quantities):
            continue
        if any(t.end <= c.start and _governs(t, c, s) for t in s.triggers):
            return True
    return False


def _governs(t: TriggerMention, c: CountryMention, s: SentenceParts) -> bool:
    """A trigger's preposition right before a country, after it or its last word ("trade with")."""
    gap = s.text[t.end : c.start]
    return _GOVERNED.match(gap) is not None or (_TRIGGER_PREPOSITION.search(t.text) is not None and gap.strip() in ("", "the"))


_HEAD_PARTNER = frozenset({"with", "to", "into", "from"})
JOINT = re.compile(r"^\s(?:and|&)\s(?:the\s)?$")


def conjunct_who(
    q: Quantity, t: TriggerMention, conjunct: CountryMention, s: SentenceParts, d: Discourse, refs: dict[int, str], lex: Lexicon,
    listed: frozenset[int] = frozenset(),
) -> Who | None:
    """A list's conjunct: the head frame's fixed country, and this conjunct in the open slot.

    The head is the ranking's home ("Georgia's biggest partners: ..."); else, when the sentence
    already gave a figure of its own ("Turkey's investments totaled X, Norway - Y"), that figure
    with the conjunct in its actor's place; else the trigger's frame without the list's
    countries; else the last figure's frame: a list of investors or donors replaces its origin,
    a list of export markets its destination.
    """
    # The other members of the conjunct's partner list are not its head's ("with Kazakhstan
    # $0.9 bn and with Belarus $71 m": Belarus is read against the home, not Kazakhstan).
    head = fill_slots(q, t, s, lex, refs, skip=s.conjuncts | listed) if t.end else Slots()
    evidence = [*head.evidence, ("conjunct", conjunct.start, conjunct.end, "list")]
    lexeme = t.trigger.lexeme
    code = conjunct.code
    ranked = home_of_ranking(s, d, lex) or d.ranking_home
    # Under a heading the list's first member heads it: the figure before the heading is no head.
    last = d.last if d.heading_flow is None else None
    if lexeme == "turnover" and ranked and ranked != code:
        return _anchored(turnover_who(code, ranked, evidence), ranked, code)
    followed = followed_head(conjunct, s, last, ranked)
    if followed is not None and last is not None and followed != code:
        # "China remained the largest supplier, followed by Russia with $878 m": the conjunct
        # takes the place of the country the ranking named, in the figure just read of it.
        evidence.append(("head", -1, -1, "list:followed-by"))
        swap = {followed: code}
        a, b = (swap.get(x, x) for x in (last.country_a, last.country_b))
        if last.flow_from is None:
            return _anchored(turnover_who(a, b, evidence), b if a == code else a, code)
        return _anchored(directed_who(swap.get(last.flow_from, last.flow_from), swap.get(last.flow_to or "", last.flow_to), evidence), None, code)
    replaced = governed_replaced(head, code, s, last, d.last_in_sentence, t)
    if replaced is not None and last is not None and replaced != ranked:
        # (the ranking's own home, "the exporters to Georgia", is never the one replaced)
        # "Trade with Russia amounted to $11.2 bn, China followed with $7.9 bn", "Exports to
        # Russia made up $2 bn, followed by China ($0.9 bn)": the head's one country, named after
        # its preposition, has its figure already; the conjunct takes its place in that figure.
        evidence.append(("head", -1, -1, "list:new-partner"))
        swap = {replaced: code}
        home_side = last.country_b if last.country_a == replaced else last.country_a
        if last.flow_from is None:
            return _anchored(turnover_who(code, home_side, evidence), home_side, code)
        origin, destination = swap.get(last.flow_from, last.flow_from), swap.get(last.flow_to or "", last.flow_to)
        return _anchored(directed_who(origin, destination, evidence), home_side, code)
    parallel = d.last_in_sentence and last is not None and d.last_actor is not None and last.indicator == t.trigger.indicator
    if parallel and last is not None and d.last_actor is not None and d.last_actor != code:
        evidence.append(("head", -1, -1, "parallel:previous-figure"))
        # "Kazakhstan was the largest destination for Georgian exports with $181.9 m, followed
        # by Russia ($148.3 m)": the ranking's owner stays, its ranked country is replaced, even
        # where the owner was the figure's actor.
        actor = ranked_in(last, ranked) or (followed_partner(conjunct, s, last, d.home) if ranked is None else None) or d.last_actor
        if WORLD in (last.flow_from, last.flow_to) and world_member(s.text, conjunct.start, lex.sides):
            actor = WORLD  # "gave aid to two countries – Nepal ($9,000) and ...": the world's members
        swap = {actor: code}
        pair = (last.country_a, last.country_b)
        keep = d.last_anchor if d.last_anchor in pair else d.last_actor  # a conjunct before kept its anchor
        p = s.preposition(conjunct, 0)
        # ("with Spain second with $360 m" names a ranked investor: "with" is a partner's only in trade)
        if keep in pair and code not in pair and (p in _PARTNER_PREPOSITIONS or (p == "with" and last.flow_from is None)):
            # "Kazakhstan's trade with Russia reached $26 bn, and trade with China $24 bn",
            # "exports to Italy reached $9 bn, to Turkey $2.3 bn", "invested $3 bn in Kazakhstan,
            # in Uzbekistan $1.2 bn": a conjunct a preposition governs is a new partner of the
            # same actor, not a new actor.
            swap = {next(x for x in pair if x != keep): code}
        elif keep in pair and code not in pair and any(
            c.code in pair and c.code != keep and s.preposition(c, 0) in _HEAD_PARTNER and (last.flow_from is None or _next_partner(c, conjunct, s))
            for c in s.countries if c.end <= q.start
        ):
            # "Georgia's trade with Armenia was $210 m, Ukraine $98 m", "Azerbaijan's exports to
            # Russia stood at $3 bn and China at $2 bn": a new partner in the governed one's place
            swap = {next(x for x in pair if x != keep): code}
        own_side = _own_side(p, lexeme)
        if own_side is not None and last.flow_from is not None and last.flow_to is not None and code not in pair:
            # "investment in Azerbaijan from Turkey reached $2 bn, and from Russia $1 bn": the
            # conjunct's preposition names the side it replaces, whichever the actor was.
            replaced = last.flow_from if own_side == "origin" else last.flow_to
            swap, keep = {replaced: code}, (last.flow_to if own_side == "origin" else last.flow_from)
        if last.flow_from is None:
            a, b = (swap.get(x, x) for x in (last.country_a, last.country_b))
            return _anchored(turnover_who(a, b, evidence), b if a == code else a, code)
        origin = swap.get(last.flow_from, last.flow_from)
        destination = swap.get(last.flow_to or "", last.flow_to)
        # The actor kept is the next conjunct's anchor too: "to France $1.97 bn and to Indonesia $1.12 bn".
        kept = keep if keep in (origin, destination) and keep != code else None
        return _anchored(directed_who(origin, destination, evidence), kept, code)
    fixed = [x for x in dict.fromkeys([*head.origin, *head.destination, *head.partner]) if x != code]
    if lexeme == "turnover":
        reporter = d.reporter if d.reporter and d.reporter != code and not head.partner else None
        anchor = ranked if ranked and ranked != code else (reporter or (fixed[0] if fixed else d.home_for_list(code)))
        return _anchored(turnover_who(code, anchor, evidence), anchor, code) if anchor else None
    # "..., Georgia - $2.45 bn and Germany - $54.7 m": the "and" that joins a list's last member
    # governs it no more than the comma before the others does.
    p = None if (p := s.preposition(conjunct, 0)) == "and" else p
    own_slot = "destination" if p in ("to", "into") else "origin" if p == "from" else None
    if own_slot and last is not None and d.last_in_sentence and last.flow_from and last.flow_to and last.indicator == t.trigger.indicator:
        # "Exports to Azerbaijan amounted to $500 m, to Armenia $270 m": the conjunct's own
        # preposition names its slot; the other side is the head figure's.
        evidence.append(("head", -1, -1, "list:own-preposition"))
        keep = last.flow_from if own_slot == "destination" else last.flow_to
        if keep != code:
            return directed_who(keep, code, evidence) if own_slot == "destination" else directed_who(code, keep, evidence)
    # ("Kazakhstan remained Armenia's top partner by exports, followed by Iran ($3 m)": a ranked head)
    role = ranked_side(s, lex) if ranked is not None and ranked != code else None
    if role is not None and ranked is not None:
        # "Georgia's largest investor was the UK with $412 m": the owner of a ranking noun that
        # is also the trigger is no actor of its flow; the noun says the member's side.
        evidence.append(("head", -1, -1, "list:ranking-role"))
        return directed_who(code, ranked, evidence) if role == "origin" else directed_who(ranked, code, evidence)
    if head.origin and head.origin[0] != code:
        return directed_who(head.origin[0], code, evidence)
    if head.destination and head.destination[0] != code:
        return directed_who(code, head.destination[0], evidence)
    if not fixed and ranked is None and last is not None and last.flow_from and last.flow_to and last.indicator == t.trigger.indicator:
        evidence.append(("head", -1, -1, "discourse:last-figure"))
        gapped_of = p == "of" and _GAPPED_OF.search(s.text, max(0, conjunct.start - 12), conjunct.start) is not None
        owner = None if not gapped_of else "destination" if lexeme == "import" else "origin" if lexeme in ("invest", "aid", "export") else None
        if owner is not None and code not in (last.flow_from, last.flow_to):
            # "investments of Turkey in Georgia amounted to $32 m, of China - $41 m": the owner's place
            return directed_who(code, last.flow_to, evidence) if owner == "origin" else directed_who(last.flow_from, code, evidence)
        # "The most went to Nepal ($4 m), followed by Laos ($2 m)": the conjunct takes the place
        # of the country the sentence's head figure named, on its side.
        # (the country right before, with its own amount between: "Russia and Iran – $2 m each" replaces no one)
        head_c = [c for c in s.countries if c.code and c.end <= conjunct.start][-1:]
        if d.last_in_sentence and head_c and head_c[0].code in (last.flow_from, last.flow_to) and code not in (last.flow_from, last.flow_to) and any(
            head_c[0].end <= y.start < conjunct.start for y in s.quantities
        ):
            return directed_who(code, last.flow_to, evidence) if head_c[0].code == last.flow_from else directed_who(last.flow_from, code, evidence)
        to_conjunct = p in ("to", "into") or (lexeme == "export" and p != "from")
        home = d.reporter or d.home
        if d.last_lexeme != lexeme and home in (last.flow_from, last.flow_to) and home != code:
            # "Exports to Latvia reached $829 m. Imports came from: Israel - $1.98 bn": a list of
            # the other side of trade is the reporting country's, not the last figure's partner's.
            return directed_who(home, code, evidence) if to_conjunct else directed_who(code, home, evidence)
        if to_conjunct:
            return directed_who(last.flow_from if last.flow_from != code else last.flow_to, code, evidence)
        return directed_who(code, last.flow_to if last.flow_to != code else last.flow_from, evidence)
    anchor = ranked if ranked and ranked != code else (fixed[0] if fixed else d.home_for_list(code))
    if anchor is None:
        return None
    role = ranked_side(s, lex) if anchor == ranked else None
    if role is not None:
        # "Among the exporter countries into Armenia, Russia leads with $415 m": the ranking's
        # noun, not the trigger, says which side its members are on.
        evidence.append(("head", -1, -1, "list:ranking-role"))
        return directed_who(code, anchor, evidence) if role == "origin" else directed_who(anchor, code, evidence)
    # ("invested abroad: in Russia - $32 m, in Korea - $41 m": "in" names an investment's host)
    goes_to = _own_side(p, lexeme) == "destination" or (p is None and lexeme == "export")
    return directed_who(anchor, code, evidence) if goes_to else directed_who(code, anchor, evidence)


# "of" repeated right after the comma or "and" that gaps the flow's noun ("..., of China - $41 m"):
# the flow's owner, the buyer of imports, else the investor, the giver or the seller (not "ahead of
# Armenia ($266 m)")
_GAPPED_OF = re.compile(r"(?:,|\band)\sof\s(?:the\s)?$")


def _own_side(preposition: str | None, lexeme: str) -> str | None:
    """The side of a directed flow a conjunct's own preposition names: "from" its origin, "to"
    its destination, "in" an investment's or a grant's host."""
    if preposition == "from":
        return "origin"
    if preposition in ("to", "into") or (preposition in ("in", "for") and lexeme in ("invest", "aid")):
        return "destination"
    return None


def _anchored(who: Who | None, anchor: str | None, actor: str) -> Who | None:
    return None if who is None else replace(who, anchor=anchor, actor=actor)


def with_conjuncts(s: SentenceParts, lex: Lexicon) -> SentenceParts:
    """The sentence with its list members, and the countries of parts ("of which China ..."),
    marked, once, for every frame read from it: they are no slot of another amount's frame."""
    parts = {p[0].start for q in s.quantities if (p := part_clause(q, s, lex)) is not None}
    parts |= {c.start for q in s.quantities for c in _share_part_countries(q, s, lex)}
    parts |= {c.start for c in s.countries if c.code and s.preposition(c, 0) == "in" and venue(c, s, lex)}
    parts |= union_beside_member(s.text, s.countries, lex.sides)  # "to Bulgaria from the EU": the group it is picked from
    # "followed by China, which borders Germany, with $1.3 bn": the member's own clause names no side
    parts |= {start for q in s.quantities if (inside := relative_countries(q, s)) and conjunct_of(q, s, lex) is not None for start in inside}
    # The countries before one amount all ask for its conjunct: it is found once per amount.
    bound_to: dict[int, CountryMention | None] = {}
    found = frozenset(c.start for c in s.countries if c.code and (_binds_amount(c, s, lex, bound_to) or c.start in parts))
    return replace(s, conjuncts=found) if found else s


_OPENER_AFTER_SHARE = re.compile(r"\sof\s(?:which|it|this|them)")


def _share_part_countries(q: Quantity, s: SentenceParts, lex: Lexicon) -> list[CountryMention]:
    """ "..., of which 49.6 percent came from China", "of which 56.8% came from Great Britain, Turkey
    and the USA": the countries a share of the whole just stated came from. A share is no figure,
    and its countries are no partner of the whole (a world total) nor of another amount."""
    if q.kind != "percent":
        return []
    # The opener before the share, or after it: "..., 20% of which came from Russia".
    after = _OPENER_AFTER_SHARE.match(s.text, q.end)
    if after is None and lex.part_amount_opener.search(s.text, max(0, q.start - 30), q.start) is None:
        return []
    first = next((c for c in s.countries if c.code and c.start >= q.end), None)
    if first is None or lex.part_link.fullmatch(s.text, after.end() if after else q.end, first.start) is None:
        return []
    run = next((r for r in named_runs(s, lex) if first in r), [first])
    return run[run.index(first) :]


def _binds_amount(c: CountryMention, s: SentenceParts, lex: Lexicon, bound_to: dict[int, CountryMention | None]) -> bool:
    """A list member: bound to the amount after it, alone or coordinated ("Russia and Iran - $X each"),
    or to the money after its share ("France accounted for 23.4% ($412 m)")."""
    after = next((i for i, q in enumerate(s.quantities) if q.start >= c.end), None)
    if after is None:
        return False
    money = next((i for i, q in enumerate(s.quantities) if i >= after and q.kind == "money"), after)
    for i in dict.fromkeys((after, money)):
        if i not in bound_to:
            bound_to[i] = conjunct_of(s.quantities[i], s, lex)
        bound = bound_to[i]
        if bound is c or (bound is not None and bool(JOINT.match(s.text[c.end : bound.start]))):
            return True
    return False


def list_head_trigger(d: Discourse) -> TriggerMention | None:
    """A list with no trigger of its own continues the last figure's frame, or the frame of the
    heading that opened it since, or before any figure the flow the article announced."""
    if d.heading_flow is not None:
        return TriggerMention(0, 0, Trigger(*d.heading_flow), "")
    if d.last is None:
        # Before any figure, the flow of the data a sentence announced ("has published export data
        # for 2009. Italy accounted for $1.9 bn, followed by ...") or of a ranking with no amount.
        return None if d.ranking_flow is None else TriggerMention(0, 0, Trigger(*d.ranking_flow), "")
    return TriggerMention(0, 0, Trigger(d.last.indicator, d.last_lexeme or "turnover"), d.last.measure or "")
