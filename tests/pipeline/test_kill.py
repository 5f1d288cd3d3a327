"""Crash safety: a build of 2,000 articles killed with SIGKILL at random points (extracting,
saving the cache, writing the tables) leaves the previous data exactly as it was (or, killed
after its last move, the new data whole), never a mix or a torn file; it leaves no worker
running; and the next build succeeds and equals a clean build."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.synthetic_articles import write_corpus
from dashboard import paths
from dashboard.build.cache import FILENAME as CACHE_FILE
from dashboard.build.tables import read_table, validate_articles, validate_figures
from dashboard.contract.files import ARTICLES_FILE, DERIVED_FILE, FIGURES_FILE
from dashboard.contract.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA

N_ARTICLES = 2000
NAMES = (FIGURES_FILE, DERIVED_FILE, ARTICLES_FILE)
ADDED = "\n\nTrade turnover between Azerbaijan and Japan amounted to $4{i}.5 million in 2019, the ministry said.\n"


def _start(articles: Path, out: Path, cache: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TRADE_DASHBOARD_CACHE": str(cache)}
    return subprocess.Popen([sys.executable, "-m", "dashboard", "build", "--articles", str(articles), "--out", str(out)],
                            cwd=paths.ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)  # fmt: skip


def _build(articles: Path, out: Path, cache: Path) -> float:
    started = time.monotonic()
    run = _start(articles, out, cache)
    _, stderr = run.communicate(timeout=300)
    assert run.returncode == 0, stderr.decode()[-3000:]
    return time.monotonic() - started


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def _sound(out: Path) -> None:
    """Every table reads back and passes validation against the others."""
    articles = read_table(out / ARTICLES_FILE, ARTICLE_SCHEMA)
    figures = read_table(out / FIGURES_FILE, FIGURE_SCHEMA)
    validate_articles(articles, figures)
    validate_figures(figures, articles)
    validate_figures(read_table(out / DERIVED_FILE, FIGURE_SCHEMA), articles)


def _session_alive(session: int) -> list[int]:
    """Processes still in the killed build's session (its workers, if any outlived it)."""
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            alive.append(int(stat.parent.name))
    return alive


def _kill_when(run: subprocess.Popen[bytes], ready, deadline: float) -> bool:
    """SIGKILL the build as soon as `ready()` is true (or at the deadline); False if it had
    already finished."""
    while not ready() and time.monotonic() < deadline:
        if run.poll() is not None:
            return False
        time.sleep(0.001)
    if run.poll() is not None:
        return False
    run.send_signal(signal.SIGKILL)
    run.wait(30)
    return True


@pytest.mark.timeout(300)
def test_a_build_killed_anywhere_leaves_the_previous_data_and_the_next_build_succeeds(tmp_path) -> None:
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    old_articles, new_articles = tmp_path / "old", tmp_path / "new"
    write_corpus(old_articles, N_ARTICLES)
    shutil.copytree(old_articles, new_articles)
    # The new build has different data: 40 articles gain a figure, 10 are gone.
    files = sorted(new_articles.glob("*.txt"))
    for i, path in enumerate(rng.sample(files, 50)):
        if i < 40:
            path.write_text(path.read_text() + ADDED.format(i=i))
        else:
            path.unlink()

    out, cache = tmp_path / "data", tmp_path / "cache"
    first = _build(old_articles, out, cache)
    before = _snapshot(out)
    assert sorted(before) == sorted([*NAMES, "manifest.json"])
    # A cache of the old articles only: the new build extracts 40 and saves the cache.
    shutil.copytree(cache, tmp_path / "old-cache")
    clean_new = tmp_path / "clean-new"
    warm = _build(new_articles, clean_new, cache)
    after_clean = {name: read_table(clean_new / name, FIGURE_SCHEMA if name != ARTICLES_FILE else ARTICLE_SCHEMA) for name in NAMES}

    def staged(folder: Path, pattern: str):
        return lambda: any(folder.glob(pattern))

    def at_random(seconds: float):
        at, t0 = rng.uniform(0.1, 0.9) * seconds, time.monotonic()
        return lambda: time.monotonic() - t0 >= at

    # Each killed build but the first starts from the old articles' cache, so it has 40
    # articles to extract and the cache to save before it writes.
    kill_points = [
        ("at a random moment, nothing cached", lambda: at_random(first)),
        ("at a random moment", lambda: at_random(warm)),
        ("saving the extraction cache", lambda: staged(tmp_path / "kill-cache", f".{CACHE_FILE}.*.tmp")),
        ("writing the tables", lambda: staged(out, ".*.parquet.*.tmp")),
    ]
    outcomes = []
    for i, (what, when) in enumerate(kill_points):
        shutil.rmtree(tmp_path / "kill-cache", ignore_errors=True)
        if i:
            shutil.copytree(tmp_path / "old-cache", tmp_path / "kill-cache")
        run = _start(new_articles, out, tmp_path / "kill-cache")
        killed = _kill_when(run, when(), time.monotonic() + 120)
        where = f"killed {what} (seed {seed})"
        deadline = time.monotonic() + 10  # the kernel kills the workers as their parent dies: give it a moment
        while _session_alive(run.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _session_alive(run.pid), f"{where}: worker processes outlived the build"
        tables = {p.name: p.read_bytes() for p in out.glob("*.parquet")}
        if tables == {n: before[n] for n in NAMES}:
            outcomes.append(f"{what}: previous data intact" if killed else f"{what}: finished first")
        else:
            # Killed after its last move: then the new data must be whole.
            _sound(out)
            assert all(read_table(out / n, after_clean[n].schema).equals(after_clean[n]) for n in NAMES), f"{where}: a mix"
            outcomes.append(f"{what}: new data complete")
            before = {**_snapshot(out)}
        _sound(out)
    assert [o for o in outcomes if o.startswith("writing")] == ["writing the tables: previous data intact"], outcomes

    # The next build succeeds, cleans what the kills left, and equals a clean build.
    _build(new_articles, out, cache)
    assert sorted(p.name for p in out.iterdir() if p.name != ".build.lock") == sorted([*NAMES, "manifest.json"])
    for name in NAMES:
        assert read_table(out / name, after_clean[name].schema).equals(after_clean[name]), name
    print(f"seed {seed}; first build {first:.1f} s, with 1,950 cached {warm:.1f} s; " + "; ".join(outcomes))
