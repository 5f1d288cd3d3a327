"""Readings: what an amount or a rate states, given its frame.

A level, a growth rate (a percentage with a growth word, a glued sign, "x times", "doubled"), an
index of the base year ("112.5% of last year's level" is +12.5%), a share (not a figure), a
difference ("rose by $41.8 m", not a level), a range's first end, or a bracketed conversion (a
level in another currency, unless it converts a base); then how sure it is (exact, about, over,
under); whether it is reported, a forecast or a target is `status.py`'s. The words of each reading
live in `rules/readings.toml` and `rules/phrases.toml`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from dashboard.contract.records import quick_init
from dashboard.extract.amount_bounds import bound_after
from dashboard.extract.base_times import is_base_amount
from dashboard.extract.bracket_parts import part_named
from dashboard.extract.country_comparison import compared_figures, compares_countries, compares_flows, compares_sides
from dashboard.extract.earlier_rate import is_earlier_rate, rate_as_subject, rate_noun_sign
from dashboard.extract.gapped_rate import gapped_head
from dashboard.extract.gated_pattern import gated
from dashboard.extract.goods_counted import counts_goods
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.pattern_shape import first_char_checked, first_char_checked_compiled
from dashboard.extract.quantities import Quantity
from dashboard.extract.rate_than import base_after_rate, sign_against_amount
from dashboard.extract.release_index import release_index
from dashboard.extract.times import SAME_PERIOD_WORDS

# "$1.2-1.5 bn": the amount opens a range; "$1.2 bn - 35% of the total" is the amount and its share.
_RANGE_AFTER = re.compile(r"^\s?[-–]\s?\d(?![\d.,]*\s?(?:%|percent\b|per\scent\b))")
MIN_LEVEL = 1000  # "$3" is a range's first end or a price, never a country's trade


@quick_init
@dataclass(frozen=True)
class Value:
    kind: str  # level | change
    value: float
    unit: str
    reading: str  # level | growth | multiple | index | glued-sign


# Compiled once here: re.match with a pattern's text looks it up in re's cache on every call,
# and these run for every amount.
_MORE_LESS_THAN = re.compile(r"\s?(?:more|less)\sthan")
_COMPARED_THAN = re.compile(r"\s?(?:more|less|higher|lower)\sthan")
_COMPARED_TO_BASE = re.compile(
    rf"\s(?:compared\s(?:to|with)|against|in\scomparison\swith|in\srelation\sto|to\sthe\s(?:{SAME_PERIOD_WORDS})\speriod)\s?(?:the\s)?", re.I
)
# A base told before the index, the index after a verb of level: "Compared to January-March
# 2023, foreign trade turnover amounted to 116.0%" (a share never exceeds 100%).
_BASE_BEFORE = re.compile(r"\b(?:compared\s(?:to|with)|against|in\scomparison\swith|relative\sto)\s", re.I)
_LEVEL_VERB_BEFORE = re.compile(r"\b(?:amounted\sto|was|reached|totall?ed|stood\sat|equall?ed)\s$", re.I)
# A growth rate's noun, as statistics offices translated name an index, before its level verb:
# "the growth rate reached 112%", "the rate of growth of trade amounted to 104.3%" (+12%, +4.3%).
_GROWTH_INDEX_NOUN = re.compile(r"\b(?:growth\s(?:rate|index)|rate\sof\s(?:growth|increase))\b(?:\s[\w'’-]+){0,8}?\s$", re.I)
# The bare noun, so translated, with the base right after the index: "the growth amounted to 114.1%
# compared to the same period last year" (+14.1%; a growth of 114.1% is told "grew by").
_GROWTH_BEFORE_VERB = re.compile(r"\bgrowth\s$", re.I)
_BASE_AFTER_INDEX = re.compile(r"\s(?:compared\s(?:to|with)|in\scomparison\swith|against|relative\sto)\s", re.I)
# A rate's restatement in money, set off by commas: "which is 30.7 percent, or $667.4 m, more".
_OR_ASIDE = re.compile(r",\s?or\s(?:about\s|some\s|nearly\s)?")
_RATE_OR_BEFORE = first_char_checked_compiled(r"(?:%|percents?|per\scent|pct),\s?or\s(?:about\s|some\s|nearly\s)?$", re.I)


_THAN_THE = re.compile(r"than\sthe\s$", re.I)


def qualifier(q: Quantity, s: SentenceParts, lex: Lexicon) -> str:
    cs, _ = s.clause_of(q.start)
    m = lex.qualifiers_before.search(s.text, max(cs, q.start - 40), q.start)
    if m and (_THAN_THE.search(m.group(0)) or base_after_rate(s.text, q.start)):
        return "exact"  # "less than the $78.5 m recorded in 2023", "12% more than $1.3 bn": compared with a known amount, no bound
    if m:
        return m.lastgroup or "exact"
    after = bound_after(s.text, q.end)
    if after:
        return after
    return "approx" if q.rounded else "exact"




# A multiple of an earlier time's figure: "three times the 2000 figure", "2.5 times the level of
# 2015", "four times that of the previous year". A year names the base, so the multiple is a growth
# (of the figure's own time); "three times the volume of its imports" compares two flows, no growth.
_TIMES_A_BASE = re.compile(
    r"\s(?:the\s(?:(?:19|20)\d\d|previous\syear['’]s|last\syear['’]s|year-earlier)\s(?:level|figure|volume|amount|total)"
    r"|(?:the\s(?:level|figure|volume|amount|total)|that|those)\s(?:of|in|for)\s(?:(?:19|20)\d\d|the\sprevious\syear|last\syear)\b"
    # "2.2 times as high as in 2022", "three times as much as a year earlier": a time's figure
    # after "as ... as" (never a country's: "twice as large as Georgia's" compares two flows)
    r"|as\s(?:high|much|large|big|great)\sas\s(?:in\s|during\s|for\s)?(?:the\s)?"
    r"(?:(?:19|20)\d\d|last\syear|a\syear\s(?:earlier|ago|before)|(?:previous|same|corresponding)\b|(?:first|second|third|fourth)\s(?:quarter|half)|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))",
    re.I,
)


def _opening(m: re.Match[str] | None, limit: int) -> re.Match[str] | None:
    return m if m is not None and m.start() < limit else None


def change_sign(q: Quantity, t: TriggerMention, s: SentenceParts, lex: Lexicon) -> int | None:
    """+1 or -1 when a growth word governs the rate, None when it is not a growth rate."""
    if q.kind == "times" and _TIMES_A_BASE.match(s.text, q.end):
        return 1
    _, ce = s.clause_of(q.start)
    after_from = q.end
    aside = next((y for y in s.quantities if y.start > q.end), None)
    if aside is not None and _OR_ASIDE.fullmatch(s.text, q.end, aside.start) and s.text.startswith(",", aside.end):
        after_from = aside.end  # "30.7 percent, or 667.4 million US dollars, more than": past the aside
    if q.kind in ("percent", "times") and (against := sign_against_amount(s.text, after_from)) is not None:
        return against  # "or 12% more than $1.3 bn in 2021"
    # A sign word within 30 characters, read with a few more after it: its own look-ahead ("more"
    # never before "than $5 bn") must not take the window's end for the text's.
    after = s.text[after_from : min(ce, after_from + 42)]
    up_after = _opening(lex.change_up.search(after), 30)
    down_after = _opening(lex.change_down.search(after), 30)
    # ("up 9.6% in Q1, FDI down in 2023": a sign word past a comma is another clause's)
    comma = after.find(",")
    near_after = [m for m in (up_after, down_after) if m and m.start() <= 12 and not 0 <= comma < m.start()]
    if near_after:
        return 1 if min(near_after, key=lambda m: m.start()) is up_after else -1
    lo = max(min(t.start, q.start), s.clause_of(q.start)[0]) if t.end <= q.start else s.clause_of(q.start)[0]
    # (the change's noun reaches past a pair's long adjectives: "a decrease in Azerbaijani-Turkish trade")
    change_of = _CHANGE_OF_TRIGGER.search(s.text, max(0, t.start - 45), t.start) if t.end else None
    if t.end and q.kind in ("percent", "times") and (
        (change_of and (q.kind == "percent" or not _BY_BEFORE.search(s.text, 0, q.start) or _TRIGGER_BY.fullmatch(s.text, t.end, q.start)))
        or _GROWTH_VERB_BEFORE.search(s.text, max(0, t.start - 30), t.start)
    ):
        # "a drop in exports by 3.2 percent", "the growth of trade ... was 1.6 times", "an increase in trade
        # turnover by 1.4 times" (a multiple its predicate or right after its flow, not "an increase in the
        # supply of rice by 3 times", a product's): the change names its trigger; "increased its
        # exports to Italy by 20%", "plan to increase trade 1.5 times": its verb takes it as object
        lo = min(lo, max(0, t.start - 30), change_of.start() if change_of else lo)
    opening = _opening_bracket(s.text, q.start)
    if opening is not None:
        lo = min(lo, opening)  # "(growth rate – 14.3%)": the bracket is the rate's clause, dash and all
    cues = [(m.end(), 1) for m in lex.change_up.finditer(s.text, lo, q.start)]
    cues += [(m.end(), -1) for m in lex.change_down.finditer(s.text, lo, q.start)]
    if cues:
        # "the growth of exports fell to 3%": the verb moves the rate, whose noun gives the sign
        return rate_noun_sign(q, s, s.clause_of(q.start)[0]) or max(cues)[1]
    if up_after or down_after:
        return 1 if up_after and (not down_after or up_after.start() < down_after.start()) else -1
    lead = _LISTED_AFTER_COLON.search(s.text, 0, q.start)
    if lead is not None and lead.start() > 0:
        # "grew the most from these partners: Japan (31%), Korea (22%)": the lead's verb signs its list
        cs = s.clause_of(lead.start() - 1)[0]
        cues = [(m.end(), 1) for m in lex.change_up.finditer(s.text, cs, lead.start())]
        cues += [(m.end(), -1) for m in lex.change_down.finditer(s.text, cs, lead.start())]
        if cues:
            return max(cues)[1]
    head = gapped_head(q, s)
    return None if head is None else change_sign(head, t, s, lex)


# A list of bracketed rates after a colon, up to the bracket the rate opens: ": Japan (31%), Korea (".
_LISTED_AFTER_COLON = re.compile(r":\s(?:[^():;]{1,40}\([^()]{1,20}\),?\s(?:and\s)?)*[^():;,]{1,40}\($")


_BY_BEFORE = re.compile(r"\bby\s$", re.I)
# A multiple right after its flow's trigger (and its partner) and "by": "an increase in Uzbek-Kyrgyz
# trade turnover by 1.4 times", "a growth of German investment in Georgia by 3 times" (the change
# noun names the flow; in "an increase in the supply of rice by 3 times" the multiple follows a
# product, no trigger, and "exports of cotton by 3 times" a product of the flow).
_TRIGGER_BY = re.compile(
    r"(?:\s(?:to|from|with|in|into)\s(?:the\s)?[\w'’-]+(?:\s[\w'’-]+)?|\sbetween\s(?:the\s)?[\w'’-]+(?:\s[\w'’-]+)?\sand\s(?:the\s)?[\w'’-]+(?:\s[\w'’-]+)?)?\sby\s",
    re.I,
)


# Searched for in the words before a trigger: the look-ahead of its first characters lets the
# engine pass over most of them in C. ("The growth rate of trade between A and B was 14.2%": the
# rate's noun stands before its flow, so its sign is sought there too.)
_CHANGE_OF_TRIGGER = first_char_checked(
    re.compile(r"\b(?:increase|decrease|growth(?:\srate)?|decline|drop|rise|fall|reduction)\s(?:in|of)\s(?:[\w'’-]+\s){0,2}$", re.I)
)
_GROWTH_VERB_BEFORE = first_char_checked(
    re.compile(r"\b(?:increase[sd]?|increasing|boost(?:ed|s|ing)?|expand(?:ed|s|ing)?|decrease[sd]?|reduce[sd]?)\s(?!(?:in|of)\s)(?:[\w'’-]+\s){0,2}$", re.I)
)


def _opening_bracket(text: str, pos: int) -> int | None:
    """The start of the bracket `pos` stands in, when it opened at most 40 characters before."""
    opening = text.rfind("(", max(0, pos - 40), pos)
    return None if opening == -1 or ")" in text[opening:pos] else opening + 1


def is_share(q: Quantity, s: SentenceParts, lex: Lexicon) -> bool:
    """ "22.4 percent of Kazakhstan's trade", "accounted for 32 percent": a share, not growth."""
    if q.kind != "percent":
        return False
    if lex.share_after.match(s.text, q.end) and not lex.percent_of_base.match(s.text, q.end):
        return True
    cs, _ = s.clause_of(q.start)
    if lex.ratio_level.search(s.text, max(cs, q.start - 40), q.start) and not lex.rate_noun.search(s.text, cs, q.start):
        return True  # "it dropped to 11 percent": a ratio's new level
    prior = [y.end for y in s.quantities if y.kind == "percent" and y.end <= q.start]
    if prior and lex.share_apposition.fullmatch(s.text, prior[-1], q.start):
        return True  # "12% of its trade, a 3% rise": the share's change, in an apposition to it
    if s.text[q.end : q.end + 1] in (" ", "-") and lex.rate_noun.match(s.text, q.end + 1):
        return False  # "representing a 30% increase": the noun after it makes it a change, whatever verb before
    # A share's verb governs the nearest amount after it: "Exports made up $3.5 bn (19.1% less)"
    # is a level's, and the rate in its bracket is no share.
    lo = max([cs, *(y.end for y in s.quantities if y.kind == "money" and y.end <= q.start)])
    # A relative clause opens a scope of its own: in "accounted for 5.6% of Armenia's foreign
    # trade, which declined by 26.1%" the share's verb is not the decline's.
    relative = s.text.rfind(", which ", lo, q.start)
    lo = relative + 2 if relative >= 0 else lo
    # ... and so does an aside's: in "exports, accounting for 6% of the total, rose by 12%" the
    # share's verb has its rate, and the rate after the aside's closing comma is the flow's change.
    closed = [y.end for y in s.quantities if y.kind == "percent" and lo <= y.start and y.end <= q.start and "," in s.text[y.end : q.start]]
    lo = s.text.rfind(",", lo, q.start) + 1 if closed and lex.share_closed_by.search(s.text, max(lo, q.start - 30), q.start) else lo
    verb = lex.share_before.search(s.text, lo, q.start)
    if verb is not None and _RATE_NOUN_OBJECT.fullmatch(s.text, verb.end(), q.start) and lex.rate_noun.search(s.text, verb.end(), q.start):
        return False  # "representing an increase of 8.6%": the verb's object is the rate's noun, no share
    return verb is not None and not rate_as_subject(s.text, lo, verb, lex.rate_noun)


# A share's verb whose object is a rate's noun, the rate after "of": "representing an increase of".
_RATE_NOUN_OBJECT = re.compile(r"\s(?:an?\s)?(?:(?:annual|year-on-year|overall|total)\s)?[a-z]+\sof\s(?:(?:about|almost|nearly|some|around)\s)?", re.I)


# A multiple that compares the paces of two measures: "three times faster than GDP".
_PACE_AFTER = re.compile(r"\s(?:faster|quicker|slower|as\sfast\sas)\b", re.I)


# A heading whose column is an index of a base: "The main partners (in % to January-June 2018):".
_INDEX_COLUMN = re.compile(r"\bin\s(?:%|percent|per\scent)\s(?:to|of)\b", re.I)
_BRACKET_AFTER_AMOUNT = re.compile(r"\s?\(\s?$")


def indexes_a_base(heading: str) -> bool:
    """Whether a heading's bracketed percentages are indexes of a base ("(in % to 2018)")."""
    return bool(_INDEX_COLUMN.search(heading))


