"""Fixtures for the curation tests: the pipeline tests' fake extractor and article folders,
and helpers that write decisions the way the review page does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pipeline.conftest import FakeExtractor, write_articles


@pytest.fixture
def fake() -> FakeExtractor:
    return FakeExtractor()


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Anything a test runs caches and writes under tmp_path, never in the repository."""
    monkeypatch.setenv("TRADE_DASHBOARD_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("TRADE_DASHBOARD_SEEDS", str(tmp_path / "seeds"))
    monkeypatch.setenv("TRADE_DASHBOARD_DATA", str(tmp_path / "data"))


@pytest.fixture
def make_articles(tmp_path: Path):
    def make(articles: dict[str, str | bytes], metadata: str | None = None, name: str = "seeds") -> Path:
        return write_articles(tmp_path / name, articles, metadata)

    return make
