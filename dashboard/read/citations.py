"""Who said each figure: the numbered sources of a chart, its source and credit lines, and the
table of exactly its figures with their quotes (pure; the page and the downloads share it)."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from dashboard.contract.values import value_text
from dashboard.guard import safe
from dashboard.read.selection import series_names, value_texts
from dashboard.read.viewspec import INDICATORS, View

APP_NAME = "Trade figures from the news"
STATUS_WORDS = {"reported": "reported", "forecast": "forecast", "target": "target", "derived": "derived (computed here)",
                "computed": "computed here"}


def sources(frame: pd.DataFrame) -> pd.DataFrame:
    """The distinct articles behind a chart's figures, oldest first, numbered 1..n, with how many
    of the chart's figures each gives."""
    cols = ["article_id", "title", "outlet", "article_date", "url"]
    if frame.empty:
        return pd.DataFrame(columns=["note", *cols, "figures"])
    counts = frame["article_id"].value_counts()
    found = frame[cols].drop_duplicates("article_id")
    found = found.sort_values(["article_date", "article_id"], na_position="last", ignore_index=True)
    found.insert(0, "note", range(1, len(found) + 1))
    found["figures"] = found["article_id"].map(counts).astype(int)
    return found


def source_numbers(frame: pd.DataFrame) -> dict[str, int]:
    """article_id -> its number in the source line (empty when one source: no numbers needed)."""
    found = sources(frame)
    if len(found) < 2:
        return {}
    return dict(zip(found["article_id"], found["note"], strict=False))


def date_text(value: object) -> str:
    """ "16 Apr 2025", or "date unknown".

    >>> date_text(date(2025, 4, 16)), date_text(None)
    ('16 Apr 2025', 'date unknown')
    """
    if value is None or pd.isna(value):
        return "date unknown"
    return str(pd.Timestamp(value).strftime("%-d %b %Y"))


def outlet_text(outlet: object, title: object = None, article_id: object = None) -> str:
    """The outlet's name, else the headline in quotes, else the article id (one line, raw text)."""
    name = safe.one_line(outlet)
    if name:
        return name
    headline = safe.one_line(title)
    return f"“{headline}”" if headline else safe.one_line(article_id, "article")


def source_line(frame: pd.DataFrame, max_chars: int = 400) -> str:
    """One line naming the outlets and dates behind the plotted figures, numbered when several."""
    found = sources(frame)
    if found.empty:
        return ""
    parts = []
    for s in found.itertuples():
        # An article without an outlet: its headline, and that the outlet is not known.
        who = outlet_text(s.outlet, s.title, s.article_id) + ("" if safe.one_line(s.outlet) else " (outlet not recorded)")
        parts.append((f"[{s.note}] " if len(found) > 1 else "") + f"{who}, {date_text(s.article_date)}")
    text = ("Sources: " if len(found) > 1 else "Source: ") + "; ".join(parts)
    if len(text) > max_chars:
        text = text[: max_chars - 1].rsplit(";", 1)[0] + f"; and {len(found)} articles in all"
    return text


def credit_line(today: date | None = None, link: str | None = None, as_of: date | None = None, byline: str = "") -> str:
    """What an image says about where it comes from, whoever pastes it: the data's date (its
    newest article), never the day of the export, which would pass old figures off as fresh.

    >>> credit_line(as_of=date(2025, 9, 26), link="?pair=AZE-CHN")
    'Compiled from news reports by Trade figures from the news, data as of 26 Sep 2025 (its newest article); figures as reported by the outlets, not official statistics. View: ?pair=AZE-CHN'

    A byline (who prepared the chart) comes first, when given:

    >>> credit_line(byline="Amina K.")
    'Prepared by Amina K. Compiled from news reports by Trade figures from the news; figures as reported by the outlets, not official statistics.'
    """
    when = f", data as of {date_text(as_of)} (its newest article)" if as_of else ""
    text = f"Compiled from news reports by {APP_NAME}{when}; figures as reported by the outlets, not official statistics."
    name = safe.one_line(byline).rstrip(".")
    if name:
        text = f"Prepared by {name}. {text}"
    return f"{text} View: {link}" if link else text


# A correction's review note, as `curation.apply` writes it: the curator's note, then
# "corrected: <column> <old> → <new>; …", then how the decision found its figure.
_CHANGE = re.compile(r"^(?P<column>[a-z_]+) (?P<old>.*?) → (?P<new>.*)$")
_VALUE_WORDS = {"approx": "about", "exact": "exact", "over": "over", "under": "up to", "None": "none"}


