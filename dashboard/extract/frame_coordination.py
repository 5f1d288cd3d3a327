"""Coordinated partners: countries listed in one role ("trade with Belarus and Ukraine", "with
Japan ... and with South Korea ...", "Czechia and Poland ... respectively") share that role. They
are never each other's partner: each is read against the home, and each amount against its own
member of the list (the one before it, or its place in a "respectively" run)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import NamedTuple

from dashboard.extract.amount_runs import parallel_run, respective
from dashboard.extract.countries import CountryMention
from dashboard.extract.discourse import Discourse
from dashboard.extract.frame_carried import carried_member_parts
from dashboard.extract.frame_signing import signs
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SEAT_PHRASE, SentenceParts, TriggerMention, per_sentence
from dashboard.extract.quantities import Quantity
from dashboard.extract.side_words import union_beside_member


@per_sentence
def partner_lists(s: SentenceParts, lex: Lexicon) -> list[list[CountryMention]]:
    """The sentence's lists of countries in one role, each in the order the text names them:
    a run joined by commas or "and" under one preposition ("imports from Czechia and Poland"),
    or before a "respectively" ("Latvia and Lithuania accounted for $X and $Y respectively");
    and the countries each governed by its own repeat of one preposition ("trade with Japan
    ... and with South Korea ..."). "between A and B" names a pair, not a list."""
    named = [c for c in s.countries if c.code]
    if len({c.code for c in named}) < 2:
        return []  # a list names two countries at least
    parent = list(range(len(named)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        parent[root(j)] = root(i)

    for run in named_runs(s, lex):
        if _run_shares_role(run[0], run[-1], s, lex):
            for k in range(1, len(run)):
                join(named.index(run[0]), named.index(run[k]))
    beside = union_beside_member(s.text, s.countries, lex.sides)  # "from Poland from the EU": no two partners
    for i, c in enumerate(named):
        p = s.preposition(c, 0)
        if p in lex.coordination_prepositions and not (c.adjective or c.possessive) and c.start not in beside:
            for k in range(i):
                other = named[k]
                if s.preposition(other, 0) == p and other.code != c.code and not (other.adjective or other.possessive):
                    join(k, i)
    groups: dict[int, list[CountryMention]] = {}
    for i, c in enumerate(named):
        groups.setdefault(root(i), []).append(c)
    return [g for g in groups.values() if len({c.code for c in g}) >= 2]


@per_sentence
def named_runs(s: SentenceParts, lex: Lexicon) -> list[list[CountryMention]]:
    """Countries joined by commas and a closing "and" ("Russia, Kazakhstan and China"); a comma
    alone joins nothing ("exporting to Georgia, Turkey leads"), and "between A and B" is a pair.
    A country's agency or abbreviation right after it is the same member ("Germany's KfW", "the
    Japan International Cooperation Agency (JICA)")."""
    named = [c for c in s.countries if c.code]
    if len({c.code for c in named}) < 2:
        return []  # a run names two countries at least
    runs: list[tuple[list[CountryMention], str]] = []
    run, closing = named[:1], ""
    for prev, c in pairwise(named):
        gap = s.text[prev.end : c.start]
        if c.code == prev.code and _SAME_MEMBER.fullmatch(gap):
            run.append(c)
            continue
        if lex.coordination_join.fullmatch(_GLOSS.sub("", gap.lstrip(")"))) and s.preposition(c, 0) != "between":
            run.append(c)
            closing = gap
            continue
        runs.append((run, closing))
        run, closing = [c], ""
    runs.append((run, closing))
    return [r for r, closing in runs if len({c.code for c in r}) >= 2 and _CLOSING_AND.search(closing)]


# A name's abbreviation in brackets, which no country list knows: "the Saudi Fund for Development (SFD)".
_GLOSS = re.compile(r"^\s?\([A-Za-z.\s]{1,12}\)")
# Between two mentions of one member of a list: "Germany's KfW", "the Japan International
# Cooperation Agency (JICA)".
_SAME_MEMBER = re.compile(r"(?:['’]s)?\s?\(?|\)|['’]s\s")
_CLOSING_AND = re.compile(r"\b(?:and|or)\b|&")


def _run_shares_role(first: CountryMention, last: CountryMention, s: SentenceParts, lex: Lexicon) -> bool:
    """A joined run is one role when a preposition governs its first member ("with Belarus and
    Ukraine") or its amounts follow "respectively": bare subjects joined by "and" with one
    amount ("Turkmenistan and Iran traded $540 m") are the pair itself."""
    if s.preposition(first, 0) in lex.coordination_prepositions:
        return not _new_clause(first, last, s)
    after = [q for q in s.quantities if q.start >= last.end]
    if after and respective(after[0], s) is not None:
        return True
    # "invested $200 m and $150 m in Armenia and Georgia, respectively": the run of amounts before
    # the list, "respectively" after it (whatever preposition, "in" too, governs the list)
    before = [q for q in s.quantities if q.end <= first.start]
    run = parallel_run(before[-1], s) if before and _RESPECTIVELY_AFTER.match(s.text, last.end) else None
    return run is not None and len(run[1]) == len({c.code for c in s.countries if first.start <= c.start <= last.start})


_RESPECTIVELY_AFTER = re.compile(r"(?:\s(?:in|during)\s(?:[A-Za-z-]+\s){0,3}(?:19|20)\d\d)?,?\s(?:respectively|accordingly)\b")


# A verb right after a country: it is the subject of a clause of its own.
_VERB_AFTER = re.compile(r"\s(?:also\s|then\s|later\s|in\sturn\s)?(?:has|have|had|is|was|were|will|would|did|[a-z]+ed)\b")


def _new_clause(first: CountryMention, last: CountryMention, s: SentenceParts) -> bool:
    """ "Japan extended a $50 m loan to Uzbekistan, and Germany has granted it €70 m": after a
    clause that has its amount, ", and" and a country with a verb of its own begin a new clause,
    not a longer list ("imports from Czechia, Poland, and Hungary amounted to ..." has no amount
    before its list)."""
    joined_by_comma_and = re.search(r",\s(?:and|while|but)\s", s.text[first.end : last.start]) is not None
    # A clause before the list with its amount, or its own verb ("The agreement was signed with
    # Mongolia, and Japan will provide ..."); a list's own verb comes after it.
    told_before = any(q.end <= first.start for q in s.quantities) or _VERB_BEFORE.search(s.text, max(s.clause_of(first.start)[0], s.text.rfind(",", 0, first.start)), first.start) is not None
    return joined_by_comma_and and told_before and _VERB_AFTER.match(s.text, last.end) is not None


_VERB_BEFORE = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would)\s(?:[a-z]+\s){0,2}?[a-z]+ed\b")


def own_member(q: Quantity, members: list[CountryMention], s: SentenceParts) -> CountryMention | None:
    """The member of a list that an amount is of: its place in a "respectively" run as long as
    the list, else the member named last before it; None when the list is joined with no
    "respectively" and no member of its own ("trade with Russia and Kazakhstan reached $5 bn")."""
    run = parallel_run(q, s)
    codes = list(dict.fromkeys(c.code for c in members))
    if run is not None and len(run[1]) == len(codes):
        code = codes[run[0]]
        return next(c for c in members if c.code == code)
    after = [c for c in members if c.start >= q.end]
    if after and _AMOUNT_THEN_MEMBER.fullmatch(s.text, q.end, after[0].start) and _parallel(after[0], members, s):
        return after[0]  # "$45 m from JICA and $78 m from KOICA": each amount's member follows it
    before = [c for c in members if c.end <= q.start]
    if before and _parallel(before[-1], members, s):
        return before[-1]
    return after[0] if after and not before and _parallel(after[0], members, s) else None


# ("$45 m in loans from JICA and $78 m in grants from KOICA": past the flow's noun named after the
# amount, and the participle or adverb that may follow it, "in grants received directly from", and
# the seat of the firms it came from, "came from companies registered in"; and a share in brackets,
# "$412 m (23.4%) from Turkey")
_AMOUNT_THEN_MEMBER = re.compile(
    rf"(?:\s?\([^()]{{0,30}}?\d\s?(?:%|percent|per\scent)[^()]{{0,12}}\))?\s(?:(?:in|of)\s)?(?:(?!and\b|or\b|while\b|but\b)[a-z]+\s){{0,3}}(?:from|to|into|with|by)\s(?:the\s)?(?:{SEAT_PHRASE})?"
)


class RespectiveRun(NamedTuple):
    """The members a "respectively" run of amounts is of, each with its mentions, in order."""

    members: list[list[CountryMention]]
    own: int  # this amount's place in the run
    listed: bool  # a list that continues the figure before (no trigger of the amount's own)

    def others(self) -> frozenset[int]:
        return frozenset(c.start for j, m in enumerate(self.members) if j != self.own for c in m)


def respective_members(q: Quantity, t: TriggerMention | None, s: SentenceParts, lex: Lexicon) -> RespectiveRun | None:
    """The members of the run closed by "respectively" that an amount belongs to, from the first
    place that names as many as the run has amounts: for an amount with no trigger of its own, a
    list before the run ("Latvia and Lithuania accounted for $149 m and $187 m respectively");
    the coordinated subjects of its trigger ("Germany's KfW, JICA and AFD disbursed GEL 61 m, GEL
    45 m and GEL 28 m, respectively"); the countries between its trigger and the run ("exports to
    Japan and Turkmenistan were $45 m and $78 m, respectively")."""
    run = respective(q, s)
    if run is None:
        return None
    own, amounts = run
    if t is None or not t.end:
        listed = _listed_members(s, lex, len(amounts), amounts[0].start)
        if listed:
            return RespectiveRun(listed, own, True)
    members = _subject_members(t, s, len(amounts)) if t is not None else []
    members = members or _object_members(t.end if t is not None else 0, s, len(amounts), amounts[0].start)
    return RespectiveRun(members, own, False) if members else None


def respective_member(q: Quantity, s: SentenceParts, lex: Lexicon) -> CountryMention | None:
    """ "Turkey and Uzbekistan follow with $228 m and $215 m, respectively": the member of a list
    before the run that an amount with no trigger of its own is of (the list continues the figure
    before)."""
    run = respective_members(q, None, s, lex)
    return run.members[run.own][0] if run is not None and run.listed else None


def respective_others(q: Quantity, t: TriggerMention, s: SentenceParts, lex: Lexicon) -> frozenset[int]:
    """The starts of the countries of a "respectively" run's other members: never this amount's."""
    run = respective_members(q, t, s, lex)
    return frozenset() if run is None else run.others()


def _listed_members(s: SentenceParts, lex: Lexicon, count: int, run_start: int) -> list[list[CountryMention]]:
    for members in partner_lists(s, lex):
        codes = list(dict.fromkeys(c.code for c in members))
        if len(codes) == count and members[-1].end <= run_start:
            return [[c for c in members if c.code == code] for code in codes]
    return []


# Between two members of a list: ", ", " and the ".
_NEXT_MEMBER = re.compile(r"(?:['’]s)?\)?(?:,\s(?:and\s)?|\sand\s)(?:the\s)?")


def _subject_members(t: TriggerMention, s: SentenceParts, count: int) -> list[list[CountryMention]]:
    cs = s.clause_of(t.start)[0]
    before = [c for c in s.countries if c.code and cs <= c.start < t.start]
    if len(before) > 2 and before[-1].possessive and "," not in s.text[before[-1].end : t.start]:
        before.pop()  # the ranking's owner, not a member: "Russia and China were Belarus's largest export partners"
    members: list[list[CountryMention]] = []
    for c in before:
        if members and _SAME_MEMBER.fullmatch(s.text, members[-1][-1].end, c.start) and members[-1][-1].code == c.code:
            members[-1].append(c)
        elif not members or _NEXT_MEMBER.fullmatch(s.text, members[-1][-1].end, c.start):
            members.append([c])
        else:
            members = [[c]]  # a country outside the list: the list starts again after it
    if len(members) != count or len(members) < 2 or s.text[members[-1][-1].end : t.start].count(",") > 0:
        return []
    return members


def _object_members(start: int, s: SentenceParts, count: int, run_start: int) -> list[list[CountryMention]]:
    named = [[c] for c in s.countries if c.code and start <= c.start < run_start]
    # A list, not the two sides of one flow: "exports from Georgia to Turkey rising by 17 and
    # 29 percent, respectively" are both Georgia's to Turkey, of two years.
    # Nor are the two sides of trade "between" them: "trade between Georgia and the EU amounted
    # to €96 m and €79 m in 2015 and 2016, respectively" is of two years.
    joined = all(_OBJECT_NEXT.fullmatch(s.text, a[0].end, b[0].start) for a, b in pairwise(named))
    between = bool(named) and _BETWEEN.search(s.text, max(0, named[0][0].start - 12), named[0][0].start) is not None
    return named if len(named) == count and joined and not between else []


_BETWEEN = re.compile(r"\bbetween\s(?:the\s)?$", re.I)
_OBJECT_NEXT = re.compile(r"\)?(?:,\s(?:and\s)?|\sand\s)(?:(?:to|with|from|into|in)\s)?(?:the\s)?")


def _parallel(c: CountryMention, members: list[CountryMention], s: SentenceParts) -> bool:
    """A member with a preposition of its own, repeated for each ("with Japan ... and with South
    Korea"), is one amount's; a member of a bare run ("with Russia and Kazakhstan") is not."""
    p = s.preposition(c, 0)
    return sum(1 for x in members if s.preposition(x, 0) == p) >= 2


def list_skip(q: Quantity, s: SentenceParts, lex: Lexicon, own: CountryMention | None = None) -> tuple[frozenset[int], frozenset[int], bool]:
    """The starts of the countries an amount's frame leaves out (the other members of its list),
    the starts of its own members (which it reads even when they head amounts of their own: "with
    Poland $201 m, with Hungary $98 m, up 14% and 31% respectively"), and whether the amount
    belongs to a joined list as a whole (no figure of one pair)."""
    skip: set[int] = set()
    mine_starts: set[int] = set()
    joint = False
    for members in partner_lists(s, lex):
        mine = own if own is not None and own in members else own_member(q, members, s)
        if mine is None:
            # ("trade with Japan, Italy and China reached $612 m and $348 m, respectively": a run
            # as long as no list it could pair with is the list's as a whole too, no one member's)
            run = respective(q, s)
            head = q if run is None else run[1][0]
            if any(c.end <= q.start for c in members) and _governs_amount(head, members, s) and (run is None or _uneven(run[1], s, lex)):
                joint = True
            continue
        skip |= {c.start for c in members if c.code != mine.code}
        mine_starts |= {c.start for c in members if c.code == mine.code}
    return frozenset(skip), frozenset(mine_starts), joint


# After an amount that goes to every member of the list before it: "$450 m each".
_EACH_AFTER = re.compile(r"\s(?:(?:from|for|to)\s)?(?:each|apiece)\b", re.I)  # "$6 m each", "USD 6 m from each"
_EACH_REACH = 40  # the most characters between the list's last member and its amount
_EACH_OBJECT_REACH = 12  # between "each" and the list it gives to: " to the "


def each_member_parts(q: Quantity, s: SentenceParts, lex: Lexicon, d: Discourse | None = None) -> list[SentenceParts]:
    """ "Exports to Kazakhstan and Uzbekistan were $450 m each", "Russia and Iran - 221.9 m
    manats each", "Japan and Korea each provided $20 m", "$2 bn each to Turkey and Russia": an amount "each" gives to every member of the joined run right before it is
    read once per member, in the sentence as that member's alone;
    any other amount, once in the sentence as it is."""
    carried = carried_member_parts(q, s, d) if d is not None else None
    if carried is not None:
        return carried  # "The main buyers were Italy and China. They took $5 bn and $3 bn, respectively."
    each = _EACH_AFTER.match(s.text, q.end)
    if each is None and " each " not in s.text:
        return [s]
    named = named_runs(s, lex)
    if each is not None:
        runs = [r for r in named if 0 <= q.start - r[-1].end <= _EACH_REACH]
        # "exports to Armenia as well as to Turkey reached $300 m each": a list by its repeated preposition.
        runs = runs or [g for g in partner_lists(s, lex) if 0 <= q.start - g[-1].end <= _EACH_REACH]
        # "exported goods worth $2 bn each to Turkey and Russia": the run right after "each".
        runs = runs or [r for r in named if 0 <= r[0].start - each.end() <= _EACH_OBJECT_REACH]
    else:
        # "Turkey and Russia each invested $2 bn in Azerbaijan": "each" right after the subjects.
        runs = [r for r in named if _EACH_AFTER.match(s.text, r[-1].end) and 0 <= q.start - r[-1].end <= _EACH_REACH]
    if not runs or any(runs[-1][-1].end <= y.start < q.start for y in s.quantities):
        return [s]
    run = runs[-1]
    codes = list(dict.fromkeys(c.code for c in run))
    # Each reading names one member in every place of the run: the run is no list, and the
    # member stands where the list's preposition or dash governs it.
    return [replace(s, countries=tuple(replace(c, code=code) if c in run else c for c in s.countries)) for code in codes]


def run_head(c: CountryMention, s: SentenceParts, lex: Lexicon) -> CountryMention | None:
    """The first country of the joined run `c` closes ("imports from Czechia and Poland": Czechia
    for Poland), whose preposition governs the whole run; None when `c` heads its own."""
    for run in named_runs(s, lex):
        if c in run[1:]:
            # "pledged $850 m to Mongolia, and South Korea added $200 m": a new clause's subject
            return None if _new_clause(run[0], c, s) else run[0]
    return None


def _uneven(run: list[Quantity], s: SentenceParts, lex: Lexicon) -> bool:
    """Whether no run of countries before a "respectively" run of amounts is as long as it."""
    return not any(len({c.code for c in r}) == len(run) for r in named_runs(s, lex) if r[-1].end <= run[0].start)


def _governs_amount(q: Quantity, members: list[CountryMention], s: SentenceParts) -> bool:
    """A joined list right before the amount's clause verb: "trade with Russia and Kazakhstan
    reached $5 bn" (the list is the amount's), not a list of an earlier clause."""
    cs, _ = s.clause_of(q.start)
    return members[-1].start >= cs and q.start - members[-1].end <= 40


def co_members(code: str, s: SentenceParts, lex: Lexicon) -> frozenset[str]:
    """The countries listed in one role with `code`: never its partner."""
    out: set[str] = set()
    for members in partner_lists(s, lex):
        codes = {c.code for c in members}
        if code in codes:
            out |= codes - {code}
    return frozenset(out)


_GIVER_PREPOSITIONS = (None, "and", "from", "by")


_LABEL_AFTER = re.compile(r"\s?(?::|\s[-–—])\s")


def fellow_givers(known: str, q: Quantity, s: SentenceParts, lex: Lexicon, stated: bool = False) -> set[str]:
    """ "Japan pledged $850 m, and South Korea added $200 m", "Grants from the EU totaled €104 m,
    while the US provided $38 m": the donor of a coordinated clause (its subject, or its "from")
    is the other clause's fellow donor, never its recipient; the clauses share one receiver.
    `stated`: only one that states an amount of aid or investment of its own, not a party to a
    signing but its donor (what the discourse's partner is checked against)."""
    own = s.clause_of(q.start)
    givers = set()
    for c in s.countries:
        clause = s.clause_of(c.start)
        if not c.code or c.code == known or clause == own or c.start in s.conjuncts:
            continue
        if s.preposition(c, clause[0]) not in _GIVER_PREPOSITIONS:
            continue
        if lex.receiving.search(s.text, c.end, clause[1]) or lex.giving_before.search(s.text, max(clause[0], c.start - 30), c.start):
            continue  # "..., and Georgia received $5 m", "..., providing Georgia with": the receiver
        if _LABEL_AFTER.match(s.text, c.end):
            continue  # "Uzbekistan: The ministers welcomed ...", "Tashkent - The Saudi Fund ...": a label, no giver
        if stated and not _states_giving(c, clause, s, lex):
            continue
        givers.add(c.code)
    return givers


def _states_giving(c: CountryMention, clause: tuple[int, int], s: SentenceParts, lex: Lexicon) -> bool:
    """Whether a country's clause states an amount of aid or investment it gives: not one of trade
    ("Kazakhstan's trade with Japan reached $2 bn, while ..."), nor a dateline ("Tashkent - ..."),
    nor a party to a signing that is not its donor ("Tajikistan and China signed ...")."""
    flows = {x.trigger.lexeme for x in s.triggers if clause[0] <= x.start < clause[1]}
    if flows and not flows & {"aid", "invest"}:
        return False
    if signs(s, c.end, clause[1]) and c.code not in lex.donors:
        return False
    return any(c.end <= y.start < clause[1] for y in s.quantities)
