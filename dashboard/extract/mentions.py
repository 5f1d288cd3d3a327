"""Mentions: what one sentence holds, found once, located, with the features later stages read.

Clauses, triggers, countries (with the preposition or role that governs each), times and
quantities. Nothing here decides what a figure is; the `frame_*` modules do that from these mentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice, pairwise
from typing import TypeVar, cast

from dashboard.contract.records import quick_init
from dashboard.extract.compound_amounts import compound_amounts
from dashboard.extract.countries import CountryMention, find_back_references, find_countries
from dashboard.extract.from_to_scale import find_from_to_scaled
from dashboard.extract.gates import Gate
from dashboard.extract.label_runs import label_run_money
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.own_spending import held_at_home, spends_at_home
from dashboard.extract.pattern_shape import first_char_checked_compiled
from dashboard.extract.quantities import (
    Quantity,
    find_currencyless_money,
    find_elliptical_money,
    find_money,
    find_rates,
    find_shared_scale_money,
    find_worded_money,
)
from dashboard.extract.release_index import bracket_indexes
from dashboard.extract.side_words import opened_side
from dashboard.extract.state_bodies import REACH as BODY_REACH
from dashboard.extract.state_bodies import body_preposition
from dashboard.extract.times import TimeRef, find_times
from dashboard.extract.trigger_kind import Trigger

_LAST_MEMBER = r"\s(?:about\s|some\s|nearly\s|almost\s|over\s)?(?:[$€£¥]|US\$|USD\s|EUR\s|€)\s?[\d.,]+\s?(?:[a-z]+\s){0,2}?(?:from|to|by|in|into)\s(?:the\s)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Q\d|H\d))[A-Z]"
# Clauses that carry a figure of their own: "X reached $1 bn, while Y amounted to $2 bn"; not after
# a preposition whose object is shared ("exports to, and imports from, Turkey"), nor a dash before the
# level a change reached ("grew by 40% – up to $81.5 m"), nor a serial comma before a list's last
# amount and its country ("received $20 m from Japan, $15 m from Korea, and $5 m from Germany").
# Grouped, so the look-ahead of its first characters (first_char_checked) covers every branch.
_CLAUSE_BREAK = first_char_checked_compiled(
    r"(?:;|:\s|\s[-–—]\s(?!(?:up|down)\sto\s(?:about\s|almost\s|nearly\s)?(?:[$€£¥]|US\$|USD|\d))|,(?<!\sto,)(?<!\sfrom,)(?<!\sinto,)\s(?:while|whereas|but|yet|although|though|however|with|and(?!" + _LAST_MEMBER + r")|where|whereby)\b|\s(?:while|whereas)\s|\sbut\s)"
)


@quick_init
@dataclass(frozen=True, slots=True)
class TriggerMention:
    start: int
    end: int
    trigger: Trigger
    text: str


@dataclass(frozen=True)
class SentenceParts:
    text: str
    clauses: tuple[tuple[int, int], ...]
    triggers: tuple[TriggerMention, ...]
    countries: tuple[CountryMention, ...]
    times: tuple[TimeRef, ...]
    quantities: tuple[Quantity, ...]
    # Starts of the countries a list binds to their own amount ("China ($1.4 bn)"), set by frames.
    conjuncts: frozenset[int] = frozenset()
    # What `per_sentence` functions and `preposition` found. Not copied by `replace`: a copy
    # with other fields starts afresh, so nothing kept here can stand for a sentence it was not
    # found in.
    memo: dict[object, object] = field(default_factory=dict, init=False, compare=False, repr=False)

    def clause_of(self, pos: int) -> tuple[int, int]:
        for start, end in self.clauses:
            if start <= pos < end:
                return start, end
        return 0, len(self.text)

    def names_country_before(self, pos: int) -> bool:
        return any(c.code and c.start < pos for c in self.countries)

    def may_hold(self, gate: Gate) -> bool:
        """`gate.search(self.text)`, asked once per sentence: each amount's rules search parts of
        the sentence for a pattern, and a sentence without the gate's words holds it in none."""
        key = ("gate", id(gate))  # the lexicon's gates live as long as the process
        memo = self.memo
        if key not in memo:
            memo[key] = gate.search(self.text)
        return cast(bool, memo[key])

    def preposition(self, c: CountryMention, floor: int) -> str | None:
        """The preposition that governs a country: the last one in the few words before it."""
        # Asked again for the same country by each amount's frame and list: found once.
        key = (c.start, floor)
        memo = self.memo
        if key in memo:
            return cast("str | None", memo[key])
        m = _PREPOSITION.search(self.text, max(floor, c.start - 40), c.start)
        p = m.group("p").lower() if m else None
        if p == "and" and _BETWEEN_AND.search(self.text, max(floor, c.start - 60), c.start):
            p = "between"  # "between Japan and Turkmenistan": the pair, not a subject
        if p == "in" and (seat := _SEAT_IN.search(self.text, max(floor, c.start - 80), c.start)) is not None:
            p = seat.group("p").lower()  # "from companies registered in Cyprus": the firms' country is on their side
        if p == "of" and m is not None:  # "The Government of Japan will provide": the government acts as its country
            body, before = body_preposition(self.text, max(floor, c.start - BODY_REACH), m.end())
            p = before if body else p
        memo[key] = p
        return p

    def amount_span(self, q: Quantity) -> tuple[int, int]:
        """An amount with its bracketed conversion, as one stretch: "30.2 billion yen (about $292
        million)" is one amount said twice, so the words before and after it are either's
        ("a grant of €20 m ($21.8 m) was provided to ...", "received 1.5 bn yen (about $13 m) from
        Japan"). Any other amount, or a bracket of anything else, is its own span."""
        text = self.text
        if q.kind != "money" or not _BRACKET.search(text, max(0, q.start - 25), q.end + 2):
            return q.start, q.end
        money = [x for x in self.quantities if x.kind == "money"]
        before = [x for x in money if x.end <= q.start]
        opened = _CONVERSION_OPEN.match(text, before[-1].end) if before else None
        outer, inner = (before[-1], q) if opened is not None and opened.end() == q.start else (q, None)
        if inner is None:
            opened = _CONVERSION_OPEN.match(text, q.end)
            inner = next((y for y in money if opened is not None and y.start == opened.end()), None)
        close = _CONVERSION_CLOSE.match(text, inner.end) if inner is not None else None
        return (outer.start, close.end()) if close is not None else (q.start, q.end)


