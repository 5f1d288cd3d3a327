"""A figure's confidence, `sure` or `check`, from its doubts, by the mapping in
rules/confidence.toml (dashboard/contract/confidence.py), checked here against every doubt the
extractor and the build raise.

A derived figure has the doubts of all its inputs, so it is as weak as the weakest of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from dashboard.build.plausibility import PLAUSIBILITY_DOUBTS
from dashboard.contract.confidence import CHECK, CONFIDENCE_FILE, SURE, Mapping, parse_mapping
from dashboard.extract.doubts import EXTRACTION_DOUBTS

DOUBTS: tuple[str, ...] = (*EXTRACTION_DOUBTS, *PLAUSIBILITY_DOUBTS)


@cache
def load_mapping(path: Path = CONFIDENCE_FILE) -> Mapping:
    """The mapping, refused if it does not name every doubt the build can raise."""
    return parse_mapping(path.read_text(encoding="utf-8"), known=DOUBTS)


def confidence_of(doubts: Iterable[str]) -> str:
    """`check` when the doubts include one the mapping says needs a reviewer, else `sure`.

    >>> confidence_of([]), confidence_of(["no-year"])
    ('sure', 'check')
    """
    return load_mapping().confidence(doubts)


def merged(*doubt_lists: Iterable[str] | None) -> list[str]:
    """The doubts of several figures as one list, in DOUBTS order: a derived figure's."""
    held = {d for doubts in doubt_lists for d in (doubts or ())}
    return [d for d in DOUBTS if d in held] + sorted(held - set(DOUBTS))


def weakest(*confidences: str | None) -> str | None:
    """The confidence of a figure computed from others: `check` if any input is.

    >>> weakest("sure", "check"), weakest("sure", "sure"), weakest(None)
    ('check', 'sure', None)
    """
    if CHECK in confidences:
        return CHECK
    return SURE if SURE in confidences else None
