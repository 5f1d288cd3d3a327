"""The story's pair: the two countries an article is about (its headline's, else the two it
names most), its home, and the pair a sentence without figures introduces for a later
"bilateral" or "the two countries"."""

from __future__ import annotations

import re
from collections import Counter

from dashboard.contract.schema import AGGREGATES
from dashboard.extract.countries import EU, CountryMention
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.pattern_shape import first_char_checked_compiled
from dashboard.extract.rule_files import rules_file
from dashboard.extract.sentences import Sentence, split_sentences

_DIGIT = re.compile(r"\d")
# Where an amount opens ("$1.3 bn", "EUR 50 m", "1.2 billion", "450 mln"): the first one of a sentence.
_AMOUNT_START = re.compile(r"[$€£]|\b(?:USD|EUR|US\$)\b|\d[\d.,]*\s?(?:thousand|million|billion|trillion|mln|bln|mn|bn)\b", re.I)
# A date or a year tells when two countries did something, no figure of theirs: "Georgia and
# Oman established diplomatic relations on May 4, 1993", "signed the treaty in 2019".
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATES = first_char_checked_compiled(rf"\b(?:{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_MONTH}|(?:19|20)\d\d)\b")


def lead_close(text: str) -> int:
    """Where the headline and the lead end: after the second paragraph, a paragraph being a
    line (many articles break theirs with one newline, not a blank line); 0 for a text of one."""
    first = text.find("\n")
    while 0 <= first < len(text) and text[first] == "\n":
        first += 1
    if first <= 0 or first >= len(text):
        return 0
    second = text.find("\n", first)
    return second if second > 0 else len(text)


def article_pair(mentions: list[CountryMention], lead_end: int = 0, headline_end: int = 0) -> tuple[tuple[str, str] | None, str | None]:
    """The two countries an article names most (first named wins a tie), and the first of them;
    the two its headline names, when it names two ("Georgia and Turkey discuss expanding trade",
    however often the story names a third in passing).

    >>> m = [CountryMention(i, i + 1, c) for i, c in enumerate(["AZE", "JPN", "AZE", "CHN", "JPN"])]
    >>> article_pair(m)
    (('AZE', 'JPN'), 'AZE')
    >>> article_pair(m, headline_end=2)
    (('AZE', 'JPN'), 'AZE')
    >>> m = [CountryMention(i, i + 1, c) for i, c in enumerate(["AZE", "CHN", "JPN", "JPN", "AZE", "JPN"])]
    >>> article_pair(m, headline_end=2)
    (('AZE', 'CHN'), 'AZE')
    >>> article_pair([CountryMention(i, i + 1, c) for i, c in enumerate(["KGZ", "KGZ", "SWE", "NOR"])], lead_end=2)
    (None, 'KGZ')
    >>> m = [CountryMention(i, i + 1, c, agency=c != "AZE") for i, c in enumerate(["JPN", "KOR", "AZE", "JPN", "KOR", "AZE"])]
    >>> article_pair(m, headline_end=2)
    (('AZE', 'JPN'), 'AZE')
    """
    # The EU may be a story's other side ("Turkmenistan and the European Union held their
    # cooperation council"), when its headline or lead names it; never its home, and not when
    # it is named only further on, among a country's many partners.
    sides = {m.code for m in mentions if m.code == EU and m.start < lead_end}
    codes = [m.code for m in mentions if m.code and (m.code not in AGGREGATES or m.code in sides)]
    if not codes:
        return None, None
    # A mention in the headline or the lead counts twice: what the story is about is named there.
    counts = Counter(codes) + Counter(m.code for m in mentions if m.code and (m.code not in AGGREGATES or m.code in sides) and m.start < lead_end)
    first = {c: codes.index(c) for c in counts}
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    countries = [c for c in ranked if c != EU]
    if not countries:
        return None, None
    if len(ranked) < 2:
        return None, ranked[0]
    headline = list(dict.fromkeys(m.code for m in mentions if m.start < headline_end and m.code in counts))
    # A story of one country whose others are each named once past the lead ("Kyrgyzstan received
    # less aid ... The largest donors were Sweden (5%), Norway (2%) ...") has no second side: its
    # flows are the home's with the world, not with whichever partner it happened to name first.
    if lead_end and len(headline) != 2 and len(ranked) > 2 and counts[ranked[1]] == counts[ranked[2]] == 1:
        return None, ranked[0]
    a, b = headline if len(headline) == 2 and set(headline) != {EU} else ranked[:2]
    # Two lenders' agencies and no other country ("Ministry signs loans with KfW, AFD") name two
    # givers: the story is the first one's with the receiver the story names most.
    lenders = len(headline) == 2 and all(m.agency for m in mentions if m.start < headline_end and m.code in headline)
    if lenders and (receivers := [c for c in ranked if c not in headline]):
        a, b = next(c for c in ranked if c in headline), receivers[0]
    home = countries[0] if EU in (a, b) else (a if first[a] < first[b] else b)
    # A country named only by its agency ("USAID marked 25 years of work in Georgia") gives; the
    # story is the other one's.
    agency_only = {c for c in (a, b) if all(m.agency for m in mentions if m.code == c)}
    if home in agency_only and len(agency_only) == 1 and EU not in (a, b):
        home = b if home == a else a
    return (min(a, b), max(a, b)), home


