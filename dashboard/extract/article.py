"""Extract every figure of one article: mentions -> frames -> discourse -> readings.

Each sentence's mentions are found once (`mentions`); each amount's figure is read from them
(`amount_figure`): the amount joins the frame of its trigger and fills its slots (`frame_*`),
with the article's discourse for what the sentence leaves unsaid (`discourse`); its value, bound
and status are read (`readings`) and its period placed (`timing`). Every figure keeps the words
that filled each slot as evidence.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from pathlib import Path

from dashboard.contract.schema import Figure
from dashboard.extract.amount_figure import figure_for
from dashboard.extract.asides import aside_of_other_year, event_year_aside, looks_back_to, other_months, stepped, told_as_base
from dashboard.extract.body_named_again import body_named
from dashboard.extract.cited_source import reporting_country
from dashboard.extract.countries import CountryMention, agency_references, bloc_references, find_countries
from dashboard.extract.discourse import WORLD, Discourse, Topic, total_country
from dashboard.extract.doubts import article_doubts
from dashboard.extract.frame_coordination import each_member_parts
from dashboard.extract.frame_lists import with_conjuncts
from dashboard.extract.frame_open_slot import ranking_owner
from dashboard.extract.frame_ranking import flow_after_ranking, flow_ranked_by, heading_flow, ranked_list, release_flow
from dashboard.extract.frame_trigger import trigger_for
from dashboard.extract.later_months import reporting_months
from dashboard.extract.lexicon import Lexicon, load
from dashboard.extract.mentions import MAX_AMOUNTS, find_quantities, find_triggers, parse_sentence
from dashboard.extract.quoted_speech import quoted_mentions
from dashboard.extract.reading_notes import MAX_ARTICLE_AMOUNTS, reading_notes
from dashboard.extract.readings import indexes_a_base
from dashboard.extract.references import with_refs
from dashboard.extract.rounded_again import rounded_again
from dashboard.extract.said_once import dated_over_undated, gift_delivered, headline_restated
from dashboard.extract.sentence_screens import MAY_HOLD_FIGURE, MAY_NAME_TIME, MAY_NAME_YEAR
from dashboard.extract.sentences import Sentence, split_sentences
from dashboard.extract.shared_rate import each_flow_parts
from dashboard.extract.speakers import (
    dateline,
    dateline_month,
    dateline_place,
    deictic_owners,
    speakers_own,
    speaking_place,
)
from dashboard.extract.story_pair import (
    by_salience,
    figures_pair,
    lead_close,
    pair_opening,
    story_sides,
    talk_lasts,
    talked_of,
    unnamed_home,
    world_headline,
)
from dashboard.extract.story_period import after_base_period, current_period
from dashboard.extract.table_columns import caption_before, may_be_table_line, table_line
from dashboard.extract.tables import table_reading
from dashboard.extract.times import TimeRef, find_times
from dashboard.extract.undated_year import infer_year, stated_year
from dashboard.extract.wrapped_lines import unwrap

_HERE = Path(__file__).resolve().parent
# Every file whose content changes what the extractor returns: the pipeline's cache key.
EXTRACTOR_FILES: tuple[Path, ...] = tuple(
    sorted([*_HERE.glob("*.py"), *(_HERE.parent / "rules").glob("*.toml")])
)


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


def _inside(mentions: list[CountryMention], starts: list[int], sentence: Sentence) -> list[CountryMention]:
    """The article's country mentions inside one sentence, at article offsets (`starts`: where
    each starts, bisected without a key function): what names which country is all most
    sentences are asked (`_at_sentence` moves them when offsets count)."""
    return mentions[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]


def _at_sentence(inside: list[CountryMention], sentence: Sentence) -> list[CountryMention]:
    """A sentence's mentions (`inside` it, at article offsets) at sentence offsets."""
    at = sentence.start
    return [CountryMention(m.start - at, m.end - at, m.code, m.adjective, m.possessive, m.agency) for m in inside]


