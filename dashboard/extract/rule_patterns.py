"""How the rules' word lists become patterns: alternations longest first, whole-word patterns,
the money pattern (currency signs, words and codes with their scales), and the index of country
words (pycountry's names with those of `rules/countries.toml`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from re import Pattern

import pycountry

from dashboard.extract.pattern_shape import first_char_checked_compiled


@dataclass(frozen=True)
class CountryWord:
    text: str  # as written, with its capitals
    code: str  # ISO 3166 alpha-3, or EUU
    adjective: bool  # "Japanese" (modifies a noun) rather than "Japan"
    agency: bool = False  # "JICA", "USAID": lends, grants or invests on its country's behalf
    capital: bool = False  # "Washington": its government as an actor, but also a city (a place)


@dataclass(frozen=True)
class WordsFrom:
    """The country words that begin with one run of letters, longest first: "Republic" begins
    "Republic of Korea" and some hundred more, "Export" every "Export-Import Bank of ...".

    `longest_at` is the first of them, in that order, written at a place and not followed by a
    word character: of the words of one length only the one written there can be, so it is
    looked up by the text of each length in turn. The agencies' forms (`agency_forms`) gave
    every country's name and adjective a handful of longer words and "Export" or "Republic"
    hundreds (of 47 and 44 lengths), which a loop of `startswith` tried one by one.
    """

    words: tuple[CountryWord, ...]
    by_text: dict[str, CountryWord] = field(init=False)
    lengths: tuple[int, ...] = field(init=False)  # of the words, each once, longest first

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_text", {w.text: w for w in self.words})
        object.__setattr__(self, "lengths", tuple(sorted({len(w.text) for w in self.words}, reverse=True)))

    def longest_at(self, text: str, start: int) -> CountryWord | None:
        by_text = self.by_text
        for n in self.lengths:
            end = start + n
            word = by_text.get(text[start:end])
            if word is None:
                continue
            if end < len(text) and (text[end].isalnum() or text[end] == "_"):
                continue
            return word
        return None


def alternation(patterns: list[str]) -> str:
    # Longer fragments first: Python's alternation takes the first branch that matches.
    return "|".join(sorted(patterns, key=len, reverse=True))


def word_pattern(patterns: list[str], flags: int = re.IGNORECASE) -> Pattern[str]:
    return first_char_checked_compiled(rf"(?=[A-Za-z])(?<![\w$€£¥])(?:{alternation(patterns)})(?![\w])", flags)


def _first_key(word: str) -> str:
    m = re.match(r"[^\W\d_]+", word)
    return m.group(0) if m else word


def _pycountry_names() -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(c, attr, None)
            # "Korea, Republic of" is an index form, never written in prose.
            if name and "," not in name:
                names.setdefault(c.alpha_3, []).append(name)
    return names


def _agency_names(rules: dict[str, dict[str, list[str]]], names: dict[str, list[str]]) -> list[CountryWord]:
    """ "the Export-Import Bank of India", "Hungarian Eximbank": a national lender or agency named
    after its country, for every country's `names` and adjectives (`agency_forms`)."""
    words: list[CountryWord] = []
    for form in rules["agency_forms"]["forms"]:
        table = rules["adjectives"] if "{adjective}" in form else names
        for code, written in table.items():
            words += [CountryWord(form.format(name=w, adjective=w), code, False, agency=True) for w in written]
    return words


