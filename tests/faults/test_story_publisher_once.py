"""A story post revised while the bot is down between sending it and recording its id is
still found on Discord, not sent a second time, as the bot or as the outlet (by webhook);
one whose webhook was deleted goes out anew once, whatever crash comes, and so does the
reply of its version that went out before the crash; the old post goes with its thread
(a forum's old post whole), and later replies go to the new post's thread: the real storage
(a SQLite file), the real transport and the fake Discord, whose nonce memory cannot hide
a resend."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.delivery.pacing import Pacer
from bot.delivery.placement import Identity, Placement, with_placement
from bot.delivery.transport import Sent
from bot.discord_transport import DiscordTransport
from bot.sandbox import FakeDiscord, FakeMessage
from bot.sandbox.models import FakeChannel
from bot.storage import follows as follow_store
from bot.storage.database import Database
from bot.storage.follows import Follow, StoryPost
from bot.storage.stories import Story
from bot.stories.publisher import StoryPublisher
from tests.faults.story_world import story_message
from tests.helpers import clock
from tests.helpers.databases import sqlite_url
from tests.helpers.followed import followed_story
from tests.sandbox.client_harness import point_discord_py_at

NONCE_MEMORY_SECONDS = 0.0  # the fake Discord's (see conftest.py)


class ProcessDied(Exception):
    """The bot went down right after Discord stored the message."""


class DyingTransport(DiscordTransport):
    """The bot's transport, in a process that may die as soon as a message is stored."""

    die_after_send = False
    die_after_reply = False  # a thread reply: plain text, no embed
    die_after_thread_deleted = False

    async def post(self, channel_id: int, payload: dict[str, Any], nonce: str) -> Sent:
        sent = await super().post(channel_id, payload, nonce)
        if self.die_after_send or (self.die_after_reply and not payload.get("embeds")):
            raise ProcessDied
        return sent

    async def delete_thread(self, thread_id: int) -> None:
        await super().delete_thread(thread_id)
        if self.die_after_thread_deleted:
            raise ProcessDied


@pytest.fixture
async def transport(fake: FakeDiscord, monkeypatch: pytest.MonkeyPatch
                    ) -> AsyncIterator[DyingTransport]:
    """A gateway-less process's transport (a worker's): REST only."""
    point_discord_py_at(fake, monkeypatch)
    client = discord.Client(intents=discord.Intents.none())
    await client.login(fake.token)
    try:
        yield DyingTransport(client, pacer=Pacer())
    finally:
        await client.close()


@dataclass
class Followed:
    """A followed story in #news, its post wanted as the bot or as the outlet."""

    fake: FakeDiscord
    channel: FakeChannel
    db: Database
    publisher: StoryPublisher
    follow: Follow
    story: Story
    as_outlet: bool

    async def want(self, sources: int, reply: str | None = None) -> None:
        """The post's next version (its first: a new post), with a reply in its thread."""
        message = story_message("Talks fail", sources)
        if self.as_outlet:
            message = with_placement(message, Placement(identity=Identity("Courier")))
        payload = {"message": message, "reply": reply}
        async with self.db.begin() as conn:
            post = await follow_store.post_for(conn, self.follow.id, self.story.id)
            if post is None:
                await follow_store.create_post(conn, self.follow, self.story.id, payload, {},
                                               clock.now())
            else:
                await follow_store.revise_post(conn, post, payload, {}, clock.now())

    async def first_post(self) -> tuple[FakeMessage, int]:
        """The post's first version, published: Discord's message and its webhook."""
        await self.want(1)
        assert await self.publisher.publish_due() == 1
        [message] = self.shown()
        assert message.webhook_id is not None
        return message, message.webhook_id

    async def first_post_with_reply(self) -> tuple[FakeMessage, int, int]:
        """The first version published, then a second whose reply started the post's
        thread: Discord's message, its webhook and that thread."""
        message, webhook_id = await self.first_post()
        await self.want(2, reply="Harbour reopens")
        assert await self.publisher.publish_due() == 1
        thread_id = (await self.post()).thread_id
        assert thread_id is not None
        return message, webhook_id, thread_id

    def shown(self) -> list[FakeMessage]:
        """The posts the channel shows: its messages; a forum's posts (its threads, which
        show even when their first message was deleted), by their first message."""
        if self.channel.kind != "forum":
            return self.fake.messages(self.channel)
        guild = self.fake.guilds[self.channel.guild_id]
        return [self.fake.messages_by_id[thread.id] for thread in guild.threads.values()
                if thread.parent_id == self.channel.id and not thread.archived]

    def replies(self, text: str) -> dict[int, int]:
        """Where a reply is, anywhere in the server: its copies by thread."""
        guild = self.fake.guilds[self.channel.guild_id]
        found = {thread.id: sum(m.content.startswith(text) for m in self.fake.messages(thread))
                 for thread in guild.threads.values()}
        return {where: copies for where, copies in found.items() if copies}

    async def post(self) -> StoryPost:
        async with self.db.begin() as conn:
            post = await follow_store.post_for(conn, self.follow.id, self.story.id)
        assert post is not None
        return post


