"""Extract every figure of one article: mentions -> frames -> discourse -> readings.

Each sentence's mentions are found once (`mentions`); each amount joins the frame of its trigger
and fills its slots (`frame_*`), with the article's discourse for what the sentence leaves unsaid
(`discourse`); its value, bound and status are read (`readings`) and its period placed
(`timing`). Every figure keeps the words that filled each slot as evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from pathlib import Path

from dashboard.contract.schema import AGGREGATES, Figure
from dashboard.extract.countries import CountryMention, find_countries
from dashboard.extract.discourse import WORLD, Discourse, Topic, article_pair, by_salience, current_period, infer_year
from dashboard.extract.doubts import article_doubts
from dashboard.extract.frame_lists import conjunct_of, list_head_trigger, with_conjuncts
from dashboard.extract.frame_open_slot import ranking_owner
from dashboard.extract.frame_slots import resolve_refs
from dashboard.extract.frame_trigger import trigger_for
from dashboard.extract.frame_types import Who
from dashboard.extract.frame_who import who_for
from dashboard.extract.gates import Screen
from dashboard.extract.lexicon import Lexicon, Trigger, load
from dashboard.extract.mentions import MAX_AMOUNTS, SentenceParts, TriggerMention, find_quantities, find_triggers, parse_sentence
from dashboard.extract.quantities import Quantity
from dashboard.extract.readings import (
    Value,
    commitment,
    is_anaphoric,
    is_level,
    is_previous_figure,
    qualifier,
    rate_value,
    status,
)
from dashboard.extract.sentences import MAX_SENTENCE, Sentence, split_sentences
from dashboard.extract.times import TimeRef, find_times
from dashboard.extract.timing import PENDING_MONTHS, base_amount_time, plan_time, previous_year, time_for, year_period

_HERE = Path(__file__).resolve().parent
# Every file whose content changes what the extractor returns: the pipeline's cache key.
EXTRACTOR_FILES: tuple[Path, ...] = tuple(
    sorted([*_HERE.glob("*.py"), *(_HERE.parent / "rules").glob("*.toml")])
)

# A sentence can hold a figure only if it has a digit or a multiple in words.
# Screens: the same answer as the pattern, most sentences answered by substring tests (gates.Screen).
_MAY_HOLD_FIGURE = Screen(
    re.compile(r"\d|\b(?:twice|doubled|tripled|quadrupled|\w+fold)\b", re.IGNORECASE),
    words=("twice", "doubled", "tripled", "quadrupled", "fold"), sure=tuple("0123456789"),
)  # fmt: skip
_FROM_BEFORE = re.compile(r"\bfrom\s$", re.I)
# The real articles measured hold at most 25 amounts; one with this many is a dump of data, and
# reading all of it would cost frames, discourse and readings per amount.
MAX_ARTICLE_AMOUNTS = 500
_MAY_NAME_TIME = Screen(re.compile(r"\b(?:year|quarter|half|months?|period)\b", re.I), words=("year", "quarter", "half", "month", "period"))
_YEAR = Screen(re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)"), words=("19", "20"))
Evidence = tuple[str, int, int, str]


@dataclass(frozen=True)
class Extraction:
    figures: tuple[Figure, ...]
    countries: tuple[str, ...]  # every country the article names: its pair first, then by mentions
    pair: tuple[str, str] | None  # the pair the article is mainly about, sorted
    # What the extractor could not read as prose, for the build to report: runs too long to be
    # a sentence (read in pieces), "sentences" with too many amounts to be a statement (skipped).
    notes: tuple[str, ...] = ()
    # Each figure's doubts (`doubts.article_doubts`), found here, where the article's sentences
    # and countries are at hand, so the build's serial part need not read the article again.
    doubts: tuple[tuple[str, ...], ...] = ()


def _within(mentions: list[CountryMention], sentence: Sentence) -> list[CountryMention]:
    """The article's country mentions inside one sentence, at sentence offsets."""
    lo = bisect_left(mentions, sentence.start, key=lambda m: m.start)
    hi = bisect_left(mentions, sentence.end, key=lambda m: m.start)
    at = sentence.start
    return [CountryMention(m.start - at, m.end - at, m.code, m.adjective, m.possessive, m.agency) for m in mentions[lo:hi]]