def column_index(q: Quantity, s: SentenceParts) -> Value | None:
    """A bare percentage in brackets right after a line's amount, under a heading of indexes:
    "China - $3.6 bn (121.3%)" is growth of 21.3%, "(97.2%)" a fall of 2.8%."""
    if q.kind != "percent" or q.growth_word or q.sign:
        return None
    if not any(x.kind == "money" and _BRACKET_AFTER_AMOUNT.fullmatch(s.text, x.end, q.start) for x in s.quantities):
        return None
    return Value("change", round(q.value - 100.0, 6), "percent", "index")


def _index_of_base(q: Quantity, s: SentenceParts) -> bool:
    """A percentage with its base period: "(112.5% compared to January-June 2018)", "(114.6% to the
    corresponding period of the previous year)", "Compared to 2018, exports amounted to 112.5%"."""
    if _COMPARED_TO_BASE.match(s.text, q.end):
        return True
    return bool(_LEVEL_VERB_BEFORE.search(s.text, max(0, q.start - 14), q.start)) and bool(_BASE_BEFORE.search(s.text, 0, q.start))


# Between a flow's noun and the measure it goes into: "investment in (Uzbek) industry".
_FLOW_OBJECT = re.compile(r"\s(?:in|into)\s(?:the\s)?(?:[\w'’-]+\s){0,2}")


