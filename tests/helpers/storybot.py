"""A running bot following the Westhaven story, as the stories scenarios drive it."""

from __future__ import annotations

import json
from collections.abc import Callable

from bot.sandbox import FakeMessage
from bot.sandbox.models import FakeChannel
from tests.helpers.harness import RunningBot
from tests.helpers.storyfeeds import TALKS_COLLAPSE, OutletFeeds

FAST = {"FEED_INTERVAL_DEFAULT": "1", "FEED_INTERVAL_MIN": "1"}
TOPIC = "Westhaven port strike"


async def command(bot: RunningBot, name: str, **options: object) -> FakeMessage:
    """Invoke a command from #general; options as Discord would send them."""
    interaction = await bot.fake.invoke(name, options, guild=bot.guild, channel="general")
    return await interaction.final(timeout=20)


def text_of(message: FakeMessage) -> str:
    return message.content + json.dumps(message.embeds)


async def setup_following(bot: RunningBot, feeds: OutletFeeds,
                          channel: FakeChannel | None = None) -> None:
    """The three outlets' feeds (in #general), the topic followed in `channel` (#news)."""
    for outlet in TALKS_COLLAPSE:
        answer = await command(bot, "feed add", url=feeds.url(outlet))
        assert "Added" in answer.content, answer.content
    answer = await command(bot, "follow add", topic=TOPIC,
                           channel=channel or bot.guild.channels["news"])
    assert "Following" in answer.content


def sources_in(count: int) -> Callable[[FakeMessage], bool]:
    return lambda m: f"**{count} sources**" in text_of(m) and "Following:" in text_of(m)
