"""A page, fetched or uploaded, as an upload for dashboard.curation.intake: the page's text read
exactly as the build will read it, with its title, date, outlet and canonical URL prefilled."""

from __future__ import annotations

import dataclasses
from urllib.parse import urlsplit

from dashboard.curation import intake
from dashboard.curation.web.client import PAGE_TYPES, Client, FetchRefused
from dashboard.curation.web.page import Page, PageRefused, decode, extract_page


def is_url(text: str) -> bool:
    """
    >>> is_url("https://x.org/a"), is_url("HTTP://x.org"), is_url("seeds/a.txt"), is_url("ftp://x")
    (True, True, False, False)
    """
    return text.strip().lower().startswith(("http://", "https://"))


def page_upload(name: str, page: Page) -> intake.Upload:
    """The page's text as an upload, its metadata (else the text's dateline) prefilled."""
    upload = intake.check_upload(_text_name(name), (page.text + "\n").encode("utf-8"))
    own = upload.prefill
    prefill = intake.Prefill(
        date=page.date or own.date,
        date_from=page.date_from if page.date else own.date_from,
        title=page.title or own.title,
        outlet=page.outlet or own.outlet,
        note=None if page.date else own.note,
    )
    return dataclasses.replace(upload, name=name, prefill=prefill, url=page.url)


def html_upload(name: str, raw: bytes, url: str | None = None, charset: str | None = None) -> intake.Upload:
    """An HTML document (uploaded, pasted or fetched) as an upload."""
    try:
        page = extract_page(decode(raw, charset), url)
    except PageRefused as e:
        raise intake.Refused(f"{name}: {e}") from None
    return page_upload(name, page)


def fetch_upload(url: str, client: Client | None = None) -> intake.Upload:
    """Fetch `url` and take its article; refused (intake.Refused) with the reason when the
    address is unsafe, the page broken, too big, not HTML or without an article."""
    client = client or Client()
    try:
        response = client.get(url.strip(), types=PAGE_TYPES)
    except FetchRefused as e:
        raise intake.Refused(str(e)) from None
    return html_upload(page_name(response.final_url), response.body, response.final_url, response.charset)


def page_name(url: str) -> str:
    """A name for messages: the address's host and last path segment.

    >>> page_name("https://news.example/2026/02/azerbaijan-china-trade.html?x=1")
    'news.example/azerbaijan-china-trade.html'
    """
    parts = urlsplit(url)
    last = [s for s in parts.path.split("/") if s][-1:] or [""]
    return f"{parts.hostname or 'page'}/{last[0]}".rstrip("/")


def _text_name(name: str) -> str:
    return intake.display_name(name).rsplit(".", 1)[0] + ".txt"
