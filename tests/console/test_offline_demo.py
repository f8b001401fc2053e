"""The README's offline demo, step by step: follow a topic before any feed, release the
sample batches, and watch one story post grow across outlets."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest

from bot.console.app import ConsoleOptions, console_environment
from bot.console.offline import SampleNews
from bot.sandbox import FakeDiscord, FakeMessage
from tests.helpers import clock
from tests.helpers.harness import running_bot
from tests.helpers.waiting import eventually


@pytest.fixture
async def samples() -> AsyncIterator[SampleNews]:
    server = SampleNews(lambda _line: None, port=0, clock=clock.now)
    await server.start()
    yield server
    await server.close()


def story_posts(fake: FakeDiscord) -> list[FakeMessage]:
    return [m for m in fake.messages("news", next(iter(fake.guilds.values())))
            if "Saltmarsh Bridge" in json.dumps(m.embeds)]


async def test_a_followed_topic_grows_across_outlets(fake_discord: FakeDiscord,
                                                     sqlite_database_url: str,
                                                     samples: SampleNews) -> None:
    options = ConsoleOptions(offline=True, database_url=sqlite_database_url)
    overrides = console_environment(fake_discord, options, {}, samples)
    async with running_bot(fake_discord, sqlite_database_url, overrides) as bot:
        answer = await (await bot.fake.invoke("follow add", {"topic": "Saltmarsh Bridge"},
                                              guild=bot.guild, channel="news")).final(15)
        assert "Saltmarsh Bridge" in answer.content
        samples.release_next()  # Lanterna Courier reports the closure

        async def sources_shown(count: int) -> FakeMessage | None:
            posts = story_posts(bot.fake)
            wanted = f"**{count} sources**" if count > 1 else "**1 source**"
            return next((p for p in posts if wanted in json.dumps(p.embeds)), None)

        first = await eventually(lambda: sources_shown(1), timeout=30,
                                 what="the story post with one source")
        samples.release_next()  # Northshore Daily and Harbour Radio follow
        grown = await eventually(lambda: sources_shown(3), timeout=30,
                                 what="the same post grown to three sources")
        assert grown.id == first.id  # one post, edited, never a second post
        assert len(story_posts(bot.fake)) == 1
