"""Review page: the figures with their quote in context and evidence, filtered by article, pair,
indicator and state; confirm, reject or correct them, prefer one source, add a figure the
extractor missed, and re-attach or drop orphaned decisions. Glue over dashboard.curation."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import paths
from dashboard.contract.schema import INDICATORS, KINDS, QUALIFIERS, REVIEW_STATES
from dashboard.contract.values import value_text
from dashboard.curation import decide, review
from dashboard.curation.decide import Decision
from dashboard.curation.rebuild import after_decisions, is_current
from dashboard.guard import safe
from dashboard.guard.lock import Busy
from dashboard.read import load as data_io
from dashboard.read import prepare, selection
from dashboard.read.by_confidence import counts_by_pair
from dashboard.read.checks import growth_checks
from dashboard.read.reviewed import charted
from dashboard.views import common

VIEWS = ("Queue", "All figures", "Orphaned decisions", "Add a missed figure")
PER_PAGE = 10
STATE_COLOURS = {"unreviewed": "gray", "confirmed": "green", "corrected": "blue", "added": "violet", "rejected": "red", "superseded": "orange"}


@dataclass(frozen=True)
class Data:
    figures: pd.DataFrame  # every figure of figures.parquet, rejected ones too, prepared for display
    texts: dict[str, str]
    titles: dict[str, str]
    queue: pd.DataFrame
    differ_groups: dict[str, list[str]]  # figure_id -> the figures whose sources differ from it


def load() -> Data:
    """figures.parquet as it is (rejected figures included), with the queue: read once per build."""

    @st.cache_resource(show_spinner="Loading figures…", max_entries=2)
    def _load(sig: tuple[str, float, float]) -> Data:
        stored = data_io.cached_stored()  # one set: both tables of the same build
        articles = stored.articles
        prepared = prepare.prepare_figures(stored.figures, articles)
        prepared["value_text"] = [value_text(v, u, q) for v, u, q in zip(prepared["value"], prepared["unit"], prepared["qualifier"], strict=False)]
        shown = charted(prepared)
        differ = selection.flag_disagreements(shown)
        groups: dict[str, list[str]] = {}
        for _, group in differ[differ["sources_differ"]].groupby("differ_group"):
            ids = list(group["figure_id"])
            for fid in ids:
                groups[fid] = [i for i in ids if i != fid]
        checks = growth_checks(shown, tuple(shown["pair"].astype(str).unique()), None)
        texts = dict(zip(articles["article_id"], articles["text"], strict=True))
        titles = {a: t if isinstance(t, str) else a for a, t in zip(articles["article_id"], articles["title"], strict=True)}
        return Data(prepared, texts, titles, review.queue(prepared, differ, checks), groups)

    return _load(data_io.signature())


def render() -> None:
    """The review page."""
    common.tables()  # stops with a message when data/ is not built
    data = load()
    seeds = paths.seeds_dir()
    try:
        found, holding = decide.held(seeds)
    except decide.DecisionsFileError as e:
        st.error(common.md(f"The decisions file cannot be read, so nothing can be saved until it is fixed: {e}"))
        st.stop()
    orphans = review.orphans(found.decisions, data.figures, data.texts)

    st.title("Review figures")
    flash = st.session_state.pop("review-flash", None)
    if flash:
        st.success(common.md(flash))
    with st.sidebar:
        st.header("Curator")
        common.seed({"curator": os.environ.get("TRADE_DASHBOARD_CURATOR", "")})
        curator = st.text_input("Your name (recorded with each decision)", key="curator")
        st.header("Show")
        params = common.params()
        asked = (params.get("view") or ["Queue"])[-1]
        common.seed({"review-view": asked if asked in VIEWS else "Queue"})
        view = st.radio("View", VIEWS, key="review-view", format_func=lambda v: f"{v} ({len(orphans)})" if v == VIEWS[2] else v)
        articles = sorted(data.texts)
        wanted = (params.get("article") or [""])[-1]
        common.seed({"review-article": wanted if wanted in data.texts else ""})
        article = st.selectbox("Article", ["", *articles], key="review-article",
                               format_func=lambda a: "every article" if not a else f"{data.titles.get(str(a), str(a))[:60]} ({a})")  # fmt: skip
        pairs = sorted(data.figures["pair"].astype(str).unique())
        pair = st.selectbox("Pair", ["", *pairs], key="review-pair", format_func=lambda p: p or "every pair")
        indicator = st.selectbox("Indicator", ["", *INDICATORS], key="review-indicator", format_func=lambda i: i or "every indicator")
        common.seed({"review-states": []})
        states = st.multiselect("State", list(REVIEW_STATES), key="review-states")
    common.set_url([("view", view)] * (view != "Queue") + [("article", article)] * bool(article))

    counts = review.review_state(data.figures).value_counts()
    st.caption(common.md(" · ".join(f"{n} {s}" for s, n in counts.items()) + f" · {len(orphans)} orphaned decision(s)"))
    if view == "Add a missed figure":
        add_missed(data, article, curator)
        return
    if view == "Orphaned decisions":
        show_orphans(orphans, data, curator)
        return
    shown = review.filter_figures(data.figures, article or None, pair or None, indicator or None, states)
    reasons: dict[str, list[str]] = {}
    if view == "Queue":
        q = data.queue[data.queue["figure_id"].isin(shown["figure_id"])]
        reasons = dict(zip(q["figure_id"], q["reasons"], strict=True))
        shown = shown.set_index("figure_id").loc[list(q["figure_id"])].reset_index()
        st.caption("Unreviewed figures that deserve a look first: `check` figures (their doubts in words), then the weightiest doubts.")
        by_pair = counts_by_pair(data.figures)
        waiting = by_pair[by_pair["check"] > 0]
        with st.expander(f"`check` figures awaiting review, by pair ({int(waiting['check'].sum())} in {len(waiting)} pairs)"):
            st.dataframe(waiting, hide_index=True, key="review-check-by-pair")
    else:
        shown = shown.sort_values(["article_id", "span_start"])
    if shown.empty:
        st.info("No figures to review with these filters.")
        return
    pages = max(1, -(-len(shown) // PER_PAGE))
    page = st.pagination(pages, key="review-page") if pages > 1 else 1
    start = (page - 1) * PER_PAGE
    st.caption(f"{len(shown)} figures; {start + 1}–{min(start + PER_PAGE, len(shown))} shown. Keys: Y confirms the first figure, X rejects it.")
    for i, row in enumerate(shown.iloc[start : start + PER_PAGE].to_dict("records")):
        card(row, data, holding, reasons.get(row["figure_id"], []), curator, first=i == 0)


def figure_line(row: dict[str, Any]) -> str:
    r"""A card's first line in Markdown. Spaces stay outside `md`, which trims its text.

    >>> print(figure_line({"value_text": "$7.1 bn", "indicator": "investment", "flow_from": "JPN", "flow_to": "AZE",
    ...              "pair": "AZE-JPN", "period_label": "2021", "status": "reported"}))
    **\$7\.1 bn** · investment JPN → AZE · AZE\-JPN · 2021
    """
    flow = f" {common.md(row['flow_from'])} → {common.md(row['flow_to'])}" if isinstance(row.get("flow_from"), str) else ""
    return (f"**{common.md(row['value_text'])}** · {common.md(row['indicator'])}{flow} · {common.md(row['pair'])} · "
            f"{common.md(row['period_label'])}" + (f" · {common.md(row['status'])}" if row["status"] != "reported" else ""))


def quoted(before: str, amount: str, after: str) -> str:
    """The sentence as a quote with the amount in bold, in escaped HTML: Markdown trims the
    parts' spaces ("reached$3.9 billion") and shows its asterisks when the amount touches a
    letter or a sign ("of**$1 bn**").

    >>> quoted("reached ", "$3.9 billion", ", up <5%>.")
    '<blockquote>reached <b>$3.9 billion</b>, up &lt;5%&gt;.</blockquote>'
    """
    return f"<blockquote>{safe.html(before)}<b>{safe.html(amount)}</b>{safe.html(after)}</blockquote>"


def card(row: dict[str, Any], data: Data, holding: dict[str, Decision], reasons: list[str], curator: str, first: bool) -> None:
    """One figure: what it says, where, on what evidence, what was decided; the actions."""
    fid = row["figure_id"]
    text = data.texts[row["article_id"]]
    state = row.get("review") if isinstance(row.get("review"), str) else "unreviewed"
    previous = holding.get(row["decision"]) if isinstance(row.get("decision"), str) else None
    with st.container(border=True, key=f"figure-{fid}"):
        st.markdown(figure_line(row))
        st.badge(state, color=STATE_COLOURS.get(state, "gray"))  # type: ignore[arg-type]
        before, amount, after = review.context(text, int(row["span_start"]), int(row["span_end"]))
        st.html(quoted(before, amount, after))
        st.caption(common.md(f"{data.titles.get(row['article_id'], row['article_id'])} ({row['article_id']}) · rule {row['rule']}"))
        evidence = review.evidence_items(row.get("evidence"), text)
        st.caption(common.md("Evidence: " + ("; ".join(f"{slot} ← “{words}” ({rule})" for slot, words, rule in evidence) or "none recorded by the extractor")))
        for reason in reasons:
            st.warning(common.md(reason))
        if state != "unreviewed":
            st.caption(common.md(f"{state} by {row.get('reviewed_by')} at {row.get('reviewed_at')}" + (f": {row['review_note']}" if isinstance(row.get("review_note"), str) else "")))
        cols = st.columns(5)
        if cols[0].button("Confirm", key=f"confirm-{fid}", type="primary", shortcut="y" if first else None):
            save(decide.decide(row, "confirm", curator, text, previous), curator, f"Confirmed {row['value_text']}.")
        if cols[1].button("Reject", key=f"reject-{fid}", shortcut="x" if first else None):
            save(decide.decide(row, "reject", curator, text, previous), curator, f"Rejected {row['value_text']}.")
        if state != "unreviewed" and cols[2].button("Back to unreviewed", key=f"reset-{fid}"):
            save(decide.decide(row, "reset", curator, text, previous), curator, f"{row['value_text']} is unreviewed again.")
        others = data.differ_groups.get(fid, [])
        if others and cols[3].button("Prefer this source", key=f"prefer-{fid}", help="Confirm this figure and set aside the other articles' values"):
            rows = data.figures.set_index("figure_id").loc[others].reset_index().to_dict("records")
            save(decide.prefer(row, rows, curator, data.texts, holding), curator, f"Preferred {row['value_text']} from {row['article_id']}.")
        with st.expander("Correct this figure"):
            correct_form(row, text, previous, curator)


def correct_form(row: dict[str, Any], text: str, previous: Decision | None, curator: str) -> None:
    fid = row["figure_id"]
    with st.form(f"correct-{fid}"):
        fields, problems = reading_form(f"c-{fid}", row)
        note = st.text_input("Note (why)", key=f"c-{fid}-note")
        if st.form_submit_button("Save the correction", key=f"c-{fid}-save"):
            if problems:
                for p in problems:
                    st.error(common.md(p))
                return
            save(decide.decide(row, "correct", curator, text, previous, fields=fields, note=note), curator, "Correction saved.")


def reading_form(prefix: str, row: dict[str, Any]) -> tuple[dict[str, object], list[str]]:
    """The reading fields of a figure, prefilled from `row`."""
    c = list(st.columns(4))
    pair = c[0].text_input("Pair", value=f"{row.get('country_a', '')}-{row.get('country_b', '')}".strip("-"), key=f"{prefix}-pair")
    a, _, b = pair.upper().partition("-")
    source = row.get("flow_from") if isinstance(row.get("flow_from"), str) else None
    current = "" if source is None else "ab" if source == row.get("country_a") else "ba"
    direction = c[1].selectbox("Direction", ["", "ab", "ba"], index=["", "ab", "ba"].index(current), key=f"{prefix}-direction",
                               format_func=lambda d: {"": "none (turnover)", "ab": f"{a} → {b}", "ba": f"{b} → {a}"}[d])  # fmt: skip
    indicator = c[2].selectbox("Indicator", INDICATORS, index=INDICATORS.index(row.get("indicator") or "trade_turnover"), key=f"{prefix}-indicator")
    status = c[3].selectbox("Status", ("reported", "forecast", "target"), index=("reported", "forecast", "target").index(row.get("status") or "reported")
                            if row.get("status") in ("reported", "forecast", "target") else 0, key=f"{prefix}-status")  # fmt: skip
    c = list(st.columns(4))
    kind = c[0].selectbox("Kind", KINDS, index=KINDS.index(row.get("kind") or "level"), key=f"{prefix}-kind")
    number, scale = decide.split_value(float(row.get("value") or 0.0), str(row.get("kind") or "level"))
    number = c[1].number_input("Value", value=float(number), format="%.6g", key=f"{prefix}-value")
    scale = c[2].selectbox("Scale", list(decide.SCALES), index=list(decide.SCALES).index(scale), key=f"{prefix}-scale",
                           format_func=lambda s: s or "as written")  # fmt: skip
    unit = c[3].text_input("Unit (USD, EUR…, percent, times)", value=row.get("unit") or "USD", key=f"{prefix}-unit")
    c = list(st.columns(3))
    qualifier = c[0].selectbox("Qualifier", QUALIFIERS, index=QUALIFIERS.index(row.get("qualifier") or "exact"), key=f"{prefix}-qualifier")
    year = c[1].text_input("Year", value="" if pd.isna(row.get("year")) else str(int(row["year"])), key=f"{prefix}-year")
    period = c[2].text_input("Period (FY, Q1, H1, M1-M10, cumulative)", value=row["period"] if isinstance(row.get("period"), str) else "", key=f"{prefix}-period")
    return decide.fields_from_form(pair, direction, indicator, kind, status, number, scale, unit, qualifier, year, period)


def add_missed(data: Data, article: str, curator: str) -> None:
    """Add a figure the extractor missed: choose its sentence and its amount's words."""
    st.subheader("Add a figure the extractor missed")
    if not article:
        st.info("Choose the article in the sidebar first.")
        return
    text = data.texts[article]
    spans = review.sentences(text)
    index = st.selectbox("Sentence", range(len(spans)), key="add-sentence", format_func=lambda i: text[spans[i][0] : spans[i][1]][:160])
    start, end = spans[index]
    sentence = text[start:end]
    st.markdown(f"> {common.md(sentence)}")
    amount = st.text_input("The amount as the sentence writes it (e.g. $1.2 billion)", key="add-amount")
    at = review.occurrences(sentence, amount.strip())
    if amount.strip() and not at:
        st.error("These words are not in the sentence.")
        return
    if not at:
        return
    which = st.selectbox("Which one", range(len(at)), key="add-which", format_func=lambda i: f"occurrence {i + 1}") if len(at) > 1 else 0
    a0 = start + at[which]
    a1 = a0 + len(amount.strip())
    with st.form("add-form"):
        fields, problems = reading_form("add", {"value": 0.0, "kind": "level", "unit": "USD"})
        note = st.text_input("Note", key="add-note")
        if st.form_submit_button("Add this figure", key="add-save"):
            if problems:
                for p in problems:
                    st.error(common.md(p))
                return
            decision, problems = decide.add_figure(article, text, a0, a1, sentence, fields, curator, note)
            if decision is None:
                for p in problems:
                    st.error(common.md(p))
                return
            save(decide.Change(new=(decision,)), curator, f"Added {amount.strip()} to {article}.")


