"""Why a figure's reading may be wrong, named from the rules the extractor applied.

A figure's `evidence` says which words filled each slot and by which rule; its `rule` ends with
the time rule. A doubt is a rule that chose without the figure's own words to go on: a country
or a period carried from earlier sentences, a period or year inferred rather than written, a
country's role read by a frame's default, an amount whose surface needed repair to read, a
status read as a plan. Which doubts make a figure `check` is data (rules/confidence.toml), so
this module only names them; it reads the figures and their article, and changes neither.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date

from dashboard.contract.schema import AGGREGATES, Figure
from dashboard.extract.countries import CountryMention, find_countries
from dashboard.extract.discourse import WORLD
from dashboard.extract.doubt_article import ArticleView
from dashboard.extract.doubt_sides import (
    aid_over_period_side_carried,
    group_beside_pair,
    partner_named_unread,
    world_beside_partner,
)
from dashboard.extract.lexicon import Lexicon, load
from dashboard.extract.pattern_shape import first_char_checked_compiled
from dashboard.extract.sentences import Sentence, split_sentences
from dashboard.extract.speakers import dateline_month
from dashboard.extract.stock_flow import told_in_past
from dashboard.extract.times import TimeRef
from dashboard.extract.undated_year import infer_year

# Every doubt this module can name, in the order a reader is told them.
PAIR_FROM_DISCOURSE = "pair-from-discourse"
PAIR_BEYOND_PREVIOUS = "pair-beyond-previous-sentence"
OTHER_COUNTRIES = "other-countries-in-sentence"
NO_ARTICLE_PAIR = "article-without-pair"
WORLD_WITH_PARTNER = "world-total-beside-partner"
GROUP_SIDE = "side-named-as-group"
PARTNER_UNREAD = "partner-named-unread"
AID_PERIOD_CARRIED = "aid-over-period-side-carried"
ROLE_BY_DEFAULT = "role-unmarked"
DIRECTION_UNMARKED = "direction-unmarked"
DIRECTION_FROM_ORDER = "direction-from-order"
SENDER_FROM_HOME = "sender-from-home"
IMPORT_LIST = "import-list-item"
OTHER_FLOW_WORD = "other-flow-word-nearer"
SAME_COUNTRY_BOTH = "same-country-both-sides"
AID_SIDE_UNNAMED = "aid-side-unnamed"
OF_PREVIOUS_FIGURE = "rate-of-previous-figure"
PERIOD_FROM_DISCOURSE = "period-from-discourse"
PERIOD_BEYOND_PREVIOUS = "period-beyond-previous-sentence"
CARRIED_WHOLE = "period-far-and-pair-from-discourse"
PERIOD_OF_LIST = "period-of-list-it-continues"
PERIOD_INFERRED = "period-inferred"
PERIOD_FROM_BASE = "period-from-base"
PART_YEAR = "part-year-not-period"
PERIOD_OF_ARTICLE = "period-of-article-date"
STOCK_OR_FLOW = "stock-or-flow"
NO_YEAR = "no-year"
UNDATED_YEAR = "year-of-undated-article"
UNDATED_CARRIED = "year-carried-in-undated-article"
PLAN = "plan-not-fact"
YEAR_NOT_OVER = "year-not-over"
COMMITMENT_YEAR = "commitment-year-not-article-year"
AMOUNT_REPAIRED = "amount-repaired"
MULTIPLE = "multiple-not-percent"
OTHER_FLOW = "other-flow"
EXTRACTION_DOUBTS: tuple[str, ...] = (
    PAIR_FROM_DISCOURSE, PAIR_BEYOND_PREVIOUS, OTHER_COUNTRIES, NO_ARTICLE_PAIR, WORLD_WITH_PARTNER, GROUP_SIDE, PARTNER_UNREAD, AID_PERIOD_CARRIED,
    ROLE_BY_DEFAULT, DIRECTION_UNMARKED, DIRECTION_FROM_ORDER, SENDER_FROM_HOME, IMPORT_LIST, OTHER_FLOW_WORD, SAME_COUNTRY_BOTH, AID_SIDE_UNNAMED, OF_PREVIOUS_FIGURE,
    PERIOD_FROM_DISCOURSE, PERIOD_BEYOND_PREVIOUS, CARRIED_WHOLE, PERIOD_OF_LIST, PERIOD_INFERRED, PERIOD_FROM_BASE, PART_YEAR, PERIOD_OF_ARTICLE, STOCK_OR_FLOW, NO_YEAR, UNDATED_YEAR, UNDATED_CARRIED, YEAR_NOT_OVER,
    COMMITMENT_YEAR, PLAN, AMOUNT_REPAIRED, MULTIPLE, OTHER_FLOW,
)  # fmt: skip

# Slot rules that take a country from the discourse rather than the figure's sentence
# (frame_*.py, discourse.py): the article's home or pair, the last figure, a ranking's owner.
_DISCOURSE_SLOT_RULES = frozenset({"gapped-slot", "gapped-partner", "ranking-home", "parallel:previous-figure"})
# Time rules (timing.py, article.py) that take the period from an earlier sentence.
_TIME_FROM_DISCOURSE = frozenset({
    "paragraph", "reference", "list:previous-figure", "list:current-period", "paragraph-list", "reporting-period", "reporting-period-later",
    "same-months-later", "unfinished-year", "lead-rate", "previous-base",
})  # fmt: skip
# Time rules that infer a period no words state: a date's or the present's year, a stock's start.
_TIME_INFERRED = frozenset({"none", "reference-unresolved", "vague", "since", "date", "present"})
# ... and those that count it from words of the sentence: the year after a base's, "so far this year".
_TIME_FROM_BASE = frozenset({"after-base", "from-to-base", "to-date"})
# A stock as of the article's date, a one-off amount in the article's year: the period the
# labeling convention gives such a figure, though no words state it.
_TIME_OF_ARTICLE = frozenset({"stock", "stock-now", "stock-span", "one-off"})
# A table's row read under its caption's or its row's year (`table_columns.py`): written, only not beside the amount.
_TIME_OF_TABLE = frozenset({"table-caption"})
# Markers that say nothing of a country's role: no preposition, and not the subject.
_UNGOVERNED = frozenset({"none", "none_before_amount"})
_DIRECTIONAL = frozenset({"exports", "investment", "aid"})
_AGGREGATES = frozenset(AGGREGATES)  # made once: asked of every figure
# Number surfaces the reader had to repair: a decimal comma ("29,9"), an amount in parts
# ("58 million and 400 thousand"), a number split by spaces ("2 318 006").
_REPAIRED = re.compile(r"\d,\d{1,2}(?!\d)|\d\s?(?:million|billion|thousand|mln|bn)\b.*\d|\d[\u00a0\u202f\u2009 ]\d{3}\b", re.I)
_YEAR_DIGITS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A country's name that is a currency's ("US $ 630 million", "$200 million US"): no country named.
_CURRENCY_AFTER = re.compile(r"\s?\$")
_CURRENCY_BEFORE = re.compile(r"\b(?:million|billion|thousand|bln|mln|bn)\s$", re.I)
# Slot rules by which a figure is an item of a list or ranking of partners: its side comes from
# the list's head or owner, not from words of its own.
_LIST_RULES = frozenset({"list", "parallel:previous-figure", "ranking-home", "sentence-owner"})
# The words of a flow one way or the other, for a figure whose trigger is one of them.
_FLOW_WORDS = first_char_checked_compiled(r"\b(?:(?P<export>export\w*)|(?P<import>import\w*))", re.I)


def article_doubts(
    figures: Sequence[Figure],
    text: str,
    published: date | None,
    dated: bool,
    pair: tuple[str, str] | None = None,
    sentences: list[Sentence] | None = None,
    mentions: Sequence[CountryMention] | None = None,
    times: dict[int, tuple[TimeRef, ...]] | None = None,
) -> list[tuple[str, ...]]:
    """Each figure's doubts, in EXTRACTION_DOUBTS order; `dated` is False when the article's
    date is unknown (its relative years were resolved against a year guessed from its text);
    `pair` is the pair the extractor found the article to be about, None when it found none.
    The extractor passes the sentences, country mentions and times (by sentence index, each
    as `find_times` gave it against `published`) it has already found."""
    if not figures:
        return []
    over = published.year if published is not None and dated else None
    lex = load()
    sentences = list(split_sentences(text)) if sentences is None else sentences
    if published is None:
        # Relative times resolve as the extractor resolved them: against the year the text suggests.
        guessed = infer_year([s.text for s in sentences], dateline_month(text, lex))
        published = date(guessed, 12, 31) if guessed else None
    starts = [s.start for s in sentences]
    named: list[set[str]] = [set() for _ in sentences]
    codes: dict[int, str] = {}  # where each country is named -> its code
    for m in find_countries(text, lex) if mentions is None else mentions:
        i = bisect_right(starts, m.start) - 1
        if i >= 0 and m.code and not _is_currency(text, m):
            named[i].add(m.code)
            codes[m.start] = m.code
    article = ArticleView(text, published, dated, sentences, starts, named, codes, dict(times or {}))
    found = _with_base_doubts(figures, [_doubts(f, article, lex) for f in figures])
    # Beside the rules one figure's reading applied, two of the article: no pair it is about (its
    # "home" is then a guess), and a whole year reported before that year was over. A far period
    # with a country carried too (a rate's, from its level): the story may have moved on since.
    return [
        _ordered({*d, *([NO_ARTICLE_PAIR] if pair is None and PAIR_FROM_DISCOURSE in d else []),
                  *([CARRIED_WHOLE] if PERIOD_BEYOND_PREVIOUS in d and PAIR_FROM_DISCOURSE in d else []),
                  *([YEAR_NOT_OVER] if over is not None and _year_not_over(f, over) else [])})
        for f, d in zip(figures, found, strict=True)
    ]  # fmt: skip


# What a rate read as the change of the figure before takes from it: the pair, the direction and
# the period, and so every doubt about them.
_CARRIED = frozenset({
    PAIR_FROM_DISCOURSE, PAIR_BEYOND_PREVIOUS, OTHER_COUNTRIES, ROLE_BY_DEFAULT, DIRECTION_UNMARKED, IMPORT_LIST, OTHER_FLOW_WORD,
    SAME_COUNTRY_BOTH, AID_SIDE_UNNAMED, DIRECTION_FROM_ORDER, SENDER_FROM_HOME, WORLD_WITH_PARTNER, GROUP_SIDE, PARTNER_UNREAD, PERIOD_FROM_DISCOURSE,
    PERIOD_BEYOND_PREVIOUS, PERIOD_OF_LIST, PERIOD_INFERRED, PART_YEAR, PERIOD_OF_ARTICLE,
})  # fmt: skip


def _with_base_doubts(figures: Sequence[Figure], found: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A rate read as the change of the figure before (`previous-figure:` rule) has that
    figure's pair, direction and period, so it has its doubts about them too."""
    out = list(found)
    for i, f in enumerate(figures):
        if not f.rule.startswith("previous-figure:"):
            continue
        base = next((j for j in range(i - 1, -1, -1) if _same_flow(figures[j], f)), None)
        if base is not None:
            out[i] = _ordered({*out[i], *(d for d in out[base] if d in _CARRIED)})
    return out


