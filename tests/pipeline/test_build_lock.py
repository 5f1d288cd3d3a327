"""Two builds into the same folder at the same time end with the data of one clean build, never
figures of one beside articles of the other; a build waits for the one writing, says so, and
cleans up what an interrupted build left."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dashboard import paths
from dashboard.build import tables, update
from dashboard.build.command import build_command
from dashboard.build.tables import read_table
from dashboard.contract.files import ARTICLES_FILE, DERIVED_FILE, FIGURES_FILE, MANIFEST_FILE
from dashboard.contract.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA
from dashboard.guard.lock import DATA_LOCK as LOCK_FILE
from dashboard.guard.lock import data_lock as build_lock

NEW = " date 2024-05-01 Trade between Azerbaijan and Japan reached $3.7 billion in 2023, up 21% on 2022.\n"
NAMES = {FIGURES_FILE: FIGURE_SCHEMA, DERIVED_FILE: FIGURE_SCHEMA, ARTICLES_FILE: ARTICLE_SCHEMA}


@pytest.fixture
def two_inputs(tmp_path: Path) -> tuple[Path, Path]:
    """The seeds (A), and the seeds with three articles gone and one added (B): different data."""
    a, b = tmp_path / "A", tmp_path / "B"
    shutil.copytree(paths.ROOT / "seeds", a)
    shutil.copytree(paths.ROOT / "seeds", b)
    for path in sorted(b.glob("*.txt"))[:3]:
        path.unlink()
    (b / "900_new.txt").write_text(NEW, encoding="utf-8")
    return a, b


def _tables(out: Path) -> dict[str, object]:
    return {name: read_table(out / name, schema) for name, schema in NAMES.items()}


def _clean(articles: Path, out: Path) -> dict[str, object]:
    assert build_command(articles, out, check=False, budget=0) == 0
    return _tables(out)


def _which(result: dict, clean: dict[str, dict]) -> str:
    """The one clean build every file of `result` equals; fails on a mix."""
    matches = {name for name, tables_ in clean.items() if all(result[f].equals(tables_[f]) for f in NAMES)}
    per_file = {f: [name for name, t in clean.items() if result[f].equals(t[f])] for f in NAMES}
    assert len(matches) == 1, f"not the data of one clean build: {per_file}"
    return matches.pop()


def test_two_build_processes_at_once_end_with_one_clean_build(two_inputs, tmp_path) -> None:
    a, b = two_inputs
    clean = {"A": _clean(a, tmp_path / "clean-A"), "B": _clean(b, tmp_path / "clean-B")}
    assert not clean["A"][ARTICLES_FILE].equals(clean["B"][ARTICLES_FILE])
    out = tmp_path / "shared"
    env = {**os.environ, "TRADE_DASHBOARD_CACHE": str(tmp_path / "cli-cache")}
    runs = [
        subprocess.Popen([sys.executable, "-m", "dashboard", "build", "--articles", str(src), "--out", str(out)],
                         cwd=paths.ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for src in (a, b)
    ]  # fmt: skip
    outputs = [run.communicate(timeout=240) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    _which(_tables(out), clean)
    assert sorted(p.name for p in out.iterdir()) == sorted([*NAMES, MANIFEST_FILE])  # no lock or temporary file left


def test_builds_racing_to_write_never_mix_their_files(two_inputs, tmp_path, monkeypatch) -> None:
    """Deterministic version: each build waits (up to 2 s) for the other to reach its write
    too, then moves its files on a schedule that, without the lock, gives the first file to
    the second build and the others to the first."""
    a, b = two_inputs
    clean = {"A": _clean(a, tmp_path / "clean-A"), "B": _clean(b, tmp_path / "clean-B")}
    both_writing = threading.Barrier(2, timeout=2)
    arrivals: list[str] = []
    # Pauses before each move: the first to arrive moves at 0.1, 0.5, 0.9 s, the second at 0.3, 0.35, 0.4 s.
    pauses = ([0.1, 0.4, 0.4], [0.3, 0.05, 0.05])

    def slow_moves(staged: list[tuple[Path, Path]]) -> None:
        arrivals.append(threading.current_thread().name)
        mine = pauses[len(arrivals) - 1]
        try:
            both_writing.wait()
        except threading.BrokenBarrierError:
            pass  # the other build is waiting for our lock: it cannot be writing
        for i, (tmp, target) in enumerate(staged):
            time.sleep(mine[min(i, len(mine) - 1)])
            os.replace(tmp, target)

    monkeypatch.setattr(tables, "_move_all_or_none", slow_moves)
    out = tmp_path / "shared"
    codes: dict[str, int] = {}
    threads = [threading.Thread(target=lambda n=n, src=src: codes.__setitem__(n, build_command(src, out, False, budget=0)))
               for n, src in (("A", a), ("B", b))]  # fmt: skip
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert codes == {"A": 0, "B": 0}
    _which(_tables(out), clean)


def test_a_build_waits_for_the_one_writing_and_says_so(seeds, tmp_path, capsys) -> None:
    out = tmp_path / "data"
    codes: list[int] = []
    with build_lock(out):
        waiting = threading.Thread(target=lambda: codes.append(build_command(seeds, out, False, budget=0)))
        waiting.start()
        said = ""
        deadline = time.monotonic() + 60
        while "another build is writing" not in said and time.monotonic() < deadline:
            time.sleep(0.05)
            said += capsys.readouterr().err
        assert f"another build is writing {out}: waiting for it to finish" in said
        assert waiting.is_alive() and not (out / FIGURES_FILE).exists()
    waiting.join(120)
    assert codes == [0]
    assert _tables(out)[ARTICLES_FILE].num_rows == len(list(seeds.glob("*.txt")))


def test_a_killed_builds_half_written_files_are_removed(seeds, tmp_path, capsys) -> None:
    out = tmp_path / "data"
    out.mkdir()
    for leftover in (f".{FIGURES_FILE}.k2j3.tmp", f".{ARTICLES_FILE}.x9.tmp", LOCK_FILE):
        (out / leftover).write_bytes(b"half")
    (out / "notes.txt").write_text("mine")
    assert build_command(seeds, out, check=False, budget=0) == 0
    assert "removed 2 half-written file(s) an interrupted build left in" in capsys.readouterr().out
    assert sorted(p.name for p in out.iterdir()) == sorted([*NAMES, MANIFEST_FILE, "notes.txt"])


def test_the_lock_is_released_when_the_build_fails(seeds, tmp_path, monkeypatch) -> None:
    out = tmp_path / "data"

    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(update, "write_tables", fail)
    assert build_command(seeds, out, check=False, budget=0) == 1
    monkeypatch.undo()
    assert build_command(seeds, out, check=False, budget=0) == 0  # would wait forever on a held lock