def dateline(text: str, lex: Lexicon) -> tuple[int, int | None]:
    """The end of a dateline before the first sentence ("ASTANA, May 3 (Reuters) -"), and its year."""
    head = text.lstrip()
    offset = len(text) - len(head)
    m = lex.dateline.match(head[:200])
    if m is None:
        return 0, None
    year = m.group("year")
    return offset + m.end(), int(year) if year else None


def extract_article(text: str, published: date | None) -> Extraction:
    lex = load()
    mentions = list(find_countries(text, lex))
    pair, home = article_pair(mentions)
    dateline_end, dateline_year = dateline(text, lex)
    if published is None and dateline_year is not None:
        published = date(dateline_year, 1, 1)  # only the year is used: "last year", "this year"
    dated = published is not None
    sentences = list(split_sentences(text))
    if published is None:
        year = infer_year([s.text for s in sentences])
        published = date(year, 12, 31) if year else None
    figures: list[Figure] = []
    seen: set[tuple[object, ...]] = set()
    # The discourse is the running state of this one reading of the article: updated in place.
    d = Discourse(published=published, pair=pair, home=home, time=None, dated=dated)
    pieces: list[int] = []  # where each piece of an over-long run starts
    crowded: list[int] = []  # where each sentence with too many amounts starts
    read, unread = 0, None  # amounts read; where reading stopped, if it did
    for sentence in sentences:
        if sentence.cut:
            pieces.append(sentence.start)
        d.last_in_sentence = False
        d.ranking_home = _ranking_home(sentence, mentions, lex) or d.ranking_home
        if not _MAY_HOLD_FIGURE.search(sentence.text):
            d.may_set_topic(partial(_topic, sentence, mentions, lex, d.pair))
            if _MAY_NAME_TIME.search(sentence.text):
                # "In the first quarter of this year." names the period the next sentence reads.
                times = tuple(find_times(sentence.text, published, lex.period_reference))
                d.advance(current_period(times, published))
            continue
        quantities = find_quantities(sentence.text, lex)
        if quantities:
            if read + len(quantities) > MAX_ARTICLE_AMOUNTS:
                unread = sentence.start  # a data dump, not an article: the rest is not read
                break
            read += len(quantities)
        if not quantities or len(quantities) > MAX_AMOUNTS:
            if quantities:
                crowded.append(sentence.start)
            d.may_set_topic(partial(_topic, sentence, mentions, lex, d.pair))
            if _MAY_NAME_TIME.search(sentence.text) or _YEAR.search(sentence.text):
                times = tuple(r for r in find_times(sentence.text, published, lex.period_reference) if sentence.start + r.start >= dateline_end)
                d.advance(current_period(times, published))
            continue
        parts = parse_sentence(sentence.text, published, lex, quantities, _within(mentions, sentence))
        if sentence.start < dateline_end:
            cut = dateline_end - sentence.start
            parts = replace(parts, times=tuple(r for r in parts.times if r.start >= cut))
        parts = with_conjuncts(parts, lex)
        refs = resolve_refs(parts, d.reporter or d.home)
        for q in parts.quantities:
            reading = figure_for(q, parts, d, lex, refs)
            if reading is None:
                continue
            found, who = reading
            found = _in_article(found, sentence.start, figures)
            if d.last is None and WORLD in (found.country_a, found.country_b):
                # A report that opens with a country's total ("The foreign trade turnover of
                # Kyrgyzstan ...") is that country's, however often its partners are named after.
                d.home = d.reporter = found.country_b if found.country_a == WORLD else found.country_a
            d.last, d.last_lexeme, d.last_in_sentence = found, _lexeme_of(found), True
            d.clear_topic()
            d.last_actor, d.last_anchor = (who.actor, who.anchor) if who else (None, None)
            # The same figure said twice in one article counts once.
            key = (found.country_a, found.country_b, found.flow_from, found.flow_to, found.indicator, found.kind,
                   found.status, round(found.value, 6), found.unit, found.year, found.period)  # fmt: skip
            if key in seen:
                continue
            seen.add(key)
            figures.append(found)
        own_times = tuple(r for r in parts.times if r.start not in d.base_times) if d.base_times else parts.times
        d.base_times.clear()
        d.advance(current_period(own_times, published))
    figures = dated_over_undated([reporting_months(f, d.reporting) for f in figures])
    doubts = tuple(article_doubts(figures, text, published, dated, pair, sentences, mentions))
    return Extraction(
        figures=tuple(figures), countries=by_salience(mentions, pair), pair=pair, notes=_notes(pieces, crowded, unread), doubts=doubts
    )


