"""Which trigger's frame an amount joins: the nearest trigger before it in its clause, else
one just after it, else one of an earlier clause; never across a blocker noun. Amounts closed
by "respectively" take their triggers in order."""

from __future__ import annotations

import re

from dashboard.extract.aid_in_kind import giving_goods
from dashboard.extract.amount_nouns import (
    NOUN_AFTER_AMOUNT,
    changed_flow_after,
    names_other_thing,
    noun_after,
    other_measure_after,
    parallel_trigger,
    premodified_noun,
)
from dashboard.extract.amount_runs import parallel_run
from dashboard.extract.base_times import fronted_base
from dashboard.extract.blocker_owned import blocker_owns
from dashboard.extract.countries import CountryMention
from dashboard.extract.gated_pattern import gated
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention, fronted_whole_end, per_amount
from dashboard.extract.other_event_times import AMOUNT_LIKE, PREPOSED_RELATIVE
from dashboard.extract.pattern_shape import first_char_checked_compiled
from dashboard.extract.quantities import Quantity
from dashboard.extract.trigger_refine import refined

# "15 million tons worth $9.5 billion": the amount is the value of the goods, not the tonnage.
_VALUE_OF = re.compile(r"\b(?:worth|valued\sat|value\sof|in\svalue|totall?ing)\b", re.I)
# A part of the whole just stated, opened before its amount: "trade reached $3 bn, including $2 bn
# of Azerbaijani exports": the noun after the amount names the part's flow.
# So does a bracket opened right after the whole: "$120 m ($45 m in exports, $75 m in imports)".
# (its words asked of the window first: few windows hold one)
_PART_BEFORE = gated(first_char_checked_compiled(r"(?:,\s|\()(?:including|of\swhich|among\sthem)\s(?:(?:about|some|nearly|over|almost)\s)?$|(?<=[\d\w$€£¥])\s?\($", re.I))
_LABEL_GAP = re.compile(r"[\s\-–—:;,]*$")
# A verb that says what its subject amounts to or sets aside, right before the amount: "The
# negative trade balance was $4.16 bn", "The budget for 2019 provides $2 bn for investment".
_STATED_AS = re.compile(
    r"\b(?:amounted\sto|was|were|is|are|stood\sat|totall?ed|equall?ed|provides|provided|allocates|allocated|envisages|earmarks|sets\saside)\s"
    r"(?:(?:about|around|nearly|almost|over|some|more\sthan)\s)?$", re.I
)
# A flow noun that is the whole a share is of: "Chinese exports make up the lion's share of the
# turnover - $14.6 bn", "account for the bulk of trade": the amount is the share's, its subject's flow.
_WHOLE_OF_SHARE = re.compile(
    r"\b(?:(?:lion['’]s|largest|biggest|main|major|greater)\sshare|bulk|most|majority|(?:largest|greater|main|major)\spart)\sof\s(?:the\s|this\s|all\s)?(?:[\w-]+\s)?$",
    re.I,
)
# A participle set off after an amount tells why or how, not what the amount is: "raise the
# figure to $10 bn by 2015, relying on growing purchases of Turkmen gas".
_PARTICIPLE_AFTER = re.compile(r",\s(?:\w+ly\s)?(?!(?:including|excluding|according|concerning|regarding)\b)\w+ing\b", re.I)


_CAUSE_BEFORE = re.compile(r"\b(?:(?:driven|boosted|fu?ell?ed|helped|supported|buoyed|spurred|caused)\sby|thanks\sto|due\sto|owing\sto|because\sof"
                           r"|as\sa\s(?:result|consequence)\sof|on\sthe\sback\sof|came\s(?:mainly\s|mostly\s|largely\s)?from)\b", re.I)  # fmt: skip


