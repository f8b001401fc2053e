"""Recognising HTML pages and finding the feeds they advertise."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin

from bot.feeds.models import DiscoveredFeed

FEED_LINK_TYPES = {
    "application/rss+xml": "rss",
    "application/atom+xml": "atom",
    "application/feed+json": "json",
    "application/json": "json",
    "application/rdf+xml": "rss",
    "application/xml": "xml",
    "text/xml": "xml",
}
# Pages put feed links in <head>; scanning more than this only costs time.
_DISCOVERY_SCAN_LIMIT = 512 * 1024
_SNIFF_BYTES = 2048
_FEED_ROOT = re.compile(rb"<(?:[a-z0-9_]+:)?(?:rss|feed|rdf)\b", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)


def looks_like_html(body: bytes, content_type: str | None) -> bool:
    """True for an HTML page (so the caller should look for feed links instead).

    The body wins over the header: servers often label feeds ``text/html`` and
    pages ``text/xml``.
    """
    head = _sniff_text(body)
    if _FEED_ROOT.search(head):
        return False  # even behind an XHTML DOCTYPE, an <rss> root makes it a feed
    if _HTML_ROOT.search(head):
        return True
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    return media_type in ("text/html", "application/xhtml+xml")


def _sniff_text(body: bytes) -> bytes:
    head = body[:_SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16: drop the zero bytes so the ASCII patterns still match.
        head = head[2:].replace(b"\x00", b"")
    return head


class _LinkCollector(HTMLParser):
    def __init__(self, base_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.found: list[DiscoveredFeed] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): (value or "") for name, value in attrs}
        if tag == "base" and values.get("href"):
            self.base_url = urljoin(self.base_url, values["href"].strip())
        if tag not in ("link", "a"):
            return
        rels = values.get("rel", "").lower().split()
        media_type = values.get("type", "").split(";", 1)[0].strip().lower()
        if "alternate" not in rels or media_type not in FEED_LINK_TYPES:
            return
        href = values.get("href", "").strip()
        if not href:
            return
        url = urljoin(self.base_url, href)
        if not url.lower().startswith(("http://", "https://")):
            return
        title = " ".join(values.get("title", "").split()) or None
        if all(feed.url != url for feed in self.found):
            kind = FEED_LINK_TYPES[media_type]
            self.found.append(DiscoveredFeed(url=url, title=title, type=kind))


def discover_feed_links(page: bytes | str, base_url: str) -> list[DiscoveredFeed]:
    """Feeds announced with ``<link rel="alternate" type="...">``, in page order."""
    if isinstance(page, bytes):
        text = page[:_DISCOVERY_SCAN_LIMIT].decode("utf-8", errors="replace")
    else:
        text = page[:_DISCOVERY_SCAN_LIMIT]
    collector = _LinkCollector(base_url)
    try:
        collector.feed(text)
        collector.close()
    except (AssertionError, ValueError):
        # html.parser gives up on a few pathological inputs; keep what was found.
        pass
    return collector.found
