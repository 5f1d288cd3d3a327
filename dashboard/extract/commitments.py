"""Whether an amount of aid is committed, and once: a loan or grant announced, signed or pledged
("will provide a $200 m loan", "signed a $50 m grant"), as against an aim to raise aid to a level
or an expectation; whether a commitment is the pledge's own year rather than its programme's
("will allocate $25 m in 2012-2014"); and whether a grant was given once rather than as a year's
total ("allocated $23.6 m in grant aid, 18 percent more than in 2014")."""

from __future__ import annotations

import functools
import re

from dashboard.extract.dated_instruments import INSTRUMENT, dated_instrument
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts, TriggerMention
from dashboard.extract.quantities import Quantity
from dashboard.extract.rule_files import rules_file
from dashboard.extract.rule_patterns import alternation
from dashboard.extract.times import TimeRef

_EXPECTATION = re.compile(r"\b(?:expect\w*|forecast\w*|projected|predicted|anticipated|estimated)\b", re.I)
# A level aid is to be raised to is an aim, no commitment: "plans to raise its aid to Mongolia to $300 m by 2021".
_RAISING_TO = re.compile(r"\b(?:rais|increas|bring|boost|lift)\w*\s(?:[\w'’-]+\s){0,6}?to\s(?:about\s|some\s|nearly\s|over\s)?$", re.I)
# A level aid will reach, told by a modal's verb of a level reached, is a flow expected, no
# commitment: "Japan's aid to Mongolia will reach $200 m this year", "could exceed" (as "is expected
# to reach" is); an envelope's size ("will total $150 m in 2024-2026", "will amount to") stays one.
_LEVEL_AHEAD = re.compile(
    r"\b(?:will|would|could|may|might|should)\s(?:(?:likely|probably|also|again|even)\s)?"
    r"(?:reach|exceed|top|surpass|rise\sto|grow\sto|increase\sto|climb\sto)\s"
    r"(?:about\s|some\s|nearly\s|almost\s|over\s|more\sthan\s|up\sto\s)?$",
    re.I,
)
_COMMITTING = re.compile(
    r"\b(?:will|shall|to\s(?:provide|allocate|grant|extend|lend|give|disburse)|plans?\sto|intends?\sto|decided\sto|agreed\sto|"
    r"sign(?:ed|ing)|pledged?|promised?|committed|ready\sto|opened|opens|"
    # loans or grants counted as made: "made two loans worth 15.6 m yen in December 1999", "made
    # three grants totaling $4 m" (each an event, not a month's flow)
    r"made\s(?:a|an|one|two|three|four|five|six|several|\d+)\s(?:(?:new|soft|concessional|preferential)\s)?(?:loans?|grants?|credits?))\b",
    # ("opened a $25 m credit line", "the signing of", "promised $2 bn in loans")
    re.I,
)


def commitment(q: Quantity, t: TriggerMention, s: SentenceParts, lex: Lexicon) -> bool:
    """A loan or grant announced, agreed or pledged ("will provide", "signed an agreement to
    provide", "has decided to provide ... for 2020"): its event is the commitment, with no period."""
    if t.trigger.lexeme != "aid" or q.kind != "money":
        return False
    if _one_instrument(q, s):
        return True
    cs, ce = s.clause_of(min(q.start, t.start))
    if dated_instrument(s.text, min(cs, t.start), max(ce, q.end)):
        return True  # "worth $40 m under a loan agreement of 2016": that loan's size, signed once
    before = s.text[min(cs, t.start) : q.start]
    if _COMMITTED_AFTER.match(s.text, max(q.end, t.end)) or _COMMITTED_AFTER.match(s.text, q.end):
        return True  # "New Delhi's $1 bn line of credit, announced in 2015,": a commitment told after
    return bool(_COMMITTING.search(before)) and not _EXPECTATION.search(before) and not _RAISING_TO.search(before) and not _LEVEL_AHEAD.search(before)


