"""Domain records produced by feed parsing: plain dataclasses, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(slots=True)
class FeedItem:
    """One entry of a feed, normalised across RSS, Atom and JSON Feed.

    ``item_id`` is the stable identity used for de-duplication; it is filled in by
    :func:`bot.feeds.identity.assign_item_ids` (``parse_feed`` does this already).
    Dates are timezone-aware UTC or ``None``. ``summary_html`` is the feed's HTML as
    published: untrusted and unsanitised, so only ever show it through
    :func:`bot.render.markdown.html_to_markdown`. ``summary_text`` is its plain text.
    """

    title: str = ""
    link: str | None = None
    guid: str | None = None
    summary_html: str = ""
    summary_text: str = ""
    author: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    categories: list[str] = field(default_factory=list)
    image_url: str | None = None
    enclosures: list[Enclosure] = field(default_factory=list)
    item_id: str = ""


@dataclass(slots=True, frozen=True)
class Enclosure:
    url: str
    type: str | None = None
    length: int | None = None


@dataclass(slots=True)
class ParsedFeed:
    """Result of :func:`bot.feeds.parse.parse_feed`.

    Parsing never raises for bad input: a document that is not a usable feed gives
    ``ok == False`` and a short human-readable ``error`` (shown to admins as the feed
    status). ``bozo`` means "usable, but the document was not well formed" (recovered
    with a lenient parser); ``bozo_reason`` says why.
    """

    title: str = ""
    link: str | None = None
    format: str = ""
    items: list[FeedItem] = field(default_factory=list)
    bozo: bool = False
    error: str | None = None
    bozo_reason: str | None = None
    subtitle: str = ""
    parser: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(slots=True, frozen=True)
class DiscoveredFeed:
    """A feed advertised by an HTML page through ``<link rel="alternate">``."""

    url: str
    title: str | None
    type: str