def rate_value(q: Quantity, t: TriggerMention, s: SentenceParts, lex: Lexicon) -> Value | None:
    """A percentage or multiple read as a growth rate, or None when it is not one."""
    index = release_index(q, s.text, s.quantities)
    if q.kind == "percent" and (lex.percent_of_base.match(s.text, q.end) or index == "bracket" or (index == "or" and change_sign(q, t, s, lex) is None)):
        return Value("change", round(q.value - 100.0, 6), "percent", "index")  # "112.5% of last year's"
    if q.kind == "percent" and q.value > 100 and not (q.growth_word or q.sign) and _index_of_base(q, s) and change_sign(q, t, s, lex) is None:
        # "$8.1 bn (112.5% compared to January-June 2018)": an index of the base, as statistics
        # offices print it; with a verb of change it is a growth ("grew by 112.5% compared to").
        return Value("change", round(q.value - 100.0, 6), "percent", "index")
    if q.kind == "percent" and q.value > 100 and not q.sign and (verb := _LEVEL_VERB_BEFORE.search(s.text, max(0, q.start - 14), q.start)):
        bare = _GROWTH_BEFORE_VERB.search(s.text, max(0, verb.start() - 8), verb.start()) and _BASE_AFTER_INDEX.match(s.text, q.end)
        if bare or _GROWTH_INDEX_NOUN.search(s.text, max(0, verb.start() - 90), verb.start()):
            return Value("change", round(q.value - 100.0, 6), "percent", "index")
    if is_share(q, s, lex) or is_earlier_rate(q, s) or compares_countries(q, s) or compares_flows(q, s, lex) or counts_goods(q, s, lex) or lex.rate_of_other_measure.match(s.text, q.end):
        return None
    if compares_sides(q, t.end, s):
        return None
    other = lex.other_measure_before.search(s.text, max(0, q.start - 60), q.start)
    if other is not None and not (t.end <= other.start() and _FLOW_OBJECT.fullmatch(s.text, t.end, other.start())):
        # "GDP grew by 4.1% and trade by 10%": the first rate is the economy's ("investment in
        # Uzbek industry grew by 20%": the measure is where the flow goes, the rate the flow's)
        return None
    if q.kind == "times" and _PACE_AFTER.match(s.text, q.end):
        return None  # "grew three times faster than the economy": paces compared, no change
    sign = 1 if q.growth_word else (q.sign or change_sign(q, t, s, lex))
    if sign is None:
        return None
    if q.kind == "times":
        return Value("change", q.value, "times", "multiple")
    return Value("change", -q.value if sign < 0 else q.value, "percent", "growth")