def _same_flow(a: Figure, b: Figure) -> bool:
    return (a.country_a, a.country_b, a.flow_from, a.flow_to, a.indicator, a.year, a.period) == (
        b.country_a, b.country_b, b.flow_from, b.flow_to, b.indicator, b.year, b.period
    )  # fmt: skip


def _ordered(found: set[str]) -> tuple[str, ...]:
    # Asked twice of every figure, often of no doubt: a list, not a generator, made the tuple.
    return tuple([d for d in EXTRACTION_DOUBTS if d in found]) if found else ()


def _year_not_over(f: Figure, published_year: int) -> bool:
    """A reported full-year figure for the year the article was written in (or later)."""
    return f.status == "reported" and f.period == "FY" and f.year is not None and f.year >= published_year


def _is_currency(text: str, m: CountryMention) -> bool:
    """ "US $ 630 million", "$ 200 million US": the name is the currency's, not a country named."""
    return bool(_CURRENCY_AFTER.match(text, m.end) or _CURRENCY_BEFORE.search(text, max(0, m.start - 12), m.start))


def _doubts(f: Figure, article: ArticleView, lex: Lexicon) -> tuple[str, ...]:
    text, published, dated, starts, named = article.text, article.published, article.dated, article.starts, article.named
    found: set[str] = set()
    at = max(0, bisect_right(starts, f.span_start) - 1)
    here = named[at] if named else set()
    before = named[at - 1] if at > 0 else set()
    rules = [rule for _, _, _, rule in f.evidence]
    # lexeme:kind:time, the time rule itself may hold a colon ("list:previous-figure").
    parts = f.rule.split(":", 2)
    time_rule = parts[2] if len(parts) == 3 else ""
    pair = {c for c in (f.country_a, f.country_b) if c not in AGGREGATES}
    previous_figure = f.rule.startswith("previous-figure:")

    if previous_figure:
        found.add(OF_PREVIOUS_FIGURE)
    if any(r.startswith("discourse") or r in _DISCOURSE_SLOT_RULES for r in rules) or not pair <= here:
        found.add(PAIR_FROM_DISCOURSE)
        if not pair <= here | before:
            found.add(PAIR_BEYOND_PREVIOUS)
    if "list" not in rules and here - pair - _AGGREGATES:
        found.add(OTHER_COUNTRIES)
    if _role_by_default(f, lex):
        found.add(ROLE_BY_DEFAULT)
    if f.indicator in _DIRECTIONAL and sum(slot in ("origin", "destination") for slot, _, _, r in f.evidence if r != "list") < 2:
        found.add(DIRECTION_UNMARKED)
    found |= _direction_doubts(f, article, at, lex)
    if world_beside_partner(f, article, at):
        found.add(WORLD_WITH_PARTNER)
    if group_beside_pair(f, article, at, PAIR_FROM_DISCOURSE in found, lex):
        found.add(GROUP_SIDE)
    if partner_named_unread(f, article, at, PAIR_FROM_DISCOURSE in found):
        found.add(PARTNER_UNREAD)

    period = next(((a, b) for slot, a, b, _ in f.evidence if slot == "period"), None)
    own_time = period is not None and period[0] >= 0
    if previous_figure or time_rule in _TIME_FROM_DISCOURSE:
        found.add(PERIOD_FROM_DISCOURSE)
        if f.year is not None and not _time_near(f.year, at, article, lex):
            # An item of a list the figure before opened ("..., followed by Kazakhstan with $60 m")
            # has that figure's period, however far back it was named.
            found.add(PERIOD_OF_LIST if time_rule == "list:previous-figure" else PERIOD_BEYOND_PREVIOUS)
    elif time_rule in _TIME_OF_ARTICLE:
        found.add(PERIOD_OF_ARTICLE)
        sentence = article.sentences[at].text
        if time_rule == "stock" and told_in_past(sentence) and not lex.cumulative.search(sentence):
            # "China invested $500 m in Azerbaijan": read as the stock to date by default, no word
            # of a stock ("since", "to date", "has invested") said so; the past tense allows the flow
            # of a period the story told as well, and the conventions leave such a figure open.
            found.add(STOCK_OR_FLOW)
    elif time_rule in _TIME_FROM_BASE:
        found.add(PERIOD_FROM_BASE)
    elif time_rule in _TIME_INFERRED or not (own_time or time_rule in _TIME_OF_TABLE):
        found.add(PERIOD_INFERRED)
    if f.period == "FY" and _part_year_near(f, article, at, own_time, lex):
        found.add(PART_YEAR)
    if time_rule.endswith("-commitment") and dated and published is not None and f.year != published.year:
        found.add(COMMITMENT_YEAR)
    if f.year is None:
        found.add(NO_YEAR)
    elif not dated and not (own_time and period is not None and _YEAR_DIGITS.search(text, period[0], period[1])):
        # A period carried from an earlier time whose year the text has written in digits by the
        # figure's sentence: the year was read there, not guessed from the undated text.
        end = article.sentences[at].start + len(article.sentences[at].text)
        written = PERIOD_FROM_DISCOURSE in found and any(int(m.group()) == f.year for m in _YEAR_DIGITS.finditer(text, 0, end))
        found.add(UNDATED_CARRIED if written else UNDATED_YEAR)
    if f.status != "reported":
        found.add(PLAN)
    surface = text[f.span_start : f.span_end]
    if _REPAIRED.search(surface):
        found.add(AMOUNT_REPAIRED)
    if f.unit == "times":
        found.add(MULTIPLE)
    if f.indicator == "other":
        found.add(OTHER_FLOW)
    if aid_over_period_side_carried(f, time_rule, PAIR_FROM_DISCOURSE in found):
        found.add(AID_PERIOD_CARRIED)
    return _ordered(found)


