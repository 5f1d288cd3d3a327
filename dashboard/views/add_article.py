"""Add article page: upload a file, paste text or give a page's link, confirm its date, title, outlet and URL, save
it into seeds/ and rebuild; then its figures, with links to the reader and the review page.
Glue over dashboard.curation.intake and rebuild."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import paths
from dashboard.contract.metadata import ArticleMeta
from dashboard.contract.values import value_text
from dashboard.curation import intake
from dashboard.curation.rebuild import add_and_rebuild, built_texts, is_current
from dashboard.read import load as data_io
from dashboard.views import common


def render() -> None:
    """The add-article page."""
    st.title("Add an article")
    st.caption(
        "The article is saved into the articles folder with its date, title, outlet and URL, and the data are "
        "rebuilt: only the new article is read. Its figures appear at once, marked unreviewed."
    )
    seeds, data = paths.seeds_dir(), paths.data_dir()
    done = st.session_state.get("added-article")
    if done:
        show_added(*done)
        return

    feeds_panel(seeds, data)
    upload_tab, paste_tab, link_tab = st.tabs(["Upload files", "Paste text", "From a link"])
    with upload_tab:
        files = st.file_uploader(
            "Article files (.txt or .html, UTF-8, up to 2 MB each)", type=[s.lstrip(".") for s in intake.SUFFIXES],
            key="upload", accept_multiple_files=True, max_upload_size=intake.MAX_UPLOAD_BYTES // 1_000_000,
        )  # fmt: skip
    with paste_tab:
        pasted = st.text_area("Article text", key="paste", height=220, placeholder="Paste the article here, headline first.")
    with link_tab:
        fetched = link_field()
    given = [(f.name, f.getvalue()) for f in files or []] + ([("pasted.txt", pasted.encode("utf-8"))] if pasted.strip() else [])
    if not given and fetched is None:
        st.info("Upload one or more files, paste the text of an article, or give its link.")
        return
    uploads = []
    for name, raw in given:
        try:
            uploads.append(intake.check_upload(name, raw))
        except intake.Refused as e:
            st.error(common.md(f"Not added: {e}"))
    if fetched is not None:
        uploads.append(fetched)
    if not uploads:
        return

    with st.form("meta"):
        st.subheader("Check each article's date, title and outlet")
        metas = [meta_fields(u) for u in uploads]
        saved = st.form_submit_button("Save and rebuild", type="primary", key="save")
    if not saved:
        return
    bad = [u.name for u, m in zip(uploads, metas, strict=True) if m.url and not m.url.startswith(("http://", "https://"))]
    if bad:
        st.error(common.md(f"The URL must start with http:// or https:// ({', '.join(bad)})."))
        return
    with st.spinner("Saving and rebuilding…"):
        current = is_current(seeds, data)
        built = built_texts(data)
        results = []
        for upload, meta in zip(uploads, metas, strict=True):
            try:
                results.append(intake.save_article(seeds, upload, meta, built))
            except (intake.Refused, OSError) as e:
                st.error(common.md(f"{upload.name}: not saved: {e}"))
                return
        new = [r.article_id for r in results if not r.duplicate_of]
        summary = ""
        if new:
            outcome = add_and_rebuild(seeds, data, new, current)
            if not outcome.ok:
                st.error(common.md(outcome.summary))
                return
            summary = outcome.summary
    st.session_state["added-article"] = ([(r.article_id, bool(r.duplicate_of)) for r in results], summary)
    for k in ("upload", "paste", "link", "fetched"):
        st.session_state.pop(k, None)
    st.rerun()


def meta_fields(upload: intake.Upload) -> ArticleMeta:
    """One article's date, title, outlet and URL, prefilled from its text, in the form."""
    key = upload.sha256[:12]  # a new text gets fresh fields
    prefill = upload.prefill
    st.markdown(f"**{common.md(upload.name)}**")
    for warning in (*upload.warnings, *([prefill.note] if prefill.note else [])):
        st.warning(common.md(warning))
    c = st.columns([1, 3])
    when = c[0].date_input(
        "Publication date", value=prefill.date, key=f"date-{key}", format="YYYY-MM-DD", min_value=date(1980, 1, 1), max_value=date.today(),
        help="Relative periods in the text (“last year”) are read against it."
        + (f" Taken from the article's {prefill.date_from}." if prefill.date_from else ""),
    )  # fmt: skip
    title = c[1].text_input("Title", value=prefill.title or "", key=f"title-{key}")
    c = st.columns([1, 3])
    outlet = c[0].text_input("Outlet", value=prefill.outlet or "", key=f"outlet-{key}")
    url = c[1].text_input("URL", value=upload.url or "", key=f"url-{key}", placeholder="https://…")
    with st.expander("The text as it will be read"):
        st.text(upload.body[:5000] + ("…" if len(upload.body) > 5000 else ""))
    # What the curator confirmed is recorded, even where the text says the same: it is their decision.
    return ArticleMeta(
        date=when if isinstance(when, date) else None, title=title.strip() or None, outlet=outlet.strip() or None, url=url.strip() or None
    )


