"""The per-article time budget: an article whose extraction never ends (a Python loop, a
regular expression stuck backtracking, a sleep) or kills its process is stopped, reported and
skipped, and every other article builds, in one worker process as in several."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dashboard import paths
from dashboard.build import extraction
from dashboard.build.failure import BuildFailed
from dashboard.build.report import summary
from dashboard.build.run import build
from dashboard.build.workers import Stopped, budget_from_env, run_with_budget
from dashboard.extract import Extraction, extract_article
from tests.pipeline.conftest import FakeExtractor

SEEDS_DIR = paths.ROOT / "seeds"
GOOD = " date 2024-05-01 Trade between Azerbaijan and Japan reached ${n} million in 2023.\n"


class Hostile(FakeExtractor):
    """The fake extractor, except on articles that ask it to hang or die."""

    def __call__(self, text: str, published: date | None) -> Extraction:
        if "LOOP FOREVER" in text:
            while True:
                pass
        if "BACKTRACK" in text:  # exponential: (a+)+ against a run of a's that cannot end the match
            re.match(r"(a+)+$", "a" * 64 + "!")
        if "SLEEP FOREVER" in text:
            time.sleep(10**6)
        if "DIE" in text:
            os._exit(3)
        return super().__call__(text, published)


def _folder(make_articles, bad: dict[str, str], n_good: int = 6) -> Path:
    articles = {f"good{i}": GOOD.format(n=i + 1) for i in range(n_good)}
    return make_articles({**articles, **{k: f" date 2024-05-01 {v} Trade reached $9 million.\n" for k, v in bad.items()}})


@pytest.mark.timeout(120)
@pytest.mark.parametrize("workers", [1, 2], ids=["one-process", "parallel"])
def test_articles_past_the_budget_are_skipped_and_the_rest_build(make_articles, monkeypatch, workers) -> None:
    monkeypatch.setattr(extraction, "POOL_MIN_ARTICLES", 1)  # use the pool even for a handful of articles
    folder = _folder(make_articles, {"loop": "LOOP FOREVER", "regex": "BACKTRACK", "sleep": "SLEEP FOREVER"})
    started = time.monotonic()
    result = build(folder, extract=Hostile(), workers=workers, budget=1.0)
    elapsed = time.monotonic() - started
    assert sorted(result.over_budget) == ["loop", "regex", "sleep"]
    assert sorted(result.skipped) == ["loop", "regex", "sleep"]
    assert sorted(result.articles.column("article_id").to_pylist()) == [f"good{i}" for i in range(6)]
    assert sorted(result.figures.column("value").to_pylist()) == [(i + 1) * 1e6 for i in range(6)]
    for article_id in ("loop", "regex", "sleep"):
        assert f"{article_id}: skipped: extraction ran past its 1 s time budget and was stopped" in result.warnings
    # Three stops of 1 s each, one at a time or two side by side; never the hour a hang would take.
    assert elapsed < 3 * 1.0 + 30


def test_the_summary_names_the_articles_over_budget(make_articles) -> None:
    result = build(_folder(make_articles, {"slow": "LOOP FOREVER"}, n_good=2), extract=Hostile(), budget=0.5)
    text = summary(result, Path("articles"))
    assert "2 built, 1 skipped" in text
    assert "1 article(s) ran past the 0.5 s extraction budget and were skipped: slow (see --budget)" in text


def test_a_process_that_dies_is_reported_and_replaced(make_articles) -> None:
    result = build(_folder(make_articles, {"crash": "DIE"}), extract=Hostile(), budget=5.0)
    assert result.skipped == ["crash"] and result.over_budget == []
    assert "crash: skipped: the extraction process died (exit code 3)" in result.warnings
    assert result.articles.num_rows == 6


def test_an_exception_stays_an_extractor_failure(make_articles) -> None:
    folder = make_articles({"a": GOOD.format(n=1), "b": " date 2024-05-01 BROKEN $1 million.\n"})
    fake = FakeExtractor()

    def sometimes(text: str, published: date | None) -> Extraction:
        if "BROKEN" in text:
            raise ValueError("no reading")
        return fake(text, published)

    result = build(folder, extract=sometimes, budget=5.0)
    assert "b: skipped: the extractor failed: ValueError: no reading" in result.warnings
    assert result.over_budget == [] and result.articles.column("article_id").to_pylist() == ["a"]


def test_over_budget_articles_are_not_cached_and_are_tried_again(make_articles, tmp_path) -> None:
    folder = _folder(make_articles, {"slow": "LOOP FOREVER"}, n_good=1)
    first = build(folder, extract=Hostile(), version="v", cache=tmp_path / "cache", budget=0.5)
    second = build(folder, extract=Hostile(), version="v", cache=tmp_path / "cache", budget=0.5)
    assert (first.extracted, second.extracted, second.cache_hits) == (2, 1, 1)
    assert second.over_budget == ["slow"]


def test_results_come_back_for_every_item_with_their_index() -> None:
    items = list(range(50))
    results = dict(run_with_budget(items, lambda n: n * n, workers=2, budget=5.0))
    assert results == {i: i * i for i in items}


def test_items_are_read_only_as_workers_need_them() -> None:
    # A build reads its articles while the first ones are extracted: the iterable is not read
    # to its end before the first result comes back.
    taken: list[int] = []

    def items() -> Iterator[int]:
        for n in range(500):
            taken.append(n)
            yield n

    outcomes = run_with_budget(items(), lambda n: n * n, workers=2, budget=5.0)
    assert next(outcomes) == (0, 0)
    assert len(taken) < 100
    assert dict(outcomes) == {n: n * n for n in range(1, 500)}


@pytest.mark.timeout(60)  # the failure is a hang: both sides waiting to write
def test_items_and_results_larger_than_a_pipe_holds_cross_without_waiting_on_each_other() -> None:
    # The parent sends a worker its next items while the worker sends back results: with each
    # a megabyte, both pipes fill, and neither side may wait for the other to read.
    items = [bytes([n]) * 2**20 for n in range(30)]
    results = dict(run_with_budget(items, lambda b: b[::-1], workers=2, budget=30.0))
    assert results == {n: items[n] for n in range(30)}


def test_an_interrupted_run_leaves_no_worker_behind() -> None:
    before = _children()
    outcomes = run_with_budget([0, 60, 60, 60], lambda n: time.sleep(n) or n, workers=2, budget=30.0)
    assert next(outcomes) == (0, 0)
    assert len(_children() - before) == 2  # both workers running, one of them on a 60 s job
    outcomes.close()  # the consumer gives up, as on Ctrl-C
    assert _children() == before


def test_a_job_over_budget_gets_a_stopped_marker() -> None:
    [(index, outcome)] = list(run_with_budget(["x"], lambda _: time.sleep(60), workers=1, budget=0.3))
    assert index == 0 and outcome == Stopped("extraction ran past its 0.3 s time budget and was stopped", True)


def test_the_budget_is_each_items_own_though_results_are_read_in_rounds() -> None:
    # Five jobs under the budget each, over it together: the parent reads results in rounds, and
    # each job's time runs from when its worker finished the one before, never from the round.
    outcomes = list(run_with_budget([0.3] * 5, lambda n: time.sleep(n) or n, workers=1, budget=0.6))
    assert sorted(outcomes) == [(i, 0.3) for i in range(5)]


def test_the_items_queued_behind_a_stopped_one_still_run_once_each() -> None:
    # One worker holds the hanging item and the ones sent ahead of it; killing it must not lose them.
    jobs = [60, 1, 2, 3, 60, 4, 5]
    outcomes = list(run_with_budget(jobs, lambda n: time.sleep(n) if n == 60 else n, workers=1, budget=0.5))
    assert sorted(i for i, _ in outcomes) == list(range(len(jobs)))
    assert {i: r for i, r in outcomes if not isinstance(r, Stopped)} == {1: 1, 2: 2, 3: 3, 5: 4, 6: 5}
    assert [i for i, r in outcomes if isinstance(r, Stopped)] == [0, 4]


def _children() -> set[int]:
    import multiprocessing

    return {p.pid for p in multiprocessing.active_children() if p.pid is not None}


def test_budget_from_the_environment(monkeypatch) -> None:
    monkeypatch.delenv("TRADE_DASHBOARD_BUDGET", raising=False)
    assert budget_from_env() == 10.0
    monkeypatch.setenv("TRADE_DASHBOARD_BUDGET", "2.5")
    assert budget_from_env() == 2.5
    monkeypatch.setenv("TRADE_DASHBOARD_BUDGET", "soon")
    with pytest.raises(ValueError, match="not a number of seconds"):
        budget_from_env()


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["--budget", "-1"], {}, "the budget cannot be negative"),
        (["--budget", "ten"], {}, "is not a number of seconds"),
        ([], {"TRADE_DASHBOARD_BUDGET": "nan"}, "the budget cannot be negative"),
    ],
    ids=["negative", "words", "env-nan"],
)
def test_a_bad_budget_is_refused_with_a_message(tmp_path, args, env, message) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "dashboard", "build", "--out", str(tmp_path / "out"), *args],
        cwd=paths.ROOT, env={**os.environ, **env}, capture_output=True, text=True, timeout=120, check=False,
    )
    assert run.returncode == 2 and message in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_the_command_applies_the_budget_from_the_flag_or_the_environment(seeds, tmp_path, how) -> None:
    """No article extracts in a microsecond: every one is stopped, so the build fails and
    writes nothing."""
    args, env = (["--budget", "0.000001"], {}) if how == "flag" else ([], {"TRADE_DASHBOARD_BUDGET": "0.000001"})
    run = subprocess.run(
        [sys.executable, "-m", "dashboard", "build", "--articles", str(seeds), "--out", str(tmp_path / "out"), *args],
        cwd=paths.ROOT, env={**os.environ, **env}, capture_output=True, text=True, timeout=120, check=False,
    )
    assert run.returncode == 1 and "every article failed" in run.stderr and "Traceback" not in run.stderr
    assert "ran past the 1e-06 s extraction budget" in run.stderr and "--budget" in run.stderr
    assert not (tmp_path / "out").exists()


def test_no_process_to_start_is_a_build_failure_with_a_message(make_articles, monkeypatch) -> None:
    import multiprocessing.process

    def refuse(self):
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", refuse)
    with pytest.raises(BuildFailed, match=r"cannot run extraction in worker processes: .*--budget 0"):
        build(_folder(make_articles, {}), extract=Hostile(), budget=5.0)


def test_an_extraction_crosses_from_a_worker_whole() -> None:
    # Figures come back from the worker processes pickled (Figure.__reduce__): every field, evidence too.
    text = (SEEDS_DIR / "001_a563b270b5ce3c37.txt").read_text(encoding="utf-8")
    extraction = extract_article(text, date(2021, 12, 21))
    assert extraction.figures and all(f.evidence for f in extraction.figures)
    [(_, back)] = list(run_with_budget([text], lambda t: extract_article(t, date(2021, 12, 21)), workers=1, budget=30.0))
    assert back == extraction
    assert [dataclasses.astuple(f) for f in back.figures] == [dataclasses.astuple(f) for f in extraction.figures]


def test_a_build_whose_only_article_ran_past_the_budget_names_the_budget(make_articles) -> None:
    """Alone in a build, an article the budget stopped must not read as a plain failure."""
    folder = make_articles({"loop": " date 2024-05-01 LOOP FOREVER Trade reached $9 million.\n"})
    with pytest.raises(BuildFailed) as failed:
        build(folder, extract=Hostile(), workers=1, budget=0.5)
    assert "every article failed (1 read; 1 ran past the 0.5 s extraction budget (loop): raise it with --budget)" in str(failed.value)
