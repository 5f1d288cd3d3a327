"""The files `follow` and `export --views` read come from folders a user controls: they go
through the one guarded reader, so a FIFO, a link or a huge file is refused with its reason
before anything waits on it or reads it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dashboard import cli
from dashboard.curation.web import feeds, follow


def test_a_fifo_as_feeds_toml_is_refused_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / feeds.FILENAME)
    with pytest.raises(feeds.FeedsFileError, match=r"FIFO|not a regular file"):
        follow.load_feeds(tmp_path)


def test_a_link_as_feeds_toml_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.toml"
    outside.write_text('countries = ["AZE"]\n', encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / feeds.FILENAME).symlink_to(outside)
    with pytest.raises(feeds.FeedsFileError, match="symbolic link"):
        follow.load_feeds(seeds)


def test_a_huge_feeds_state_is_not_read(tmp_path: Path) -> None:
    state = follow.state_path(tmp_path)
    with state.open("wb") as f:
        f.truncate(1 << 30)  # sparse: 1 GB that costs nothing on disk
    assert follow.load_state(tmp_path) == feeds.empty_state()


def test_a_fifo_given_to_export_views_is_refused_with_its_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "views.txt"
    os.mkfifo(fifo)
    code = cli.main(["export", "--views", str(fifo), "--out", str(tmp_path / "out")])
    assert code != 0
    printed = capsys.readouterr()
    assert "FIFO" in printed.out + printed.err or "not a regular file" in printed.out + printed.err
