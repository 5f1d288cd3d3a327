"""`python -m dashboard add URL`: the page's article saved with its metadata and its figures
built; the same story under another address recognised; every unsafe or broken page refused
with its reason and nothing written."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dashboard import cli
from dashboard.contract.metadata import ArticleMeta
from dashboard.curation import intake
from dashboard.curation.web.add import fetch_upload
from dashboard.curation.web.client import ALLOW_PRIVATE_ENV, Client
from tests.web.server import Site


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and p.name != ".curation.lock"}


def test_add_by_link_saves_the_body_with_its_metadata_and_no_chrome_figure(
    site: Site, built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds, data = built
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")  # the test site is on 127.0.0.1
    capsys.readouterr()
    assert cli.main(["add", f"{site.base}/news/story.html", "--articles", str(seeds), "--out", str(data)]) == 0
    out = capsys.readouterr().out
    # Only it was extracted: joined to the built tables, or a full build from the cache when it
    # changes what the build judges of figures already there (a source that differs).
    assert "added 1 article(s) to data/ incrementally" in out or "extraction: 1 extracted" in out
    (line,) = [s for s in out.splitlines() if s.startswith("added seeds/")]
    article_id = Path(line.split()[1]).stem
    assert "date 2026-02-03 (page metadata)" in line
    meta = tomllib.loads((seeds / "metadata.toml").read_text())[article_id]
    assert meta == {"date": date(2026, 2, 3), "title": "Azerbaijan and China agree to expand trade",
                    "outlet": "Caspian Fixture Wire", "url": f"{site.base}/news/azerbaijan-china-trade"}  # fmt: skip
    text = (seeds / f"{article_id}.txt").read_text()
    assert text.startswith("Azerbaijan and China agree to expand trade\n\nTrade turnover") and "Related" not in text
    # Only the body's two amounts are figures: none from the menu, ticker, related stories, comments or footer.
    figures = pq.read_table(data / "figures.parquet", filters=[("article_id", "=", article_id)]).to_pylist()
    assert sorted(r["value"] for r in figures) == [3.9e9, 4.2e9]
    assert {(r["country_a"], r["country_b"], r["review"]) for r in figures} == {("AZE", "CHN", "unreviewed")}

    # The same story under another address (its canonical URL is the same): not added again.
    before = snapshot(seeds)
    assert cli.main(["add", f"{site.base}/amp/story.html", "--articles", str(seeds), "--out", str(data)]) == 0
    assert f"already in seeds/ as {article_id}: not added again" in capsys.readouterr().out
    assert snapshot(seeds) == before
    assert cli.main(["build", "--articles", str(seeds), "--out", str(data), "--check"]) == 0


def test_the_same_url_in_metadata_is_recognised_even_with_another_text(site: Site, tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    client = Client(min_interval=0, allow_private=True)
    first = fetch_upload(f"{site.base}/news/story.html", client)
    saved = intake.save_article(seeds, first, ArticleMeta(url=first.url))
    edited = intake.check_upload("edited.txt", b"A shorter version of the story.\n")
    again = intake.save_article(seeds, edited, ArticleMeta(url=f"{first.url}/#top"))
    assert again.duplicate_of == saved.article_id


@pytest.mark.parametrize(("path", "why"), [
    ("/news/chrome-only.html", "no article text found on the page"),
    ("/image.png", "not a web page but image/png"),
    ("/empty.html", "the page is empty"),
    ("/nowhere.html", "HTTP 404 Not Found"),
    ("/loop/0", "more than 5 redirects"),
    ("/huge.html", "too big"),
    ("/private/secret.html", "robots.txt does not allow it"),
])  # fmt: skip
def test_a_broken_page_is_refused_and_nothing_is_written(
    site: Site, built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], path: str, why: str
) -> None:
    seeds, data = built
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")
    before, tables = snapshot(seeds), snapshot(data)
    assert cli.main(["add", f"{site.base}{path}", "--articles", str(seeds), "--out", str(data)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("refused: ") and why in err
    assert snapshot(seeds) == before and snapshot(data) == tables


def test_a_loopback_page_is_refused_by_default(site: Site, built: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    seeds, _data = built
    before = snapshot(seeds)
    assert cli.main(["add", f"{site.base}/news/story.html", "--articles", str(seeds), "--no-build"]) == 1
    assert f"refused, it resolves to a loopback address (127.0.0.1) (set {ALLOW_PRIVATE_ENV}=1" in capsys.readouterr().err
    assert site.log == [] and snapshot(seeds) == before


def test_a_slow_page_is_refused(site: Site) -> None:
    with pytest.raises(intake.Refused, match="too slow"):
        fetch_upload(f"{site.base}/slow.html", Client(min_interval=0, allow_private=True, timeout=0.5))
