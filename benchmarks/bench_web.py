"""Web intake: pages per second through `follow` (a feed of 1,000 entries from a local site), and a link pasted -> its figures on the chart.

Everything is served by the tests' local site on 127.0.0.1 (tests/web/server.py), into a copy
of seeds/ in a temporary folder. `follow` runs without the client's pause between requests to
one host (with it, a run is held to one request a second per site, by design); the rebuild for
the added articles is timed apart. The link is timed in process (fetch, extract, save, the
build redoing their pairs) and in chromium (Fetch clicked -> the point on the chart).
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENTRIES = int(os.environ.get("BENCH_WEB_ENTRIES", "1000"))
LINKS = 3


def story(i: int) -> bytes:
    """An invented news page: site chrome around a body with two figures, different for each i."""
    body = (
        f"<h1>Azerbaijan and Japan trade review {i}</h1>"
        f"<p>Trade turnover between Azerbaijan and Japan reached ${400 + i}.5 million in 2025, the customs service said in Baku.</p>"
        f"<p>Japan's investments in Azerbaijan exceeded ${1 + i % 50}.2 billion, the minister added after the meeting of the commission.</p>"
    )
    chrome = "<nav><ul>" + "".join(f"<li><a href='/s{k}'>Section {k}: 2024 in review</a></li>" for k in range(12)) + "</ul></nav>"
    related = "<aside><h2>Related</h2><ul>" + "".join(f"<li><a href='/r{k}'>Exports up {k} percent</a></li>" for k in range(5)) + "</ul></aside>"
    return (
        f"<!doctype html><html><head><title>Trade review {i}</title><meta property='og:site_name' content='Bench Wire'>"
        f"<meta property='article:published_time' content='2026-03-01'></head><body>{chrome}<main><article>{body}</article>"
        f"{related}</main><footer>© 2026 Bench Wire, 1 Main Street</footer></body></html>"
    ).encode()


def feed(base: str, n: int) -> bytes:
    items = "".join(
        f"<item><title>Azerbaijan and Japan trade review {i}</title><link>{base}/news/{i}.html</link></item>" for i in range(n)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>{items}</channel></rss>'.encode()


def run() -> None:
    from dashboard import cli
    from dashboard.curation.web.client import Client
    from dashboard.curation.web.follow import follow
    from tests.web.server import Answer, serve

    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp, serve() as site:
        root = Path(tmp)
        seeds, data = root / "seeds", root / "data"
        shutil.copytree(ROOT / "seeds", seeds, ignore=shutil.ignore_patterns(".*"))
        os.environ.update(TRADE_DASHBOARD_SEEDS=str(seeds), TRADE_DASHBOARD_DATA=str(data), TRADE_DASHBOARD_CACHE=str(root / "cache"),
                          TRADE_DASHBOARD_ALLOW_PRIVATE_URLS="1", TRADE_DASHBOARD_CURATOR="bench")  # fmt: skip
        assert cli.main(["build", "--articles", str(seeds), "--out", str(data)]) == 0
        for i in range(ENTRIES + LINKS):
            site.routes[f"/news/{i}.html"] = Answer(body=story(i))
        site.routes["/feeds/bench.rss"] = Answer(body=feed(site.base, ENTRIES), type="application/rss+xml", headers={"ETag": '"b1"'})
        (seeds / "feeds.toml").write_text(f'[[source]]\nname = "Bench"\nurl = "{site.base}/feeds/bench.rss"\n')

        client = Client(min_interval=0)
        started = time.perf_counter()
        report = follow(seeds, data, client, build=False)
        fetched = time.perf_counter() - started
        print(f"  follow, {ENTRIES} entries: {len(report.added)} added, {len(report.skipped)} skipped in {fetched:.1f} s: "
              f"{len(report.added) / fetched:.1f} pages/s (fetch, extract, check, save; no pause between requests)", flush=True)
        from dashboard.curation.rebuild import rebuild

        started = time.perf_counter()
        assert rebuild(seeds, data).ok
        print(f"  then the build for them: {time.perf_counter() - started:.1f} s", flush=True)
        n = len(site.log)
        started = time.perf_counter()
        again = follow(seeds, data, Client(min_interval=0), build=False)
        print(f"  a second run, nothing new: {time.perf_counter() - started:.2f} s, {len(site.log) - n} request(s) "
              f"({sum(1 for _, h in site.log[n:] if 'if-none-match' in h)} conditional), {len(again.added)} added", flush=True)

        library = _library_link(site.base, seeds, data)
        print(f"  a link -> its figures in data/, library only: median {statistics.median(library):.2f} s "
              f"(each: {', '.join(f'{t:.2f}' for t in library)})", flush=True)
        chart = _browser_link(site.base, data)
        print(f"  a link pasted -> its point on the chart, in chromium: {chart:.2f} s", flush=True)


def _library_link(base: str, seeds: Path, data: Path) -> list[float]:
    import pyarrow.parquet as pq

    from dashboard.contract.metadata import ArticleMeta
    from dashboard.curation import intake
    from dashboard.curation.rebuild import add_and_rebuild, built_texts, is_current
    from dashboard.curation.web.add import fetch_upload
    from dashboard.curation.web.client import Client

    times = []
    for i in range(ENTRIES, ENTRIES + LINKS - 1):
        t = time.perf_counter()
        current = is_current(seeds, data)
        upload = fetch_upload(f"{base}/news/{i}.html", Client(min_interval=0))
        meta = ArticleMeta(upload.prefill.date, upload.prefill.title, upload.prefill.outlet, upload.url)
        added = intake.save_article(seeds, upload, meta, built_texts(data))
        assert add_and_rebuild(seeds, data, [added.article_id], current).ok
        assert pq.read_table(data / "figures.parquet", filters=[("article_id", "=", added.article_id)]).num_rows
        times.append(time.perf_counter() - t)
    return times


def _browser_link(base: str, data: Path) -> float:
    from playwright.sync_api import sync_playwright

    from tests.browser.server import CHROMIUM, CHROMIUM_ARGS, streamlit_server

    i = ENTRIES + LINKS - 1
    with sync_playwright() as p, streamlit_server(data, timeout=180) as (app, _):
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(180_000)
        page.goto(f"{app}/add")
        page.get_by_role("tab", name="From a link").click()
        page.get_by_role("textbox", name="Page address").fill(f"{base}/news/{i}.html")
        page.wait_for_timeout(500)
        t = time.perf_counter()
        page.get_by_role("button", name="Fetch the page").click()
        page.get_by_role("button", name="Save and rebuild").click()
        page.get_by_text("figures found").first.wait_for()
        page.goto(f"{app}/?pair=AZE-JPN")
        value = (400 + i + 0.5) * 1e6
        page.wait_for_function(
            "v => { const p = document.querySelector('.js-plotly-plot');"
            " return !!(p && p.calcdata && p.calcdata.some(c => c.some(pt => Math.abs(pt.y - v) < 1))); }", arg=value)
        elapsed = time.perf_counter() - t
        browser.close()
    return elapsed