def _time_near(year: int, at: int, article: ArticleView, lex: Lexicon) -> bool:
    """Whether the figure's sentence or the one before names a time of the figure's year."""
    return any(r.year == year for i in range(max(0, at - 1), at + 1) for r in article.times(i, lex))


def _role_by_default(f: Figure, lex: Lexicon) -> bool:
    """A country no word governs (no preposition, not the subject: "none", a bare "and"), or a
    directional frame's country whose marker the frame does not list, so its default read it.
    A turnover has no direction: any country after its trigger is a partner by design."""
    lexeme = f.rule.split(":", 1)[0]
    roles = lex.roles.get(lexeme)
    trigger = next((a for slot, a, _, r in f.evidence if slot == "indicator" and a >= 0), None)
    for _, a, _, rule in f.evidence:
        if not rule.startswith("role:"):
            continue
        marker = rule.removeprefix("role:")
        if marker in _UNGOVERNED:
            return True
        if roles is None or trigger is None or lexeme == "turnover":
            continue
        if marker not in roles.get("before" if a < trigger else "after", {}):
            return True
    return False


def _direction_doubts(f: Figure, article: ArticleView, at: int, lex: Lexicon) -> set[str]:
    """What the direction of an export, investment or aid rests on, when not its own words: an
    import listed or ranked by partner, the other flow's word nearer the amount than the
    trigger, one country read on both sides, an aid with no donor or recipient named."""
    if f.indicator not in _DIRECTIONAL:
        return set()
    found: set[str] = set()
    lexeme = f.rule.split(":", 1)[0]
    if lexeme == "import" and any(r.removeprefix("discourse:") in _LIST_RULES for _, _, _, r in f.evidence):
        found.add(IMPORT_LIST)
    if lexeme in ("export", "import") and _other_flow_nearer(f, article, at, lexeme, lex):
        found.add(OTHER_FLOW_WORD)
    sides = {slot: {article.codes.get(a) for s, a, _, _ in f.evidence if s == slot and a >= 0} - {None} for slot in ("origin", "destination")}
    if sides["origin"] & sides["destination"] and WORLD in (f.flow_from, f.flow_to):
        found.add(SAME_COUNTRY_BOTH)
    if f.indicator == "aid" and WORLD in (f.flow_from, f.flow_to):
        found.add(AID_SIDE_UNNAMED)
    rules = {r for _, _, _, r in f.evidence}
    marked = any(slot in ("origin", "destination") for slot, _, _, _ in f.evidence)
    from_discourse = any(r.startswith("discourse") or r in _DISCOURSE_SLOT_RULES for r in rules)
    bilateral = not {f.country_a, f.country_b} & _AGGREGATES
    if not marked and bilateral and not from_discourse and not rules & _LIST_RULES:
        found.add(DIRECTION_FROM_ORDER)
    # A part of the pair's turnover just told ("of these, $5 m were exports") in a sentence that
    # names neither country: whose exports they are is the reporter's guess as much as the home's.
    breakdown = "discourse:breakdown-of-last" in rules and not {f.country_a, f.country_b} & article.named[at]
    if not marked and bilateral and lexeme != "invest" and (rules & {"discourse:home", "discourse"} or breakdown):
        found.add(SENDER_FROM_HOME)
    return found


