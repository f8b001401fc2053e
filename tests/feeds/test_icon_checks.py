"""Outlet icons are looked up when a server picks webhook posts: a site that answered
without an icon is not asked again for a week, one that did not answer is asked next time,
and a site that is down keeps the icon found before."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import timedelta

import pytest

from bot.feeds.icons import ICON_RECHECK, OUTLETS_LOOKED_UP, fill_outlet_icons, refresh_feed_icon
from bot.net.http import HttpClient
from bot.storage import feeds as feed_store
from bot.storage.database import Database
from tests.helpers import clock, feedgen
from tests.helpers.icons import PNG
from tests.helpers.newsweb import NewsWeb

GUILD = 4242
LOOKUP_PATHS = ("/feed", "/", "/favicon.ico")


async def shipped_feed(db: Database, url: str) -> int:
    """A shipped world feed: every server's story posts may speak as its outlet."""
    await feed_store.ensure_system_feeds(db, [("Desk", url)], 600, clock.now())
    async with db.begin() as conn:  # it exists now: this only reads its id
        feed, _created = await feed_store.get_or_create_feed(
            conn, url, title="Desk", format="", interval_seconds=600, now=clock.now())
    return feed.id


def asked(site: NewsWeb) -> int:
    return sum(site.hits[path] for path in LOOKUP_PATHS)


@pytest.fixture
def refusing_url() -> Iterator[str]:
    """A feed on a port bound but not listening: every connection is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/feed"


async def test_a_site_without_an_icon_is_asked_again_only_after_the_window(
        db: Database, web: HttpClient, news_web: NewsWeb) -> None:
    feed_id = await shipped_feed(db, news_web.serve("/feed", feedgen.rss("Desk",
                                                                         feedgen.entries(1))))
    now = clock.now()
    assert await fill_outlet_icons(db, web, GUILD, now) == 0
    first = asked(news_web)
    assert first >= 3  # the feed, its home page and /favicon.ico, each answering "none"

    assert await fill_outlet_icons(db, web, GUILD, now + ICON_RECHECK - timedelta(hours=1)) \
        == 0
    assert asked(news_web) == first

    news_web.serve("/favicon.ico", PNG, content_type="image/png")
    assert await fill_outlet_icons(db, web, GUILD, now + ICON_RECHECK + timedelta(hours=1)) \
        == 1
    assert asked(news_web) > first
    stored = await feed_store.get_feed(db, feed_id)
    assert stored is not None and stored.icon_url == news_web.url("/favicon.ico")


async def test_a_site_that_did_not_answer_is_asked_again_next_time(
        db: Database, web: HttpClient, news_web: NewsWeb, refusing_url: str) -> None:
    news_web.serve("/feed", "busy", status=503, content_type="text/plain")
    await shipped_feed(db, news_web.url("/feed"))
    await shipped_feed(db, refusing_url)
    now = clock.now()
    assert await fill_outlet_icons(db, web, GUILD, now) == 0
    assert news_web.hits["/feed"] == 1

    news_web.serve("/feed", feedgen.rss("Desk", feedgen.entries(1)))
    news_web.serve("/favicon.ico", PNG, content_type="image/png")
    assert await fill_outlet_icons(db, web, GUILD, now + timedelta(minutes=1)) == 1
    assert news_web.hits["/feed"] == 2
    # The refused one is still to be asked, the next time as now.
    later = now + timedelta(minutes=2)
    assert len(await feed_store.feeds_lacking_icons(db, GUILD, OUTLETS_LOOKED_UP,
                                                    checked_before=later - ICON_RECHECK)) == 1


async def test_a_site_that_is_down_keeps_the_icon_found_before(
        db: Database, web: HttpClient, news_web: NewsWeb) -> None:
    feed_id = await shipped_feed(db, news_web.serve("/feed", feedgen.rss("Desk",
                                                                         feedgen.entries(1))))
    news_web.serve("/favicon.ico", PNG, content_type="image/png")
    found = await refresh_feed_icon(db, web, feed_id, clock.now())
    assert found is not None and found.icon == news_web.url("/favicon.ico")

    for path in LOOKUP_PATHS:
        news_web.serve(path, "down", status=503, content_type="text/plain")
    again = await refresh_feed_icon(db, web, feed_id, clock.now() + timedelta(days=1))
    assert again is not None and again.icon is None and not again.answered
    stored = await feed_store.get_feed(db, feed_id)
    assert stored is not None and stored.icon_url == news_web.url("/favicon.ico")
