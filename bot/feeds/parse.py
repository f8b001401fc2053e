"""Turning fetched bytes into a :class:`ParsedFeed`.

Contract: :func:`parse_feed` never raises for any input. A document that cannot be
used as a feed comes back with ``ok == False`` and ``error`` set to a short reason
suitable for a feed's status line; the caller stores that as the feed status.

Strategy: JSON Feed is parsed directly; well-formed XML takes an lxml fast path;
everything else (broken XML, undefined entities, DOCTYPEs, charset conflicts)
goes through feedparser's lenient parser.
"""

from __future__ import annotations

from email.message import Message

from bot.feeds.charset import replace_invalid_bytes, replace_surrogate_references
from bot.feeds.discover import discover_feed_links, looks_like_html
from bot.feeds.identity import assign_item_ids
from bot.feeds.jsonfeed import looks_like_json, parse_json_feed
from bot.feeds.models import DiscoveredFeed, FeedItem, ParsedFeed
from bot.feeds.via_feedparser import parse_with_feedparser
from bot.feeds.xml_fast import XmlFeed, open_xml_fast

__all__ = [
    "DiscoveredFeed",
    "FeedItem",
    "ParsedFeed",
    "discover_feed_links",
    "looks_like_html",
    "parse_feed",
]

HTML_PAGE_ERROR = "this is an HTML page, not a feed"
# feedparser needs ~25 µs per tag; a broken document beyond this would tie up a worker
# thread (and the GIL) for seconds. Real feeds stay far below it.
MAX_LENIENT_ELEMENTS = 100_000
EMPTY_ERROR = "empty document"
INVALID_BYTES_REASON = "invalid UTF-8 bytes replaced"


def parse_feed(
    body: bytes | str, *, content_type: str | None = None, url: str | None = None
) -> ParsedFeed:
    """Parse RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.x bytes.

    ``content_type`` is the HTTP Content-Type header (its charset is honoured the way
    RFC 3023 says); ``url`` is the final URL, used to resolve relative links. CPU
    bound: async callers should run it in a worker thread.
    """
    if isinstance(body, str):
        body = body.encode("utf-8")
    try:
        opened = open_feed(body, content_type, url)
        parsed = opened if isinstance(opened, ParsedFeed) else opened.read_all()
        parsed.items = assign_item_ids(parsed.items)
    except Exception as error:  # the guarantee: hostile input is a status, not a crash
        return parser_failure(error)
    return parsed


def parser_failure(error: Exception) -> ParsedFeed:
    return ParsedFeed(error=f"parser failure: {type(error).__name__}: {error}"[:300])


def open_feed(body: bytes, content_type: str | None, url: str | None) -> ParsedFeed | XmlFeed:
    """A well-formed XML feed as an lxml document whose entries are still to be read;
    anything else parsed in full (items without ids yet), or its error. May raise."""
    if not body or not body.strip(b" \t\r\n\x00\xef\xbb\xbf\xfe\xff"):
        return ParsedFeed(error=EMPTY_ERROR)
    if looks_like_json(body, content_type):
        return parse_json_feed(body)
    if looks_like_html(body, content_type):
        return ParsedFeed(format="html", error=HTML_PAGE_ERROR)
    repaired = replace_invalid_bytes(body, charset_from_content_type(content_type))
    if repaired is not None:
        body, content_type = repaired, _as_utf8(content_type)
    fast = open_xml_fast(body, charset_from_content_type(content_type), url)
    if fast is not None:
        if repaired is not None and fast.feed.ok:
            fast.feed.bozo, fast.feed.bozo_reason = True, INVALID_BYTES_REASON
        return fast
    if body.count(b"<") > MAX_LENIENT_ELEMENTS:
        return ParsedFeed(error="not a feed: too many elements for a broken document")
    return parse_with_feedparser(replace_surrogate_references(body), content_type, url)


def _as_utf8(content_type: str | None) -> str:
    mime = (content_type or "application/xml").split(";", 1)[0].strip() or "application/xml"
    return f"{mime}; charset=utf-8"


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    header = Message()
    header["content-type"] = content_type
    charset = header.get_param("charset")
    return charset.strip() if isinstance(charset, str) and charset.strip() else None


def newest_first(items: list[FeedItem]) -> list[FeedItem]:
    """Items sorted newest first by published (else updated) date; undated keep order."""
    def sort_key(indexed: tuple[int, FeedItem]) -> tuple[int, float, int]:
        position, item = indexed
        moment = item.published or item.updated
        return (0, -moment.timestamp(), position) if moment else (1, 0.0, position)

    return [item for _, item in sorted(enumerate(items), key=sort_key)]
