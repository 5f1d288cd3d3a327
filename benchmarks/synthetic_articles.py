"""SYNTHETIC news articles for benchmarks only: invented figures in realistic sentences.

Nothing here is real data. Every article id starts with `synthetic_`, the corpus is written
only to a folder the caller gives (a temporary one), with a SYNTHETIC.md marker beside the
articles, and never to data/ or seeds/. A seeded RNG makes the corpus the same on every run.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

PREFIX = "synthetic_"
MARKER = "SYNTHETIC.md"

HOMES = ["Azerbaijan", "Turkmenistan", "Kazakhstan", "Uzbekistan", "Georgia", "Kyrgyzstan", "Tajikistan", "Armenia"]
PARTNERS = ["Japan", "China", "Turkey", "Russia", "Germany", "Italy", "Iran", "South Korea", "India", "France", "the EU"]
DEMONYM = {
    "Azerbaijan": "Azerbaijani", "Turkmenistan": "Turkmen", "Kazakhstan": "Kazakh", "Uzbekistan": "Uzbek",
    "Georgia": "Georgian", "Kyrgyzstan": "Kyrgyz", "Tajikistan": "Tajik", "Armenia": "Armenian", "Japan": "Japanese",
    "China": "Chinese", "Turkey": "Turkish", "Russia": "Russian", "Germany": "German", "Italy": "Italian",
    "Iran": "Iranian", "South Korea": "Korean", "India": "Indian", "France": "French", "the EU": "European",
}  # fmt: skip
CITIES = {"Azerbaijan": "BAKU", "Turkmenistan": "ASHGABAT", "Kazakhstan": "ASTANA", "Uzbekistan": "TASHKENT",
          "Georgia": "TBILISI", "Kyrgyzstan": "BISHKEK", "Tajikistan": "DUSHANBE", "Armenia": "YEREVAN"}  # fmt: skip
QUALIFIERS = ["", "", "about ", "over ", "nearly ", "more than ", "approximately ", "almost ", "some "]
PERIODS = [
    "last year", "in {y}", "in {y}", "in the first quarter of this year", "in January-{m} {y}",
    "in the first half of {y}", "over the past year", "in the first {n} months of this year", "in {y}",
]  # fmt: skip
MONTHS = ["March", "April", "May", "June", "July", "August", "September", "October", "November"]

FIGURE_SENTENCES = [
    "Trade turnover between {H} and {P} amounted to {money} {period}.",
    "{period_cap}, trade between the two countries reached {money}, up {pct} percent year-on-year.",
    "Bilateral trade {period} totaled {money}, a decrease of {pct}% compared with the same period of the previous year.",
    "{H}'s exports to {P} stood at {money} {period}, while imports from {P} amounted to {money2}.",
    "The mutual trade volume grew by {pct} percent {period}, reaching {money}.",
    "{P} has invested {money} in the economy of {H} since independence, the minister said.",
    "Investments of {Pd} companies in {H} exceeded {money} over the past decade.",
    "{P} allocated a grant of {money} to {H} to support the modernisation of water supply.",
    "The {Pd} development agency provided {H} with a concessional loan of {money} for a power plant.",
    "According to the State Customs Committee, {Hd} imports from {P} rose by {pct}% to {money} {period}.",
    "The sides noted that trade turnover should reach {money} by {future}.",
    "The parties expressed confidence that bilateral trade will exceed {money} in the coming years.",
]
FILLER = [
    "The meeting was held in a friendly and constructive atmosphere.",
    "The sides discussed prospects for cooperation in energy, transport, agriculture and digital technologies.",
    "Particular attention was paid to the development of the Middle Corridor and regional connectivity.",
    "The delegation also visited an industrial park and met representatives of the business community.",
    "Both sides stressed the importance of expanding direct contacts between regions and chambers of commerce.",
    "A memorandum of understanding on cooperation in education and culture was signed following the talks.",
    "The minister noted that more than {n} joint ventures are registered in the country.",
    "The next meeting of the intergovernmental commission is scheduled to take place in {city} next year.",
    "Experts believe the new logistics routes will shorten delivery times by {n} days.",
    "The parties exchanged views on regional and international issues of mutual interest.",
    "The ambassador conveyed greetings from the head of state and wished the people prosperity.",
    "Some {n} thousand tourists visited the country last year, according to official statistics.",
    "Cooperation in the field of renewable energy, including solar and wind power, was also discussed.",
    "The business forum gathered {n} companies from both countries working in textiles, chemicals and food.",
]


def articles(n: int, seed: int = 20250416) -> Iterator[tuple[str, str]]:
    """(article id, file text) for n synthetic articles of roughly 3-6 KB each."""
    rng = random.Random(seed)
    for i in range(n):
        yield f"{PREFIX}{i:05d}", article_text(rng)


def article_text(rng: random.Random) -> str:
    home, partner = rng.choice(HOMES), rng.choice(PARTNERS)
    published = date(2005, 1, 1) + timedelta(days=rng.randrange(0, 20 * 365))
    target = rng.randrange(3000, 6000)
    paragraphs: list[str] = []
    size = 0
    while size < target:
        sentences = [_filler(rng, home) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.35:
            sentences.insert(rng.randrange(len(sentences) + 1), _figure_sentence(rng, home, partner, published))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    opening = f"{CITIES[home]}, {home}, {published:%B} {published.day}. {DEMONYM[home]}-{DEMONYM[partner]} talks were held."
    furniture = rng.choice([" + ↺ − 16 px\n\n", " ", "\n\n"])
    return f" date {published.isoformat()}{furniture}{opening}\n\n" + "\n\n".join(paragraphs) + "\n"


def _money(rng: random.Random, qualified: bool = True) -> str:
    scale = rng.choice(["million", "billion", "million", "mln", "bn"])
    if scale in ("billion", "bn"):
        amount = rng.choice([f"{rng.uniform(1, 9.9):.1f}", f"{rng.uniform(1, 9):.2f}", f"{rng.randint(1, 20)}"])
    else:
        amount = rng.choice([f"{rng.randint(1, 999)}", f"{rng.uniform(1, 99):.1f}", f"{rng.randint(1000, 9999):,}.5"])
    form = rng.choice(["${a} {s}", "${a} {s}", "{a} {s} US dollars", "{a} {s} euros", "${a} {s}"])
    return (rng.choice(QUALIFIERS) if qualified else "") + form.format(a=amount, s=scale)


def _figure_sentence(rng: random.Random, home: str, partner: str, published: date) -> str:
    period = rng.choice(PERIODS).format(y=published.year - rng.randint(0, 1), m=rng.choice(MONTHS), n=rng.randint(2, 11))
    template = rng.choice(FIGURE_SENTENCES)
    # "exceed over $1 billion" is not English: the verb already says the bound.
    qualified = "exceed" not in template
    return template.format(
        H=home, P=partner, Hd=DEMONYM[home], Pd=DEMONYM[partner], money=_money(rng, qualified),
        money2=_money(rng, qualified),
        pct=rng.choice([f"{rng.randint(2, 60)}", f"{rng.uniform(0.5, 40):.1f}"]), period=period,
        period_cap=period[0].upper() + period[1:], future=published.year + rng.randint(2, 6),
    )  # fmt: skip


def _filler(rng: random.Random, home: str) -> str:
    return rng.choice(FILLER).format(n=rng.randint(2, 900), city=CITIES[home].title())


def write_corpus(folder: Path, n: int, seed: int = 20250416) -> list[Path]:
    """Write n synthetic articles (and the SYNTHETIC.md marker) into folder, which must not be
    the project's data/ or seeds/."""
    from dashboard import paths

    if folder.resolve() in {paths.data_dir().resolve(), paths.seeds_dir().resolve()}:
        raise ValueError(f"refusing to write synthetic articles into {folder}")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MARKER).write_text("Synthetic benchmark articles: invented figures, not real data.\n")
    written = []
    for article_id, text in articles(n, seed):
        path = folder / f"{article_id}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
