"""Run every benchmarks/bench_*.py module's `run()`, or those named on the command line.

Each module runs in a fresh interpreter, so no benchmark's memory or warm caches leak into the
next one's figures.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
names = sys.argv[1:] or sorted(p.stem for p in here.glob("bench_*.py"))
failed = []
for name in names:
    code = f"import benchmarks.{name} as m; print('\\n== {name}: ' + (m.__doc__ or '').strip().splitlines()[0], flush=True); m.run()"
    if subprocess.run([sys.executable, "-c", code], cwd=here.parent, check=False).returncode != 0:
        failed.append(name)
if failed:
    sys.exit(f"benchmarks failed: {', '.join(failed)}")