_T = TypeVar("_T")


def per_sentence(fn: Callable[[SentenceParts, Lexicon], _T]) -> Callable[[SentenceParts, Lexicon], _T]:
    """`fn` worked out once per sentence: what each amount's frame asks of the sentence alone
    (its partner lists, its ranking) is the same for all its amounts, and was found again for
    each. A sentence is read with one lexicon, so the lexicon is no part of the key."""

    def once(s: SentenceParts, lex: Lexicon) -> _T:
        memo = s.memo
        if fn not in memo:
            memo[fn] = fn(s, lex)
        return cast(_T, memo[fn])

    once.__name__, once.__qualname__, once.__doc__ = fn.__name__, fn.__qualname__, fn.__doc__
    return once


def per_amount(fn: Callable[[Quantity, SentenceParts, Lexicon], _T]) -> Callable[[Quantity, SentenceParts, Lexicon], _T]:
    """`fn` worked out once per amount of a sentence: what several stages ask of one amount
    (the trigger's, the frame's and the lists' "is it a part of a whole?") was found again by each."""

    def once(q: Quantity, s: SentenceParts, lex: Lexicon) -> _T:
        memo = s.memo
        key = (fn, q.start, q.end)
        if key not in memo:
            memo[key] = fn(q, s, lex)
        return cast(_T, memo[key])

    once.__name__, once.__qualname__, once.__doc__ = fn.__name__, fn.__qualname__, fn.__doc__
    return once


# Searched for in the few words before a country or an amount: the look-ahead of the first
# characters (first_char_checked) lets the engine pass over most of them in C. A country named
# by its economy, its market or its government ("to the economy of Georgia", "the Government of
# Japan will provide", "into the real sector of Armenia's economy", "in the real sector of the
# economy of Georgia") takes the preposition before those nouns, or none.
_PREPOSITION = first_char_checked_compiled(
    r"(?P<p>from|to|into|in|with|between|and|of|by|for|towards|among)\s(?:the\s)?(?:neighbou?ring\s)?"
    r"(?:(?:real\s|non-oil\s|non-primary\s|private\s|energy\s|banking\s)?(?:economy|economies|market|markets|sector|territory|regions?|side|governments?|cabinet)\sof\s(?:the\s)?){0,2}$",
    re.I,
)
# The seat of the firms a preposition governs: "from offshore companies based in", "by firms registered in".
SEAT_PHRASE = (
    r"(?:[\w-]+\s){0,2}?(?:compan(?:y|ies)(?:\(s\))?|firms?|banks?|entities|enterprises|investors|residents)"
    r"\s(?:(?:that\sare|which\sare)\s)?(?:based|registered|located|incorporated|domiciled|headquartered)\sin\s(?:the\s)?"
)
_SEAT_IN = re.compile(rf"\b(?P<p>from|to|into|by|of|with)\s(?:the\s)?{SEAT_PHRASE}$", re.I)
_BETWEEN_AND = re.compile(r"\bbetween\s(?:the\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}\sand\s(?:the\s)?$")
# A bracket that opens a conversion right after an amount, and the one that closes it:
# "(about $292 million)", "[approx. $16 million]", "(USD 2.9 million)".
_CONVERSION_OPEN = re.compile(r"\s?[(\[]\s?(?:(?:about|approx\.?|approximately|around|some|nearly|almost|roughly|or|over|more\sthan|up\sto)\s)?", re.I)
_CONVERSION_CLOSE = re.compile(r"\s?[)\]]")
_BRACKET = re.compile(r"[(\[]")


