"""The poller on its own: a real news web, a real database, and an injected clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest

from bot.feeds import service
from bot.feeds.poller import FeedPoller, PollSettings
from bot.net.http import HttpClient
from bot.storage import feeds as store
from bot.storage import guilds, outbox
from bot.storage.database import Database
from tests.helpers import feedgen
from tests.helpers.clock import ManualClock, now
from tests.helpers.newsweb import NewsWeb

GUILD = 1
CHANNEL = 10
INTERVAL = 600


@dataclass
class Setup:
    poller: FeedPoller
    clock: ManualClock
    db: Database
    feed_id: int

    async def feed(self) -> store.FeedRow:
        row = await store.get_feed(self.db, self.feed_id)
        assert row is not None
        return row

    async def poll(self) -> str:
        return (await self.poller.poll_feed(await self.feed())).status

    async def notices(self) -> list[str]:
        entries = await outbox.due_entries(self.db, self.clock() + timedelta(days=30), 100)
        return [e.payload["content"] for e in entries if e.kind == "notice"]


@pytest.fixture
async def setup(db: Database, web: HttpClient, news_web: NewsWeb) -> Setup:
    clock = ManualClock(now())
    news_web.serve("/feed", feedgen.rss("Desk", feedgen.entries(2)))
    await guilds.ensure_guild(db, GUILD)
    found = await service.probe_feed(web, news_web.url("/feed"))
    result = await service.add_subscription(
        db, guild_id=GUILD, channel_id=CHANNEL, found=found, name=None, backfill=0,
        interval_seconds=INTERVAL, max_feeds=50, now=clock())
    poller = FeedPoller(db, web, PollSettings(INTERVAL, 60, 5), clock=clock)
    return Setup(poller, clock, db, result.subscription.feed_id)


async def test_failures_back_off_exponentially(setup: Setup, news_web: NewsWeb) -> None:
    news_web.serve("/feed", "down", status=500)
    gaps = []
    for _ in range(3):
        assert await setup.poll() == "failed"
        feed = await setup.feed()
        gaps.append((feed.next_fetch_at - setup.clock()).total_seconds())
        setup.clock.now = feed.next_fetch_at
    assert gaps == [INTERVAL, 2 * INTERVAL, 4 * INTERVAL]
    assert "500" in ((await setup.feed()).last_error or "")


async def test_a_day_of_failures_marks_failing_and_tells_once(setup: Setup,
                                                               news_web: NewsWeb) -> None:
    news_web.serve("/feed", "down", status=503)
    await setup.poll()
    setup.clock.advance(hours=25)
    await setup.poll()
    assert (await setup.feed()).status == "failing"
    setup.clock.advance(hours=7)
    await setup.poll()
    notices = await setup.notices()
    assert len(notices) == 1 and "failing for a day" in notices[0]

    news_web.serve("/feed", feedgen.rss("Desk", feedgen.entries(2)))
    assert await setup.poll() in ("new", "unchanged")
    assert (await setup.feed()).status == "ok"
    notices = await setup.notices()
    assert len(notices) == 2 and "works again" in notices[1]


async def test_gone_feed_is_disabled_with_a_notice(setup: Setup, news_web: NewsWeb) -> None:
    news_web.serve("/feed", "gone", status=410)
    assert await setup.poll() == "disabled"
    feed = await setup.feed()
    assert feed.status == "disabled"
    assert await store.due_feeds(setup.db, setup.clock() + timedelta(days=1), 10) == []
    assert any("is gone" in text for text in await setup.notices())


async def test_retry_after_and_max_age_are_honoured(setup: Setup, news_web: NewsWeb) -> None:
    news_web.serve("/feed", "slow down", status=429, headers={"Retry-After": "7200"})
    await setup.poll()
    feed = await setup.feed()
    assert feed.next_fetch_at - setup.clock() == timedelta(seconds=7200)
    setup.clock.now = feed.next_fetch_at
    news_web.serve("/feed", feedgen.rss("Desk", feedgen.entries(3)),
                   headers={"Cache-Control": "public, max-age=3600"})
    await setup.poll()
    feed = await setup.feed()
    assert feed.next_fetch_at - setup.clock() >= timedelta(seconds=3600)


async def test_timeout_counts_as_failure(setup: Setup, news_web: NewsWeb) -> None:
    news_web.serve("/feed", feedgen.rss("Desk", feedgen.entries(2)), delay=0.5)
    setup.poller.fetch_timeout = 0.1
    assert await setup.poll() == "failed"
    assert "no answer" in ((await setup.feed()).last_error or "")


async def test_unparseable_feed_is_a_status(setup: Setup, news_web: NewsWeb) -> None:
    news_web.serve("/feed", b"\x00\x01 not a feed at all", content_type="application/xml")
    assert await setup.poll() == "failed"
    assert "cannot read the feed" in ((await setup.feed()).last_error or "")


async def test_new_items_queue_posts_oldest_first(setup: Setup, news_web: NewsWeb) -> None:
    news_web.serve("/feed", feedgen.rss("Desk", feedgen.entries(5)))
    assert await setup.poll() == "new"
    entries = await outbox.due_entries(setup.db, setup.clock(), 10)
    titles = [e.payload["embeds"][0]["title"] for e in entries if e.kind == "feed_item"]
    assert titles == ["Story 2", "Story 3", "Story 4"]


async def test_an_entry_listed_twice_is_posted_once(setup: Setup, news_web: NewsWeb) -> None:
    items = feedgen.entries(2)
    twin = feedgen.entries(1, start=2)[0]
    news_web.serve("/feed", feedgen.rss("Desk", [*items, twin, twin]))
    assert await setup.poll() == "new"
    entries = await outbox.due_entries(setup.db, setup.clock(), 10)
    assert [e.payload["embeds"][0]["title"] for e in entries] == ["Story 2"]
    setup.clock.advance(hours=1)
    news_web.serve("/feed", feedgen.rss("Desk", [*items, twin, twin, *feedgen.entries(1, start=3)]))
    await setup.poll()
    entries = await outbox.due_entries(setup.db, setup.clock(), 10)
    assert [e.payload["embeds"][0]["title"] for e in entries] == ["Story 2", "Story 3"]


async def test_a_subscription_added_between_polls_keeps_its_baseline(
        setup: Setup, web: HttpClient, news_web: NewsWeb) -> None:
    # Story 2 appears; a second channel subscribes before the poller sees it, so for
    # that channel Story 2 is part of the feed as it was added: only the first posts it.
    news_web.serve("/feed", feedgen.rss("Desk", feedgen.entries(3)))
    found = await service.probe_feed(web, news_web.url("/feed"))
    later = await service.add_subscription(
        setup.db, guild_id=GUILD, channel_id=CHANNEL + 1, found=found, name="Desk again",
        backfill=0, interval_seconds=INTERVAL, max_feeds=50, now=setup.clock())
    assert later.subscription.feed_id == setup.feed_id
    setup.clock.advance(hours=1)
    news_web.serve("/feed", feedgen.rss("Desk", feedgen.entries(4)))
    assert await setup.poll() == "new"
    entries = await outbox.due_entries(setup.db, setup.clock(), 10)
    posted = [(e.channel_id, e.payload["embeds"][0]["title"]) for e in entries]
    assert posted == [(CHANNEL, "Story 2"), (CHANNEL, "Story 3"), (CHANNEL + 1, "Story 3")]
    decision = await store.get_decision(setup.db, later.subscription.id,
                                        entries[0].item_id or "")
    assert decision is not None and decision.decision == "baseline"