def country_word_index(rules: dict[str, dict[str, list[str]]]) -> dict[str, WordsFrom]:
    words: list[CountryWord] = []
    # Every country's names: pycountry's, then those of `rules/countries.toml`.
    all_names = _pycountry_names()
    for code, names in rules["names"].items():
        all_names.setdefault(code, []).extend(names)
    for code, names in all_names.items():
        words += [CountryWord(n, code, False) for n in names]
    for code, names in rules["capitals"].items():
        words += [CountryWord(n, code, False, capital=True) for n in names]
    for code, names in rules["agencies"].items():
        words += [CountryWord(n, code, False, agency=True) for n in names]
    words += _agency_names(rules, all_names)
    for code, names in rules["adjectives"].items():
        words += [CountryWord(n, code, True) for n in names]
    index: dict[str, list[CountryWord]] = {}
    seen: set[str] = set()
    for w in words:
        if w.text in seen:
            continue
        seen.add(w.text)
        index.setdefault(_first_key(w.text), []).append(w)
    return {k: WordsFrom(tuple(sorted(v, key=lambda w: len(w.text), reverse=True))) for k, v in index.items()}


# "14 082 176.75": digit groups of three separated by plain spaces, as statistics offices print them;
# wires copying those tables often keep only the last space, "14082 176.75 thousand USD": a run of
# four to six digits, a space and three with decimals (a year's four digits are no such run, "in
# 2019 150.5 million" is the year and the amount).
NUMBER = (
    r"(?<![\d.,])(?<!\d\s)(?:\d{1,3}(?:\s\d{3})+(?:[.,]\d+)?(?![\d])"
    r"|(?!(?:19|20)\d\d\s)\d{4,6}\s\d{3}[.,]\d+(?![\d])|\d(?:[\d.,\u00a0\u202f\u2009]*\d)?)"
)


def money_pattern(currency: dict[str, list[str]], scale: dict[str, list[str]]) -> tuple[str, dict[str, str]]:
    groups: dict[str, str] = {}
    before, after, signs_after = [], [], []
    for i, (code, forms) in enumerate(currency.items()):
        # A word in brackets stands for a sign the copy could not print: "(dollar)519.2 million".
        bracketed = [f for f in forms if f.startswith("\\(")]
        signs = [f for f in forms if not re.search(r"[a-z]", f)] + bracketed  # $, €, USD, RMB
        # Words (dollars, manat) and codes (USD, AZN) may follow the number: "2.5 bln USD".
        words = [f for f in forms if re.search(r"[a-zA-Z]", f) and f not in bracketed]
        if signs:
            groups[f"cb{i}"] = code
            before.append(f"(?P<cb{i}>{alternation(signs)})")
            # A sign alone after a scaled number, as translations write it: "3.2 billion $".
            symbols = [f for f in signs if not re.search(r"[A-Za-z]", f)]
            if symbols:
                groups[f"cs{i}"] = code
                signs_after.append(f"(?P<cs{i}>{alternation(symbols)})")
        if words:
            groups[f"ca{i}"] = code
            after.append(f"(?P<ca{i}>{alternation(words)})")
    glued = [w for ws in scale.values() for w in ws if len(w) <= 2]
    spaced = [w for ws in scale.values() for w in ws if len(w) > 2 or w in ("bn", "mn", "tn")]
    sc = rf"(?:\s?(?:{alternation(spaced)})|(?:{alternation(glued)}))(?![^\W\d_])"
    # After a currency sign the scale may be hyphenated or spaced off, letters included:
    # "$16-million grant", "€10 m", "$5-bn loan"; the sign already says it is money.
    sc_signed = rf"(?:[\s-]?(?:{alternation(spaced)})|\s?-?(?:{alternation(glued)}))(?![^\W\d_])"
    num = NUMBER
    # The lookaheads reject most positions on their first character, which keeps long
    # stretches of digits or symbols cheap to scan (the region's own signs among them: "₸450
    # billion", "֏1.2 billion").
    prefix = rf"(?=[$€£¥₼₸₮₽₺₾֏A-Z(])(?:{'|'.join(before)})\s?(?P<n1>{num})(?P<s1>{sc_signed})?"
    # "1.2 bln. dollars": an abbreviation's dot, only where a currency word follows.
    suffix = rf"(?=\d)(?P<n2>{num})(?P<s2>\s?-?{sc})?\.?\s(?:of\s)?(?:{'|'.join(after)})(?![^\W\d_])"
    # A sign glued after the number: "2.4 bn USD", "500 mln AZN".
    # A symbol after a scaled number, never before another number: "3.2 billion $", not "2019 $3 bn".
    sign_after = rf"(?=\d)(?P<n3>{num})(?P<s3>\s?-?{sc})\s?(?:{'|'.join(signs_after)})(?!\s?\d)"
    return rf"(?:{prefix})|(?:{suffix})|(?:{sign_after})", groups


