"""Extraction and full-build throughput (articles/s, MB/s) and peak memory, on the seeds and on 10,000 synthetic articles.

Each measurement runs in its own Python process so its peak memory (ru_maxrss) is its own;
worker processes of a parallel build are reported beside their parent. Synthetic articles are
written to a temporary folder only. Nothing here asserts a time.
"""

from __future__ import annotations

import dataclasses
import importlib
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from dashboard.contract.schema import Figure
from dashboard.extract import Extraction

ROOT = Path(__file__).resolve().parent.parent
SYNTHETIC_ARTICLES = int(os.environ.get("BENCH_SYNTHETIC_ARTICLES", "10000"))
# Repeat the five seeds so their timing is not lost in the noise of a few milliseconds.
SEED_REPEATS = 40
# The last commit of the one-pass extractor (extract/figures.py), before the staged rebuild
# (mentions -> frames -> discourse -> readings): the throughput the new one must keep.
OLD_EXTRACTOR = os.environ.get("BENCH_OLD_EXTRACTOR", "976948e")  # the tree before the 2026-12-06 extraction work
COLD_ARTICLES = int(os.environ.get("BENCH_COLD_ARTICLES", "2000"))
COLD_REPEATS = int(os.environ.get("BENCH_COLD_REPEATS", "5"))


def run() -> None:
    from benchmarks.synthetic_articles import write_corpus
    from dashboard import paths

    with tempfile.TemporaryDirectory(prefix="bench-extraction-") as tmp:
        work = Path(tmp)
        cold = work / "cold-articles"
        write_corpus(cold, COLD_ARTICLES)
        compare_cold_builds(cold, work / "cold")
        compare_extractors_in_this_build(cold, work / "same-build")
        compare_extractors_article_by_article(cold, work / "article-by-article")
        seeds = paths.seeds_dir()
        print(f"seeds: {seeds} (extraction repeated {SEED_REPEATS}x)")
        _report("seeds  extraction only", _measure_in_child("extract", seeds, work / "seeds-out", repeats=SEED_REPEATS))
        _report("seeds  full build     ", _measure_in_child("build", seeds, work / "seeds-out", workers=1))

        corpus = work / "synthetic"
        started = time.perf_counter()
        write_corpus(corpus, SYNTHETIC_ARTICLES)
        print(f"synthetic: {SYNTHETIC_ARTICLES} SYNTHETIC articles generated in {time.perf_counter() - started:.1f} s in {corpus}")
        _report("synthetic extraction only, 1 process  ", _measure_in_child("extract", corpus, work / "out"))
        for workers in (1, 2):
            cache = work / f"cache-{workers}"
            name = f"synthetic full build, {workers} process(es)"
            _report(name, _measure_in_child("build", corpus, work / "out", workers=workers, cache=cache))
        _report("synthetic rebuild, all from cache      ", _measure_in_child("build", corpus, work / "out", workers=2, cache=work / "cache-2"))


def compare_cold_builds(corpus: Path, work: Path) -> None:
    """Old extractor vs this one: `python -m dashboard build` of the COLD_ARTICLES synthetic
    articles in `corpus` with an empty cache, process start included, the two trees' runs
    interleaved (old, new, old, new, ...) so a busy machine slows both alike; medians and every
    run shown."""
    trees = {"new": ROOT}
    old = _old_tree(work / "old-tree")
    if old is not None:
        trees = {"old": old, **trees}
    print(f"cold build of {COLD_ARTICLES} synthetic articles, `python -m dashboard build` with an empty cache, "
          f"process start included; {COLD_REPEATS} interleaved runs each (old = {OLD_EXTRACTOR})")  # fmt: skip
    runs: dict[str, list[float]] = {name: [] for name in trees}
    for i in range(COLD_REPEATS):
        for name, tree in trees.items():
            runs[name].append(_cold_build(tree, corpus, work / f"{name}-{i}"))
    _print_runs(runs, {})


