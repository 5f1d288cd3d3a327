"""Extract every figure of one article. (Stub: the real grammar lands next.)"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dashboard.schema import Figure

# Every file whose content changes what the extractor returns: the pipeline's cache key.
EXTRACTOR_FILES: tuple[Path, ...] = tuple(
    sorted(
        list(Path(__file__).resolve().parent.glob("*.py"))
        + list((Path(__file__).resolve().parent.parent / "rules").glob("*.*"))
    )
)


@dataclass(frozen=True)
class Extraction:
    figures: tuple[Figure, ...]
    countries: tuple[str, ...]  # ISO3 codes of every country the article names, sorted
    pair: tuple[str, str] | None  # the pair the article is mainly about, sorted


def extract_article(text: str, published: date | None) -> Extraction:
    return Extraction(figures=(), countries=(), pair=None)
