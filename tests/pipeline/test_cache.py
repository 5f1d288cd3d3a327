"""The extraction cache: unchanged articles are not re-extracted, a new extractor version
re-extracts everything, and a corrupt cache is a warning, never a failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.build.cache import FILENAME, extractor_version
from dashboard.build.run import build

A = " date 2024-05-01 Trade reached $3.7 billion.\n"
B = " date 2024-05-01 Trade reached $1 million.\n"


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def test_second_build_extracts_nothing(make_articles, fake, cache) -> None:
    folder = make_articles({"a": A, "b": B})
    first = build(folder, extract=fake, version="v1", cache=cache)
    second = build(folder, extract=fake, version="v1", cache=cache)
    assert len(fake.calls) == 2
    assert (first.extracted, first.cache_hits, second.extracted, second.cache_hits) == (2, 0, 0, 2)
    assert first.figures.equals(second.figures) and first.articles.equals(second.articles)


def test_only_the_changed_article_is_extracted(make_articles, fake, cache) -> None:
    build(make_articles({"a": A, "b": B}), extract=fake, version="v1", cache=cache)
    result = build(make_articles({"a": A, "b": B.replace("$1", "$2")}), extract=fake, version="v1", cache=cache)
    assert [call[0] for call in fake.calls[2:]] == ["Trade reached $2 million."]
    assert result.figures.column("value").to_pylist() == [3.7e9, 2e6]


def test_new_extractor_version_re_extracts_everything(make_articles, fake, cache) -> None:
    folder = make_articles({"a": A, "b": B})
    build(folder, extract=fake, version="v1", cache=cache)
    build(folder, extract=fake, version="v2", cache=cache)
    assert len(fake.calls) == 4


def test_extractor_version_follows_file_contents(tmp_path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text("a = 1")
    before = extractor_version((rules,))
    assert extractor_version((rules,)) == before
    rules.write_text("a = 2")
    assert extractor_version((rules,)) != before


def test_injected_extractor_without_version_is_not_cached(make_articles, fake, cache) -> None:
    folder = make_articles({"a": A})
    build(folder, extract=fake, cache=cache)
    build(folder, extract=fake, cache=cache)
    assert len(fake.calls) == 2


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\x00\xff", b'{"version": "v1", "entries": {"k": {"figures": [[1, 2]]}}}', b"[]"],
    ids=["truncated", "binary", "wrong-shape", "list"],
)
def test_corrupt_cache_is_ignored_with_a_warning(make_articles, fake, cache, content: bytes) -> None:
    folder = make_articles({"a": A})
    cache.mkdir()
    (cache / FILENAME).write_bytes(content)
    result = build(folder, extract=fake, version="v1", cache=cache)
    assert len(fake.calls) == 1 and result.figures.num_rows == 1
    assert any(w.startswith("extraction cache") and "ignored" in w for w in result.warnings)
    # The build rewrote it: the next build uses it.
    build(folder, extract=fake, version="v1", cache=cache)
    assert len(fake.calls) == 1


def test_cache_that_cannot_be_written_is_a_warning(make_articles, fake, tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = build(make_articles({"a": A}), extract=fake, version="v1", cache=blocker / "cache")
    assert result.figures.num_rows == 1
    assert any(w.startswith("extraction cache not saved") for w in result.warnings)
