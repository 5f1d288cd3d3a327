"""A rate that compares a figure with another country's or another flow's, not with its own past.

"Russian investment reached $3 bn, more than ten times that of Iran", "three times more than
Turkey's", "twice as much as with Armenia": the multiple sets two partners side by side and says
nothing of growth, so it is no change figure. "2.5 times more than a year earlier" and "three
times higher than in 2017" still are: what follows is a time, not a country. So is a flow set
against another ("imports four times more than its exports"): two measures, no growth.
"""

from __future__ import annotations

import re

from dashboard.extract.lexicon import Lexicon
from dashboard.extract.mentions import SentenceParts
from dashboard.extract.quantities import Quantity

# What may stand between the rate and the other country: a comparative and its preposition.
_TO_OTHER_COUNTRY = re.compile(
    r"\s?(?P<than>(?:more|higher|larger|bigger|greater|less|lower|smaller)\s(?:than|as\smuch\sas)\s"
    r"|as\s(?:much|many|large|high|big)\sas\s)?"
    r"(?P<that>th(?:at|ose)\s|the\s(?:level|volume|figure|amount|rate|pace)\sof\s)?"
    r"(?:(?:with|in|of|from|for|to|into)\s)?(?:the\s)?",
    re.I,
)
# After another country's adjective, the measure it is compared by: "the Kyrgyz figure".
_FIGURE_AFTER = re.compile(r"\s(?:figure|level|volume|indicator|number|one|total)\b", re.I)


def compares_countries(q: Quantity, s: SentenceParts) -> bool:
    """Whether a percentage or multiple is followed by a comparison with another country."""
    for c in s.countries:
        if c.code and q.end < c.start <= q.end + 40:
            m = _TO_OTHER_COUNTRY.fullmatch(s.text, q.end, c.start)
            if m and not (m.group("than") or m.group("that")) and c.adjective and _FIGURE_AFTER.match(s.text, c.end):
                return True  # "more than four times the Kyrgyz figure for imports"
            return bool(m and (m.group("than") or m.group("that")))
    return False


def compares_flows(q: Quantity, s: SentenceParts, lex: Lexicon) -> bool:
    """Whether a rate is followed by a comparison with another flow: "three times more than its
    exports", "twice as much as the imports"."""
    m = _TO_OTHER_COUNTRY.match(s.text, q.end)
    return bool(m and m.group("than") and lex.compared_flow.match(s.text, m.end()))


# Another country's own figure set beside an amount: "only slightly below Turkey's equivalent
# figure of $18.5 bn", "far ahead of Uzbekistan's corresponding figure ($12 bn)", "compared with
# Tajikistan's $5 bn". The comparison's word right before the country's possessive ...
_SET_BESIDE = re.compile(
    r"\b(?:below|above|behind|ahead\sof|compared\s(?:with|to)|against|versus|than|exceeding|surpassing|outstripping|(?:half|double|twice)(?:\sof)?|unlike)"
    r"\s(?:that\sof\s)?(?:the\s)?$",
    re.I,
)
# ... and the measure it names before its own amount, if any.
_OWN_FIGURE = re.compile(
    r"['’`]?s?\s(?:(?:equivalent|corresponding|comparable|similar|analogous|own)\s)?(?:(?:figure|total|level|indicator|volume|one)\s?)?(?:of\s|at\s|\(\s?)?", re.I
)


def compared_figures(s: SentenceParts) -> tuple[frozenset[int], frozenset[int]]:
    """The countries whose own figure a sentence sets beside its amount, and the starts of their
    amounts: the country is no side of the sentence's flows, and its amount is no figure of the
    article's pair (the compared country's total, a side figure at most)."""
    countries: set[int] = set()
    amounts: set[int] = set()
    for c in s.countries:
        if not c.code or not c.possessive or not _SET_BESIDE.search(s.text, max(0, c.start - 40), c.start):
            continue
        m = _OWN_FIGURE.match(s.text, c.end)
        own = next((y for y in s.quantities if y.kind == "money" and m is not None and y.start == m.end()), None)
        if own is None and (m is None or not m.group(0).strip()):
            continue  # "below Turkey's" and no figure of it: not a comparison this reads
        countries.add(c.start)
        if own is not None:
            amounts.add(own.start)
    return frozenset(countries), frozenset(amounts)


# A comparative right after a multiple, with no base or time after it in the clause: "... 5 times
# more in Kyrgyzstan", "twice as much" (a "than", a year or "compared" makes it a change again).
_BARE_COMPARATIVE = re.compile(
    r"\s(?:more|less|as\s(?:much|many))\b(?![^,;.]*?(?:\b(?:than|compared|against|since|year|period|earlier|before|ago)\b|\b(?:19|20)\d\d\b))", re.I
)


def compares_sides(q: Quantity, t_end: int, s: SentenceParts) -> bool:
    """Whether a multiple right after its flow's own verb, said as a bare comparative, sets the
    sentence's flow beside another one told before ("Kyrgyzstan invested $10 m in Kazakhstan,
    Kazakhstan $50 m in Kyrgyzstan: this means Kazakhstan invested 5 times more in Kyrgyzstan",
    "so Armenia bought twice as much"): two sides compared, no growth of either."""
    return q.kind == "times" and t_end <= q.start and not s.text[t_end : q.start].strip() and _BARE_COMPARATIVE.match(s.text, q.end) is not None
