"""Story posts, their thread and the thread's replies are made exactly once, even when the
bot goes down right after Discord created one and before the database heard of it, and
Discord has forgotten the request's nonce by the time the bot retries."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from bot.delivery.transport import Transport
from bot.sandbox import FakeDiscord
from bot.storage import follows as follow_store
from bot.stories.engine import StoryEngine
from tests.helpers.databases import sqlite_url
from tests.helpers.harness import RunningBot, running_bot
from tests.helpers.newsweb import NewsWeb
from tests.helpers.storybot import FAST, setup_following, sources_in, text_of
from tests.helpers.storyfeeds import TALKS_COLLAPSE, OutletFeeds
from tests.helpers.waiting import eventually

pytestmark = pytest.mark.timeout(300)
CRASH_POINTS = ["story post", "thread", "thread reply"]
# Generous: on a loaded 2-core box the story engine alone can take tens of seconds a step.
STEP_TIMEOUT = 90


class SimulatedCrash(Exception):
    """The process "dies" here: nothing after this point of the round is recorded."""


class CrashAfterCreation:
    """The bot's real transport, crashing once right after Discord created each of a story
    post, its thread and a reply in it. The database is left as a SIGKILL would leave it;
    the publisher's loop retries the round as a restarted bot would."""

    def __init__(self, real: Transport) -> None:
        self.real = real
        self.crashed: list[str] = []

    def _crash_once(self, point: str) -> None:
        if point not in self.crashed:
            self.crashed.append(point)
            raise SimulatedCrash(point)

    async def send(self, channel_id: int, payload: dict[str, Any], nonce: str) -> int:
        message_id = await self.real.send(channel_id, payload, nonce)
        self._crash_once("story post" if payload.get("embeds") else "thread reply")
        return message_id

    async def edit(self, channel_id: int, message_id: int, payload: dict[str, Any]) -> None:
        await self.real.edit(channel_id, message_id, payload)

    async def create_thread(self, channel_id: int, message_id: int, name: str) -> int:
        thread_id = await self.real.create_thread(channel_id, message_id, name)
        self._crash_once("thread")
        return thread_id

    async def recent_posts(self, channel_id: int, since: datetime) -> list[dict[str, Any]]:
        return await self.real.recent_posts(channel_id, since)


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    # Discord forgets a nonce long before the bot retries: only the lookup can save it.
    async with FakeDiscord(nonce_memory_seconds=0.2) as server:
        server.add_guild("Test Server", channels=["news", "general"])
        yield server


def story_posts(bot: RunningBot) -> list[str]:
    return [text_of(m) for m in bot.fake.messages("news", bot.guild)
            if m.embeds and "Following:" in json.dumps(m.embeds)]


async def test_story_post_thread_and_reply_survive_crashes_right_after_creation(
        fake: FakeDiscord, news_web: NewsWeb, tmp_path: Path) -> None:
    feeds = OutletFeeds(news_web)
    async with running_bot(fake, sqlite_url(tmp_path), FAST) as bot:
        # The cog module is loaded as an extension (its own module object): reach by name.
        engine = getattr(bot.bot.get_cog("StoriesCog"), "engine", None)
        assert isinstance(engine, StoryEngine)
        crashing = CrashAfterCreation(engine.publisher.transport)
        engine.publisher.transport = crashing

        async def all_published(crashes: list[str]) -> bool:
            pending = await follow_store.posts_to_publish(bot.bot.db, bot.bot.clock())
            return crashing.crashed == crashes and not pending

        await setup_following(bot, feeds)
        feeds.publish("courier", TALKS_COLLAPSE["courier"])
        first = await fake.wait_for_message(lambda m: "**1 source**" in text_of(m),
                                            timeout=STEP_TIMEOUT)
        # Once the bot has recorded the post, later news is a development worth a reply.
        await eventually(lambda: all_published(["story post"]), timeout=STEP_TIMEOUT,
                         what="the first post recorded")
        feeds.publish("gazette", TALKS_COLLAPSE["gazette"])
        feeds.publish("herald", TALKS_COLLAPSE["herald"])
        grown = await fake.wait_for_message(sources_in(3), timeout=STEP_TIMEOUT)
        assert grown.id == first.id
        # A new speaker is a major development: a reply in the post's thread.
        reply = await fake.wait_for_message(lambda m: "now quoted" in m.content,
                                            timeout=STEP_TIMEOUT)
        await eventually(lambda: all_published(CRASH_POINTS), timeout=STEP_TIMEOUT,
                         what="every story post published")
        thread = fake.messages_by_id[grown.id].thread_id
        assert thread is not None and reply.channel_id == thread
        replies = [m for m in fake.messages(thread) if "now quoted" in m.content]
        print(f"\nstory posts: crashes={len(crashing.crashed)} posts={len(story_posts(bot))} "
              f"replies={len(replies)}")
        assert len(story_posts(bot)) == 1
        assert len(replies) == 1
