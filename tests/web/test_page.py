"""A page's article by trafilatura: exactly its body, with title, date, outlet and canonical
URL from the page; uploaded and pasted HTML taken the same way."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.curation.intake import check_upload
from dashboard.curation.web.add import html_upload
from dashboard.curation.web.page import PageRefused, extract_page
from tests.web.server import page

BASE = "https://wire.example"
BODY = [
    "Azerbaijan and China agree to expand trade",
    "Trade turnover between Azerbaijan and China reached $4.2 billion in 2025, the State Customs Committee said in Baku on "
    "Monday, as the two governments agreed to widen their cooperation.",
    "In 2024 the turnover between the two countries amounted to $3.9 billion, according to the committee's figures published this week.",
    "The sides also discussed transport links across the Caspian Sea and the Middle Corridor, and agreed to meet again in "
    "Beijing later in the year, officials said.",
]


def test_a_news_page_gives_exactly_its_body_and_its_metadata() -> None:
    found = extract_page(page("story.html", BASE), f"{BASE}/news/story.html?utm_source=feed")
    assert found.text == "\n\n".join(BODY)
    assert (found.title, found.date, found.date_from, found.outlet, found.url) == (
        "Azerbaijan and China agree to expand trade", date(2026, 2, 3), "page metadata", "Caspian Fixture Wire",
        f"{BASE}/news/azerbaijan-china-trade",  # the page's canonical link, made absolute
    )  # fmt: skip
    for chrome in ("Top 10", "9.99", "Brent", "Related", "700 million", "Comments", "Russia", "©", "Nizami", "$300"):
        assert chrome not in found.text


def test_the_same_story_under_another_url_names_the_same_canonical_url() -> None:
    amp = extract_page(page("story-amp.html", BASE), f"{BASE}/amp/story.html")
    assert (amp.text, amp.url) == ("\n\n".join(BODY), f"{BASE}/news/azerbaijan-china-trade")


def test_a_date_only_in_the_pages_metadata_is_found() -> None:
    found = extract_page(page("metadate.html", BASE), f"{BASE}/news/metadate.html")
    assert (found.date, found.date_from, found.outlet, found.url) == (date(2025, 11, 20), "page metadata", "Ashgabat Fixture Herald", f"{BASE}/news/metadate.html")
    assert "2025" not in found.text  # nowhere in the text: only in the JSON-LD


def test_a_page_without_an_article_is_refused() -> None:
    with pytest.raises(PageRefused, match="no article text found on the page"):
        extract_page(page("chrome-only.html", BASE), f"{BASE}/x")


def test_uploaded_and_pasted_html_is_extracted_the_same_way() -> None:
    raw = page("story.html", BASE)
    uploaded, pasted = check_upload("story.html", raw), check_upload("pasted.txt", raw)
    fetched = html_upload("wire.example/story.html", raw, f"{BASE}/news/story.html")
    assert uploaded.body == pasted.body == fetched.body == "\n\n".join(BODY)
    assert uploaded.text == uploaded.body + "\n"  # what is saved is what is read
    assert (uploaded.prefill.date, uploaded.prefill.title, uploaded.prefill.outlet) == (date(2026, 2, 3), BODY[0], "Caspian Fixture Wire")
    assert any("menus, footers, comments and related links left out" in w for w in uploaded.warnings)
    assert fetched.url == f"{BASE}/news/azerbaijan-china-trade" and uploaded.url is None  # no address to resolve it against


def test_a_text_with_a_stray_tag_is_still_read_by_the_builds_reader() -> None:
    # Not a page: the build's own converter reads tags inside a .txt article (see README).
    upload = check_upload("note.txt", b"Trade reached <b>$5 million</b> &amp; grew.")
    assert upload.body == "Trade reached $5 million & grew."
