"""Atom 0.3/1.0 documents on the lxml fast path (see :mod:`bot.feeds.xml_fast`)."""

from __future__ import annotations

from lxml import etree

from bot.feeds.dates import parse_date
from bot.feeds.models import FeedItem, ParsedFeed
from bot.feeds.plain_text import collapse_whitespace, plain_title, text_to_html
from bot.feeds.xml_common import (
    NS_DC,
    NS_MEDIA,
    NS_XHTML,
    EntryFields,
    Media,
    Unsupported,
    add_category,
    children,
    collect_media,
    enclosure,
    is_web_url,
    newest_elements,
    resolve,
    xhtml_markup,
)


def _atom_text_kind(element: etree._Element) -> str:
    """How an Atom text construct reads: "xhtml", "html" or "text" (or Unsupported)."""
    kind = (element.get("type") or "text").strip().lower()
    mode = (element.get("mode") or "").strip().lower()
    if mode == "base64" or element.get("src"):
        raise Unsupported
    if kind in ("xhtml", "application/xhtml+xml") or mode == "xml":
        return "xhtml"
    if kind in ("html", "text/html") or mode == "escaped":
        return "html"
    if kind in ("text", "text/plain"):
        return "text"
    raise Unsupported


def _atom_text(element: etree._Element) -> tuple[str, bool]:
    """An Atom text construct as (markup, is_html)."""
    kind = _atom_text_kind(element)
    if kind == "xhtml":
        elements = [child for child in element if isinstance(child.tag, str)]
        if len(elements) == 1 and elements[0].tag == f"{{{NS_XHTML}}}div":
            return xhtml_markup(elements[0]), True
        return xhtml_markup(element), True
    if kind == "html":
        if len(element):  # an HTML string someone wrapped in an element anyway
            return "".join(element.itertext()), True
        return element.text or "", True
    if len(element):  # markup pasted in without escaping: keep it as markup
        return xhtml_markup(element), True
    return element.text or "", False


def _atom_plain(element: etree._Element) -> str:
    markup, is_html = _atom_text(element)
    return plain_title(markup) if is_html else collapse_whitespace(markup)


def _atom_link(element: etree._Element) -> tuple[str, str | None]:
    rel = (element.get("rel") or "alternate").strip()
    # Atom 0.3 era feeds sometimes put the URL in the element text instead of href.
    return rel, resolve(element, element.get("href") or element.text)


def _atom_person(element: etree._Element, ns: str) -> str | None:
    name = element.find(f"{{{ns}}}name")
    value = collapse_whitespace(name.text or "") if name is not None else ""
    return value or None


def read_atom(root: etree._Element, ns: str, version: str
              ) -> tuple[ParsedFeed, list[etree._Element], AtomReader]:
    """The feed's own fields, its entry elements, and the reader of those."""
    prefix = f"{{{ns}}}"
    feed = ParsedFeed(format=version, parser="lxml")
    feed_author: str | None = None
    feed_id: str | None = None
    for tag, child in children(root):
        if tag == f"{prefix}title" and not feed.title:
            feed.title = _atom_plain(child)
        elif tag == f"{prefix}link":
            rel, href = _atom_link(child)
            if rel == "alternate" and href and feed.link is None:
                feed.link = href
        elif tag in (f"{prefix}subtitle", f"{prefix}tagline") and not feed.subtitle:
            feed.subtitle = _atom_plain(child)
        elif tag == f"{prefix}author" and feed_author is None:
            feed_author = _atom_person(child, ns)
        elif tag == f"{prefix}id":
            feed_id = (child.text or "").strip()
    if feed.link is None and is_web_url(feed_id):
        feed.link = feed_id
    entries = newest_elements(list(root.iterchildren(f"{prefix}entry")))
    return feed, entries, AtomReader(prefix, ns, feed_author)


class AtomReader(EntryFields):
    """Reads the entries of an Atom 0.3/1.0 document."""

    def __init__(self, prefix: str, ns: str, feed_author: str | None) -> None:
        self.prefix = prefix
        self.ns = ns
        self.feed_author = feed_author

    def check(self, element: etree._Element) -> None:
        """Raises Unsupported for an entry whose text only feedparser decodes."""
        prefix = self.prefix
        for child in element.iterchildren(f"{prefix}title", f"{prefix}summary",
                                          f"{prefix}content"):
            if child.tag == f"{prefix}content":
                _atom_content_is_inline(child)
            else:
                _atom_text_kind(child)

    def identity(self, element: etree._Element) -> tuple[str | None, str | None]:
        guid = link = None
        for child in element.iterchildren(f"{self.prefix}link", f"{self.prefix}id"):
            if child.tag == f"{self.prefix}id":
                guid = (child.text or "").strip() or None
                continue
            rel, href = _atom_link(child)
            if rel == "alternate" and href and link is None:
                link = href
        if link is None and is_web_url(guid):
            link = guid  # Atom ids are often the permalink itself
        return guid, link

    def fill(self, element: etree._Element, entry: FeedItem, media: Media) -> tuple[str, str]:
        prefix = self.prefix
        summary = content = ""
        for tag, child in children(element):
            if tag == f"{prefix}title":
                entry.title = _atom_plain(child)
            elif tag == f"{prefix}link":
                rel, href = _atom_link(child)
                if rel == "enclosure" and href:
                    entry.enclosures.append(enclosure(child, href))
            elif tag == f"{prefix}summary":
                markup, is_html = _atom_text(child)
                summary = markup if is_html else text_to_html(markup)
            elif tag == f"{prefix}content":
                markup, is_html = _atom_content(child)
                content = markup if is_html else text_to_html(markup)
            elif tag == f"{prefix}author" and entry.author is None:
                entry.author = _atom_person(child, self.ns)
            elif tag in (f"{prefix}published", f"{prefix}issued"):
                entry.published = parse_date(child.text)
            elif tag in (f"{prefix}updated", f"{prefix}modified"):
                entry.updated = parse_date(child.text)
            elif tag == f"{prefix}created" and entry.published is None:
                entry.published = parse_date(child.text)
            elif tag == f"{prefix}category":
                add_category(entry.categories,
                              child.get("term") or child.get("label") or child.text)
            elif tag == f"{{{NS_DC}}}subject":
                add_category(entry.categories, child.text)
            elif tag.startswith(f"{{{NS_MEDIA}}}"):
                collect_media(child, media)
        entry.author = entry.author or self.feed_author
        return summary, content


def _atom_content_is_inline(element: etree._Element) -> bool:
    """False for out-of-line content (src); Unsupported for payloads feedparser decodes."""
    if element.get("src"):
        return False
    kind = (element.get("type") or "text").strip().lower()
    if kind not in ("text", "html", "xhtml") and not kind.startswith("text/") and "xml" not in kind:
        raise Unsupported  # base64 payloads of other media types: feedparser decodes those
    _atom_text_kind(element)
    return True


def _atom_content(element: etree._Element) -> tuple[str, bool]:
    if not _atom_content_is_inline(element):
        return "", False  # out-of-line content: nothing to show inline
    return _atom_text(element)
