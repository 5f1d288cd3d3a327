"""Turn the located parts of one sentence into figures: what each amount measures, between
whom, in which direction, for which period, how sure, and whether it is a fact or a plan."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from dashboard.extract.clauses import SentenceParts, TriggerMention
from dashboard.extract.countries import BILATERAL, CountryMention
from dashboard.extract.quantities import Quantity
from dashboard.extract.times import TimeRef
from dashboard.lexicon import Lexicon, Trigger
from dashboard.schema import Figure

WORLD = "WLD"
_WORLD_CUE = re.compile(r"\b(?:foreign|external|overall|global|with\sall|worldwide)\b", re.I)
# "15 million tons worth $9.5 billion": the amount is the value of the goods, not the tonnage.
_VALUE_OF = re.compile(r"\b(?:worth|valued\sat|value\sof|in\svalue|totall?ing)\b", re.I)
_PREPOSITION = re.compile(
    r"(?P<p>from|to|into|in|with|between|and|of|by|for|towards|among)\s(?:the\s)?"
    r"(?:(?:economy|economies|market|markets|sector|territory|regions?|side)\sof\s(?:the\s)?)?$",
    re.I,
)
_RECEIVING = re.compile(r"\b(?:attract|receiv|obtain|got\b|secur|import|purchas|bought)", re.I)
_GIVING_BEFORE = re.compile(
    r"\b(?:provid|grant|allocat|extend|gave|give|giv|lend|lent|offer|disburs|award)\w*\s$", re.I
)
_THE_COUNTRY = re.compile(r"\b(?:the|our|this)\s(?:country|republic)(?:['’]s)?\b", re.I)
_LABEL_GAP = re.compile(r"[\s\-–—:;,]*$")
_BETWEEN_AND = re.compile(r"\bbetween\s(?:the\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}\sand\s(?:the\s)?$")
_ABSOLUTE_CHANGE = re.compile(r"\bby\s$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s$", re.I)
# Small words that may stand between an amount and the time it belongs to: "$1 bn in 2021".
_ATTACHED_GAP = re.compile(
    r"^\s*(?:(?:in|during|for|of|over|at|as\sof|by)\s)?(?:the\s)?(?:same\speriod\s(?:of\s|in\s)?(?:the\s)?)?$", re.I
)
_STOCK_INDICATORS = ("investment", "aid")
# Between an owner and the noun it owns: "Japanese direct investment", "Azerbaijan's total exports".
_MODIFIER_GAP = re.compile(r"^(?:['’]s)?(?:\s(?:[a-z]+|-))?(?:\s[a-z]+)?\s?$")


@dataclass(frozen=True)
class Context:
    """What the article and the sentences before this one have established."""

    published: date | None
    pair: tuple[str, str] | None  # the pair the article is about
    home: str | None  # the country the article speaks from: first named of its pair
    time: TimeRef | None  # the last period named earlier in the article
    last: Figure | None = None  # the last figure found before this one



# ------------------------------------------------------------------ which trigger


def _blocked(s: SentenceParts, start: int, end: int, lex: Lexicon) -> bool:
    """A blocker noun stands between, and the amount is not stated as its value."""
    last = None
    for last in lex.blockers.finditer(s.text, start, end):  # noqa: B007 - the last one counts
        pass
    m = last
    return m is not None and not _VALUE_OF.search(s.text, m.end(), end)


def _trigger_for(q: Quantity, s: SentenceParts, lex: Lexicon) -> TriggerMention | None:
    """The trigger an amount belongs to: the nearest before it in its clause, else just after
    it in the clause, else the nearest in an earlier clause; never across a blocker noun."""
    cs, ce = s.clause_of(q.start)
    before = [t for t in s.triggers if cs <= t.start and t.end <= q.start]
    if before:
        t = before[-1]
        return None if _blocked(s, t.end, q.start, lex) else t
    if _LABEL_GAP.match(s.text, cs, q.start):
        # "exports - $23.5 bn, imports - $11.1 bn": the amount after a dash is the label's.
        earlier = [t for t in s.triggers if t.end <= cs]
        if earlier:
            return None if _blocked(s, earlier[-1].end, q.start, lex) else earlier[-1]
    after = [t for t in s.triggers if q.end <= t.start < min(ce, q.end + 80)]
    if after:
        t = after[0]
        return None if _blocked(s, q.end, t.start, lex) else t
    earlier = [t for t in s.triggers if t.end <= cs]
    if earlier:
        t = earlier[-1]
        return None if _blocked(s, t.end, q.start, lex) else t
    return None


# ------------------------------------------------------------------ between whom


@dataclass
class Roles:
    origin: list[str]
    destination: list[str]
    pair: list[str]  # named without a direction


def _preposition(s: SentenceParts, c: CountryMention, floor: int) -> str | None:
    m = _PREPOSITION.search(s.text, max(floor, c.start - 40), c.start)
    p = m.group("p").lower() if m else None
    if p == "and" and _BETWEEN_AND.search(s.text, max(floor, c.start - 60), c.start):
        return "between"  # "between Japan and Turkmenistan": the pair, not a subject
    return p


def _roles(q: Quantity, t: TriggerMention, s: SentenceParts, resolved_refs: dict[int, str]) -> Roles:
    # A trigger from an earlier clause lends its indicator, not that clause's countries.
    cs, ce = s.clause_of(q.start) if t.end <= s.clause_of(q.start)[0] else s.clause_of(min(q.start, t.start))
    later = [x.start for x in s.triggers if x.start > max(q.end, t.end) and x.start < ce]
    window_end = later[0] if later else ce
    lexeme = t.trigger.lexeme
    roles = Roles([], [], [])
    # The one who acts: a country named before the trigger without a preposition (its
    # possessive, adjective or subject), the nearest one in the clause.
    # "Japan's investment", "of Chinese investment": the owner, whatever stands before it;
    # else the subject, the first country before the trigger that no preposition governs.
    before = [c for c in s.countries if cs <= c.start < t.start and c.code]
    owners = [c for c in before if (c.adjective or c.possessive) and _MODIFIER_GAP.match(s.text[c.end : t.start])]
    bare = [c for c in before if _preposition(s, c, cs) in (None, "and")]
    # "provided Azerbaijan with loans": the country after a giving verb receives.
    given_to = [c for c in bare if _GIVING_BEFORE.search(s.text, max(cs, c.start - 30), c.start)]
    bare = [c for c in bare if c not in given_to]
    actor = owners[-1] if owners else (bare[0] if bare else None)
    receives = actor is not None and bool(_RECEIVING.search(s.text, actor.end, t.start))
    for c in s.countries:
        if not (cs <= c.start < window_end):
            continue
        code = c.code or resolved_refs.get(c.start, "")
        if not code:
            continue
        if c in given_to and lexeme in ("aid", "invest"):
            roles.destination.append(code)
            continue
        if c is actor:
            owner_is_destination = lexeme == "import" or receives
            (roles.destination if owner_is_destination else roles.origin).append(code)
            continue
        if c.start < t.start:
            p = _preposition(s, c, cs)
            if lexeme != "turnover" and p == "from":
                roles.origin.append(code)
            elif lexeme != "turnover" and p in ("to", "into", "in"):
                roles.destination.append(code)  # "the largest investors in Kazakhstan"
            elif c.adjective or c.possessive or p in ("between", "and", "of"):
                roles.pair.append(code)
            continue
        p = _preposition(s, c, t.end)
        if p == "from" or (p == "by" and lexeme in ("aid", "invest")):
            roles.origin.append(code)
        elif p in ("to", "into", "towards", "in", "for") and lexeme != "turnover":
            roles.destination.append(code)
        elif p == "of" and lexeme != "turnover" and c.start - t.end > 25:
            continue  # "the vicinity of Azerbaijan's capital": not the trigger's "of"
        elif p == "of" and lexeme != "turnover":
            # "imports of Japanese products": where the goods come from; "exports of Azerbaijan".
            if lexeme == "import" and not c.adjective:
                roles.destination.append(code)
            else:
                roles.origin.append(code)
        elif p is None and lexeme == "aid" and c.start < q.start:
            roles.destination.append(code)  # "provided Azerbaijan with loans"
        elif c.adjective and lexeme != "turnover" and not s.text[c.end : c.end + 12].lstrip().startswith(("compan", "firm", "business", "investor")):
            roles.origin.append(code)  # "imports of Japanese products", "Turkmen gas"
        else:
            roles.pair.append(code)
    return roles


def _resolve_back_references(s: SentenceParts) -> dict[int, str]:
    """ "from it": the last country named before it in the sentence that is not the subject."""
    resolved: dict[int, str] = {}
    for i, c in enumerate(s.countries):
        if c.code:
            continue
        named = [x.code for x in s.countries[:i] if x.code]
        if len(set(named)) >= 2:
            resolved[c.start] = named[-1]
    return resolved


def _pair_and_flow(
    q: Quantity, t: TriggerMention, s: SentenceParts, ctx: Context, refs: dict[int, str]
) -> tuple[tuple[str, str], str | None, str | None] | None:
    roles = _roles(q, t, s, refs)
    lexeme = t.trigger.lexeme
    origin = roles.origin[0] if roles.origin else None
    destination = next((d for d in roles.destination if d != origin), None)
    named = list(dict.fromkeys([*roles.origin, *roles.destination, *roles.pair]))
    sentence_codes = [c.code for c in s.countries if c.code]
    same_clause = s.clause_of(t.start) == s.clause_of(q.start)
    # "foreign trade turnover was $34.6 bn, of which exports - $23.5 bn": a breakdown that
    # names no partner stays with the world total it breaks down.
    breakdown_of_world = not named and ctx.last is not None and WORLD in (ctx.last.country_a, ctx.last.country_b)
    world = breakdown_of_world or (same_clause and (
        bool(_WORLD_CUE.search(t.text))
        or bool(_WORLD_CUE.search(s.text, max(s.clause_of(t.start)[0], t.start - 25), t.start))
    ))

    if lexeme == "turnover":
        codes = named if (named and world) else (named or list(dict.fromkeys(sentence_codes)))
        if len(codes) > 2:
            # "partners were Italy ($11 bn), Russia ($4.4 bn)": each amount with its nearest country.
            nearest = _nearest_country(q, s, exclude=codes[0])
            if nearest:
                return _sorted(codes[0], nearest), None, None
        if len(codes) >= 2:
            return _sorted(codes[0], codes[1]), None, None
        if len(codes) == 1:
            others = [c for c in dict.fromkeys(sentence_codes) if c != codes[0]]
            partner = WORLD if world else (others[0] if others else _partner(codes[0], ctx))
            return (_sorted(codes[0], partner), None, None) if partner else None
        if ctx.pair and not world:
            return ctx.pair, None, None
        if world and ctx.home and _THE_COUNTRY.search(s.text, 0, t.start + len(t.text)):
            return _sorted(ctx.home, WORLD), None, None  # "the country's foreign trade"
        return None

    # Directional: fill the missing side from the pair the sentence or the article gives.
    if origin is None and destination is None and not named:
        # "Turkey's exports ... , while imports were $0.9 bn": the owner carries over.
        owner = _sentence_owner(s, t)
        if owner is not None:
            if lexeme == "import" or _RECEIVING.search(s.text, owner.end, t.start):
                destination = owner.code
            else:
                origin = owner.code
    if origin is None and destination is None:
        others = list(named) or list(dict.fromkeys(sentence_codes))
        if len(others) >= 2:
            origin, destination = others[0], others[1]
        elif len(others) == 1:
            if lexeme == "import":
                destination = others[0]
            else:
                origin = others[0]
        elif ctx.home and (world or (ctx.pair and ctx.home in ctx.pair)):
            home = ctx.home
            other: str | None = WORLD if world or ctx.pair is None else next(c for c in ctx.pair if c != ctx.home)
            origin, destination = (other, home) if lexeme == "import" else (home, other)
        else:
            return None
    if origin is None or destination is None:
        known = origin or destination
        assert known is not None
        in_window = [c for c in named if c != known]
        in_sentence = [c for c in dict.fromkeys(sentence_codes) if c != known]
        if in_window:
            other = in_window[0]
        elif world:
            other = WORLD
        else:
            other = in_sentence[0] if in_sentence else _partner(known, ctx)
        if other is None:
            return None
        origin, destination = (origin, other) if origin else (other, destination)
    if origin is None or destination is None or origin == destination:
        return None
    return _sorted(origin, destination), origin, destination


def _nearest_country(q: Quantity, s: SentenceParts, exclude: str) -> str | None:
    before = [c for c in s.countries if c.code and c.code != exclude and c.end <= q.start]
    return before[-1].code if before else None


def _sentence_owner(s: SentenceParts, t: TriggerMention) -> CountryMention | None:
    """The country that owns the sentence's first flow: its possessive, adjective or subject."""
    limit = min(s.clause_of(t.start)[0], t.start) if s.clause_of(t.start)[0] > 0 else t.start
    for c in s.countries:
        if c.start >= limit or not c.code:
            break
        if c.possessive or c.adjective or _preposition(s, c, 0) is None:
            return c
    return None


