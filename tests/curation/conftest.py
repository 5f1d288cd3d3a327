"""Fixtures for the curation tests: the pipeline tests' fake extractor and article folders,
and helpers that write decisions the way the review page does."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dashboard import paths
from dashboard.build.curate import reading
from dashboard.build.decisions import FILENAME, Decision, save
from dashboard.build.run import build
from dashboard.build.tables import write_tables
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


@dataclass(frozen=True)
class Curated:
    """A copy of seeds/ with two decisions on Azerbaijan–China turnover, and its built data/."""

    seeds: Path
    data: Path
    kept: dict  # the larger reported turnover level: confirmed
    rejected: dict  # another one: rejected


def built_rows(data: Path) -> list[dict]:
    """figures.parquet rows with the amount's text (what a decision records)."""
    texts = dict(zip(*pq.read_table(data / "articles.parquet", columns=["article_id", "text"]).to_pydict().values(), strict=True))
    return [{**r, "amount": texts[r["article_id"]][r["span_start"] : r["span_end"]]} for r in pq.read_table(data / "figures.parquet").to_pylist()]


def decision_on(row: dict, action: str, **kw: object) -> Decision:
    """A decision on a row of built figures, as the review page takes it."""
    base = dict(action=action, figure_id=row["figure_id"], article_id=row["article_id"],
                span=(row["span_start"], row["span_end"]), amount=row["amount"], by="amina",
                at="2026-11-23T10:00:00Z", quote=row["quote"], was=reading(row))  # fmt: skip
    return Decision(**{**base, **kw})  # type: ignore[arg-type]


def write_data(seeds: Path, data: Path) -> None:
    result = build(seeds)
    write_tables(data, result.files)


@pytest.fixture(scope="session")
def curated(tmp_path_factory: pytest.TempPathFactory) -> Curated:
    root = tmp_path_factory.mktemp("curated")
    seeds, data = root / "seeds", root / "data"
    shutil.copytree(paths.ROOT / "seeds", seeds, ignore=shutil.ignore_patterns(FILENAME))
    write_data(seeds, data)
    turnover = sorted(
        (r for r in built_rows(data) if (r["country_a"], r["country_b"], r["indicator"], r["kind"], r["status"])
         == ("AZE", "CHN", "trade_turnover", "level", "reported")),
        key=lambda r: -r["value"],
    )  # fmt: skip
    assert len(turnover) >= 2, "the seeds give Azerbaijan–China two turnover levels"
    kept, rejected = turnover[0], turnover[1]
    save(seeds / FILENAME, [decision_on(kept, "confirm"), decision_on(rejected, "reject", note="not this pair's trade")])
    write_data(seeds, data)
    return Curated(seeds, data, kept, rejected)


@dataclass(frozen=True)
class Workspace:
    """A copy of seeds/ and its built data/, which the app under test reads and writes."""

    seeds: Path
    data: Path

    @property
    def decisions(self) -> Path:
        return self.seeds / FILENAME

    def figures(self) -> list[dict]:
        return built_rows(self.data)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    seeds, data = tmp_path / "seeds", tmp_path / "data"
    shutil.copytree(paths.ROOT / "seeds", seeds, ignore=shutil.ignore_patterns(FILENAME))
    write_data(seeds, data)
    monkeypatch.setenv("TRADE_DASHBOARD_SEEDS", str(seeds))
    monkeypatch.setenv("TRADE_DASHBOARD_DATA", str(data))
    monkeypatch.setenv("TRADE_DASHBOARD_CURATOR", "amina")
    return Workspace(seeds, data)
