"""A small figures/articles pair of tables for the app's tests, written through the schema.

The five seed articles with their hand-labelled (gold) figures, plus one made-up article whose
figures cover what the seeds lack: two sources that differ, a reported prior-year level that
checks a growth rate, a derived figure, a forecast, a target, a world total with two
consecutive years, euro figures, a part of a total (`part_of`), "other" flows that say what they
measure, an outlet's own qualifier word ("nearly"), and a quote full of HTML and Markdown that
must stay inert.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.build.articles import read_article
from dashboard.contract.periods import period_bounds
from dashboard.contract.schema import ARTICLE_SCHEMA, FIGURE_SCHEMA

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
GOLD = Path("/work/shared/extraction/seeds-gold.jsonl")
if not GOLD.exists():  # the copy the extraction tests keep in the repository
    GOLD = ROOT / "tests/extraction/fixtures/seeds-gold.jsonl"

FIXTURE_ID = "900_fixture0000000000"
FIXTURE_TEXT = (
    "Trade turnover between Azerbaijan and China reached $3.9 billion in 2024, the customs service said.\n\n"
    "In 2023 the turnover between the two countries amounted to $3.05 billion.\n\n"
    "Turnover is expected to reach $5 billion in 2026.\n\n"
    "The sides aim to bring trade to $10 billion by 2030.\n\n"
    "Azerbaijan's foreign trade turnover was $47.9 billion in 2023, against $52.1 billion in 2022.\n\n"
    "Chinese companies invested EUR 300 million in Azerbaijan in 2022.\n\n"
    "The EU exported goods worth EUR 2.1 billion to Azerbaijan in 2023.\n\n"
    "<script>alert('x')</script> Officials said **exports** to China rose to $1 billion [click](http://evil.example) in 2024 $x$.\n\n"
    "Japan's assistance to Azerbaijan reached $694 million in 2020, including $74 million in grants.\n\n"
    "Transit shipments between Azerbaijan and China reached nearly $120 million in 2024, up 86 percent."
)

_NUMBER = re.compile(r"(?:\$|EUR |€)?\d[\d,]*(?:\.\d+)?(?: (?:billion|million))?(?: percent)?|four times")


def _surface_value(surface: str) -> float:
    if surface == "four times":
        return 4.0
    number = float(re.search(r"\d[\d,]*(?:\.\d+)?", surface).group(0).replace(",", ""))
    return number * (1e9 if "billion" in surface else 1e6 if "million" in surface else 1)


def _span(text: str, quote: str, value: float) -> tuple[int, int]:
    """Offsets of the number in the article text whose value is the figure's."""
    at = text.find(quote)
    assert at >= 0, f"quote not in article: {quote[:60]}"
    for m in _NUMBER.finditer(quote):
        v = _surface_value(m.group(0))
        if abs(v - value) <= 0.005 * max(abs(value), 1):
            return at + m.start(), at + m.end()
    return at, at + len(quote)


def _row(article_id: str, text: str, as_of: date | None, n: int, **fig) -> dict:
    start, end = _span(text, fig["quote"], fig.pop("surface_value", fig["value"]))
    first, last = period_bounds(fig["year"], fig["period"], as_of)
    a, b = sorted(fig.pop("countries"))
    return {
        "figure_id": hashlib.sha1(f"{article_id}:{n}".encode()).hexdigest()[:16],
        "article_id": article_id,
        "country_a": a,
        "country_b": b,
        "period_start": first,
        "period_end": last,
        "span_start": start,
        "span_end": end,
        "rule": fig.pop("rule", "gold"),
        # Hand-labelled figures: nothing the extractor guessed, so none is doubted.
        "confidence": fig.pop("confidence", "sure"),
        "doubts": fig.pop("doubts", []),
        **fig,
    }


def _seed_articles() -> list[dict]:
    meta = tomllib.loads((SEEDS / "metadata.toml").read_text())
    rows = []
    for path in sorted(SEEDS.glob("*.txt")):
        art = read_article(path)
        m = meta.get(path.stem, {})
        when = m.get("date", art.header_date)
        rows.append(
            {
                "article_id": path.stem,
                "path": f"seeds/{path.name}",
                "date": when,
                "date_source": "metadata" if "date" in m else ("header" if art.header_date else "none"),
                "title": m.get("title", art.default_title),
                "outlet": m.get("outlet"),
                "url": m.get("url"),
                "countries": [],
                "n_figures": 0,
                "sha256": art.sha256,
                "text": art.body,
            }
        )
    return rows


