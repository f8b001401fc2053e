"""The runtime owns the background work: cogs come and go, workers keep running; a
worker process without a gateway still posts."""

from __future__ import annotations

from bot.client import StorylineBot
from bot.config import load_settings
from bot.sandbox import FakeDiscord
from bot.storage import outbox
from bot.storage.guilds import ensure_guild
from tests.helpers import clock
from tests.helpers.databases import postgres_database
from tests.helpers.harness import RunningBot, bot_environment


def states(running: RunningBot) -> dict[str, str]:
    return {worker.name: worker.state for worker in running.bot.runtime.health()}


async def test_unloading_cogs_stops_no_worker_and_closing_stops_all(
        storyline: RunningBot) -> None:
    assert states(storyline) == {"poller": "running", "delivery": "running",
                                 "stories": "running"}
    for extension in ("cogs.feeds", "cogs.stories", "cogs.guilds"):
        await storyline.bot.unload_extension(extension)
    assert set(states(storyline).values()) == {"running"}
    await storyline.stop()
    assert set(states(storyline).values()) == {"stopped"}


async def test_a_worker_process_without_gateway_posts_through_rest(
        fake_discord: FakeDiscord) -> None:
    guild = next(iter(fake_discord.guilds.values()))
    channel = guild.channels["news"]
    async with postgres_database() as url:
        settings = load_settings(bot_environment(fake_discord, url,
                                                 {"ROLES": "poll,deliver,stories"}))
        bot = StorylineBot(settings, clock=clock.now)
        try:
            await bot.login(settings.discord_token)  # REST only: runs setup_hook
            await ensure_guild(bot.db, guild.id)
            async with bot.db.begin() as conn:
                await outbox.enqueue(conn, guild_id=guild.id, channel_id=channel.id,
                                     payload={"content": "from a worker"}, kind="notice",
                                     now=clock.now())
            bot.runtime.posts_queued()
            message = await fake_discord.wait_for_message(
                lambda m: m.content.startswith("from a worker"), timeout=15)
            assert message.channel_id == channel.id
            assert fake_discord.gateway.identify_count == 0
            assert {w.name: w.state for w in bot.runtime.health()}["delivery"] == "leader"
        finally:
            await bot.close()