@asynccontextmanager
async def followed(fake: FakeDiscord, transport: DyingTransport, tmp_path: Path, *,
                   as_outlet: bool, kind: str = "text",
                   manage_threads: bool = True) -> AsyncIterator[Followed]:
    guild = fake.add_guild(channels=["news"])
    channel = guild.channels["news"] if kind == "text" else guild.add_channel("desk", kind=kind)
    fake.set_channel_permissions(channel, bot_can_manage_webhooks=as_outlet,
                                 bot_can_manage_threads=manage_threads, guild=guild)
    db = Database.connect(sqlite_url(tmp_path))
    await db.migrate()
    try:
        follow, story = await followed_story(db, guild_id=guild.id, channel_id=channel.id,
                                             topic="port strike", headline="Talks fail")
        yield Followed(fake, channel, db, StoryPublisher(db, transport, Pacer(), clock=clock.now),
                       follow, story, as_outlet)
    finally:
        await db.close()


@pytest.mark.parametrize("as_outlet", [False, True], ids=["bot", "webhook"])
async def test_a_post_revised_after_a_lost_answer_is_found_not_sent_again(
        fake: FakeDiscord, transport: DyingTransport, tmp_path: Path, as_outlet: bool) -> None:
    async with followed(fake, transport, tmp_path, as_outlet=as_outlet) as story:
        await story.want(1)
        transport.die_after_send = True
        with pytest.raises(ProcessDied):
            await story.publisher.publish(await story.post())
        # The story grows while the bot is down: a new version of a post never recorded.
        await story.want(2)
        transport.die_after_send = False
        assert await story.publisher.publish_due() == 1
        [message] = fake.messages(story.channel)
        assert message.embeds[0]["footer"]["text"].startswith("2 sources")
        # As the outlet, the post found is edited through the webhook that sent it.
        assert (message.webhook_id is not None) == as_outlet
        assert message.author["username"] == ("Courier" if as_outlet else fake.bot_name)
        assert (await story.post()).message_id == message.id


async def test_a_post_whose_webhook_was_deleted_lands_once_across_a_crash(
        fake: FakeDiscord, transport: DyingTransport, tmp_path: Path) -> None:
    async with followed(fake, transport, tmp_path, as_outlet=True) as story:
        stale, webhook_id = await story.first_post()
        fake.webhooks.delete(webhook_id)
        await story.want(2)
        # Nobody can edit the stale message: the post goes out anew, and the bot dies
        # right after Discord stored it.
        transport.die_after_send = True
        with pytest.raises(ProcessDied):
            await story.publisher.publish_due()
        transport.die_after_send = False
        assert await story.publisher.publish_due() == 1

        [message] = fake.messages(story.channel)
        assert message.id != stale.id and fake.messages_by_id[stale.id].deleted
        assert message.webhook_id not in (None, webhook_id)
        assert message.embeds[0]["footer"]["text"].startswith("2 sources")
        recorded = await story.post()
        assert recorded.message_id == message.id and recorded.replaced_message_id is None


