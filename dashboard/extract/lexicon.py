"""The only reader of dashboard/rules/: compiles the country words and phrase lists, once."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from re import Pattern
from re import _constants as _sre_constants  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]

import pycountry

from dashboard.paths import RULES


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `words`: the substring test that gates a pattern."""
    # A plain loop: any() over a generator costs three times as much for a few short words.
    for w in words:
        if w in text:
            return True
    return False


@dataclass(frozen=True)
class CountryWord:
    text: str  # as written, with its capitals
    code: str  # ISO 3166 alpha-3, or EUU
    adjective: bool  # "Japanese" (modifies a noun) rather than "Japan"
    agency: bool = False  # "JICA", "USAID": lends, grants or invests on its country's behalf


@dataclass(frozen=True)
class Trigger:
    indicator: str
    lexeme: str  # turnover | export | import | invest | aid
    weak: bool = False  # a verb that names the flow only when no noun after the amount does


@dataclass(frozen=True)
class Gate:
    """A cheap test that a text may hold a match of `pattern`, made from the rules' fragments.

    Every match holds one of `words` (lower-case when the pattern ignores case), so a text of
    plain ASCII holding none of them is answered by substring tests, many times faster than a
    regular expression of many branches tried at every position. Any other text (where
    ignoring case matches more than lower-casing: "ſ" is "s", "K" is "k") may: the search the
    gate guards is cheaper than the pattern of all fragments, which tests only use. A yes may
    be wrong, a no never: it only gates the real search.
    """

    pattern: Pattern[str]
    words: tuple[str, ...] | None  # None: some fragment has no literal every match holds
    ignorecase: bool
    # Case kept, for any text: words every match holds whatever its characters ("€" too).
    any_words: tuple[str, ...] | None = None

    def search(self, text: str) -> bool:
        if text.isascii():
            words = self.words
            folded = text.lower() if self.ignorecase else text
        else:
            words, folded = self.any_words, text
        if words is None:
            return True
        for w in words:  # a plain loop: any() over a generator costs three times as much
            if w in folded:
                return True
        return False


@dataclass(frozen=True)
class Screen:
    """Exactly whether `pattern` matches somewhere in a text, quicker for plain ASCII text:
    one of `sure` there means it does, none of `words` (lower-case when the pattern ignores
    case) means it does not; the pattern decides the rest and any other text.
    """

    pattern: Pattern[str]
    words: tuple[str, ...]
    sure: tuple[str, ...] = ()
    # Read once: `flags & re.IGNORECASE` goes through the enum's operator on every call.
    ignorecase: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ignorecase", bool(self.pattern.flags & re.IGNORECASE))

    def search(self, text: str) -> bool:
        if text.isascii():
            for w in self.sure:
                if w in text:
                    return True
            folded = text.lower() if self.ignorecase else text
            for w in self.words:
                if w in folded:
                    break
            else:
                return False
        return self.pattern.search(text) is not None


def _gate(fragments: list[str], flags: int = 0) -> Gate:
    pattern = re.compile("|".join(f"(?:{f})" for f in fragments), flags)
    ignorecase = bool(flags & re.IGNORECASE)
    words = _gate_words([_literal_runs(f, ignorecase) for f in fragments], ignorecase)
    any_words = None if ignorecase else _gate_words([_literal_runs(f, False, ascii_text=False) for f in fragments], False)
    return Gate(pattern, words, ignorecase, any_words)


def _gate_words(found: list[list[str] | None], ignorecase: bool) -> tuple[str, ...] | None:
    runs = [r for r in found if r is not None]
    if not all(runs):
        return None
    fold = str.lower if ignorecase else str
    # One word per fragment, its longest run, unless a run of it holds a word already kept
    # ("Chinese yuan" holds "yuan"): fragments of one run first, so they are the ones kept.
    kept: set[str] = set()
    for r in sorted(runs, key=len):
        if not any(w in fold(run) for run in r for w in kept):
            kept.add(fold(max(r, key=len)))
    kept = {w for w in kept if not any(o != w and o in w for o in kept)}
    return tuple(sorted(kept, key=len))


