"""Tables whose every string from an article is hostile: titles, outlets, URLs, quotes and text
that would render Markdown, HTML, maths, colour, links and remote images if any page let them.
Written for the AppTest and browser walks; never into data/."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.contract.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA

# Nothing listens on port 9 (discard): a request there shows up in the browser's log all the
# same, which is what the browser test looks for.
REMOTE = "http://127.0.0.1:9"
MARKUP = rf"![x]({REMOTE}/t.png) :red[RED] $\frac{{a}}{{b}}$ **bold** :smile: <img src={REMOTE}/i.png> www.example.com"
TITLES = [
    MARKUP,
    f'<b>"Quoted" & bold</b> [link]({REMOTE}/l) {REMOTE}/bare _under_ `code` # heading',
]
OUTLETS = [f"**Outlet** <img src={REMOTE}/o.png onerror=alert(1)> {REMOTE}/outlet", "=HYPERLINK(\"http://x\") - Daily"]
URLS = ["javascript:alert(1)", f"{REMOTE}/article?a=b"]
# Strings that must never appear in what a page renders as Markdown or plotly text, unescaped.
DANGEROUS = ("![x](", "**bold**", ":red[", "$\\frac", "<img", "<b>", "[link](", "](http")


def _growth(n: int) -> float:
    """The growth the two levels imply, so the page's check agrees and shows no error box."""
    return round(((4 + n / 10) / (3 + n / 10) - 1) * 100, 1)


def _text(n: int) -> str:
    return (
        f"{MARKUP}\n\n"
        f"Trade between Azerbaijan and China reached $3.{n} billion in 2023 {MARKUP}.\n\n"
        f"<script>alert('x')</script> It rose to $4.{n} billion in 2024, up {_growth(n)} percent, \"quoted\" **bold** {REMOTE}/x."
    )


def build_hostile(out: Path) -> Path:
    """Write figures.parquet and articles.parquet of two hostile articles into `out`."""
    articles, figures = [], []
    for n in range(2):
        article_id = f"90{n}_hostile{n}"
        text = _text(n + 1)
        articles.append({
            "article_id": article_id, "path": f"tests/{article_id}.txt", "date": date(2025, 3, 1 + n), "date_source": "header",
            "title": TITLES[n], "outlet": OUTLETS[n], "url": URLS[n], "countries": ["AZE", "CHN"], "n_figures": 4,
            "sha256": hashlib.sha256(text.encode()).hexdigest(), "text": text,
        })
        paragraphs = text.split("\n\n")
        for k, (value, year, kind, unit, quote) in enumerate([
            ((3 + (n + 1) / 10) * 1e9, 2023, "level", "USD", paragraphs[1]),
            ((4 + (n + 1) / 10) * 1e9, 2024, "level", "USD", paragraphs[2]),
            (_growth(n + 1), 2024, "change", "percent", paragraphs[2]),
            (1e8 * (n + 1), 2024, "other", "USD", paragraphs[2]),
        ]):
            indicator = "other" if kind == "other" else "trade_turnover"
            kind = "level" if kind == "other" else kind
            surface = f"$3.{n + 1} billion" if year == 2023 else f"{_growth(n + 1)} percent" if kind == "change" else f"$4.{n + 1} billion"
            start = text.index(surface)
            figures.append({
                "figure_id": hashlib.sha1(f"{article_id}:{k}".encode()).hexdigest()[:16], "article_id": article_id,
                "country_a": "AZE", "country_b": "CHN", "flow_from": None, "flow_to": None, "indicator": indicator,
                "kind": kind, "status": "reported", "value": value, "unit": unit, "qualifier": "exact", "year": year,
                "period": "FY", "period_start": date(year, 1, 1), "period_end": date(year, 12, 31), "quote": quote,
                "span_start": start, "span_end": start + len(surface), "rule": MARKUP, "measure": MARKUP if indicator == "other" else None,
                "confidence": "check", "doubts": [MARKUP],
            })
    out.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(figures, schema=FIGURE_SCHEMA), out / "figures.parquet")
    pq.write_table(pa.Table.from_pylist(articles, schema=ARTICLE_SCHEMA), out / "articles.parquet")
    return out