def _blocked(s: SentenceParts, start: int, end: int, lex: Lexicon) -> bool:
    """A blocker noun stands between, and the amount is not stated as its value. A noun in an
    apposition that describes a country ("inflows into Kazakhstan, an economy with a population of
    20 million, reached $14 bn") speaks of the country, not of the amount."""
    if not s.may_hold(lex.blocker_gate):
        return False
    last = None
    for m in lex.blockers.finditer(s.text, start, end):
        if not _describes_country(s, m.start(), end) and not _in_aside(s.text, m.start(), start, end):
            last = m
    # A value word after goods counted gives the goods' worth, the flow's; after anything else, its
    # own. A share restated in money right after it ("with a 23.4% share ($31.5 bn)") is the flow's.
    return (
        last is not None and not (lex.blocker_goods.fullmatch(last.group()) and _VALUE_OF.search(s.text, last.end(), end))
        and lex.blocker_share_in_money.match(s.text, last.start(), end) is None
    )  # fmt: skip


def _in_apposition(s: SentenceParts, t: TriggerMention, q: Quantity) -> bool:
    """A trigger inside a short apposition of words alone, set off by commas right after a
    country and closed before the amount's own stretch: "Latvia, a transit route to Baltic ports,
    accounted for $149 m"."""
    opening = s.text.rfind(", ", 0, t.start)
    closing = s.text.find(",", t.end)
    return (
        opening >= 0 and 0 <= closing < q.start and closing - opening <= 80 and "," not in s.text[opening + 1 : t.start]
        and "," not in s.text[closing + 1 : q.start] and not any(ch.isdigit() for ch in s.text[opening:closing])
        and any(c.code and c.end == opening for c in s.countries)
    )  # fmt: skip


# A relative clause right after a country's name: ", which supplies ...", ", whose ...",
# ", through which Azerbaijan ships gas ...".
_RELATIVE_OPENING = re.compile(rf",\s(?:{PREPOSED_RELATIVE}|which|who|whose)\s")


def relative_clause(s: SentenceParts, q: Quantity) -> tuple[int, int] | None:
    """The span of a relative clause of a country before the amount, from its comma to the last
    comma before the amount; None where there is none, or it holds an amount of its own (then it
    is a statement of a figure: "Exports, which rose 12% to $5 bn,")."""
    for m in _RELATIVE_OPENING.finditer(s.text, 0, q.start):
        if not any(c.code and c.end == m.start() for c in s.countries):
            continue
        end = s.text.rfind(",", m.end(), q.start)
        if end > m.end() and not AMOUNT_LIKE.search(s.text, m.end(), end):
            return m.start(), end
    return None


def _describes_country(s: SentenceParts, at: int, end: int) -> bool:
    """Whether `at` is inside an apposition set off by commas right after a country's name, closed
    before `end` (an amount inside it, "Kyrgyzstan, whose GDP grew 6%,", is the apposition's)."""
    opening = s.text.rfind(", ", 0, at)
    return (
        opening >= 0 and "," not in s.text[opening + 1 : at] and 0 <= s.text.find(",", at) < end
        and any(c.code and c.end == opening for c in s.countries)
    )  # fmt: skip


# An aside set off by commas between a flow and its amount says something about the flow, and
# its nouns are not the flow: "Latvia's trade with Uzbekistan, for all the talk of transit
# corridors, was ...", "Inflows of French investment, dominated by TotalEnergies' stake,
# totaled ...", "Exports to Azerbaijan fell 16 percent, however, to ...". It opens with a
# participle of a by-phrase, a "for all"/"despite" phrase, what the flow is made of, or a lone
# sentence adverb.
_ASIDE = re.compile(
    r",\s(?:(?:mainly\s|largely\s|mostly\s)?(?:led|driven|dominated|fuelled|fueled|helped|boosted|hit|held\sback|weighed\sdown)\sby"
    r"|for\sall|despite|in\sspite\sof"
    # what the flow is made of: "Chinese imports, almost entirely gas delivered via the pipeline, made up"
    r"|(?:almost\s(?:entirely|exclusively|wholly)|mostly|mainly|largely|primarily|chiefly|predominantly)\s(?!by\b)"
    r"|(?:however|though|meanwhile|nevertheless|in\sturn|in\stotal|again|too|also)(?=,))\b[^,;:()]{0,80},",
    re.I,
)


