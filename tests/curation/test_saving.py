"""Saving decisions from several processes at once, and crashing in the middle of a save."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from dashboard import paths
from dashboard.build.decisions import load, save, to_line
from tests.curation.test_decisions import decision

SAVER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from dashboard.build.decisions import Decision, save
    path, who, n = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    for i in range(n):
        d = Decision(action="confirm", figure_id=f"{who}-{i}", article_id="a1", span=(i, i + 5), amount="$1 m",
                     by=who, at="2026-11-23T10:00:00Z")
        save(path, [d])
    """
)


def run_python(code: str, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=paths.ROOT, stderr=subprocess.PIPE)


def test_two_curators_saving_at_once_both_keep_their_decisions(tmp_path: Path) -> None:
    path = tmp_path / "decisions.jsonl"
    save(path, [decision("before")])
    procs = [run_python(SAVER, str(path), who, "40") for who in ("amina", "bob")]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    found = load(path)
    ids = {d.figure_id for d in found.decisions}
    assert ids == {"before"} | {f"{who}-{i}" for who in ("amina", "bob") for i in range(40)}
    assert found.invalid == ()


CRASHER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from dashboard.guard import atomic as files
    from dashboard.build.decisions import Decision, save
    point = sys.argv[2]
    real_fsync, real_replace = os.fsync, os.replace
    def die(*args):
        os.kill(os.getpid(), signal.SIGKILL)
    if point == "write":  # killed with the new file half written
        def fsync(fd):
            os.write(fd, b'{"action": "conf')
            die()
        files.os.fsync = fsync
    else:  # killed with the new file complete, just before it replaces the old one
        files.os.replace = die
    ds = [Decision(action="reject", figure_id=f"new-{i}", article_id="a1", span=(i, i + 5), amount="$1 m", by="x",
                   at="2026-11-23T10:00:00Z") for i in range(500)]
    save(Path(sys.argv[1]), ds)
    """
)


def test_a_crash_mid_save_leaves_the_previous_file_intact(tmp_path: Path) -> None:
    path = tmp_path / "decisions.jsonl"
    save(path, [decision("kept-1"), decision("kept-2", span=(30, 40))])
    before = path.read_bytes()
    for point in ("write", "rename"):
        p = run_python(CRASHER, str(path), point)
        p.communicate(timeout=60)
        assert p.returncode == -signal.SIGKILL
        assert path.read_bytes() == before, point
        assert list(tmp_path.glob(".decisions.jsonl.*.tmp")), "the crash left its temporary file"
    # The dead process's lock is gone with it, and the next save clears what it left.
    save(path, [decision("after", span=(50, 60))])
    assert {d.figure_id for d in load(path).decisions} == {"kept-1", "kept-2", "after"}
    assert not list(tmp_path.glob(".decisions.jsonl.*.tmp"))
    assert to_line(decision("kept-1")) in path.read_text()
