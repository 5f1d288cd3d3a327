"""`python -m dashboard build` runs without the app's libraries: a build is rows to pyarrow, and
importing pandas alone costs it about a third of a second before the first article."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dashboard import paths

# The command as `python -m dashboard` runs it, in a fresh process (a build, then a check of
# what it wrote), then which of the app's libraries the process had loaded.
BUILD_THEN_LIST_MODULES = """
import sys
from dashboard.cli import main
assert main(["build", "--articles", sys.argv[1], "--out", sys.argv[2]], own_process=True) == 0
assert main(["build", "--articles", sys.argv[1], "--out", sys.argv[2], "--check"], own_process=True) == 0
print(",".join(m for m in ("pandas", "streamlit", "plotly") if m in sys.modules))
"""


def test_build_command_loads_none_of_the_apps_libraries(seeds: Path, tmp_path: Path) -> None:
    env = {**os.environ, "TRADE_DASHBOARD_CACHE": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", BUILD_THEN_LIST_MODULES, str(seeds), str(tmp_path / "out")],
        check=False, cwd=paths.ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "figures.parquet").is_file()
    assert done.stdout.splitlines()[-1] == ""
