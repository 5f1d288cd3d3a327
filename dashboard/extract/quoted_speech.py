"""Whose "our" and "your" a quotation means: the country of its teller and of the one it was told
to, as the attribution names them, before or after the quote ('"Your companies invested $2 bn
here," the Georgian premier told the Turkish president'; '..., the Kazakh President said at a
meeting with the French Prime Minister'; 'Addressing the German delegation, the Uzbek minister
said: "..."'). The words that name whom a quote was said to are `[quote_address]` of
`rules/discourse.toml`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from dashboard.extract.countries import CountryMention
from dashboard.extract.gates import holds_any
from dashboard.extract.rule_files import rules_file
from dashboard.extract.speakers import deictic_owners

# A quotation and the attribution after it that names whom it was said to by their country:
# '"Our exports to your country grew 40%," he told his Turkish counterpart', '..., the minister
# told the Iranian delegation'.
_QUOTE_TO = re.compile(
    r"[\"“](?P<quote>[^\"“”\n]{10,400}?)[,.]?[\"”],?\s(?:he|she|the\s[a-z]+(?:\s[a-z]+)?)\s(?:told|assured|reminded)\s(?:his|her|the)\s"
)


def quoted_deictics(text: str, mentions: list[CountryMention], pair: tuple[str, str] | None) -> list[CountryMention]:
    """ "Our exports" and "your country" in a quotation said to a guest of the article's pair: "your"
    is the guest's country, the adjective the attribution names ("told his Turkish counterpart"),
    and "our" the pair's other side.

    >>> from dashboard.extract.countries import find_countries
    >>> from dashboard.extract.lexicon import load
    >>> t = '"Our exports to your country grew 40%," he told his Turkish counterpart.'
    >>> [(m.start, m.code) for m in quoted_deictics(t, list(find_countries(t, load())), ("AZE", "TUR"))]
    [(1, 'AZE'), (16, 'TUR')]
    """
    # The verb first: the pattern's lazy quote is tried from every quotation mark of the text
    # (23 µs an article), and few texts tell anyone anything.
    if pair is None or not holds_any(text, ("told", "assured", "reminded")):
        return []
    found = []
    for m in _QUOTE_TO.finditer(text):
        addressed = next((c for c in mentions if c.start == m.end() and c.adjective and c.code in pair), None)
        if addressed is None:
            continue
        own = next(code for code in pair if code != addressed.code)
        quoted = text[m.start("quote") : m.end("quote")]
        found += _owners_at(quoted, m.start("quote"), own, addressed.code)
    return found


@cache
def _address() -> re.Pattern[str]:
    """The words after which an attribution names whom a quote was said to."""
    cues = _quote_address("cues")
    return re.compile(r"\b(?:" + "|".join(cues) + r")\s", re.IGNORECASE)


# The first word of each cue, to skip the pattern in the many texts that hold none.
_CUE_WORDS = ("told", "assured", "reminded", "meeting", "talks", "negotiations", "conversation", "receiving", "addressing", "hosting")
# A quote and its attribution, after it ('"...," Azerbaijan's president told his Turkish
# counterpart') or before it ('Azerbaijan's president told his Turkish counterpart: "..."'), read
# around each cue: the one told, and the quote after it or the quote and teller before.
_WHOM_THEN_QUOTE = re.compile(r"(?P<whom>[^\"”“.;:]{0,60}?)[:,]\s?[\"“](?P<quote>[^\"”“]{10,500})[\"”]")
_WHOM = re.compile(r"[^\"”“.;]{0,60}")
_QUOTE_THEN_WHO = re.compile(r"[\"“](?P<quote>[^\"”“]{10,500})[\"”],?\s(?P<who>[^\"”“.;]{0,80})$")
_WHO = re.compile(r"[^\"”“.;]{0,80}$")
# Where a sentence opens: a cue right after it is fronted ("Addressing the delegation, the minister said").
_OPENS = re.compile(r"(?:^|[.!?]\s+|\n)$")


def quoted_owners(text: str, mentions: list[CountryMention], pair: tuple[str, str] | None = None) -> list[CountryMention]:
    """ "Our exports", "your country" in a quote a country's official tells another's: "our" is
    the teller's country, "your" the told one's ('"Last year your country invested $2 bn in our
    economy," Azerbaijan's president told his Turkish counterpart'). A teller the attribution
    names by a pronoun ("he said at talks with the Kazakh President") is the pair's other side.

    >>> from dashboard.extract.countries import find_countries
    >>> from dashboard.extract.lexicon import load
    >>> t = '"Your companies invested $2 bn here," the Georgian premier told the Turkish president.'
    >>> [(m.start, m.code) for m in quoted_owners(t, list(find_countries(t, load())))]
    [(1, 'TUR')]
    >>> t = 'Addressing the German delegation, the Uzbek minister said: "Our exports to your country grew."'
    >>> [(m.start, m.code) for m in quoted_owners(t, list(find_countries(t, load())))]
    [(60, 'UZB'), (75, 'DEU')]
    """
    if not holds_any(text.lower(), _CUE_WORDS):
        return []
    found: list[CountryMention] = []
    for cue in _address().finditer(text):
        after = _WHOM_THEN_QUOTE.match(text, cue.end())
        before = None if after else _QUOTE_THEN_WHO.search(text, max(0, cue.start() - 600), cue.start())
        if after is not None:
            told_span = after.span("whom")
            comma = text.find(", ", *told_span)
            if comma >= 0 and _OPENS.search(text, max(0, cue.start() - 3), cue.start()):
                # fronted: the one addressed before the comma, the teller after it
                teller_span, told_span = (comma, told_span[1]), (told_span[0], comma)
            else:
                who = _WHO.search(text, max(0, cue.start() - 80), cue.start())
                teller_span = (who.start(), who.end()) if who else (0, 0)
            quote_at, quote = after.start("quote"), after.group("quote")
        elif before is not None:
            whom = _WHOM.match(text, cue.end())
            teller_span, told_span, quote_at = before.span("who"), (whom.start(), whom.end()) if whom else (0, 0), before.start("quote")
            quote = before.group("quote")
        else:
            continue
        teller = _named_within(mentions, *teller_span)
        told_to = _named_within(mentions, *told_span)
        if teller is None and pair is not None and told_to in pair:
            teller = next(code for code in pair if code != told_to)
        if teller is None or told_to is None or teller == told_to:
            continue
        found += _owners_at(quote, quote_at, teller, told_to)
    return found


@cache
def _met_then_quote() -> re.Pattern[str]:
    """A sentence of one official meeting another, then a quote a pronoun tells, after or before it."""
    met = "|".join(_quote_address("met"))
    return re.compile(
        r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<host>[^.!?\"“”\n]{3,100}?)\s(?:" + met + r")\s(?P<guest>[^.!?\"“”\n]{3,100}?)\.\s+"
        r"(?:[\"“](?P<quote>[^\"”“]{10,500})[\"”],?\s(?:he|she)\s[a-z]+|(?:He|She)\s[a-z]+(?:\sthat)?[:,]?\s[\"“](?P<quote2>[^\"”“]{10,500})[\"”])"
    )


def met_then_quoted(text: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """ "Our" and "your" in a quote a pronoun tells right after a sentence of a meeting: the
    pronoun is the one who met ("The Kazakh President received the Turkish Foreign Minister"),
    the other the one told.

    >>> from dashboard.extract.countries import find_countries
    >>> from dashboard.extract.lexicon import load
    >>> t = 'The Kazakh President received the Turkish envoy. "Your companies invested $2 bn here," he said.'
    >>> [(m.start, m.code) for m in met_then_quoted(t, list(find_countries(t, load())))]
    [(50, 'TUR')]
    """
    if '"' not in text and "“" not in text:
        return []
    found: list[CountryMention] = []
    for m in _met_then_quote().finditer(text):
        teller = _named_within(mentions, *m.span("host"))
        told_to = _named_within(mentions, *m.span("guest"))
        if teller is None or told_to is None or teller == told_to:
            continue
        group = "quote" if m.group("quote") is not None else "quote2"
        at = m.start(group)
        found += _owners_at(m.group(group), at, teller, told_to)
    return found


@cache
def _quote_said_by() -> re.Pattern[str]:
    """A quote and the teller its verb of saying names, after the quote or before it."""
    said = "|".join(_quote_address("said"))
    return re.compile(
        r"[\"“](?P<quote>[^\"”“]{10,500})[\"”],?\s(?P<who>[^\"”“.;:]{2,80}?)\s(?:" + said + r")\b(?=\s?[.,;]|\s?$)"
        r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?P<who2>[^\"”“.;:]{3,80}?)\s(?:" + said + r")(?:\sthat)?[:,]\s?[\"“](?P<quote2>[^\"”“]{10,500})[\"”]"
    )


def said_by_side(text: str, mentions: list[CountryMention], pair: tuple[str, str] | None) -> list[CountryMention]:
    """ "Our" and "your" in a quote whose attribution names only its teller, by a country of the
    article's pair ('"Your companies invested $1.2 bn in our economy," the Kazakh minister said'):
    "our" is the teller's country, "your" the pair's other side.

    >>> from dashboard.extract.countries import find_countries
    >>> from dashboard.extract.lexicon import load
    >>> t = '"Your companies invested $2 bn in our economy," the Kazakh minister said.'
    >>> [(m.start, m.code) for m in said_by_side(t, list(find_countries(t, load())), ("KAZ", "KOR"))]
    [(1, 'KOR'), (34, 'KAZ')]
    """
    if pair is None or ('"' not in text and "“" not in text):
        return []
    found: list[CountryMention] = []
    for m in _quote_said_by().finditer(text):
        who, group = ("who", "quote") if m.group("quote") is not None else ("who2", "quote2")
        lo, hi = m.span(who)
        if who == "who2":
            lo = max(lo, text.rfind(", ", lo, hi))  # after a fronted phrase ("During his visit to China, the Kazakh President said:")
        teller = _named_within(mentions, lo, hi)
        if teller is None and _PRONOUN_TELLER.fullmatch(text, lo, hi):
            teller = _teller_before(text, mentions, m.start())  # '"...," he added.' after 'the French ambassador said'
        if teller not in pair:
            continue
        told_to = next(code for code in pair if code != teller)
        at = m.start(group)
        found += _owners_at(m.group(group), at, teller, told_to)
    return found


_PRONOUN_TELLER = re.compile(r"\s*(?:he|she)\s*", re.I)


@cache
def _said_after_teller() -> re.Pattern[str]:
    said = "|".join(_quote_address("said"))
    return re.compile(r"(?P<who>[^\"”“.;:]{3,80}?)\s(?:" + said + r")\b")


def _teller_before(text: str, mentions: list[CountryMention], start: int) -> str | None:
    """The country of the last teller a verb of saying named in the sentence before a quote, for
    a pronoun that tells the quote ("the French ambassador said. \"Our ...,\" he added")."""
    opened = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    if opened <= 0:
        return None
    before = max(text.rfind(". ", 0, opened), text.rfind("\n", 0, opened)) + 1
    for t in reversed(list(_said_after_teller().finditer(text, before, opened + 1))):
        lo, hi = t.span("who")
        lo = max(lo, text.rfind(", ", lo, hi) + 1)  # the teller after the clause before it
        if (code := _named_within(mentions, lo, hi)) is not None:
            return code
    return None


def quoted_mentions(text: str, mentions: list[CountryMention], pair: tuple[str, str] | None, interview: bool) -> list[CountryMention]:
    """ "Our" and "your" in a quote told to another country's official: by its teller and the one
    told when the attribution names both, else (outside an interview) by the pair's other side."""
    # Each reader reads a quote: a text with no opening quotation mark (most) is passed at once.
    if '"' not in text and "“" not in text:
        return []
    if interview:
        return quoted_owners(text, mentions)
    return (
        quoted_owners(text, mentions, pair)
        or met_then_quoted(text, mentions)
        or quoted_deictics(text, mentions, pair)
        or said_by_side(text, mentions, pair)
    )


def _named_within(mentions: list[CountryMention], start: int, end: int) -> str | None:
    """The first country named between two offsets: a teller's, or the one told."""
    return next((c.code for c in mentions if c.code and start <= c.start < end), None)


def _owners_at(quote: str, at: int, teller: str | None, told_to: str | None) -> list[CountryMention]:
    """ "Our" and "your" in a quote that starts at `at` in the text: the teller's and the told one's."""
    return [replace(c, start=c.start + at, end=c.end + at) for c in deictic_owners(quote, teller, told_to)]


def _quote_address(key: str) -> list[str]:
    """One list of `[quote_address]` of rules/discourse.toml (its patterns are compiled once each)."""
    return list(rules_file("discourse.toml")["quote_address"][key])