def _other_flow_nearer(f: Figure, article: ArticleView, at: int, lexeme: str, lex: Lexicon) -> bool:
    """The word of the other flow ("imports" for an export's trigger) is nearer the amount than
    the trigger, and no amount of its own follows it: the amount may be that flow's."""
    trigger = next((a for slot, a, _, r in f.evidence if slot == "indicator" and a >= 0), None)
    if trigger is None:
        return False
    s = article.sentences[at]
    amount = f.span_start - s.start
    words = [(m.start(), m.lastgroup) for m in _FLOW_WORDS.finditer(s.text)]
    other = [w for w, kind in words if kind != lexeme and abs(w - amount) < abs(trigger - s.start - amount)]
    if not other:
        return False
    amounts = [start for start, _ in article.amounts(at, lex)]
    return any(not any(w < q for q in amounts if q != amount) for w in other)


def _part_year_near(f: Figure, article: ArticleView, at: int, own_time: bool, lex: Lexicon) -> bool:
    """A whole year's figure beside a part of a year the text names and the figure did not take:
    a month, quarter, half or "nine months" in its sentence nearer its amount than any other
    amount, or in the sentence before: of the figure's year, or of any when its own sentence
    names no time."""
    s = article.sentences[at]
    parts = [r for r in article.times(at, lex) if _part_year(r)]
    if parts:
        amount = f.span_start - s.start
        for r in parts:
            gaps = {start: max(start - r.end, r.start - end) for start, end in article.amounts(at, lex)}
            if min(gaps, key=lambda q: gaps[q], default=amount) == amount:
                return True
    if at == 0:
        return False
    before = [r for r in article.times(at - 1, lex) if _part_year(r)]
    return any(not own_time or r.year == f.year for r in before)


def _part_year(r: TimeRef) -> bool:
    return not r.base and r.period not in (None, "FY", "cumulative")