def _notes(pieces: list[int], crowded: list[int], unread: int | None) -> tuple[str, ...]:
    """What was not read as prose, in a line each, with where it starts.

    >>> _notes([10, 2010], [5000], None)[1]
    'a sentence with over 40 amounts, at character 5000, not read: a table, not a statement'
    """
    notes = []
    if pieces:
        notes.append(f"text without a sentence end for over {MAX_SENTENCE:,} characters, at character {pieces[0]}, "
                     f"read in {len(pieces)} pieces: figures across a cut may be missed")  # fmt: skip
    if crowded:
        which = "a sentence" if len(crowded) == 1 else f"{len(crowded)} sentences"
        notes.append(f"{which} with over {MAX_AMOUNTS} amounts, at character {crowded[0]}, not read: a table, not a statement")
    if unread is not None:
        notes.append(f"over {MAX_ARTICLE_AMOUNTS:,} amounts: the rest, from character {unread}, "
                     "not read (a data dump, not an article)")  # fmt: skip
    return tuple(notes)


def dated_over_undated(figures: list[Figure]) -> list[Figure]:
    """A headline's figure with no year ("Foreign trade turnover decreased by 16.7 percent")
    that the body states with its period is the body's figure, said once."""
    def what(f: Figure) -> tuple[object, ...]:
        return (f.country_a, f.country_b, f.flow_from, f.flow_to, f.indicator, f.kind, round(f.value, 6), f.unit)

    dated = {what(f) for f in figures if f.year is not None}
    wholes = {f.part_of for f in figures if f.part_of is not None}
    return [f for f in figures if f.year is not None or what(f) not in dated or f.span_start in wholes]


def reporting_months(f: Figure, reporting: TimeRef | None) -> Figure:
    """A lead's figure compared with "the same period" of last year, before the article says
    which months: the months of its reporting period, when that is of the figure's year."""
    if not f.rule.endswith(f":{PENDING_MONTHS}"):
        return f
    if reporting is None or reporting.year != f.year or reporting.period in (None, "FY"):
        return f
    rule = f.rule.replace(PENDING_MONTHS, "reporting-period-later")
    evidence = tuple((slot, a, b, f"time:{rule.rsplit(':', 1)[1]}" if slot == "period" else r) for slot, a, b, r in f.evidence)
    return replace(f, period=reporting.period, rule=rule, evidence=evidence)


_LEXEME_OF_INDICATOR = {"exports": "export", "investment": "invest", "aid": "aid"}


def _topic(sentence: Sentence, mentions: list[CountryMention], lex: Lexicon, pair: tuple[str, str] | None) -> Topic | None:
    """The measure a sentence without a figure speaks of, if it is a bilateral total."""
    triggers = [t for t in find_triggers(sentence.text, lex) if t.trigger.lexeme == "turnover"]
    if not triggers:
        return None
    codes = list(dict.fromkeys(m.code for m in _within(mentions, sentence) if m.code and m.code not in AGGREGATES))
    pair = (min(codes[:2]), max(codes[:2])) if len(codes) >= 2 else pair
    t = triggers[-1]
    return Topic(t.trigger.indicator, t.trigger.lexeme, " ".join(t.text.lower().split()), pair)


