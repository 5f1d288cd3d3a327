"""Article reader: one article's text with its extracted figures highlighted, and their table."""

from __future__ import annotations

import streamlit as st

from dashboard import highlight, queries
from dashboard.views import common


def render() -> None:
    """The article reader."""
    tables = common.tables()
    articles = tables.articles.sort_values(["date", "article_id"], ascending=[False, True], na_position="last")
    ids = list(articles["article_id"])
    names = {
        r.article_id: f"{queries.date_text(r.date)} · {r.title if isinstance(r.title, str) else r.article_id} ({r.n_figures} figures)"
        for r in articles.itertuples()
    }
    wanted = st.query_params.get("article")
    common.seed({"article": wanted if wanted in ids else ids[0]})
    article_id = st.selectbox("Article", ids, format_func=names.get, key="article")
    common.set_url([("article", article_id)])
    article = articles.set_index("article_id").loc[article_id]
    found = tables.figures[tables.figures["article_id"] == article_id].sort_values("span_start")

    st.title(article["title"] if isinstance(article["title"], str) else article_id, anchor=False)
    outlet = article["outlet"] if isinstance(article["outlet"], str) else "outlet not recorded"
    st.caption(common.md(f"{outlet} · {queries.date_text(article['date'])} (date from {article['date_source']}) · countries: {', '.join(article['countries'])}"))
    if isinstance(article["url"], str):
        st.link_button("Original article", article["url"])
    if found.empty:
        st.info("No figures were extracted from this article.")
    else:
        st.caption(common.md(f"{len(found)} figures, highlighted in the text; hover a highlight for its reading."))
    with st.container(key="article-text", border=True):
        st.html(highlight.highlighted_html(article["text"], found))
    if not found.empty:
        st.subheader("Figures in this article")
        table = queries.figure_table(queries.select_article(found))
        st.dataframe(table.drop(columns=["title", "url", "amount"]), hide_index=True, width="stretch", key="article-figures")


# Streamlit runs a page as __main__; importing it (doctest collection) draws nothing.
if __name__ == "__main__":
    render()
