"""Format detection and field extraction on small hand-written feeds."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from bot.feeds.parse import parse_feed

RSS20 = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"
     xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Harbour Town Gazette</title>
  <link>https://gazette.example/</link>
  <description>Local news</description>
  <item>
    <title>Ferry timetable changes from Monday</title>
    <link>https://gazette.example/news/ferry?utm_source=rss&amp;id=7</link>
    <guid isPermaLink="false">gazette-7</guid>
    <pubDate>Tue, 03 Nov 2026 08:15:00 +0100</pubDate>
    <dc:creator>Mira Holm</dc:creator>
    <category>Transport</category>
    <category>Harbour</category>
    <description>&lt;p&gt;The &lt;b&gt;morning&lt;/b&gt; ferry leaves
      earlier.&lt;/p&gt;</description>
    <media:content url="https://gazette.example/img/ferry.jpg" medium="image"/>
  </item>
  <item>
    <title>Market square reopens</title>
    <link>/news/market</link>
    <description><![CDATA[<p>Stalls return. <img src="https://gazette.example/img/market.png"></p>]]></description>
  </item>
</channel>
</rss>"""

RSS10 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://lab.example/">
    <title>Lab Notes</title><link>https://lab.example/</link><description>d</description>
  </channel>
  <item rdf:about="https://lab.example/notes/1">
    <title>Calibrating the spectrometer</title>
    <link>https://lab.example/notes/1</link>
    <dc:date>2026-10-01T09:30:00Z</dc:date>
    <dc:subject>Methods</dc:subject>
  </item>
</rdf:RDF>"""

RSS091 = b"""<?xml version="1.0"?>
<rss version="0.91"><channel><title>Old School</title><link>http://old.example/</link>
<description>x</description><language>en</language>
<item><title>First post</title><link>http://old.example/1</link></item>
</channel></rss>"""

ATOM10 = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/">
  <title type="html">Kiln &amp;amp; Glaze</title>
  <link rel="alternate" href="/"/>
  <link rel="self" href="/feed.atom"/>
  <id>tag:blog.example,2026:feed</id>
  <author><name>Ines Varga</name></author>
  <updated>2026-11-02T10:00:00Z</updated>
  <entry>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Cone <em>6</em>
      results</div></title>
    <link rel="alternate" type="text/html" href="posts/cone-6"/>
    <link rel="enclosure" type="image/jpeg" href="https://cdn.example/cone6.jpg"/>
    <id>tag:blog.example,2026:cone-6</id>
    <published>2026-11-01T18:00:00-05:00</published>
    <updated>2026-11-02T10:00:00Z</updated>
    <category term="firing"/>
    <summary type="text">Glazes &lt;matte&gt; vs gloss</summary>
  </entry>
</feed>"""

ATOM03 = b"""<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title>Archive</title>
  <link rel="alternate" type="text/html" href="http://archive.example/"/>
  <entry>
    <title>Legacy entry</title>
    <link rel="alternate" type="text/html" href="http://archive.example/legacy"/>
    <id>http://archive.example/legacy</id>
    <issued>2004-05-06T07:08:09Z</issued>
    <modified>2004-05-07T00:00:00Z</modified>
  </entry>
</feed>"""

JSON11 = json.dumps({
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Orbit Weekly",
    "home_page_url": "https://orbit.example/",
    "authors": [{"name": "Desk"}],
    "items": [
        {"id": 42, "url": "https://orbit.example/launch", "title": "Launch window opens",
         "content_html": "<p>Countdown <strong>begins</strong></p>",
         "date_published": "2026-11-20T12:00:00+00:00", "tags": ["space"],
         "image": "https://orbit.example/rocket.webp"},
        {"id": "x-1", "content_text": "A text-only note", "date_modified": "2026-11-21T00:00:00Z"},
    ],
}).encode()


@pytest.mark.parametrize(
    ("body", "content_type", "expected_format", "title", "count"),
    [
        (RSS20, "application/rss+xml", "rss20", "Harbour Town Gazette", 2),
        (RSS10, "application/rdf+xml", "rss10", "Lab Notes", 1),
        (RSS091, "text/xml", "rss091u", "Old School", 1),
        (ATOM10, "application/atom+xml", "atom10", "Kiln & Glaze", 1),
        (ATOM03, None, "atom03", "Archive", 1),
        (JSON11, "application/feed+json", "json11", "Orbit Weekly", 2),
        (JSON11, None, "json11", "Orbit Weekly", 2),
    ],
)
def test_format_detection(
    body: bytes, content_type: str | None, expected_format: str, title: str, count: int
) -> None:
    parsed = parse_feed(body, content_type=content_type, url="https://example.net/feed")
    assert parsed.ok, parsed.error
    assert parsed.format == expected_format
    assert parsed.title == title
    assert len(parsed.items) == count


