"""Where the project's directories are. Imports nothing else from the package.

`TRADE_DASHBOARD_DATA` and `TRADE_DASHBOARD_SEEDS` override the defaults, so tests and
benchmarks can point the app and the pipeline at a copy without touching `data/`.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(__file__).resolve().parent
RULES = PACKAGE / "rules"


def seeds_dir() -> Path:
    return Path(os.environ.get("TRADE_DASHBOARD_SEEDS", ROOT / "seeds"))


def data_dir() -> Path:
    return Path(os.environ.get("TRADE_DASHBOARD_DATA", ROOT / "data"))


def cache_dir() -> Path:
    return Path(os.environ.get("TRADE_DASHBOARD_CACHE", ROOT / ".cache"))
