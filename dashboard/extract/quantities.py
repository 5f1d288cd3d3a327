"""Find the amounts of money, percentages and multiples in a text, with their offsets."""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from dashboard.contract.records import quick_init
from dashboard.extract.gates import holds_any
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.numbers import NUMBER_WORDS, parse_number
from dashboard.extract.pattern_shape import first_char_checked_compiled
from dashboard.extract.rule_patterns import WORD_NUMBERS

_NUM = r"(?<![\d.,])\d(?:[\d.,\u00a0\u202f\u2009]*\d)?"
_WORDS = "|".join(NUMBER_WORDS)
# Each with a look-ahead of the characters its matches start with: the optional sign and the
# look-behinds at their heads made the engine try every position; the check skips most in C.
_PERCENT = first_char_checked_compiled(
    # (a number in words before the word: "a decrease of three percent", "by five per cent"; the
    # British press's "15pc", in small letters only: "PC" is a computer)
    rf"(?:(?<![\w)])(?P<sign>[-−+]|plus\s?|minus\s?)(?=\d))?(?P<n>{_NUM}|(?<![\w-])(?:{_WORDS})(?=\s(?:percent|per\scent)\b))\s?-?(?P<u>%|percent(?:age\spoints?|s)?\b|per\scent\b|pct\b|(?-i:pc)\b|p\.p\.|pp\b)",
    re.IGNORECASE,
)
_TIMES = first_char_checked_compiled(
    rf"(?<![\w.])(?P<n>{_NUM}|{_WORDS})\s?-?\s?(?:times|fold)\b"
    # (a headline's present tense: "Georgia-Turkey trade doubles in 2023", not the idiom "doubles down")
    r"|\b(?P<w>twofold|threefold|fourfold|fivefold|tenfold|twice|doubled|doubling|tripled|tripling|quadrupled|(?:doubles|triples|quadruples)(?!\sdown\b))\b"
    # "to double", "could double", and a multiple of an earlier figure: "nearly double the figure of
    # 2011", "almost triple last year's figure" (not "the 2018 level": its year is a base's, no time of the change)
    # ... and a plural flow's present tense in a headline: "Georgia's exports to Italy triple in 2022"
    r"|(?:\b(?:to|will|could|would|may|might|can|should)\s|\b(?:exports|imports|investments|inflows)(?:\s[\w'’-]+){0,3}?\s(?=(?:double|triple|quadruple)\s(?:in|over|since|year-on-year)\b)|\b(?=(?:double|triple|quadruple)\s(?:(?:the|its|that|this)\s(?:(?:same|annual|total)\s)?|last\syear['’]s\s)(?:figure|level|amount|volume|value|result|total)\b))"
    r"(?P<v>double|triple|quadruple)\b"
    # "one and a half times", "two and a half times": a whole multiple and a half, in words
    r"|\b(?P<h>one|two|three|four)\sand\sa\shalf\s(?:times|fold)\b"
    # the multiple as a factor: "grew by a factor of two", "increased by a factor of 2.5"
    rf"|\bby\sa\sfactor\sof\s(?P<f>{_NUM}|{_WORDS})\b",
    re.IGNORECASE,
)
# A fraction as a change's rate: "fell by half", "grew by a third", "dropped by about a quarter",
# "halved". The verb gives its sign ("halved" has its own); a fraction is a rounded rate.
_FRACTION = first_char_checked_compiled(
    r"\bby\s(?:(?:about|almost|nearly|roughly|more\sthan|less\sthan|over|some)\s)?(?:a\s|one\s)?(?P<f>half|third|quarter|fifth)\b(?!\s(?:of|a|an|the)\b)"
    r"|\b(?P<halved>halved|halving)\b",
    re.IGNORECASE,
)
_FRACTIONS = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0}
# A number in exponent form ("1.7976931348623157e308", "1e400"): news never writes an amount
# so, and its mantissa or its exponent alone is not the amount. Tested beside each number read.
_EXPONENT_AFTER = re.compile(r"[eE][-+\u2212]?\d")
_EXPONENT_BEFORE = re.compile(r"\d[eE][-+\u2212]?$")
# Each run of digits and separators is tried from its start only, and read once (possessive):
# a try from each digit of "1,,1,,1,," would make the search quadratic. It opens with \d, which
# the regex engine scans for in C, so text without digits costs next to nothing.
_UNREAD = re.compile(
    r"\d(?:(?<![\d.,]\d)[\d.,]*+(?<=\d)[eE][-+\u2212]?\d+"
    r"|(?<![\d.,\u00a0\u202f\u2009]\d)(?:[.,\u00a0\u202f\u2009]?\d){15}[\d.,\u00a0\u202f\u2009]*+)"
)
_SCALE_JUNK = re.compile(r"[\s\-.]")  # "\u00a0billion", "-bn", "bln." -> the scale word
_TIMES_WORDS = ("time", "fold", "factor", "twice", "doubl", "tripl", "quadrupl")
_FOLD_WORDS = {
    "twofold": 2.0, "threefold": 3.0, "fourfold": 4.0, "fivefold": 5.0, "tenfold": 10.0,
    "twice": 2.0, "doubled": 2.0, "doubling": 2.0, "tripled": 3.0, "tripling": 3.0, "quadrupled": 4.0, "double": 2.0,
    "triple": 3.0, "quadruple": 4.0, "doubles": 2.0, "triples": 3.0, "quadruples": 4.0,
}  # fmt: skip


