"""Logging in, the guild cache, reconnects and shutdown, as discord.py experiences them."""

from __future__ import annotations

import asyncio
import gc
import warnings

import discord
import pytest

from bot.sandbox import FakeDiscord, FakeGuild
from tests.sandbox.client_harness import Harness


async def test_login_ready_populates_guild_cache(harness: Harness, guild: FakeGuild) -> None:
    await harness.start(sync=False)
    cached = harness.client.get_guild(guild.id)

    assert cached is not None and cached.name == "Newsroom"
    assert [c.name for c in cached.text_channels] == ["news", "general"]
    assert cached.owner_id == guild.owner.id
    assert cached.me is not None and cached.me.bot
    assert harness.client.user is not None and harness.client.user.id == harness.fake.bot_user_id
    assert harness.client.application_id == harness.fake.application_id
    news = cached.get_channel(guild.channels["news"].id)
    assert isinstance(news, discord.TextChannel)
    mine = news.permissions_for(cached.me)
    assert mine.send_messages and mine.embed_links and not mine.administrator
    assert cached.default_role.permissions.view_channel
    assert "Storyline" in [r.name for r in cached.me.roles]


async def test_bad_token_is_a_login_failure(fake: FakeDiscord) -> None:
    client = discord.Client(intents=discord.Intents.default())
    with pytest.raises(discord.LoginFailure):
        await client.login("not-the-token")
    await client.close()
    assert fake.requests[-1].path == "/users/@me" and fake.requests[-1].status == 401


async def test_guilds_joined_and_left_after_ready(harness: Harness, fake: FakeDiscord) -> None:
    joined: asyncio.Queue[discord.Guild] = asyncio.Queue()
    left: asyncio.Queue[discord.Guild] = asyncio.Queue()
    harness.client.event(_forward("on_guild_join", joined))
    harness.client.event(_forward("on_guild_remove", left))
    await harness.start(sync=False)

    second = fake.add_guild("Second", channels=["alerts"])
    assert (await asyncio.wait_for(joined.get(), 5)).id == second.id
    assert harness.client.get_guild(second.id) is not None

    fake.remove_guild(second.id)
    assert (await asyncio.wait_for(left.get(), 5)).id == second.id
    assert harness.client.get_guild(second.id) is None


async def test_new_channel_reaches_cache(harness: Harness, fake: FakeDiscord, guild) -> None:
    created: asyncio.Queue[discord.abc.GuildChannel] = asyncio.Queue()
    harness.client.event(_forward("on_guild_channel_create", created))
    await harness.start(sync=False)

    forum = guild.add_channel("stories", kind="forum")
    channel = await asyncio.wait_for(created.get(), 5)
    assert channel.id == forum.id and isinstance(channel, discord.ForumChannel)


async def test_dropped_gateway_is_resumed(harness: Harness, fake: FakeDiscord, guild) -> None:
    resumed = asyncio.Event()

    async def on_resumed() -> None:
        resumed.set()

    harness.client.event(on_resumed)

    @harness.tree.command(description="Ping")
    async def ping(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("pong")

    await harness.start()
    await fake.wait_for_commands()
    await fake.disconnect_clients()
    # Events raised while the bot is away are replayed on RESUME.
    missed = fake.add_guild("While away", channels=["x"])
    await asyncio.wait_for(resumed.wait(), 10)

    assert fake.gateway.resume_count == 1 and fake.gateway.identify_count == 1
    assert harness.client.get_guild(missed.id) is not None
    reply = await (await fake.invoke("ping", guild=guild)).final()
    assert reply.content == "pong"


async def test_members_intent_gets_members_in_cache(fake: FakeDiscord, guild) -> None:
    reader = guild.add_member("reader")
    intents = discord.Intents.default()
    intents.members = True
    harness = Harness(fake, intents=intents)
    try:
        await harness.start(sync=False)
        cached = harness.client.get_guild(guild.id)
        assert cached is not None and cached.get_member(reader.id) is not None
        assert cached.get_member(guild.owner.id) is not None
    finally:
        await harness.stop()


async def test_clean_shutdown_leaves_nothing_open(fake: FakeDiscord, guild) -> None:
    harness = Harness(fake)
    await harness.start(sync=False)
    await harness.stop()

    assert harness.client.is_closed()
    assert harness.client.http._HTTPClient__session.closed  # type: ignore[attr-defined]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        gc.collect()
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]
    await fake.gateway.wait_idle(timeout=5)
    assert not fake.gateway.connections


def _forward(name: str, queue: asyncio.Queue):
    async def handler(item: object) -> None:
        queue.put_nowait(item)

    handler.__name__ = name
    return handler