def _ranking_home(sentence: Sentence, mentions: list[CountryMention], lex: Lexicon) -> str | None:
    """ "Uzbekistan's main trading partners": the country this sentence ranks partners of."""
    if not lex.ranking_gate.search(sentence.text):
        return None  # the cheap test first: most sentences rank nothing
    return ranking_owner(sentence.text, _within(mentions, sentence), lex)


def _lexeme_of(f: Figure) -> str:
    """How the figure's trigger read its countries, for a list that continues its frame."""
    lexeme = f.rule.split(":", 1)[0]
    return lexeme if lexeme in load().roles else _LEXEME_OF_INDICATOR.get(f.indicator, "turnover")


def _in_article(f: Figure, offset: int, before: list[Figure]) -> Figure:
    """The figure at article offsets; a part ("including $74 m in grants") points at its whole."""
    evidence = tuple((slot, a + offset if a >= 0 else -1, b + offset if b >= 0 else -1, rule) for slot, a, b, rule in f.evidence)
    part_of = f.part_of + offset if f.part_of is not None else None
    # Built whole, not by dataclasses.replace: this runs for every figure, and replace walks the fields.
    return Figure(
        f.country_a, f.country_b, f.flow_from, f.flow_to, f.indicator, f.kind, f.status, f.value, f.unit, f.qualifier,
        f.year, f.period, f.quote, f.span_start + offset, f.span_end + offset, f.rule, f.measure, part_of, evidence,
    )  # fmt: skip


def _part_of(q: Quantity, s: SentenceParts, lex: Lexicon) -> int | None:
    """ "$694 m, including $74 m in grants": the start of the whole this amount is a part of."""
    earlier = [x for x in s.quantities if x.kind == q.kind == "money" and x.end <= q.start]
    if not earlier:
        return None
    whole = earlier[-1]
    gap = s.text[whole.end : q.start]
    if len(gap) > 60 or not lex.breakdown.search(gap):
        return None
    return whole.start


