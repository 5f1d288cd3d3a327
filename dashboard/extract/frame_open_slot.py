"""A frame's open side: a directional frame with one country known, or a turnover with one
partner, takes the other from the first of its fillers that finds one, in the order
`rules/frames.toml` names ([open_slot]: OPEN_SLOT_FILLERS, [partner_slot]: PARTNER_FILLERS).
A new filler is a function here and a name there."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from dashboard.extract.countries import CountryMention
from dashboard.extract.discourse import WORLD, Discourse
from dashboard.extract.frame_coordination import co_members
from dashboard.extract.frame_direction import OWNER_PREPOSITIONS, pair_donor
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention, per_sentence
from dashboard.extract.own_spending import home_object
from dashboard.extract.quantities import Quantity
from dashboard.extract.rate_times import measured_amount
from dashboard.extract.sentence_partner import GIVING_LEXEMES, sentence_partner
from dashboard.extract.world_cue import is_world, owns_weak_world_total


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
    cue: str | None = None  # an investment's own direction: "out" (abroad), "in" (FDI, inflows)
    in_doubt: bool = False  # the known country is read on both sides: no side is sure


# The code (None for "nobody") and the evidence entry the filler records, if any.
Filler = tuple[str | None, tuple[str, int, int, str] | None]


def _from_window(f: OpenSlot) -> Filler | None:
    """Another country of the frame's own window: "exports from Georgia to Italy"."""
    others = [c for c in f.named if c != f.known]
    return (others[0], None) if others else None


def _from_ranking(f: OpenSlot) -> Filler | None:
    """The owner of a ranking in the sentence: "Georgia's biggest trade partner"."""
    ranked = home_of_ranking(f.s, f.d, f.lex)
    return (ranked, None) if ranked and ranked != f.known else None


def _from_world_cue(f: OpenSlot) -> Filler | None:
    """A world cue: "foreign trade", "with all countries". An investment's cue fills only the
    side it speaks of: the world receives what goes "abroad" and gives an inflow; "FDI from the
    UAE" leaves its host to the article."""
    if f.t.trigger.lexeme == "invest" and not f.in_doubt and f.origin_open == (f.cue == "out"):
        return None
    if f.t.trigger.lexeme == "aid" and f.cue is not None and f.origin_open == (f.cue == "out"):
        return None  # "Japan's aid to Mongolia, most of it from abroad": a cue of the side already named
    return (WORLD, None) if f.world else None


def _from_same_investor(f: OpenSlot) -> Filler | None:
    """An inflow from the last investment's investor goes where that one went (`Discourse.host_of_investor`)."""
    host = f.d.host_of_investor(f.known) if f.t.trigger.lexeme == "invest" and f.cue == "in" and not f.origin_open else None
    return None if host is None else (host, ("partner", -1, -1, "discourse:same-investor"))


def _from_gapped_clause(f: OpenSlot) -> Filler | None:
    """ "Japanese investment into Azerbaijan was $45 m, while China invested $78 m": the clause
    that repeats a flow with a new subject keeps the earlier clause's host."""
    gapped = _gapped_slot(f.known, f.origin_open, f.t, f.s)
    if gapped is None or gapped in co_members(f.known, f.s, f.lex):
        return None  # "exports to Russia were $2 bn, and to Turkey $1 bn": one list, not a pair
    return gapped, ("partner", -1, -1, "gapped-slot")


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
    """Another country of the sentence (`sentence_partner`)."""
    other = sentence_partner(f.known, f.q, f.t, f.s, f.sentence_codes, f.origin_open, f.lex)
    return (other, None) if other else None


def _from_list_home(f: OpenSlot) -> Filler | None:
    """ "Imports from Czechia and Poland reached $38 m and $53 m, respectively": a member of a
    partner list is read against the home (the reporting country, else the article's), never
    against the other members."""
    if not co_members(f.known, f.s, f.lex):
        return None
    home = f.d.reporter or f.d.home
    return (home, ("partner", -1, -1, "list-home")) if home and home not in (f.known, WORLD) else None