def compare_extractors_in_this_build(corpus: Path, work: Path) -> None:
    """The old extractor and this one inside this build (the same reading, curation, derived
    figures, validation and writing around each): the extractor's own effect on a cold build.
    Each run is a fresh process (start included) that builds COLD_ARTICLES synthetic articles
    into an empty cache with 2 workers under the time budget, as `python -m dashboard build`
    does; the two interleaved."""
    old = _old_tree(work / "old-tree")
    if old is None:
        return
    package = _renamed_package(old / "dashboard", "old_dashboard")
    print(f"the same build with the old extractor ({OLD_EXTRACTOR}) and with this one: {COLD_ARTICLES} synthetic "
          f"articles, empty cache, 2 workers, process start included; {COLD_REPEATS} interleaved runs each")  # fmt: skip
    runs: dict[str, list[float]] = {"old": [], "new": []}
    figures: dict[str, int] = {}
    for i in range(COLD_REPEATS):
        for name in runs:
            spec = {"mode": "build", "articles": str(corpus), "out": str(work / f"out-{name}-{i}"), "workers": 2,
                    "cache": str(work / f"cache-{name}-{i}"), "extractor": str(package.parent) if name == "old" else None}  # fmt: skip
            started = time.perf_counter()
            figures[name] = _measure_in_child_spec(spec)["figures"]
            runs[name].append(time.perf_counter() - started)
    _print_runs(runs, {name: f"{n:,} figures, " for name, n in figures.items()})


ALTERNATING_ARTICLES = int(os.environ.get("BENCH_ALTERNATING_ARTICLES", "300"))
ALTERNATING_ROUNDS = int(os.environ.get("BENCH_ALTERNATING_ROUNDS", "6"))


def compare_extractors_article_by_article(corpus: Path, work: Path) -> None:
    """The two extractors alone, in one fresh process, taking turns article by article (which
    goes first alternates): each pair of calls shares its moment, so a machine that drifts
    over seconds moves both alike. The least noisy of the three comparisons."""
    old = _old_tree(work / "old-tree")
    if old is None:
        return
    package = _renamed_package(old / "dashboard", "old_dashboard")
    print(f"the extractors alone ({OLD_EXTRACTOR} and this one), taking turns on each of the first {ALTERNATING_ARTICLES} "
          f"synthetic articles, {ALTERNATING_ROUNDS} rounds in one process; wall time of the calls", flush=True)  # fmt: skip
    code = f"from benchmarks.bench_extraction import _alternate; _alternate({str(corpus)!r}, {str(package.parent)!r})"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def _alternate(corpus: str, old_folder: str) -> None:
    from dashboard.build.articles import read_article
    from dashboard.extract import extract_article as new

    sys.path.insert(0, old_folder)
    old = importlib.import_module("old_dashboard.extract").extract_article
    articles = [read_article(p) for p in sorted(Path(corpus).glob("*.txt"))[:ALTERNATING_ARTICLES]]
    texts = [(a.body, a.header_date) for a in articles]
    for text, published in texts[:30]:  # warm both: first calls compile patterns and fill caches
        new(text, published), old(text, published)
    clock, ratios = time.perf_counter_ns, []
    for round_ in range(ALTERNATING_ROUNDS):
        spent = {old: 0, new: 0}
        for i, (text, published) in enumerate(texts):
            for extract in (old, new) if (i + round_) % 2 else (new, old):
                started = clock()
                extract(text, published)
                spent[extract] += clock() - started
        ratios.append(spent[new] / spent[old])
        print(f"  round {round_ + 1}: old {spent[old] / 1e9:.2f} s, new {spent[new] / 1e9:.2f} s, new / old {ratios[-1]:.3f}", flush=True)
    print(f"  new / old time: median {statistics.median(ratios):.3f} (rounds {min(ratios):.3f}-{max(ratios):.3f})", flush=True)


def _print_runs(runs: dict[str, list[float]], notes: dict[str, str]) -> None:
    """Each side's median and every run, the new/old ratio when both ran, and the machine's load."""
    medians = {name: statistics.median(seconds) for name, seconds in runs.items()}
    for name, seconds in runs.items():
        each = ", ".join(f"{s:.2f}" for s in seconds)
        print(f"  {name:3} median {medians[name]:.2f} s = {COLD_ARTICLES / medians[name]:,.0f} articles/s, "
              f"{notes.get(name, '')}runs: {each} s")  # fmt: skip
    if "old" in medians:
        # Each new run beside the old run just before it: the machine drifts over minutes, and a
        # pair shares its moment, so the median of the pairs' ratios moves less than the medians'.
        pairs = sorted(n / o for o, n in zip(runs["old"], runs["new"], strict=True))
        print(f"  new / old time: {medians['new'] / medians['old']:.2f} (below 1: the new extractor is faster); "
              f"run by run: median {statistics.median(pairs):.2f}, {sum(r <= 1 for r in pairs)} of {len(pairs)} runs no slower")  # fmt: skip
    print(f"  machine load average (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores", flush=True)


def _renamed_package(package: Path, name: str) -> Path:
    """The package at `package` as one named `name`, beside it, its own imports renamed, so it
    loads next to this project's `dashboard`."""
    target = package.parent / name
    package.rename(target)
    for path in target.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("from dashboard", f"from {name}").replace("import dashboard", f"import {name}"), encoding="utf-8")
    return target


