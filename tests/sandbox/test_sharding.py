"""The stand-in shards like Discord: a gateway process connecting some shards sees only
the servers of those shards, and their interactions reach it."""

from __future__ import annotations

from bot.client import ShardedStorylineBot, build_bot
from bot.config import load_settings
from bot.runner import start_until_ready
from bot.sandbox import FakeDiscord
from bot.sandbox.sharding import shard_of
from tests.helpers import clock
from tests.helpers.databases import postgres_database
from tests.helpers.harness import bot_environment


async def test_a_gateway_process_gets_only_the_servers_of_its_shards() -> None:
    fake = FakeDiscord()
    await fake.start()
    guilds = [fake.add_guild(f"Server {n}", guild_id=((1000 + n) << 22) | n)
              for n in range(4)]
    mine = {g.id for g in guilds if shard_of(g.id, 2) == 1}
    assert 0 < len(mine) < len(guilds)
    try:
        async with postgres_database() as url:
            settings = load_settings(bot_environment(fake, url, {
                "ROLES": "gateway", "SHARD_COUNT": "2", "SHARD_IDS": "1"}))
            bot = build_bot(settings, clock=clock.now, guild_ready_timeout=0.1)
            assert isinstance(bot, ShardedStorylineBot)
            task = await start_until_ready(bot, 20)
            try:
                assert {g.id for g in bot.guilds} == mine
                assert [s.shard for s in fake.gateway.sessions.values()] == [(1, 2)]
                guild = next(g for g in guilds if g.id in mine)
                interaction = await fake.invoke("about", guild=guild, channel="general")
                assert (await interaction.response(timeout=5))["type"] in (4, 5)
            finally:
                await bot.close()
                task.cancel()
    finally:
        await fake.close()
