"""A web page's article: its main text, title, publication date, outlet and canonical URL, by
trafilatura. Pure: HTML in, a Page out (or PageRefused with the reason).

The date is the page's metadata first (meta tags, <time>, JSON-LD, the URL; htmldate without
its search of the text), then the text's dateline, which the curator sees and confirms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin

from dashboard.guard.safe import link

_DOCUMENT = re.compile(rb"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.IGNORECASE)


class PageRefused(Exception):
    """No article could be taken from the page; the message says why."""


@dataclass(frozen=True)
class Page:
    text: str  # paragraphs separated by blank lines, headline first
    title: str | None
    date: date | None
    date_from: str | None  # "page metadata" when the page's markup gave it
    outlet: str | None
    url: str | None  # the canonical address when the page names one, else where it was fetched


def looks_like_page(raw: bytes) -> bool:
    """Whether the bytes are an HTML document (not text with a stray tag in it).

    >>> looks_like_page(b"<!DOCTYPE html><p>x"), looks_like_page(b"Trade <b>grew</b>")
    (True, False)
    """
    return _DOCUMENT.search(raw[:4096]) is not None


def extract_page(html: str | bytes, url: str | None = None) -> Page:
    """The article in a page, without its menus, footers, comments and related links."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_links=False, include_images=False,
            include_tables=True, favor_precision=True, deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"},
        )  # fmt: skip
    except (ValueError, RecursionError) as e:
        raise PageRefused(f"the page could not be read ({e})") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise PageRefused("no article text found on the page")
    title = _clean(getattr(doc, "title", None))
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)  # the headline leads, as a curator pastes an article
    published = _date(getattr(doc, "date", None))
    canonical = _canonical(html, url) or link(getattr(doc, "url", None)) or link(url)
    return Page(
        text="\n\n".join(paragraphs),
        title=title,
        date=published,
        date_from="page metadata" if published else None,
        outlet=_clean(getattr(doc, "sitename", None)),
        url=canonical,
    )


def decode(raw: bytes, charset: str | None) -> str | bytes:
    """The page as text when its charset is known and works; else the bytes, for trafilatura
    to detect the encoding."""
    if charset:
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return raw


def _canonical(html: str | bytes, url: str | None) -> str | None:
    """The page's <link rel="canonical">, made absolute against where it was fetched
    (trafilatura keeps only an absolute one, and many sites write it relative)."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for href in tree.xpath('//head/link[@rel="canonical"]/@href'):
        found = link(urljoin(url or "", str(href).strip()))
        if found:
            return found
    return None


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