def _in_aside(text: str, at: int, start: int, end: int) -> bool:
    """Whether `at` stands inside an aside that opens after `start` and closes before `end`."""
    return any(m.start() < at < m.end() for m in _ASIDE.finditer(text, start, end))


def _not_share_wholes(triggers: list[TriggerMention], s: SentenceParts) -> list[TriggerMention]:
    """The triggers but those after the first that name the whole of a share ("the bulk of the turnover")."""
    if len(triggers) < 2:
        return triggers
    return [triggers[0], *(t for t in triggers[1:] if not _WHOLE_OF_SHARE.search(s.text, max(0, t.start - 40), t.start))]


@per_amount  # asked again by the article of an amount with no figure, and by a part for its whole
def trigger_for(q: Quantity, s: SentenceParts, lex: Lexicon) -> TriggerMention | None:
    """The trigger an amount belongs to: the nearest before it in its clause, else just after
    it in the clause, else the nearest in an earlier clause; never across a blocker noun, nor
    for an amount a blocker owns ("a deficit of $9 m in trade")."""
    if s.may_hold(lex.blocker_gate) and blocker_owns(q, s, lex):
        return None
    t = changed_flow_after(q, s) or _nearest_trigger(q, s, lex)  # "on a 50% surge in exports": the rate's own flow
    return refined(t, s, lex.sides) if t is not None else None


