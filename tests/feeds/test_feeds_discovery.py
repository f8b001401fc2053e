"""Given a web page instead of a feed: recognise it and find the feeds it announces."""

from __future__ import annotations

from bot.feeds.discover import discover_feed_links, looks_like_html
from bot.feeds.parse import parse_feed

PAGE = """<!DOCTYPE html>
<html><head>
<title>Valley Herald</title>
<base href="https://herald.example/en/">
<link rel="alternate" type="application/rss+xml" title="Top stories" href="rss/top.xml">
<link rel="alternate" type="application/atom+xml" title="Sport" href="/feeds/sport.atom">
<link rel="alternate" type="application/feed+json" href="https://herald.example/feed.json">
<link rel="alternate" hreflang="de" href="https://herald.example/de/">
<link rel="stylesheet" type="text/css" href="/style.css">
<link rel="alternate" type="application/rss+xml" href="rss/top.xml">
<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
</head><body><p>Welcome</p></body></html>"""


def test_discovers_announced_feeds_in_order() -> None:
    found = discover_feed_links(PAGE.encode(), "https://herald.example/index.html")
    assert [(f.url, f.title, f.type) for f in found] == [
        ("https://herald.example/en/rss/top.xml", "Top stories", "rss"),
        ("https://herald.example/feeds/sport.atom", "Sport", "atom"),
        ("https://herald.example/feed.json", None, "json"),
    ]


def test_page_without_feeds() -> None:
    assert discover_feed_links("<html><body>nothing</body></html>", "https://x.example/") == []


def test_html_is_recognised_whatever_the_header_says() -> None:
    assert looks_like_html(PAGE.encode(), "text/html; charset=utf-8")
    assert looks_like_html(PAGE.encode(), "text/xml")
    feed = b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'
    assert not looks_like_html(feed, "text/html")
    assert parse_feed(feed, content_type="text/html").ok
    assert parse_feed(PAGE.encode(), content_type="text/html").error == (
        "this is an HTML page, not a feed")
