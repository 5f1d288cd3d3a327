"""data/ is one set: the three tables and manifest.json. A build killed between two renames
leaves files the app refuses with a message (never figures whose articles are missing), the
next build writes a whole set and removes the killed build's temporary files, and a failure
the build survives leaves the previous set whole."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import paths
from dashboard.build.command import build_command
from dashboard.build.report import compare
from dashboard.build.run import build
from dashboard.contract import manifest
from dashboard.read import load as data_io

NEW_ARTICLE = " date 2024-05-01 Trade between Azerbaijan and Japan reached $3.7 billion in 2023.\n"
NAMES = ("articles.parquet", "derived.parquet", "figures.parquet")
# Run in a child process: build, but die (SIGKILL: no cleanup, no rollback) right after the first
# table is moved into place.
KILLED_BUILD = """
import os, signal, sys
from pathlib import Path
from dashboard.build.command import build_command
real_replace = os.replace
def replace(src, dst):
    real_replace(src, dst)
    if str(dst).endswith(".parquet"):
        os.kill(os.getpid(), signal.SIGKILL)
os.replace = replace
build_command(Path(sys.argv[1]), Path(sys.argv[2]), check=False)
"""


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def previous(seeds: Path, tmp_path: Path) -> Path:
    """data/ as a build wrote it before seed 900_new existed."""
    out = tmp_path / "data"
    assert build_command(seeds, out, check=False) == 0
    (seeds / "900_new.txt").write_text(NEW_ARTICLE)
    return out


def test_build_writes_the_three_tables_and_their_manifest(previous: Path) -> None:
    doc = json.loads((previous / "manifest.json").read_text())
    assert sorted(doc["files"]) == list(NAMES)
    for name, entry in doc["files"].items():
        content = (previous / name).read_bytes()
        assert entry["sha256"] == hashlib.sha256(content).hexdigest() and entry["bytes"] == len(content)
        assert entry["rows"] == pq.read_metadata(previous / name).num_rows
    assert data_io.read_tables(previous).articles.shape[0] == doc["files"]["articles.parquet"]["rows"]
    assert pq.read_table(previous / "figures.parquet").num_rows > 0  # still a plain parquet file for the scorer


def test_build_killed_between_renames_is_refused_then_repaired(seeds: Path, previous: Path, tmp_path: Path) -> None:
    before = _files(previous)
    child = subprocess.run([sys.executable, "-c", KILLED_BUILD, str(seeds), str(previous)], check=False, cwd=paths.ROOT,
                           capture_output=True, text=True, timeout=300)  # fmt: skip
    assert child.returncode == -9, child.stderr
    after = _files(previous)
    moved = [n for n in NAMES if after[n] != before[n]]
    assert len(moved) == 1 and after["manifest.json"] == before["manifest.json"]  # torn: one new table, two old
    leftovers = sorted(n for n in after if n.endswith(".tmp"))
    assert leftovers and all(n.startswith((".articles.", ".derived.", ".figures.", ".manifest.")) for n in leftovers)

    # The app's loader (and the export command, and every page) refuses the mix with a message.
    with pytest.raises(data_io.TornData, match=r"not one set .* Run `make data` to write a whole set") as refused:
        data_io.read_tables(previous)
    assert re.search(rf"{moved[0]} is not the file manifest.json describes .* run `python -m dashboard build`", refused.value.detail)
    # `--check` says the folder is not what a build writes.
    assert compare(build(seeds), previous)

    # The next build writes a whole set and removes the killed build's temporary files.
    assert build_command(seeds, previous, check=False) == 0
    assert not [n for n in os.listdir(previous) if n.endswith(".tmp")]
    clean = tmp_path / "clean"
    assert build_command(seeds, clean, check=False) == 0
    assert _files(previous) == _files(clean)
    assert "900_new" in set(data_io.read_tables(previous).articles["article_id"])


def test_app_shows_a_message_instead_of_a_torn_set(previous: Path, monkeypatch) -> None:
    figures = pq.read_table(previous / "figures.parquet")
    pq.write_table(figures.slice(0, 1), previous / "figures.parquet")  # not the file the manifest describes
    monkeypatch.setenv("TRADE_DASHBOARD_DATA", str(previous))
    at = AppTest.from_file(str(paths.ROOT / "dashboard" / "app.py"), default_timeout=60).run()
    assert not at.exception
    messages = [w.value for w in at.warning]
    shown = [m.replace("\\", "") for m in messages if "cannot be shown" in m]
    assert shown and "Run `make data` to write a whole set" in shown[0], messages
    assert str(previous) not in shown[0] and "manifest.json" not in shown[0]  # no server path: the command to run
    assert not at.get("plotly_chart")


def test_failed_move_leaves_the_previous_set_whole_and_readable(seeds: Path, previous: Path, fail_second_move) -> None:
    before = _files(previous)
    moves_again = fail_second_move()
    assert build_command(seeds, previous, check=False) == 1
    moves_again()
    assert _files(previous) == before
    assert "900_new" not in set(data_io.read_tables(previous).articles["article_id"])


def test_stale_temporaries_are_removed(previous: Path, seeds: Path) -> None:
    """A build holds the folder's lock while it writes, so the one that has the lock knows every
    temporary it finds was left by a killed build, even one named after a live process id."""
    stale = [".figures.parquet.k2j4h1.tmp", ".articles.parquet.999999999.ab.tmp", ".manifest.json.999999999.x.tmp",
             f".figures.parquet.{os.getppid()}.x.tmp"]  # fmt: skip
    for name in stale:
        (previous / name).write_bytes(b"PAR1 half a file")
    (previous / "notes.tmp").write_text("not ours")
    assert build_command(seeds, previous, check=False) == 0
    left = sorted(n for n in os.listdir(previous) if not n.startswith(".build.lock"))
    assert left == ["articles.parquet", "derived.parquet", "figures.parquet", "manifest.json", "notes.tmp"]


def test_reader_waits_for_a_build_that_is_switching_the_set(previous: Path, monkeypatch) -> None:
    """Read while a build has moved one table but not yet the manifest: the reader retries."""
    saved = {n: (previous / n).read_bytes() for n in ("figures.parquet", "manifest.json")}
    (previous / "figures.parquet").write_bytes(b"PAR1 the next build's table")
    slept = []

    def build_finishes(seconds: float) -> None:
        slept.append(seconds)
        for name, content in saved.items():
            (previous / name).write_bytes(content)

    monkeypatch.setattr(manifest.time, "sleep", build_finishes)
    assert data_io.read_tables(previous).figures.shape[0] > 0
    assert slept == [manifest.RETRY_SECONDS]


def test_the_curators_pages_read_the_stored_figures_through_the_same_check(previous: Path) -> None:
    """The review and add pages read figures.parquet as stored (no derived figure) and refuse a
    torn set as the charts do."""
    stored = data_io.read_stored(previous)
    assert len(stored.figures) == pq.read_metadata(previous / "figures.parquet").num_rows
    assert "derived" not in set(stored.figures["status"]) and len(stored.articles)
    figures = pq.read_table(previous / "figures.parquet")
    pq.write_table(figures.slice(0, 1), previous / "figures.parquet")
    with pytest.raises(data_io.TornData):
        data_io.read_stored(previous)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: (d / "manifest.json").write_text("{not json"), "is not a manifest"),
        (lambda d: (d / "manifest.json").write_text('{"format": 99, "files": {}}'), "is not a manifest"),
        (lambda d: (d / "articles.parquet").unlink(), "No figures in"),
        (lambda d: (d / "derived.parquet").unlink(), "derived.parquet is missing, though manifest.json lists it"),
        (lambda d: pq.write_table(pa.table({"x": [1]}), d / "derived.parquet"), "derived.parquet is not the file"),
    ],
    ids=["garbage", "format", "no-articles", "no-derived", "replaced"],
)
def test_damaged_set_is_refused_with_a_message(previous: Path, damage, message: str) -> None:
    damage(previous)
    with pytest.raises(data_io.MissingData) as refused:
        data_io.read_tables(previous)
    # The page says what to run; which file differs is kept for a log or a terminal.
    said = getattr(refused.value, "detail", str(refused.value))
    assert message in said, said


def test_folder_without_a_manifest_is_read_as_it_is(previous: Path) -> None:
    """Tables written by other tools (and the app tests' fixtures) have no manifest."""
    (previous / "manifest.json").unlink()
    (previous / "derived.parquet").unlink()
    assert data_io.read_tables(previous).figures.shape[0] > 0


def test_check_fails_when_the_manifest_does_not_match(seeds: Path, previous: Path, capsys) -> None:
    (seeds / "900_new.txt").unlink()
    assert build_command(seeds, previous, check=True) == 0
    (previous / "manifest.json").unlink()
    capsys.readouterr()
    assert build_command(seeds, previous, check=True) == 1
    assert "manifest.json: missing" in capsys.readouterr().out
