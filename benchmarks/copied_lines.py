"""Lines of the project that repeat a real-dev article: a run of 7 words, or of 5 holding a number
with a decimal point or three digits, shared with one of ../shared/extraction/real-dev's texts.

Those texts belong to their publishers: the project measures with them and never copies them, so
its test cases, comments and docs are sentences of its own. A row this prints is a line to reword
(other countries, numbers and words, the construction kept), unless its run is a formula of the
language ("in the first nine months of this year"). Prints `file:line: length | run`, never the
article; reads the files git tracks.

    python -m benchmarks.copied_lines [FILE ...]
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL_DEV = ROOT.parent / "shared" / "extraction" / "real-dev" / "articles"
_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
_NUMBER = re.compile(r"\d[.,]\d|\d{3}")
_LENGTHS = range(5, 41)
# Given to the project by ../shared (use freely), or the project's written corpora.
_NOT_OURS = ("fixtures/dev-sentences", "fixtures/seeds-gold", "fixtures/written", "fixtures/held")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def article_runs(folder: Path) -> dict[int, set[str]]:
    """Every run of 5 to 40 words of the articles, by length."""
    runs: dict[int, set[str]] = defaultdict(set)
    for path in folder.glob("*.txt"):
        w = _words(path.read_text(encoding="utf-8"))
        for n in _LENGTHS:
            runs[n].update(" ".join(w[i : i + n]) for i in range(len(w) - n + 1))
    return runs


def longest_shared(line: str, runs: dict[int, set[str]]) -> tuple[int, str]:
    """The longest run of the line's words that an article holds, and its length."""
    w = _words(line)
    best: tuple[int, str] = (0, "")
    for n in _LENGTHS:
        found = [r for r in (" ".join(w[i : i + n]) for i in range(len(w) - n + 1)) if r in runs[n]]
        if not found:
            break
        best = (n, max(found, key=lambda r: bool(_NUMBER.search(r))))
    return best


def copied(n: int, run: str) -> bool:
    return n >= 7 or (n >= 5 and _NUMBER.search(run) is not None)


def main(argv: list[str]) -> int:
    if not REAL_DEV.is_dir():
        print(f"{REAL_DEV} not found beside the project: nothing to compare with")
        return 0
    runs = article_runs(REAL_DEV)
    files = argv or subprocess.run(
        ["git", "ls-files", "dashboard", "tests", "docs", "benchmarks", "README.md"], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout.split()
    rows = 0
    for name in files:
        path = ROOT / name
        if any(part in name for part in _NOT_OURS) or path.suffix not in (".py", ".md", ".toml", ".jsonl", ".json", ".html", ".txt"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            n, run = longest_shared(line, runs)
            if copied(n, run):
                print(f"{name}:{number}: {n} | {run}")
                rows += 1
    print(f"{rows} lines share a run with a real-dev article")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
