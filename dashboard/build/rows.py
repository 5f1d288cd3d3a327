"""Process, per article: an extraction as the rows the tables will hold, each checked against
the contract; a figure's id."""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Mapping
from dataclasses import dataclass, fields
from operator import attrgetter, itemgetter
from typing import Any, cast

from dashboard.build.confidence import confidence_of
from dashboard.build.figure_contract import split_sound
from dashboard.build.sources import Source, article_row
from dashboard.contract.schema import Figure, FigureRow
from dashboard.extract import Extraction
from dashboard.extract.doubts import article_doubts
from dashboard.extract.quantities import unread_numbers

# Numbers not read as amounts, noted per article: a few say what happened, a dump would say it thousands of times.
UNREAD_NOTES = 3


_FIGURE_NAMES = tuple(f.name for f in fields(Figure))


_ROW_NAMES = ("article_id", *_FIGURE_NAMES)


_figure_fields = attrgetter(*_FIGURE_NAMES)


_id_parts = itemgetter(
    "article_id", "span_start", "span_end", "kind", "indicator", "country_a", "country_b", "flow_from", "flow_to", "year", "period"
)


# One encoder for every figure's evidence (tuples are written as JSON lists): json.dumps with
# separators builds a new encoder on each call, three times the cost.
_evidence_json = json.JSONEncoder(separators=(",", ":")).encode


def figure_rows_for(source: Source, extraction: Extraction) -> tuple[list[FigureRow], list[str]]:
    """The extractor's figures for one article as rows, not yet checked (see sound_rows); their
    evidence is already the JSON the table holds, made here as each extraction comes back
    rather than for all rows at the end."""
    article_id = source.article.article_id
    notes = [f"{article_id}: no country pair resolved for the article"] if extraction.pair is None else []
    # Figure's fields are FigureRow columns (a test holds them together); evidence becomes the
    # table's JSON just below.
    rows = [cast(FigureRow, dict(zip(_ROW_NAMES, (article_id, *_figure_fields(figure)), strict=True))) for figure in extraction.figures]
    doubts = extraction.doubts
    if len(doubts) != len(extraction.figures):  # an extraction made without them (a stub in tests)
        doubts = tuple(article_doubts(extraction.figures, source.article.body, source.date, source.date_source != "none", extraction.pair))
    for row, found in zip(rows, doubts, strict=True):
        evidence = row["evidence"]
        row["evidence"] = _evidence_json(evidence) if evidence else None
        row["doubts"] = list(found)
        row["confidence"] = confidence_of(found)
    return rows, notes


@dataclass(frozen=True)
class ArticleRows:
    """One extracted article as the build holds it: its row, the rows of its figures that keep
    the contract, the warnings about it, and a warning for each figure row dropped."""

    row: dict[str, Any]
    figures: list[FigureRow]
    notes: list[str]
    dropped: list[str]


def rows_for(source: Source, extraction: Extraction) -> ArticleRows:
    """An article's rows from its extraction, its figures checked against the contract."""
    article_id = source.article.article_id
    figures, notes = figure_rows_for(source, extraction)
    row = article_row(source, extraction)
    kept, dropped = sound_rows(figures, row)
    notes += [f"{article_id}: {note}" for note in extraction.notes]
    notes += [f"{article_id}: the number {raw!r} at character {at} is {why}: not read as an amount (news does not write one so)"
              for at, raw, why in itertools.islice(unread_numbers(source.article.body), UNREAD_NOTES)]  # fmt: skip
    return ArticleRows(row, kept, notes, dropped)


def sound_rows(figure_rows: list[FigureRow], article: dict[str, Any]) -> tuple[list[FigureRow], list[str]]:
    """An article's extracted rows that keep the contract in it; one that breaks it is dropped
    with a warning rather than written."""
    article_id = article["article_id"]
    kept, broken = split_sound(figure_rows, {article_id: article["text"]}, {article_id: article["date"]}, ids_assigned=False)
    notes = [f"{r['article_id']}: figure at {r['span_start']}:{r['span_end']} dropped: {'; '.join(p)}" for r, p in broken]
    return kept, notes


def figure_id(row: Mapping[str, object]) -> str:
    """A short hash of the mention a figure reads: its article, the amount's span, and the
    reading (what, between whom, when). No rule name goes in, so rules can be renamed and
    curators' decisions keep their figure.

    >>> figure_id(dict(article_id="a", span_start=1, span_end=5, indicator="exports", kind="level",
    ...   country_a="AZE", country_b="JPN", flow_from="AZE", flow_to="JPN", year=2024, period="FY"))
    'f34cd406fe7c3368'
    """
    text = "|".join(["" if v is None else str(v) for v in _id_parts(row)])
    if row.get("status") == "derived":
        text += "|derived:" + str(row.get("rule"))  # computed from the mention, not read at it
    # surrogateescape: an id from a file name that is not UTF-8 still hashes (such files are
    # refused on reading; this keeps the function total).
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:16]
