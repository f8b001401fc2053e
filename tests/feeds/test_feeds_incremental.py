"""scan_feed: a feed's entries identified up front and read in full only when wanted.

Whatever it reads must be exactly what parse_feed gives, ids included, because the
poller stores and posts what the scan reads while /feed add stored what parse_feed read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from bot.feeds.identity import exact_repeats
from bot.feeds.models import FeedItem, ParsedFeed
from bot.feeds.parse import parse_feed
from bot.feeds.parse_incremental import FeedScan, scan_feed
from tests.helpers import feedgen

URL = "https://news.example.org/feed.xml"


def parsed_in_full(body: bytes, content_type: str | None = None) -> tuple[
        ParsedFeed, list[FeedItem]]:
    parsed = parse_feed(body, content_type=content_type, url=URL)
    return dataclasses.replace(parsed, items=[]), parsed.items


def assert_same_as_parse_feed(scan: FeedScan, body: bytes,
                              content_type: str | None = None) -> None:
    feed, items = parsed_in_full(body, content_type)
    assert scan.feed == feed
    assert scan.ids == [item.item_id for item in items]
    every_other = set(scan.ids[::2])
    assert scan.read(every_other) == [item for item in items if item.item_id in every_other]
    assert scan.read(set(scan.ids)) == items
    assert scan.repeats == exact_repeats(items)


@pytest.mark.parametrize("render", [feedgen.rss, feedgen.atom], ids=["rss", "atom"])
def test_known_entries_are_identified_without_being_read(
        render: Callable[[str, list[feedgen.Entry]], str]) -> None:
    body = render("Desk", feedgen.entries(50)).encode()
    scan = scan_feed(body, url=URL)
    assert scan.ok and scan.feed.title == "Desk"
    assert len(scan.ids) == 50 and scan.unread(set(scan.ids)) == 50
    newest = {item_id for item_id in scan.ids
              if item_id.endswith(tuple(f"/story-{n}" for n in range(45, 50)))}
    assert sorted(item.title for item in scan.read(newest)) == [
        f"Story {n}" for n in range(45, 50)]
    assert scan.unread(set(scan.ids)) == 45
    assert_same_as_parse_feed(scan_feed(body, url=URL), body)


SHARED_IDENTITIES = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Desk</title><link>https://news.example.org/</link>
<item><title>Newer</title><guid isPermaLink="false">same</guid>
  <pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item>
<item><title>Older</title><guid isPermaLink="false">same</guid>
  <pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>Neither guid nor link</title><description>Only words.</description></item>
<item><title>Twin</title><link>https://news.example.org/twin</link></item>
<item><title>Twin</title><link>https://news.example.org/twin</link></item>
<item><title>Relative</title><link>/story/7?utm_source=rss</link></item>
<item><title>Plain</title><guid>https://news.example.org/plain</guid></item>
</channel></rss>"""


def test_entries_whose_identity_needs_their_content_are_read_for_it() -> None:
    scan = scan_feed(SHARED_IDENTITIES, url=URL)
    assert_same_as_parse_feed(scan_feed(SHARED_IDENTITIES, url=URL), SHARED_IDENTITIES)
    # The two "same" guids, the entry without guid or link and the twins were read to
    # tell them apart; the relative link and the plain guid were not.
    assert scan.unread(set(scan.ids)) == 2
    assert len(scan.repeats) == 1
    assert scan.ids[5] == "link:https://news.example.org/story/7"


ATOM_WITH_BASE64 = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Encoded</title>
<entry><title>Plain</title><id>tag:news.example.org,2026:1</id>
  <updated>2026-11-02T10:00:00Z</updated></entry>
<entry><title>Encoded</title><id>tag:news.example.org,2026:2</id>
  <updated>2026-11-02T11:00:00Z</updated>
  <content type="application/octet-stream" mode="base64">SGVsbG8=</content></entry>
</feed>"""


@pytest.mark.parametrize(("body", "content_type"), [
    (ATOM_WITH_BASE64, None),
    (feedgen.json_feed("Desk", feedgen.entries(3)).encode(), "application/feed+json"),
    (b"<rss version='2.0'><channel><title>Broken &nbsp;</title><item><title>A</title>"
     b"<link>https://news.example.org/a</link></item></channel></rss>", None),
], ids=["atom-base64", "json-feed", "not-well-formed"])
def test_documents_off_the_fast_path_are_parsed_in_full(body: bytes,
                                                        content_type: str | None) -> None:
    scan = scan_feed(body, content_type=content_type, url=URL)
    assert scan.ok and scan.ids
    assert scan.unread(set(scan.ids)) == 0
    assert_same_as_parse_feed(scan, body, content_type)


@pytest.mark.parametrize("body", [b"", b"<html><body>Hello</body></html>", b"\x00\x01 nope"])
def test_unreadable_documents_give_the_same_error(body: bytes) -> None:
    scan = scan_feed(body, url=URL)
    assert not scan.ok
    assert scan.feed.error == parse_feed(body, url=URL).error
    assert scan.ids == [] and scan.read(set()) == []
