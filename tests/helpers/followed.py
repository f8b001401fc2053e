"""A server following a topic, with one stored story of it: the start of publisher tests."""

from __future__ import annotations

from bot.storage import follows as follow_store
from bot.storage.database import Database
from bot.storage.follows import Follow
from bot.storage.guilds import ensure_guild
from bot.storage.stories import Story, save_story
from tests.helpers import clock


async def followed_story(db: Database, *, guild_id: int, channel_id: int, topic: str,
                         headline: str) -> tuple[Follow, Story]:
    await ensure_guild(db, guild_id)
    follow = await follow_store.add_follow(db, guild_id=guild_id, topic=topic,
                                           channel_id=channel_id, created_at=clock.now())
    async with db.begin() as conn:
        story = await save_story(conn, key="s", topic_key=topic, headline=headline,
                                 now=clock.now(), state=None)
    return follow, story