# A subordinate clause before the main one ("While imports from Turkey fell, exports to it rose
# to $2 bn", "Although ..., ", "Since Turkey lifted its ban, ", a whole "Of Kazakhstan's $50 bn of
# exports, "), a country set aside ("Apart from Kuwait, the Saudi Fund and the Abu Dhabi Fund
# have financed ...", "Besides Japan, Korea has provided ..."): its comma ends a clause whose
# flow is not the main clause's. Not a time ("Since 2015, ", "While in 2021, Armenia ...").
_FRONTED_SUBORDINATE = re.compile(
    r"(?:While|Whereas|Although|Though|Even\sthough|Because|Since|After|When|If|Once|Apart\sfrom|Aside\sfrom|Besides|In\saddition\sto|Except\sfor|Unlike|Like|(?:Of|Out\sof)(?=\s(?:the\s)?[^,;:]{0,60}\d)(?!\s(?:them|these|those|this|that|it|which)\b))\s(?![\d(]|(?:in|on|at|by|during|for|over|from|with|the\sfirst|the\slast)\s)[^,;:]{3,160}?(?=,\s)"
)


# A whole fronted before its part ("Of Kazakhstan's $50 bn of exports, $10 bn went to China").
_FRONTED_WHOLE = re.compile(r"(?:Of|Out\sof)\s(?!(?:them|these|those|this|that|it|which)\b)(?:the\s)?[^,;:]{3,160}?(?=,\s)")


def fronted_whole_end(text: str) -> int:
    """Where a sentence's fronted whole ("Of the $3.2 bn invested in Georgia, ...") ends; 0 if none."""
    m = _FRONTED_WHOLE.match(text) if text[:1] == "O" else None
    return m.end() if m is not None else 0


# A sentence that opens on a label of its flow and partner, its amount after a colon or dash, as a
# release's lines are written ("Exports to China: $7.1 bn.", "Imports from Germany – $212 m"): no
# verb, so the colon or dash is no clause's end, and the partner keeps its preposition's role.
_LABEL_COUNTRY = r"(?:to|from|into|in|with|of)\s(?:the\s)?(?-i:[A-Z])[\w'’.]*(?:\s(?-i:[A-Z])[\w'’.]*){0,2}"
_LABEL_PERIOD = r"(?:in|for|during)\s(?:[A-Za-z-]+\s){0,4}(?:19|20)\d\d"
_LABEL_AMOUNT = r"(?=(?::\s|\s[-–—]\s)(?:about\s|some\s|nearly\s|almost\s|over\s)?(?:[$€£¥]|US\$|USD|EUR|\d))"
# A label's partner, a second country, its period, then its colon or dash and its amount.
_LABEL_TAIL = rf"\s{_LABEL_COUNTRY}(?:\s{_LABEL_COUNTRY})?(?:\s{_LABEL_PERIOD})?{_LABEL_AMOUNT}"
_OPENING_LABEL = re.compile(rf"(?-i:[A-Z])[a-z]+(?:\s[a-z]+){{0,3}}{_LABEL_TAIL}")


# The next label of such a line after a comma ("Exports to Italy – $1.2 bn, imports from Iran –
# $0.8 bn"): a clause of its own, its partner no member of the first label's list.
_NEXT_LABEL = re.compile(rf"(?:,\s(?:and\s)?|\sand\s)[a-z]+(?:\s[a-z]+){{0,2}}{_LABEL_TAIL}")


def _clauses(text: str) -> tuple[tuple[int, int], ...]:
    bounds = [0] + [m.start() for m in _CLAUSE_BREAK.finditer(text)] + [len(text)]
    if len(bounds) > 2 and (label := _OPENING_LABEL.match(text)) is not None and bounds[1] == label.end():
        del bounds[1]
        for later in _NEXT_LABEL.finditer(text, label.end()):
            bounds = sorted({*bounds, later.start()} - {later.end()})
    if text[:1] in "WABSEIOUL" and (fronted := _FRONTED_SUBORDINATE.match(text)) is not None:
        bounds = sorted({*bounds, fronted.end()})
    return tuple((a, b) for a, b in pairwise(bounds) if b > a)


