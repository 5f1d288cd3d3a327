"""`streamlit run dashboard/app.py`: the pages and the clean (screenshot) mode; nothing else."""

from __future__ import annotations

import streamlit as st

from dashboard.views import common

st.set_page_config(page_title="Trade figures from the news", page_icon="📈", layout="wide")
clean = common.is_clean()
if clean:
    common.hide_chrome()
pages = [
    st.Page("views/explore.py", title="Explore a pair", default=True),
    st.Page("views/overview.py", title="Overview", url_path="overview"),
    st.Page("views/reader.py", title="Article reader", url_path="reader"),
    st.Page("views/add_article.py", title="Add article", url_path="add"),
    st.Page("views/review.py", title="Review", url_path="review"),
]
st.navigation(pages, position="hidden" if clean else "top").run()
