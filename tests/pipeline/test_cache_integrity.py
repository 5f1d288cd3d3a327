"""A damaged extraction cache never changes the data nor fails the build: every entry that fails
its checksum or its types is re-extracted with a note, and the tables equal a clean build's."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from dashboard.build.cache import FILENAME, _checksum
from dashboard.build.command import build_command
from dashboard.build.run import Build, build


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Build, bytes]:
    """The seeds, a build of them with no cache, and the cache file a build writes."""
    import shutil

    from dashboard import paths

    root = tmp_path_factory.mktemp("cache-integrity")
    seeds = root / "seeds"
    shutil.copytree(paths.ROOT / "seeds", seeds)
    fresh = build(seeds)
    cached = build(seeds, cache=root / "cache")
    assert cached.extracted == cached.articles.num_rows
    return seeds, fresh, (root / "cache" / FILENAME).read_bytes()


def _same(result: Build, fresh: Build) -> bool:
    return result.figures.equals(fresh.figures) and result.derived.equals(fresh.derived) and result.articles.equals(fresh.articles)


def _build_with(clean, cache: Path, content: bytes) -> Build:
    seeds, _, _ = clean
    cache.mkdir(exist_ok=True)
    (cache / FILENAME).write_bytes(content)
    return build(seeds, cache=cache)


def _edit_entry(content: bytes, edit, fix_checksum: bool = False, entry: int = 0) -> bytes:
    """Apply `edit` to the JSON of one entry (the first with figures), keeping its checksum
    unless `fix_checksum` (an edit made by something that knew the format)."""
    header, *entries = content.decode().splitlines(keepends=True)
    with_figures = [i for i, line in enumerate(entries) if json.loads(line.split("\t")[2])["figures"]]
    i = with_figures[entry]
    key, checksum, body = entries[i].rstrip("\n").split("\t")
    value = json.loads(body)
    edited = edit(value) or value
    body = edited if isinstance(edited, str) else json.dumps(edited, separators=(",", ":"))
    entries[i] = f"{key}\t{_checksum(key, body) if fix_checksum else checksum}\t{body}\n"
    return (header + "".join(entries)).encode()


def _set_figure_field(name: str, new: object):
    from dashboard.build.cache import _FIGURE_FIELDS

    def edit(value: dict) -> None:
        value["figures"][0][_FIGURE_FIELDS.index(name)] = new

    return edit


@pytest.mark.parametrize(
    ("edit", "fix_checksum", "reason"),
    [
        (_set_figure_field("value", 9.9e18), False, "1 checksum mismatch"),
        (_set_figure_field("year", 2031), False, "1 checksum mismatch"),
        (_set_figure_field("year", "x"), True, "1 not an extraction (TypeError)"),
        (_set_figure_field("span_start", True), True, "1 not an extraction (TypeError)"),
        (_set_figure_field("evidence", [["pair", 1, "2", "owner"]]), True, "1 not an extraction (TypeError)"),
        (lambda v: v.pop("pair"), True, "1 not an extraction (TypeError)"),
        (lambda v: "[" * 200_000 + "]" * 200_000, True, "1 not an extraction (RecursionError)"),
        (lambda v: "[" * 200_000, False, "1 checksum mismatch"),
    ],
    ids=["value-9.9e18", "year-2031", "year-x", "bool-span", "evidence", "no-pair", "deep-nesting", "deep-garbage"],
)
def test_failing_entry_is_re_extracted_with_a_note(clean, tmp_path, edit, fix_checksum: bool, reason: str) -> None:
    _, fresh, content = clean
    result = _build_with(clean, tmp_path / "cache", _edit_entry(content, edit, fix_checksum))
    assert _same(result, fresh)
    assert (result.extracted, result.cache_hits) == (1, fresh.articles.num_rows - 1)
    assert any(f"1 entries failed their check ({reason}): their articles are re-extracted" in w for w in result.warnings)
    # The build rewrote the entry: the next build uses the whole cache again.
    again = build(clean[0], cache=tmp_path / "cache")
    assert (again.extracted, again.warnings) == (0, fresh.warnings)


@pytest.mark.parametrize("fraction", [0.0, 0.1, 0.5, 0.9, 0.999])
def test_truncated_cache_keeps_the_entries_before_the_cut(clean, tmp_path, fraction: float) -> None:
    _, fresh, content = clean
    result = _build_with(clean, tmp_path / "cache", content[: int(len(content) * fraction)])
    assert _same(result, fresh)
    assert result.extracted + result.cache_hits == fresh.articles.num_rows


def test_random_byte_flips_never_change_the_data(clean, tmp_path) -> None:
    """60 single-byte flips: 33 of them used to change the data silently."""
    _, fresh, content = clean
    rng = random.Random(20261123)
    outcomes = {"re-extracted": 0, "unchanged": 0}
    for i in range(60):
        damaged = bytearray(content)
        at = rng.randrange(len(damaged))
        damaged[at] ^= 1 << rng.randrange(8)
        result = _build_with(clean, tmp_path / f"cache{i}", bytes(damaged))
        assert _same(result, fresh), f"flip at byte {at} changed the data"
        outcomes["re-extracted" if result.extracted else "unchanged"] += 1
    assert outcomes["re-extracted"] >= 50  # nearly every flip is caught (a flip in a key only misses)


def test_summary_shows_the_note(clean, tmp_path, monkeypatch, capsys) -> None:
    seeds, fresh, content = clean
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / FILENAME).write_bytes(_edit_entry(content, _set_figure_field("value", 9.9e18)))
    monkeypatch.setenv("TRADE_DASHBOARD_CACHE", str(cache))
    assert build_command(seeds, tmp_path / "data", check=False) == 0
    printed = capsys.readouterr().out
    assert f"extraction: 1 extracted, {fresh.articles.num_rows - 1} from cache" in printed
    assert "1 entries failed their check (1 checksum mismatch): their articles are re-extracted" in printed


def test_stale_cache_temporaries_are_removed(clean, tmp_path) -> None:
    _, _, content = clean
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / ".extractions.json.a1b2c3.tmp").write_bytes(b'{"version":"x","entries":{"k":')  # killed, old format
    (cache / ".extractions.jsonl.999999999.q.tmp").write_bytes(content[:100])
    (cache / FILENAME).write_bytes(content)
    result = build(clean[0], cache=cache)
    assert result.extracted == 0  # nothing to save, and still cleaned
    assert sorted(p.name for p in cache.iterdir()) == [FILENAME]


def test_cache_of_the_old_format_is_replaced(clean, tmp_path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "extractions.json").write_text('{"version": "x", "entries": {}}')  # before entries were checked
    build(clean[0], cache=cache)
    assert sorted(p.name for p in cache.iterdir()) == [FILENAME]


@pytest.mark.parametrize(
    ("field", "new"),
    [("value", 999e9), ("value", -1.0), ("value", 0.0), ("span_start", -2)],
    ids=["value-999bn", "value-negative-one", "value-zero", "span-on-no-number"],
)
def test_a_forged_entry_with_a_recomputed_checksum_is_re_extracted(clean, tmp_path, field: str, new: int) -> None:
    """Whoever can write the cache can recompute its checksum: the figure's amount is read again
    from its span, and an entry whose figure the text does not read as is not used."""
    from dashboard.build.cache import _FIGURE_FIELDS

    def forge(value: dict) -> None:
        figure = value["figures"][0]
        if field == "span_start":  # the last two characters of the amount: "on" of "million", say
            figure[_FIGURE_FIELDS.index("span_start")] = figure[_FIGURE_FIELDS.index("span_end")] + new
        else:
            figure[_FIGURE_FIELDS.index(field)] = new

    _, fresh, content = clean
    result = _build_with(clean, tmp_path / "cache", _edit_entry(content, forge, fix_checksum=True))
    assert _same(result, fresh)
    assert result.extracted == 1 and result.cache_hits == fresh.articles.num_rows - 1
    notes = [w for w in result.warnings if "extraction cache entry not used" in w]
    assert len(notes) == 1 and "is not what" in notes[0] and notes[0].endswith(": re-extracted"), result.warnings
