"""Posting news through REST: rate limits, injected faults, nonces, permissions, threads."""

from __future__ import annotations

import asyncio
import io
import time

import discord
import pytest

from bot.sandbox import FakeDiscord, FakeGuild
from bot.sandbox import permissions as perms
from tests.sandbox.client_harness import Harness


def text_channel(harness: Harness, guild: FakeGuild, name: str) -> discord.TextChannel:
    channel = harness.client.get_channel(guild.channels[name].id)
    assert isinstance(channel, discord.TextChannel)
    return channel


def message_posts(fake: FakeDiscord) -> list[int | None]:
    return [
        r.status
        for r in fake.requests
        if r.method == "POST" and r.path.endswith("/messages") and r.path.startswith("/channels/")
    ]


async def test_429_is_retried_and_the_message_lands_once(harness: Harness, fake, guild) -> None:
    await harness.start(sync=False)
    fake.fail_next("POST", r"^/channels/\d+/messages$", 429, retry_after=0.2)

    sent = await text_channel(harness, guild, "news").send("Flood warning")

    assert [m.content for m in fake.messages("news", guild)] == ["Flood warning"]
    assert sent.id == fake.messages("news", guild)[0].id
    assert message_posts(fake) == [429, 200]
    assert fake.rate_limited_count == 1


async def test_injected_403_and_404_surface_as_discord_errors(
    harness: Harness, fake, guild
) -> None:
    await harness.start(sync=False)
    news = text_channel(harness, guild, "news")
    fake.fail_next("POST", r"/messages$", 403)
    with pytest.raises(discord.Forbidden) as forbidden:
        await news.send("x")
    assert forbidden.value.code == 50013

    fake.fail_next("PATCH", r"/messages/\d+$", 404)
    sent = await news.send("y")
    with pytest.raises(discord.NotFound):
        await sent.edit(content="z")
    assert [m.content for m in fake.messages("news", guild)] == ["y"]


async def test_same_nonce_does_not_duplicate(harness: Harness, fake, guild) -> None:
    await harness.start(sync=False)
    news = text_channel(harness, guild, "news")

    first = await news.send("Breaking", nonce="delivery-42")
    again = await news.send("Breaking", nonce="delivery-42")
    other = await news.send("Breaking", nonce="delivery-43")

    assert first.id == again.id != other.id
    assert len(fake.messages("news", guild)) == 2


async def test_channel_permission_denial_is_visible_and_enforced(
    harness: Harness, fake, guild
) -> None:
    updated = asyncio.Event()

    async def on_guild_channel_update(before: object, after: object) -> None:
        updated.set()

    harness.client.event(on_guild_channel_update)
    await harness.start(sync=False)
    news = text_channel(harness, guild, "news")
    me = news.guild.me

    fake.set_channel_permissions("news", bot_can_send=False, bot_can_embed=False, guild=guild)
    await asyncio.wait_for(updated.wait(), 5)

    assert not news.permissions_for(me).send_messages
    assert not news.permissions_for(me).embed_links
    assert text_channel(harness, guild, "general").permissions_for(me).send_messages
    with pytest.raises(discord.Forbidden) as refused:
        await news.send("blocked")
    assert refused.value.code == 50013 and fake.messages("news", guild) == []


async def test_embeds_need_embed_links(harness: Harness, fake, guild) -> None:
    await harness.start(sync=False)
    fake.set_channel_permissions("general", bot_can_embed=False, guild=guild)
    general = text_channel(harness, guild, "general")
    with pytest.raises(discord.Forbidden):
        await general.send(embed=discord.Embed(title="t"))
    assert (await general.send("plain text is fine")).content == "plain text is fine"


async def test_discord_limits_are_enforced(harness: Harness, fake, guild) -> None:
    await harness.start(sync=False)
    news = text_channel(harness, guild, "news")
    with pytest.raises(discord.HTTPException) as too_long:
        await news.send("x" * 2001)
    assert too_long.value.status == 400 and too_long.value.code == 50035
    with pytest.raises(discord.HTTPException):
        await news.send(embed=discord.Embed(title="t" * 257))
    assert fake.messages("news", guild) == []