def first_char_checked(pattern: Pattern[str]) -> Pattern[str]:
    """`pattern` with a look-ahead of the characters any match can start with, when those are
    plain letters, digits or signs: Python's engine tries a pattern that opens with a word
    boundary or an optional word at every position, but skips quickly over positions a
    character class at its head rules out. Same matches (tests compare them); the pattern as
    it is when its first character is not that simple to know, or is only a class like `\\d`,
    which the engine already tests quickly.

    >>> first_char_checked(re.compile(r"\\b(?:the\\s)?(?:first|second)\\shalf", re.I)).pattern
    '(?=[tfs])\\\\b(?:the\\\\s)?(?:first|second)\\\\shalf'
    >>> first_char_checked(re.compile(r"(?:a|b)?")).pattern  # may match nothing: unchanged
    '(?:a|b)?'
    """
    chars: list[str] = []
    if _first_chars(_sre_parser.parse(pattern.pattern, pattern.flags).data, chars) is not True:
        return pattern
    if all(ch in _CATEGORY_CLASSES.values() for ch in chars):
        return pattern  # "\\d" alone: the engine's own test of the head is as quick
    members = "".join(dict.fromkeys(chars))
    return re.compile(f"(?=[{members}])" + pattern.pattern, pattern.flags)


def longest_match(pattern: Pattern[str]) -> int | None:
    """The most characters a match of `pattern` can span, None when unbounded: a match that
    must hold a word found at index i can start no earlier than i minus this.

    >>> longest_match(re.compile(r"\\b(?:the\\s)?previous\\syear\\b")), longest_match(re.compile(r"\\d+"))
    (17, None)
    """
    most = _sre_parser.parse(pattern.pattern, pattern.flags).getwidth()[1]
    return None if most >= _sre_constants.MAXREPEAT else int(most)


_CATEGORY_CLASSES = {
    _sre_constants.CATEGORY_DIGIT: r"\d", _sre_constants.CATEGORY_SPACE: r"\s", _sre_constants.CATEGORY_WORD: r"\w",
}  # fmt: skip


def _first_chars(items: object, chars: list[str]) -> bool | None:
    """Add to `chars` (class members) the characters a match of the parsed `items` can start
    with: True when every match starts with one of them, False when a match may be empty,
    None when they cannot be listed simply."""
    c = _sre_constants
    for op, av in items:  # type: ignore[attr-defined]
        if op is c.LITERAL:
            chars.append(re.escape(chr(av)))
            return True
        if op is c.IN:
            for member, value in av:
                if member is c.LITERAL:
                    chars.append(re.escape(chr(value)))
                elif member is c.CATEGORY and value in _CATEGORY_CLASSES:
                    chars.append(_CATEGORY_CLASSES[value])
                else:
                    return None  # a range, a negation: not worth listing
            return True
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the next item takes the first character
        if op is c.SUBPATTERN:
            found = _first_chars(av[3], chars)
            if found is None or found:
                return found
            continue
        if op is c.BRANCH:
            results = [_first_chars(branch, chars) for branch in av[1]]
            if None in results:
                return None
            if all(results):
                return True
            continue
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _, item = av
            found = _first_chars(item, chars)
            if found is None or (found and low > 0):
                return found
            continue
        return None
    return False


def _literal_runs(fragment: str, ignorecase: bool, ascii_text: bool = True) -> list[str] | None:
    """The runs of plain characters every match of `fragment` holds in ASCII text ("[oö]" is
    "o" there; with `ascii_text` false, in any text: "[oö]" ends a run); empty when there are
    none to be sure of; None when it never matches ASCII text ("€", case kept)."""
    try:
        parsed = _sre_parser.parse(fragment)
    except re.error:
        return []
    if parsed.state.flags & re.IGNORECASE and not ignorecase:
        return []  # "(?i)usd": its letters match either case, which a case-kept test would miss
    items = list(parsed)
    runs, run = [], ""
    for op, av in items:
        if op is _sre_constants.LITERAL and (av < 128 or not ascii_text):
            run += chr(av)
            continue
        if op is _sre_constants.LITERAL and not ignorecase:
            return None  # a character no ASCII text has
        if op is _sre_constants.IN and ascii_text and not ignorecase and all(o is _sre_constants.LITERAL for o, _ in av):
            ascii_members = [a for _, a in av if a < 128]
            if not ascii_members:
                return None
            if len(ascii_members) == 1:
                run += chr(ascii_members[0])
                continue
        if run:
            runs.append(run)
        run = ""
    if run:
        runs.append(run)
    return runs


