"""Reading only what is new: a feed's entries identified first, read in full on demand.

A changed feed usually brings a few new entries among dozens the bot has seen.
:func:`bot.feeds.parse.parse_feed` reads, decodes and strips every entry;
:func:`scan_feed` takes from each entry only what its identity needs (its guid and
link), and reads in full only the entries a caller asks for, the new ones, plus any
whose identity depends on their content (no guid or link, or a guid or link shared
with another entry). The ids are exactly those ``parse_feed`` assigns, and so are
the entries read. Documents off the lxml fast path (JSON Feed, broken XML) are
parsed in full as before.
"""

from __future__ import annotations

from collections.abc import Collection

from bot.feeds.identity import (
    assign_item_ids,
    content_id,
    exact_repeats,
    primary_id_from,
    resolve_ids,
)
from bot.feeds.models import FeedItem, ParsedFeed
from bot.feeds.parse import open_feed, parser_failure
from bot.feeds.xml_fast import XmlFeed


class FeedScan:
    """A parsed feed whose entries are known by id and read when asked for.

    ``feed`` holds the feed's own fields (its ``items`` are not filled in); ``ids`` the
    id of every entry in document order; ``repeats`` the ids of entries identical to an
    earlier one. Not thread-safe: use it from one thread at a time.
    """

    def __init__(self, feed: ParsedFeed, ids: list[str], items: dict[int, FeedItem],
                 document: XmlFeed | None) -> None:
        self.feed = feed
        self.ids = ids
        self._items = items
        self._document = document
        self.repeats = exact_repeats([items[position] for position in sorted(items)])

    @classmethod
    def complete(cls, parsed: ParsedFeed) -> FeedScan:
        """A feed already parsed in full (with ids)."""
        items = parsed.items
        parsed.items = []
        return cls(parsed, [item.item_id for item in items], dict(enumerate(items)), None)

    @property
    def ok(self) -> bool:
        return self.feed.ok

    def unread(self, ids: Collection[str]) -> int:
        """How many of these entries are still to be read (a caller may want a thread)."""
        return sum(1 for position, item_id in enumerate(self.ids)
                   if item_id in ids and position not in self._items)

    def read(self, ids: Collection[str]) -> list[FeedItem]:
        """The entries with these ids, read in full, in document order."""
        return [self._item_at(position) for position, item_id in enumerate(self.ids)
                if item_id in ids]

    def _item_at(self, position: int) -> FeedItem:
        item = self._items.get(position)
        if item is None:
            assert self._document is not None
            item = self._items[position] = self._document.read(position)
            item.item_id = self.ids[position]
        return item


def scan_feed(body: bytes | str, *, content_type: str | None = None,
              url: str | None = None) -> FeedScan:
    """Like parse_feed (same arguments, never raises), but reads no entry in full that
    its identity does not need; ``FeedScan.read`` reads the ones wanted."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    try:
        opened = open_feed(body, content_type, url)
        if isinstance(opened, ParsedFeed):
            opened.items = assign_item_ids(opened.items)
            return FeedScan.complete(opened)
        return _scan_document(opened)
    except Exception as error:  # the guarantee: hostile input is a status, not a crash
        return FeedScan.complete(parser_failure(error))


def _scan_document(document: XmlFeed) -> FeedScan:
    read: dict[int, FeedItem] = {}

    def item_at(position: int) -> FeedItem:
        if position not in read:
            read[position] = document.read(position)
        return read[position]

    primary_ids = []
    for position in range(len(document.entries)):
        guid, link = document.identity(position)
        primary_ids.append(primary_id_from(guid, link) or content_id(item_at(position)))
    ids = resolve_ids(primary_ids, item_at)
    for position, item in read.items():
        item.item_id = ids[position]
    return FeedScan(document.feed, ids, read, document)