def _fixture_figures(text: str, as_of: date) -> list[dict]:
    s = list(text.split("\n\n"))
    base = {"status": "reported", "qualifier": "exact", "kind": "level", "unit": "USD", "flow_from": None, "flow_to": None}
    rows = [
        dict(base, countries=["AZE", "CHN"], indicator="trade_turnover", value=3.9e9, year=2024, period="FY", quote=s[0]),
        dict(base, countries=["AZE", "CHN"], indicator="trade_turnover", value=3.05e9, year=2023, period="FY", quote=s[1]),
        dict(base, countries=["AZE", "CHN"], indicator="trade_turnover", value=5e9, year=2026, period="FY", quote=s[2], status="forecast"),
        dict(base, countries=["AZE", "CHN"], indicator="trade_turnover", value=1e10, year=2030, period="FY", quote=s[3], status="target"),
        dict(base, countries=["AZE", "WLD"], indicator="trade_turnover", value=47.9e9, year=2023, period="FY", quote=s[4]),
        dict(base, countries=["AZE", "WLD"], indicator="trade_turnover", value=52.1e9, year=2022, period="FY", quote=s[4]),
        dict(base, countries=["AZE", "CHN"], indicator="investment", value=3e8, unit="EUR", year=2022, period="FY",
             flow_from="CHN", flow_to="AZE", quote=s[5]),
        dict(base, countries=["AZE", "EUU"], indicator="exports", value=2.1e9, unit="EUR", year=2023, period="FY",
             flow_from="EUU", flow_to="AZE", quote=s[6]),
        dict(base, countries=["AZE", "CHN"], indicator="exports", value=1e9, year=2024, period="FY",
             flow_from="AZE", flow_to="CHN", quote=s[7]),
        dict(base, countries=["AZE", "JPN"], indicator="aid", value=6.94e8, year=2020, period="FY",
             flow_from="JPN", flow_to="AZE", quote=s[8], measure="assistance"),
        # A part of the total above: the extractor sets part_of to the total's figure_id.
        dict(base, countries=["AZE", "JPN"], indicator="aid", value=7.4e7, year=2020, period="FY",
             flow_from="JPN", flow_to="AZE", quote=s[8], measure="grants", part_of_row=-1),
        dict(base, countries=["AZE", "CHN"], indicator="other", value=1.2e8, year=2024, period="FY", qualifier="approx",
             quote=s[9], measure="transit shipments"),
        dict(base, countries=["AZE", "CHN"], indicator="other", kind="change", value=86.0, unit="percent", year=2024,
             period="FY", quote=s[9], measure="transit shipments"),
    ]
    return rows


def build_fixture(out: Path) -> Path:
    """Write figures.parquet and articles.parquet for the fixture into `out`; returns `out`."""
    articles = _seed_articles()
    by_id = {a["article_id"]: a for a in articles}
    stems = {a["article_id"][:3]: a["article_id"] for a in articles}
    fixture_date = date(2025, 2, 1)
    articles.append(
        {
            "article_id": FIXTURE_ID,
            "path": "tests/fixture.txt",
            "date": fixture_date,
            "date_source": "header",
            "title": "Fixture: <b>Azerbaijan</b>-China trade *update*",
            "outlet": "Fixture Daily",
            "url": "https://example.org/fixture",
            "countries": [],
            "n_figures": 0,
            "sha256": hashlib.sha256(FIXTURE_TEXT.encode()).hexdigest(),
            "text": FIXTURE_TEXT,
        }
    )
    by_id[FIXTURE_ID] = articles[-1]
    rows = []
    for n, line in enumerate(GOLD.read_text().splitlines()):
        g = json.loads(line)
        aid = stems[g["article"]]
        art = by_id[aid]
        rows.append(
            _row(aid, art["text"], art["date"], n, countries=g["countries"], flow_from=g["from"], flow_to=g["to"],
                 indicator=g["indicator"], kind=g["kind"], status=g["status"], value=float(g["value"]), unit=g["unit"],
                 qualifier=g["qualifier"], year=g["year"], period=g["period"], quote=g["quote"])
        )
    # A derived figure as the pipeline makes it: 2023 turnover from 2024's level and its 21% growth.
    gold_2024 = next(r for r in rows if r["article_id"].startswith("003") and r["value"] == 3.7e9)
    rows.append(
        _row(gold_2024["article_id"], by_id[gold_2024["article_id"]]["text"], by_id[gold_2024["article_id"]]["date"], 100,
             countries=["AZE", "CHN"], flow_from=None, flow_to=None, indicator="trade_turnover", kind="level", status="derived",
             value=3.7e9 / 1.21, surface_value=3.7e9, unit="USD", qualifier="approx", year=2023, period="FY",
             quote=gold_2024["quote"], rule="derived:prior-level-from-growth")
    )
    # And one as the pipeline makes it from seed 002: Azerbaijan's exports to Japan = turnover less imports.
    t002 = next(r for r in rows if r["article_id"].startswith("002") and r["value"] == 70.6e6)
    rows.append(dict(t002, figure_id=hashlib.sha1(b"002:derived-flow").hexdigest()[:16], indicator="exports", flow_from="AZE",
                     flow_to="JPN", status="derived", value=70.6e6 - 52.3e6, rule="derived:turnover-minus-opposite-flow"))
    for n, fig in enumerate(_fixture_figures(FIXTURE_TEXT, fixture_date), start=200):
        part = fig.pop("part_of_row", None)
        row = _row(FIXTURE_ID, FIXTURE_TEXT, fixture_date, n, **fig)
        if part is not None:
            row["part_of"] = rows[part]["figure_id"]
        rows.append(row)
    countries = {
        "000": ["AZE", "JPN"], "001": ["AZE", "JPN"], "002": ["ARM", "AZE", "CHN", "JPN", "PAK"],
        "003": ["AZE", "CHN"], "004": ["JPN", "TKM"],
    }
    for a in articles:
        a["countries"] = countries.get(a["article_id"][:3], ["AZE", "CHN", "EUU", "WLD"])
        a["n_figures"] = sum(r["article_id"] == a["article_id"] for r in rows)
    out.mkdir(parents=True, exist_ok=True)
    ordered = sorted(rows, key=lambda r: (r["article_id"], r["span_start"], r["figure_id"]))
    pq.write_table(pa.Table.from_pylist(ordered, schema=FIGURE_SCHEMA), out / "figures.parquet")
    pq.write_table(pa.Table.from_pylist(articles, schema=ARTICLE_SCHEMA), out / "articles.parquet")
    return out