@quick_init
@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    kind: str  # money | percent | times
    value: float  # whole currency units, signed percent (sign added later), or the multiple
    unit: str  # ISO 4217, "percent" or "times"; "MANAT" until the article says whose
    sign: int = 0  # printed with a sign glued to it: "-8.6%" is -1, "(+12%)" is +1
    growth_word: bool = False  # "doubled", "twofold": a growth rate by itself
    rounded: bool = False  # a fraction in words ("by a third"): an approximate rate


def in_exponent_form(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is the mantissa or the exponent of one in exponent form.

    >>> t = "$1.79e308 billion"
    >>> in_exponent_form(t, 1, 5), in_exponent_form(t, 6, 9), in_exponent_form("2e 5", 0, 1)
    (True, True, False)
    """
    return bool(_EXPONENT_AFTER.match(text, end) or _EXPONENT_BEFORE.search(text[max(0, start - 3) : start]))


def unread_numbers(text: str) -> Iterator[tuple[int, str, str]]:
    """Numbers no amount is read from: (offset, the number, why), for the build to say so.

    >>> list(unread_numbers("up by 1e400% to $12,345,678,901,234,567 on 2.5E-3"))
    [(6, '1e400', 'in exponent form'), (17, '12,345,678,901,234,567', 'over 15 significant digits'), (43, '2.5E-3', 'in exponent form')]
    """
    for m in _UNREAD.finditer(text):
        raw = m.group().rstrip(".,\u00a0\u202f\u2009")
        yield m.start(), raw, "in exponent form" if "e" in raw.lower() else "over 15 significant digits"


_YEAR = re.compile(r"(?:19[89]\d|20[0-4]\d)")
_NUMBER_NEXT = re.compile(r"\s?\d")


# A continental thousands dot in an amount with no scale word: "957.400 USD", "EUR 12.500" (a
# sum of money told to the tenth of a cent is no figure news prints).
_DOT_GROUPED = re.compile(r"[1-9]\d{0,2}\.\d{3}")


# A sentence that writes its rates with a decimal comma ("rose by 16,91 percent") writes its
# scaled amounts so too: its "$88,849 million" is 88.849 million, not 88.8 billion.
_DECIMAL_COMMA_RATE = re.compile(r"(?<![\d,.])\d{1,3},(?:\d{1,2}|\d{4,})\s?(?:%|percent|per\scent)", re.I)
_COMMA_GROUP = re.compile(r"\d{1,3},\d{3}")
# English names a thousand billion a trillion, so one digit grouped before "billion" ("$2,415
# billion", "$ 1,070 bln") is a translation's decimal comma: 2.415 billion, never 2.4 trillion.
# So are two or three digits in dollars, euros or pounds ("$31,208 billion"): no flow of this
# region's trade is tens of trillions of them, where "42,000 billion soums" may well be.
_COMMA_BEFORE_BILLION = re.compile(r"[1-9],\d{3}")
_WIDE_COMMA_BEFORE_BILLION = re.compile(r"[1-9]\d{1,2},\d{3}")
_HARD_CURRENCIES = frozenset({"USD", "EUR", "GBP"})


def find_money(text: str, lex: Lexicon) -> Iterator[Quantity]:
    """Amounts with a currency: "$228.1 million", "USD 1.7 bn", "1.5 trillion tenge"."""
    if not lex.currency_gate.search(text):
        return
    pos = 0
    while (m := lex.money.search(text, pos)) is not None:
        pos = m.end()
        n1, s1, n2, s2, n3, s3 = m.group("n1", "s1", "n2", "s2", "n3", "s3")
        if n2 and not s2 and _YEAR.fullmatch(n2) and _NUMBER_NEXT.match(text, m.end()):
            # "In January-June 2012 USD 84 mln": the year closes a time, the code opens the
            # amount after it; read again from the code.
            pos = m.end("n2")
            continue
        raw, scale = (n1, s1) if n1 else (n2, s2) if n2 else (n3, s3)
        if scale and _COMMA_GROUP.fullmatch(raw) and _DECIMAL_COMMA_RATE.search(text):
            raw = raw.replace(",", ".")  # "by 16,91 percent to $88,849 million": 88.849 million
        # One currency group of the alternation matched; asking each in turn stops early
        # (the common ones come first) where a dict of all groups was built per amount.
        code = next(code for group, code in lex.currency_codes.items() if m.start(group) >= 0)
        if scale and _decimal_comma_billion(raw, code) and lex.scales[_scale_word(scale)] == 1e9:
            raw = raw.replace(",", ".")
        number = parse_number(raw.replace(".", "") if not scale and _DOT_GROUPED.fullmatch(raw) else raw)
        if number is None or in_exponent_form(text, *m.span("n1" if n1 else "n2" if n2 else "n3")):
            continue
        multiplier = lex.scales[_scale_word(scale)] if scale else 1.0
        # Rounded to the cent: 4.1 x 1e9 is 4099999999.9999995 in binary floating point, which a
        # CSV would print and which would not equal the same figure written "$4,100 million".
        yield Quantity(m.start(), m.end(), "money", round(number * multiplier, 2), code)


def _decimal_comma_billion(raw: str, code: str) -> bool:
    return _COMMA_BEFORE_BILLION.fullmatch(raw) is not None or (
        code in _HARD_CURRENCIES and _WIDE_COMMA_BEFORE_BILLION.fullmatch(raw) is not None
    )


@functools.lru_cache(maxsize=256)
def _scale_word(scale: str) -> str:
    """ "\u00a0billion", "-bn", "bln." -> the scale word, as `scales` keys it."""
    return _SCALE_JUNK.sub("", scale).lower()


# Opened with the digit every match starts with: a pattern that opens with a look-behind is
# tried at every position, the look-ahead of a class is skipped over in C.
_BARE = re.compile(
    rf"(?=\d)(?<![-–])(?P<n>{_NUM})\s?(?P<s>trillion|billion|million|thousand|trln|bln|mln|bn|mn)\b"
    # (a part after another with its currency: "..., of which $534.6 m fell to Georgia and 318.2 million to Turkey")
    r"(?=\s?(?:$|[.,;:)]|and\b|in\b|during\b|for\b|last\b|this\b|compared\b|while\b|against\b|(?:to|from|into)\s(?:the\s)?(?-i:[A-Z])))",
    re.IGNORECASE,
)
# A word every scale of _BARE holds, lower-cased: plain ASCII text without one has no match.
_BARE_WORDS = ("illion", "thousand", "trln", "bln", "mln", "bn", "mn")


def _may_hold_bare(text: str) -> bool:
    """Whether `text` may hold a _BARE match. Its search tries every position of the text, and
    most sentences with a digit hold no scale word ("delivery times by 457 days")."""
    return not text.isascii() or holds_any(text.lower(), _BARE_WORDS)


def find_elliptical_money(text: str, money: list[Quantity], lex: Lexicon) -> Iterator[Quantity]:
    """ "$1.1 billion in 2022, in 2023 - 0.9 billion": a scaled number after an amount, with no
    currency of its own, is in the currency of the amount before it."""
    if not money or not _may_hold_bare(text):
        return
    # The amounts come in order and never overlap: bisection finds the one at or before a
    # match (a scan of all of them per match was quadratic in a sentence of many amounts).
    starts = [q.start for q in money]
    ends = [q.end for q in money]
    for m in _BARE.finditer(text, money[0].end):
        at = m.start()
        i = bisect_right(starts, at) - 1
        if i >= 0 and at < money[i].end:
            continue
        number = parse_number(m.group("n"))
        if number is None or in_exponent_form(text, *m.span("n")):
            continue
        before = money[bisect_right(ends, at) - 1]  # the match starts past the first amount's end
        yield Quantity(at, m.end(), "money", number * lex.scales[m.group("s").lower()], before.unit)


# "85 and 54 million dollars", "$85 and $54 million", "1.2, 0.8 and 0.5 billion US dollars": a
# number (or a currency sign and a number) joined by a comma, "and" or "or" to an amount with a
# scale shares its scale and currency; one with a scale of its own shares the currency ("58.2
# billion and 258.6 billion drams"); "between 85 and 100 million" is a range, one figure.
_SCALES = r"(?:trillion|billion|million|thousand|trln|bln|mln|bn|mn)\b"
_SHARED_SCALE = first_char_checked_compiled(
    rf"(?<![\w.,%-])(?<!between\s)(?<!from\s)(?P<sign>[$€£¥]\s?)?(?P<n>{_NUM})(?:\s?(?P<own>{_SCALES}))?"
    rf"(?=(?:,\s?[$€£¥]?\s?{_NUM}(?:\s?{_SCALES})?)*,?\s(?:and|or)\s[$€£¥]?\s?{_NUM}\s?{_SCALES})",
    re.IGNORECASE,
)
_SCALE_IN = re.compile(r"\d\s?(?P<s>trillion|billion|million|thousand|trln|bln|mln|bn|mn)\b", re.I)
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
_RUN_TO_LAST = re.compile(rf"(?:,\s?[$€£¥]?\s?{_NUM}(?:\s?{_SCALES})?)*,?\s(?:and|or)\s")


# What a run's join to its last amount holds, with the pattern's flags: "and" or "or", then a
# number. Asked first: the pattern, tried at every number of a sentence, cost 11 µs of one with
# an amount and an "and" (which 6 in 100 of them join to a number), this 3 µs.
_JOINED_NUMBER = re.compile(r"\s(?:and|or)\s[$€£¥]?\s?\d", re.IGNORECASE)


def find_shared_scale_money(text: str, money: list[Quantity], lex: Lexicon) -> Iterator[Quantity]:
    """The numbers of a run that the run's last amount gives its scale and currency to; an
    unscaled "$85" read on its own is read again, with the scale."""
    if not money or (" and " not in text and " or " not in text) or _JOINED_NUMBER.search(text) is None:
        return
    starts = {q.start: q for q in money}
    for m in _SHARED_SCALE.finditer(text):
        if _YEAR.fullmatch(m.group("n")) or (m.group("sign") and not m.group("own") and _GROUPED.fullmatch(m.group("n"))):
            continue  # "$850,000 and $45 million": a sum written out in full takes no scale
        run = _RUN_TO_LAST.match(text, m.end())
        last = None if run is None else next((q for q in money if run.end() <= q.start <= run.end() + 1), None)
        if last is None or not _SCALE_IN.search(text, last.start, last.end):
            continue
        number = parse_number(m.group("n"))
        if last is None or number is None:
            continue
        own = starts.get(m.start())
        if own is not None and _SCALE_IN.search(text, own.start, own.end):
            continue  # "$1.2 billion and $0.8 billion": scaled already
        scale = _SCALE_IN.search(text, last.start, last.end)
        assert scale is not None
        word = m.group("own") or scale.group("s")
        yield Quantity(m.start(), m.end(), "money", round(number * lex.scales[_scale_word(word)], 2), last.unit)


# A verb or copula that states the amount of the flow named before it: "the turnover is 404
# million", "trade was 36.2 million in 1994", "exports amounted to about 300 million".
_STATES_AMOUNT = re.compile(
    r"\b(?:amounted\sto|amounts\sto|totall?ed|totals|reached|made(?:\sup)?|stood\sat|was|is|were|are)\s"
    r"(?:(?:about|around|nearly|almost|over|some|more\sthan|approximately)\s)?$",
    re.IGNORECASE,
)
# A list's label before its amount ("the largest investors: Switzerland — 25.8 billion, France
# — 16.1 billion") and a share's amount said again ("15% of foreign investment, or 48.4 billion").
_LABELS_AMOUNT = re.compile(r"(?:\b(?-i:[A-Z])[\w'’-]+\s?[—–:]|(?:%|percent|per\scent)(?:\s[\w'’-]+){0,5},?\sor)\s?$", re.IGNORECASE)


def find_currencyless_money(text: str, carried: str, lex: Lexicon) -> Iterator[Quantity]:
    """ "Trade turnover between our countries is 404 million": a scaled number with no currency,
    stated as the amount of a flow named before it in the sentence, is in the currency the
    article's amounts were in (`carried`); a sentence with a currency of its own never is."""
    if not _may_hold_bare(text):
        return
    for m in _BARE.finditer(text):
        at = m.start()
        labelled = _LABELS_AMOUNT.search(text, max(0, at - 40), at) is not None
        if not (labelled or _STATES_AMOUNT.search(text, max(0, at - 40), at)):
            continue
        # (a list of a ranking's members names its flow by the ranking's noun: "Main buyers: ...")
        if lex.triggers.search(text, 0, at) is None and not (labelled and lex.ranking_after.search(text, 0, at)):
            continue
        number = parse_number(m.group("n"))
        if number is None or in_exponent_form(text, *m.span("n")):
            continue
        yield Quantity(at, m.end(), "money", number * lex.scales[m.group("s").lower()], carried)


# "rising by 17 and 29 percent, respectively" (a translation's "percents" too): a bare number joined by "and" (or a comma) to
# a percentage shares its sign; "between 3 and 5 percent" is a range, one figure, not two.
_SHARED_PERCENT = re.compile(
    rf"(?<![\w.,$€£¥%-])(?<!between\s)(?P<n>{_NUM})(?=(?:,\s?{_NUM})*,?\sand\s{_NUM}\s?(?:%|percents?\b|per\scent\b))",
    re.IGNORECASE,
)


# The same for a shared percent ("21 and 24 percent"): its "and" before a number, first.
_AND_NUMBER = re.compile(r"\sand\s\d", re.IGNORECASE)


def _shared_percent(text: str) -> Iterator[Quantity]:
    if _AND_NUMBER.search(text) is None:
        return
    for m in _SHARED_PERCENT.finditer(text):
        number = parse_number(m.group("n"))
        if number is not None and not _YEAR.fullmatch(m.group("n")):
            yield Quantity(m.start(), m.end(), "percent", number, "percent")


# A bracket after a change in points holds the share it changed, no growth rate.
_POINTS_ASIDE = re.compile(r"(?:percentage\spoints?|p\.p\.|pp)\b[^()%]{0,40}\(\s?$", re.I)


def find_rates(text: str) -> Iterator[Quantity]:
    """Percentages ("12.5%", "41 percent") and multiples ("2.3 times", "four times", "doubled").

    Percentage points are a change in a share, never a growth rate: they are not returned.
    """
    # Substring tests are far cheaper than a regex scan, and most sentences fail them. Only a
    # percentage of "%", "percent", "per cent" or "pct" is returned ("p.p." and "pp" are points;
    # a shared percent needs one of the first three): "per" let "cooperation" and "experts" in.
    low = text.lower()
    percents = _PERCENT.finditer(text) if ("%" in low or "cent" in low or "pc" in low) else ()
    multiples = _TIMES.finditer(text) if holds_any(low, _TIMES_WORDS) else ()
    for m in percents:
        unit = m.group("u").lower()
        if "point" in unit or unit in ("p.p.", "pp"):
            continue
        if "(" in text and _POINTS_ASIDE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "fell by 0.5 percentage points (8.2 percent a year ago)": the share's level, no rate
        number = parse_number(m.group("n"))
        if number is not None and not in_exponent_form(text, *m.span("n")):
            # ("(plus10.8%)", "minus 6.8%": a release's sign in words)
            sign = {"+": 1, "-": -1, "−": -1, "plus": 1, "minus": -1}.get((m.group("sign") or "").strip().lower(), 0)
            yield Quantity(m.start("sign") if sign else m.start("n"), m.end(), "percent", number, "percent", sign)
    if percents:
        yield from _shared_percent(text)
    if "half" in low or "halv" in low or "third" in low or "quarter" in low or "fifth" in low:
        yield from _fractions(text)
    for m in multiples:
        if m.group("h"):
            yield Quantity(m.start(), m.end(), "times", float(NUMBER_WORDS[m.group("h").lower()]) + 0.5, "times")
            continue
        word = m.group("w") or m.group("v")
        if word:
            start = m.start("w") if m.group("w") else m.start("v")
            yield Quantity(start, m.end(), "times", _FOLD_WORDS[word.lower()], "times", growth_word=True)
            continue
        digits = "n" if m.group("n") else "f"
        number = parse_number(m.group(digits))
        if number is not None and number > 1 and not in_exponent_form(text, *m.span(digits)):
            yield Quantity(m.start(), m.end(), "times", number, "times")


def _fractions(text: str) -> Iterator[Quantity]:
    """Rates told as fractions ("fell by a third": 33.3 percent; "halved": -50 percent)."""
    for m in _FRACTION.finditer(text):
        if m.group("halved"):
            yield Quantity(m.start(), m.end(), "percent", 50.0, "percent", -1, rounded=True)
        else:
            yield Quantity(m.start("f"), m.end(), "percent", round(_FRACTIONS[m.group("f").lower()], 1), "percent", rounded=True)


# What every match of the worded pattern holds: its number word's last letter (each ends in
# one), a space (or the hyphen of "half-a-billion"), the scale; with its flags, so it lets
# through all the pattern may match.
_WORDED_SCALE = re.compile(r"[a-z](?:\s|(?<=-a)-)(?:trillion|billion|milliard|million)", re.I)
_WORD_SCALES = {"trillion": 1e12, "billion": 1e9, "milliard": 1e9, "million": 1e6, "thousand": 1e3}


def find_worded_money(text: str, lex: Lexicon) -> Iterator[Quantity]:
    """ "one billion US dollars", "half a billion euros", "ONE BILLION 80 MILLION TOGROGS": an
    amount whose number is written in words."""
    if "illi" not in text and "ILLI" not in text:
        return  # no scale word: nothing to read (most sentences)
    # Most sentences with a scale write its number in digits ("$5 million"): the worded pattern,
    # tried at each word, cost 40 µs of such a sentence; its number word's last letter and a
    # space before the scale, or a "-dollar" mark, are found for a tenth of that.
    words = _WORDED_SCALE.search(text) is not None
    for m in lex.worded_money.finditer(text) if words else ():
        number = WORD_NUMBERS[" ".join(m.group("w").lower().split())]
        if m.group("hundreds"):  # "two hundred and fifty million": the hundreds and the rest
            number += WORD_NUMBERS[" ".join(m.group("hundreds").lower().split())]
        value = number * _WORD_SCALES[m.group("scale").lower()]
        if m.group("half"):  # "a billion and a half", "two million and a half": half a scale more
            value += 0.5 * _WORD_SCALES[m.group("scale").lower()]
        if m.group("more"):
            value += int(m.group("more")) * _WORD_SCALES[m.group("more_scale").lower()]
        code = next(name for name, found in m.groupdict().items() if found and name.isupper())
        yield Quantity(m.start(), m.end(), "money", round(value, 2), code)
    for m in _DOLLAR_MARK.finditer(text) if "-dollar" in text.lower() else ():
        share = {"half": 0.5, "quarter": 0.25}.get((m.group("w") or "").lower()) or float(NUMBER_WORDS.get((m.group("w") or "one").lower(), 1))
        yield Quantity(m.start(), m.end(), "money", share * _WORD_SCALES[m.group("scale").lower()], "USD")


# A round sum named as a mark a flow passes: "exceeded the half-billion-dollar mark", "crossed
# the billion-dollar threshold", "the two-billion-dollar milestone".
_DOLLAR_MARK = re.compile(
    rf"\b(?:(?P<w>half|quarter|{_WORDS})-)?(?P<scale>trillion|billion|million)-dollar\s(?:mark|threshold|milestone|barrier|line)\b", re.I
)
