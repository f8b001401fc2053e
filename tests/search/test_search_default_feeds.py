from __future__ import annotations

from urllib.parse import urlsplit

from bot.feeds.identity import normalise_url
from bot.search import default_world_feeds
from bot.search.default_feeds import REGIONS


def test_a_usable_set_of_distinct_world_feeds_ships_with_the_bot() -> None:
    feeds = default_world_feeds()

    assert 15 <= len(feeds) <= 25
    assert len({normalise_url(f.url) for f in feeds}) == len(feeds)
    assert len({f.name for f in feeds}) == len(feeds)
    for feed in feeds:
        parts = urlsplit(feed.url)
        assert parts.scheme == "https" and parts.hostname, feed
        assert feed.region in REGIONS and len(feed.language) == 2, feed


def test_the_set_covers_several_regions_and_is_mostly_english() -> None:
    feeds = default_world_feeds()

    assert len({f.region for f in feeds}) >= 6
    english = default_world_feeds(languages=["EN"])
    assert len(english) >= len(feeds) * 0.75
    assert all(f.language == "en" for f in english)
    assert default_world_feeds(languages=["xx"]) == []


def test_callers_get_their_own_list() -> None:
    first = default_world_feeds()
    first.clear()

    assert default_world_feeds()
