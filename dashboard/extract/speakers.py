"""The place an interview speaks from: whose "we", "here" and "our exports" its answers mean.

An interview's lead names its speaker with a title and a country: "the Ambassador of Pakistan to
Uzbekistan" speaks from Uzbekistan (the country the embassy is in, whose press asks the
questions); "the Deputy Minister of Trade of Uzbekistan" from Uzbekistan. The article's home is
that place, when it is one of the article's pair: a headline that names the speaker's own
country first ("Russian Ambassador: ...") does not make the answers that country's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache
from itertools import pairwise

from dashboard.extract.countries import CountryMention, find_countries
from dashboard.extract.gates import holds_any
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.page_head import story_starts
from dashboard.extract.pattern_shape import first_char_checked_compiled
from dashboard.extract.rule_files import rules_file
from dashboard.extract.time_resolution import MONTHS

# The lead says the article is an interview: its answers are one speaker's words.
_INTERVIEW = first_char_checked_compiled(r"\binterview|\bcorrespondent\b|\banswered\b[^.]{0,40}\bquestions\b", re.I)
# An envoy "to" or "in" a country speaks from there: "the Ambassador of France to Armenia",
# "Korea's ambassador in Uzbekistan", "the Turkish envoy to Georgia".
_ENVOY = re.compile(r"\b(?:ambassador|envoy)\b[^.,;]{0,60}?\b(?:to|in)\s(?:the\s)?$", re.I)
# An official "of" a country speaks from it: "Deputy Minister of Investment, Industry and Trade
# of Uzbekistan", "Chairman of the State Committee on Investments of Tajikistan".
_OFFICIAL = re.compile(
    r"\b(?:minister|ministry|chairman|chairwoman|head|president|governor|director)\b[^.;]{0,70}?\bof\s(?:the\s)?$", re.I
)
_LEAD = 900  # the headline and lead: where a speaker is introduced


def _interview_paragraphs(text: str, mentions: list[CountryMention]) -> Iterator[tuple[int, list[CountryMention]]]:
    """Each paragraph of the lead with an interview's cue (the headline's, or the lead's: where a
    speaker is introduced), as its start and the countries it names, in order."""
    lead = text[:_LEAD]
    if lead.isascii() and not holds_any(lead.lower(), ("interview", "correspondent", "answered")):
        return  # no cue (most leads): the pattern need not try each word of the lead
    for cue in _INTERVIEW.finditer(text, 0, _LEAD):
        para_start = text.rfind("\n", 0, cue.start()) + 1
        para_end = text.find("\n", cue.end())
        para_end = len(text) if para_end < 0 else para_end
        yield para_start, [m for m in mentions if m.code and para_start <= m.start < para_end]


def speaking_place(text: str, mentions: list[CountryMention]) -> str | None:
    """The country an interview's speaker speaks from, as its lead introduces them.

    >>> from dashboard.extract.countries import find_countries
    >>> from dashboard.extract.lexicon import load
    >>> t = "Envoy speaks\\n\\nIn an interview, the Ambassador of Pakistan to Uzbekistan spoke about trade."
    >>> speaking_place(t, list(find_countries(t, load())))
    'UZB'
    >>> t = "Trade\\n\\nIn an interview, Deputy Minister of Trade of Georgia Levan Davitashvili spoke."
    >>> speaking_place(t, list(find_countries(t, load())))
    'GEO'
    >>> t = "Trade\\n\\nThe Ambassador of Pakistan to Uzbekistan met the minister."
    >>> speaking_place(t, list(find_countries(t, load())))
    """
    for para_start, named in _interview_paragraphs(text, mentions):
        for m in named:
            before = text[max(para_start, m.start - 80) : m.start]
            if _ENVOY.search(before) or _OFFICIAL.search(before):
                return m.code
    return None


def speakers_own(text: str, mentions: list[CountryMention]) -> str | None:
    """The country an interview's envoy serves, when the speaker is an envoy sent elsewhere:
    "the Ambassador of Pakistan to Uzbekistan" is Pakistan's, "Japan's ambassador to Mongolia"
    Japan's. (A minister speaks for the place they speak from.)

    >>> from dashboard.extract.countries import find_countries
    >>> from dashboard.extract.lexicon import load
    >>> t = "Envoy speaks\\n\\nIn an interview, the Ambassador of Pakistan to Uzbekistan spoke about trade."
    >>> speakers_own(t, list(find_countries(t, load())))
    'PAK'
    >>> t = "Envoy speaks\\n\\nIn an interview, Japan's ambassador in Mongolia spoke about trade."
    >>> speakers_own(t, list(find_countries(t, load())))
    'JPN'
    """
    for para_start, named in _interview_paragraphs(text, mentions):
        for own, place in pairwise(named):
            if own.code != place.code and _ENVOY.search(text[max(para_start, place.start - 80) : place.start]) and _SENT_BY.match(
                text[own.start : place.start]
            ):
                return own.code
    return None


# Between an envoy's own country and the one they are sent to: "Pakistan to", "Japan's
# ambassador in", "Italy to" (after "the Ambassador of").
_SENT_BY = re.compile(r"[\w'’ -]{0,40}?(?:['’]s\s|\s)(?:(?:ambassador|envoy)\s)?(?:to|in)\s(?:the\s)?$", re.I)
# "our exports", "your investment": a first or second person owner of a directional flow; "our
# companies", "your businesses": of the ones who do it; "your country": the country itself; a
# speaker's "my country" is theirs as "our country" is ("your exports to my country").
_DEICTIC_OWNER = re.compile(
    r"\b(?P<who>[Oo]ur|[Yy]our|[Mm]y)\s(?=(?:[a-z]+\s)?(?:exports?|imports?|investments?|supplies|deliveries"
    r"|(?P<doers>companies|firms|investors|businesses|enterprises|goods|products))\b|(?P<country>country|republic|economy)\b(?!['’]))"
)


@cache
def _we_does() -> re.Pattern[str]:
    """ "We" as the subject of a verb of a directional flow: "we have invested", "we exported" (the
    verbs are `[first_person]` of `rules/discourse.toml`)."""
    words = rules_file("discourse.toml")["first_person"]
    return re.compile(r"\b[Ww]e\s(?=(?:(?:" + "|".join(words["between"]) + r")\s){0,2}(?:" + "|".join(words["verbs"]) + r")\b)")


def deictic_owners(text: str, own: str | None, place: str | None) -> list[CountryMention]:
    """ "Our exports" and "your exports" in an envoy's interview, as the countries they name:
    "our" is the envoy's own country, "your" the country the envoy is sent to (whose press asks).
    A minister at home is asked by the home press: "our" is the home, "your" nobody named.

    >>> [(m.start, m.code) for m in deictic_owners("Your exports were $61 m; our exports $94 m.", "PAK", "UZB")]
    [(0, 'UZB'), (25, 'PAK')]
    """
    if own is None and place is None:
        return []
    found = []
    for m in _DEICTIC_OWNER.finditer(text):
        second = m.group("who").lower() == "your"
        code = (place if own is not None else None) if second else (own or place)
        if code and m.group("country"):
            found.append(CountryMention(m.start(), m.end() + len(m.group("country")), code))
        elif code:
            # "our companies have invested": an owner of the doers, as "Turkish companies" is
            found.append(CountryMention(m.start(), m.start() + len(m.group("who")), code, adjective=bool(m.group("doers")), possessive=not m.group("doers")))
    # "we have invested": the speakers' country as the subject, as "France has invested" names it
    we = own or place
    if we and ("we " in text or "We " in text):
        found += [CountryMention(m.start(), m.start() + 2, we) for m in _we_does().finditer(text)]
    return sorted(found, key=lambda c: c.start)


def dateline(text: str, lex: Lexicon) -> tuple[int, int, date | None]:
    """Where a dateline stands ("ASTANA, May 3 (Reuters) -"), start and end, and the date it
    writes when it writes a year ("BAKU, May 10, 2019 (Trend) -": an undated article's date, by
    which "last year" and "In January-March" are read): at the start of the text or of the line
    after a headline ("Trade up 14% in 2018", then "BAKU, November 20 (Trend) - Turnover
    amounted to $412 m": its date is the article's, not the turnover's; the headline's period is).

    >>> from dashboard.extract.lexicon import load
    >>> dateline("Trade grows\\n\\nBAKU, May 10, 2019 (Trend) - Exports rose.", load())
    (13, 42, datetime.date(2019, 5, 10))
    >>> dateline("BISHKEK (Kabar / Agency - 21st April, 2021) Exports rose.", load())[2]
    datetime.date(2021, 4, 21)
    """
    head = text.lstrip()
    offset = len(text) - len(head)
    stamp = _DATE_STAMP.match(head)
    starts = [0, stamp.end()] if stamp else [0]
    # (a page may print its lead once as a teaser before the dateline, and its kicker, byline and
    # stamps around it: each line is tried up to the third that is none of those)
    starts += story_starts(head, lex.dateline)
    # ("Tuesday, May 3, 2019" is a stamp, not a place's dateline: one below it is sought, and the
    # stamp's date is the article's when the place's dateline writes no year)
    weekday: tuple[int, int, date | None] | None = None
    for start in dict.fromkeys(starts):
        m = lex.dateline.match(head[start : start + 200])
        if m is None:
            continue
        found = (offset + start, offset + start + m.end(), _written_date(m.group(0), m.group("year") or m.group("bracket_year")))
        if not _WEEKDAY.match(m.group(0)):
            return found if found[2] or weekday is None else (found[0], found[1], weekday[2])
        weekday = weekday or found
    return weekday or (0, 0, None)


_WEEKDAY = re.compile(r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b", re.IGNORECASE)
# A saved page's date stamp before its text ("date 2021-03-04 TASHKENT, March 4 - ..."): the dateline follows it.
_DATE_STAMP = re.compile(r"date\s(?:19|20)\d\d-\d\d-\d\d\s+")


# (a day may be ordinal, "21st April, 2021"; a wire may write its month in capitals, "TBILISI,
# MARCH 14, AGENCY.")
_MONTH_DAY = re.compile(r"\b(?:(?P<m>[A-Z](?:[a-z]{2,8}|[A-Z]{2,8}))\.?\s(?P<d>\d{1,2})|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s(?P<m2>[A-Z][a-z]{2,8}))\b")


def dateline_month(text: str, lex: Lexicon) -> int | None:
    """The month a dateline writes, with or without its year ("BAKU, March 13 (APA) -": 3): an
    undated article's months told as past must have ended by it.

    >>> from dashboard.extract.lexicon import load
    >>> dateline_month("Trade grows\\n\\nBAKU, March 13 (APA). Exports rose.", load())
    3
    >>> dateline_month("Trade grows\\n\\nTBILISI, MARCH 14, AGENCY. Exports rose.", load())
    3
    """
    start, end, _ = dateline(text, lex)
    day = _MONTH_DAY.search(text, start, end) if end else None
    return MONTHS.get((day.group("m") or day.group("m2")).lower()) if day else None


def _written_date(line: str, year: str | None) -> date | None:
    """The date a dateline writes, if it writes its year; its month and day where they read."""
    if year is None:
        return None
    day = _MONTH_DAY.search(line)
    month = MONTHS.get((day.group("m") or day.group("m2")).lower()) if day else None
    try:
        return date(int(year), month, int(day.group("d") or day.group("d2"))) if day and month else date(int(year), 1, 1)
    except ValueError:
        return date(int(year), 1, 1)


def dateline_place(text: str, lex: Lexicon) -> str | None:
    """The country of the city a dateline names ("ASTANA, Oct 12 -", "Tashkent, April 16."),
    at the start of the text or of the paragraph after its headline: where the article speaks
    from, which a headline that names the visitor first ("UAE firms sign $6.1bn of deals as
    Kazakhstan courts Gulf capital") does not change.

    >>> from dashboard.extract.lexicon import load
    >>> dateline_place("UAE firms sign deals\\n\\nASTANA, Oct 12 - Companies from the UAE signed deals.", load())
    'KAZ'
    >>> dateline_place("Trade grows\\n\\nThe Emirates and Kazakhstan signed deals.", load())
    """
    start, end, _ = dateline(text, lex)
    if end == 0:
        return None
    city = text[start : min(end, start + 40)].split(",")[0].strip()
    found = [m.code for m in find_countries(city.title(), lex) if m.code]
    return found[0] if found else None
