"""`make eval`: extraction precision and recall on every labeled set, with the misses.

Builds the seeds, the dev sentences, the project's constructions, the written articles
(tests/extraction/fixtures/written: 222 articles written for the project by people who had not
seen the extractor), its held-out half (tests/extraction/fixtures/held: totals only, no misses), a
second held-out set (tests/extraction/fixtures/held2: 36 articles written in stop 32 by writers who
had not seen the extractor, read by no one since; totals only)
and (when ../shared is beside the project) the real-dev articles into a temporary folder with the real pipeline, and scores
each with the shared scorer's rule, and the behaviour tests' pass rate beside the scores
(tests/extraction/behaviour_templates.py). Prints; asserts nothing: the tests hold the guarantees.

Then confidence (rules/confidence.toml): for real-dev, the calibration table (sure / check x
right / wrong) and the strict totals of the sure figures, the check figures and all; for the
blind set, the same totals and nothing else (`blind_confidence`).

    python -m benchmarks.evaluate [--quiet] [--set real-dev] [--set blind]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.confidence_report import calibration, calibration_table, class_totals

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "extraction"
FIXTURES = ROOT / "tests" / "extraction" / "fixtures"


# Sets read by no one writing rules: their misses are never printed.
TOTALS_ONLY = ("held", "held2")


def _sentences_as_articles(jsonl: Path, folder: Path) -> Path:
    """One article per labeled text, dated by its label, and a gold file in the scorer's shape."""
    folder.mkdir(parents=True)
    gold = []
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        header = f" date {case['date']}\n" if case.get("date") else ""
        (folder / f"{case['id']}.txt").write_text(header + case["text"] + "\n", encoding="utf-8")
        for f in case["figures"]:
            gold.append({**f, "article": case["id"], "quote": case["text"]})
    gold_path = folder.parent / f"{folder.name}-gold.jsonl"
    gold_path.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    return gold_path


def _build(articles: Path, out: Path) -> None:
    cmd = [sys.executable, "-m", "dashboard", "build", "--articles", str(articles), "--out", str(out)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0 and not (out / "figures.parquet").exists():
        raise SystemExit(f"build of {articles} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")


def _score(figures: Path, gold: Path, verbose: bool, loose: bool = False) -> str:
    scorer = SHARED / "score.py"
    if not scorer.exists():
        return "(no scorer: ../shared/extraction/score.py is not beside the project)\n"
    cmd = [sys.executable, str(scorer), str(figures), str(gold), *(["--verbose"] if verbose else []), *(["--loose"] if loose else [])]
    return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout


def _blind(loose: bool) -> str:
    """The blind set's totals, from its own script, which prints nothing per article; its
    articles, labels and build are never opened here."""
    script = SHARED / "blind" / "score"
    if not script.exists():
        return "(not run: ../shared/extraction/blind is not beside the project)"
    cmd = ["bash", str(script), *(["--loose"] if loose else [])]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False, env={**os.environ, "PYTHON": sys.executable})
    last = done.stdout.strip().splitlines()[-1:] or ["(no output)"]
    return last[0].split("rule): ", 1)[-1]


def _confidence_lines(name: str, figures: Path, gold: Path, table: bool) -> list[str]:
    lines = [f"== {name}: confidence (strict rule)"]
    if table:
        lines.append(calibration_table(calibration(figures, gold, SHARED / "score.py")))
    lines += [f"{c:<6} {line}" for c, line in class_totals(figures, gold, SHARED / "score.py").items()]
    return lines


def blind_confidence(work: Path) -> list[str]:
    """The blind set's totals for sure, check and all, and nothing about any one article: its
    build's output is not shown (it names articles), its figures stay in `work`, which the
    caller deletes, and the scorer runs without --verbose."""
    blind = SHARED / "blind"
    articles, gold = blind / "articles", blind / "gold.jsonl"
    if not (articles.is_dir() and gold.exists() and (SHARED / "score.py").exists()):
        return ["blind: not laid out as real-dev is (articles/, gold.jsonl); score it with blind/score"]
    out = work / "blind-build"
    cmd = [sys.executable, "-m", "dashboard", "build", "--articles", str(articles), "--out", str(out)]
    subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if not (out / "figures.parquet").exists():
        return ["blind: the build failed (its output is not shown: it names articles)"]
    return _confidence_lines("blind (totals only)", out / "figures.parquet", gold, table=False)


def _behaviour() -> str:
    """The behaviour tests' pass rate (tests/extraction/test_behaviour.py), in one line."""
    cmd = [sys.executable, "-m", "tests.extraction.behaviour_templates", "--summary"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    return done.stdout.strip() or "(not run: " + (done.stderr.strip().splitlines() or ["no output"])[-1] + ")"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="only the score lines, no misses")
    parser.add_argument("--set", action="append", help="only these sets (seeds, dev, constructions, written, held, held2, real-dev, blind, behaviour)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="eval-") as tmp:
        work = Path(tmp)
        sets: list[tuple[str, Path, Path]] = []
        if (SHARED / "seeds-gold.jsonl").exists():
            sets.append(("seeds", ROOT / "seeds", SHARED / "seeds-gold.jsonl"))
        else:
            sets.append(("seeds", ROOT / "seeds", FIXTURES / "seeds-gold.jsonl"))
        sets.append(("dev", work / "dev", _sentences_as_articles(FIXTURES / "dev-sentences.jsonl", work / "dev")))
        sets.append(
            ("constructions", work / "constructions", _sentences_as_articles(FIXTURES / "constructions.jsonl", work / "constructions"))
        )
        sets.append(("written", FIXTURES / "written" / "articles", FIXTURES / "written" / "gold.jsonl"))
        # The held-out half of the project's third written corpus: totals only, like the blind set.
        sets.append(("held", FIXTURES / "held" / "articles", FIXTURES / "held" / "gold.jsonl"))
        sets.append(("held2", FIXTURES / "held2" / "articles", FIXTURES / "held2" / "gold.jsonl"))
        if (SHARED / "real-dev" / "gold.jsonl").exists():
            sets.append(("real-dev", SHARED / "real-dev" / "articles", SHARED / "real-dev" / "gold.jsonl"))
        else:
            print("real-dev: ../shared/extraction/real-dev not found beside the project; skipped")
        lines = []
        confidence: list[str] = []
        for name, articles, gold in sets:
            if args.set and name not in args.set:
                continue
            out = work / f"{name}-build"
            _build(articles, out)
            report = _score(out / "figures.parquet", gold, verbose=not args.quiet and name not in TOTALS_ONLY)
            body, _, last = report.rstrip("\n").rpartition("\n")
            if body:
                print(f"== {name}: misses (MISS) and unmatched predictions (FALSE)\n{body}\n")
            loose = _score(out / "figures.parquet", gold, verbose=False, loose=True).rstrip("\n").rpartition("\n")[2]
            lines.append(f"{name:<14} strict {last}")
            lines.append(f"{'':<14} loose  {loose}")
            if name in ("seeds", "written", "real-dev", "held", "held2") and (SHARED / "score.py").exists():
                label = f"{name} (totals only)" if name in TOTALS_ONLY else name
                confidence += _confidence_lines(label, out / "figures.parquet", gold, table=name not in TOTALS_ONLY)
        if not args.set or "blind" in args.set:
            lines.append(f"{'blind':<14} strict {_blind(loose=False)}")
            lines.append(f"{'':<14} loose  {_blind(loose=True)}")
            confidence += blind_confidence(work)
        if not args.set or "behaviour" in args.set:
            lines.append(f"{'behaviour':<14} {_behaviour()}")
        print("\n".join(lines))
        print("\n".join(confidence))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
