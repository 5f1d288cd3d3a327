"""The decisions file and the files given to `add` are read through the guarded reader: a FIFO,
a link to /dev/zero, a link out of the folder and a 1 GB (sparse) file are refused with their
reason before a byte is read, so nothing hangs and no memory goes; a line of nested brackets in
the decisions file is reported and kept, never a crash.

Each refusal runs in its own process, whose memory is capped (so the old behaviour, reading
/dev/zero to exhaustion, fails instead of taking the machine) and measured: the peak resident
size may grow by a few MB at most while the file is refused. The process's timeout only stops
a hang; it is not a measure of speed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from dashboard import paths
from dashboard.build.decisions import Decision, load, save, to_line
from dashboard.build.run import build
from tests.pipeline.conftest import FakeExtractor

HANG_GUARD_S = 30
MEMORY_CAP_BYTES = 2 << 30
FEW_MB = 8

# Runs in the child: import everything first, then measure what refusing the file costs.
_CHILD = textwrap.dedent(
    """
    import json, resource, sys
    from pathlib import Path
    from dashboard.curation import intake
    from dashboard.build import decisions
    from dashboard.contract.metadata import ArticleMeta

    def peak_kb():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    what, path, seeds = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    if what == "add":  # once on a missing file: what add loads for any file is not the refusal's cost
        intake.add_command([seeds / "missing.txt"], ArticleMeta(), seeds, seeds.parent / "data", build=False)
    before = peak_kb()
    if what == "decisions":
        try:
            decisions.load(path)
            outcome = "read"
        except decisions.DecisionsFileError as e:
            outcome = str(e)
    else:
        code = intake.add_command([path], ArticleMeta(), seeds, seeds.parent / "data", build=False)
        outcome = f"exit {code}"
    print(json.dumps({"outcome": outcome, "grew_mb": (peak_kb() - before) / 1024}))
    """
)


def _cap_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP_BYTES, MEMORY_CAP_BYTES))


def _refuse(what: str, path: Path, seeds: Path) -> tuple[dict, str]:
    run = subprocess.run(
        [sys.executable, "-c", _CHILD, what, str(path), str(seeds)], cwd=paths.ROOT, capture_output=True,
        text=True, timeout=HANG_GUARD_S, preexec_fn=_cap_memory, check=False,
    )  # fmt: skip
    assert run.returncode == 0 and run.stdout, run.stderr[-2000:]
    return json.loads(run.stdout.strip().splitlines()[-1]), run.stderr


def _hostile(kind: str, folder: Path, name: str, outside: Path) -> tuple[Path, str]:
    """A file of `kind` at folder/name, and the reason it must be refused with."""
    path = folder / name
    if kind == "fifo":
        os.mkfifo(path)
        return path, "a FIFO, not a regular file"
    if kind == "dev-zero":
        path.symlink_to("/dev/zero")
        return path, "a symbolic link to /dev/zero: links are not followed"
    if kind == "outside-link":
        secret = outside / "secret.txt"
        secret.write_text("Trade between Japan and China reached $5 million in 2023.\n")
        path.symlink_to(secret)
        return path, f"a symbolic link to {secret}: links are not followed"
    with open(path, "wb") as f:  # sparse: 1 GB that takes no disk
        f.truncate(1 << 30)
    return path, "too large (1073.7 MB, the limit is"


KINDS = ["fifo", "dev-zero", "outside-link", "sparse-1gb"]


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    seeds, outside = tmp_path / "seeds", tmp_path / "elsewhere"
    seeds.mkdir()
    outside.mkdir()
    return seeds, outside


@pytest.mark.parametrize("kind", KINDS)
def test_a_hostile_decisions_file_is_refused_with_its_reason_reading_nothing(folders, kind: str) -> None:
    seeds, outside = folders
    path, reason = _hostile(kind, seeds, "decisions.jsonl", outside)
    result, _ = _refuse("decisions", path, seeds)
    assert result["outcome"].startswith("decisions.jsonl: ") and reason in result["outcome"], result
    assert result["grew_mb"] < FEW_MB, result


@pytest.mark.parametrize("kind", KINDS)
def test_a_hostile_file_given_to_add_is_refused_with_its_reason_reading_nothing(folders, kind: str) -> None:
    seeds, outside = folders
    path, reason = _hostile(kind, outside, "article.txt", outside / "nowhere" if kind != "outside-link" else outside)
    result, stderr = _refuse("add", path, seeds)
    assert result["outcome"] == "exit 1", (result, stderr)
    assert f"refused: article.txt: {reason}" in stderr, stderr
    assert result["grew_mb"] < FEW_MB, result
    assert not list(seeds.glob("*.txt"))  # nothing added


def _decision(figure_id: str) -> Decision:
    return Decision("confirm", figure_id, "a1", (10, 22), "$3.7 billion", "amina", "2026-11-23T10:00:00Z")


def test_a_line_of_nested_brackets_is_reported_and_kept_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "decisions.jsonl"
    nested = "[" * 3000 + "]" * 3000
    path.write_text(to_line(_decision("f1")) + "\n" + nested + "\n")
    found = load(path)
    assert [d.figure_id for d in found.decisions] == ["f1"]
    assert [(i.line, i.error) for i in found.invalid] == [(2, "nested deeper than 32 levels")]
    save(path, [_decision("f2")])  # a save keeps the line it cannot read
    assert nested in path.read_text().splitlines()
    assert [d.figure_id for d in load(path).decisions] == ["f1", "f2"]


def test_a_build_with_a_line_of_nested_brackets_reports_it_and_builds(make_articles) -> None:
    folder = make_articles({"a1": " date 2024-05-01 Trade between Azerbaijan and Japan reached $5 million in 2023.\n"})
    (folder / "decisions.jsonl").write_text("{" * 3000 + "\n")
    result = build(folder, extract=FakeExtractor())
    assert result.articles.num_rows == 1
    assert any("nested deeper than 32 levels" in w for w in result.warnings), result.warnings