_GLOSS = re.compile(r"\s?\(")  # between a name and its abbreviation in brackets
# A bracket of words right after a flow noun that narrows its scope ("external trade (excluding
# non-declared trade) of Georgia", "exports (without re-exports) of Armenia"): the first noun is
# the flow, the bracket part of its phrase, and the owner after the bracket its owner.
_SCOPE_ASIDE = re.compile(r"\s?\([^()\d]*")
_ASIDE_CLOSE = re.compile(r"[^()\d]*\)")
# What may stand before a capital that opens a statement, not a name ("Mutual Trade Fund"): a
# sentence's end or a colon; or, before a phrase in sentence case, not title case ("the
# "Foreign Trade" programme"), an opening quote ('"Mutual trade grew ...," he said') or the
# dash after a wire's dateline ("Dushanbe (Asia-Plus) - Mutual trade ...").
_ENDS_SENTENCE = re.compile(r"[.:]\s*$")
_OPENS_QUOTE_OR_DASH = re.compile(r"(?:[\"“‘]|\s[-–—]|—)\s*$")


def _opens_statement(text: str, at: int, word: str) -> bool:
    if _ENDS_SENTENCE.search(text, 0, at):
        return True
    title_case = all(w[:1].isupper() for w in word.split())
    return not title_case and _OPENS_QUOTE_OR_DASH.search(text, 0, at) is not None


_FLOW_NOUNS = frozenset(("export", "exports", "import", "imports", "investment", "investments"))


# Flows a government may invest, sell or buy at home with (aid's verbs are asked apart, as verbs).
_AT_HOME_LEXEMES = frozenset(("invest", "export", "import"))


# Flows whose owner may be one firm, no country: trade's sides (a firm's investment may be its country's).
_FIRM_TRADE = frozenset(("export", "import", "turnover"))


# How far before a trigger its home-economy words may start: "the balance of Kyrgyzstan's foreign ".
_DOMESTIC_REACH = 40


def find_triggers(text: str, lex: Lexicon) -> tuple[TriggerMention, ...]:
    # Only the triggers whose words the sentence holds: the long pattern tried every trigger's
    # every form at each word.
    triggers = lex.trigger_branches.for_text(text)
    if triggers is None:
        return ()  # no trigger's word: no pattern need scan the sentence
    found: list[TriggerMention] = []
    for m in triggers.finditer(text):
        group = m.lastgroup or ""
        word = m.group(0)
        if lex.not_flow.domestic_before.search(text, max(0, m.start() - _DOMESTIC_REACH), m.start()) or lex.not_flow.domestic_after.match(text, m.end()):
            continue  # "retail trade turnover", "investments into fixed capital": the home's own economy
        if word.lower().endswith("trade") or word.lower() == "trade":
            # "trade houses", "World Trade Organization": a name or a kind of thing, not a flow.
            if lex.not_flow.trade_not_flow.match(text, m.end()):
                continue
            if word[0].isupper() and m.start() > 0 and not _opens_statement(text, m.start(), word):
                continue
        if word[0].isupper() and any(
            n.start() <= m.start() and m.end() <= n.end() for n in lex.multilateral.finditer(text, max(0, m.start() - 40), m.end() + 20)
        ):
            continue  # "the European Investment Bank", "the International Finance Corporation": a lender's name
        if lex.sides.narrowed.match(word) and opened_side(text, lex.sides):
            continue  # "In terms of imports, Armenia's largest trading partners were": a side of trade
        if word.lower() == "turnover" and lex.not_flow.turnover_not_flow.search(text, max(0, m.start() - _DOMESTIC_REACH), m.start()):
            continue  # "cargo turnover rose 65%", "the company's turnover": tonnes moved, a firm's sales
        if lex.trigger_groups[group].lexeme in _FIRM_TRADE and lex.not_flow.firm_owner.search(text, max(0, m.start() - _DOMESTIC_REACH), m.start()):
            continue  # "the company's sales to France", "a textile firm exported": one firm's trade
        if word.lower() in _FLOW_NOUNS and lex.not_flow.flow_modifies.match(text, m.end()):
            continue  # "a $2 bn export contract", "import duties": the noun names another thing
        if lex.not_flow.measure_of.search(text, max(0, m.start() - 60), m.start()):
            continue  # "the price of Kazakh gas exported to Italy": another measure's phrase
        trigger = lex.trigger_groups[group]
        giving = trigger.weak or word.lower().startswith(("allocat", "lend", "lent"))  # a verb, not "an agreement on a loan"
        if giving and trigger.lexeme == "aid" and (
            lex.not_flow.not_giver.search(text, max(0, m.start() - 60), m.start()) or lex.not_flow.own_receiver.match(text, m.end(), m.end() + 90)
            or spends_at_home(text, m.start(), m.end(), lex)
        ):
            # "the budget for 2019 provides $2 bn for investment", "Kazakhstan will support its
            # farmers with $2 bn", "the government allocated $150 m for roads": spending of its own, or at home, no gift
            continue
        if trigger.lexeme in _AT_HOME_LEXEMES and spends_at_home(text, m.start(), m.end(), lex):
            continue  # "the state will invest $500 m in schools", "the government bought wheat from farmers"
        if trigger.lexeme in ("aid", "invest") and held_at_home(text, m.start(), m.end(), lex):
            continue  # "Bank lending in Georgia rose 21%", "Public investment reached $3 bn": at home
        if found and _GLOSS.fullmatch(text, found[-1].end, m.start()) and text.startswith(")", m.end()):
            continue  # "foreign direct investment (FDI)": the name's abbreviation, one trigger
        if found and _SCOPE_ASIDE.fullmatch(text, found[-1].end, m.start()) and (close := _ASIDE_CLOSE.match(text, m.end())):
            found[-1] = replace(found[-1], end=close.end())  # its owner and partner are read after the bracket
            continue
        found.append(TriggerMention(m.start(), m.end(), trigger, word))
    return tuple(found)