def link_field() -> intake.Upload | None:
    """The page at the address the curator gave, fetched once (Fetch), its article taken."""
    from dashboard.curation.web.add import fetch_upload

    address = st.text_input("Page address", key="link", placeholder="https://…", help="The page is fetched, and its article "
                            "taken without the site's menus, footers, comments and related links.")  # fmt: skip
    if st.button("Fetch the page", key="fetch") and address.strip():
        with st.spinner("Fetching the page…"):
            try:
                st.session_state["fetched"] = fetch_upload(address)
            except intake.Refused as e:
                st.session_state.pop("fetched", None)
                st.error(common.md(f"Not added: {e}"))
    fetched = st.session_state.get("fetched")
    return fetched if isinstance(fetched, intake.Upload) else None


def feeds_panel(seeds: Path, data: Path) -> None:
    """When the feeds in feeds.toml were last read, what they added since, and a button to read them now."""
    from dashboard.curation.web import follow
    from dashboard.curation.web.feeds import FeedsFileError

    if not (seeds / "feeds.toml").is_file():
        return
    state = follow.load_state(seeds)
    runs = state["runs"]
    with st.expander(f"Followed feeds: last read {runs[-1]['at'].replace('T', ' ') if runs else 'never'}"):
        added = [a for run in runs for a in run.get("added", [])]
        if runs:
            st.markdown(common.md(f"{len(added)} article(s) added from the feeds since {runs[0]['at'].replace('T', ' ')}, unreviewed until a curator reviews them."))
        for article_id in reversed(added[-20:]):
            st.page_link("views/reader.py", label=f"Read {article_id}", query_params={"article": article_id})
        if st.button("Read the feeds now", key="follow"):
            with st.spinner("Reading the feeds…"):
                try:
                    report = follow.follow(seeds, data)
                except FeedsFileError as e:
                    st.error(common.md(str(e)))
                    return
            st.success(common.md(f"{len(report.added)} added, {len(report.skipped)} skipped."))
            for name, what in report.sources:
                st.caption(common.md(f"{name}: {what}"))
            if not report.rebuild_ok:
                st.error(common.md(report.rebuild))


def show_added(saved: list[tuple[str, bool]], summary: str) -> None:
    """What was saved: each article's figures, and where to read and review them."""
    for article_id, duplicate in saved:
        with st.container(border=True, key=f"added-{article_id}"):
            if duplicate:
                st.info(common.md(f"This text is already in the articles folder as {article_id}: it was not added again."))
            else:
                st.success(common.md(f"Saved as {article_id}."))
            figures = _figures_of(article_id)
            if figures is None or figures.empty:
                st.info("No figures were extracted from it: read it, and add any the extractor missed on the review page.")
            else:
                n = len(figures)
                st.markdown(f"**{n} figure{'s' * (n != 1)} found, all marked with their review state:**")
                shown = figures.assign(
                    value=[value_text(v, u, q) for v, u, q in zip(figures["value"], figures["unit"], figures["qualifier"], strict=False)],
                    pair=figures["country_a"] + "-" + figures["country_b"],
                )[["indicator", "pair", "value", "year", "period", "status", "review", "quote"]]
                st.dataframe(shown, hide_index=True, width="stretch", key=f"added-table-{article_id}")
            cols = st.columns(4)
            cols[0].page_link("views/reader.py", label="Read it in the article reader", query_params={"article": article_id})
            cols[1].page_link("views/review.py", label="Review its figures", query_params={"article": article_id, "view": "All figures"})
            cols[2].page_link("views/review.py", label="Its figures in the review queue", query_params={"article": article_id})
            if figures is not None and not figures.empty:
                # The chart its first figure is on: what the curator added, drawn.
                first = figures.iloc[0]
                indicator = "growth" if first["kind"] == "change" else str(first["indicator"])
                cols[3].page_link("views/explore.py", label="See it on the chart",
                                  query_params={"pair": f"{first['country_a']}-{first['country_b']}", "indicator": indicator})
    if summary:
        with st.expander("Build summary"):
            st.text(summary)
    if st.button("Add another article", key="another"):
        del st.session_state["added-article"]
        st.rerun()


def _figures_of(article_id: str) -> pd.DataFrame | None:
    """The article's rows of figures.parquet (None when data/ cannot be read)."""
    try:
        figures = data_io.cached_stored().figures
    except data_io.MissingData:
        return None
    return figures[figures["article_id"] == article_id]


# Streamlit runs a page as __main__; importing it (doctest collection) draws nothing.
if __name__ == "__main__":
    render()
