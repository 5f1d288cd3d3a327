"""The tables: validation refuses rows that break the contract, writes are all-or-nothing,
and two builds give identical tables in a fixed order."""

from __future__ import annotations

import math
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dashboard.build import figure_contract, tables
from dashboard.build.command import build_command
from dashboard.build.run import build
from dashboard.build.tables import TableError, validate_articles, validate_figures, write_tables
from dashboard.contract.schema import ARTICLE_COLUMNS, FIGURE_COLUMNS

TEXT = " date 2024-05-01 Trade reached $3.7 billion, up 21 percent.\n\nExports were $2 million."
# Another article (the same text twice would be built once, as a duplicate).
TEXT_B = TEXT + " Imports were small."


@pytest.fixture
def built(make_articles, fake):
    return build(make_articles({"a": TEXT, "b": TEXT_B}), extract=fake)


def _with(table: pa.Table, row: int, **changes: object) -> pa.Table:
    rows = table.to_pylist()
    rows[row].update(changes)
    return pa.Table.from_pylist(rows, schema=table.schema)


BAD_FIGURES = [
    (dict(indicator="imports"), "indicator 'imports' not in"),
    (dict(kind="stock"), "kind 'stock' not in"),
    (dict(status="guessed"), "status 'guessed' not in"),
    (dict(qualifier="roughly"), "qualifier 'roughly' not in"),
    (dict(country_a="JPN", country_b="AZE"), "not two different codes in sorted order"),
    (dict(country_a="AZE", country_b="AZE"), "not two different codes"),
    (dict(country_b="XXX"), "not ISO 3166 alpha-3"),
    (dict(flow_from="AZE", flow_to="JPN"), "trade_turnover has no direction"),
    (dict(indicator="exports", flow_from="AZE", flow_to="CHN"), "is not the pair AZE-JPN"),
    (dict(indicator="exports", flow_from="AZE", flow_to=None), "is not the pair"),
    (dict(value=math.inf), "not a finite number"),
    (dict(value=math.nan), "not a finite number"),
    (dict(value=-5.0), "is negative"),
    (dict(unit="dollars"), "not an ISO 4217 code"),
    (dict(unit="percent"), "not an ISO 4217 code"),
    (dict(year=20240), "out of range"),
    (dict(period="Q5"), "not a period code"),
    (dict(span_start=10, span_end=10), "outside the article text"),
    (dict(span_start=0, span_end=10_000), "outside the article text"),
    (dict(quote=""), "quote is empty"),
    (dict(article_id="nope"), "no such article"),
]


@pytest.mark.parametrize(("changes", "message"), BAD_FIGURES, ids=[m for _, m in BAD_FIGURES])
def test_validation_rejects_bad_figure(built, changes: dict, message: str) -> None:
    level = built.figures.column("kind").to_pylist().index("level")
    validate_figures(built.figures, built.articles)  # sound before the change
    with pytest.raises(TableError, match=message):
        validate_figures(_with(built.figures, level, **changes), built.articles)


class _Reads(dict):
    """A row that records in `seen` which columns are read from it."""

    def __init__(self, row: dict, seen: set[str]) -> None:
        super().__init__(row)
        self.seen = seen

    def get(self, key, default=None):
        self.seen.add(key)
        return super().get(key, default)

    def __getitem__(self, key):
        self.seen.add(key)
        return super().__getitem__(key)


def test_validation_converts_every_column_the_checks_read(built) -> None:
    # validate_figures hands figure_problems only figure_contract.CHECKED_COLUMNS: a check of another
    # column would see None there and pass or fail on nothing.
    text = built.articles.column("text")[0].as_py()
    seen: set[str] = set()
    for row in built.figures.to_pylist():
        figure_contract.figure_problems(_Reads(row, seen), text)
    assert seen == set(figure_contract.CHECKED_COLUMNS)


def test_validation_rejects_blank_span_and_duplicate_ids(built) -> None:
    text = built.articles.column("text")[0].as_py()
    blank = text.index(" ")
    with pytest.raises(TableError, match="covers no text"):
        validate_figures(_with(built.figures, 0, span_start=blank, span_end=blank + 1), built.articles)
    with pytest.raises(TableError, match="appears 2 times"):
        validate_figures(_with(built.figures, 1, figure_id=built.figures.column("figure_id")[0].as_py()), built.articles)


def test_validation_rejects_change_with_currency(built) -> None:
    change = built.figures.column("kind").to_pylist().index("change")
    with pytest.raises(TableError, match="change unit 'USD'"):
        validate_figures(_with(built.figures, change, unit="USD"), built.articles)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (dict(date_source="guess"), "date_source 'guess' not in"),
        (dict(date_source="none"), "does not agree with date_source"),
        (dict(countries=["JPN", "AZE", "JPN"]), "countries not distinct"),
        (dict(sha256="abc"), "not a hex digest"),
        (dict(n_figures=99), "n_figures 99 but"),
        (dict(article_id="b"), "appears 2 times"),
    ],
)
def test_validation_rejects_bad_article(built, changes: dict, message: str) -> None:
    validate_articles(built.articles, built.figures)
    with pytest.raises(TableError, match=message):
        validate_articles(_with(built.articles, 0, **changes), built.figures)


