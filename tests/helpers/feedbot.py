"""A running bot's feed commands as tests use them: add a feed, read what was posted."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeMessage
from tests.helpers.harness import RunningBot

# Feeds polled every second, so a changed feed shows within a test's patience.
FAST_POLLING = {"FEED_INTERVAL_DEFAULT": "1", "FEED_INTERVAL_MIN": "1"}


async def run(bot: RunningBot, name: str, **options: object) -> FakeMessage:
    """A slash command typed in #news; its final answer."""
    interaction = await bot.fake.invoke(name, options, guild=bot.guild, channel="news")
    return await interaction.final(timeout=15)


async def add_feed(bot: RunningBot, url: str, **options: object) -> FakeMessage:
    guild = bot.guild
    interaction = await bot.fake.invoke("feed add", {"url": url, **options}, guild=guild,
                                        channel="news")
    deferred = await interaction.response()
    assert deferred["type"] == 5  # deferred: the fetch may take a while
    return await interaction.final()


def posted_in(bot: RunningBot, channel: str) -> list[FakeMessage]:
    return [m for m in bot.fake.messages(channel, bot.guild) if not m.ephemeral
            and m.interaction_id is None]


def titled(text: str) -> Callable[[FakeMessage], bool]:
    return lambda m: any(text in (e.get("title") or "") for e in m.embeds) or text in m.content