def _partner(code: str, ctx: Context) -> str | None:
    if ctx.pair and code in ctx.pair:
        return next(c for c in ctx.pair if c != code)
    if ctx.home and ctx.home != code:
        return ctx.home
    return None


def _sorted(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


# ------------------------------------------------------------------ when


def _time_for(q: Quantity, s: SentenceParts, ctx: Context) -> TimeRef | None:
    own = [r for r in s.times if not r.base]
    for r in s.times:
        if r.start >= q.end and _ATTACHED_GAP.match(s.text[q.end : r.start]):
            return _base_period(r, q, s) if r.base else r
    cs, _ = s.clause_of(q.start)
    before_clause = [r for r in own if cs <= r.start and r.end <= q.start and r.kind != "before"]
    if before_clause:
        return before_clause[-1]
    before = [r for r in own if r.end <= q.start and r.kind != "before"]
    if before:
        return before[-1]
    later_amounts = [x.start for x in s.quantities if x.start > q.end]
    limit = later_amounts[0] if later_amounts else len(s.text)
    after = [r for r in own if q.end <= r.start < limit and r.kind != "before"]
    if after:
        return after[0]
    # "increased by 8 percent to $1.1 billion in 2023": one period for the rate and the level.
    _, ce = s.clause_of(q.start)
    in_clause = [r for r in own if q.end <= r.start < ce and r.kind == "period"]
    return in_clause[0] if in_clause else None


def _base_period(base: TimeRef, q: Quantity, s: SentenceParts) -> TimeRef | None:
    """ "compared with $126.5 million in the same period of 2022": the months of the
    sentence's own period, in the base's year."""
    if base.year is None:
        return None
    if base.period not in (None, "FY") or "same period" not in s.text[max(0, base.start - 30) : base.end]:
        return TimeRef(base.start, base.end, "period", base.year, base.period)
    own = [r for r in s.times if not r.base and r.kind == "period" and r.period and r.end <= q.start]
    period = own[-1].period if own else "FY"
    return TimeRef(base.start, base.end, "period", base.year, period)


def _plan_time(q: Quantity, t: TriggerMention, s: SentenceParts) -> TimeRef | None:
    """A forecast or target has the time its own clause gives it ("by 2030"), nothing borrowed."""
    cs, ce = s.clause_of(q.start)
    lo = min(cs, t.start)
    own = [r for r in s.times if lo <= r.start < ce and not r.base and r.kind != "before"]
    # A time written right after another amount is that amount's: "$2.1 bn last year".
    own = [r for r in own if not any(x is not q and _ATTACHED_GAP.match(s.text[x.end : r.start]) for x in s.quantities if x.end <= r.start)]
    deadline = [r for r in own if r.kind == "deadline"]
    return deadline[0] if deadline else (own[-1] if own else None)


def _previous_year(q: Quantity, s: SentenceParts, ctx: Context) -> TimeRef | None:
    """For "a year earlier": the time of the amount before this one in the sentence."""
    earlier = [x for x in s.quantities if x.end <= q.start]
    if not earlier:
        return None
    t = _time_for(earlier[-1], s, ctx)
    if t is None or t.year is None or t.kind != "period":
        return None
    return TimeRef(t.start, t.end, "period", t.year - 1, t.period)


# ------------------------------------------------------------------ how sure, and what kind


def _qualifier(q: Quantity, s: SentenceParts, lex: Lexicon) -> str:
    cs, _ = s.clause_of(q.start)
    m = lex.qualifiers_before.search(s.text, max(cs, q.start - 40), q.start)
    if m:
        return m.lastgroup or "exact"
    if re.match(r"\s?(?:or\smore|and\smore|plus|\+)", s.text[q.end : q.end + 10]):
        return "over"
    return "exact"


def _status(q: Quantity, t: TriggerMention, s: SentenceParts, when: TimeRef | None, lex: Lexicon) -> str:
    cs, _ = s.clause_of(min(q.start, t.start))
    prefix_start = min(cs, t.start)
    forecast = [m.start() for m in lex.forecast.finditer(s.text, prefix_start, q.start)]
    target = [m.start() for m in lex.target.finditer(s.text, prefix_start, q.start)]
    if target and (not forecast or target[-1] >= forecast[-1]):
        return "target"
    if forecast:
        return "forecast"
    if when is not None and when.kind == "deadline" and not _past(when, s):
        return "forecast"
    return "reported"


_PAST_VERB = re.compile(r"\b(?:reached|amounted|totall?ed|was|were|stood|exceeded|hit|rose|grew|made\sup)\b", re.I)


def _past(when: TimeRef, s: SentenceParts) -> bool:
    """ "reached $24 bn by the end of 2023": a deadline told in the past is an as-of date."""
    return bool(_PAST_VERB.search(s.text, 0, when.start))


def _change_sign(q: Quantity, t: TriggerMention, s: SentenceParts, lex: Lexicon) -> int | None:
    """+1 or -1 when a growth word governs the rate, None when it is not a growth rate."""
    _, ce = s.clause_of(q.start)
    after = s.text[q.end : min(ce, q.end + 30)]
    up_after = lex.change_up.search(after)
    down_after = lex.change_down.search(after)
    near_after = [m for m in (up_after, down_after) if m and m.start() <= 12]
    if near_after:
        return 1 if min(near_after, key=lambda m: m.start()) is up_after else -1
    lo = max(min(t.start, q.start), s.clause_of(q.start)[0]) if t.end <= q.start else s.clause_of(q.start)[0]
    cues = [(m.end(), 1) for m in lex.change_up.finditer(s.text, lo, q.start)]
    cues += [(m.end(), -1) for m in lex.change_down.finditer(s.text, lo, q.start)]
    if cues:
        return max(cues)[1]
    if up_after or down_after:
        return 1 if up_after and (not down_after or up_after.start() < down_after.start()) else -1
    return None


# ------------------------------------------------------------------ one amount


# "This figure is 33.9 percent higher": a rate of the figure just before.
_ANAPHOR = re.compile(
    r"\b(?:this|the|that)\s(?:figure|indicator|amount|volume|number|sum)\b|^(?:It|This)\s(?:is|was|has|had|rose|grew|increased|decreased|fell|declined)\b",
    re.IGNORECASE,
)


def _rate_of_previous(q: Quantity, s: SentenceParts, ctx: Context, lex: Lexicon) -> Figure | None:
    last = ctx.last
    if last is None or last.kind != "level" or q.kind == "money" or not _ANAPHOR.search(s.text, 0, q.start):
        return None
    if q.kind == "percent" and lex.share_after.match(s.text, q.end):
        return None
    anchor = TriggerMention(0, 0, Trigger(last.indicator, "turnover"), "")
    sign = 1 if q.growth_word else (q.sign or _change_sign(q, anchor, s, lex))
    if sign is None:
        return None
    value = q.value if q.kind == "times" else (-q.value if sign < 0 else q.value)
    own = [r for r in s.times if not r.base and r.kind == "period"]
    year, period = (own[0].year, own[0].period) if own else (last.year, last.period)
    return replace(
        last, kind="change", value=float(value), unit=q.unit, qualifier=_qualifier(q, s, lex), year=year,
        period=period, quote=s.text, span_start=q.start, span_end=q.end, rule=f"previous-figure:{q.kind}",
    )  # fmt: skip


_DIFFERENCE_AFTER = re.compile(r"^\s?(?:more|less|higher|lower|above|below)\b", re.I)
_RANGE_AFTER = re.compile(r"^\s?[-–]\s?\d")
MIN_LEVEL = 1000  # "$3" is a range's first end or a price, never a country's trade


def _is_level(q: Quantity, s: SentenceParts) -> bool:
    """An amount that states a level: not a difference ("by $50 million", "$1.2 billion more
    than"), not a range's first end ("$3-4 billion"), not a conversion in brackets after
    another amount ("25.4 trillion soums ($2.1 billion)")."""
    after = s.text[q.end : q.end + 12]
    if _ABSOLUTE_CHANGE.search(s.text, max(0, q.start - 6), q.start):
        return False
    if _DIFFERENCE_AFTER.match(after) or _RANGE_AFTER.match(after) or q.value < MIN_LEVEL:
        return False
    opening = s.text.rfind("(", max(0, q.start - 3), q.start + 1)
    if opening != -1:
        earlier = [x for x in s.quantities if x.kind == "money" and x.end <= opening]
        if earlier and s.text[earlier[-1].end : opening].strip() == "":
            return False
    return True


def figure_for(q: Quantity, s: SentenceParts, ctx: Context, lex: Lexicon, refs: dict[int, str]) -> Figure | None:
    """The figure an amount states, with its span in the sentence (the article shifts it)."""
    t = _trigger_for(q, s, lex)
    if t is None:
        return _rate_of_previous(q, s, ctx, lex)
    indicator = t.trigger.indicator
    before = s.text[max(0, q.start - 6) : q.start]

    if q.kind == "money":
        if indicator == "other":
            return None  # only growth of other flows is kept; their amounts are tonnes and trips
        if not _is_level(q, s):
            return None
        kind, value, unit = "level", q.value, q.unit
    else:
        if q.kind == "percent" and lex.share_after.match(s.text, q.end):
            return None  # "22.4 percent of Kazakhstan's trade" is a share
        sign = 1 if q.growth_word else (q.sign or _change_sign(q, t, s, lex))
        if sign is None:
            return None
        value = q.value if q.kind == "times" else (-q.value if sign < 0 else q.value)
        kind, unit = "change", q.unit

    flow = _pair_and_flow(q, t, s, ctx, refs)
    if flow is None:
        return None
    countries, flow_from, flow_to = flow
    if unit == "AZN" and "TKM" in countries and "AZE" not in countries and "AZN" not in s.text[q.start : q.end]:
        unit = "TMT"  # "manat" in a Turkmen story is the Turkmen manat

    status = _status(q, t, s, _time_for(q, s, ctx), lex)
    when = _time_for(q, s, ctx) if status == "reported" else _plan_time(q, t, s)
    if when is not None and when.kind == "before":
        when = _previous_year(q, s, ctx)
        if when is None:
            return None
    elif when is None and kind == "level" and _FROM_BEFORE.search(before):
        return None  # "up from $450 million": the base of a comparison, its time unsaid
    year, period, rule_time = _year_period(q, t, s, ctx, when, indicator, kind, lex)

    return Figure(
        country_a=countries[0],
        country_b=countries[1],
        flow_from=flow_from,
        flow_to=flow_to,
        indicator=indicator,
        kind=kind,
        status=status,
        value=float(value),
        unit=unit,
        qualifier=_qualifier(q, s, lex),
        year=year,
        period=period,
        quote=s.text,
        span_start=q.start,
        span_end=q.end,
        rule=f"{t.trigger.lexeme}:{q.kind}:{rule_time}",
        measure=" ".join(t.text.lower().split()),
    )


def _year_period(
    q: Quantity,
    t: TriggerMention,
    s: SentenceParts,
    ctx: Context,
    when: TimeRef | None,
    indicator: str,
    kind: str,
    lex: Lexicon,
) -> tuple[int | None, str | None, str]:
    published_year = ctx.published.year if ctx.published else None
    cs, ce = s.clause_of(q.start)
    stock_cue = bool(lex.cumulative.search(s.text, min(cs, t.start), ce))
    as_of = next((r for r in s.times if r.as_of and r.year), None)
    if indicator in _STOCK_INDICATORS and kind == "level":
        if when is not None and when.kind == "deadline" and _past(when, s):
            return when.year, "cumulative", "stock-as-of"
        if when is None or when.kind in ("since", "span") or (stock_cue and when.kind not in ("period", "deadline")):
            if when is None and not stock_cue and indicator == "aid":
                return None, None, "one-off"
            return (as_of.year if as_of else published_year), "cumulative", "stock"
    if when is None:
        if indicator != "investment" and ctx.time is not None:
            return ctx.time.year, ctx.time.period, "paragraph"
        return None, None, "none"
    if when.kind in ("period", "deadline"):
        return when.year, when.period, when.kind
    if when.kind in ("present", "date"):
        return (when.year if when.year else None), None, when.kind
    if when.kind == "since":
        return published_year, None, "since"
    return (when.year if when.kind == "span" else None), None, when.kind


def context_time(s: SentenceParts) -> TimeRef | None:
    """The last period a sentence names for itself, for the sentences after it."""
    # "since the beginning of this year" carries too: year to date, months unsaid.
    periods = [r for r in s.times if r.kind in ("period", "present") and not r.base and r.year]
    return periods[-1] if periods else None


def bilateral(s: SentenceParts) -> bool:
    return bool(BILATERAL.search(s.text))
