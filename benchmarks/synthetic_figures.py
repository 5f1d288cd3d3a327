"""Synthetic figures and articles at scale, written through the schema to a folder of your
choosing (never data/): for the app benchmark at 1,000,000 figures."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from dashboard import paths
from dashboard.contract.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA

COUNTRIES = ["AZE", "ARM", "GEO", "KAZ", "KGZ", "TJK", "TKM", "UZB", "CHN", "JPN", "KOR", "IND", "TUR", "RUS", "IRN",
             "DEU", "FRA", "ITA", "GBR", "USA", "PAK", "ARE", "SAU", "EUU", "WLD"]
INDICATORS = np.array(["trade_turnover", "exports", "investment", "aid", "other"])
PERIODS = np.array(["FY", "FY", "FY", "Q1", "H1", "M1-M10", "cumulative"])


def write(out: Path, n_figures: int = 1_000_000, n_articles: int = 100_000, seed: int = 0) -> Path:
    """Write figures.parquet and articles.parquet for `n_figures` into `out` (not data/)."""
    if out.resolve() == paths.ROOT.joinpath("data").resolve():
        raise ValueError("synthetic figures never go into data/")
    rng = np.random.default_rng(seed)
    out.mkdir(parents=True, exist_ok=True)
    pairs = [(a, b) for i, a in enumerate(COUNTRIES[:-2]) for b in COUNTRIES[i + 1 :] if a < b]
    art_pair = rng.integers(0, len(pairs), n_articles)
    art_year = rng.integers(2005, 2026, n_articles)
    art_ids = np.array([f"syn{i:07d}" for i in range(n_articles)])
    outlets = np.array(["Trend", "News.Az", "Kazinform", "Xinhua", "Kyodo", "AKIpress", "Daily Sabah", "Eurasianet"])
    fig_article = rng.integers(0, n_articles, n_figures)
    pa_idx = art_pair[fig_article]
    country_a = np.array([p[0] for p in pairs])[pa_idx]
    country_b = np.array([p[1] for p in pairs])[pa_idx]
    year = art_year[fig_article] - rng.integers(0, 2, n_figures)
    indicator = INDICATORS[rng.choice(5, n_figures, p=[0.45, 0.25, 0.15, 0.1, 0.05])]
    kind = np.where(rng.random(n_figures) < 0.2, "change", "level")
    period = PERIODS[rng.integers(0, len(PERIODS), n_figures)]
    period = np.where((kind == "change") & (period == "cumulative"), "FY", period)
    directional = np.isin(indicator, ["exports", "investment", "aid"])
    forward = rng.random(n_figures) < 0.5
    flow_from = np.where(directional, np.where(forward, country_a, country_b), None)
    flow_to = np.where(directional, np.where(forward, country_b, country_a), None)
    base = rng.lognormal(19.5, 1.5, len(pairs))[pa_idx]
    value = np.where(kind == "change", np.round(rng.normal(8, 15, n_figures), 1), np.round(base * (1.06 ** (year - 2005)), -5))
    unit = np.where(kind == "change", "percent", np.where(rng.random(n_figures) < 0.05, "EUR", "USD"))
    status = np.array(["reported", "forecast", "target", "derived"])[rng.choice(4, n_figures, p=[0.85, 0.05, 0.03, 0.07])]
    qualifier = np.array(["exact", "approx", "over", "under"])[rng.choice(4, n_figures, p=[0.5, 0.3, 0.15, 0.05])]
    starts = {"FY": (1, 12), "Q1": (1, 3), "H1": (1, 6), "M1-M10": (1, 10)}
    p_start = [date(int(y), starts[p][0], 1) if p in starts else None for y, p in zip(year, period, strict=False)]
    p_end = [date(int(y), 12, 31) if p in ("FY", "cumulative") else date(int(y), starts[p][1], 28) for y, p in zip(year, period, strict=False)]
    quote = [f"Synthetic sentence {i} about {a}-{b} {ind} in {y}." for i, (a, b, ind, y) in
             enumerate(zip(country_a, country_b, indicator, year, strict=False))]
    figures = pa.table(
        {
            "figure_id": [hashlib.blake2b(str(i).encode(), digest_size=8).hexdigest() for i in range(n_figures)],
            "article_id": art_ids[fig_article],
            "country_a": country_a, "country_b": country_b, "flow_from": flow_from, "flow_to": flow_to,
            "indicator": indicator, "kind": kind, "status": status, "value": value.astype(float), "unit": unit,
            "qualifier": qualifier, "year": year.astype("int64"), "period": period,
            "period_start": p_start, "period_end": p_end, "quote": quote,
            "span_start": np.zeros(n_figures, dtype="int64"), "span_end": np.full(n_figures, 10, dtype="int64"),
            "rule": np.full(n_figures, "synthetic"),
            "measure": np.full(n_figures, None), "part_of": np.full(n_figures, None),
            "evidence": np.full(n_figures, None),
        },
        schema=FIGURE_SCHEMA,
    )
    counts = np.bincount(fig_article, minlength=n_articles)
    articles = pa.table(
        {
            "article_id": art_ids, "path": [f"synthetic/{a}.txt" for a in art_ids],
            "date": [date(int(y), 6, 15) for y in art_year], "date_source": np.full(n_articles, "header"),
            "title": [f"Synthetic article {i}" for i in range(n_articles)], "outlet": outlets[rng.integers(0, len(outlets), n_articles)],
            "url": np.full(n_articles, None), "countries": [list(pairs[p]) for p in art_pair],
            "n_figures": counts.astype("int64"), "sha256": np.full(n_articles, "0" * 64),
            "text": [f"Synthetic article {i}." for i in range(n_articles)],
        },
        schema=ARTICLE_SCHEMA,
    )
    pq.write_table(figures, out / "figures.parquet")
    pq.write_table(articles, out / "articles.parquet")
    return out
