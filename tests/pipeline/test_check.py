"""`build --check`: a fresh build compared with data/, failing with a readable diff when stale;
and the repository's own data/ is in step with seeds/ and the extractor."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dashboard import paths
from dashboard.build.command import build_command
from dashboard.build.report import compare
from dashboard.build.run import build

TEXT = " date 2024-05-01 Trade reached $3.7 billion, up 21 percent.\n"


@pytest.fixture
def data(seeds: Path, tmp_path: Path) -> Path:
    """A freshly built copy of data/ for the seeds, in tmp_path."""
    out = tmp_path / "data"
    assert build_command(seeds, out, check=False) == 0
    return out


def _rewrite(path: Path, edit) -> None:
    table = pq.read_table(path)
    rows = table.to_pylist()
    edit(rows)
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), path)


def test_fresh_data_passes(seeds, data, capsys) -> None:
    capsys.readouterr()
    assert build_command(seeds, data, check=True) == 0
    assert "is up to date" in capsys.readouterr().out


def test_changed_value_is_reported(seeds, data, capsys) -> None:
    def edit(rows):
        rows[0]["value"] = rows[0]["value"] * 10

    _rewrite(data / "figures.parquet", edit)
    figure_id = pq.read_table(data / "figures.parquet").column("figure_id")[0].as_py()
    capsys.readouterr()
    assert build_command(seeds, data, check=True) == 1
    out = capsys.readouterr().out
    assert "is stale, it differs from a fresh build (figures.parquet: 1 changed)" in out
    assert f"figures.parquet: changed {figure_id}: value " in out


def test_removed_figure_and_article_show_as_added(seeds, data, capsys) -> None:
    removed = {}

    def drop_first(rows):
        removed["figure"] = rows.pop(0)["figure_id"]

    def drop_article(rows):
        removed["article"] = rows.pop(0)["article_id"]

    _rewrite(data / "figures.parquet", drop_first)
    _rewrite(data / "articles.parquet", drop_article)
    capsys.readouterr()
    assert build_command(seeds, data, check=True) == 1
    out = capsys.readouterr().out
    assert f"figures.parquet: added {removed['figure']} (" in out
    assert f"articles.parquet: added {removed['article']}" in out


def test_new_article_and_deleted_article_are_reported(seeds, data, capsys) -> None:
    (seeds / "900_new.txt").write_text(TEXT)
    (seeds / "004_64e63cad909f863c.txt").unlink()
    capsys.readouterr()
    assert build_command(seeds, data, check=True) == 1
    out = capsys.readouterr().out
    assert "articles.parquet: added 900_new" in out
    assert "articles.parquet: removed 004_64e63cad909f863c" in out


def test_long_diff_is_capped_with_a_count(seeds, data, capsys) -> None:
    for i in range(50):
        (seeds / f"9{i:02d}_new.txt").write_text(f"{TEXT}Article {i}.\n")  # distinct: copies are built once
    capsys.readouterr()
    assert build_command(seeds, data, check=True) == 1
    out = capsys.readouterr().out
    assert "differs from a fresh build (articles.parquet: 50 added)" in out
    assert "  ... and 10 more" in out and out.count("articles.parquet: added 9") == 40


def test_edited_article_text_is_a_change(seeds, data) -> None:
    path = seeds / "000_7cad69dbdbc315dc.txt"
    path.write_text(path.read_text() + "\nOne more line.\n")
    differences = compare(build(seeds), data)
    assert any(d.startswith("articles.parquet: changed 000_7cad69dbdbc315dc: sha256 ") for d in differences)


def test_missing_or_corrupt_files_are_stale(seeds, data) -> None:
    (data / "figures.parquet").unlink()
    (data / "articles.parquet").write_bytes(b"not parquet")
    differences = compare(build(seeds), data)
    assert differences[0].startswith("articles.parquet: unreadable")
    assert differences[1] == "figures.parquet: missing"


def test_check_never_writes(seeds, data) -> None:
    (seeds / "900_new.txt").write_text(TEXT)
    before = {p.name: p.read_bytes() for p in data.iterdir()}
    build_command(seeds, data, check=True)
    assert {p.name: p.read_bytes() for p in data.iterdir()} == before


def test_repository_data_is_in_step_with_seeds_and_extractor(tmp_path) -> None:
    """Fails when seeds/, metadata.toml or the extractor changed and data/ was not rebuilt:
    run `python -m dashboard build` and commit data/."""
    differences = compare(build(paths.ROOT / "seeds", cache=tmp_path / "cache"), paths.ROOT / "data")
    assert differences == [], "data/ is stale:\n" + "\n".join(differences)
