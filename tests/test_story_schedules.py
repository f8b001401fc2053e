"""Deadline reminders and daily digests on an injected clock (no Discord, real database)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.storage import follows as follow_store
from bot.storage import guilds, outbox
from bot.storage.database import Database
from bot.storage.stories import add_articles
from bot.stories.analyst import ArticleAnalyst
from bot.stories.assigner import StoryAssigner
from bot.stories.cluster import StoryClusterer
from bot.stories.coverage import update_story_posts
from bot.stories.digest import queue_due_digests
from bot.stories.models import ClusterConfig
from bot.stories.reminders import queue_due_reminders

PUBLISHED = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)  # a Monday
FRIDAY_END = datetime(2026, 3, 6, 23, 59, 59, tzinfo=UTC)


async def seed_story(db: Database, guild_id: int, channel_id: int) -> None:
    await guilds.ensure_guild(db, guild_id)
    await follow_store.add_follow(db, guild_id=guild_id, topic="Westhaven port strike",
                                  channel_id=channel_id, created_at=PUBLISHED)
    async with db.begin() as conn:
        await add_articles(conn, [{
            "url": "https://courier.example/talks", "origin": "feed", "source": "Courier",
            "title": "Westhaven port strike talks collapse as union sets Friday deadline",
            "text": "Dock workers at Westhaven said they would walk out by Friday unless the "
                    "harbour authority makes a new pay offer.",
            "published": PUBLISHED, "first_seen_at": PUBLISHED}])
    assigner = StoryAssigner(db, StoryClusterer(ClusterConfig()), clock=lambda: PUBLISHED)
    changed = await assigner.assign_pending()
    # Placement, then reading (no web: the feed's own text) finds the Friday deadline.
    assert await ArticleAnalyst(db, None, clock=lambda: PUBLISHED).analyse_pending() == changed
    assert await update_story_posts(db, changed, PUBLISHED) == 1


async def reminders(db: Database) -> list[str]:
    entries = await outbox.due_entries(db, FRIDAY_END + timedelta(days=30), 100)
    return [e.payload["content"] for e in entries if e.kind == "reminder"]


async def test_deadline_reminders_fire_24h_before_and_when_reached(db: Database) -> None:
    await seed_story(db, 1, 10)
    assert await queue_due_reminders(db, FRIDAY_END - timedelta(hours=30)) == 0
    assert await queue_due_reminders(db, FRIDAY_END - timedelta(hours=23)) == 1
    assert await queue_due_reminders(db, FRIDAY_END - timedelta(hours=22)) == 0  # once only
    assert await queue_due_reminders(db, FRIDAY_END + timedelta(minutes=5)) == 1
    assert await queue_due_reminders(db, FRIDAY_END + timedelta(minutes=10)) == 0
    texts = await reminders(db)
    assert "Deadline in 24 hours" in texts[0] and "Friday" in texts[0]
    assert "window is now closing" in texts[1]


async def test_digest_at_local_time_in_two_timezones(db: Database) -> None:
    await seed_story(db, 1, 10)
    await guilds.update_guild(db, 1, timezone="Asia/Tokyo", digest_time="08:00", channel_id=10)
    await guilds.ensure_guild(db, 2)
    await guilds.update_guild(db, 2, timezone="America/New_York", digest_time="08:00",
                              channel_id=20)
    day = datetime(2026, 3, 2, tzinfo=UTC)
    # 23:00 UTC on the 2nd is 08:00 on the 3rd in Tokyo and 18:00 on the 2nd in New York.
    assert await queue_due_digests(db, day + timedelta(hours=22, minutes=59)) == 0
    assert await queue_due_digests(db, day + timedelta(hours=23)) == 1
    assert await queue_due_digests(db, day + timedelta(hours=23, minutes=30)) == 0
    # 13:00 UTC on the 3rd is 08:00 in New York (EST).
    assert await queue_due_digests(db, day + timedelta(days=1, hours=12, minutes=59)) == 0
    assert await queue_due_digests(db, day + timedelta(days=1, hours=13)) == 1
    digests = [e for e in await outbox.due_entries(db, day + timedelta(days=5), 100)
               if e.kind == "digest"]
    assert [e.channel_id for e in digests] == [10, 20]
    tokyo = digests[0].payload["embeds"][0]
    assert tokyo["fields"][0]["name"] == "Westhaven port strike"