def _named_last(inside: list[CountryMention]) -> str | None:
    """The country a sentence (its mentions, `inside` it) names last by its name (not an
    adjective): what a next sentence's "with it" may stand for."""
    named = [m.code for m in inside if m.code and not m.adjective]
    return named[-1] if named else None




def extract_article(text: str, published: date | None) -> Extraction:
    lex = load()
    text = unwrap(text, lex.wrap_open_end)  # a hard-wrapped archive's line breaks inside a paragraph are spaces
    mentions = list(find_countries(text, lex))
    if (blocs := bloc_references(text, mentions, lex)):
        mentions = sorted([*mentions, *blocs], key=lambda m: m.start)
    if (named_again := agency_references(text, mentions, lex)):
        mentions = sorted([*mentions, *named_again], key=lambda m: m.start)
    lead_end, headline_end = lead_close(text), _headline_end(text)
    datelined = dateline_place(text, lex)
    dateline_start, dateline_end, dateline_date = dateline(text, lex)
    filed_from = unnamed_home(text, mentions, datelined, (dateline_start, dateline_end), lex)
    # ("BAKU, Azerbaijan, Aug. 29": a dateline names where the story is filed from once, however it spells it)
    counted = [m for i, m in enumerate(mentions) if not (dateline_start <= m.start < dateline_end and m.code in {x.code for x in mentions[:i] if x.start >= dateline_start})]
    pair, home = story_sides(text, [*filed_from, *counted], lead_end, headline_end, lex)
    place = speaking_place(text, mentions)
    if pair and datelined in pair and place is None:
        home = datelined  # a story filed from a capital of the pair speaks from its country
    if pair and place in pair:
        home = place  # an interview's answers speak from where the speaker is
        # "our exports", "your exports": the envoy's country, and the one it is sent to.
        deictic = deictic_owners(text, speakers_own(text, mentions), place)
        mentions = sorted([*mentions, *deictic], key=lambda m: m.start)
    if quoted := quoted_mentions(text, mentions, pair, interview=bool(pair) and place in (pair or ())):
        mentions = sorted([*mentions, *quoted], key=lambda m: m.start)
    if published is None and dateline_date is not None:
        published = dateline_date
    dated = published is not None
    sentences = list(split_sentences(text))
    # A year the text states as its own ("its 2020 budget ... this year") is the year of its
    # one-off amounts and stocks, as a date line's is (its doubts still say the date is unknown).
    year_known = dated
    if published is None:
        year = infer_year([s.text for s in sentences], dateline_month(text, lex), partial(_flowless, lex=lex))
        published = date(year, 12, 31) if year else None
        year_known = year is not None and stated_year([s.text for s in sentences]) == year
    figures: list[Figure] = []
    seen: set[tuple[object, ...]] = set()
    # The discourse is the running state of this one reading of the article: updated in place.
    opening = pair_opening(text, pair, mentions, headline_end, (dateline_start, dateline_end), sentences)
    d = Discourse(
        published=published, pair=pair, home=home, time=None, dated=year_known, pair_opening=opening,
        world_headline=world_headline(text, mentions, headline_end),
    )
    pieces: list[int] = []  # where each piece of an over-long run starts
    crowded: list[int] = []  # where each sentence with too many amounts starts
    read, unread = 0, None  # amounts read; where reading stopped, if it did
    # Each sentence's times as found here, by its index: the doubts read the same sentences'.
    times_at: dict[int, tuple[TimeRef, ...]] = {}
    # Each sentence's country mentions, found once: the next sentence reads them too.
    inside: list[CountryMention] = []
    starts = [m.start for m in mentions]
    last_level: Figure | None = None  # noted as each level figure is kept, not sought back for each sentence
    for at, sentence in enumerate(sentences):
        if sentence.cut:
            pieces.append(sentence.start)
        d.last_in_sentence, d.at = False, (at, sentence.paragraph)
        told_before = d.last  # the story's last figure, as the sentence began
        # The whole a later "of it" breaks down is the last amount read, not its rate of growth.
        unpaired, group = d.last_unpaired, d.last_group
        d.whole_before = (
            last_level,
            unpaired is not None,
            # (past a paragraph's break when the sentence opens by going on and names no country: "At the same time, exports fell")
            unpaired is not None and unpaired == group and at - group <= 1
            and (sentences[group].paragraph == sentence.paragraph
                 or (lex.holders.group_goes_on.match(sentence.text) is not None and not _inside(mentions, starts, sentence))),
        )
        before, inside = inside, _inside(mentions, starts, sentence)
        if at:
            talk = talked_of(sentences[at - 1], before, d.talk_pair)
            if talk is not None and talk != d.talk_pair:
                d.talk_paragraph = sentences[at - 1].paragraph
                d.talk_lasts = talk_lasts(sentences[at - 1], lead_end, lex)
            d.talk_pair = talk if talk is None or d.talk_lasts or sentence.paragraph == d.talk_paragraph else None
        if lex.ranking_gate.search(sentence.text):  # the cheap test first: most sentences rank nothing
            # "Uzbekistan's main trading partners": the country this sentence ranks partners of.
            d.ranking_home = ranking_owner(sentence.text, _at_sentence(inside, sentence), lex) or d.ranking_home
            d.ranking_flow, d.ranked_list = flow_after_ranking(sentence.text, d, lex), ranked_list(sentence.text, d, lex)
            d.heading_flow = flow_ranked_by(sentence.text, lex) or d.heading_flow
        d.ranking_flow = release_flow(sentence.text, lex) or d.ranking_flow  # "... published export data for 2009."
        if sentence.text.endswith(":"):
            # A heading's flow ("The main partners in 2019 were as follows:"); a figure of its own clears it.
            d.heading_flow, d.heading_index = heading_flow(sentence.text, lex), indexes_a_base(sentence.text)
        if d.table is not None or may_be_table_line(sentence.text):
            # A table with a column per flow: its header row, then a figure per cell of each row.
            fallbacks = (d.ranking_home or d.reporter or d.home, d.table_unit, d.time, d.pair)
            d.table, rows = table_line(sentence, caption_before(sentences, at), d.table, d.published, fallbacks, lex)
            if rows is not None:
                figures.extend(f for f in rows if _first_time(f, seen))
                continue
        if not MAY_HOLD_FIGURE.search(sentence.text):
            d.may_be_other_measure(partial(_other_measure, sentence.text, lex))
            d.may_set_topic(partial(_topic, sentence, inside, lex, d.pair))
            if MAY_NAME_TIME.search(sentence.text):
                # "In the first quarter of this year." names the period the next sentence reads.
                times_at[at] = tuple(find_times(sentence.text, published, lex.period_reference))
                times = d.in_story_year(times_at[at], sentence.text)
                d.advance(named := current_period(times, published), sentence.text)
                d.note_since(times, named)
                d.time_after_last = d.time_after_last or other_months(named, d)
            continue
        quantities = find_quantities(sentence.text, lex, last_level.unit if last_level is not None else None)
        quantities, d.table_unit, header = table_reading(sentence.text, quantities, d.table_unit, lex)
        if header:  # "Trade with the main partners, 2019 (million US dollars)" heads a list as a colon does
            d.heading_flow = heading_flow(sentence.text, lex)
        if quantities:
            if read + len(quantities) > MAX_ARTICLE_AMOUNTS:
                unread = sentence.start  # a data dump, not an article: the rest is not read
                break
            read += len(quantities)
        if not quantities or len(quantities) > MAX_AMOUNTS:
            if quantities:
                crowded.append(sentence.start)
            d.may_be_other_measure(partial(_other_measure, sentence.text, lex))
            d.may_set_topic(partial(_topic, sentence, inside, lex, d.pair))
            if MAY_NAME_TIME.search(sentence.text) or MAY_NAME_YEAR.search(sentence.text):
                times_at[at] = tuple(find_times(sentence.text, published, lex.period_reference))
                times = tuple(r for r in d.in_story_year(times_at[at], sentence.text) if not dateline_start <= sentence.start + r.start < dateline_end)
                named = current_period(times, published)
                aside = aside_of_other_year(named, d, sentence.text) or event_year_aside(named, d, partial(_flowless, sentence.text, lex))
                d.advance(None if aside else named, sentence.text)
                if aside and named is not None and named.period == "FY":
                    d.aside_year = named.year  # "... in 1992. In that year, ...": the year set aside
                d.note_since(times, named)
                d.time_after_last = d.time_after_last or other_months(named, d)
            continue
        parts = parse_sentence(sentence.text, published, lex, quantities, _at_sentence(inside, sentence))
        times_at[at] = parts.times
        if sentence.start < dateline_end and sentence.end > dateline_start:
            cut = (dateline_start - sentence.start, dateline_end - sentence.start)
            parts = replace(parts, times=tuple(r for r in parts.times if not cut[0] <= r.start < cut[1]))
        if d.time is not None:
            anchored = d.in_story_year(parts.times, sentence.text)
            if anchored != parts.times:  # most sentences write their years: no copy of the parts
                parts = replace(parts, times=anchored)
        parts = with_conjuncts(parts, lex)
        d.reported_by = reporting_country(parts, pair, lex) or d.reported_by
        # (a pair a sentence without figures just named, of one of the story's and another: that other)
        new = [x for x in d.talk_pair or () if d.pair and x not in d.pair]
        new_partner = new[0] if len(new) == 1 else None
        parts, refs = with_refs(parts, d.reporter or d.home, _named_last(before) if at else None, d.talk_pair or d.pair, d.last, new_partner)
        told: set[tuple[str, str]] = set()  # the pairs of the sentence's figures
        for q in parts.quantities:
            # "$450 m each" is every listed member's amount: read once per member; a rate of two joined flows, once per flow.
            for own in (flow for member in each_member_parts(q, parts, lex, d) for flow in each_flow_parts(q, member, lex)):
                reading = figure_for(q, own, d, lex, refs)
                if reading is None:
                    if q.kind == "money" and (t := trigger_for(q, own, lex)) is not None:
                        d.last_measure = (t.trigger.indicator, t.trigger.lexeme)  # "... of this volume" may be its part
                        d.last_unpaired = at
                        if lex.group_side.search(sentence.text):
                            d.last_group = at
                    continue
                found, who = reading
                if q.kind == "money":
                    d.last_measure = (found.indicator, _lexeme_of(found))
                    d.last_unpaired = None
                found = _in_article(found, sentence.start, figures)
                if d.last is None and WORLD in (found.country_a, found.country_b):
                    # A report that opens with a country's total ("The foreign trade turnover of
                    # Kyrgyzstan ...") is that country's, however often its partners are named after.
                    d.home = d.reporter = total_country(found)
                if d.lead is None and found.status == "reported" and found.period not in (None, "cumulative"):
                    d.lead = found
                lexeme = _lexeme_of(found)
                if found.rule.startswith("previous-figure") and d.last is not None and (found.flow_from, found.flow_to) == (d.last.flow_from, d.last.flow_to):
                    # "Imports from Russia amounted to $1.6 bn (-8.2%). Kazakhstan – $0.6 bn": the
                    # rate of the figure before reads its countries as that figure did.
                    lexeme = d.last_lexeme or lexeme
                d.last, d.last_lexeme, d.last_in_sentence = found, lexeme, True
                d.heading_flow = None
                d.heading_index = d.heading_index and not any(e[0] == "indicator" and e[1] >= 0 for e in found.evidence)
                told.add((found.country_a, found.country_b))
                d.clear_topic()
                d.last_actor, d.last_anchor = (who.actor, who.anchor) if who else (None, None)
                # The same figure said twice in one article counts once.
                if not _first_time(found, seen):
                    continue
                figures.append(found)
                if found.kind == "level":
                    last_level = found
        if not d.last_in_sentence:
            d.may_be_other_measure(partial(_other_measure, sentence.text, lex))
        d.last_body = body_named(sentence.text, inside, lex, sentence.start) or d.last_body
        if (pair_told := figures_pair(told, inside)) is not None:
            # "Azerbaijan's trade with Russia reached $3.2 bn. Trade between the two countries
            # grew 8%": the next pair cue means the pair the figures just told of.
            d.talk_pair, d.talk_paragraph, d.talk_lasts = pair_told, sentence.paragraph, False
        own_times = tuple(r for r in parts.times if r.start not in d.aside_times) if d.aside_times else parts.times
        d.aside_times.clear()
        named = current_period(stepped(own_times, d), published) or (after_base_period(d.last) if d.last_in_sentence else None)
        looked_back = looks_back_to(named, d, told_before, figures, sentence.text)
        if (not d.last_in_sentence and aside_of_other_year(named, d, sentence.text)) or looked_back:
            named = None
        d.advance(named, sentence.text)
        if d.last_in_sentence:
            d.time_after_last = looked_back or told_as_base(d, figures)
        d.note_since(own_times, named)
    figures = headline_restated(dated_over_undated([reporting_months(f, d.reporting) for f in figures], headline_end), headline_end)
    figures = gift_delivered(rounded_again(figures))
    doubts = tuple(article_doubts(figures, text, published, dated, pair, sentences, mentions, times_at))
    return Extraction(
        figures=tuple(figures), countries=by_salience(mentions, pair), pair=pair, notes=reading_notes(pieces, crowded, unread), doubts=doubts
    )


