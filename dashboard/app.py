"""`streamlit run dashboard/app.py`: the pages and the clean (screenshot) mode; nothing else.

A new page is one more entry in PAGES (its file under views/, its title and URL path).
"""

from __future__ import annotations

import streamlit as st

from dashboard.views import common

PAGES = [
    # (file, title, url path); the first is the default page.
    ("views/explore.py", "Explore a pair", ""),
    ("views/overview.py", "Overview", "overview"),
    ("views/reader.py", "Article reader", "reader"),
    ("views/add_article.py", "Add article", "add"),
    ("views/review.py", "Review", "review"),
]

st.set_page_config(page_title="Trade figures from the news", page_icon="📈", layout="wide")
# Whatever a link holds, no traceback or server path reaches the browser (pages also catch their
# own errors with a short message; this covers anything outside them).
st.set_option("client.showErrorDetails", "none")
clean = common.is_clean()
if clean:
    common.hide_chrome()
else:
    common.narrow_screens()
pages = [
    st.Page(path, title=title, default=True) if i == 0 else st.Page(path, title=title, url_path=url)
    for i, (path, title, url) in enumerate(PAGES)
]
st.navigation(pages, position="hidden" if clean else "top").run()
