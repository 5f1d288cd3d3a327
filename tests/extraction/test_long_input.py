"""Long and repetitive input reads the same as the short text it repeats: the extractor's
shortcuts for long input (one walk over masked phrases, bounded sentences) change no figure."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise

from dashboard.extract import extract_article
from dashboard.extract.countries import find_countries
from dashboard.extract.lexicon import load

PUBLISHED = date(2024, 6, 30)
SENTENCE = "Trade between Japan and China reached $1.2 billion in 2023."


def _shifted(text: str, offset: int) -> list[tuple[object, ...]]:
    """The figures of `text`, as if it started at `offset`: what a prefix must not change."""
    out = []
    for f in extract_article(text, PUBLISHED).figures:
        f = replace(f, span_start=f.span_start + offset, span_end=f.span_end + offset, evidence=(), part_of=None)
        out.append(f)
    return out


def _figures(text: str) -> list[object]:
    return [replace(f, evidence=(), part_of=None) for f in extract_article(text, PUBLISHED).figures]


def test_a_repeated_region_names_no_country_however_long():
    text = "Central Asia " * 80_000  # 1 MB
    assert list(find_countries(text, load())) == []
    assert extract_article(text, PUBLISHED).figures == ()


def test_countries_between_repeated_regions_are_each_found():
    unit = "Central Asia Azerbaijan Central Asia "
    text = unit * 20_000
    found = list(find_countries(text, load()))
    assert [m.code for m in found] == ["AZE"] * 20_000
    assert [m.start for m in found[:2]] == [13, 13 + len(unit)]


def test_a_figure_after_a_long_repeated_region_reads_as_alone():
    prefix = "Central Asia " * 20_000 + "\n\n"
    assert _figures(prefix + SENTENCE) == _shifted(SENTENCE, len(prefix))
    assert len(_figures(SENTENCE)) == 1


def test_a_run_without_sentence_ends_is_read_in_bounded_pieces():
    """5 MB with no full stop is not one sentence: pieces of at most MAX_SENTENCE characters,
    cut at a space, that cover the text in order."""
    from dashboard.extract.sentences import MAX_SENTENCE, split_sentences

    unit = "trade between Japan and China rose 5% to $1.2 billion in 2023 and "
    text = unit * (5_000_000 // len(unit))
    pieces = list(split_sentences(text))
    assert len(pieces) >= len(text) // MAX_SENTENCE
    assert all(len(p.text) <= MAX_SENTENCE for p in pieces)
    assert all(a.end <= b.start for a, b in pairwise(pieces))
    assert all(text[p.start : p.end] == p.text and text[p.end] == " " for p in pieces[:-1])


def test_a_sentence_of_more_amounts_than_a_statement_holds_gives_no_figure():
    """A 'sentence' of more than MAX_AMOUNTS amounts is a table or junk: none is read as a
    figure, while the same words with fewer amounts are."""
    from dashboard.extract.mentions import MAX_AMOUNTS

    def listing(n: int) -> str:
        return "Trade between Japan and China reached " + ", ".join(f"${i + 1}.5 billion" for i in range(n)) + " in 2023."

    assert extract_article(listing(MAX_AMOUNTS + 1), PUBLISHED).figures == ()
    assert extract_article(listing(1), PUBLISHED).figures != ()


def test_a_long_repeated_figure_sentence_gives_the_figure_of_one():
    """Thousands of copies of one statement are one figure, the first copy's."""
    text = (SENTENCE + " ") * 2_000
    assert _figures(text) == _figures(SENTENCE)


def test_what_is_not_read_as_prose_is_noted_with_where_it_starts():
    prose = f"{SENTENCE} "
    table = "Exports by item: " + ", ".join(f"item {i} $5 million" for i in range(45)) + ". "
    run = "Cotton " + "cotton " * 700  # 4,907 characters without a sentence end
    extraction = extract_article(prose + table + run + prose, PUBLISHED)
    crowded, cut = len(prose), len(prose) + len(table)
    assert extraction.notes == (
        f"text without a sentence end for over 2,000 characters, at character {cut}, read in 3 pieces: figures across a cut may be missed",
        f"a sentence with over 40 amounts, at character {crowded}, not read: a table, not a statement",
    )
    assert len(extraction.figures) == 1  # the prose before and after: one figure, said twice
    assert extract_article(prose * 3, PUBLISHED).notes == ()


def test_an_article_of_more_amounts_than_any_article_is_read_up_to_the_cap():
    from dashboard.extract.article import MAX_ARTICLE_AMOUNTS

    n = MAX_ARTICLE_AMOUNTS // 2  # two amounts a sentence
    lines = [f"Trade between Japan and China reached ${i + 1} million in 2023, up 5%." for i in range(n + 30)]
    text = "\n".join(lines)
    extraction = extract_article(text, PUBLISHED)
    assert [f.value for f in extraction.figures if f.kind == "level"] == [(i + 1) * 1e6 for i in range(n)]
    stop = text.index(lines[n])
    assert extraction.notes == (
        f"over {MAX_ARTICLE_AMOUNTS:,} amounts: the rest, from character {stop}, not read (a data dump, not an article)",
    )
