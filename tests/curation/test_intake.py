"""Adding articles: what is refused, where it is saved, the same text twice, metadata kept,
the suggested date, title and outlet, and `python -m dashboard add` end to end."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import tomllib
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dashboard import cli, paths
from dashboard.build.metadata import load_metadata
from dashboard.contract.metadata import ArticleMeta
from dashboard.curation.intake import MAX_UPLOAD_BYTES, Refused, check_upload, save_article

ARTICLE = (
    "BAKU, March 3, 2025 (Trend) - Trade turnover between Azerbaijan and Japan reached $412.5 million in 2024,"
    " the State Customs Committee said.\n\nThe sides discussed energy and transport.\n"
)
METADATA = '# Curated by hand: keep this comment.\n\n["001"]\ntitle = "An older article"  # and this one\n'


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "001.txt").write_text(" date 2024-01-02\nAn older article about trade.\n")
    (folder / "metadata.toml").write_text(METADATA)
    return folder


@pytest.mark.parametrize(
    ("name", "raw", "why"),
    [
        ("big.txt", b"a" * (MAX_UPLOAD_BYTES + 1), "is more than the 2 MB"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary file"),
        ("report.pdf", b"%PDF-1.7 text", "only text files"),
        ("latin1.txt", "Café trade 5 m".encode("latin-1"), "not valid UTF-8"),
        ("empty.txt", b"  \n\n", "empty"),
        ("noext", b"Trade grew.", "not 'a file without an extension'"),
    ],
)
def test_bad_uploads_are_refused_with_a_reason(seeds: Path, name: str, raw: bytes, why: str) -> None:
    before = sorted(p.name for p in seeds.iterdir())
    with pytest.raises(Refused, match=why.replace("(", r"\(")):
        check_upload(name, raw)
    assert sorted(p.name for p in seeds.iterdir()) == before


@pytest.mark.parametrize("name", ["../../outside.txt", "/etc/cron.d/job.txt", ".hidden.txt", "..\\..\\win.txt", "a/../../b.txt"])
def test_no_upload_name_can_write_outside_seeds_or_hide_a_file(tmp_path: Path, seeds: Path, name: str) -> None:
    before = set(tmp_path.rglob("*"))
    added = save_article(seeds, check_upload(name, ARTICLE.encode()), ArticleMeta())
    assert added.path.parent == seeds and added.path.exists()
    assert added.article_id == f"002_{added.article_id[4:]}" and not added.path.name.startswith(".")
    created = set(tmp_path.rglob("*")) - before
    assert {p.relative_to(tmp_path).as_posix() for p in created if p.name != ".curation.lock"} == {f"seeds/{added.path.name}"}


def test_the_same_text_added_twice_is_recognised(seeds: Path) -> None:
    first = save_article(seeds, check_upload("news.txt", ARTICLE.encode()), ArticleMeta())
    # Another name, Windows line endings and a byte-order mark: the same article.
    again = save_article(seeds, check_upload("copy.txt", b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode()), ArticleMeta())
    assert (again.duplicate_of, first.duplicate_of) == (first.article_id, None)
    assert len(list(seeds.glob("*.txt"))) == 2


def test_html_is_turned_into_text_with_a_warning(seeds: Path) -> None:
    upload = check_upload("page.html", b"<html><body><p>Trade reached $5 million.</p><script>x()</script></body></html>")
    assert upload.text == "Trade reached $5 million.\n"
    assert any("HTML" in w for w in upload.warnings)


def test_metadata_keeps_the_curators_entries_and_comments(seeds: Path) -> None:
    meta = ArticleMeta(date(2025, 3, 3), 'Trade "up" 5%', "Trend", "https://example.org/a?x=1&y=2")
    added = save_article(seeds, check_upload("news.txt", ARTICLE.encode()), meta)
    text = (seeds / "metadata.toml").read_text()
    assert text.startswith(METADATA)
    assert load_metadata(seeds / "metadata.toml").entries[added.article_id] == meta
    assert f'["{added.article_id}"]' in text


def test_date_title_and_outlet_are_suggested_from_the_text() -> None:
    dateline = check_upload("a.txt", ARTICLE.encode()).prefill
    assert (dateline.date, dateline.date_from, dateline.outlet) == (date(2025, 3, 3), "dateline", "Trend")
    assert dateline.title and dateline.title.startswith("Trade turnover between Azerbaijan and Japan")
    header = check_upload("b.txt", b" date 2024-06-30\nExports grew.\n").prefill
    assert (header.date, header.date_from) == (date(2024, 6, 30), "date line")
    no_year = check_upload("c.txt", b"ASHGABAT, 3 March - Talks were held.\n").prefill
    assert no_year.date is None and "without a year" in (no_year.note or "")


def test_two_curators_adding_at_once_get_two_articles(seeds: Path) -> None:
    code = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from dashboard.curation.intake import check_upload, save_article
        from dashboard.contract.metadata import ArticleMeta
        seeds, who = Path(sys.argv[1]), sys.argv[2]
        for i in range(10):
            text = f"Trade between Azerbaijan and Japan reached ${i + 1} million, {who} wrote.\\n"
            save_article(seeds, check_upload("a.txt", text.encode()), ArticleMeta(title=f"{who} {i}"))
        """
    )
    procs = [subprocess.Popen([sys.executable, "-c", code, str(seeds), who], cwd=paths.ROOT, stderr=subprocess.PIPE) for who in ("amina", "bob")]
    for p in procs:
        assert p.wait(timeout=120) == 0, p.stderr.read().decode() if p.stderr else ""
    titles = sorted(e.title or "" for e in load_metadata(seeds / "metadata.toml").entries.values())
    assert titles == sorted(["An older article", *(f"{w} {i}" for w in ("amina", "bob") for i in range(10))])
    assert len(list(seeds.glob("*.txt"))) == 21
    assert tomllib.loads((seeds / "metadata.toml").read_text())  # still one valid file


