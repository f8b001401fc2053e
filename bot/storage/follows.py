"""Followed topics and the one post each followed story gets."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.storage.database import Database
from bot.storage.outbox import new_nonce
from bot.storage.tables import follows, reminders_sent, story_posts
from bot.storage.upsert import insert_ignore


@dataclass(frozen=True)
class Follow:
    id: int
    guild_id: int
    topic: str
    keywords: str
    exclude: str
    channel_id: int
    role_id: int | None
    min_sources: int
    paused: bool
    created_at: datetime
    last_search_at: datetime | None
    # "embed": the bot posts; "webhook": the story's lead outlet, by webhook.
    style: str = "embed"


@dataclass(frozen=True)
class StoryPost:
    id: int
    follow_id: int
    story_id: int
    guild_id: int
    channel_id: int
    message_id: int | None
    thread_id: int | None
    nonce: str
    payload: dict[str, Any]
    version: int
    published_version: int
    attempts: int
    next_attempt_at: datetime
    error: str | None
    shown: dict[str, Any]
    created_at: datetime
    replaced_message_id: int | None = None
    # The webhook that posted the message (as the outlet); None: the bot did.
    webhook_id: int | None = None
    # The replaced message's thread as recorded (its replies'; a forum post's own).
    replaced_thread_id: int | None = None


def _follow(row: sa.Row[Any]) -> Follow:
    return Follow(**{c.name: row._mapping[c] for c in follows.c})


def _post(row: sa.Row[Any]) -> StoryPost:
    values = {c.name: row._mapping[c] for c in story_posts.c}
    values["payload"] = json.loads(values["payload"])
    values["shown"] = json.loads(values["shown"])
    return StoryPost(**values)


async def add_follow(db: Database, **values: object) -> Follow:
    async with db.begin() as conn:
        return await insert_follow(conn, **values)


async def insert_follow(conn: AsyncConnection, **values: object) -> Follow:
    result = await conn.execute(follows.insert().values(**values).returning(follows.c.id))
    follow_id = result.scalar_one()
    row = (await conn.execute(sa.select(follows).where(follows.c.id == follow_id))).one()
    return _follow(row)


async def count_follows(conn: AsyncConnection, guild_id: int) -> int:
    return int((await conn.execute(sa.select(sa.func.count()).select_from(follows)
                                   .where(follows.c.guild_id == guild_id))).scalar_one())


async def guild_follows(db: Database, guild_id: int) -> list[Follow]:
    async with db.connect_readonly() as conn:
        rows = await conn.execute(sa.select(follows).where(follows.c.guild_id == guild_id)
                                  .order_by(follows.c.topic))
        return [_follow(row) for row in rows]


async def active_follows(db: Database) -> list[Follow]:
    async with db.connect_readonly() as conn:
        rows = await conn.execute(sa.select(follows).where(follows.c.paused.is_(False))
                                  .order_by(follows.c.id))
        return [_follow(row) for row in rows]


async def follow_by_topic(db: Database, guild_id: int, topic: str) -> Follow | None:
    async with db.connect_readonly() as conn:
        return await follow_by_topic_in(conn, guild_id, topic)


async def follow_by_topic_in(conn: AsyncConnection, guild_id: int, topic: str) -> Follow | None:
    """The follow of this topic, whatever its letter case (the unique index ignores case)."""
    row = (await conn.execute(sa.select(follows).where(
        follows.c.guild_id == guild_id,
        sa.func.lower(follows.c.topic) == topic.strip().lower()))).first()
    return None if row is None else _follow(row)


async def get_follow(db: Database, follow_id: int) -> Follow | None:
    async with db.connect_readonly() as conn:
        row = (await conn.execute(sa.select(follows).where(follows.c.id == follow_id))).first()
    return None if row is None else _follow(row)


async def update_follow(db: Database, follow_id: int, **values: object) -> None:
    async with db.begin() as conn:
        await conn.execute(follows.update().where(follows.c.id == follow_id).values(**values))


async def delete_follow(db: Database, follow_id: int) -> None:
    async with db.begin() as conn:
        await conn.execute(follows.delete().where(follows.c.id == follow_id))


async def post_for(conn: AsyncConnection, follow_id: int, story_id: int) -> StoryPost | None:
    row = (await conn.execute(sa.select(story_posts).where(
        story_posts.c.follow_id == follow_id, story_posts.c.story_id == story_id))).first()
    return None if row is None else _post(row)


async def create_post(conn: AsyncConnection, follow: Follow, story_id: int,
                      payload: dict[str, Any], shown: dict[str, Any], now: datetime) -> None:
    await insert_ignore(conn, story_posts, {
        "follow_id": follow.id, "story_id": story_id, "guild_id": follow.guild_id,
        "channel_id": follow.channel_id, "nonce": new_nonce(), "payload": json.dumps(payload),
        "version": 1, "published_version": 0, "next_attempt_at": now,
        "shown": json.dumps(shown), "created_at": now})


async def revise_post(conn: AsyncConnection, post: StoryPost, payload: dict[str, Any],
                      shown: dict[str, Any], now: datetime) -> None:
    """A new desired version; the publisher edits the message (or sends it, if it never
    went out)."""
    await conn.execute(story_posts.update().where(story_posts.c.id == post.id).values(
        payload=json.dumps(payload), shown=json.dumps(shown), version=story_posts.c.version + 1,
        next_attempt_at=now, attempts=_attempts_after_revision(), error=None))


def _attempts_after_revision() -> sa.ColumnElement[int]:
    # A post never recorded as sent keeps its attempts: one may have gone out (a crash
    # before its id was stored), so the publisher must look for it before sending it.
    # Once it has an id, only a new version's reply is sent, with a nonce of its own.
    return sa.case((story_posts.c.message_id.is_(None), story_posts.c.attempts), else_=0)


async def get_post(db: Database, post_id: int) -> StoryPost | None:
    async with db.connect_readonly() as conn:
        row = (await conn.execute(sa.select(story_posts)
                                  .where(story_posts.c.id == post_id))).first()
    return None if row is None else _post(row)


async def posts_to_publish(db: Database, now: datetime, limit: int = 100) -> list[StoryPost]:
    async with db.connect_readonly() as conn:
        rows = await conn.execute(sa.select(story_posts).where(
            story_posts.c.published_version < story_posts.c.version,
            story_posts.c.next_attempt_at <= now).order_by(story_posts.c.id).limit(limit))
        return [_post(row) for row in rows]


async def next_publish_time(db: Database) -> datetime | None:
    query = sa.select(sa.func.min(story_posts.c.next_attempt_at)).where(
        story_posts.c.published_version < story_posts.c.version)
    async with db.connect_readonly() as conn:
        earliest: datetime | None = (await conn.execute(query)).scalar_one_or_none()
    return earliest


async def mark_published(db: Database, post: StoryPost, *, message_id: int,
                         thread_id: int | None) -> None:
    async with db.begin() as conn:
        await conn.execute(story_posts.update().where(story_posts.c.id == post.id).values(
            message_id=message_id, thread_id=thread_id, published_version=post.version,
            attempts=0, error=None, replaced_message_id=None, replaced_thread_id=None))


async def start_over(db: Database, post: StoryPost) -> StoryPost | None:
    """The post's message can be edited by nobody any more: send it anew, as a message of
    its own (a new nonce, so the one found stale is never taken for it), and remember the
    stale one and its thread so that both are removed once the new one is out. Replies go
    to a thread of the new message from now on (a forum's new post is one), and its
    attempts stay: this version's reply may have gone out before a crash, so it is still
    looked for (in the new thread) before it is sent. The row holds one replaced message:
    one it held already must have been removed first."""
    async with db.begin() as conn:
        await conn.execute(story_posts.update().where(story_posts.c.id == post.id).values(
            message_id=None, webhook_id=None, nonce=new_nonce(), thread_id=None,
            # The stored ids, not the caller's copy: a retry that found the message after
            # a crash has recorded it, though the post it holds was read before.
            replaced_message_id=story_posts.c.message_id,
            replaced_thread_id=story_posts.c.thread_id))
        row = (await conn.execute(sa.select(story_posts)
                                  .where(story_posts.c.id == post.id))).first()
    return None if row is None else _post(row)


async def record_message(db: Database, post: StoryPost, message_id: int, *,
                         webhook_id: int | None) -> None:
    """The post exists on Discord, sent by that webhook (None: by the bot): remember it at
    once, so a retry edits it (through the one path that can) instead of resending."""
    async with db.begin() as conn:
        await conn.execute(story_posts.update().where(story_posts.c.id == post.id)
                           .values(message_id=message_id, webhook_id=webhook_id))


async def record_thread(db: Database, post: StoryPost, thread_id: int) -> None:
    """The post's thread exists on Discord: remember it at once."""
    async with db.begin() as conn:
        await conn.execute(story_posts.update().where(story_posts.c.id == post.id)
                           .values(thread_id=thread_id))


async def mark_attempt(db: Database, post: StoryPost) -> None:
    """Record, before the request, that the post or its reply may go out: after a crash,
    a post with attempts is looked for on Discord before either is sent again."""
    async with db.begin() as conn:
        await conn.execute(story_posts.update().where(story_posts.c.id == post.id)
                           .values(attempts=post.attempts + 1))


async def mark_publish_failed(db: Database, post: StoryPost, error: str, retry_at: datetime,
                              *, give_up: bool) -> None:
    values: dict[str, object] = {"attempts": post.attempts + 1, "error": error[:300],
                                 "next_attempt_at": retry_at}
    if give_up:
        values["published_version"] = post.version
    async with db.begin() as conn:
        await conn.execute(story_posts.update().where(story_posts.c.id == post.id)
                           .values(**values))


async def claim_reminder(conn: AsyncConnection, follow_id: int, deadline_id: int, kind: str,
                         now: datetime) -> bool:
    """True the first time only: a reminder is queued once, whatever restarts happen."""
    exists = (await conn.execute(sa.select(reminders_sent.c.kind).where(
        reminders_sent.c.follow_id == follow_id, reminders_sent.c.deadline_id == deadline_id,
        reminders_sent.c.kind == kind))).first()
    if exists is not None:
        return False
    await conn.execute(reminders_sent.insert().values(follow_id=follow_id,
                                                      deadline_id=deadline_id, kind=kind,
                                                      queued_at=now))
    return True