def figure_for(
    q: Quantity, s: SentenceParts, d: Discourse, lex: Lexicon, refs: dict[int, str]
) -> tuple[Figure, Who | None] | None:
    """The figure an amount states, at sentence offsets (the article shifts it), and its frame."""
    if q.kind != "money" and _follows_last_level(q, s, d):
        # "Azerbaijan - $558 m, 1.5% increase y/y", "$37 m (20% increase)": the rate of the level
        # it follows, in that level's frame, whatever trigger stands nearer.
        adjacent = _rate_of_previous(q, s, d, lex, adjacent=True)
        if adjacent is not None:
            return adjacent, None
    t = trigger_for(q, s, lex)
    if t is None:
        if q.kind == "money" and d.topic is not None and is_anaphoric(s, lex) and not s.names_country_before(q.start):
            # "The trade turnover between Armenia and Iran is growing. It has been around $307 m"
            t = TriggerMention(0, 0, Trigger(d.topic.indicator, d.topic.lexeme), d.topic.measure)
        elif q.kind == "money" and (conjunct_of(q, s, lex) is not None or is_anaphoric(s, lex)):
            # "It is followed by Uzbekistan ($13.7 bn), ...", "this figure ... ($3.8 bn a year earlier)"
            t = list_head_trigger(d)
        if t is None:
            previous = _rate_of_previous(q, s, d, lex)
            return None if previous is None else (previous, None)
    indicator = t.trigger.indicator
    evidence: list[Evidence] = [("indicator", t.start, t.end, f"trigger:{t.trigger.lexeme}")] if t.end else []

    value: Value | None
    if q.kind == "money":
        if indicator == "other" or not is_level(q, s, lex):
            return None  # other flows: only their growth; their amounts are tonnes and trips
        value = Value("level", q.value, q.unit, "level")
    else:
        value = rate_value(q, t, s, lex)
        if value is None:
            return None
    evidence.append(("amount", q.start, q.end, f"reading:{value.reading}"))

    if t.trigger.lexeme in ("aid", "invest") and _multilateral_acts(q, t, s, lex):
        return None  # "the IMF disbursed a $280 m loan to Armenia": no country's flow
    who = who_for(q, t, s, d, refs, lex)
    if who is None:
        return None
    evidence += who.evidence
    unit = value.unit
    if unit == "AZN" and "TKM" in who.pair and "AZE" not in who.pair and "AZN" not in s.text[q.start : q.end]:
        unit = "TMT"  # "manat" in a Turkmen story is the Turkmen manat

    base_time = base_amount_time(q, s, d, lex) if value.kind == "level" else None
    if base_time is not None:
        d.base_times.add(base_time.start)  # "against $250 m in 2014": no period the article moves to
    when = base_time or time_for(q, s, index=value.reading == "index")
    state = status(q, t, s, when, lex)
    if state != "reported" and base_time is None:
        when = plan_time(q, t, s)
    if when is not None and when.kind == "back":
        # "Five years earlier, trade stood at $2.1 bn": that many years before the year the
        # article speaks of ("ago": before its date).
        ago = "ago" in s.text[when.start : when.end].lower()
        before = previous_year(q, s)  # the year of the amount before it in the sentence, less one
        if ago:
            now = d.published.year if d.published else None
        elif before is not None and before.year is not None:
            now = before.year + 1
        else:
            now = d.time.year if d.time is not None else (d.published.year if d.published else None)
        when = TimeRef(when.start, when.end, "period", now - when.back, "FY") if now else None
    if when is not None and when.kind == "before":
        when = previous_year(q, s)
        if when is None:
            return None
    elif when is None and value.kind == "level" and _FROM_BEFORE.search(s.text[max(0, q.start - 6) : q.start]):
        return None  # "up from $450 million": the base of a comparison, its time unsaid
    year, period, rule_time = year_period(q, t, s, d, when, indicator, value.kind, lex, plan=state != "reported")
    if period not in (None, "cumulative") and value.kind == "level" and commitment(q, t, s, lex):
        period, rule_time = None, f"{rule_time}-commitment"  # "will provide JPY 305 m for 2020": the year, no period
    if base_time is None and value.kind == "level" and year is not None and period != "cumulative" and _from_to_base(q, s):
        # "decreased year-on-year from $52.68 bn to $51 bn": the first is a year earlier.
        year, rule_time = year - 1, "from-to-base"
    continues_last = any(rule in ("list", "discourse:previous-figure") for _, _, _, rule in who.evidence)
    if when is None and continues_last and d.last is not None and d.last.year is not None:
        year, period, rule_time = d.last.year, d.last.period, "list:previous-figure"
    if when is not None and when.end > when.start:
        evidence.append(("period", when.start, when.end, f"time:{rule_time}"))
    else:
        evidence.append(("period", -1, -1, f"time:{rule_time}"))

    figure = Figure(
        country_a=who.pair[0],
        country_b=who.pair[1],
        flow_from=who.origin,
        flow_to=who.destination,
        indicator=indicator,
        kind=value.kind,
        status=state,
        value=float(value.value),
        unit=unit,
        qualifier=qualifier(q, s, lex),
        year=year,
        period=period,
        quote=s.text,
        span_start=q.start,
        span_end=q.end,
        rule=f"{t.trigger.lexeme}:{q.kind}:{rule_time}",
        measure=" ".join(t.text.lower().split()) or None,
        part_of=_part_of(q, s, lex),
        evidence=tuple(evidence),
    )
    return figure, who