MAX_AMOUNTS = 40  # a "sentence" with more amounts is a table or junk, not a statement


def find_quantities(text: str, lex: Lexicon, carried: str | None = None) -> tuple[Quantity, ...]:
    """The sentence's amounts and rates; `carried` is the currency of the article's amounts so
    far, for a sentence that states a flow's amount with no currency of its own."""
    # Capped: past MAX_AMOUNTS the sentence is dropped anyway, so stop reading it there.
    money = list(islice(find_money(text, lex), MAX_AMOUNTS + 1))
    money += list(islice(find_elliptical_money(text, money, lex), MAX_AMOUNTS + 1))
    shared = list(islice(find_shared_scale_money(text, money, lex), MAX_AMOUNTS + 1))
    shared += list(islice(find_from_to_scaled(text, money, lex), MAX_AMOUNTS + 1))
    shared += list(islice(label_run_money(text, money), MAX_AMOUNTS + 1))  # "Russia - $1.2 bn, China - 0.9"
    if shared:
        again = {q.start for q in shared}
        money = [q for q in money if q.start not in again] + shared
    money += list(islice(find_worded_money(text, lex), MAX_AMOUNTS + 1))
    if not money and carried is not None:
        money = list(islice(find_currencyless_money(text, carried, lex), MAX_AMOUNTS + 1))
        # ("Exports amounted to 900 million, and imports to 300 million": the scaled numbers after
        # it are in its currency, as after an amount with a currency of its own)
        money += list(islice(find_elliptical_money(text, money, lex), MAX_AMOUNTS + 1))
    rates = list(islice(find_rates(text), MAX_AMOUNTS + 1))
    rates += list(islice(bracket_indexes(text), MAX_AMOUNTS + 1))  # "(in % to 2022 - 87.4)"
    quantities = sorted([*money, *rates], key=lambda q: q.start)
    kept: list[Quantity] = []
    for q in quantities:
        if kept and q.start < kept[-1].end:
            continue  # one amount, found twice ("$5 bn" and "5 bn")
        kept.append(q)
    return tuple(compound_amounts(text, kept))


def parse_sentence(
    text: str,
    published: date | None,
    lex: Lexicon,
    quantities: tuple[Quantity, ...] | None = None,
    countries: list[CountryMention] | None = None,
) -> SentenceParts:
    """Locate everything in one sentence; `quantities` and `countries` may come pre-found."""
    kept = find_quantities(text, lex) if quantities is None else quantities
    named = list(find_countries(text, lex)) if countries is None else countries
    countries = sorted([*named, *find_back_references(text)], key=lambda c: c.start)
    # A trigger's word inside an agency's name ("the Export-Import Bank of Korea") names no flow.
    triggers = tuple(t for t in find_triggers(text, lex) if not any(c.agency and c.start <= t.start < c.end for c in named))
    return SentenceParts(
        text=text,
        clauses=_clauses(text),
        triggers=triggers,
        countries=tuple(countries),
        times=tuple(find_times(text, published, lex.period_reference)),
        quantities=tuple(kept),
    )

