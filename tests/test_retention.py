"""Retention: old rows go in small batches; what a followed topic still shows stays."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import sqlalchemy as sa

from bot.feeds.parse_incremental import scan_feed
from bot.feeds.routing import route_new_items
from bot.storage import feeds as feed_store
from bot.storage import guilds
from bot.storage.database import Database
from bot.storage.retention import purge_expired
from bot.storage.tables import (
    articles,
    brief_cache,
    feed_items,
    feeds,
    follows,
    item_decisions,
    outbox,
    stories,
    story_posts,
    story_quotes,
    subscriptions,
)
from tests.helpers import clock, feedgen

GUILD = 1001
NOW = clock.now()
OLD = NOW - timedelta(days=40)
RECENT = NOW - timedelta(days=2)


async def insert(db: Database, table: sa.Table, **values: Any) -> int:
    async with db.begin() as conn:
        result = await conn.execute(table.insert().values(**values))
    key = result.inserted_primary_key
    return int(key[0]) if key and isinstance(key[0], int) else 0


async def remaining(db: Database, column: sa.Column[Any]) -> set[Any]:
    async with db.connect_readonly() as conn:
        return set((await conn.execute(sa.select(column))).scalars())


async def story_with_article(db: Database, key: str, when: Any, url: str) -> tuple[int, int]:
    story = await insert(db, stories, key=key, topic_key="t", headline=key, first_seen_at=when,
                         last_updated_at=when)
    article = await insert(db, articles, url=url, title=key, first_seen_at=when,
                           origin="feed", story_id=story, assigned=True)
    await insert(db, story_quotes, story_id=story, article_id=article, text=f"{key} said")
    return story, article


async def test_old_rows_are_purged_and_shown_stories_kept(db: Database) -> None:
    await guilds.ensure_guild(db, GUILD)
    feed = await insert(db, feeds, url="https://news.example.org/feed", interval_seconds=600,
                        next_fetch_at=NOW, created_at=OLD)
    sub = await insert(db, subscriptions, guild_id=GUILD, feed_id=feed, name="Desk",
                       channel_id=5, created_at=OLD)
    for item_id, seen, published in (("old", OLD, OLD), ("new", RECENT, RECENT),
                                     ("undated", OLD, None)):
        await insert(db, feed_items, feed_id=feed, item_id=item_id, first_seen_at=seen,
                     published=published, data="{}")
    for number in range(5):  # more than one batch of old decisions
        await insert(db, item_decisions, subscription_id=sub, item_id=f"old-{number}",
                     decision="posted", decided_at=OLD)
    await insert(db, item_decisions, subscription_id=sub, item_id="new", decision="posted",
                 decided_at=RECENT)
    for nonce, status, when in (("a", "sent", OLD), ("b", "pending", OLD),
                                ("c", "sent", RECENT), ("d", "failed", OLD)):
        await insert(db, outbox, guild_id=GUILD, channel_id=5, kind="item", payload="{}",
                     nonce=nonce, status=status, next_attempt_at=when, created_at=when)
    for key, when in (("old", OLD), ("new", RECENT)):
        await insert(db, brief_cache, key=key, url="https://x.example/", data="{}",
                     created_at=when)
    gone_story, gone_article = await story_with_article(db, "unfollowed", OLD, "https://a/1")
    shown_story, shown_article = await story_with_article(db, "followed", OLD, "https://a/2")
    fresh_story, fresh_article = await story_with_article(db, "fresh", RECENT, "https://a/3")
    follow = await insert(db, follows, guild_id=GUILD, topic="Harbour strike", channel_id=5,
                          created_at=OLD)
    await insert(db, story_posts, follow_id=follow, story_id=shown_story, guild_id=GUILD,
                 channel_id=5, nonce="p", payload="{}", next_attempt_at=OLD, created_at=OLD)

    report = await purge_expired(db, NOW, timedelta(days=30), batch=2)

    assert await remaining(db, feed_items.c.item_id) == {"new", "undated"}
    assert await remaining(db, item_decisions.c.item_id) == {"new"}
    assert await remaining(db, outbox.c.nonce) == {"b", "c"}  # pending posts are never lost
    assert await remaining(db, brief_cache.c.key) == {"new"}
    assert await remaining(db, stories.c.id) == {shown_story, fresh_story}
    assert await remaining(db, articles.c.id) == {shown_article, fresh_article}
    assert gone_story not in await remaining(db, story_quotes.c.story_id)
    assert await remaining(db, story_quotes.c.story_id) == {shown_story, fresh_story}
    assert report.deleted["item_decisions"] == 5 and report.total == 11
    again = await purge_expired(db, NOW, timedelta(days=30), batch=2)
    assert again.total == 0
    assert gone_article not in await remaining(db, articles.c.id)


async def test_a_round_does_a_bounded_number_of_batches(db: Database) -> None:
    await guilds.ensure_guild(db, GUILD)
    for number in range(7):
        await insert(db, brief_cache, key=f"k{number}", url="u", data="{}", created_at=OLD)
    first = await purge_expired(db, NOW, timedelta(days=30), batch=2, max_batches=2)
    assert first.deleted["brief_cache"] == 4
    rest = await purge_expired(db, NOW, timedelta(days=30), batch=2)
    assert rest.deleted["brief_cache"] == 3 and not await remaining(db, brief_cache.c.key)


async def test_an_item_retention_forgot_is_not_posted_again(db: Database) -> None:
    await guilds.ensure_guild(db, GUILD)
    long_ago = NOW - timedelta(days=90)
    async with db.begin() as conn:
        feed_row, _created = await feed_store.get_or_create_feed(
            conn, "https://news.example.org/feed", title="Desk", format="rss",
            interval_seconds=600, now=long_ago)
        await feed_store.add_subscription(conn, guild_id=GUILD, feed_id=feed_row.id,
                                          name="Desk", channel_id=5, created_at=long_ago)
    relisted = feedgen.Entry(title="Old news", link="https://news.example.org/old",
                             published=NOW - timedelta(days=40))
    fresh = feedgen.Entry(title="New", link="https://news.example.org/new",
                          published=NOW - timedelta(hours=1))
    scan = scan_feed(feedgen.rss("Desk", [relisted, fresh]))
    async with db.begin() as conn:
        routed = await route_new_items(conn, feed_row, scan, now=NOW, max_items_per_poll=5,
                                       keep_items_for=timedelta(days=30))
    ids = {item.link: item.item_id for item in scan.read(set(scan.ids))}
    assert routed.queued == 1
    assert await remaining(db, outbox.c.item_id) == {ids["https://news.example.org/new"]}
    async with db.connect_readonly() as conn:
        decision = (await conn.execute(sa.select(item_decisions.c.decision, item_decisions.c.detail)
                                       .where(item_decisions.c.item_id
                                              == ids["https://news.example.org/old"]))).one()
    assert decision.decision == "baseline" and "retention" in decision.detail