def test_cli_add_saves_rebuilds_and_extracts_only_the_new_article(tmp_path: Path, capsys) -> None:
    seeds, data = tmp_path / "seeds", tmp_path / "data"
    shutil.copytree(paths.ROOT / "seeds", seeds)
    assert cli.main(["build", "--articles", str(seeds), "--out", str(data)]) == 0
    before = pq.read_table(data / "figures.parquet").num_rows
    news = tmp_path / "news.txt"
    news.write_text(ARTICLE)
    capsys.readouterr()
    assert cli.main(["add", str(news), "--articles", str(seeds), "--out", str(data), "--url", "https://example.org/n"]) == 0
    out = capsys.readouterr().out
    # data/ was current: only the new article was read and extracted, only its pairs redone.
    assert "redone: 1 article(s) read" in out and "extraction: 1 extracted" in out
    (added,) = [line.split()[1] for line in out.splitlines() if line.startswith("added seeds/")]
    article_id = Path(added).stem
    assert f"added seeds/{article_id}.txt (news.txt): date 2025-03-03 (dateline)" in out
    articles = {r["article_id"]: r for r in pq.read_table(data / "articles.parquet").to_pylist()}
    assert (articles[article_id]["date"], articles[article_id]["outlet"], articles[article_id]["url"]) == (
        date(2025, 3, 3), "Trend", "https://example.org/n")
    figures = [r for r in pq.read_table(data / "figures.parquet").to_pylist() if r["article_id"] == article_id]
    assert [(r["value"], r["year"], r["review"]) for r in figures if r["indicator"] == "trade_turnover"] == [(412.5e6, 2024, "unreviewed")]
    assert pq.read_table(data / "figures.parquet").num_rows == before + len(figures)
    assert f"/reader?article={article_id}" in out and f"/review?article={article_id}" in out
    # Again: recognised, nothing added, nothing rebuilt.
    assert cli.main(["add", str(news), "--articles", str(seeds), "--out", str(data)]) == 0
    assert f"already in seeds/ as {article_id}: not added again" in capsys.readouterr().out
    assert cli.main(["build", "--articles", str(seeds), "--out", str(data), "--check"]) == 0


def test_cli_add_refuses_a_bad_file_and_adds_the_good_one(tmp_path: Path, capsys) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(ARTICLE)
    bad.write_bytes(b"\x00\x01\x02binary")
    assert cli.main(["add", str(bad), str(good), "--articles", str(seeds), "--no-build"]) == 1
    captured = capsys.readouterr()
    assert "refused: bad.txt: binary file" in captured.err
    assert len(list(seeds.glob("*.txt"))) == 1
    assert cli.main(["add", str(good), str(bad), "--title", "x", "--articles", str(seeds)]) == 2
