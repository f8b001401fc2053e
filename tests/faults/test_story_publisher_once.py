"""A story post revised while the bot is down between sending it and recording its id is
still found on Discord, not sent a second time: the real storage (a SQLite file), the real
transport and the fake Discord, whose nonce memory cannot hide a resend."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.delivery.pacing import Pacer
from bot.discord_transport import DiscordTransport
from bot.sandbox import FakeDiscord
from bot.storage import follows as follow_store
from bot.storage.database import Database
from bot.stories.publisher import StoryPublisher
from tests.faults.story_world import story_message
from tests.helpers import clock
from tests.helpers.databases import sqlite_url
from tests.helpers.followed import followed_story
from tests.sandbox.client_harness import point_discord_py_at

NONCE_MEMORY_SECONDS = 0.0  # the fake Discord's (see conftest.py)


class ProcessDied(Exception):
    """The bot went down right after Discord stored the message."""


class DyingTransport(DiscordTransport):
    """The bot's transport, in a process that may die as soon as a message is stored."""

    die_after_send = False

    async def send(self, channel_id: int, payload: dict[str, Any], nonce: str) -> int:
        message_id = await super().send(channel_id, payload, nonce)
        if self.die_after_send:
            raise ProcessDied
        return message_id


@pytest.fixture
async def transport(fake: FakeDiscord, monkeypatch: pytest.MonkeyPatch
                    ) -> AsyncIterator[DyingTransport]:
    """A gateway-less process's transport (a worker's): REST only."""
    point_discord_py_at(fake, monkeypatch)
    client = discord.Client(intents=discord.Intents.none())
    await client.login(fake.token)
    try:
        yield DyingTransport(client, pacer=Pacer())
    finally:
        await client.close()


async def test_a_post_revised_after_a_lost_answer_is_found_not_sent_again(
        fake: FakeDiscord, transport: DyingTransport, tmp_path: Path) -> None:
    guild = fake.add_guild(channels=["news"])
    channel = guild.channels["news"]
    db = Database.connect(sqlite_url(tmp_path))
    await db.migrate()
    publisher = StoryPublisher(db, transport, Pacer(), clock=clock.now)
    try:
        follow, story = await followed_story(db, guild_id=guild.id, channel_id=channel.id,
                                             topic="port strike", headline="Talks fail")
        async with db.begin() as conn:
            await follow_store.create_post(conn, follow, story.id, {
                "message": story_message("Talks fail", 1), "reply": None}, {}, clock.now())
        transport.die_after_send = True
        [post] = await follow_store.posts_to_publish(db, clock.now())
        with pytest.raises(ProcessDied):
            await publisher.publish(post)
        # The story grows while the bot is down: a new version of a post never recorded.
        async with db.begin() as conn:
            post = await follow_store.post_for(conn, follow.id, story.id) or post
            await follow_store.revise_post(conn, post, {
                "message": story_message("Talks fail", 2), "reply": None}, {}, clock.now())
        transport.die_after_send = False
        assert await publisher.publish_due() == 1
        [message] = fake.messages(channel)
        assert message.embeds[0]["footer"]["text"].startswith("2 sources")
        async with db.begin() as conn:
            recorded = await follow_store.post_for(conn, follow.id, story.id)
        assert recorded is not None and recorded.message_id == message.id
    finally:
        await db.close()
