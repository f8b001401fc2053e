"""The outlet's icon for webhook posts: the feed's own image, else the site's favicon."""

from __future__ import annotations

from bot.feeds.icons import IconLookup, feed_image, look_up_icon, page_icon
from bot.net.addresses import AddressPolicy
from bot.net.http import HttpClient
from tests.helpers import feedgen
from tests.helpers.icons import PNG
from tests.helpers.newsweb import NewsWeb


def test_feed_image_from_rss_atom_and_json_feed() -> None:
    rss = ('<rss><channel><title>T</title><image><url>https://a.example/logo.png</url>'
           '</image><item><title>x</title><image><url>https://a.example/item.png</url>'
           '</image></item></channel></rss>')
    assert feed_image(rss) == "https://a.example/logo.png"
    atom = '<feed xmlns="http://www.w3.org/2005/Atom"><icon>/i.png</icon><entry/></feed>'
    assert feed_image(atom) == "/i.png"
    assert feed_image('{"version": "https://jsonfeed.org/version/1.1", "icon": "https://a'
                      '.example/j.png"}') == "https://a.example/j.png"
    # An item's image is not the outlet's.
    assert feed_image('<rss><channel><item><image><url>https://a.example/item.png</url>'
                      '</image></item></channel></rss>') is None


def test_page_icon_prefers_the_large_touch_icon() -> None:
    html = ('<html><head><link rel="icon" href="/small.ico">'
            "<link href='/big.png' rel='apple-touch-icon'></head></html>")
    assert page_icon(html) == "/big.png"
    assert page_icon('<link rel="stylesheet" href="/s.css">') is None


async def test_look_up_icon_falls_back_from_feed_to_page_to_favicon(
        web: HttpClient, news_web: NewsWeb) -> None:
    feed = news_web.serve("/feed", feedgen.rss("Desk", feedgen.entries(1)))
    news_web.serve("/", '<html><head><link rel="icon" href="/static/icon.png"></head></html>',
                   content_type="text/html")
    news_web.serve("/static/icon.png", PNG, content_type="image/png")
    assert await look_up_icon(web, feed) == IconLookup(news_web.url("/static/icon.png"),
                                                     answered=True)
    # The page's icon is gone: /favicon.ico, if it is an image.
    news_web.serve("/static/icon.png", b"not found", status=404, content_type="text/plain")
    news_web.serve("/favicon.ico", PNG, content_type="image/x-icon")
    assert await look_up_icon(web, feed) == IconLookup(news_web.url("/favicon.ico"),
                                                     answered=True)
    news_web.serve("/favicon.ico", b"<html>", content_type="text/html")
    assert await look_up_icon(web, feed) == IconLookup(None, answered=True)


async def test_look_up_icon_checks_addresses(news_web: NewsWeb) -> None:
    strict = HttpClient(user_agent="test", policy=AddressPolicy())
    try:
        assert (await look_up_icon(strict, news_web.serve("/feed", "<rss/>"))).icon is None
        assert news_web.hits["/feed"] == 0
    finally:
        await strict.close()