# Numbers written as words before a scale: "one billion", "a billion", "half a billion", "a
# quarter of a billion", "one and a half billion", "a hundred million", "twenty billion".
WORD_NUMBERS = {
    "a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0,
    "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0, "half a": 0.5, "a quarter of a": 0.25,
    "one and a half": 1.5, "two and a half": 2.5, "three and a half": 3.5, "eleven": 11.0, "twelve": 12.0,
    "fifteen": 15.0, "twenty": 20.0, "thirty": 30.0, "forty": 40.0, "fifty": 50.0, "a hundred": 100.0,
    "one hundred": 100.0, "two hundred": 200.0, "three hundred": 300.0, "five hundred": 500.0,
    # "three quarters of a billion" (else its "a billion" is read alone, at the full billion), "a
    # half billion", and the hyphenated "one-and-a-half billion"
    "three quarters of a": 0.75, "three-quarters of a": 0.75, "a half": 0.5, "a quarter": 0.25,
    "one-and-a-half": 1.5, "two-and-a-half": 2.5, "three-and-a-half": 3.5,
    # hyphened to its scale as well: "half-a-billion dollars", "a quarter-of-a-billion dollars"
    "half-a": 0.5, "quarter-of-a": 0.25, "a quarter-of-a": 0.25,
    # the teens a speech spells out: "eighteen million dollars"
    "thirteen": 13.0, "fourteen": 14.0, "sixteen": 16.0, "seventeen": 17.0, "eighteen": 18.0, "nineteen": 19.0,
}  # fmt: skip
# The tens, with a unit hyphenated ("twenty-five million dollars") or spaced, and the hundreds
# ("nine hundred million"): numbers as a speech or a wire spells them out.
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
WORD_NUMBERS.update({tens: float(v) for tens, v in _TENS.items()})
WORD_NUMBERS.update({f"{tens}{sep}{unit}": float(v + u) for tens, v in _TENS.items() for u, unit in enumerate(_UNITS, 1) for sep in ("-", " ")})
WORD_NUMBERS.update({f"{unit} hundred": 100.0 * u for u, unit in enumerate(_UNITS, 1)})


def worded_money_pattern(currency: dict[str, list[str]]) -> str:
    """ "one billion US dollars", "half a billion euros", "one billion 80 million togrogs", a
    translation's "four milliard dollars": a number in words, its scale and a currency word after
    it (each currency a group named by its code)."""
    words = alternation([w.replace(" ", "\\s") for w in WORD_NUMBERS])
    # (a bracketed word is a sign before the number, never a word after it)
    worded = {code: [f for f in forms if re.search(r"[a-z]", f) and not f.startswith("\\(")] for code, forms in currency.items()}
    currencies = "|".join(f"(?P<{code}>{alternation(forms)})" for code, forms in worded.items() if forms)
    hundreds = alternation([w.replace(" ", "\\s") for w in WORD_NUMBERS if w.endswith(" hundred")])
    return (
        # ("a billion and a half dollars": the half of the scale after it; "a hundred and twenty
        # million", "two hundred fifty million": the hundreds before the rest, read with it, where
        # the rest alone was read; never the words after a spoken decimal point: "one point two
        # billion" is no two billion)
        rf"(?<!\bpoint\s)\b(?:(?P<hundreds>{hundreds})\s(?:and\s)?)?(?P<w>{words})(?:\s|(?<=-a)-)(?P<scale>trillion|billion|milliard|million)(?P<half>\sand\sa\shalf)?(?:\s(?P<more>\d{{1,3}})\s(?P<more_scale>million|thousand))?"
        rf"\s(?:of\s)?(?:(?:US|U\.S\.)\s)?(?:{currencies})(?![^\W\d_])"
    )


