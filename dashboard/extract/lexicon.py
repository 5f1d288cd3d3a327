"""The only reader of dashboard/rules/: compiles the country words and phrase lists, once
(`load`), into a `Lexicon`; `rule_patterns` builds their patterns, `gates` their cheap pre-checks."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from re import Pattern

from dashboard.extract.gated_pattern import GatedPattern
from dashboard.extract.gates import Branches, Gate, gate_for
from dashboard.extract.holder_words import HolderWords, compile_holders
from dashboard.extract.not_flow_words import NotFlowWords, compile_not_flow
from dashboard.extract.pattern_shape import first_char_checked, first_char_checked_compiled
from dashboard.extract.rule_files import rules_file
from dashboard.extract.rule_patterns import (
    LEAD_BOUND,
    NOT_AMOUNT,
    SHARE_ASIDE,
    WordsFrom,
    alternation,
    country_word_index,
    money_pattern,
    not_country_pattern,
    ranked_complements,
    trigger_pattern,
    word_pattern,
    worded_money_pattern,
)
from dashboard.extract.side_words import SideWords, compile_sides
from dashboard.extract.trigger_kind import Trigger
from dashboard.extract.voice_words import VoiceWords, compile_voice


@dataclass(frozen=True)
class Lexicon:
    # Country words indexed by their first run of letters, longest first, so a scan can try
    # only the words that can start at a capitalised token.
    country_words: dict[str, WordsFrom]
    not_countries: Pattern[str]
    multilateral: Pattern[str]  # lenders of many countries: their flows are no country's
    donors: frozenset[str]  # countries that lend and grant abroad: the giver of two that sign
    triggers: Pattern[str]  # one named group per trigger: g0, g1, ...
    trigger_branches: Branches  # `triggers` with only the triggers a sentence may hold
    trigger_gate: Gate  # any trigger's word: a cheap test before `triggers`
    trigger_groups: dict[str, Trigger]
    not_flow: NotFlowWords  # words that make a trigger's word name no flow: "retail trade", "cargo turnover"
    blockers: Pattern[str]
    blocker_goods: Pattern[str]  # a blocker that counts goods, whose worth is the goods' own: "tonnes"
    blocker_share_in_money: Pattern[str]  # a share restated in money, anchored at the amount: "a 23.4% share ("
    blocker_gate: Gate  # any blocker's word: a cheap test before a search of a whole sentence
    money: Pattern[str]
    worded_money: Pattern[str]  # "one billion US dollars", "half a billion euros": a number in words
    currency_gate: Gate  # any currency sign or word: a cheap test before `money`
    currency_codes: dict[str, str]  # group name -> ISO 4217
    scales: dict[str, float]  # lower-case scale word -> multiplier
    qualifiers_before: Pattern[str]  # anchored at the end of the text before an amount
    forecast: Pattern[str]
    target: Pattern[str]
    plan_gate: Gate  # any forecast's or target's word: a cheap test before `forecast` and `target`
    change_up: Pattern[str]
    change_down: Pattern[str]
    share_after: Pattern[str]
    cumulative: Pattern[str]
    # a table's header and rows (`table_columns`): a column of no figure, of indexes, of rates; a total row
    table_no_figure: Pattern[str]
    wrap_open_end: Pattern[str]  # a line ending in a word no sentence ends in goes on on the next
    table_index: Pattern[str]
    table_change: Pattern[str]
    table_world_row: Pattern[str]
    table_year_column: Pattern[str]
    table_sum_column: Pattern[str]
    # frames.toml
    roles: dict[str, dict[str, dict[str, str]]]  # lexeme -> before|after -> marker -> slot
    receiving: Pattern[str]  # searched between an actor and its trigger
    receiving_after: Pattern[str]  # matched right after the trigger: "FDI inflows"
    receiving_noun: Pattern[str]  # searched in a trigger and the word after it: "investment inflow"
    passive_before: Pattern[str]  # anchored at the end of the text before a flow's verb
    import_sent: Pattern[str]  # matched right after an import noun: "import to (Azerbaijan)"
    voice: VoiceWords  # what a passive sets: who is given a flow, an aid sent with no giver
    people_after: Pattern[str]  # right after an adjective or owner: "Kazakh officials", "Georgia's minister"
    source_after: Pattern[str]  # right after an adjective: "Kazakh statistics committee", who reports a figure
    reporting_after: Pattern[str]  # right after a country a preposition governs: "(according to) Turkey's trade ministry"
    frame_order: tuple[str, ...]  # the sources of an amount's frame, in the order they are tried
    open_slot_order: tuple[str, ...]  # the fillers of a directional frame's open side, in order
    partner_slot_order: tuple[str, ...]  # the fillers of a turnover's missing partner, in order
    inward: Pattern[str]  # around an investment that names no country: the home's inflow
    outward: Pattern[str]  # ... or its outflow
    giving_before: Pattern[str]  # anchored at the end of the text before a country
    company_after: Pattern[str]  # matched right after an adjective
    venue_before_in: Pattern[str]  # anchored before "in": "the signing ceremony on September 11 "
    cause_after: Pattern[str]  # searched after an amount: ", as copper prices halved"
    according_before: Pattern[str]  # anchored at the end of the text before a country: "according to data from the "
    firm_subject: Pattern[str]  # anchored at the end of the text before a flow's verb: "Caspian Build LLC will "
    firm_suffix: Pattern[str]  # searched in a firm's name: "LLC", "Holding"
    firm_state_word: Pattern[str]  # searched in a name: a state's body, "the State Oil Fund"
    conjunct_gaps: tuple[tuple[Pattern[str], bool, bool, bool, Pattern[str] | None], ...]  # (gap, needs a preposition, may follow an owner, money only, words before)
    side_before: GatedPattern  # anchored before a country or its list: "most of it in", "compared with"; its words asked first
    ranking_after: Pattern[str]  # searched after an owner: "'s biggest trade partner"
    ranking_gate: Gate  # any ranking noun: a cheap test before `ranking_after`
    ranking_before: Pattern[str]  # anchored at the end of the text before an owner: "investors in "
    part_opener: Pattern[str]  # anchored at the end of the text before a part's country: ", of which "
    told_after: Pattern[str]  # matched right after an amount, up to its flow's noun: ", or 41.9%, accounted for "
    told_after_gapped: Pattern[str]  # the same with the verb gapped: ", or 58.1%, for "
    told_after_copula: Pattern[str]  # after a part's opener: " is " ("of which $22 m is exports")
    part_amount_opener: Pattern[str]  # anchored at the end of the text before a part's amount: ", including "
    part_link: Pattern[str]  # the whole text between a part's amount and its country: " came from "
    whole_after: Pattern[str]  # matched right after a part's amount: " of this volume"
    share_of_whole: Pattern[str]  # anchored right before a part's amount: "15 percent of the total, or "
    share_restated: Pattern[str]  # anchored right before a part's amount: "Russia's share was 20%, or "
    back_whole: Pattern[str]  # searched in a clause: "of it", "out of this trade", the flow before as a whole
    part_share: Pattern[str]  # anchored at the end of the text before a part's amount: "accounted for "
    ranking_unowned: Pattern[str]  # a ranking noun after a rank word or "among": "the top export partner"
    ranking_flows: tuple[tuple[Pattern[str], str], ...]  # a ranking noun -> the lexeme of the flow it ranks
    ranking_place: Pattern[str]  # a place in a ranking with no noun: "was second with"
    ranked_amount: Pattern[str]  # anchored at the end of the text before a ranked amount: "with "
    coordination_join: Pattern[str]  # the whole gap between two countries of one run: ", ", " and "
    coordination_prepositions: frozenset[str]  # a preposition that, repeated, lists countries in one role
    holders: HolderWords  # holders that are no one country: a sector in a breakdown, a group referred back to
    sides: SideWords  # words that name one side of a flow: the world an aid goes to, the side of trade a ranking is of
    # discourse.toml
    period_reference: Pattern[str]
    anaphor: Pattern[str]
    anaphor_opener: Pattern[str]
    rate_opener: Pattern[str]  # "The growth was 8.3 percent": a rate of the figure before
    pronoun: Pattern[str]  # "it" standing for the measure of the sentences before: "Two years later it peaked at"
    world: Pattern[str]
    world_gate: Gate  # any world cue's word: a cheap test before `world`
    world_weak: Pattern[str]
    bilateral: Pattern[str]
    bilateral_between: Pattern[str]  # "between the two countries" after a flow's noun
    bloc: Pattern[str]  # "the bloc", "the 27-nation bloc": the union named last
    agency_reference: Pattern[str]  # "the agency", "the bank": a national agency named again
    agency_reference_gate: Gate  # its nouns: a cheap test before it, which tries every "the" of the article
    agency_kinds: dict[str, Pattern[str]]  # the words of an agency's name that make it a bank or a fund
    institution: Pattern[str]  # any institution's name: another one named in between takes the noun over
    other_union: Pattern[str]  # a union that is not the EU, which "the bloc" may mean
    partners: Pattern[str]  # a sentence naming two countries as partners: their pair lasts past its paragraph
    group_side: Pattern[str]  # a group of countries as one side of a flow: "with CIS countries"
    group_gate: Gate  # any group's word: a cheap test before `group_side`, which no first letter narrows
    group_rest: Pattern[str]  # the rest beside a group told before: "exports to other countries"
    home_reference: Pattern[str]
    breakdown: Pattern[str]
    dateline: Pattern[str]
    # readings.toml
    share_before: Pattern[str]
    share_closed_by: Pattern[str]  # anchored at the end of the text before a rate: "rose by"
    compared_flow: Pattern[str]  # matched after a comparative's "than": "its exports", "the imports"
    share_apposition: Pattern[str]  # fullmatched from a share's percentage to the next rate: " of its trade, a "
    physical_after: Pattern[str]  # matched from a rate's end: "in volume", "to 300,000 tonnes"
    physical_before: Pattern[str]  # "In physical terms, exports grew 7.5%"
    value_terms: Pattern[str]  # "in value terms": a rate of value again after `physical_before`
    ratio_level: Pattern[str]  # anchored at the end of the text before a percentage: "dropped to"
    rate_of_other_measure: Pattern[str]  # matched right after a rate: "growth of the economy"
    other_measure_before: Pattern[str]  # searched right before a rate, to its start: "GDP grew by"
    rate_noun: Pattern[str]  # "growth", "increase": the clause's percentage is a rate after all
    percent_of_base: Pattern[str]  # matched right after a percentage
    difference_before: Pattern[str]  # anchored at the end of the text before an amount
    difference_after: Pattern[str]  # matched right after an amount
    base_before: Pattern[str]  # anchored at the end of the text before an amount


@functools.cache
def load() -> Lexicon:
    """Read and compile the rules once per process."""
    countries, phrases, frames = rules_file("countries.toml"), rules_file("phrases.toml"), rules_file("frames.toml")
    discourse, readings = rules_file("discourse.toml"), rules_file("readings.toml")

    trigger_groups: dict[str, Trigger] = {}
    for i, t in enumerate(phrases["trigger"]):
        trigger_groups[f"g{i}"] = Trigger(t["indicator"], t["lexeme"], bool(t.get("weak", False)), str(t.get("bound", "")))
    trigger_branches = Branches(trigger_pattern, [(f"g{i}", t["patterns"]) for i, t in enumerate(phrases["trigger"])], re.IGNORECASE)

    # Currency words and codes: the codes keep their capitals, the words take any case.
    currency = {code: list(forms) for code, forms in phrases["currency"].items()}
    money_src, currency_codes = money_pattern(currency, phrases["scale"])
    scales = {w.lower(): float(k) for k, ws in phrases["scale"].items() for w in ws}

    q = phrases["qualifier"]
    qual = "|".join(f"(?P<{name}>{alternation(q[name])})" for name in ("approx", "over", "under"))
    status = phrases["status"]
    change = phrases["change"]
    # Patterns searched for in the words before a place (`..._before`) have a look-ahead of their
    # first characters (first_char_checked), which the engine tests in C at each position.
    return Lexicon(
        country_words=country_word_index(countries),
        not_countries=not_country_pattern(countries["not_countries"]["phrases"], countries["not_countries"]["route_nouns"]),
        multilateral=first_char_checked_compiled(rf"(?<![\w-])(?:{'|'.join(re.escape(p) for p in sorted(countries['multilateral']['names'], key=len, reverse=True))})(?![\w-])"),
        donors=frozenset(countries["donors"]["codes"]),
        triggers=trigger_branches.full,
        trigger_branches=trigger_branches,
        trigger_gate=gate_for([p for t in phrases["trigger"] for p in t["patterns"]], re.IGNORECASE),
        trigger_groups=trigger_groups,
        not_flow=compile_not_flow(phrases["trade_not_flow"]),
        blockers=word_pattern(phrases["blockers"]["patterns"]),
        blocker_goods=re.compile(alternation(phrases["blockers"]["goods_measures"]), re.IGNORECASE),
        blocker_share_in_money=re.compile(rf"(?:{alternation(phrases['blockers']['share_in_money'])})$", re.IGNORECASE),
        blocker_gate=gate_for(phrases["blockers"]["patterns"], re.IGNORECASE),
        money=first_char_checked_compiled(money_src),
        worded_money=first_char_checked_compiled(worded_money_pattern(currency), re.IGNORECASE),
        currency_gate=gate_for([f for forms in currency.values() for f in forms]),
        currency_codes=currency_codes,
        scales=scales,
        qualifiers_before=first_char_checked(
            re.compile(rf"(?<![\w])(?:{qual})\s?(?:the\s|a\s|to\s|of\s|at\s|level\sof\s)?$", re.IGNORECASE)
        ),
        forecast=word_pattern(status["forecast"], 0),
        target=word_pattern(status["target"], 0),
        plan_gate=gate_for([*status["forecast"], *status["target"]]),
        change_up=word_pattern(change["up"]),
        change_down=word_pattern(change["down"]),
        share_after=re.compile(rf"\s?(?:{alternation(readings['share']['after'])})\b", re.IGNORECASE),
        cumulative=word_pattern(phrases["cumulative"]["patterns"]),
        table_no_figure=word_pattern(phrases["table_column"]["no_figure"]),
        wrap_open_end=re.compile(rf"(?<![\w'’-])(?:{alternation(phrases['wrap']['open_words'])})$", re.IGNORECASE),
        table_index=re.compile(rf"(?:{alternation(phrases['table_column']['index'])})", re.IGNORECASE),
        table_change=re.compile(rf"(?<!\w)(?:{alternation(phrases['table_column']['change'])})(?!\w)", re.IGNORECASE),
        table_world_row=re.compile(rf"(?:{alternation(phrases['table_column']['world_row'])})", re.IGNORECASE),
        table_year_column=re.compile(rf"(?:{alternation(phrases['table_column']['year_column'])})", re.IGNORECASE),
        table_sum_column=re.compile(rf"(?:{alternation(phrases['table_column']['sum_column'])})", re.IGNORECASE),
        roles=frames["roles"],
        receiving=first_char_checked_compiled(rf"\b(?:{alternation(frames['voice']['receiving'])})", re.IGNORECASE),
        receiving_after=re.compile(rf"\s(?:{alternation(frames['voice']['receiving_nouns'])})\b", re.IGNORECASE),
        receiving_noun=first_char_checked_compiled(rf"\b(?:{alternation(frames['voice']['receiving_nouns'])})\b", re.IGNORECASE),
        inward=word_pattern(frames["voice"]["inward"]),
        outward=word_pattern(frames["voice"]["outward"]),
        frame_order=tuple(frames["frame"]["order"]),
        open_slot_order=tuple(frames["open_slot"]["order"]),
        partner_slot_order=tuple(frames["partner_slot"]["order"]),
        people_after=re.compile(rf"(?:['’]s)?\s(?:{alternation(frames['people']['nouns'])})\b", re.IGNORECASE),
        source_after=re.compile(rf"\s(?:{alternation(frames['source']['nouns'])})\b", re.IGNORECASE),
        reporting_after=re.compile(
            rf"(?:['’]s)?\s(?:{alternation([*frames['source']['nouns'], *frames['source']['reporting']])})\b", re.IGNORECASE
        ),
        import_sent=re.compile(rf"\s(?:{alternation(frames['voice']['import_sent'])})\s(?:the\s)?", re.IGNORECASE),
        passive_before=first_char_checked_compiled(rf"\b(?:{alternation(frames['voice']['passive'])})\s$", re.IGNORECASE),
        voice=compile_voice(frames["voice"]),
        giving_before=first_char_checked_compiled(rf"\b(?:{alternation(frames['voice']['giving'] + frames['voice']['helping'])})\w*\s$", re.IGNORECASE),
        company_after=re.compile(rf"\s?(?:{alternation(frames['company']['nouns'])})", re.IGNORECASE),
        venue_before_in=re.compile(rf"\b(?:{alternation(frames['venue']['before_in'])})\s$", re.IGNORECASE),
        cause_after=re.compile(rf"(?<!such)\s(?:{alternation(frames['cause']['openers'])})\s"),
        # "according to figures from the French embassy", "according to the government of Georgia":
        # up to the reporting country, its body named before it ("of") or after it.
        according_before=re.compile(
            rf"(?:{alternation(frames['source']['according'])})\s(?:the\s)?"
            rf"(?:(?:[a-z]+\s)?(?:{alternation(frames['source']['according_body'])})\s(?:from|of|by)\s(?:the\s)?)?"
            rf"(?:(?P<body>(?:[a-z]+\s){{1,3}})of\s(?:the\s)?)?$",
            re.IGNORECASE | re.MULTILINE,
        ),
        # A run of capitalised words, with the company noun that may stand before it, and the
        # auxiliaries up to the verb: "the company Delta Build will ", "Orient Stroy plans to ".
        firm_subject=re.compile(
            rf"(?:\b(?P<noun>{alternation(frames['firm']['nouns_before'])})\s)?(?P<name>(?:[A-Z][\w&.'’-]*\s){{1,5}})"
            rf"(?:(?:{alternation(frames['firm']['auxiliaries'])})\s){{0,4}}$"
        ),
        firm_suffix=re.compile(rf"\b(?:{alternation(frames['firm']['suffixes'])})\b"),
        firm_state_word=re.compile(rf"(?<![\w-])(?:{alternation(frames['firm']['state_words'])})(?![\w-])"),
        conjunct_gaps=tuple(
            (re.compile(g["pattern"], re.IGNORECASE), bool(g.get("preposition", False)), bool(g.get("owner", False)), bool(g.get("money", False)),
             re.compile(g["before"], re.IGNORECASE) if "before" in g else None)
            for g in frames["conjunct"]["gap"]
        ),
        side_before=GatedPattern(
            first_char_checked_compiled(rf"\b(?:{alternation(frames['side']['before'])})\s(?:the\s)?$", re.IGNORECASE),
            gate_for(frames["side"]["before"], re.IGNORECASE),
        ),
        ranking_after=re.compile(
            rf"(?:['’]s?)?\s(?:[a-z\-]+\s){{0,3}}(?:{alternation(frames['ranking']['nouns'])})\b", re.IGNORECASE
        ),
        ranking_gate=gate_for([*frames["ranking"]["nouns"], "countries", "states", "nations", "exporters?", "importers?"], re.IGNORECASE),
        part_opener=re.compile(rf",\s(?:{alternation(frames['part']['openers'])})\s(?:the\s)?$", re.IGNORECASE),
        told_after=re.compile(
            rf"{SHARE_ASIDE},?\s(?:{alternation(frames['told_after']['verbs'])})\s(?:the\s)?(?:share\sof\s)?(?:the\s)?(?:[A-Z][\w-]*['’]s\s)?",
            re.IGNORECASE,
        ),
        told_after_copula=re.compile(rf"\s(?:{alternation(frames['told_after']['copulas'])})\s(?:the\s)?", re.IGNORECASE),
        told_after_gapped=re.compile(
            rf"{SHARE_ASIDE},?\s?(?:[-–—]\s?)?(?:(?:{alternation(frames['told_after']['gapped'])})\s)?(?:the\s)?(?:share\sof\s)?(?=[A-Za-z])",
            re.IGNORECASE,
        ),
        part_amount_opener=re.compile(
            rf",\s(?:{alternation(frames['part']['amount_openers'])})\s{LEAD_BOUND}$",
            re.IGNORECASE,
        ),
        part_link=re.compile(rf"\s(?:worth\s)?(?:{alternation(frames['part']['links'])})\s(?:the\s)?", re.IGNORECASE),
        back_whole=word_pattern(frames["part"]["back_whole"]),
        whole_after=re.compile(rf"\s(?:{alternation(frames['part']['whole_after'])})\b", re.IGNORECASE),
        share_of_whole=re.compile(rf"\d\s?(?:{alternation(frames['part']['share_of_whole'])})\s?$", re.IGNORECASE),
        share_restated=re.compile(rf"\b(?:{alternation(frames['part']['share_restated'])})\s?$", re.IGNORECASE),
        part_share=first_char_checked_compiled(
            rf"\b(?:{alternation(frames['part']['share'])})\s{LEAD_BOUND}$", re.IGNORECASE
        ),
        ranking_before=first_char_checked_compiled(rf"\b(?:{ranked_complements(frames['ranking'])})$", re.IGNORECASE),
        ranking_unowned=first_char_checked_compiled(
            rf"\b(?:(?:{alternation(frames['ranking']['ranks'])})|among(?:\s(?:the|its|[a-z\-]+['’]s?))?)\s(?:[a-z\-]+\s){{0,2}}"
            rf"(?:{alternation(frames['ranking']['nouns'])})\b",
            re.IGNORECASE,
        ),
        ranking_flows=tuple(
            (re.compile(rf"\b(?:{alternation(patterns)})\b", re.IGNORECASE), lexeme) for lexeme, patterns in frames["ranking"]["flows"].items()
        ),
        ranking_place=word_pattern(frames["ranking"]["places"]),
        ranked_amount=first_char_checked_compiled(
            rf"(?:\b|(?<=\s))(?:{alternation(frames['ranking']['ranked_amount'])})\s{LEAD_BOUND}$",
            re.IGNORECASE,
        ),
        coordination_join=re.compile(rf"(?:{alternation(frames['coordination']['join'])})", re.IGNORECASE),
        coordination_prepositions=frozenset(frames["coordination"]["prepositions"]),
        holders=compile_holders(frames["sector"], discourse["group"]),
        sides=compile_sides(frames["sides"], countries["unions"]["EUU"]),
        period_reference=word_pattern(discourse["period_reference"]["patterns"]),
        anaphor=word_pattern(discourse["anaphor"]["patterns"]),
        # The leading phrase holds no amount (a sign or a number of millions): "For an economy with
        # a GDP of 290 billion US dollars, that is a lot" opens with another measure, not a reference.
        anaphor_opener=re.compile(
            rf"^[\"“«'‘\s]*(?:[A-Z]{NOT_AMOUNT}{{0,60}},\s|(?:In|During|Over|For)\s{NOT_AMOUNT}{{0,50}}?\s)?(?:{alternation(discourse['anaphor']['openers'])})\b", re.IGNORECASE
        ),
        rate_opener=re.compile(
            rf"^[\"“«'‘\s]*(?:[A-Z]{NOT_AMOUNT}{{0,60}},\s)?(?:{alternation(discourse['anaphor']['rate_openers'])})\b", re.IGNORECASE
        ),
        pronoun=word_pattern(discourse["pronoun"]["patterns"]),
        world=word_pattern(discourse["world"]["patterns"]),
        world_gate=gate_for(discourse["world"]["patterns"], re.IGNORECASE),
        world_weak=word_pattern(discourse["world_weak"]["patterns"]),
        bilateral=word_pattern(discourse["bilateral"]["patterns"]),
        bilateral_between=word_pattern(discourse["bilateral"]["between"]),
        partners=word_pattern(discourse["partners"]["patterns"]),
        bloc=first_char_checked_compiled(discourse["bloc"]["pattern"], re.IGNORECASE),
        agency_reference=first_char_checked_compiled(discourse["agency_reference"]["pattern"]),
        agency_reference_gate=gate_for([discourse["agency_reference"]["pattern"]]),
        agency_kinds={
            kind: first_char_checked_compiled(rf"\b(?:{alternation(discourse['agency_reference'][kind])})\b") for kind in ("bank", "fund")
        },
        institution=re.compile(discourse["agency_reference"]["institution"]),
        other_union=first_char_checked_compiled(rf"\b(?:{alternation(discourse['bloc']['unions'])})\b"),
        group_side=first_char_checked_compiled(
            # (a clause's subject after its conjunction: ", while the CIS countries invested $241.7 m";
            # the first of two sides: "trade between Central Asian countries and China"; a hyphened pair's: "Georgia-CIS nations trade";
            # the members beside the one speaking: "trade with the other EAEU member states", "exports to other CIS countries";
            # the owner of a group's flow named before: "the combined turnover of these three countries with the EU")
            rf"(?:\b(?:between(?:\s(?:the\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,3}}\sand)?|with|to|from|into|and|while|whereas|of(?=\sth[eo]se\s)|"
            # the receivers whose development money serves: "€12 bn for the development of the economies of Central Asian countries"
            rf"for\s(?:the\s)?(?:development|needs|benefit)\sof(?:\s(?:the\s)?economies\sof)?)\s|^|[,;:]\s|(?<=[A-Za-z])[-–])(?:the\s)?(?:all\s)?(?:other\s)?"
            rf"(?:{alternation(discourse['group']['patterns'])})\b",
            re.IGNORECASE
        ),
        group_gate=gate_for(discourse["group"]["patterns"], re.IGNORECASE),
        group_rest=re.compile(rf"\b(?:with|to|from|into)\s(?:the\s)?(?:all\s)?(?:{alternation(discourse['group']['rest'])})\b", re.IGNORECASE),
        home_reference=word_pattern(discourse["home"]["patterns"]),
        breakdown=word_pattern(discourse["breakdown"]["patterns"]),
        dateline=re.compile(discourse["dateline"]["pattern"]),
        share_before=word_pattern(readings["share"]["before"]),
        share_closed_by=re.compile(rf"\b(?:{alternation(readings['share']['closed_by'])})\s(?:by\s)?{LEAD_BOUND}$", re.I),
        compared_flow=re.compile(rf"(?:(?:its|their|the|his|her|our)\s)?(?:own\s)?(?:{alternation(readings['compared_flow']['nouns'])})\b", re.I),
        share_apposition=re.compile(rf"\s?of\s(?!(?:the\s)?(?:same|previous|last)\b)(?:[^,;()\d%]|(?:19|20)\d\d){{1,60}},\s(?:{alternation(readings['share']['apposition'])})\s(?:(?:{alternation(readings['ratio_level']['rate_nouns'])})\sof\s)?", re.I),
        physical_after=re.compile(rf"(?:[^,;.\d]|(?:19|20)\d\d){{0,30}}?\b(?:{alternation(readings['physical']['after'])})\b", re.IGNORECASE),
        physical_before=word_pattern(readings["physical"]["before"]),
        value_terms=word_pattern(readings["physical"]["value"]),
        ratio_level=re.compile(
            rf"\b(?:{alternation(readings['ratio_level']['before'])})\s(?:(?:about|around|almost|nearly|over|some|just|only|more\sthan|less\sthan)\s)?$",
            re.IGNORECASE,
        ),
        rate_noun=word_pattern(readings["ratio_level"]["rate_nouns"]),
        other_measure_before=re.compile(rf"(?:{alternation(readings['other_measure_rate']['before'])})$", re.IGNORECASE),
        rate_of_other_measure=re.compile(rf"\s?(?:{alternation(readings['other_measure_rate']['after'])})\b", re.IGNORECASE),
        percent_of_base=re.compile(rf"\s?(?:{alternation(readings['percent_of_base']['after'])})\b", re.IGNORECASE),
        difference_before=first_char_checked_compiled(
            rf"\b(?:{alternation(readings['difference']['before'])})\s{LEAD_BOUND}$",
            re.IGNORECASE
        ),
        difference_after=re.compile(rf"\s?(?:{alternation(readings['difference']['after'])})\b", re.IGNORECASE),
        base_before=first_char_checked_compiled(
            rf"\b(?:{alternation(readings['base']['before'])})\s(?:the\s)?(?:(?:about|around|almost|nearly|over|more\sthan)\s)?$",
            re.IGNORECASE,
        ),
    )
