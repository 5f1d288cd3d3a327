"""Extract every figure of one article: sentence by sentence, with the article's pair and the
paragraph's period as context for sentences that leave them unsaid."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from dashboard.extract.clauses import MAX_AMOUNTS, find_quantities, parse_sentence
from dashboard.extract.countries import CountryMention, find_countries
from dashboard.extract.figures import Context, _resolve_back_references, context_time, figure_for
from dashboard.extract.sentences import Sentence, split_sentences
from dashboard.lexicon import load
from dashboard.schema import AGGREGATES, Figure

_HERE = Path(__file__).resolve().parent
# Every file whose content changes what the extractor returns: the pipeline's cache key.
EXTRACTOR_FILES: tuple[Path, ...] = tuple(
    sorted([*_HERE.glob("*.py"), _HERE.parent / "lexicon.py", *(_HERE.parent / "rules").glob("*.toml")])
)

# A sentence can hold a figure only if it has a digit or a multiple in words.
_MAY_HOLD_FIGURE = re.compile(r"\d|\b(?:twice|doubled|tripled|quadrupled|\w+fold)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Extraction:
    figures: tuple[Figure, ...]
    countries: tuple[str, ...]  # every country the article names: its pair first, then by mentions
    pair: tuple[str, str] | None  # the pair the article is mainly about, sorted


def article_pair(mentions: list[CountryMention]) -> tuple[tuple[str, str] | None, str | None]:
    """The two countries an article names most (first named wins a tie), and the first of them.

    >>> m = [CountryMention(i, i + 1, c) for i, c in enumerate(["AZE", "JPN", "AZE", "CHN", "JPN"])]
    >>> article_pair(m)
    (('AZE', 'JPN'), 'AZE')
    """
    codes = [m.code for m in mentions if m.code and m.code not in AGGREGATES]
    if not codes:
        return None, None
    counts = Counter(codes)
    first = {c: codes.index(c) for c in counts}
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    if len(ranked) < 2:
        return None, ranked[0]
    a, b = ranked[0], ranked[1]
    home = a if first[a] < first[b] else b
    return (min(a, b), max(a, b)), home


def _within(mentions: list[CountryMention], sentence: Sentence) -> list[CountryMention]:
    """The article's country mentions inside one sentence, at sentence offsets."""
    lo = bisect_left(mentions, sentence.start, key=lambda m: m.start)
    hi = bisect_left(mentions, sentence.end, key=lambda m: m.start)
    return [replace(m, start=m.start - sentence.start, end=m.end - sentence.start) for m in mentions[lo:hi]]


def extract_article(text: str, published: date | None) -> Extraction:
    lex = load()
    mentions = list(find_countries(text, lex))
    pair, home = article_pair(mentions)
    figures: list[Figure] = []
    seen: set[tuple[object, ...]] = set()
    # The period and the last figure carry from sentence to sentence: wire stories give the
    # period once ("in 2023, trade amounted to ...") and then break it down.
    time, last = None, None
    for sentence in split_sentences(text):
        if not _MAY_HOLD_FIGURE.search(sentence.text):
            continue
        quantities = find_quantities(sentence.text, lex)
        if not quantities or len(quantities) > MAX_AMOUNTS:
            continue
        parts = parse_sentence(sentence.text, published, lex, quantities, _within(mentions, sentence))
        refs = _resolve_back_references(parts)
        for q in parts.quantities:
            ctx = Context(published=published, pair=pair, home=home, time=time, last=last)
            found = figure_for(q, parts, ctx, lex, refs)
            if found is None:
                continue
            last = found
            # The same figure said twice in one article counts once.
            key = (found.country_a, found.country_b, found.flow_from, found.flow_to, found.indicator, found.kind,
                   found.status, round(found.value, 6), found.unit, found.year, found.period)  # fmt: skip
            if key in seen:
                continue
            seen.add(key)
            figures.append(
                replace(found, span_start=sentence.start + found.span_start, span_end=sentence.start + found.span_end)
            )
        time = context_time(parts) or time
    return Extraction(figures=tuple(figures), countries=_by_salience(mentions, pair), pair=pair)


def _by_salience(mentions: list[CountryMention], pair: tuple[str, str] | None) -> tuple[str, ...]:
    """The article's pair first, then the other countries, most named first.

    >>> m = [CountryMention(i, i + 1, c) for i, c in enumerate(["PAK", "JPN", "AZE", "AZE", "JPN", "ARM"])]
    >>> _by_salience(m, ("AZE", "JPN"))
    ('AZE', 'JPN', 'PAK', 'ARM')
    """
    codes = [m.code for m in mentions if m.code]
    counts = Counter(codes)
    rest = sorted(set(codes) - set(pair or ()), key=lambda c: (-counts[c], codes.index(c)))
    return (*(pair or ()), *rest)