def _old_extract(folder: str) -> Callable[[str, date | None], Extraction]:
    """The old extractor (a package `old_dashboard` in `folder`), returning this build's records."""
    sys.path.insert(0, folder)
    old = importlib.import_module("old_dashboard.extract")
    names = [f.name for f in dataclasses.fields(Figure)]

    def extract(text: str, published: date | None) -> Extraction:
        found = old.extract_article(text, published)
        figures = tuple(Figure(**{n: getattr(f, n) for n in names if hasattr(f, n)}) for f in found.figures)
        return Extraction(figures=figures, countries=found.countries, pair=found.pair)

    return extract


def _old_tree(folder: Path) -> Path | None:
    """The old extractor's package, unpacked from git; None (with a note) where git or the
    commit is not at hand, e.g. in a source archive."""
    try:
        archive = subprocess.run(["git", "archive", OLD_EXTRACTOR, "dashboard"], cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as err:
        print(f"  old extractor {OLD_EXTRACTOR} not available ({err}): timing the new one only")
        return None
    folder.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def _cold_build(tree: Path, corpus: Path, work: Path) -> float:
    """Seconds for one build run from `tree` (its `dashboard` package first on the path)."""
    env = {**os.environ, "TRADE_DASHBOARD_CACHE": str(work / "cache"), "PYTHONDONTWRITEBYTECODE": "1"}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dashboard", "build", "--articles", str(corpus), "--out", str(work / "out")],
                   cwd=tree, env=env, check=True, capture_output=True)  # fmt: skip
    return time.perf_counter() - started


def _measure_in_child(mode: str, articles: Path, out: Path, **options: object) -> dict:
    return _measure_in_child_spec({"mode": mode, "articles": str(articles), "out": str(out), **options})


def _measure_in_child_spec(spec: dict) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_extraction", json.dumps(spec, default=str)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"benchmark {spec['mode']} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _report(name: str, m: dict) -> None:
    seconds = m["seconds"]
    rss = f"peak RSS {m['maxrss_mb']:.0f} MB"
    if m["children_maxrss_mb"]:
        rss += f" (+ largest worker {m['children_maxrss_mb']:.0f} MB)"
    print(
        f"  {name}: {m['articles']} articles, {m['mb']:.1f} MB in {seconds:.2f} s = "
        f"{m['articles'] / seconds:,.0f} articles/s, {m['mb'] / seconds:.2f} MB/s; "
        f"{m['figures']:,} figures; {rss}" + (f"; {m['cache']}" if m["cache"] else ""),
        flush=True,
    )


def measure(spec: dict) -> dict:
    """One measurement in this process: `extract` times the extractor alone over bodies already
    read; `build` times the whole pipeline (read, extract, derive, validate, write parquet)."""
    from dashboard.build.articles import read_article
    from dashboard.build.run import build
    from dashboard.build.tables import write_tables
    from dashboard.build.workers import DEFAULT_BUDGET
    from dashboard.extract import extract_article

    articles = Path(spec["articles"])
    files = sorted(articles.glob("*.txt"))
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    if spec["mode"] == "extract":
        repeats = int(spec.get("repeats", 1))
        bodies = [(a.body, a.header_date) for a in map(read_article, files)]
        started = time.perf_counter()
        figures = sum(len(extract_article(body, published).figures) for _ in range(repeats) for body, published in bodies)
        seconds = time.perf_counter() - started
        count, megabytes = len(files) * repeats, megabytes * repeats
        cache_note = ""
    else:
        cache = Path(spec["cache"]) if spec.get("cache") else None
        options = {"extract": _old_extract(spec["extractor"]), "version": "old extractor"} if spec.get("extractor") else {}
        started = time.perf_counter()
        # As the command builds: under the per-article time budget, so in worker processes.
        result = build(articles, cache=cache, workers=int(spec["workers"]), budget=DEFAULT_BUDGET, **options)
        write_tables(Path(spec["out"]), result.files)
        seconds = time.perf_counter() - started
        count, figures = len(files), result.figures.num_rows
        cache_note = f"{result.extracted} extracted, {result.cache_hits} from cache"
    return {
        "cache": cache_note,
        "seconds": seconds,
        "articles": count,
        "mb": megabytes,
        "figures": figures,
        "maxrss_mb": _own_peak_mb(),
        "children_maxrss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _own_peak_mb() -> float:
    """This process's peak resident memory. Not ru_maxrss: Linux carries that across fork and
    exec, so a child would report its parent's peak (the runner's, after a large benchmark)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    print(json.dumps(measure(json.loads(sys.argv[1]))))