def _from_weak_world_cue(f: OpenSlot) -> Filler | None:
    """ "total direct investments made in Georgia", no partner named: the world ("the total of
    German investments" in a story of Uzbekistan is a foreign investor's there: the discourse's;
    "since 2005 Japan's grants have reached a total of $90 m" in a story of Japan's aid to
    Georgia, a stock of its programme there: the pair's; "Japan's total ODA reached $10 bn in
    2015", a year's, stays the world's)."""
    stock = any(r.kind in ("since", "present") or r.as_of for r in f.s.times)
    if stock and f.t.trigger.lexeme == "aid" and (donor := pair_donor(f.d.pair, f.lex)) is not None and f.known in (f.d.pair or ()):
        if (f.known == donor) != f.origin_open:  # the donor gives, the other receives
            return next(c for c in f.d.pair or () if c != f.known), ("partner", -1, -1, "discourse:pair-total")
    foreign = f.t.trigger.lexeme == "invest" and not f.origin_open and f.d.home is not None and f.known != (f.d.reporter or f.d.home)
    return (WORLD, None) if not foreign and is_world(f.t, f.s, f.lex, f.q, f.lex.world_weak) else None


# A participle right after the flow's noun, with its host: "investments made in Georgia",
# "investment attracted into Uzbekistan" (a reduced passive, its investor left unsaid).
_PARTICIPLE_HOST = re.compile(r"\s(?:made|attracted|directed|channell?ed|placed|poured)\s(?:in|into|to)\s")


def _from_agentless_passive(f: OpenSlot) -> Filler | None:
    """ "$232 m was invested in Georgia", "Investments made in Georgia totaled $187 m", "aid worth
    $9 m was shipped to Mongolia": no investor or giver named, everyone's."""
    if f.origin_open and f.t.trigger.lexeme == "aid" and f.lex.sides.agentless_receipt.match(f.s.text, f.t.end):
        return WORLD, None  # "the grants received by Moldova rose 4%": from every giver
    passive = f.lex.passive_before.search(f.s.text, max(0, f.t.start - 8), f.t.start) or _PARTICIPLE_HOST.match(f.s.text, f.t.end)
    if f.origin_open and f.t.trigger.lexeme == "aid":
        sent = f.lex.voice.aid_sent_to.match(f.s.text, f.t.end, f.s.clause_of(f.t.start)[1])
        if sent and (donor := pair_donor(f.d.pair, f.lex)) not in (None, f.known) and f.known in (f.d.pair or ()):
            # ("grants of €16 m are allocated to Uzbekistan" in a story of KfW's deal with it: the donor's)
            return donor, ("origin", -1, -1, "discourse:pair-donor")
        return (WORLD, None) if sent else None
    return (WORLD, None) if f.origin_open and f.t.trigger.lexeme == "invest" and passive else None


# A giver that joins the one before: "Russia has also pledged $10 m", "Germany, too, provided".
_JOINS = re.compile(r"\b(?:also|too|likewise|as\swell)\b", re.I)


