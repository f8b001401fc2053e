"""Retention: what the bot stores stops growing once it is older than a set age.

Purged after `max_age`: feed items (dated ones: an undated item is kept, because a feed
that still lists it would otherwise post it again), per-subscription decisions, sent and
given-up outbox rows, cached /summarize results, and stories no follow has a post for,
with their articles, quotes and deadlines. A story a followed topic still shows (one of
its newest posts) keeps its articles and quotes. Deletes run in small batches, each its
own transaction, so the bot's other writers never wait long behind a purge.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlalchemy as sa

from bot.storage.database import Database
from bot.storage.tables import (
    articles,
    brief_cache,
    feed_items,
    follows,
    item_decisions,
    outbox,
    stories,
    story_posts,
)

DEFAULT_BATCH = 500
# /timeline lists a topic's stories in one embed (about 25 lines); older posts of a follow
# are history nobody can page to, so their stories may go once they are old too.
SHOWN_STORIES_PER_FOLLOW = 50


@dataclass
class PurgeReport:
    deleted: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.deleted.values())


def _shown_story_ids() -> sa.Select[tuple[int]]:
    """Stories a followed topic still shows: its newest SHOWN_STORIES_PER_FOLLOW posts
    (more than /timeline can list), whose buttons and timeline must keep working."""
    newest_first = sa.func.row_number().over(partition_by=story_posts.c.follow_id,
                                             order_by=story_posts.c.created_at.desc())
    ranked = (sa.select(story_posts.c.story_id, newest_first.label("rank"))
              .join(follows, follows.c.id == story_posts.c.follow_id).subquery())
    return sa.select(ranked.c.story_id).where(ranked.c.rank <= SHOWN_STORIES_PER_FOLLOW)


def _expired_keys(cutoff: datetime) -> list[tuple[str, sa.Table, list[sa.Column[object]],
                                                 sa.ColumnElement[bool]]]:
    """(name, table, key columns, condition) per purge, children before parents."""
    shown = _shown_story_ids()
    old_story = sa.and_(stories.c.last_updated_at < cutoff, stories.c.id.not_in(shown))
    return [
        ("item_decisions", item_decisions,
         [item_decisions.c.subscription_id, item_decisions.c.item_id],
         item_decisions.c.decided_at < cutoff),
        ("feed_items", feed_items, [feed_items.c.feed_id, feed_items.c.item_id],
         sa.and_(feed_items.c.first_seen_at < cutoff, feed_items.c.published < cutoff)),
        ("outbox", outbox, [outbox.c.id],
         sa.and_(outbox.c.status.in_(("sent", "failed")), outbox.c.created_at < cutoff)),
        ("brief_cache", brief_cache, [brief_cache.c.key], brief_cache.c.created_at < cutoff),
        ("stories", stories, [stories.c.id], old_story),
        # Purging a story set its articles' story_id to NULL: those, and old articles
        # never placed, go; the articles of every story still kept stay.
        ("articles", articles, [articles.c.id],
         sa.and_(articles.c.first_seen_at < cutoff, articles.c.story_id.is_(None))),
    ]


async def _delete_batch(db: Database, table: sa.Table, keys: list[sa.Column[object]],
                        condition: sa.ColumnElement[bool], batch: int) -> int:
    chosen = sa.select(*keys).where(condition).limit(batch)
    target = keys[0].in_(chosen) if len(keys) == 1 else sa.tuple_(*keys).in_(chosen)
    async with db.begin() as conn:
        result = await conn.execute(table.delete().where(target))
    return int(result.rowcount or 0)


async def purge_expired(db: Database, now: datetime, max_age: timedelta,
                        batch: int = DEFAULT_BATCH, *, max_batches: int | None = None
                        ) -> PurgeReport:
    """Delete what is older than `max_age`, `batch` rows per transaction; `max_batches`
    bounds one call's work (the next round goes on). Returns rows deleted per table."""
    cutoff = now - max_age
    report = PurgeReport()
    budget = max_batches
    for name, table, keys, condition in _expired_keys(cutoff):
        while budget is None or budget > 0:
            deleted = await _delete_batch(db, table, keys, condition, batch)
            report.deleted[name] = report.deleted.get(name, 0) + deleted
            if budget is not None and deleted:
                budget -= 1
            if deleted < batch:
                break
            await asyncio.sleep(0)  # let commands and posts through between batches
    return report