# A growth rate with its amount alone in a bracket after it: the same growth in money.
_DIFFERENCE_BRACKET = re.compile(
    r"\b(?:up|down|rose|grew|increased|decreased|declined|fell|dropped|by)\s(?:by\s)?(?:about\s|some\s|nearly\s)?[\d.,]+\s?(?:%|percents?|per\scent)\s?\(\s?(?:or\s)?$", re.I
)
# A change by a rate restated in money after "or": "fell by 6 percent, or $2.1 m", "is lower
# than a year before by 4%, or 1.2 million USD": the same change, no level.
_DIFFERENCE_OR = gated(re.compile(  # (its "by" asked of the window first)
    r"\bby\s(?:about\s|some\s|nearly\s)?[\d.,]+\s?(?:%|percents?|per\scent|pct)\s?,?\sor\s(?:about\s|some\s|nearly\s|almost\s)?$", re.I
))
_COORDINATED = re.compile(r"^\s?(?:,|and|,\sand)\s(?:(?:about|around|almost|nearly|over|some)\s)?$")


def is_level(q: Quantity, s: SentenceParts, lex: Lexicon) -> bool:
    """An amount that states a level: not a difference ("by $50 million", "$1.2 billion more
    than"), not a range's first end ("$3-4 billion"), not a bracketed amount in the same
    currency after another ("$78.5 m ($60.4 m)") nor the conversion of a base ("from $9 m (24 m
    lari)"); a conversion of a level in brackets is one ("25.4 trillion soums ($2.1 billion)")."""
    if lex.difference_before.search(s.text, max(0, q.start - 60), q.start):
        return False
    earlier = [x for x in s.quantities if x.kind == q.kind and x.end <= q.start]
    if earlier and _COORDINATED.match(s.text[earlier[-1].end : q.start]) and lex.difference_before.search(
        s.text, max(0, earlier[-1].start - 60), earlier[-1].start
    ):
        return False  # "a decrease of $185 million and $42 million": both differences
    if lex.difference_after.match(s.text, q.end) and not _MORE_LESS_THAN.match(s.text[q.end : q.end + 12]):
        return False
    if _COMPARED_THAN.match(s.text[q.end : q.end + 14]):
        return False
    if s.text.startswith(",", q.end) and _COMPARED_THAN.match(s.text, q.end + 1) and _RATE_OR_BEFORE.search(s.text, max(0, q.start - 25), q.start):
        return False  # "30.7 percent, or $667.4 m, more than": the rate's difference in money
    if s.text.startswith(")", q.end) and _DIFFERENCE_BRACKET.search(s.text, max(0, q.start - 50), q.start):
        return False  # "rose 10% ($300 m)": the growth in money, no level
    if _DIFFERENCE_OR.search(s.text, max(0, q.start - 40), q.start):
        return False
    if _RANGE_AFTER.match(s.text[q.end : q.end + 24]) or q.value < MIN_LEVEL:
        return False
    if q.start in compared_figures(s)[1]:
        return False  # "below Turkey's equivalent figure of $18.5 bn": another country's own total
    opening = s.text.rfind("(", max(0, q.start - 3), q.start + 1)
    if opening != -1:
        earlier = [x for x in s.quantities if x.end <= opening]
        as_change = bool(earlier) and earlier[-1].kind != "money" and bool(lex.difference_before.search(s.text, max(0, earlier[-1].start - 30), earlier[-1].start))
        # "$83.2 m ($57.9 m in the same period of 2016)": an amount in the same currency with a
        # time of its own is the base the first is compared with, not a conversion of it.
        base = bool(earlier) and earlier[-1].unit == q.unit and _OWN_TIME_AFTER.match(s.text, q.end) is not None
        # "25.4 trillion soums ($2.1 bn)": a conversion, the same level in another currency,
        # stated as the one before it is (the labels keep both, as "about $2.1 bn" is kept);
        # "fell by 2.85 percent ($1.5 bn)": the same change in money, a difference.
        conversion = bool(earlier) and earlier[-1].kind == "money" and earlier[-1].unit != q.unit and not is_base_amount(earlier[-1], s, lex)
        # "$322 m ($37 m in exports, $285 m in imports)": a part the flow's noun after it names.
        if earlier and (earlier[-1].kind == "money" or as_change) and s.text[earlier[-1].end : opening].strip() == "" and not (base or conversion or part_named(q, s)):
            return False
    if _DIFFERENCE_BESIDE_RATE.match(s.text, q.end) and _STATED_AS_CHANGE.search(s.text, max(0, q.start - 20), q.start):
        return False  # "$3.1 billion, or 9.27 percent less": a difference stated twice
    # "averaged $10 bn a year over the decade", "an average of $200 m a year since 2015", "On
    # average, Korea invested $90 m a year": an average over years is no year's level nor a stock.
    return not (_AVERAGE_BEFORE.search(s.text, max(0, q.start - 60), q.start) or _AVERAGE_AFTER.match(s.text, q.end)
                or _ON_AVERAGE.search(s.text, s.clause_of(q.start)[0], q.start))  # fmt: skip