def _first_time(f: Figure, seen: set[tuple[object, ...]]) -> bool:
    """Whether the article says `f` for the first time (noted in `seen`): said twice, it counts once."""
    key = (f.country_a, f.country_b, f.flow_from, f.flow_to, f.indicator, f.kind, f.status, round(f.value, 6), f.unit, f.year, f.period)
    if key in seen:
        return False
    seen.add(key)
    return True


def _other_measure(text: str, lex: Lexicon) -> bool:
    """A sentence of another measure and no flow: "GDP grew 5 percent", "Oil output fell"."""
    # Asked of nearly every sentence: the gates answer most without the long patterns.
    if not (lex.blocker_gate.search(text) and lex.blockers.search(text) is not None):
        return False
    return not lex.trigger_gate.search(text) or lex.triggers.search(text) is None


def _flowless(text: str, lex: Lexicon) -> bool:
    """A sentence with no word of a flow: "The two countries established relations in 1992"
    ("joined the World Trade Organization": a name's "trade" is none)."""
    return not lex.trigger_gate.search(text) or not find_triggers(text, lex)




def _headline_end(text: str) -> int:
    """Where a headline ends: its line, when a blank line parts it from the body (else none)."""
    head, blank, _ = text.lstrip().partition("\n\n")
    return len(text) - len(text.lstrip()) + len(head) if blank and "\n" not in head.strip() else 0




_LEXEME_OF_INDICATOR = {"exports": "export", "investment": "invest", "aid": "aid"}


def _topic(sentence: Sentence, inside: list[CountryMention], lex: Lexicon, pair: tuple[str, str] | None) -> Topic | None:
    """The measure a sentence without a figure (its country mentions `inside` it) speaks of, if
    it is a bilateral total."""
    triggers = [t for t in find_triggers(sentence.text, lex) if t.trigger.lexeme == "turnover"]
    if not triggers:
        return None
    # (the EU is a partner as a country is: "Trade between Georgia and the EU keeps rising. It ...")
    codes = list(dict.fromkeys(m.code for m in inside if m.code and m.code != WORLD))
    pair = (min(codes[:2]), max(codes[:2])) if len(codes) >= 2 else pair
    t = triggers[-1]
    return Topic(t.trigger.indicator, t.trigger.lexeme, " ".join(t.text.lower().split()), pair)


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