def pair_opening(
    text: str, pair: tuple[str, str] | None, mentions: list[CountryMention], headline_end: int, dateline: tuple[int, int],
    sentences: list[Sentence],
) -> int | None:
    """The sentence (its index) with which the story opens on its pair, as a story of two
    countries does: its headline, when that names both ("Kazakhstan and China discuss trade"), or
    with no headline, the first sentence that names a country past the dateline, when that names
    both ("Exports from Georgia to China rose 8% ..."); None for a story that opens on one
    country ("Kazakhstan's exports amounted to $42 bn. The main buyers were Italy and China.").

    >>> m = [CountryMention(0, 1, "KAZ"), CountryMention(2, 3, "CHN"), CountryMention(9, 10, "ITA")]
    >>> pair_opening("K C  I", ("CHN", "KAZ"), m, 5, (0, 0), [Sentence(0, 5, "", 0), Sentence(6, 12, "", 1)])
    0
    >>> pair_opening("K C  I", ("ITA", "KAZ"), m, 0, (0, 0), [Sentence(0, 5, "", 0), Sentence(6, 12, "", 1)]) is None
    True
    """
    first = next((m.start for m in mentions if m.code and not dateline[0] <= m.start < dateline[1]), None)
    at = next((i for i, x in enumerate(sentences) if x.end >= headline_end), None) if headline_end else (
        next((i for i, x in enumerate(sentences) if first is not None and x.start <= first < x.end), None))
    if pair is None or at is None:
        return None
    start, end = (0, headline_end) if headline_end else (sentences[at].start, sentences[at].end)
    # named before the opening's first amount: a part of a world total after it ("Georgia attracted
    # $1.3 bn of FDI, of which Azerbaijan accounted for $280 m") makes no story of two
    amount = _AMOUNT_START.search(text, start, end)
    end = amount.start() if amount else end
    return at if set(pair) <= {m.code for m in mentions if start <= m.start < end} else None


def by_salience(mentions: list[CountryMention], pair: tuple[str, str] | None) -> tuple[str, ...]:
    """The article's pair first, then the other countries, most named first.

    >>> m = [CountryMention(i, i + 1, c) for i, c in enumerate(["PAK", "JPN", "AZE", "AZE", "JPN", "ARM"])]
    >>> by_salience(m, ("AZE", "JPN"))
    ('AZE', 'JPN', 'PAK', 'ARM')
    """
    codes = [m.code for m in mentions if m.code]
    counts = Counter(codes)
    rest = sorted(set(codes) - set(pair or ()), key=lambda c: (-counts[c], codes.index(c)))
    return (*(pair or ()), *rest)


