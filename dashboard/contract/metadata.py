"""What a curator says of an article beside its text (seeds/metadata.toml): its date, title,
outlet and address. The build reads it (build/metadata.py); curation writes it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ArticleMeta:
    date: date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
