"""The data contract: what a figure and an article are, and the parquet schemas that hold them.

`figures.parquet` and `articles.parquet` are written only through these schemas, and
`validate_*` refuse a table that breaks them, so the dashboard and the scoring can rely on
every column, type and vocabulary below.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from types import UnionType
from typing import Literal, TypedDict, get_args, get_origin, get_type_hints

import pyarrow as pa

from dashboard.contract.records import quick_init

Indicator = Literal["trade_turnover", "exports", "investment", "aid", "other"]
Kind = Literal["level", "change"]
Status = Literal["reported", "forecast", "target", "derived"]
Qualifier = Literal["exact", "approx", "over", "under"]

INDICATORS: tuple[str, ...] = ("trade_turnover", "exports", "investment", "aid", "other")
KINDS: tuple[str, ...] = ("level", "change")
STATUSES: tuple[str, ...] = ("reported", "forecast", "target", "derived")
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "over", "under")
CHANGE_UNITS: tuple[str, ...] = ("percent", "times")
# Month ranges are written M1-M10 (January-October) or M7 (July alone).
FIXED_PERIODS: tuple[str, ...] = ("FY", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "cumulative")
DATE_SOURCES: tuple[str, ...] = ("header", "metadata", "none")
# Partners that are not countries: a country's total with all partners, and the EU.
AGGREGATES: tuple[str, ...] = ("WLD", "EUU")
# How sure a reading is: `sure` when none of its doubts is one rules/confidence.toml says needs
# a reviewer, else `check`.
CONFIDENCES: tuple[str, ...] = ("sure", "check")
# A figure's `review` column: what a curator decided of it (dashboard/build/decisions.py).
REVIEW_STATES: tuple[str, ...] = ("unreviewed", "confirmed", "corrected", "added", "rejected", "superseded")
# States a curator vouched for, and states that keep a figure off the charts.
VOUCHED: tuple[str, ...] = ("confirmed", "corrected", "added")
SET_ASIDE: tuple[str, ...] = ("rejected", "superseded")
# The columns that make a figure's reading: what a curator vouches for.
READING: tuple[str, ...] = (
    "country_a", "country_b", "flow_from", "flow_to", "indicator", "kind", "status",
    "value", "unit", "qualifier", "year", "period",
)  # fmt: skip
# The `rule` of a derived figure: last year's level from a level and its growth rate, and one
# direction of trade from a turnover and the other direction.
PRIOR_LEVEL_RULE = "derived:prior-level-from-growth"
OTHER_FLOW_RULE = "derived:turnover-minus-opposite-flow"


@quick_init
@dataclass(frozen=True, slots=True)
class Figure:
    """One figure as the extractor finds it in one article.

    `span_start:span_end` are offsets of the number's surface text in the article text, and
    `quote` is the whole sentence around it, verbatim.
    """

    country_a: str
    country_b: str
    flow_from: str | None
    flow_to: str | None
    indicator: str
    kind: str
    status: str
    value: float
    unit: str
    qualifier: str
    year: int | None
    period: str | None
    quote: str
    span_start: int
    span_end: int
    rule: str
    # What the trigger says is measured ("transit shipments"), so an `other` flow is named.
    measure: str | None = None
    # The start of the amount this one is a part of ("$694 m, including $74 m in grants").
    part_of: int | None = None
    # Which words filled which slot, and the rule that bound them: (slot, start, end, rule),
    # offsets in the article text.
    evidence: tuple[tuple[str, int, int, str], ...] = ()

    def __reduce__(self) -> tuple[type[Figure], tuple[object, ...]]:
        # Pickled as its fields for the constructor: a slotted dataclass's default state is set
        # back field by field through dataclasses.fields(), and every figure a build extracts
        # crosses from a worker process this way.
        return Figure, tuple(getattr(self, name) for name in self.__slots__)


class FigureRow(TypedDict, total=False):
    """A figure as the build holds it, from its extraction to the written table: one row of
    figures.parquet (or derived.parquet). FIGURE_SCHEMA is made from these fields, so the row
    and the table cannot drift: `X | None` is a nullable column, the rest are required."""

    figure_id: str
    article_id: str
    country_a: str
    country_b: str
    flow_from: str | None
    flow_to: str | None
    indicator: str
    kind: str
    status: str
    value: float
    unit: str
    qualifier: str
    year: int | None
    period: str | None
    period_start: date | None
    period_end: date | None
    quote: str
    span_start: int
    span_end: int
    rule: str
    # What the trigger names: "trade turnover", "transit shipments".
    measure: str | None
    # Written as the figure_id of the total this figure is a part of, in the same article; the
    # build holds the total's span start until it names the total by its id.
    part_of: int | str | None
    # JSON list of [slot, start, end, rule]: which words of the article filled each slot.
    evidence: str | None
    # sure or check (see CONFIDENCES), and why: the doubts the extraction and the build's
    # plausibility checks raised (dashboard/build/confidence.py), in a fixed order.
    confidence: str
    doubts: list[str]
    # A curator's review (seeds/decisions.jsonl): unreviewed, confirmed, corrected, added,
    # rejected or superseded (another source preferred); null for a derived figure.
    review: str | None
    reviewed_by: str | None
    reviewed_at: str | None  # ISO 8601 UTC, "2026-11-23T10:02:11Z"
    review_note: str | None
    # The figure_id the decision is filed under: differs from figure_id when re-attached.
    decision: str | None


_ARROW_TYPES: dict[object, pa.DataType] = {str: pa.string(), int: pa.int64(), float: pa.float64(), date: pa.date32(), list[str]: pa.list_(pa.string())}
_STORED_AS: dict[str, object] = {"part_of": str | None}  # an id once written


def _schema_of(row: type) -> pa.Schema:
    """The parquet schema of a row type: one column a field, nullable where the field may be None.

    >>> _schema_of(FigureRow).field("year")
    pyarrow.Field<year: int64>
    >>> _schema_of(FigureRow).field("value").nullable, _schema_of(FigureRow).field("part_of").type
    (False, DataType(string))
    """
    fields = []
    for name, hint in get_type_hints(row).items():
        hint = _STORED_AS.get(name, hint)
        options = [a for a in get_args(hint) if a is not type(None)] if get_origin(hint) is UnionType else [hint]
        (kind,) = options
        fields.append(pa.field(name, _ARROW_TYPES[kind], nullable=options != [hint]))
    return pa.schema(fields)


FIGURE_SCHEMA = _schema_of(FigureRow)

ARTICLE_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("path", pa.string(), nullable=False),
        pa.field("date", pa.date32()),
        pa.field("date_source", pa.string(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("outlet", pa.string()),
        pa.field("url", pa.string()),
        pa.field("countries", pa.list_(pa.string()), nullable=False),
        pa.field("n_figures", pa.int64(), nullable=False),
        pa.field("sha256", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
    ]
)

FIGURE_COLUMNS: tuple[str, ...] = tuple(FIGURE_SCHEMA.names)
ARTICLE_COLUMNS: tuple[str, ...] = tuple(ARTICLE_SCHEMA.names)
