"""Decisions at build time: applied at every build, reported when orphaned, reproduced exactly
by a build from scratch, and a decisions file that cannot be read stops the build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dashboard import paths
from dashboard.build.command import build_command
from dashboard.build.curate import reading
from dashboard.build.decisions import FILENAME, Decision, load, save
from dashboard.build.run import build

TEXT = " date 2024-05-01\nTrade reached $3.7 billion, up 21 percent.\n"
LOAN = " date 2024-05-02\nThe loan was $5 million.\n"


def decision_on(row: dict, action: str, **kw) -> Decision:
    """A decision on a row of a built figures table, as the review page makes it."""
    base = dict(action=action, figure_id=row["figure_id"], article_id=row["article_id"],
                span=(row["span_start"], row["span_end"]), amount=row["amount"], by="amina",
                at="2026-11-23T10:00:00Z", quote=row["quote"], was=reading(row))  # fmt: skip
    return Decision(**{**base, **kw})  # type: ignore[arg-type]


def rows_of(result) -> list[dict]:
    texts = dict(zip(result.articles.column("article_id").to_pylist(), result.articles.column("text").to_pylist(), strict=True))
    return [{**r, "amount": texts[r["article_id"]][r["span_start"] : r["span_end"]]} for r in result.figures.to_pylist()]


def test_decisions_apply_at_every_build_and_nothing_derives_from_a_rejected_figure(make_articles, fake) -> None:
    folder = make_articles({"a1": TEXT, "a2": LOAN})
    first = build(folder, extract=fake)
    assert [r["review"] for r in first.figures.to_pylist()] == ["unreviewed"] * 3
    assert [r["review"] for r in first.derived.to_pylist()] == [None]  # 2023 level from $3.7 bn up 21%
    level, rate, loan = rows_of(first)
    save(folder / FILENAME, [decision_on(rate, "reject"), decision_on(level, "confirm"),
                             decision_on(loan, "correct", fields={"indicator": "aid", "flow_from": "JPN", "flow_to": "AZE"})])  # fmt: skip
    second = build(folder, extract=fake)
    by_id = {r["figure_id"]: r for r in second.figures.to_pylist()}
    assert by_id[rate["figure_id"]]["review"] == "rejected"
    assert by_id[level["figure_id"]]["review"] == "confirmed"
    assert (by_id[loan["figure_id"]]["review"], by_id[loan["figure_id"]]["indicator"]) == ("corrected", "aid")
    assert second.derived.num_rows == 0
    assert "decisions: 3 in decisions.jsonl (3 applied)" in second.curation
    assert "review: 1 confirmed, 1 corrected, 1 rejected" in second.curation


def test_an_orphaned_decision_is_reported_and_kept(make_articles, fake) -> None:
    folder = make_articles({"a1": TEXT})
    level = rows_of(build(folder, extract=fake))[0]
    save(folder / FILENAME, [decision_on(level, "confirm")])
    before = (folder / FILENAME).read_bytes()
    (folder / "a1.txt").write_text(TEXT.replace("$3.7 billion", "$3.9 billion"))
    result = build(folder, extract=fake)
    assert "decisions: 1 in decisions.jsonl (1 orphaned)" in result.curation
    (warning,) = [w for w in result.warnings if "orphaned" in w]
    assert "the amount '$3.7 billion' is no longer in the article" in warning
    assert "kept in the file, see the review page" in warning
    assert (folder / FILENAME).read_bytes() == before
    assert set(result.figures.column("review").to_pylist()) == {"unreviewed"}


def test_an_unreadable_decisions_file_fails_the_build_and_leaves_data(make_articles, tmp_path, capsys) -> None:
    folder = make_articles({"a1": TEXT})
    out = tmp_path / "data"
    assert build_command(folder, out, check=False) == 0
    before = (out / "figures.parquet").read_bytes()
    (folder / FILENAME).write_bytes(b"\xff\xfe not utf-8\n")
    assert build_command(folder, out, check=False) == 1
    assert "decisions.jsonl: not valid UTF-8" in capsys.readouterr().err
    assert (out / "figures.parquet").read_bytes() == before


def test_a_build_from_scratch_reproduces_the_data_with_decisions(tmp_path: Path, monkeypatch) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(paths.ROOT / "seeds", seeds, ignore=shutil.ignore_patterns(FILENAME))
    out = tmp_path / "data"
    assert build_command(seeds, out, check=False) == 0
    texts = dict(zip(*pq.read_table(out / "articles.parquet", columns=["article_id", "text"]).to_pydict().values(), strict=True))
    rows = [{**r, "amount": texts[r["article_id"]][r["span_start"] : r["span_end"]]} for r in pq.read_table(out / "figures.parquet").to_pylist()]
    assert len(rows) >= 3
    save(seeds / FILENAME, [decision_on(rows[0], "reject"), decision_on(rows[1], "confirm"),
                            decision_on(rows[2], "correct", fields={"qualifier": "approx"})])  # fmt: skip
    assert build_command(seeds, out, check=False) == 0
    assert build_command(seeds, out, check=True) == 0
    figures = pq.read_table(out / "figures.parquet")
    states = dict(zip(figures.column("figure_id").to_pylist(), figures.column("review").to_pylist(), strict=True))
    assert [states[r["figure_id"]] for r in rows[:3]] == ["rejected", "confirmed", "corrected"]
    # rm -r data and a cold cache: the same tables, byte for byte in content.
    monkeypatch.setenv("TRADE_DASHBOARD_CACHE", str(tmp_path / "cold-cache"))
    again = tmp_path / "again"
    assert build_command(seeds, again, check=False) == 0
    for name in ("figures.parquet", "derived.parquet", "articles.parquet"):
        assert pq.read_table(again / name).equals(pq.read_table(out / name)), name
    assert len(load(seeds / FILENAME).decisions) == 3


@pytest.mark.parametrize("damage", ["half a line", '{"action": "confirm"}'])
def test_a_damaged_line_is_reported_and_the_rest_apply(make_articles, fake, damage) -> None:
    folder = make_articles({"a1": TEXT})
    level = rows_of(build(folder, extract=fake))[0]
    save(folder / FILENAME, [decision_on(level, "reject")])
    with open(folder / FILENAME, "a") as f:
        f.write(damage + "\n")
    result = build(folder, extract=fake)
    assert "rejected" in result.figures.column("review").to_pylist()
    assert any("decisions.jsonl line 2: not a decision" in w and "kept, not applied" in w for w in result.warnings)
