"""Following a topic: the checks and the cap of /follow add, without Discord."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.storage import follows as store
from bot.storage.database import Database
from bot.storage.follows import Follow
from bot.storage.guilds import lock_guild
from bot.stories.matching import TopicQuery


class FollowRefused(Exception):
    """Why a topic cannot be followed, worded for the server's admin."""


@dataclass(frozen=True)
class FollowRequest:
    guild_id: int
    topic: str
    channel_id: int
    keywords: str = ""
    exclude: str = ""
    role_id: int | None = None
    min_sources: int = 1


async def add_follow(db: Database, request: FollowRequest, *, max_follows: int,
                     now: datetime) -> Follow:
    """Store a new follow, or raise FollowRefused: a topic without meaningful words, one
    the server already follows (in any letter case), or a server at its cap.

    The server's row is held while checking and inserting, so two /follow add at once
    cannot both pass the cap; a unique index refuses a second row for the same topic."""
    topic = request.topic.strip()
    if not TopicQuery.parse(topic).topic_words:
        raise FollowRefused("Describe the topic with a few meaningful words.")
    async with db.begin() as conn:
        await lock_guild(conn, request.guild_id, now)
        if await store.follow_by_topic_in(conn, request.guild_id, topic) is not None:
            raise FollowRefused(f"This server already follows **{topic}**.")
        if await store.count_follows(conn, request.guild_id) >= max_follows:
            raise FollowRefused(f"This server follows {max_follows} topics, the most it may; "
                                "remove one with `/follow remove` first.")
        return await store.insert_follow(
            conn, guild_id=request.guild_id, topic=topic, keywords=request.keywords,
            exclude=request.exclude, channel_id=request.channel_id, role_id=request.role_id,
            min_sources=request.min_sources, created_at=now)