def test_columns_in_schema_order_and_rows_sorted(built) -> None:
    assert tuple(built.figures.column_names) == FIGURE_COLUMNS
    assert tuple(built.articles.column_names) == ARTICLE_COLUMNS
    keys = [(r["article_id"], r["span_start"], r["status"]) for r in built.figures.to_pylist()]
    assert keys == sorted(keys)
    assert built.articles.column("article_id").to_pylist() == ["a", "b"]


def test_two_builds_are_identical_and_ids_stable(make_articles, fake, tmp_path) -> None:
    folder = make_articles({"a": TEXT, "b": TEXT_B})
    first, second = build(folder, extract=fake), build(folder, extract=fake)
    assert first.figures.equals(second.figures) and first.articles.equals(second.articles)
    assert len(set(first.figures.column("figure_id").to_pylist())) == first.figures.num_rows
    for out in (tmp_path / "x", tmp_path / "y"):
        write_tables(out, {"figures.parquet": first.figures, "articles.parquet": first.articles})
    # Byte-identical files, so data/ diffs only when the content does.
    assert (tmp_path / "x/figures.parquet").read_bytes() == (tmp_path / "y/figures.parquet").read_bytes()


def test_ids_do_not_depend_on_other_articles(make_articles, fake) -> None:
    alone = build(make_articles({"a": TEXT}, name="one"), extract=fake)
    with_more = build(make_articles({"a": TEXT, "0": TEXT_B}, name="two"), extract=fake)
    ids = set(with_more.figures.filter(pa.compute.equal(with_more.figures["article_id"], "a")).column("figure_id").to_pylist())
    assert set(alone.figures.column("figure_id").to_pylist()) == ids


def _previous(out: Path) -> dict[str, bytes]:
    out.mkdir(parents=True, exist_ok=True)
    files = {"figures.parquet": b"old figures", "articles.parquet": b"old articles"}
    for name, content in files.items():
        (out / name).write_bytes(content)
    return files


def test_failure_while_writing_leaves_previous_files(built, tmp_path, monkeypatch) -> None:
    out = tmp_path / "data"
    previous = _previous(out)
    calls = []

    def half_then_fail(table, where, **kwargs):
        calls.append(where)
        if len(calls) == 2:  # the second file: the first is already staged
            Path(where).write_bytes(b"PAR1 half a file")
            raise OSError("disk full")
        return pq.write_table(table, where, **kwargs)

    monkeypatch.setattr(tables.pq, "write_table", half_then_fail)
    with pytest.raises(OSError, match="disk full"):
        write_tables(out, {"figures.parquet": built.figures, "articles.parquet": built.articles})
    assert {p.name: p.read_bytes() for p in out.iterdir()} == previous  # and no temporary files left


def test_failure_between_the_two_moves_puts_the_first_back(built, tmp_path, fail_second_move) -> None:
    out = tmp_path / "data"
    previous = _previous(out)
    moves_again = fail_second_move()
    with pytest.raises(OSError, match="interrupted"):
        write_tables(out, {"figures.parquet": built.figures, "articles.parquet": built.articles})
    moves_again()
    assert {p.name: p.read_bytes() for p in out.iterdir()} == previous


def test_cli_write_failure_exits_non_zero_and_keeps_data(make_articles, tmp_path, monkeypatch, capsys) -> None:
    out = tmp_path / "data"
    previous = _previous(out)

    def fail(*args, **kwargs):
        raise OSError("read-only file system")

    monkeypatch.setattr(tables.pq, "write_table", fail)
    assert build_command(make_articles({"a": TEXT}), out, check=False) == 1
    assert "write failed" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == previous


def test_written_tables_read_back_equal(built, tmp_path) -> None:
    write_tables(tmp_path, {"figures.parquet": built.figures, "articles.parquet": built.articles})
    assert tables.read_table(tmp_path / "figures.parquet", built.figures.schema).equals(built.figures)
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "figures.parquet").stat().st_mode & 0o777 == 0o666 & ~umask


def test_the_typed_row_holds_every_field_of_an_extracted_figure_with_its_type() -> None:
    """FigureRow, the one row type from extraction to the written table (FIGURE_SCHEMA is made
    from it), has every field of an extracted Figure, typed alike but for the two the build
    turns into table values (evidence into JSON, part_of into the whole's id)."""
    from dataclasses import fields
    from typing import get_type_hints

    from dashboard.contract.schema import FIGURE_SCHEMA, Figure, FigureRow

    row, figure = get_type_hints(FigureRow), get_type_hints(Figure)
    assert {f.name for f in fields(Figure)} <= set(row)
    assert [n for n in figure if figure[n] != row[n]] == ["part_of", "evidence"]
    assert [f.name for f in FIGURE_SCHEMA if not f.nullable] == [
        "figure_id", "article_id", "country_a", "country_b", "indicator", "kind", "status", "value", "unit", "qualifier",
        "quote", "span_start", "span_end", "rule", "confidence", "doubts",
    ]  # fmt: skip