@dataclass(frozen=True)
class Lexicon:
    # Country words indexed by their first run of letters, longest first, so a scan can try
    # only the words that can start at a capitalised token.
    country_words: dict[str, tuple[CountryWord, ...]]
    not_countries: Pattern[str]
    multilateral: Pattern[str]  # lenders of many countries: their flows are no country's
    triggers: Pattern[str]  # one named group per trigger: g0, g1, ...
    trigger_gate: Gate  # any trigger's word: a cheap test before `triggers`
    trigger_groups: dict[str, Trigger]
    trade_not_flow: Pattern[str]  # matched right after the word "trade"
    domestic_before: Pattern[str]  # anchored before a trigger: "retail trade"
    domestic_after: Pattern[str]  # matched right after a trigger: "investments into fixed capital"
    turnover_not_flow: Pattern[str]  # matched right before the word "turnover": "cargo turnover"
    blockers: Pattern[str]
    money: Pattern[str]
    currency_gate: Gate  # any currency sign or word: a cheap test before `money`
    currency_codes: dict[str, str]  # group name -> ISO 4217
    scales: dict[str, float]  # lower-case scale word -> multiplier
    qualifiers_before: Pattern[str]  # anchored at the end of the text before an amount
    forecast: Pattern[str]
    target: Pattern[str]
    change_up: Pattern[str]
    change_down: Pattern[str]
    share_after: Pattern[str]
    cumulative: Pattern[str]
    # frames.toml
    roles: dict[str, dict[str, dict[str, str]]]  # lexeme -> before|after -> marker -> slot
    receiving: Pattern[str]  # searched between an actor and its trigger
    passive_before: Pattern[str]  # anchored at the end of the text before a flow's verb
    people_after: Pattern[str]  # right after an adjective: "Kazakh officials", people speaking of a flow
    open_slot_order: tuple[str, ...]  # the fillers of a directional frame's open side, in order
    partner_slot_order: tuple[str, ...]  # the fillers of a turnover's missing partner, in order
    inward: Pattern[str]  # around an investment that names no country: the home's inflow
    outward: Pattern[str]  # ... or its outflow
    giving_before: Pattern[str]  # anchored at the end of the text before a country
    company_after: Pattern[str]  # matched right after an adjective
    conjunct_gaps: tuple[tuple[Pattern[str], bool, bool], ...]  # (gap, needs a preposition, may follow an owner)
    ranking_after: Pattern[str]  # searched after an owner: "'s biggest trade partner"
    ranking_gate: Gate  # any ranking noun: a cheap test before `ranking_after`
    ranking_before: Pattern[str]  # anchored at the end of the text before an owner: "investors in "
    # discourse.toml
    period_reference: Pattern[str]
    anaphor: Pattern[str]
    anaphor_opener: Pattern[str]
    world: Pattern[str]
    world_weak: Pattern[str]
    bilateral: Pattern[str]
    group_side: Pattern[str]  # a group of countries as one side of a flow: "with CIS countries"
    home_reference: Pattern[str]
    breakdown: Pattern[str]
    dateline: Pattern[str]
    # readings.toml
    share_before: Pattern[str]
    percent_of_base: Pattern[str]  # matched right after a percentage
    difference_before: Pattern[str]  # anchored at the end of the text before an amount
    difference_after: Pattern[str]  # matched right after an amount
    base_before: Pattern[str]  # anchored at the end of the text before an amount


def _alternation(patterns: list[str]) -> str:
    # Longer fragments first: Python's alternation takes the first branch that matches.
    return "|".join(sorted(patterns, key=len, reverse=True))


def _words(patterns: list[str], flags: int = re.IGNORECASE) -> Pattern[str]:
    return first_char_checked(re.compile(rf"(?=[A-Za-z])(?<![\w$€£¥])(?:{_alternation(patterns)})(?![\w])", flags))


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


def _country_words(rules: dict[str, dict[str, list[str]]]) -> dict[str, tuple[CountryWord, ...]]:
    words: list[CountryWord] = []
    for code, names in _pycountry_names().items():
        words += [CountryWord(n, code, False) for n in names]
    for code, names in rules["names"].items():
        words += [CountryWord(n, code, False) for n in names]
    for code, names in rules["capitals"].items():
        words += [CountryWord(n, code, False) for n in names]
    for code, names in rules["agencies"].items():
        words += [CountryWord(n, code, False, agency=True) for n in names]
    for code, names in rules["adjectives"].items():
        words += [CountryWord(n, code, True) for n in names]
    index: dict[str, list[CountryWord]] = {}
    seen: set[str] = set()
    for w in words:
        if w.text in seen:
            continue
        seen.add(w.text)
        index.setdefault(_first_key(w.text), []).append(w)
    return {k: tuple(sorted(v, key=lambda w: len(w.text), reverse=True)) for k, v in index.items()}


# "14 082 176.75": digit groups of three separated by plain spaces, as statistics offices print them.
NUMBER = r"(?<![\d.,])(?<!\d\s)(?:\d{1,3}(?:\s\d{3})+(?:[.,]\d+)?(?![\d])|\d(?:[\d.,\u00a0\u202f\u2009]*\d)?)"


