"""Run every benchmarks/bench_*.py module's `run()` in turn, or those named on the command line."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
names = sys.argv[1:] or sorted(p.stem for p in here.glob("bench_*.py"))
for name in names:
    module = importlib.import_module(f"benchmarks.{name}")
    print(f"\n== {name}: {(module.__doc__ or '').strip().splitlines()[0]}", flush=True)
    module.run()
