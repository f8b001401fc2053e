"""The runtime owns the background work: cogs come and go, workers keep running; a
worker process without a gateway still posts, to forums and as the outlet too."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from bot.client import StorylineBot
from bot.config import load_settings
from bot.delivery.placement import Identity, Placement, with_placement
from bot.sandbox import FakeDiscord
from bot.sandbox.models import FakeChannel, new_snowflake
from bot.storage import outbox
from bot.storage.guilds import ensure_guild
from tests.helpers import clock
from tests.helpers.databases import postgres_database
from tests.helpers.harness import RunningBot, bot_environment


def states(running: RunningBot) -> dict[str, str]:
    return {worker.name: worker.state for worker in running.bot.runtime.health()}


@asynccontextmanager
async def worker_without_gateway(fake_discord: FakeDiscord, roles: str
                                 ) -> AsyncIterator[StorylineBot]:
    """A process that logs in over REST only (no gateway, so no channel cache), on a
    fresh PostgreSQL database."""
    async with postgres_database() as url:
        settings = load_settings(bot_environment(fake_discord, url, {"ROLES": roles}))
        bot = StorylineBot(settings, clock=clock.now)
        try:
            await bot.login(settings.discord_token)  # REST only: runs setup_hook
            yield bot
        finally:
            await bot.close()


async def queue_feed_items(bot: StorylineBot, guild_id: int,
                           posts: list[tuple[int, dict[str, Any]]]) -> None:
    """Feed items in the outbox, as the poller leaves them, and the sender woken."""
    await ensure_guild(bot.db, guild_id)
    async with bot.db.begin() as conn:
        for channel_id, payload in posts:
            await outbox.enqueue(conn, guild_id=guild_id, channel_id=channel_id,
                                 payload=payload, kind="feed_item", now=clock.now())
    bot.runtime.posts_queued()


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
    async with worker_without_gateway(fake_discord, "poll,deliver,stories") as bot:
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


async def test_a_worker_process_without_gateway_posts_to_forums_and_as_the_outlet(
        fake_discord: FakeDiscord) -> None:
    """Without a gateway there is no channel cache: the worker reads each channel once
    over REST, so a forum still gets one post per item and a webhook feed still speaks as
    its outlet (in a thread too, through its parent's webhook), instead of a 400 from
    Discord that would lose the post."""
    guild = next(iter(fake_discord.guilds.values()))
    forum = guild.add_channel("headlines", kind="forum")
    news = guild.channels["news"]
    fake_discord.set_channel_permissions("news", bot_can_manage_webhooks=True, guild=guild)
    outlet = Placement(identity=Identity("Harbour Gazette"))
    live = FakeChannel(new_snowflake(), "Live: council", guild.id, "thread",
                       parent_id=news.id, owner_id=fake_discord.bot_user_id)
    guild.threads[live.id] = live
    fake_discord.channels_by_id[live.id] = live
    posts = [(forum.id, {"content": "forum item", "embeds": [{"title": "Forum item"}]}),
             (forum.id, {"content": "second forum item", "embeds": [{"title": "Second"}]}),
             (news.id, with_placement({"content": "outlet item"}, outlet)),
             (live.id, with_placement({"content": "thread item"}, outlet))]
    async with worker_without_gateway(fake_discord, "deliver") as bot:
        await queue_feed_items(bot, guild.id, posts)
        in_forum = await fake_discord.wait_for_message(
            lambda m: m.content.startswith("forum item"), timeout=15)
        second = await fake_discord.wait_for_message(
            lambda m: m.content.startswith("second forum item"), timeout=15)
        as_outlet = await fake_discord.wait_for_message(
            lambda m: m.content.startswith("outlet item"), timeout=15)
        assert guild.threads[in_forum.channel_id].parent_id == forum.id
        assert guild.threads[second.channel_id].parent_id == forum.id
        forum_reads = [r for r in fake_discord.requests
                       if r.method == "GET" and r.path == f"/channels/{forum.id}"]
        assert len(forum_reads) == 1  # read once, then remembered
        assert as_outlet.channel_id == news.id
        assert as_outlet.webhook_id is not None
        assert as_outlet.author["username"] == "Harbour Gazette"
        in_thread = await fake_discord.wait_for_message(
            lambda m: m.content.startswith("thread item"), timeout=15)
        assert in_thread.channel_id == live.id
        assert in_thread.webhook_id == as_outlet.webhook_id  # the parent's webhook
        assert fake_discord.gateway.identify_count == 0


async def test_a_channel_read_that_fails_is_retried_not_guessed(
        fake_discord: FakeDiscord) -> None:
    """A 503 on a worker's channel read (discord.py does not retry a 503 itself) fails
    that attempt only. Taking the channel as unknown would post a forum item as a plain
    message and an outlet's item as the bot; instead the post waits, and then goes to the
    forum as its own post and speaks as the outlet, once each."""
    guild = next(iter(fake_discord.guilds.values()))
    forum = guild.add_channel("briefs", kind="forum")
    news = guild.channels["news"]
    fake_discord.set_channel_permissions("news", bot_can_manage_webhooks=True, guild=guild)
    outlet = Placement(identity=Identity("Harbour Gazette"))
    for channel in (forum, news):
        fake_discord.fail_next("GET", rf"^/channels/{channel.id}$", 503)
    posts = [(forum.id, {"content": "brief item", "embeds": [{"title": "Brief item"}]}),
             (news.id, with_placement({"content": "outlet brief"}, outlet))]
    async with worker_without_gateway(fake_discord, "deliver") as bot:
        bot.sender.max_backoff = timedelta(seconds=1)  # retry within the test's patience
        await queue_feed_items(bot, guild.id, posts)
        in_forum = await fake_discord.wait_for_message(
            lambda m: m.content.startswith("brief item"), timeout=20)
        as_outlet = await fake_discord.wait_for_message(
            lambda m: m.content.startswith("outlet brief"), timeout=20)
        reads = {channel.id: [r.status for r in fake_discord.requests
                              if r.method == "GET" and r.path == f"/channels/{channel.id}"]
                 for channel in (forum, news)}
        assert reads == {forum.id: [503, 200], news.id: [503, 200]}
        assert guild.threads[in_forum.channel_id].parent_id == forum.id
        assert as_outlet.channel_id == news.id
        assert as_outlet.webhook_id is not None
        assert as_outlet.author["username"] == "Harbour Gazette"
        sent = [m.content for m in fake_discord.messages_by_id.values() if not m.deleted]
        for text in ("brief item", "outlet brief"):  # content may end in an invisible marker
            assert sum(content.startswith(text) for content in sent) == 1, sent