def test_rss20_item_fields() -> None:
    parsed = parse_feed(RSS20, url="https://gazette.example/rss")
    first, second = parsed.items
    assert first.title == "Ferry timetable changes from Monday"
    assert first.guid == "gazette-7"
    assert first.published == datetime(2026, 11, 3, 7, 15, tzinfo=UTC)
    assert first.published.tzinfo is UTC
    assert first.author == "Mira Holm"
    assert first.categories == ["Transport", "Harbour"]
    assert first.summary_text == "The morning ferry leaves earlier."
    assert "<b>morning</b>" in first.summary_html
    assert first.image_url == "https://gazette.example/img/ferry.jpg"
    # Relative links resolve against the feed URL; the first <img> is the image.
    assert second.link == "https://gazette.example/news/market"
    assert second.image_url == "https://gazette.example/img/market.png"
    assert second.published is None


def test_atom10_entry_fields() -> None:
    entry = parse_feed(ATOM10).items[0]
    assert entry.title == "Cone 6 results"
    assert entry.link == "https://blog.example/posts/cone-6"  # xml:base applied
    assert entry.guid == "tag:blog.example,2026:cone-6"
    assert entry.published == datetime(2026, 11, 1, 23, 0, tzinfo=UTC)
    assert entry.updated == datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
    assert entry.author == "Ines Varga"  # inherited from the feed
    assert entry.categories == ["firing"]
    assert entry.summary_text == "Glazes <matte> vs gloss"  # text, not markup
    assert entry.image_url == "https://cdn.example/cone6.jpg"


def test_atom03_dates_and_link() -> None:
    entry = parse_feed(ATOM03).items[0]
    assert entry.link == "http://archive.example/legacy"
    assert entry.published == datetime(2004, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert entry.updated == datetime(2004, 5, 7, tzinfo=UTC)


def test_json_feed_fields() -> None:
    launch, note = parse_feed(JSON11).items
    assert launch.guid == "42"
    assert launch.summary_text == "Countdown begins"
    assert launch.image_url == "https://orbit.example/rocket.webp"
    assert launch.categories == ["space"]
    assert launch.author == "Desk"
    assert note.summary_text == "A text-only note"
    assert note.updated == datetime(2026, 11, 21, tzinfo=UTC)
    assert note.link is None and note.item_id  # still identifiable


def test_json_that_is_not_a_feed_is_a_status() -> None:
    parsed = parse_feed(b'{"hello": "world"}', content_type="application/json")
    assert not parsed.ok and "not a feed" in (parsed.error or "")
    broken = parse_feed(b'{"version": "https://jsonfeed.org/version/1", "items": [',
                        content_type="application/feed+json")
    assert not broken.ok and "invalid JSON" in (broken.error or "")


def test_a_reference_to_half_a_surrogate_pair_keeps_every_item() -> None:
    body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
            b"<item><title>Bad &#xD800; and &#56320; title</title><link>https://e.example/1</link>"
            b"<description>Body &#x1F600; stays</description></item>"
            b"<item><title>Good</title><link>https://e.example/2</link></item>"
            b"</channel></rss>")
    parsed = parse_feed(body)
    assert parsed.ok
    assert [item.title for item in parsed.items] == ["Bad \ufffd and \ufffd title", "Good"]
    assert parsed.items[0].summary_text == "Body \U0001f600 stays"


def test_a_json_feed_string_with_half_a_surrogate_pair_can_be_stored() -> None:
    body = (b'{"version": "https://jsonfeed.org/version/1.1", "title": "Desk", "items": '
            b'[{"id": "a\\ud800", "title": "Half \\udc00 pair", "tags": ["x\\ud800"], '
            b'"content_text": "Text \\ud800"}]}')
    item = parse_feed(body).items[0]
    assert (item.guid, item.title, item.categories, item.summary_text) == (
        "a\ufffd", "Half \ufffd pair", ["x\ufffd"], "Text \ufffd")