def talked_of(sentence: Sentence, named: list[CountryMention], pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """The two countries a sentence with no number introduces ("Kazakhstan is India's largest
    partner in the region."), which a next "bilateral trade" or "the two countries" means; a
    sentence that names only them, or none, keeps them, and one that names another drops them.
    A sentence of figures ("China bought 84% of Mongolia's exports") tells of them, not of a pair."""
    codes = {m.code for m in named if m.code}
    if len(codes) == 2 and not _DIGIT.search(_DATES.sub("", sentence.text)):
        a, b = sorted(codes)
        return (a, b)
    return pair if pair is not None and codes <= set(pair) else None


def talk_lasts(setter: Sentence, lead_end: int, lex: Lexicon) -> bool:
    """Whether the pair a sentence introduced stays the pair a "bilateral" or "the two countries"
    means past its paragraph: one the headline or lead introduced, or one named as partners
    ("Kazakhstan is India's largest partner in the region."). Two countries named in passing in
    a later paragraph ("Earlier this month, Russia and Turkey signed a transit agreement.") are
    that paragraph's: the next one goes back to the story's pair."""
    return setter.start < lead_end or lex.partners.search(setter.text) is not None


def unnamed_home(
    text: str, mentions: list[CountryMention], datelined: str | None, dateline: tuple[int, int], lex: Lexicon
) -> list[CountryMention]:
    """ "BAKU, April 16 - Japan was the country's largest trading partner", "BISHKEK (AKIpress) -
    The Export-Import Bank of China will provide ...": a story filed from a capital that never
    names its country is about that country; the dateline counts as a mention of it, the first,
    and so does each "the country" that refers to it, for the article's pair."""
    if datelined is None or any(m.code == datelined for m in mentions):
        return []
    return [CountryMention(*dateline, datelined), *(CountryMention(m.start(), m.end(), datelined) for m in lex.home_reference.finditer(text))]


def figures_pair(told: set[tuple[str, str]], named: list[CountryMention]) -> tuple[str, str] | None:
    """The one pair of two countries a sentence's figures all tell of, when the sentence names
    only them: what a pair cue in the next sentence means (the EU is a side as a country is; the world is none)."""
    if len(told) != 1:
        return None
    pair = next(iter(told))
    codes = {m.code for m in named if m.code}
    return pair if "WLD" not in pair and codes == set(pair) else None


# A preposition that makes the country after it the one a partner is of: "a key trading partner
# for Uzbekistan", "the main supplier of Armenia".
_PARTNER_FOR = re.compile(r"\s(?:for|of|to)\s(?:the\s)?")
# An investor is one "in" the country it invests in: "China is the largest investor in Kyrgyzstan".
_INVESTOR_IN = re.compile(r"\sin\s(?:the\s)?")
# Between a country's possessive and the partner it owns: "Uzbekistan's key trading partner".
_OWNED_PARTNER = re.compile(r"(?:['’]s?)?(?:\s[a-z-]+){0,3}\s")


def partner_home(text: str, mentions: list[CountryMention], pair: tuple[str, str] | None, lead_end: int, lex: Lexicon) -> str | None:
    """The country of the pair whose partner the headline or lead makes the other ("Peru
    becomes a key trading partner for Chile", "Chile's largest supplier, Peru, ..."): the home,
    whose flows the story tells (its exports go to the partner), whichever is named first."""
    if pair is None:
        return None
    for m in mentions:
        if m.start >= lead_end:
            break
        if m.code not in pair or m.adjective:
            continue
        before = [
            w for w in lex.partners.finditer(text, max(0, m.start - 40), m.start)
            if _PARTNER_FOR.fullmatch(text, w.end(), m.start) or (w.group().startswith("invest") and _INVESTOR_IN.fullmatch(text, w.end(), m.start))
        ]  # fmt: skip
        after = lex.partners.search(text, m.end, min(len(text), m.end + 40)) if m.possessive else None
        if before or (after is not None and _OWNED_PARTNER.fullmatch(text, m.end, after.start())):
            return m.code
    return None


def story_sides(text: str, mentions: list[CountryMention], lead_end: int, headline_end: int, lex: Lexicon) -> tuple[tuple[str, str] | None, str | None]:
    """The article's pair and its home: the home `article_pair` finds, unless the headline or
    lead makes the other side a partner of one (`partner_home`): in a text of one paragraph, its
    first sentence ("China is Kyrgyzstan's key partner. Its exports to the country ...")."""
    pair, home = article_pair(mentions, lead_end, headline_end)
    first = lead_end or next((x.end for x in split_sentences(text)), 0)
    return pair, partner_home(text, mentions, pair, first, lex) or visitor_home(text, mentions, pair, headline_end) or home


_VISIT_BEFORE = re.compile(rules_file("discourse.toml")["visit_headline"]["before"], re.I)


def visitor_home(text: str, mentions: list[CountryMention], pair: tuple[str, str] | None, headline_end: int) -> str | None:
    """The pair's other side, when the headline names one country of the pair only, as where a
    visit goes ("Why Tokayev is heading to Italy"): the story speaks from the visitor's country.

    >>> m = [CountryMention(26, 31, "ITA"), CountryMention(50, 60, "KAZ")]
    >>> visitor_home("Why Tokayev is heading to Italy\\n\\nThe President of Kazakhstan", m, ("ITA", "KAZ"), 31)
    'KAZ'
    >>> visitor_home("Italy and trade\\n\\nThe President of Kazakhstan", [CountryMention(0, 5, "ITA"), m[1]], ("ITA", "KAZ"), 15) is None
    True
    """
    if pair is None or not headline_end:
        return None
    named = [m for m in mentions if m.start < headline_end and m.code in pair]
    if len({m.code for m in named}) != 1 or not any(_VISIT_BEFORE.search(text, max(0, m.start - 30), m.start) for m in named):
        return None
    return pair[1] if named[0].code == pair[0] else pair[0]


# A headline of one country's trade with all partners: a statistics release's title.
_WORLD_TRADE_HEADLINE = re.compile(r"\b(?:foreign|external|overall|total)\s(?:trade|economic\sactivity)\b", re.I)


def world_headline(text: str, mentions: list[CountryMention], headline_end: int) -> str | None:
    """The one country a headline of its trade with all partners names ("Azerbaijan – foreign
    trade in January-March 2023", "Foreign trade of Kyrgyzstan for 2019"): the story is that
    country's trade with the world, so its first flow told with no partner is with the world;
    None for another headline, one naming two countries, or none.

    >>> m = [CountryMention(0, 10, "AZE")]
    >>> world_headline("Azerbaijan - foreign trade in 2023\\n\\nExports: $7 bn.", m, 33)
    'AZE'
    >>> world_headline("Azerbaijan and Italy: trade in 2023\\n\\nExports: $7 bn.", m + [CountryMention(15, 20, "ITA")], 35) is None
    True
    """
    if not headline_end or _WORLD_TRADE_HEADLINE.search(text, 0, headline_end) is None:
        return None
    named = {m.code for m in mentions if m.start < headline_end and m.code}
    return next(iter(named)) if len(named) == 1 else None