def _nearest_trigger(q: Quantity, s: SentenceParts, lex: Lexicon) -> TriggerMention | None:
    part = part_clause(q, s, lex)
    if part is not None and all(t.trigger.weak for t in s.triggers if part[0].end <= t.start and t.end <= q.start):
        # "obtained $187 m of investment, with China providing $96 m": the whole's flow
        whole = trigger_for(part[1], s, lex)
        if whole is not None:
            return whole
    told = _told_after(q, s, lex)
    if told is not None:
        return told
    cs, ce = s.clause_of(q.start)
    before = [t for t in s.triggers if cs <= t.start and t.end <= q.start]
    if len(before) > 1 and _in_aside(s.text, before[-1].start, before[0].end, q.start):
        before = [t for t in before if not _in_aside(s.text, t.start, before[0].end, q.start)]
    # "Latvia and Lithuania, key transit routes to Baltic ports, accounted for $149 m": a flow
    # named in an apposition that describes a country is not the amount's.
    before = _not_share_wholes([t for t in before if not _in_apposition(s, t, q)], s)
    # "Chinese investment, mostly financed by state banks, reached $5 bn": a verb of spending
    # names the flow only where no other trigger before it in the clause does.
    every_before = before
    before = [t for t in before if not t.trigger.bound] or before
    # "Trade with Belarus, which supplies tractors, trucks and machinery to Azerbaijan, grew 1.6
    # times": a flow a relative clause tells of the country is not the amount's, when the clause
    # around it names one of its own.
    side = relative_clause(s, q)
    if side is not None:
        outside = [t for t in before if not side[0] < t.start < side[1]]
        before = outside or before
    run = parallel_run(q, s)
    if run is not None:
        i, amounts = run
        heads = [t for t in before if t.end <= amounts[0].start]
        if len(heads) == len(amounts) and len({t.trigger.lexeme for t in heads}) > 1:
            return heads[i]  # "exports to B and imports from B were $X and $Y, respectively"
    named = noun_after(q, s)
    if (given := giving_goods(q, every_before, named, s)) is not None:
        return given  # "handed over medical supplies worth $2 m to Tajikistan": aid in kind
    own = premodified_noun(q, before, s)
    if own is not None:
        return own
    if named is not None and (not before or any(y.end <= q.start and (before[-1].end <= y.start or noun_after(y, s) is before[-1]) for y in s.quantities)):
        # "This covers $12 m in Chilean exports and $38 m in imports from Chile": in a run of
        # amounts each followed by its flow's noun, the noun before belongs to the amount before.
        return named
    if before:
        t = before[-1]
        if t.trigger.lexeme == "aid" and other_measure_after(q, s, lex):
            return None  # "provided $60 m in subsidies to farmers": another measure's noun names it
        if t.trigger.weak or _PART_BEFORE.search(s.text, max(0, q.start - 30), q.start) or _NEW_VERB.search(s.text, t.end, q.start):
            if named is not None:
                return named  # "provided $500 m in investment": the noun names the flow
        if named is not None and t.trigger.lexeme == "invest" and named.trigger.lexeme == "aid" and t.end <= s.amount_span(q)[0]:
            return named  # "has invested $1.5 bn in assistance to Laos": the money given is aid
        parallel = parallel_trigger(q, t, s)
        if parallel is not None:
            return parallel
        if _blocked(s, t.end, q.start, lex):
            # "amended their Assistance Agreement, adding $4 m in grants": past the blocker, the
            # noun right after the amount still names it
            return noun_after(q, s)
        return t
    if _LABEL_GAP.match(s.text, cs, q.start):
        # "exports - $23.5 bn, imports - $11.1 bn": the amount after a dash is the label's.
        earlier = _not_share_wholes([t for t in s.triggers if t.end <= cs], s)
        if earlier:
            return None if _blocked(s, earlier[-1].end, q.start, lex) else earlier[-1]
    after = [t for t in s.triggers if q.end <= t.start < min(ce, q.end + 80)]
    if after and not _heads_own_amount(after[0], q, s) and not _PARTICIPLE_AFTER.search(s.text, q.end, after[0].start):
        t = after[0]
        # "The negative trade balance was $4.16 bn, or 54.7% of turnover": the amount is the
        # value its clause's own subject is said to have, not the flow named after it.
        stated = _STATED_AS.search(s.text, max(cs, s.amount_span(q)[0] - 20), s.amount_span(q)[0])
        own_subject = stated is not None and (
            _blocked(s, cs, stated.start(), lex) or lex.not_flow.not_giver.search(s.text, max(cs, stated.start() - 60), stated.start()) is not None
        )
        # "The growth of 12% was driven by car imports": the flow named past a rate's cause is the
        # cause's (an amount that "came from exports" is their part: money is named so).
        caused = q.kind != "money" and _CAUSE_BEFORE.search(s.text, q.end, t.start) is not None
        return None if _blocked(s, q.end, t.start, lex) or own_subject or caused else t
    if cs == 0 and fronted_base(s.text, q.start):
        # "Compared with $612.7 m in 2022, trade ... rose to $845.3 m": a base set before the
        # sentence's own clause is the base of that clause's flow.
        main = [t for t in s.triggers if q.end <= t.start]
        if main and any(x.start > main[0].end for x in s.quantities):
            return None if _blocked(s, q.end, main[0].start, lex) else main[0]
    earlier = [t for t in s.triggers if t.end <= cs]
    if earlier:
        t = earlier[-1]
        # ("..., and a Turkish firm won a $30 m contract": a clause of its own names what it is worth)
        return None if _blocked(s, t.end, q.start, lex) or names_other_thing(q, s, lex) else t
    return None


def _told_after(q: Quantity, s: SentenceParts, lex: Lexicon) -> TriggerMention | None:
    """ "3.9 bn USD, or 41.9% of the turnover, accounted for imports, 5.2 bn dollars, or 58.1%, for
    exports": the flow an amount is the subject of, named after it (`[told_after]`); a gapped
    verb only where the amount before it in the sentence was told so."""
    if q.kind != "money":
        return None
    m = _told(q, s, lex)
    if m is None:
        earlier = [y for y in s.quantities if y.kind == "money" and y.end <= q.start]
        if not earlier or _told(earlier[-1], s, lex) is None:
            return None
        m = lex.told_after_gapped.match(s.text, q.end)
        if m is None:
            return None
    return next((t for t in s.triggers if t.start == m.end()), None)