def _from_discourse(f: OpenSlot) -> Filler | None:
    """What the article has established: the pair, the home, the figure before (`Discourse.partner_of`)."""
    lexeme = f.t.trigger.lexeme
    # The flow's owner: its subject or possessive, "exports of A", "exports from A", "imports
    # to A" - each says whose flow it is, with no partner named.
    owner_roles = {"role:actor", "sentence-owner", "role:of"} | OWNER_PREPOSITIONS.get(lexeme, set())
    if lexeme in GIVING_LEXEMES:
        owner_roles.add("role:from")  # "Grants from the EU totaled €104 m": the donor's flow, to the home
    if lexeme == "export" and f.t.text.lower().startswith("export"):
        # "exports of Turkmen goods": Turkmenistan's exports ("deliveries of German machinery" are
        # told from where they arrive)
        owner_roles.add("role:of_adjective")
    acts = any(rule in owner_roles for _, _, _, rule in f.evidence)
    part = measured_amount(f.q, f.s)
    joins = lexeme in GIVING_LEXEMES and f.q.kind == "money" and _JOINS.search(f.s.text, f.s.clause_of(f.q.start)[0], f.q.start) is not None
    # Words that keep a flow the country's own, never the story's pair's: a weak world word in its
    # clause ("the total volume of Kyrgyzstan's exports", "overall"), the goods of a nationality
    # ("exports of Kyrgyz goods"), a thing at home it goes into ("will invest $200 m in roads"),
    # another country of its sentence, with a part of its own ("Of Turkmenistan's $96 m of exports,
    # $78 m went to China").
    own = f.lex.world_weak.search(f.s.text, f.s.clause_of(f.q.start)[0], f.q.start) is not None or any(
        rule == "role:of_adjective" for _, _, _, rule in f.evidence) or home_object(f.t.text, f.s.text, f.q.end, [c.start for c in f.s.countries]) or any(
        c.code and c.code != f.known for c in f.s.countries)
    other = f.d.partner_of(f.known, bilateral=f.bilateral, acts=acts, lexeme=lexeme, gives=not f.origin_open, part=part, joins=joins, own=own)
    return other, ("partner", -1, -1, "discourse" if other != WORLD else "discourse:world")


