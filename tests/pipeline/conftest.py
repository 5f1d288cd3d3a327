"""Shared fixtures for the pipeline tests: a fake extractor that counts its calls, and article
folders written into tmp_path (never into the repository's seeds/ or data/)."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from dashboard import paths
from dashboard.contract.schema import Figure
from dashboard.extract import Extraction

_MONEY = re.compile(r"\$(\d+(?:\.\d+)?) (million|billion)")
_RATE = re.compile(r"(-?\d+(?:\.\d+)?) percent")
_SCALE = {"million": 1e6, "billion": 1e9}


class FakeExtractor:
    """Reads `$N million|billion` as AZE-JPN turnover and `N percent` as its growth, for the
    article's year, FY; counts calls so tests can see what the cache saved."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, date | None]] = []

    def __call__(self, text: str, published: date | None) -> Extraction:
        self.calls.append((text, published))
        year = published.year if published else None
        figures = [
            _figure(text, m, "level", float(m.group(1)) * _SCALE[m.group(2)], "USD", year) for m in _MONEY.finditer(text)
        ] + [_figure(text, m, "change", float(m.group(1)), "percent", year) for m in _RATE.finditer(text)]
        return Extraction(figures=tuple(figures), countries=("AZE", "JPN"), pair=("AZE", "JPN"))


def _figure(text: str, m: re.Match, kind: str, value: float, unit: str, year: int | None) -> Figure:
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    quote = text[line_start : line_end if line_end >= 0 else len(text)]
    return Figure(
        country_a="AZE", country_b="JPN", flow_from=None, flow_to=None, indicator="trade_turnover",
        kind=kind, status="reported", value=value, unit=unit, qualifier="exact", year=year, period="FY",
        quote=quote, span_start=m.start(), span_end=m.end(), rule=f"fake:{kind}",
    )  # fmt: skip


@pytest.fixture
def fake() -> FakeExtractor:
    return FakeExtractor()


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Builds run by the CLI in tests cache under tmp_path, never in the repository's .cache/."""
    monkeypatch.setenv("TRADE_DASHBOARD_CACHE", str(tmp_path / "cli-cache"))


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A copy of the repository's seeds/ (articles and metadata.toml)."""
    folder = tmp_path / "seeds"
    shutil.copytree(paths.ROOT / "seeds", folder)
    return folder


@pytest.fixture
def make_articles(tmp_path: Path):
    """A function writing `{stem: text or bytes}` as a folder of `stem.txt` files (and
    metadata.toml when given) under tmp_path; returns the folder."""

    def make(articles: dict[str, str | bytes], metadata: str | None = None, name: str = "articles") -> Path:
        return write_articles(tmp_path / name, articles, metadata)

    return make


def write_articles(folder: Path, articles: dict[str, str | bytes], metadata: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for stem, content in articles.items():
        path = folder / f"{stem}.txt"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if metadata is not None:
        (folder / "metadata.toml").write_text(metadata, encoding="utf-8")
    return folder


@pytest.fixture
def fail_second_move(monkeypatch):
    """A switch: called, it makes the next write's second file move fail ("interrupted") and
    returns the function that makes moves work again."""
    from dashboard.build import tables

    real_replace = tables.os.replace

    def arm():
        moves = []

        def second_move_fails(src, dst):
            moves.append(dst)
            if len(moves) == 2:
                raise OSError("interrupted")
            return real_replace(src, dst)

        monkeypatch.setattr(tables.os, "replace", second_move_fails)
        return lambda: monkeypatch.setattr(tables.os, "replace", real_replace)

    return arm