def _money(currency: dict[str, list[str]], scale: dict[str, list[str]]) -> tuple[str, dict[str, str]]:
    groups: dict[str, str] = {}
    before, after = [], []
    for i, (code, forms) in enumerate(currency.items()):
        signs = [f for f in forms if not re.search(r"[a-z]", f)]  # $, €, USD, RMB
        # Words (dollars, manat) and codes (USD, AZN) may follow the number: "2.5 bln USD".
        words = [f for f in forms if re.search(r"[a-zA-Z]", f)]
        if signs:
            groups[f"cb{i}"] = code
            before.append(f"(?P<cb{i}>{_alternation(signs)})")
        if words:
            groups[f"ca{i}"] = code
            after.append(f"(?P<ca{i}>{_alternation(words)})")
    glued = [w for ws in scale.values() for w in ws if len(w) <= 2]
    spaced = [w for ws in scale.values() for w in ws if len(w) > 2 or w in ("bn", "mn", "tn")]
    sc = rf"(?:\s?(?:{_alternation(spaced)})|(?:{_alternation(glued)}))(?![^\W\d_])"
    # After a currency sign the scale may be hyphenated or spaced off, letters included:
    # "$16-million grant", "€10 m", "$5-bn loan"; the sign already says it is money.
    sc_signed = rf"(?:[\s-]?(?:{_alternation(spaced)})|\s?-?(?:{_alternation(glued)}))(?![^\W\d_])"
    num = NUMBER
    # The lookaheads reject most positions on their first character, which keeps long
    # stretches of digits or symbols cheap to scan.
    prefix = rf"(?=[$€£¥A-Z])(?:{'|'.join(before)})\s?(?P<n1>{num})(?P<s1>{sc_signed})?"
    # "1.2 bln. dollars": an abbreviation's dot, only where a currency word follows.
    suffix = rf"(?=\d)(?P<n2>{num})(?P<s2>\s?-?{sc})?\.?\s(?:of\s)?(?:{'|'.join(after)})(?![^\W\d_])"
    # A sign glued after the number: "2.4 bn USD", "500 mln AZN".
    return rf"(?:{prefix})|(?:{suffix})", groups