async def test_a_reply_sent_before_a_crash_is_not_sent_again_when_its_post_goes_out_anew(
        fake: FakeDiscord, transport: DyingTransport, tmp_path: Path) -> None:
    async with followed(fake, transport, tmp_path, as_outlet=True) as story:
        stale, webhook_id = await story.first_post()
        # The story grows: the post is edited and the update replied in its thread, and
        # the bot dies right after Discord stored the reply, before it was recorded.
        await story.want(2, reply="Talks resume at the harbour office")
        transport.die_after_reply = True
        with pytest.raises(ProcessDied):
            await story.publisher.publish_due()
        # While it is down, an admin deletes the webhook: the post must go out anew.
        fake.webhooks.delete(webhook_id)
        transport.die_after_reply = False
        assert await story.publisher.publish_due() == 1

        [message] = fake.messages(story.channel)
        assert message.id != stale.id and fake.messages_by_id[stale.id].deleted
        recorded = await story.post()
        assert recorded.thread_id is not None
        replies = [m for m in fake.messages(fake.channels_by_id[recorded.thread_id])
                   if m.content.startswith("Talks resume at the harbour office")]
        assert len(replies) == 1


async def test_a_post_found_after_a_crash_is_removed_when_its_webhook_is_gone(
        fake: FakeDiscord, transport: DyingTransport, tmp_path: Path) -> None:
    async with followed(fake, transport, tmp_path, as_outlet=True) as story:
        # The first version goes out as the outlet and the bot dies before recording it.
        await story.want(1)
        transport.die_after_send = True
        with pytest.raises(ProcessDied):
            await story.publisher.publish(await story.post())
        transport.die_after_send = False
        [stale] = fake.messages(story.channel)
        assert stale.webhook_id is not None
        # While it is down, the webhook is deleted and the story grows: the retry finds
        # the message but nobody can edit it, so it goes out anew and the found one goes.
        fake.webhooks.delete(stale.webhook_id)
        await story.want(2)
        assert await story.publisher.publish_due() == 1

        [message] = fake.messages(story.channel)
        assert message.id != stale.id and fake.messages_by_id[stale.id].deleted
        assert message.embeds[0]["footer"]["text"].startswith("2 sources")
        recorded = await story.post()
        assert recorded.message_id == message.id and recorded.replaced_message_id is None


@pytest.mark.parametrize("crash", [None, "after the new post", "after the old one went",
                                   "after the reply"])
@pytest.mark.parametrize("kind", ["forum", "text"])
async def test_a_post_sent_anew_takes_the_place_of_the_old_one_and_its_thread(
        fake: FakeDiscord, transport: DyingTransport, tmp_path: Path, kind: str,
        crash: str | None) -> None:
    """In a forum the old post (a thread) goes whole; in a channel the old message and
    the thread of its replies: the story shows once, and every later reply goes to the
    new post's thread, whatever crash comes between two steps."""
    async with followed(fake, transport, tmp_path, as_outlet=True, kind=kind) as story:
        stale, webhook_id, old_thread = await story.first_post_with_reply()
        assert story.replies("Harbour reopens") == {old_thread: 1}

        fake.webhooks.delete(webhook_id)
        await story.want(3, reply="Talks resume")
        transport.die_after_send = crash == "after the new post"
        transport.die_after_thread_deleted = crash == "after the old one went"
        transport.die_after_reply = crash == "after the reply"
        if crash is not None:
            with pytest.raises(ProcessDied):
                await story.publisher.publish_due()
        transport.die_after_send = transport.die_after_thread_deleted = False
        transport.die_after_reply = False
        assert await story.publisher.publish_due() == 1

        [renewed] = story.shown()
        assert renewed.id != stale.id and renewed.webhook_id not in (None, webhook_id)
        assert fake.messages_by_id[stale.id].deleted
        assert old_thread not in fake.guilds[story.channel.guild_id].threads
        recorded = await story.post()
        assert recorded.message_id == renewed.id and recorded.thread_id is not None
        assert recorded.replaced_message_id is None and recorded.replaced_thread_id is None
        new_thread = fake.channels_by_id[recorded.thread_id]
        # A forum's new post is its thread; in a channel, a thread of the new message.
        assert new_thread.id == renewed.id
        assert new_thread.parent_id == story.channel.id
        assert story.replies("Talks resume") == {new_thread.id: 1}

        await story.want(4, reply="Deal signed")
        assert await story.publisher.publish_due() == 1
        assert story.replies("Deal signed") == {new_thread.id: 1}
        [grown] = story.shown()
        assert grown.id == renewed.id
        assert grown.embeds[0]["footer"]["text"].startswith("4 sources")