def not_country_pattern(phrases: list[str], route_nouns: list[str]) -> Pattern[str]:
    """Names that begin with a country's word and name no country: the rules' phrases, and place
    names joined by hyphens before a route's noun ("the Baku-Tbilisi-Erzurum gas pipeline").

    The route starts only at a chain's first name, so a long chain is walked once. A match's
    first character is taken by a class, which the engine scans for in C (as `countries` does
    for a capitalised word: four times faster than trying each branch at every position); each
    branch then checks that character behind it, so the matches are those of the plain pattern
    `PHRASE|...|(?<![-–])(?<![-–]\\s)\\b[A-Z]...`.

    >>> p = not_country_pattern(["Central Asia"], ["pipelines?"])
    >>> [m.group() for m in p.finditer("Central Asia and the Baku-Tbilisi-Ceyhan pipeline, not Baku-Tbilisi")]
    ['Central Asia', 'Baku-Tbilisi-Ceyhan']
    """
    firsts = "".join(dict.fromkeys(re.escape(p[0]) for p in phrases))
    named = [rf"(?<={re.escape(p[0])}){re.escape(p[1:])}" for p in phrases]
    # At the second character: the first a capital with no word character, dash, or dash and
    # space before it.
    route = (
        rf"(?<=[A-Z])(?<![-–].)(?<![-–]\s.)(?<!\w.)[\w'’]*(?:\s?[-–]\s?[A-Za-z][\w'’]*)+"
        rf"(?=\s(?:[\w-]+\s){{0,2}}(?:{alternation(route_nouns)})\b)"
    )
    return re.compile(f"[A-Z{firsts}](?:{'|'.join([*named, route])})")


def trigger_pattern(groups: list[tuple[str, list[str]]]) -> Pattern[str]:
    """One named group per trigger, of its patterns, each a whole word or phrase."""
    branches = "|".join(f"(?P<{name}>{alternation(patterns)})" for name, patterns in groups)
    return first_char_checked_compiled(rf"(?=[A-Za-z])(?<![\w-])(?:{branches})(?![\w])", re.IGNORECASE)


# A character of a phrase that holds no amount: no sign, no number of thousands or more with its
# scale ("290 billion").


def ranked_complements(ranking: dict[str, list[str]]) -> str:
    """The complements of a ranking: its own, and those of a market or a source, which rank only
    after a rank word ("the main market for Uzbek fruit", never "the market of Kazakhstan")."""
    ranks = alternation(ranking["ranks"])
    ranked = rf"(?:{ranks})\s(?:[a-z\-]+\s){{0,2}}(?:{alternation(ranking['ranked_complement'])})"
    return alternation(ranking["complement"]) + "|" + ranked


# Not a scaled number nor a clause's end: the words of a lead-in before its amount.
NOT_AMOUNT = r"(?:(?!\d\s?(?:thousand|million|billion|trillion|mln|bln|bn|mn)\b)[^,.;:$€£%])"
# A bound that may stand between a lead-in and its amount: "accounted for about", "of which over".
LEAD_BOUND = r"(?:(?:about|around|almost|nearly|over|more\sthan|some)\s)?"
# A share told in an aside after an amount, before its flow: ", or 41.9% of the turnover".
# (or a bracketed rate and the whole it is a part of: "EUR 4 bn (plus 3.1%) of the overall
# turnover fell to the share of imports")
SHARE_ASIDE = r"(?:\s?\([^()]{0,20}\))?(?:,\s?or\s[^,;()]{0,40}?|\sof\s(?:the\s)?(?:total\s)?(?:[\w-]+\s){0,3}?(?:turnover|trade))?"
