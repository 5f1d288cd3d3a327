"""`python -m dashboard follow`: the feeds' new relevant entries added once, the rest skipped
with reasons, and a second run with nothing new costs only conditional requests."""

from __future__ import annotations

import io
import tomllib
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dashboard import cli
from dashboard.curation.web import feeds
from dashboard.curation.web.client import Client
from dashboard.curation.web.follow import follow, follow_command, load_state
from tests.web.server import Site, page


def polite() -> Client:
    return Client(min_interval=0, allow_private=True, timeout=2)


def write_feeds(seeds: Path, *sources: tuple[str, str], extra: str = "") -> None:
    text = extra + "".join(f'[[source]]\nname = "{n}"\nurl = "{u}"\n\n' for n, u in sources)
    (seeds / feeds.FILENAME).write_text(text)


def test_follow_adds_new_relevant_entries_once_and_says_why_it_skipped_the_rest(
    site: Site, built: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    seeds, data = built
    write_feeds(seeds, ("Caspian Wire", f"{site.base}/feeds/latest.rss"), ("Ministry", f"{site.base}/feeds/ministry.atom"))
    out = io.StringIO()
    assert follow_command(seeds, data, client=polite(), out=out) == 0
    printed = out.getvalue()
    added = {line.split()[1]: line for line in printed.splitlines() if line.startswith("added seeds/")}
    assert len(added) == 2
    skipped = dict(line.removeprefix("skipped ").split(": ", 1) for line in printed.splitlines() if line.startswith("skipped "))
    b = site.base
    assert skipped == {
        f"{b}/amp/story.html": skipped[f"{b}/amp/story.html"],
        f"{b}/sport/derby.html": "no trade, investment or aid word in its title or summary",  # Baku names Azerbaijan
        f"{b}/news/ambassador.html": "no trade, investment or aid word in its title or summary",
        "Caspian Wire, entry 5": "broken entry: no http(s) link",
        "Caspian Wire, entry 6": "broken entry: its link 'javascript:alert(1)' is not an http(s) address",
        f"{b}/news/gone.html": f"refused: {b}/news/gone.html: the server answered HTTP 404 Not Found",
        f"{b}/news/de-fr.html": "names none of the countries followed (AZE, TKM)",
    }
    assert skipped[f"{b}/amp/story.html"].startswith("the same text or URL is already in seeds/ as ")
    # The two new articles, with the pages' own metadata, their figures built, unreviewed.
    metadata = tomllib.loads((seeds / "metadata.toml").read_text())
    ids = sorted(Path(p).stem for p in added)
    assert [(metadata[i]["title"], str(metadata[i]["date"]), metadata[i]["outlet"]) for i in ids] == [
        ("Azerbaijan and China agree to expand trade", "2026-02-03", "Caspian Fixture Wire"),
        ("Turkmenistan and Japan discuss investment", "2025-11-20", "Ashgabat Fixture Herald"),
    ]
    figures = pq.read_table(data / "figures.parquet").to_pylist()
    assert sorted(r["value"] for r in figures if r["article_id"] == ids[0]) == [3.9e9, 4.2e9]
    assert {r["review"] for r in figures if r["article_id"] in ids} == {"unreviewed"}
    # Only they were extracted: joined to the built tables, or, when they change what the build
    # judges of figures already there (a source that differs), a full build from the cache.
    assert "added 2 article(s) to data/ incrementally" in printed or "extraction: 2 extracted" in printed
    fetched = [p for p in site.paths() if p.startswith(("/news/", "/amp/"))]
    assert sorted(fetched) == ["/amp/story.html", "/news/gone.html", "/news/metadate.html", "/news/story.html"]  # metadate once
    assert "fetching pages [" in capsys.readouterr().err  # four pages: a progress bar
    assert cli.main(["build", "--articles", str(seeds), "--out", str(data), "--check"]) == 0

    # A second run, nothing new: one conditional request per feed, nothing else (robots.txt is kept a day).
    first_run = len(site.log)
    before = {p.name: p.read_bytes() for p in seeds.glob("*.txt")}
    out = io.StringIO()
    assert follow_command(seeds, data, client=polite(), out=out) == 0
    again = site.log[first_run:]
    assert [p for p, _ in again] == ["/feeds/latest.rss", "/feeds/ministry.atom"]
    assert again[0][1]["if-none-match"] == '"latest-v1"' and again[1][1]["if-modified-since"]
    assert "Caspian Wire: unchanged since the last run" in out.getvalue() and "0 added, 0 skipped" in out.getvalue()
    assert {p.name: p.read_bytes() for p in seeds.glob("*.txt")} == before
    runs = load_state(seeds)["runs"]
    assert [len(r["added"]) for r in runs] == [2, 0]


def test_a_changed_feed_adds_only_what_is_new(site: Site, built: tuple[Path, Path]) -> None:
    seeds, data = built
    write_feeds(seeds, ("Caspian Wire", f"{site.base}/feeds/latest.rss"))
    assert follow(seeds, data, polite(), build=False).added
    body = page("latest.rss", site.base).replace(b"<item>", b"<item><title>Azerbaijan and China agree to expand trade</title>"
                                                 b"<link>" + site.base.encode() + b"/news/story.html?ref=again</link></item><item>", 1)
    from tests.web.server import Answer

    site.routes["/feeds/latest.rss"] = Answer(body=body, type="application/rss+xml", headers={"ETag": '"latest-v2"'})
    n = len(site.log)
    report = follow(seeds, data, polite(), build=False)
    assert report.added == []
    (again,) = [(url, why) for url, why in report.skipped if url.startswith("http")]  # broken entries are said again
    assert again[0] == f"{site.base}/news/story.html?ref=again" and "already in seeds/" in again[1]
    assert [p for p, _ in site.log[n:]] == ["/feeds/latest.rss", "/news/story.html"]  # only the new entry was fetched


def test_a_site_is_followed_through_the_feed_its_page_names(site: Site, built: tuple[Path, Path]) -> None:
    seeds, data = built
    write_feeds(seeds, ("Caspian Wire", f"{site.base}/site/"))
    report = follow(seeds, data, polite(), build=False)
    assert len(report.added) == 2 and report.sources == [("Caspian Wire", "7 entries")]
    assert load_state(seeds)["discovered"] == {f"{site.base}/site/": f"{site.base}/feeds/latest.rss"}
    n = len(site.log)
    follow(seeds, data, polite(), build=False)
    assert [p for p, _ in site.log[n:]] == ["/feeds/latest.rss"]


def test_a_broken_feed_is_reported_and_the_others_still_read(site: Site, built: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    seeds, data = built
    write_feeds(seeds, ("Broken", f"{site.base}/feeds/broken.rss"), ("Ministry", f"{site.base}/feeds/ministry.atom"))
    out = io.StringIO()
    assert follow_command(seeds, data, build=False, client=polite(), out=out) == 1
    assert "Broken: not read: not a readable feed:" in out.getvalue()
    assert "added seeds/" in out.getvalue()  # the ministry's article


def test_feeds_toml_mistakes_are_refused(built: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    seeds, data = built
    assert follow_command(seeds, data, out=io.StringIO()) == 0  # the project's feeds.toml lists no source yet
    (seeds / feeds.FILENAME).unlink()
    assert follow_command(seeds, data) == 2
    assert "no seeds/feeds.toml" in capsys.readouterr().err
    (seeds / feeds.FILENAME).write_text('[[source]]\nurl = "https://x.example/feed"\nkeyword = ["gas"]\n')
    assert cli.main(["follow", "--articles", str(seeds), "--out", str(data)]) == 2
    assert "feeds.toml, source 1: unknown key 'keyword' (allowed: name, url, keywords)" in capsys.readouterr().err


def test_entries_are_read_from_rss_and_atom() -> None:
    rss = feeds.parse_feed(page("latest.rss", "https://w.example"), "https://w.example/feeds/latest.rss")
    atom = feeds.parse_feed(page("ministry.atom", "https://m.example"), "https://m.example/feeds/ministry.atom")
    assert [e.link if isinstance(e, feeds.Entry) else e.position for e in rss] == [
        "https://w.example/news/story.html", "https://w.example/amp/story.html", "https://w.example/sport/derby.html",
        "https://w.example/news/ambassador.html", 5, 6, "https://w.example/news/metadate.html"]  # fmt: skip
    assert rss[1] == feeds.Entry("https://w.example/amp/story.html", "Azerbaijan and China agree to expand trade (mobile)",
                                 "Trade turnover between Azerbaijan and China reached $4.2 billion.")  # fmt: skip
    assert [e.link for e in atom if isinstance(e, feeds.Entry)] == [
        "https://m.example/news/metadate.html", "https://m.example/news/gone.html", "https://m.example/news/de-fr.html"]  # fmt: skip
    # An external entity is never resolved: no file is read into a title.
    xxe = b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&e;</title><link>https://x/1</link></item></channel></rss>'
    assert feeds.parse_feed(xxe, "https://x") == [feeds.Entry("https://x/1", "&e;", "")]


def test_relevance_needs_a_followed_country_a_flow_word_and_a_keyword() -> None:
    entry = feeds.Entry("https://x/1", "Turkmen gas exports to China rise")
    assert feeds.relevance(entry, ("AZE", "TKM")) is None
    assert feeds.relevance(entry, ("AZE",)) == "names none of the countries followed (AZE)"
    assert feeds.relevance(entry, ("TKM",), ("cotton",)) == "none of the source's keywords (cotton)"
    assert feeds.relevance(entry, ("TKM",), ("Gas",)) is None