@functools.cache
def load() -> Lexicon:
    """Read and compile the rules once per process."""
    countries = tomllib.loads((RULES / "countries.toml").read_text(encoding="utf-8"))
    phrases = tomllib.loads((RULES / "phrases.toml").read_text(encoding="utf-8"))
    frames = tomllib.loads((RULES / "frames.toml").read_text(encoding="utf-8"))
    discourse = tomllib.loads((RULES / "discourse.toml").read_text(encoding="utf-8"))
    readings = tomllib.loads((RULES / "readings.toml").read_text(encoding="utf-8"))

    trigger_groups: dict[str, Trigger] = {}
    branches = []
    for i, t in enumerate(phrases["trigger"]):
        trigger_groups[f"g{i}"] = Trigger(t["indicator"], t["lexeme"], bool(t.get("weak", False)))
        branches.append(f"(?P<g{i}>{_alternation(t['patterns'])})")
    triggers = first_char_checked(re.compile(rf"(?=[A-Za-z])(?<![\w-])(?:{'|'.join(branches)})(?![\w])", re.IGNORECASE))

    # Currency words and codes: the codes keep their capitals, the words take any case.
    currency = {code: list(forms) for code, forms in phrases["currency"].items()}
    money_src, currency_codes = _money(currency, phrases["scale"])
    scales = {w.lower(): float(k) for k, ws in phrases["scale"].items() for w in ws}

    q = phrases["qualifier"]
    qual = "|".join(f"(?P<{name}>{_alternation(q[name])})" for name in ("approx", "over", "under"))
    status = phrases["status"]
    change = phrases["change"]
    return Lexicon(
        country_words=_country_words(countries),
        not_countries=re.compile("|".join(re.escape(p) for p in countries["not_countries"]["phrases"])),
        multilateral=re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(p) for p in sorted(countries['multilateral']['names'], key=len, reverse=True))})(?![\w-])"),
        triggers=triggers,
        trigger_gate=_gate([p for t in phrases["trigger"] for p in t["patterns"]], re.IGNORECASE),
        trigger_groups=trigger_groups,
        domestic_before=re.compile(rf"\b(?:{_alternation(phrases['trade_not_flow']['domestic_before'])})\s$", re.IGNORECASE),
        domestic_after=re.compile(rf"\s(?:{_alternation(phrases['trade_not_flow']['domestic_after'])})", re.IGNORECASE),
        trade_not_flow=re.compile(
            rf"\s(?:{_alternation(phrases['trade_not_flow']['following'])})(?![\w])", re.IGNORECASE
        ),
        turnover_not_flow=re.compile(
            rf"\b(?:{_alternation(phrases['trade_not_flow']['turnover_preceding'])})\s$", re.IGNORECASE
        ),
        blockers=_words(phrases["blockers"]["patterns"]),
        money=first_char_checked(re.compile(money_src)),
        currency_gate=_gate([f for forms in currency.values() for f in forms]),
        currency_codes=currency_codes,
        scales=scales,
        qualifiers_before=first_char_checked(
            re.compile(rf"(?<![\w])(?:{qual})\s?(?:the\s|a\s|to\s|of\s|at\s|level\sof\s)?$", re.IGNORECASE)
        ),
        forecast=_words(status["forecast"], 0),
        target=_words(status["target"], 0),
        change_up=_words(change["up"]),
        change_down=_words(change["down"]),
        share_after=re.compile(rf"\s?(?:{_alternation(readings['share']['after'])})\b", re.IGNORECASE),
        cumulative=_words(phrases["cumulative"]["patterns"]),
        roles=frames["roles"],
        receiving=re.compile(rf"\b(?:{_alternation(frames['voice']['receiving'])})", re.IGNORECASE),
        inward=_words(frames["voice"]["inward"]),
        outward=_words(frames["voice"]["outward"]),
        open_slot_order=tuple(frames["open_slot"]["order"]),
        partner_slot_order=tuple(frames["partner_slot"]["order"]),
        people_after=re.compile(rf"\s(?:{_alternation(frames['people']['nouns'])})\b", re.IGNORECASE),
        passive_before=re.compile(rf"\b(?:{_alternation(frames['voice']['passive'])})\s$", re.IGNORECASE),
        giving_before=re.compile(rf"\b(?:{_alternation(frames['voice']['giving'])})\w*\s$", re.IGNORECASE),
        company_after=re.compile(rf"\s?(?:{_alternation(frames['company']['nouns'])})", re.IGNORECASE),
        conjunct_gaps=tuple(
            (re.compile(g["pattern"], re.IGNORECASE), bool(g.get("preposition", False)), bool(g.get("owner", False)))
            for g in frames["conjunct"]["gap"]
        ),
        ranking_after=re.compile(
            rf"(?:['’]s?)?\s(?:[a-z\-]+\s){{0,3}}(?:{_alternation(frames['ranking']['nouns'])})\b", re.IGNORECASE
        ),
        ranking_gate=_gate([*frames["ranking"]["nouns"], "countries", "states", "nations", "exporters?", "importers?"], re.IGNORECASE),
        ranking_before=re.compile(rf"\b(?:{_alternation(frames['ranking']['complement'])})$", re.IGNORECASE),
        period_reference=_words(discourse["period_reference"]["patterns"]),
        anaphor=_words(discourse["anaphor"]["patterns"]),
        anaphor_opener=re.compile(
            rf"^[\"“«'‘\s]*(?:[A-Z][^,.;:$€£%]{{0,60}},\s|In\s(?:19|20)\d\d\s)?(?:{_alternation(discourse['anaphor']['openers'])})\b", re.IGNORECASE
        ),
        world=_words(discourse["world"]["patterns"]),
        world_weak=_words(discourse["world_weak"]["patterns"]),
        bilateral=_words(discourse["bilateral"]["patterns"]),
        group_side=first_char_checked(re.compile(
            rf"(?:\b(?:between\s(?:the\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,3}}\sand|with|to|from|into|and)\s|^|[,;:]\s)(?:the\s)?(?:all\s)?"
            rf"(?:{_alternation(discourse['group']['patterns'])})\b",
            re.IGNORECASE,
        )),
        home_reference=_words(discourse["home"]["patterns"]),
        breakdown=_words(discourse["breakdown"]["patterns"]),
        dateline=re.compile(discourse["dateline"]["pattern"]),
        share_before=_words(readings["share"]["before"]),
        percent_of_base=re.compile(rf"\s?(?:{_alternation(readings['percent_of_base']['after'])})\b", re.IGNORECASE),
        difference_before=re.compile(
            rf"\b(?:{_alternation(readings['difference']['before'])})\s(?:(?:about|around|almost|nearly|over|more\sthan|some)\s)?$",
            re.IGNORECASE,
        ),
        difference_after=re.compile(rf"\s?(?:{_alternation(readings['difference']['after'])})\b", re.IGNORECASE),
        base_before=re.compile(
            rf"\b(?:{_alternation(readings['base']['before'])})\s(?:(?:about|around|almost|nearly|over|more\sthan)\s)?$",
            re.IGNORECASE,
        ),
    )