async def test_edit_history_reactions_and_delete(harness: Harness, fake, guild) -> None:
    await harness.start(sync=False)
    sent = await text_channel(harness, guild, "news").send("Draft")
    await sent.edit(content="Final")

    stored = await fake.wait_for_message(lambda m: m.content == "Final")
    assert stored.id == sent.id and stored.edits == 1
    assert [v["content"] for v in stored.history] == ["Draft"]
    await sent.add_reaction("📰")
    async with sent.channel.typing():
        later = await sent.channel.send("Second")
    history = [m.content async for m in sent.channel.history(limit=10)]
    assert history == ["Second", "Final"]
    assert [m.content async for m in sent.channel.history(before=later)] == ["Final"]
    await sent.delete()
    assert [m.content for m in fake.messages("news", guild)] == ["Second"]


async def test_threads_from_messages_and_forum_posts(harness: Harness, fake, guild) -> None:
    forum = guild.add_channel("stories", kind="forum")
    await harness.start(sync=False)
    news = text_channel(harness, guild, "news")

    headline = await news.send("Storm approaches")
    thread = await headline.create_thread(name="Storm updates")
    await thread.send("Update 1")

    forum_channel = harness.client.get_channel(forum.id)
    assert isinstance(forum_channel, discord.ForumChannel)
    post = await forum_channel.create_thread(name="Election", content="Live coverage")

    assert thread.id == headline.id and thread.parent_id == guild.channels["news"].id
    assert [m.content for m in fake.messages(thread.id)] == ["Update 1"]
    assert fake.messages_by_id[headline.id].thread_id == thread.id
    assert post.message.content == "Live coverage"
    assert [m.content for m in fake.messages("Election", guild)] == ["Live coverage"]
    with pytest.raises(discord.HTTPException):
        await harness.client.get_partial_messageable(forum.id).send("forums take posts")


async def test_threads_are_deleted_with_manage_threads_and_else_closed_by_their_owner(
        harness: Harness, fake: FakeDiscord, guild: FakeGuild) -> None:
    forum = guild.add_channel("stories", kind="forum")
    await harness.start(sync=False)
    forum_channel = harness.client.get_channel(forum.id)
    assert isinstance(forum_channel, discord.ForumChannel)
    post = await forum_channel.create_thread(name="Election", content="Live coverage")
    await post.thread.send("Update 1")
    headline = await text_channel(harness, guild, "news").send("Storm approaches")
    replies = await headline.create_thread(name="Storm updates")

    # A forum post is deleted whole, its first message with it.
    await post.thread.delete()
    assert post.thread.id not in guild.threads and fake.messages_by_id[post.message.id].deleted
    with pytest.raises(discord.NotFound):
        await harness.client.fetch_channel(post.thread.id)
    assert await active_threads(harness, guild) == [replies.id]

    # Without Manage Threads the bot may not delete its thread, but may close it.
    fake.set_channel_permissions("news", bot_can_manage_threads=False, guild=guild)
    with pytest.raises(discord.Forbidden):
        await replies.delete()
    closed = await replies.edit(archived=True, locked=True)
    assert closed.archived and closed.locked and guild.threads[replies.id].locked
    assert await active_threads(harness, guild) == []
    with pytest.raises(discord.Forbidden):  # only a moderator reopens a locked thread
        await replies.edit(archived=False)
    with pytest.raises(discord.HTTPException) as archived:  # reopened first, or refused
        await replies.edit(name="Renamed")
    assert archived.value.code == 50083
    # The message a thread was started from stays when its thread is deleted.
    fake.set_channel_permissions("news", guild=guild)
    await replies.delete()
    assert [m.content for m in fake.messages("news", guild)] == ["Storm approaches"]
    assert fake.messages_by_id[headline.id].thread_id is None


async def active_threads(harness: Harness, guild: FakeGuild) -> list[int]:
    """The threads Discord lists as active (archived ones are not)."""
    data = await harness.client.http.get_active_threads(guild.id)
    return [int(thread["id"]) for thread in data["threads"]]