def committed_ahead(
    when: TimeRef, q: Quantity, t: TriggerMention, s: SentenceParts, published_year: int | None, indicator: str, plan: bool, lex: Lexicon
) -> bool:
    """A loan or grant committed now for years still to come ("KOICA will allocate a grant of
    $7.5 m over 2014-2016", "under the Framework Arrangement for 2020-2023, Korea will allocate
    loans of up to $1 bn"): an event of the year it is committed, no stock of the span."""
    if indicator != "aid" or plan or published_year is None or when.year is None or when.year <= published_year:
        return False
    return commitment(q, t, s, lex)

# One loan, grant or credit line, told with "a": "a $480 million stabilization loan", "a new
# $15 million grant", "a grant of 50 million yuan", "a loan agreement worth $97.5 m". A single
# instrument is an event (its year is when it was given), not a flow over a period; a flow is
# told without it: "Korea granted Uzbekistan $40 m in 2019", "aid totaled $30 m in 2019".
_ONE_BEFORE = re.compile(r"\b(?:a|an)\s(?:(?:new|further|fresh|additional|second|first|single)\s)?$", re.I)
_INSTRUMENT_AFTER = re.compile(rf"\s?(?:[\w-]+\s){{0,3}}?{INSTRUMENT}(?:\sagreement)?\b(?!s)", re.I)
_ONE_INSTRUMENT_OF = re.compile(
    rf"\b(?:a|an)\s(?:(?:new|further|fresh|additional|second|single)\s)?(?:[\w-]+\s)?{INSTRUMENT}(?:\sagreement)?\s(?:of|worth|for|totall?ing|in\sthe\samount\sof)\s(?:about\s|some\s|up\sto\s|nearly\s|over\s)?$",
    re.I,
)


# An amount added to what was given before ("an additional EUR 5.5 m in aid", "a further USD
# 200 mln") is one more allocation: an event, whatever it is called.
_ADDED_BEFORE = re.compile(r"\b(?:an\sadditional|a\sfurther|an\sextra)\s(?:(?:about|some|nearly|over)\s)?$", re.I)


def _one_instrument(q: Quantity, s: SentenceParts) -> bool:
    """Whether an amount is the size of one loan, grant or credit line told with "a", or one
    more allocation. A conversion in brackets is part of the amount ("a €18 m ($19.8 m) grant")."""
    start, end = s.amount_span(q)
    before = s.text[max(0, start - 60) : start]
    if _ADDED_BEFORE.search(before):
        return True
    if _ONE_BEFORE.search(before):
        return _INSTRUMENT_AFTER.match(s.text, end) is not None
    if _AS_ONE_INSTRUMENT.match(s.text, end):
        return True
    return _ONE_INSTRUMENT_OF.search(before) is not None or _AGREEMENT_OF.search(before) is not None


# An amount said to be given "as" one instrument: "received €90 m last year as a support package
# for Moldova", "provided $20 m as a grant": its size, an event.
_AS_ONE_INSTRUMENT = re.compile(rf"\s(?:[\w-]+\s){{0,5}}?as\s(?:a|an)\s(?:[\w-]+\s){{0,2}}?{INSTRUMENT}\b(?!s)", re.I)


# An agreement on a loan or grant is one, whatever its article: "The grant agreement, worth $83,000,
# ... was signed in 2017", "the loan agreement for €40 m": an event, signed once.
_AGREEMENT_OF = re.compile(
    rf"\b(?:the|this|that)\s(?:(?:new|second|first)\s)?(?:[\w-]+\s)?{INSTRUMENT}\sagreement,?\s(?:of|worth|for|totall?ing|in\sthe\samount\sof)\s"
    r"(?:about\s|some\s|up\sto\s|nearly\s|over\s)?$",
    re.I,
)