_ABOUT = r"(?:(?:about|around|nearly|almost|over|some|roughly|approximately|more\sthan|less\sthan)\s)?"
_AVERAGE_BEFORE = re.compile(
    rf"\b(?:averag(?:ed|es|ing)\s(?:at\s)?{_ABOUT}|an?\s(?:annual\s|yearly\s)?average\s(?:annual\s|yearly\s)?(?:[\w-]+\s){{0,2}}?of\s{_ABOUT})(?:US)?$", re.I
)
_AVERAGE_AFTER = re.compile(r"(?:\s(?:a|per)\s(?:year|annum))?,?\son\s(?:an\s)?average\b", re.I)
_ON_AVERAGE = re.compile(r"^\s*on\saverage\b|\bon\saverage,", re.I)


_OWN_TIME_AFTER = re.compile(
    rf"\s(?:(?:in|for|during|over|against|compared\s(?:to|with))\s(?:the\s(?:{SAME_PERIOD_WORDS})\s|(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|H[12]|(?:19|20)\d\d)\b)"
    r"|(?:a|one)\syear\s(?:earlier|ago|before)\b|(?:last|the\sprevious)\syear\b)"
)
# (also a sentence of its own that restates the one before: "This is $97 m, or 2.7 times more")
_STATED_AS_CHANGE = re.compile(r"(?:\b(?:which|that)\s|^[\"“]?(?:this|that|it)\s)(?:is|was|makes|made)\s(?:about\s|some\s)?$", re.I)
_DIFFERENCE_BESIDE_RATE = re.compile(
    r",?\s(?:or\s)?(?:by\s)?[\d.,]+\s?(?:%|percents?|per\scent|times)\s(?:less|more|lower|higher|down|up)\b", re.I
)


def is_anaphoric(s: SentenceParts, lex: Lexicon) -> bool:
    """The sentence speaks of the figure before: "this figure", "It rose", "This is 3% more"."""
    return _anaphoric(s.text, lex.anaphor, lex.anaphor_opener)


@functools.lru_cache(maxsize=64)
def _anaphoric(text: str, anaphor: re.Pattern[str], opener: re.Pattern[str]) -> bool:
    # Asked once per amount, answered once per sentence: a long sentence of many amounts
    # was searched whole for each of them.
    return bool(anaphor.search(text) or opener.match(text))


def is_previous_figure(q: Quantity, s: SentenceParts, lex: Lexicon) -> bool:
    """ "This figure is 33.9 percent higher": a rate of the figure just before."""
    return q.kind != "money" and bool(lex.anaphor.search(s.text, 0, q.start) or lex.anaphor_opener.match(s.text) or lex.rate_opener.match(s.text))
