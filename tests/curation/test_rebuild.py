"""A build told what changed (articles added, decisions saved) redoes only the pairs the change
touches and gives exactly what a whole build gives; it is told only when data/ is current."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dashboard import paths
from dashboard.contract.files import DECISIONS_FILE as FILENAME
from dashboard.contract.metadata import ArticleMeta
from dashboard.curation.intake import check_upload, save_article
from dashboard.curation.rebuild import add_and_rebuild, is_current, rebuild

# 2023 Azerbaijan–China turnover: seed 003 implies it (2024's level and growth rate), this reports it.
REPORTS_A_DERIVED_LEVEL = " date 2024-02-10\nTrade turnover between Azerbaijan and China amounted to $3.1 billion in 2023.\n"
PLAIN = " date 2025-03-03\nJapan's investments in Azerbaijan exceeded $1.2 billion in 2024, the minister said.\n"
TABLES = ("figures.parquet", "derived.parquet", "articles.parquet")


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    seeds, data = tmp_path / "seeds", tmp_path / "data"
    shutil.copytree(paths.ROOT / "seeds", seeds, ignore=shutil.ignore_patterns(FILENAME))
    assert rebuild(seeds, data).ok
    return seeds, data


def add(seeds: Path, text: str, **meta) -> str:
    return save_article(seeds, check_upload("a.txt", text.encode()), ArticleMeta(**meta)).article_id


def test_adding_articles_redoes_their_pairs_and_gives_what_a_whole_build_gives(built, tmp_path: Path) -> None:
    seeds, data = built
    assert is_current(seeds, data)
    derived_before = pq.read_table(data / "derived.parquet").num_rows
    ids = [add(seeds, REPORTS_A_DERIVED_LEVEL, outlet="Fixture Wire"), add(seeds, PLAIN, title="Japan invests")]
    result = add_and_rebuild(seeds, data, ids, was_current=True)
    assert result.ok and result.incremental
    assert "redone: 2 article(s) read" in result.summary
    # The reported 2023 level replaces the one seed 003 implied.
    assert pq.read_table(data / "derived.parquet").num_rows < derived_before
    assert all(result.figures_by_article[i] >= 1 for i in ids)
    full = tmp_path / "full"
    assert rebuild(seeds, full).ok
    for name in TABLES:
        assert pq.read_table(data / name).equals(pq.read_table(full / name)), name


def test_the_full_build_runs_when_data_may_be_stale(built) -> None:
    seeds, data = built
    time.sleep(0.01)
    edited = next(seeds.glob("003_*.txt"))
    os.utime(edited)  # an article edited after the build
    assert not is_current(seeds, data)
    article_id = add(seeds, PLAIN)
    result = add_and_rebuild(seeds, data, [article_id], was_current=False)
    assert result.ok and not result.incremental
    assert "extraction: 1 extracted, 5 from cache" in result.summary


def test_not_current_without_data_or_with_an_article_gone(built, tmp_path: Path) -> None:
    seeds, data = built
    assert not is_current(seeds, tmp_path / "nowhere")
    next(seeds.glob("004_*.txt")).unlink()
    assert not is_current(seeds, data)


def test_two_curators_adding_at_once_both_reach_data(built, tmp_path: Path) -> None:
    """Each reads the tables and writes them back: without the data lock one would lose the other's."""
    import subprocess
    import sys
    import textwrap

    seeds, data = built
    code = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from dashboard.curation.intake import check_upload, save_article
        from dashboard.curation.rebuild import add_and_rebuild, built_texts, is_current
        from dashboard.contract.metadata import ArticleMeta
        seeds, data, who = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
        for i in range(3):
            text = f" date 2025-0{i + 1}-10\\nTrade turnover between Azerbaijan and Japan reached ${i + 2}00 million in 2024, {who} said.\\n"
            current = is_current(seeds, data)
            added = save_article(seeds, check_upload("a.txt", text.encode()), ArticleMeta(), built_texts(data))
            assert add_and_rebuild(seeds, data, [added.article_id], current).ok
        """
    )
    env = {**os.environ, "TRADE_DASHBOARD_CACHE": str(tmp_path / "cache")}
    procs = [subprocess.Popen([sys.executable, "-c", code, str(seeds), str(data), who], cwd=paths.ROOT, env=env,
                              stderr=subprocess.PIPE) for who in ("amina", "bob")]  # fmt: skip
    for p in procs:
        assert p.wait(timeout=300) == 0, p.stderr.read().decode() if p.stderr else ""
    ids = set(pq.read_table(data / "articles.parquet").column("article_id").to_pylist())
    assert ids == {p.stem for p in seeds.glob("*.txt")} and len(ids) == 11
    full = tmp_path / "full"
    assert rebuild(seeds, full).ok
    for name in TABLES:
        assert pq.read_table(data / name).equals(pq.read_table(full / name)), name


def test_every_decision_redoes_its_pairs_and_gives_what_a_whole_build_gives(built, tmp_path: Path) -> None:
    from dashboard.build.curate import reading
    from dashboard.build.decisions import save
    from dashboard.curation.rebuild import after_decisions
    from tests.curation.conftest import built_rows, decision_on

    seeds, data = built
    rows = built_rows(data)

    def decide(new, removed=()) -> bool:
        current = is_current(seeds, data)
        save(seeds / FILENAME, new, removed)
        result = after_decisions(seeds, data, new, removed, current)
        assert result.ok
        full = tmp_path / "full"
        assert rebuild(seeds, full).ok
        for name in TABLES:
            assert pq.read_table(data / name).equals(pq.read_table(full / name)), name
        return result.incremental

    assert decide([decision_on(rows[0], "confirm"), decision_on(rows[1], "confirm", note="checked against the release")])
    # One confirmation taken back, another figure confirmed by someone else.
    assert decide([decision_on(rows[2], "confirm", by="bob")], [rows[0]["figure_id"]])
    # A rejection changes what is derived and charted.
    assert decide([decision_on(rows[3], "reject")])
    # A correction that moves a figure to another pair redoes both pairs.
    moved = next(r for r in rows if r["country_b"] == "JPN" and r["status"] == "reported")
    fields = {**reading(moved), "country_b": "KOR", "flow_to": "KOR" if moved["flow_to"] == "JPN" else moved["flow_to"],
              "flow_from": "KOR" if moved["flow_from"] == "JPN" else moved["flow_from"]}
    assert decide([decision_on(moved, "correct", fields=fields)])
    assert "KOR" in pq.read_table(data / "figures.parquet").column("country_b").to_pylist()


def test_a_confirmation_rewrites_only_the_figures_table(built) -> None:
    from dashboard.build.decisions import save
    from dashboard.contract.manifest import problems
    from dashboard.curation.rebuild import after_decisions
    from tests.curation.conftest import built_rows, decision_on

    seeds, data = built
    before = {name: (data / name).stat().st_mtime_ns for name in TABLES}
    current = is_current(seeds, data)
    new = [decision_on(built_rows(data)[0], "confirm")]
    save(seeds / FILENAME, new)
    assert after_decisions(seeds, data, new, [], current).incremental
    after = {name: (data / name).stat().st_mtime_ns for name in TABLES}
    assert after["figures.parquet"] != before["figures.parquet"]
    assert after["derived.parquet"] == before["derived.parquet"] and after["articles.parquet"] == before["articles.parquet"]
    assert problems(data) == []
    assert pq.read_table(data / "figures.parquet").column("review").to_pylist().count("confirmed") == 1


def test_adding_one_article_warns_of_nothing_about_the_others(built) -> None:
    seeds, data = built
    assert is_current(seeds, data)
    result = add_and_rebuild(seeds, data, [add(seeds, PLAIN, title="Japan invests")], was_current=True)
    assert result.ok and result.incremental
    assert result.warnings == ()


def test_taking_a_decision_back_alone_redoes_its_pairs(built) -> None:
    from dashboard.build.decisions import save
    from dashboard.curation.rebuild import after_decisions
    from tests.curation.conftest import built_rows, decision_on

    seeds, data = built
    row = built_rows(data)[0]
    save(seeds / FILENAME, [decision_on(row, "confirm")])
    assert rebuild(seeds, data).ok
    current = is_current(seeds, data)
    save(seeds / FILENAME, [], [row["figure_id"]])
    result = after_decisions(seeds, data, [], [row["figure_id"]], current)
    assert result.ok and result.incremental
    assert "confirmed" not in pq.read_table(data / "figures.parquet").column("review").to_pylist()
