"""A running Storyline bot against the local Discord stand-in, for scenario tests."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass

from bot.client import StorylineBot
from bot.config import load_settings
from bot.runner import start_until_ready
from bot.sandbox import FakeDiscord, FakeGuild
from bot.sandbox.models import FakeChannel, new_snowflake
from tests.helpers import clock

READY_TIMEOUT = 15.0


@dataclass
class RunningBot:
    bot: StorylineBot
    fake: FakeDiscord
    task: asyncio.Task[None]

    @property
    def guild(self) -> FakeGuild:
        return next(iter(self.fake.guilds.values()))

    async def stop(self) -> None:
        await self.bot.close()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(self.task, 10)


def bot_environment(fake: FakeDiscord, database_url: str,
                    overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    return {
        "DISCORD_TOKEN": fake.token,
        "DISCORD_API_BASE": fake.api_base,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
        "DATABASE_URL": database_url,
        # The news web of the tests lives on loopback; everything else stays blocked.
        "ALLOW_PRIVATE_URLS": "127.0.0.0/8",
        "FEED_INTERVAL_MIN": "1",
        "FEED_INTERVAL_DEFAULT": "600",
        # No test reaches the internet: the search providers are off unless a test points
        # them at its own local server.
        "SEARCH_GOOGLE_NEWS": "false",
        "DEFAULT_WORLD_FEEDS": "false",
        "SEARCH_GDELT": "false",
        **(overrides or {}),
    }


async def start_bot(fake: FakeDiscord, database_url: str,
                    overrides: Mapping[str, str] | None = None) -> RunningBot:
    settings = load_settings(bot_environment(fake, database_url, overrides))
    bot = StorylineBot(settings, clock=clock.now, guild_ready_timeout=0.1)
    return RunningBot(bot, fake, await start_until_ready(bot, READY_TIMEOUT))


@asynccontextmanager
async def running_bot(fake: FakeDiscord, database_url: str,
                      overrides: Mapping[str, str] | None = None) -> AsyncIterator[RunningBot]:
    running = await start_bot(fake, database_url, overrides)
    try:
        yield running
    finally:
        await running.stop()


async def open_thread(bot: RunningBot, name: str, parent: str = "news") -> FakeChannel:
    """A thread in a channel, as a member would start it, once the bot has seen it."""
    channel = bot.guild.channels[parent]
    thread = FakeChannel(new_snowflake(), name, bot.guild.id, "thread",
                         parent_id=channel.id, owner_id=bot.fake.bot_user_id)
    bot.guild.threads[thread.id] = thread
    bot.fake.channels_by_id[thread.id] = thread
    bot.fake.gateway.dispatch("THREAD_CREATE", {**thread.to_payload(), "newly_created": True})
    await bot.bot.wait_for("thread_create", timeout=5)
    return thread
