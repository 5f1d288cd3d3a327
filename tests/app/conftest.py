"""Fixture data for the app tests: built once per session into a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tests.app.fixtures import build_fixture


@pytest.fixture(scope="session")
def fixture_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture(tmp_path_factory.mktemp("fixture-data"))


@pytest.fixture()
def fixture_env(fixture_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app at the fixture tables."""
    monkeypatch.setenv("TRADE_DASHBOARD_DATA", str(fixture_dir))
    return fixture_dir


@pytest.fixture(scope="session")
def fixture_figures(fixture_dir: Path) -> pd.DataFrame:
    return pd.read_parquet(fixture_dir / "figures.parquet")