async def test_only_moderators_delete_messages_of_others(
        harness: Harness, fake: FakeDiscord, guild: FakeGuild) -> None:
    fake.set_channel_permissions("news", bot_can_manage_webhooks=True, guild=guild)
    await harness.start(sync=False)
    news = text_channel(harness, guild, "news")
    webhook = await news.create_webhook(name="Courier")
    posted = await webhook.send("From the outlet", wait=True)
    message = await news.fetch_message(posted.id)
    guild.roles[fake.bot_name].permissions &= ~perms.MANAGE_MESSAGES
    with pytest.raises(discord.Forbidden):
        await message.delete()
    guild.roles[fake.bot_name].permissions |= perms.MANAGE_MESSAGES
    await message.delete()
    assert fake.messages("news", guild) == []


@pytest.mark.parametrize("fake", [{"global_rate_limit": 3}], indirect=True)
async def test_global_rate_limit_is_retried(harness: Harness, fake: FakeDiscord,
                                            guild: FakeGuild) -> None:
    await harness.start(sync=False)
    news = text_channel(harness, guild, "news")
    await asyncio.gather(*(news.send(f"item {n}") for n in range(5)))

    assert sorted(m.content for m in fake.messages("news", guild)) == [
        f"item {n}" for n in range(5)
    ]
    assert fake.rate_limited_count >= 1
    limited = [r for r in fake.requests if r.status == 429]
    assert all(r.response["global"] is True for r in limited)


@pytest.mark.parametrize("fake", [{"channel_message_limit": (2, 0.4)}], indirect=True)
async def test_channel_message_limit_paces_posting(harness: Harness, fake: FakeDiscord,
                                                   guild: FakeGuild) -> None:
    await harness.start(sync=False)
    news = text_channel(harness, guild, "news")
    started = time.monotonic()
    for n in range(5):
        await news.send(f"item {n}")
    elapsed = time.monotonic() - started

    assert [m.content for m in fake.messages("news", guild)] == [f"item {n}" for n in range(5)]
    # Five messages at two per 0.4 s window need at least two full windows.
    assert elapsed >= 0.8
    posts = [r for r in fake.requests if r.method == "POST" and r.status == 200]
    assert posts[1].headers.get("Authorization", "").startswith("Bot ")


async def test_unknown_route_is_a_recorded_404(harness: Harness, fake, guild) -> None:
    await harness.start(sync=False)
    with pytest.raises(discord.NotFound):
        await harness.client.http.request(discord.http.Route("GET", "/stickers/1"))
    recorded = await fake.wait_for_request(lambda r: r.path == "/stickers/1")
    assert recorded.status == 404


async def test_uploaded_files_are_recorded(harness: Harness, fake, guild) -> None:
    seen: list[str] = []
    fake.message_listeners.append(lambda message: seen.append(message.content))
    await harness.start(sync=False)
    upload = discord.File(io.BytesIO(b"col1,col2\n"), filename="sources.csv")

    sent = await text_channel(harness, guild, "news").send("Sources", file=upload)

    stored = fake.messages("news", guild)[0]
    assert stored.attachment_names == ["sources.csv"] and stored.content == "Sources"
    assert stored.attachments[0].data == b"col1,col2\n"
    assert [a.filename for a in sent.attachments] == ["sources.csv"]
    assert seen == ["Sources"]


async def test_pictures_keep_their_bytes_and_size_through_edits(harness: Harness, fake,
                                                                guild) -> None:
    await harness.start(sync=False)
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + (800).to_bytes(4, "big") + (400).to_bytes(
        4, "big") + b"\x08\x02\x00\x00\x00"
    sent = await text_channel(harness, guild, "news").send(
        "Chart", file=discord.File(io.BytesIO(png), filename="coverage.png"))
    assert (sent.attachments[0].width, sent.attachments[0].height) == (800, 400)
    assert sent.attachments[0].size == len(png)
    stored = fake.messages("news", guild)[0]
    edited = await sent.add_files(discord.File(io.BytesIO(b"a,b\n"), filename="data.csv"))
    assert [a.filename for a in edited.attachments] == ["coverage.png", "data.csv"]
    assert stored.attachments[0].data == png
    cleared = await edited.edit(attachments=[])
    assert cleared.attachments == [] and stored.attachments == []
