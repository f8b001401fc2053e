"""What /status reports for one server: its feeds by health, follows, recent and queued
posts. A query of the domain: no Discord here; the cog renders it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa

from bot.storage.database import Database
from bot.storage.feeds import list_subscriptions
from bot.storage.tables import follows, outbox, story_posts

RECENT = timedelta(hours=24)
HEALTHS = ("failing", "disabled", "ok")


@dataclass(frozen=True)
class FeedHealth:
    name: str  # the subscription's name, as /feed list shows it
    health: str  # ok | failing | disabled
    last_error: str | None
    paused: bool


@dataclass(frozen=True)
class ServerStatus:
    feeds: list[FeedHealth]
    follows: int
    follows_paused: int
    posts_last_24h: int
    queued_posts: int

    def feeds_by_health(self) -> dict[str, list[FeedHealth]]:
        return {health: [f for f in self.feeds if f.health == health] for health in HEALTHS}


def _health(status: str, failure_count: int, route_error: str | None) -> str:
    if status == "disabled":
        return "disabled"
    # A channel that refuses posts is a failing feed as far as the server can tell.
    if route_error or status == "failing" or failure_count:
        return "failing"
    return "ok"


async def server_status(db: Database, guild_id: int, now: datetime) -> ServerStatus:
    feeds = [FeedHealth(name=view.subscription.name,
                        health=_health(view.feed.status, view.feed.failure_count,
                                       view.subscription.route_error),
                        last_error=view.subscription.route_error or view.feed.last_error,
                        paused=view.subscription.paused)
             for view in await list_subscriptions(db, guild_id)]
    since = now - RECENT
    async with db.connect_readonly() as conn:
        follow_total, follow_paused = (await conn.execute(
            sa.select(sa.func.count(), sa.func.count().filter(follows.c.paused.is_(True)))
            .where(follows.c.guild_id == guild_id))).one()
        sent, queued = (await conn.execute(
            sa.select(sa.func.count().filter(sa.and_(outbox.c.status == "sent",
                                                     outbox.c.sent_at >= since)),
                      sa.func.count().filter(outbox.c.status == "pending"))
            .where(outbox.c.guild_id == guild_id))).one()
        story_sent, story_queued = (await conn.execute(
            sa.select(sa.func.count().filter(sa.and_(story_posts.c.message_id.is_not(None),
                                                     story_posts.c.created_at >= since)),
                      sa.func.count().filter(story_posts.c.published_version
                                             < story_posts.c.version))
            .where(story_posts.c.guild_id == guild_id))).one()
    return ServerStatus(feeds=feeds, follows=int(follow_total),
                        follows_paused=int(follow_paused),
                        posts_last_24h=int(sent) + int(story_sent),
                        queued_posts=int(queued) + int(story_queued))