def whole_named(q: Quantity, s: SentenceParts, lex: Lexicon) -> bool:
    """Whether an amount is a part of the whole read last, named right after it ("$2 bn of this
    volume") or by the share it restates ("15 percent of the total, or $3.15 bn", "Russia's share
    was 20% ($14 bn)")."""
    return (
        lex.whole_after.match(s.text, q.end) is not None or lex.share_of_whole.search(s.text, max(0, q.start - 60), q.start) is not None
        or lex.share_restated.search(s.text, max(0, q.start - 80), q.start) is not None
    )  # fmt: skip


def told_after(q: Quantity, t: TriggerMention, s: SentenceParts, lex: Lexicon) -> bool:
    """Whether `t` is the flow `q` is the subject of, named after it ("$46 m - imports")."""
    return t.start >= q.end and _told_after(q, s, lex) == t


def _told(q: Quantity, s: SentenceParts, lex: Lexicon) -> re.Match[str] | None:
    """The words from an amount to its flow's noun, when the amount is that flow's subject:
    a verb of accounting, or a copula where a part's opener stands before the amount."""
    m = lex.told_after.match(s.text, q.end)
    opened = lex.part_amount_opener.search(s.text, max(0, q.start - 30), q.start) or lex.back_whole.search(s.text, 0, q.start)
    if m is None and opened:
        # Only a side of trade: "of which $301.6 m was direct investment" keeps the whole's flow.
        copula = lex.told_after_copula.match(s.text, q.end)
        if copula is not None and any(t.start == copula.end() and t.trigger.lexeme in ("export", "import") for t in s.triggers):
            m = copula
    return m


# Between an amount and the noun that names its flow: "$500 m in investment", "$2.1 bn of FDI".
# A verb phrase of its own between a trigger and the amount: "invested $2 bn in Turkey and received
# $1 bn of investment from it" (the second amount's noun after it names its flow).
# (its "and" or "but" asked of the words between first)
_NEW_VERB = gated(re.compile(r"\s(?:and|but)\s(?:[a-z]+\s)?[a-z]+(?:ed|ught|ot|ew)\s(?:(?:about|around|some|over|nearly|almost|only|just)\s)?$"))


def _heads_own_amount(t: TriggerMention, q: Quantity, s: SentenceParts) -> bool:
    """ "Turkey - $340 m, exports to Uzbekistan amounted to $126.4 m": a trigger after an amount
    that is nearer the next amount, which follows it, is that amount's; one a comma parts from
    the next amount ("$24 bn of foreign investment, of which $7 bn ...") is not."""
    nxt = next((y for y in s.quantities if y.start >= t.end), None)
    if nxt is None:
        return False
    if NOUN_AFTER_AMOUNT.fullmatch(s.text, s.amount_span(q)[1], t.start):
        return False  # "$9 m in Moldovan exports and $40 m in imports": the noun names its amount
    if "," in s.text[q.end : t.start]:
        return True
    return "," not in s.text[t.end : nxt.start] and nxt.start - t.end < t.start - q.end


_PART_GAP = 60  # the most words between a part's country and its amount, or a whole and the opener


def part_clause(q: Quantity, s: SentenceParts, lex: Lexicon) -> tuple[CountryMention, Quantity] | None:
    """ "attracted $982 m of FDI, of which China accounted for $402 m", "obtained $187 m, with China
    providing $96 m": the country whose part of the whole just stated this amount is, and the whole."""
    if q.kind != "money":
        return None
    return _part_clause(q, s, lex)