_RATE_AFTER_LEVEL = re.compile(
    r"\s?(?:,|\(|;|-|–)\s?(?:(?:or|up|down|an?|growth(?:\srate)?|change)\s?[-–:]?\s?)?"
    # "$33.8 bn in exports, which is $4.2 bn, or 11.14 percent less": a relative clause of the level
    r"|(?:\s[^,.;$€£¥\d]{0,60})?,\s(?:which|that)\s(?:is|was|makes|made)\s(?:(?:about|some|over)\s)?(?:[$€£¥]?[\d.,]+\s?(?:billion|million|bn|mln|m)?,?\s(?:or\s)?)?"
)


def _follows_last_level(q: Quantity, s: SentenceParts, d: Discourse) -> bool:
    """Whether a rate stands right after the level the last figure was read from, in the same sentence."""
    last = d.last
    if last is None or not d.last_in_sentence or last.kind != "level":
        return False
    level = next((y for y in reversed(s.quantities) if y.end <= q.start and y.kind == "money" and y.value == last.value), None)
    return level is not None and _RATE_AFTER_LEVEL.fullmatch(s.text, level.end, q.start) is not None


_FROM_BEFORE_AMOUNT = re.compile(r"\bfrom\s(?:about\s|some\s|around\s)?$", re.I)
_TO_AMOUNT_AFTER = re.compile(r"\s?to\s(?:about\s|almost\s|nearly\s|over\s|some\s|around\s)?(?:[$€£¥]|US\$|USD\s)?\s?\d", re.I)


def _from_to_base(q: Quantity, s: SentenceParts) -> bool:
    """ "from $52.68 billion to $51 billion", no time of its own: the base of a change."""
    return bool(_FROM_BEFORE_AMOUNT.search(s.text, max(0, q.start - 14), q.start)) and bool(_TO_AMOUNT_AFTER.match(s.text, q.end))


def _multilateral_acts(q: Quantity, t: TriggerMention, s: SentenceParts, lex: Lexicon) -> bool:
    """A lender of many countries gives or lends in the amount's clause: its subject, or after
    "from" / "by" ("a loan from the World Bank")."""
    cs, ce = s.clause_of(min(q.start, t.start) if t.end else q.start)
    for m in lex.multilateral.finditer(s.text, cs, ce):
        if m.start() < min(q.start, t.start) or re.search(r"\b(?:from|by)\s(?:the\s)?$", s.text[max(cs, m.start() - 12) : m.start()]):
            return True
    return False


def _rate_of_previous(q: Quantity, s: SentenceParts, d: Discourse, lex: Lexicon, adjacent: bool = False) -> Figure | None:
    """ "This figure is 33.9 percent higher": a rate of the figure just before."""
    last = d.last
    if last is None or last.kind != "level" or not (adjacent or is_previous_figure(q, s, lex)):
        return None
    anchor = TriggerMention(0, 0, load().trigger_groups["g0"], "")
    value = rate_value(q, anchor, s, lex)
    if value is None:
        return None
    own = time_for(q, s, index=value.reading == "index")
    if own is not None and own.base:
        own = None  # "96 percent of the 2016 level": the base is no time of the rate's
    year, period = (own.year, own.period) if own is not None and own.kind == "period" else (last.year, last.period)
    # A level still waiting for the months its article names later passes the wait on.
    pending = own is None and last.rule.endswith(f":{PENDING_MONTHS}")
    evidence: tuple[Evidence, ...] = (
        ("amount", q.start, q.end, f"reading:{value.reading}"),
        ("indicator", -1, -1, "discourse:previous-figure"),
        ("period", -1, -1, f"time:{PENDING_MONTHS if pending else 'previous-figure'}"),
    )
    return replace(
        last, kind="change", value=float(value.value), unit=value.unit, qualifier=qualifier(q, s, lex), year=year,
        period=period, quote=s.text, span_start=q.start, span_end=q.end,
        rule=f"previous-figure:{q.kind}" + (f":{PENDING_MONTHS}" if pending else ""), part_of=None, evidence=evidence,
    )  # fmt: skip