@pytest.mark.parametrize("kind", ["forum", "text"])
async def test_without_manage_threads_the_old_post_is_emptied_and_closed_where_it_may_be(
        fake: FakeDiscord, transport: DyingTransport, tmp_path: Path, kind: str) -> None:
    """The bot may not delete a thread: the old message goes, its thread is archived and
    locked when the bot owns it (a reply thread it started; a forum post is its webhook's,
    so it stays, empty), and the new post and its replies go out all the same."""
    async with followed(fake, transport, tmp_path, as_outlet=True, kind=kind,
                        manage_threads=False) as story:
        stale, webhook_id, old_thread_id = await story.first_post_with_reply()
        fake.webhooks.delete(webhook_id)
        await story.want(3, reply="Talks resume")
        assert await story.publisher.publish_due() == 1

        old_thread = fake.channels_by_id[old_thread_id]
        assert fake.messages_by_id[stale.id].deleted
        assert old_thread.archived == old_thread.locked == (kind == "text")
        recorded = await story.post()
        assert recorded.replaced_message_id is None and recorded.thread_id != old_thread_id
        assert story.replies("Talks resume") == {recorded.thread_id: 1}
        assert recorded.message_id is not None
        renewed = fake.messages_by_id[recorded.message_id]
        assert not renewed.deleted and renewed.embeds[0]["footer"]["text"].startswith("3")


@pytest.mark.parametrize("crashes", [("after the new post", None), ("after the reply", None),
                                     ("after the new post", "after the first one went")])
@pytest.mark.parametrize("kind", ["forum", "text"])
async def test_every_stale_post_goes_when_the_new_webhook_is_deleted_too(
        fake: FakeDiscord, transport: DyingTransport, tmp_path: Path, kind: str,
        crashes: tuple[str, str | None]) -> None:
    """The post sent anew is out but the bot dies before marking it published, and while
    it is down the new webhook is deleted as well: the post goes out a third time, and the
    first post and the second, with their threads, are both removed (a crash between two
    removals included), so the story shows once."""
    first_crash, second_crash = crashes
    async with followed(fake, transport, tmp_path, as_outlet=True, kind=kind) as story:
        first, webhook_id, first_thread = await story.first_post_with_reply()

        fake.webhooks.delete(webhook_id)
        await story.want(3, reply="Talks resume")
        transport.die_after_send = first_crash == "after the new post"
        transport.die_after_reply = first_crash == "after the reply"
        with pytest.raises(ProcessDied):
            await story.publisher.publish_due()
        transport.die_after_send = transport.die_after_reply = False
        [second] = [shown for shown in story.shown() if shown.id != first.id]
        assert second.webhook_id not in (None, webhook_id)
        second_thread = (await story.post()).thread_id
        fake.webhooks.delete(second.webhook_id)

        if second_crash is not None:
            transport.die_after_thread_deleted = True
            with pytest.raises(ProcessDied):
                await story.publisher.publish_due()
            transport.die_after_thread_deleted = False
        assert await story.publisher.publish_due() == 1

        [third] = story.shown()
        assert third.id not in (first.id, second.id)
        assert fake.messages_by_id[first.id].deleted and fake.messages_by_id[second.id].deleted
        threads = fake.guilds[story.channel.guild_id].threads
        assert first_thread not in threads and second_thread not in threads
        recorded = await story.post()
        assert recorded.message_id == third.id and recorded.thread_id is not None
        assert recorded.replaced_message_id is None and recorded.replaced_thread_id is None
        assert story.replies("Talks resume") == {recorded.thread_id: 1}
        assert third.embeds[0]["footer"]["text"].startswith("3 sources")
