"""Article reader: one article's text with its extracted figures highlighted, and their table.
Everything from the article (headline, outlet, URL, text) goes through `dashboard.guard.safe`."""

from __future__ import annotations

import streamlit as st

from dashboard.guard import safe
from dashboard.read import citations, evidence, formatting, highlight
from dashboard.views import common


def render() -> None:
    """The article reader."""
    tables = common.tables()
    articles = tables.articles.sort_values(["date", "article_id"], ascending=[False, True], na_position="last")
    ids = list(articles["article_id"])
    # One count everywhere: the figures the article states (derived ones are shown, and said, apart).
    stated = tables.figures[tables.figures["status"] != "derived"]["article_id"].value_counts()
    names = {
        r.article_id: f"{citations.date_text(r.date)} · {safe.one_line(r.title) or r.article_id} ({stated.get(r.article_id, 0)} figures)"
        for r in articles.itertuples()
    }
    wanted = safe.text(st.query_params.get("article"))
    if wanted and wanted not in names:
        st.info(safe.md(f"No article “{safe.shorten(wanted, 40)}”; showing the latest."))
    # Opened without a choice: the latest article that has figures, not one with nothing to show.
    with_figures = [a for a in ids if stated.get(a, 0) > 0]
    common.seed({"article": wanted if wanted in names else (with_figures or ids)[0]})
    article_id = str(st.selectbox("Article", ids, format_func=lambda a: names.get(a, str(a)), key="article"))
    common.set_url([("article", article_id)])
    article = articles.set_index("article_id").loc[article_id]
    found = tables.figures[tables.figures["article_id"] == article_id].sort_values("span_start")
    n_stated, n_derived = int((found["status"] != "derived").sum()), int((found["status"] == "derived").sum())

    st.title(safe.md(safe.one_line(article["title"]) or article_id), anchor=False)
    outlet = citations.outlet_text(article["outlet"], None, "outlet not recorded")
    countries = ", ".join(formatting.country_name(c) for c in article["countries"])
    st.caption(safe.md(f"{outlet} · {citations.date_text(article['date'])} (date from {article['date_source']}) · countries: {countries}"))
    url = safe.link(article["url"])
    if url:
        st.link_button("Original article", url)
    elif safe.one_line(article["url"]):
        st.caption(safe.md(f"Address given (not a web link, so not opened): {safe.shorten(article['url'], 80)}"))
    if found.empty:
        st.info("No figures were extracted from this article.")
    else:
        derived = f", and {n_derived} derived from them (computed here, in blue)" if n_derived else ""
        st.caption(f"{n_stated} figures stated{derived}, highlighted in the text; hover a highlight for its reading.")
    with st.container(key="article-text", border=True):
        st.html(highlight.highlighted_html(article["text"], found))
    if not found.empty:
        st.subheader("Figures in this article")
        table = citations.figure_table(citations.select_article(found))
        shown = table.drop(columns=["title", "url", "amount", "source no."])
        if "evidence" in found.columns and len(shown) == len(found):
            # Why the extractor read each figure as it did: the words behind its pair, direction and period.
            ordered = citations.select_article(found)
            shown = shown.assign(why=[safe.one_line(evidence.why(e, str(article["text"]))) for e in ordered["evidence"]])
        st.dataframe(shown, hide_index=True, width="stretch", key="article-figures",
                     column_config={"why": st.column_config.TextColumn("why this reading", width="large")})


# Streamlit runs a page as __main__; importing it (doctest collection) draws nothing.
if __name__ == "__main__":
    with common.guard():
        render()