@per_amount
def _part_clause(q: Quantity, s: SentenceParts, lex: Lexicon) -> tuple[CountryMention, Quantity] | None:
    # Asked of each money amount by its trigger, its frame and the lists around it: found once.
    found = _part_named_before(q, s, lex) or _part_named_after(q, s, lex)
    if found is None:
        return _part_of_fronted_whole(q, s, lex)
    c, opener = found
    wholes = [y for y in s.quantities if y.kind == "money" and y.end <= opener.start()]
    if not wholes or opener.start() - wholes[-1].end > _PART_GAP:
        return None
    return c, wholes[-1]


def _part_of_fronted_whole(q: Quantity, s: SentenceParts, lex: Lexicon) -> tuple[CountryMention, Quantity] | None:
    """ "Of Kazakhstan's $50 bn of exports, $10 bn went to China", "Of the $3.2 bn invested in
    Georgia, Azerbaijan accounted for $1.1 bn": the main clause's amount is its country's part of
    the whole fronted before it, whose country is that amount's only one."""
    end = fronted_whole_end(s.text)
    wholes = [y for y in s.quantities if y.kind == "money" and y.end <= end]
    if not end or q.start < end or not wholes:
        return None
    after = [c for c in s.countries if c.code and c.start >= end]
    named_before = [c for c in after if c.end <= q.start]
    if named_before and not any(named_before[0].end <= y.start and y.end <= q.start for y in s.quantities):
        return named_before[0], wholes[-1]  # "..., China took $10 bn"
    parts_before = [y for y in s.quantities if end <= y.start and y.end <= q.start]
    if named_before and parts_before and _GAPPED_PART.fullmatch(s.text, parts_before[-1].end, q.start):
        return named_before[-1], wholes[-1]  # "..., the Netherlands provided $700 m, Russia $400 m": its verb gapped
    named_after = [c for c in after if c.start >= q.end]
    if not named_before and named_after and lex.part_link.fullmatch(s.text, q.end, named_after[0].start):
        return named_after[0], wholes[-1]  # "..., $10 bn went to China"
    return None


# A part after the first, its verb gapped: ", Russia $400 m", ", and Turkey $0.2 bn".
_GAPPED_PART = re.compile(r"(?:,\s(?:and\s)?|\sand\s)(?:the\s)?(?:[A-Z][a-z]+\s){1,3}(?:-\s)?")


def _part_named_before(q: Quantity, s: SentenceParts, lex: Lexicon) -> tuple[CountryMention, re.Match[str]] | None:
    """ ", of which China accounted for $402 m": the part's country after the opener, its amount after."""
    named = [c for c in s.countries if c.code and c.end <= q.start]
    if not named or q.start - named[-1].end > _PART_GAP:
        return None
    c = named[-1]
    opener = lex.part_opener.search(s.text, max(0, c.start - 32), c.start)
    if opener is None or any(c.end <= y.start and y.end <= q.start for y in s.quantities):
        return None
    return c, opener


def unowned_part(q: Quantity, s: SentenceParts, lex: Lexicon) -> bool:
    """ ", of which 12 bn soms went to mining": a part after its whole that no country owns, which
    the link gives to a sector or a use; no pair's flow, and no second value of the whole's pair."""
    if q.kind != "money" or lex.part_amount_opener.search(s.text, max(0, q.start - 30), q.start) is None:
        return False
    link = lex.part_link.match(s.text, q.end)
    if link is None:
        return False
    ce = s.clause_of(q.start)[1]
    return not any(c.code and link.end() <= c.start < ce for c in s.countries)


def _part_named_after(q: Quantity, s: SentenceParts, lex: Lexicon) -> tuple[CountryMention, re.Match[str]] | None:
    """ ", of which $300 m came from Azerbaijan", ", including $7 bn to China": the opener, the
    part's amount, and its country joined to the amount by a link and nothing else."""
    opener = lex.part_amount_opener.search(s.text, max(0, q.start - 30), q.start)
    if opener is None:
        return None
    c = next((c for c in s.countries if c.code and c.start >= q.end), None)
    if c is None or lex.part_link.fullmatch(s.text, q.end, c.start) is None:
        return None
    return c, opener
