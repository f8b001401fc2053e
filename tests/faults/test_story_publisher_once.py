"""A story post revised while the bot is down between sending it and recording its id is
still found on Discord, not sent a second time."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from bot.delivery.pacing import Pacer
from bot.storage import follows as follow_store
from bot.storage.database import Database
from bot.stories.publisher import StoryPublisher
from tests.faults.story_world import story_message
from tests.helpers import clock
from tests.helpers.databases import sqlite_url
from tests.helpers.followed import followed_story

GUILD, CHANNEL = 10, 20


class ProcessDied(Exception):
    """The bot went down right after Discord stored the message."""


class MemoryDiscord:
    """A channel that keeps the bot's messages and shows them back, markers included."""

    def __init__(self) -> None:
        self.messages: dict[int, dict[str, Any]] = {}
        self.die_after_send = False

    async def send(self, channel_id: int, payload: dict[str, Any], nonce: str) -> int:
        message_id = len(self.messages) + 1
        self.messages[message_id] = {**payload, "id": message_id, "channel_id": channel_id,
                                     "at": clock.now()}
        if self.die_after_send:
            raise ProcessDied
        return message_id

    async def edit(self, channel_id: int, message_id: int, payload: dict[str, Any]) -> None:
        self.messages[message_id].update(payload)

    async def create_thread(self, channel_id: int, message_id: int, name: str) -> int:
        return message_id

    async def recent_posts(self, channel_id: int, since: datetime) -> list[dict[str, Any]]:
        return [m for m in self.messages.values()
                if m["channel_id"] == channel_id and m["at"] >= since]


async def test_a_post_revised_after_a_lost_answer_is_found_not_sent_again(
        tmp_path: Path) -> None:
    db = Database.connect(sqlite_url(tmp_path))
    await db.migrate()
    discord = MemoryDiscord()
    publisher = StoryPublisher(db, discord, Pacer(), clock=clock.now)
    try:
        follow, story = await followed_story(db, guild_id=GUILD, channel_id=CHANNEL,
                                             topic="port strike", headline="Talks fail")
        async with db.begin() as conn:
            await follow_store.create_post(conn, follow, story.id, {
                "message": story_message("Talks fail", 1), "reply": None}, {}, clock.now())
        discord.die_after_send = True
        [post] = await follow_store.posts_to_publish(db, clock.now())
        with pytest.raises(ProcessDied):
            await publisher.publish(post)
        # The story grows while the bot is down: a new version of a post never recorded.
        async with db.begin() as conn:
            post = await follow_store.post_for(conn, follow.id, story.id) or post
            await follow_store.revise_post(conn, post, {
                "message": story_message("Talks fail", 2), "reply": None}, {}, clock.now())
        discord.die_after_send = False
        assert await publisher.publish_due() == 1
        [message] = discord.messages.values()
        assert message["embeds"][0]["footer"]["text"].startswith("2 sources")
    finally:
        await db.close()