def show_orphans(orphans: list[review.Orphan], data: Data, curator: str) -> None:
    """Decisions no figure carries now: with their old quote, to re-attach or drop."""
    if not orphans:
        st.success("Every decision is attached to a figure.")
        return
    st.caption("These decisions no longer match a figure (the article or the extractor changed). They are kept until you re-attach or drop them.")
    by_id = data.figures.set_index("figure_id")
    for o in orphans:
        d = o.decision
        with st.container(border=True, key=f"orphan-{d.figure_id}"):
            st.markdown(common.md(f"{d.action} by {d.by} at {d.at} on “{d.amount}” in {d.article_id}"))
            if d.quote:
                st.markdown(f"> {common.md(d.quote)}")
            st.warning(common.md(o.reason))
            candidates = [c for c in o.candidates if c in by_id.index]
            cols = st.columns(2)
            if candidates:
                chosen = cols[0].selectbox(
                    "Re-attach to", candidates, key=f"to-{d.figure_id}",
                    format_func=lambda c: f"{by_id.loc[c, 'value_text']} · {by_id.loc[c, 'indicator']} · {by_id.loc[c, 'period_label']}",
                )  # fmt: skip
                if cols[0].button("Re-attach", key=f"reattach-{d.figure_id}"):
                    row = by_id.loc[chosen].to_dict() | {"figure_id": chosen}
                    save(decide.reattach(d, row, data.texts[row["article_id"]], curator), curator, "Decision re-attached.")
            if cols[1].button("Drop this decision", key=f"drop-{d.figure_id}"):
                save(decide.Change(remove=(d.figure_id,)), curator, "Decision dropped.")


def save(change: decide.Change, curator: str, message: str) -> None:
    """Record the decisions, rebuild, and show the page again with the result."""
    if not curator.strip():
        st.error("Write your name in the sidebar first: every decision records who took it.")
        return
    seeds, data = paths.seeds_dir(), paths.data_dir()
    current = is_current(seeds, data)  # before the save makes the decisions file newer than data/
    try:
        saved = decide.save(seeds, change)
    except (decide.DecisionsFileError, OSError, Busy) as e:
        st.error(common.md(f"Not saved: {e}"))
        return
    outcome = after_decisions(seeds, data, change.new, change.remove, current)
    replaced = [d for d in saved.replaced if d.by != curator.strip()]
    note = "".join(f" It replaces {d.by}'s {d.action} of {d.at}." for d in replaced)
    st.session_state["review-flash"] = message + note + ("" if outcome.ok else f" Saved, but the rebuild failed: {outcome.summary}")
    st.rerun()


# Streamlit runs a page as __main__; importing it (doctest collection) draws nothing.
if __name__ == "__main__":
    render()