def correction(note: object, unit: object = None) -> tuple[str, str]:
    """What a correction changed, in words, and the rest of its review note (the curator's own).

    >>> correction("checked against the customs release; corrected: qualifier approx → exact; year 2023 → 2024")
    ('qualifier about → exact; year 2023 → 2024', 'checked against the customs release')
    >>> correction("corrected: value 3700000000.0 → 3900000000.0", "USD"), correction(None)
    (('value $3.7 bn → $3.9 bn', ''), ('', ''))
    >>> correction("corrected: value 12.0 → 21.0", "percent")
    ('value +12% → +21%', '')
    """
    text = safe.one_line(note)
    head, found, tail = text.partition("corrected: ")
    if not found:
        return "", text
    changed, rest = [], [head.strip().rstrip(";").strip()]
    for part in tail.split("; "):
        m = _CHANGE.match(part)
        if m is None:
            rest.append(part)
            continue
        old, new = (_change_word(m["column"], v, unit) for v in (m["old"], m["new"]))
        changed.append(f"{m['column'].replace('_', ' ')} {old} → {new}")
    return "; ".join(changed), "; ".join(r for r in rest if r)


def _change_word(column: str, value: str, unit: object) -> str:
    if column == "value" and isinstance(unit, str):
        try:
            return value_text(float(value), unit)
        except ValueError:
            return value
    if column == "indicator":
        return INDICATORS.get(value, value).lower()
    return _VALUE_WORDS.get(value, value) if column == "qualifier" or value == "None" else value


def figure_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The table under a chart: exactly its figures, with values in words, how any computed one
    was made, their quotes and numbered sources."""
    numbers = source_numbers(frame)
    empty = pd.Series(None, index=frame.index, dtype=object)
    table = pd.DataFrame(
        {
            "series": frame.get("series", empty).astype(object),
            "period": frame["period_label"].astype(object),
            "value": frame["value_text"].astype(object),
            "amount": frame["value"].astype(float),
            "unit": frame["unit"].astype(object),
            "qualifier": frame["qualifier"].astype(object),
            "status": frame["status"].astype(str).map(lambda s: STATUS_WORDS.get(s, s)).astype(object),
            "method": [m if isinstance(m, str) else "" for m in frame.get("method", empty)],
            "sources differ": frame.get("sources_differ", pd.Series(False, index=frame.index)).astype(bool),
            "review": [r if isinstance(r, str) else "unreviewed" for r in frame.get("review", empty)],
            "reviewed by": [safe.one_line(r) for r in frame.get("reviewed_by", empty)],
            "reviewed at": [safe.one_line(r) for r in frame.get("reviewed_at", empty)],
            "review note": [safe.one_line(r) for r in frame.get("review_note", empty)],
            "what changed": [correction(n, u)[0] if r == "corrected" else ""
                             for r, n, u in zip(frame.get("review", empty), frame.get("review_note", empty), frame["unit"], strict=False)],
            "mark": [m if isinstance(m, str) else "" for m in frame.get("mark", empty)],
            "quote": frame["quote"].astype(object),
            "source no.": [numbers.get(a, 1) for a in frame["article_id"]],
            "source": [
                (f"[{numbers[a]}] " if a in numbers else "") + f"{outlet_text(o, t, a)}, {date_text(d)}"
                for a, o, t, d in zip(frame["article_id"], frame["outlet"], frame["title"], frame["article_date"], strict=False)
            ],
            "title": frame["title"].astype(object),
            "url": [safe.text(u) for u in frame["url"]],
            "figure_id": frame["figure_id"].astype(object),
        }
    )
    if "computed_from" in frame:
        table.insert(3, "computed from", frame["computed_from"].astype(object))
    return table.reset_index(drop=True)


def sources_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The Sources panel and sheet: every article behind the chart, numbered as in the source line."""
    found = sources(frame)
    return pd.DataFrame(
        {
            "no.": found["note"].astype(int),
            "headline": [safe.one_line(t, "(no headline)") for t in found["title"]],
            "outlet": [safe.one_line(o, "outlet not recorded") for o in found["outlet"]],
            "date": [date_text(d) for d in found["article_date"]],
            "url": [safe.text(u) for u in found["url"]],
            "figures in the chart": found["figures"].astype(int),
            "article": found["article_id"].astype(object),
        }
    )


def select_article(found: pd.DataFrame) -> pd.DataFrame:
    """An article's figures shaped like a chart's selection, for the reader (in text order)."""
    f = found.copy()
    f["series"] = _named(f)
    f["value_text"] = value_texts(f)
    f["sources_differ"] = False
    return f


def _named(f: pd.DataFrame) -> list[str]:
    """What and whose, whatever the indicator: "Trade turnover growth, Azerbaijan–China"."""
    named = series_names(f, View(indicator="growth"))
    out = []
    for name, kind in zip(named, f["kind"].astype(str), strict=False):
        what, _, who = name.partition(", ")
        out.append(f"{what}{' growth' if kind == 'change' else ''}, {who}")
    return out


def readings(f: pd.DataFrame) -> list[str]:
    """Each figure in words, as the reader's hover shows it:
    "Trade turnover, Azerbaijan–Japan: nearly $70.6 m, 2006, reported"."""
    return [
        f"{name}: {value}, {period}, {STATUS_WORDS.get(status, status)}"
        for name, value, period, status in zip(_named(f), value_texts(f), f["period_label"], f["status"].astype(str), strict=False)
    ]
