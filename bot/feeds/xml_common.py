"""What the lxml readers of RSS and Atom share: namespaces and element helpers."""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import datetime
from typing import Protocol
from urllib.parse import urljoin, urlsplit

from lxml import etree

from bot.feeds.dates import parse_date
from bot.feeds.media import pick_image
from bot.feeds.models import Enclosure, FeedItem
from bot.feeds.plain_text import collapse_whitespace, repair_text, strip_html

NS_ATOM10 = "http://www.w3.org/2005/Atom"
NS_ATOM03 = "http://purl.org/atom/ns#"
NS_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
NS_RSS10 = "http://purl.org/rss/1.0/"
NS_RSS090 = "http://my.netscape.com/rdf/simple/0.9/"
NS_DC = "http://purl.org/dc/elements/1.1/"
NS_DCTERMS = "http://purl.org/dc/terms/"
NS_CONTENT = "http://purl.org/rss/1.0/modules/content/"
NS_MEDIA = "http://search.yahoo.com/mrss/"
NS_XHTML = "http://www.w3.org/1999/xhtml"
MEDIA_PREFIX_LENGTH = len(NS_MEDIA) + 2
# Only the newest entries of a huge feed are read: a poll posts a handful, and a
# 100,000-item archive would otherwise cost hundreds of MB of item objects.
MAX_ENTRIES = 300
_DATE_TAGS = frozenset({"pubDate", f"{{{NS_DC}}}date", f"{{{NS_ATOM10}}}updated",
                        f"{{{NS_ATOM10}}}published", f"{{{NS_ATOM03}}}modified",
                        f"{{{NS_ATOM03}}}issued", f"{{{NS_DCTERMS}}}modified"})


class Unsupported(Exception):
    """Something this path does not handle; feedparser takes over."""


class EntryReader(Protocol):
    """Reads the entries of one document format."""

    def check(self, entry: etree._Element) -> None:
        """Raises Unsupported for an entry only the lenient parser can read."""

    def identity(self, entry: etree._Element) -> tuple[str | None, str | None]:
        """The entry's guid and link, exactly as ``read`` gives them."""

    def read(self, entry: etree._Element) -> FeedItem:
        """The entry in full."""


Media = list[tuple[str, dict[str, str]]]


class EntryFields:
    """How both formats read an entry in full: its identity, then the format's own fields
    (``fill``), then the summary and the image chosen from everything found."""

    def identity(self, entry: etree._Element, /) -> tuple[str | None, str | None]:
        raise NotImplementedError

    def fill(self, entry: etree._Element, item: FeedItem, media: Media, /) -> tuple[str, str]:
        """Reads the format's own fields into ``item`` and ``media``; returns the summary
        markup and the full content markup (either may be empty)."""
        raise NotImplementedError

    def read(self, entry: etree._Element) -> FeedItem:
        item = FeedItem()
        item.guid, item.link = self.identity(entry)
        media: Media = []
        summary, content = self.fill(entry, item, media)
        item.summary_html = summary or content
        item.summary_text = strip_html(item.summary_html)
        item.image_url = pick_image(media, item.enclosures, (summary, content),
                                    item.link or entry.base)
        return item


def newest_elements(entries: list[etree._Element]) -> list[etree._Element]:
    """At most MAX_ENTRIES entries: the first ones, or the last ones when the document
    lists oldest first (judged by its first and last entries' dates)."""
    if len(entries) <= MAX_ENTRIES:
        return entries
    first, last = _entry_date(entries[0]), _entry_date(entries[-1])
    if first is not None and last is not None and last > first:
        return entries[-MAX_ENTRIES:]
    return entries[:MAX_ENTRIES]


def _entry_date(entry: etree._Element) -> datetime | None:
    for child in entry:
        if child.tag in _DATE_TAGS and child.text:
            return parse_date(child.text)
    return None


def resolve(element: etree._Element, href: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    if href.startswith(("https://", "http://")):
        return href  # already absolute: skip the (costly) base lookup and join
    base = element.base
    return urljoin(base, href) if base else href


def inner_markup(element: etree._Element) -> str:
    """Text of an element, or its serialised children when HTML was embedded unescaped."""
    if len(element) == 0:
        return repair_text(element.text or "")
    parts = [html.escape(element.text or "", quote=False)]
    for child in element:
        parts.append(etree.tostring(child, encoding="unicode", with_tail=True))
    return "".join(parts)


def xhtml_markup(element: etree._Element) -> str:
    """Inline XHTML content as an HTML string (its text nodes are text, so escape them)."""
    parts = [html.escape(element.text or "", quote=False)]
    for child in element:
        parts.append(etree.tostring(child, encoding="unicode", with_tail=True))
    return "".join(parts)


def children(element: etree._Element) -> Iterable[tuple[str, etree._Element]]:
    for child in element:
        if isinstance(child.tag, str):
            yield child.tag, child


def is_web_url(value: str | None) -> bool:
    if not value or not value.lower().startswith(("http://", "https://")):
        return False
    try:
        return bool(urlsplit(value).hostname)
    except ValueError:
        return False


def enclosure(element: etree._Element, href: str) -> Enclosure:
    length_text = (element.get("length") or "").strip()
    return Enclosure(
        url=resolve(element, href) or href,
        type=(element.get("type") or "").strip() or None,
        length=int(length_text) if length_text.isdigit() else None,
    )


def add_category(categories: list[str], value: str | None) -> None:
    value = collapse_whitespace(value or "")
    if value and value not in categories:
        categories.append(value)


def collect_media(element: etree._Element, media: list[tuple[str, dict[str, str]]]) -> None:
    local = str(element.tag)[MEDIA_PREFIX_LENGTH:]
    if local == "group":
        for child in element:
            if isinstance(child.tag, str) and child.tag.startswith(f"{{{NS_MEDIA}}}"):
                collect_media(child, media)
    elif local in ("content", "thumbnail") and element.get("url"):
        attributes = dict(element.attrib)
        attributes["url"] = resolve(element, element.get("url")) or ""
        media.append((local, attributes))