# A verb of giving in the past simple right before its amount (not "has provided", a stock;
# "disbursed" and "spent" tell a flow over a period). An allocation is one event ("allocated
# $100 m in technical assistance in 2015"); a gift in a month is too ("In June Russia provided
# $30 m"), but one in a year may be that year's flow ("In 2019, USAID provided $13 m").
_GAVE_BEFORE = re.compile(
    r"(?<!has\s)(?<!have\s)(?<!had\s)\b(?P<verb>allocated|transferred|donated|provided|granted|extended|gave)\s"
    r"(?:(?:about|some|nearly|over|almost|more\sthan|up\sto)\s)?(?:[$€£¥]|US\$)?$",
    re.I,
)
_ALLOCATED = ("allocated", "transferred", "donated")
# A donor's past verb of sending goods (`trigger_refine`: an aid agency's supplies are aid).
_DELIVERED = re.compile(r"delivered|supplied|shipped|sent|handed\sover", re.I)
# A noun of one gift right before its amount ("last month's allocation of €35 m", "the June
# tranche of $20 m"): with a month for its time, an event, never the month's flow.
_GIFT_NOUN_BEFORE = re.compile(
    r"\b(?:allocation|disbursement|tranche|transfer|donation|instal{1,2}ment|payment)\s(?:worth\s|of\s)"
    r"(?:(?:about|some|nearly|over|almost|more\sthan|up\sto)\s)?(?:[$€£¥]|US\$)?\s?$",
    re.I,
)


def given_once(q: Quantity, t: TriggerMention, s: SentenceParts, in_a_month: bool) -> bool:
    """Whether an aid amount is what a donor gave once, told in the past simple: an event, with
    the year of its time and no period."""
    if t.trigger.lexeme != "aid" or q.kind != "money":
        return False
    start = s.amount_span(q)[0]
    gave = _GAVE_BEFORE.search(s.text, max(0, start - 40), start)
    if in_a_month and t.end <= start and _DELIVERED.fullmatch(s.text, t.start, t.end):
        return True  # "In May, JICA delivered ventilators worth $0.4 m": one delivery
    if gave is None and in_a_month and _GIFT_NOUN_BEFORE.search(s.text, max(0, start - 40), start):
        return True
    if gave is None or any(y.kind != "money" and y.start > q.end and _THAN_A_YEAR.match(s.text, y.end) for y in s.quantities):
        return False  # "allocated $23.6 m in grant aid, 18 percent more than in 2014": a year's total, compared
    return in_a_month or gave["verb"].lower() in _ALLOCATED


# After a rate: the year it compares with ("18 percent more than in 2014", "up 5% on 2019").
_THAN_A_YEAR = re.compile(
    r"\s(?:(?:more|less|higher|lower|up|down)\s)?(?:than|compared\s(?:with|to)|over|on|from)\s(?:in\s|that\sof\s)?"
    r"(?:(?:19|20)\d\d|the\s(?:previous|preceding)\syear|a\syear\s(?:earlier|before)|last\syear)|\syear-on-year",
    re.I,
)


# A loan named, then said to be committed in a clause of its own: "a $200 m loan from China,
# agreed in 2013,", "New Delhi's $1 bn line of credit, announced during the visit".
# ("the $1 bn package pledged by Washington in September 2008", "the loan signed by Japan and
# Uzbekistan in May 2015": a participle right after the instrument, its event told after it)
_COMMITTED_AFTER = re.compile(
    r"[^,.;]{0,40},\s(?:first\s|recently\s)?(?:announced|agreed|pledged|signed|promised|approved)\b"
    r"|\s(?:[\w-]+\s){0,2}?(?:announced|pledged|signed|promised|approved|committed)\s(?:by|in|on|at|during|last|earlier)\b",
    re.I,
)


@functools.cache
def _pledge_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = rules_file("phrases.toml")["pledged_investment"]
    verb = re.compile(rf"\b(?:{alternation(table['verbs'])})\s(?:(?:about|some|nearly|over|more\sthan|up\sto)\s)?$", re.I)
    noun = re.compile(rf"\s(?:of|in)\s(?:(?:new|fresh|additional|direct|foreign)\s){{0,2}}(?:{alternation(table['nouns'])})\b", re.I)
    return verb, noun


def pledged_investment(q: Quantity, t: TriggerMention, s: SentenceParts) -> bool:
    """An investment pledged as one amount, the verb right before it and its noun right after:
    "has pledged $1 bn of investment in Tajikistan" is the pledge's event, no stock to date."""
    if t.trigger.lexeme != "invest" or q.kind != "money":
        return False
    verb, noun = _pledge_words()
    start, end = s.amount_span(q)
    return verb.search(s.text, max(0, start - 40), start) is not None and noun.match(s.text, end) is not None
