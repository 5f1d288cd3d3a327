"""The grammar's words as `rules/*.toml` write them, each file read and parsed once per process:
the lexicon and the few modules that compile a table of their own (a page's furniture, the
bodies of a state, the agreements with lenders of many countries) share one parse, which they
only read."""

from __future__ import annotations

import functools
import tomllib
from typing import Any

from dashboard.paths import RULES


@functools.cache
def rules_file(name: str) -> dict[str, Any]:
    """The parsed `rules/<name>` ("frames.toml"), the same object for every caller."""
    return tomllib.loads((RULES / name).read_text(encoding="utf-8"))