OPEN_SLOT_FILLERS: dict[str, Callable[[OpenSlot], Filler | None]] = {
    "window": _from_window,
    "ranking": _from_ranking,
    "same-investor": _from_same_investor,
    "world-cue": _from_world_cue,
    "gapped-clause": _from_gapped_clause,
    "reporter": _from_reporter,
    "article-ranking": _from_article_ranking,
    "sentence": _from_sentence,
    "list-home": _from_list_home,
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
    if f.world and reporter and reporter != f.known and not is_world(f.t, f.s, f.lex, f.q):
        return reporter, ("partner", -1, -1, "discourse:reporter")
    return None


def _partner_world_cue(f: OpenSlot) -> Filler | None:
    """ "Georgia's foreign trade turnover": its total with the world."""
    return (WORLD, ("partner", f.t.start, f.t.end, "world-cue")) if f.world else None


def _partner_ranking(f: OpenSlot) -> Filler | None:
    """ "Uzbekistan's main trading partners: China ...": the ranking's owner."""
    ranked = home_of_ranking(f.s, f.d, f.lex)
    return (ranked, ("partner", -1, -1, "ranking-home")) if ranked and ranked != f.known else None


def _partner_gapped_clause(f: OpenSlot) -> Filler | None:
    """ "Russia traded $9.4 bn with Uzbekistan, while China traded $9 bn": the earlier clause's partner."""
    gapped = _gapped_partner(f.known, f.t, f.s)
    if gapped is None or gapped in co_members(f.known, f.s, f.lex):
        return None  # "trade with Hungary came to $8 m, and trade with the Czech Republic to $24 m": one list
    return gapped, ("partner", -1, -1, "gapped-partner")


def _partner_discourse(f: OpenSlot) -> Filler | None:
    """The pair the article speaks of, or the partner of the figure before (`Discourse.partner_of`)."""
    talk = f.d.talk_pair
    if f.bilateral and talk is not None and f.known in talk:
        # "Kazakhstan is India's largest partner. Bilateral trade, mostly Indian drugs, ...": a
        # pair cue means the pair the sentences before introduced.
        return next(c for c in talk if c != f.known), ("partner", -1, -1, "discourse:talk-pair")
    # "China ranks second with trade of $548 m" after a ranking of Tajikistan's: as an actor, the ranking's home is its partner.
    ranked = f.d.ranking_home not in (None, f.known)
    acts = any(rule == "role:actor" or (ranked and rule == "role:ranked") for _, _, _, rule in f.evidence)
    if ranked and f.known not in (f.d.pair or ()) and _governed(f.known, f.s, ("with",)):
        # "China was Uzbekistan's largest partner ... Mutual trade with Korea amounted to $802 m":
        # trade with one more partner after the ranking is the ranking home's, not the lead pair's.
        return f.d.ranking_home, ("partner", -1, -1, "discourse:ranking-home")
    bilateral = f.bilateral or _governed(f.known, f.s, ("with", "between"))
    partner = f.d.partner_of(f.known, bilateral=bilateral, acts=acts)
    if partner is None and not acts and any(rule == "role:of" for _, _, _, rule in f.evidence):
        # "The trade turnover of Azerbaijan amounted to ...", nobody before to trade with: the
        # country's own turnover, as "Azerbaijan's" is (its total with the world)
        partner = f.d.partner_of(f.known, bilateral=bilateral, acts=True)
    return partner, (("partner", -1, -1, "discourse") if partner is not None else None)


def _partner_weak_world_cue(f: OpenSlot) -> Filler | None:
    """ "The total trade of Azerbaijan was $20 bn", no partner in its clause: its world total (`owns_weak_world_total`)."""
    if f.bilateral or not owns_weak_world_total(f.t, f.s, f.lex, f.q, f.known, [e[3] for e in f.evidence]):
        return None
    return WORLD, ("partner", f.t.start, f.t.end, "weak-world-cue")


PARTNER_FILLERS: dict[str, Callable[[OpenSlot], Filler | None]] = {
    "home-with": _partner_with_home,
    "in-report": _partner_in_report,
    "world-cue": _partner_world_cue,
    "ranking": _partner_ranking,
    "gapped-clause": _partner_gapped_clause,
    "sentence": _from_sentence,
    "list-home": _from_list_home,
    "weak-world-cue": _partner_weak_world_cue,
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


@per_sentence
def may_rank(s: SentenceParts, lex: Lexicon) -> bool:
    """Whether the sentence holds a ranking noun, which every ranking, its owner's or none's,
    holds: the cheap test first, as most sentences rank nothing."""
    return lex.ranking_gate.search(s.text)


@per_sentence
def ranking_home(s: SentenceParts, lex: Lexicon) -> str | None:
    """ "Georgia's biggest trade partner", "Tajikistan's primary investor": the country a
    ranking is of, against which every ranked country is read."""
    return ranking_owner(s.text, s.countries, lex) if may_rank(s, lex) else None


@per_sentence
def unowned_ranking(s: SentenceParts, lex: Lexicon) -> re.Match[str] | None:
    """A ranking noun of the sentence that no country owns ("the top trading partner", "among
    import partners"): the home's ranking."""
    if not may_rank(s, lex) or ranking_home(s, lex) is not None:
        return None
    return lex.ranking_unowned.search(s.text)


def home_of_ranking(s: SentenceParts, d: Discourse, lex: Lexicon) -> str | None:
    """The country the sentence ranks partners of: its owner, else for a ranking with no owner
    ("Turkey remained the top trading partner") the reporting country, else the article's home."""
    owner = ranking_home(s, lex)
    if owner is not None:
        return owner
    unowned = unowned_ranking(s, lex)
    if unowned is None:
        return None
    # "The Netherlands remained the largest investor" after China's investment in Kazakhstan: Kazakhstan's.
    ranks_investors = next((lexeme for p, lexeme in lex.ranking_flows if p.search(unowned.group())), None) == "invest"
    home = d.ranking_home or d.reporter or (d.investment_host() if ranks_investors else d.home)
    return home if home != WORLD else None


def ranking_owner(text: str, countries: Iterable[CountryMention], lex: Lexicon) -> str | None:
    """The owner of a ranking noun in `text`, from its country mentions (at `text` offsets)."""
    for c in countries:
        after = lex.ranking_after.match(text, c.end) if c.code and (c.possessive or c.adjective) else None
        # "Chinese investors directed $512 m": an adjective right before the noun is a nationality.
        if after is not None and (c.possessive or " " in after.group().strip()):
            return c.code
        if c.code and lex.ranking_before.search(text, max(0, c.start - 80), c.start):
            return c.code
    return None


def _governed(code: str, s: SentenceParts, prepositions: tuple[str, ...]) -> bool:
    return any(c.code == code and s.preposition(c, 0) in prepositions for c in s.countries)
