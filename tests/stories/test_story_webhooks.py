"""A followed topic posting as the outlet: each story's one post comes through the
channel's webhook under its lead outlet's name and icon, grows by edits of that same
webhook message, and survives the webhook being deleted by hand: the post is sent anew
once (through a new webhook) and the message nobody can edit any more is removed."""

from __future__ import annotations

import json
import re

import pytest

from bot.sandbox import FakeMessage
from bot.sandbox.models import FakeChannel
from tests.helpers.harness import RunningBot, open_thread
from tests.helpers.icons import PNG
from tests.helpers.newsweb import NewsWeb
from tests.helpers.storybot import TOPIC, command, setup_following, sources_in, text_of
from tests.helpers.storyfeeds import TALKS_COLLAPSE, OutletFeeds


def one_source(message: FakeMessage) -> bool:
    return "**1 source**" in text_of(message) and "Following:" in text_of(message)


def story_posts(bot: RunningBot) -> list[FakeMessage]:
    """The story posts #news shows now (deleted ones are gone)."""
    return [m for m in bot.fake.messages("news", bot.guild)
            if m.embeds and "Following:" in json.dumps(m.embeds)]


def webhook_edits(bot: RunningBot, message_id: int) -> int:
    """Edits of this message through a channel webhook's message endpoint."""
    return sum(1 for r in bot.fake.requests if r.method == "PATCH"
               and re.fullmatch(rf"/webhooks/\d+/[^/]+/messages/{message_id}", r.path))


async def follow_as_outlet(bot: RunningBot, feeds: OutletFeeds, news_web: NewsWeb,
                           channel: FakeChannel | None = None) -> None:
    """The topic followed in `channel` (#news) as the outlet; the webhook's home (a
    thread's parent) lets the bot manage webhooks."""
    target = channel or bot.guild.channels["news"]
    home = bot.fake.channels_by_id[target.parent_id] if target.parent_id else target
    bot.fake.set_channel_permissions(home, bot_can_manage_webhooks=True, guild=bot.guild)
    news_web.serve("/favicon.ico", PNG, content_type="image/png")
    await setup_following(bot, feeds, target)
    answer = await command(bot, "follow format", topic=TOPIC, style="webhook")
    assert "outlet leading each story" in answer.content, answer.content
    assert "Manage" not in answer.content  # it may do all it needs to
    assert "as the outlet" in (await command(bot, "follow list")).content


async def test_a_followed_story_posts_as_its_outlet_and_grows_by_webhook_edits(
        bot: RunningBot, feeds: OutletFeeds, news_web: NewsWeb) -> None:
    await follow_as_outlet(bot, feeds, news_web)

    feeds.publish("courier", TALKS_COLLAPSE["courier"])
    first = await bot.fake.wait_for_message(one_source, timeout=30)
    assert first.webhook_id is not None and first.author["username"] == "Courier"
    assert first.avatar_url == news_web.url("/favicon.ico")
    assert first.allowed_mentions == {"parse": []}
    assert [b["label"] for b in first.buttons()] == ["Full coverage", "Timeline", "Unfollow"]

    feeds.publish("gazette", TALKS_COLLAPSE["gazette"])
    grown = await bot.fake.wait_for_message(sources_in(2), timeout=30)
    # The same message, edited through the webhook that posted it, under the same name.
    assert grown.id == first.id and grown.webhook_id == first.webhook_id
    assert grown.author["username"] == "Courier"
    assert webhook_edits(bot, first.id) >= 1
    assert story_posts(bot) == [grown]
    assert len(bot.fake.webhooks.in_channel(bot.guild.channels["news"].id)) == 1


async def open_forum(bot: RunningBot) -> FakeChannel:
    forum = bot.guild.add_channel("headlines", kind="forum")
    await bot.bot.wait_for("guild_channel_create", timeout=5)
    return forum


@pytest.mark.parametrize("kind", ["thread", "forum"])
async def test_story_posts_as_the_outlet_grow_in_threads_and_forums(
        bot: RunningBot, feeds: OutletFeeds, news_web: NewsWeb, kind: str) -> None:
    target = await (open_thread(bot, "Live: port") if kind == "thread" else open_forum(bot))
    await follow_as_outlet(bot, feeds, news_web, target)

    feeds.publish("courier", TALKS_COLLAPSE["courier"])
    first = await bot.fake.wait_for_message(one_source, timeout=30)
    assert first.webhook_id is not None and first.author["username"] == "Courier"
    # A thread's post is in the thread; a forum's is a forum post of its own.
    where = bot.fake.channels_by_id[first.channel_id]
    assert (where.id == target.id) if kind == "thread" else (where.parent_id == target.id)

    feeds.publish("gazette", TALKS_COLLAPSE["gazette"])
    grown = await bot.fake.wait_for_message(sources_in(2), timeout=30)
    assert grown.id == first.id and grown.channel_id == first.channel_id
    edits = [r for r in bot.fake.requests if r.method == "PATCH"
             and r.path.endswith(f"/messages/{first.id}")]
    assert edits and all(r.query.get("thread_id") == str(first.channel_id) for r in edits)


def forum_posts(bot: RunningBot, forum: FakeChannel) -> list[int]:
    """The posts (threads) the forum shows now, whether or not their message is there."""
    return [t.id for t in bot.guild.threads.values() if t.parent_id == forum.id]


@pytest.mark.parametrize("kind", ["text", "forum"])
async def test_a_story_whose_webhook_was_deleted_is_posted_once_anew(
        bot: RunningBot, feeds: OutletFeeds, news_web: NewsWeb, kind: str) -> None:
    forum = await open_forum(bot) if kind == "forum" else None
    await follow_as_outlet(bot, feeds, news_web, forum)
    feeds.publish("courier", TALKS_COLLAPSE["courier"])
    first = await bot.fake.wait_for_message(one_source, timeout=30)
    assert first.webhook_id is not None

    # An admin deletes the webhook by hand: its message can be edited by nobody now.
    bot.fake.webhooks.delete(first.webhook_id)
    feeds.publish("gazette", TALKS_COLLAPSE["gazette"])
    renewed = await bot.fake.wait_for_message(sources_in(2), timeout=30)
    assert renewed.id != first.id
    assert renewed.webhook_id not in (None, first.webhook_id)
    assert renewed.author["username"] == "Courier"

    # Later growth edits the new post through the new webhook (published after the
    # stale message was removed).
    feeds.publish("herald", TALKS_COLLAPSE["herald"])
    grown = await bot.fake.wait_for_message(sources_in(3), timeout=30)
    assert grown.id == renewed.id and webhook_edits(bot, renewed.id) >= 1
    # Once: the stale message is removed, the story shows one post; in a forum the old
    # post (a thread of its own) goes whole.
    assert bot.fake.messages_by_id[first.id].deleted
    if forum is None:
        assert story_posts(bot) == [grown]
    else:
        assert forum_posts(bot, forum) == [grown.channel_id] != [first.channel_id]


async def test_without_manage_webhooks_stories_come_from_the_bot_and_list_says_why(
        bot: RunningBot, feeds: OutletFeeds) -> None:
    await setup_following(bot, feeds)
    answer = await command(bot, "follow format", topic=TOPIC, style="webhook")
    assert "Manage Webhooks" in answer.content
    assert "Manage Webhooks" in (await command(bot, "follow list")).content

    feeds.publish("courier", TALKS_COLLAPSE["courier"])
    first = await bot.fake.wait_for_message(one_source, timeout=30)
    assert first.webhook_id is None and first.author["id"] == str(bot.fake.bot_user_id)
    feeds.publish("gazette", TALKS_COLLAPSE["gazette"])
    grown = await bot.fake.wait_for_message(sources_in(2), timeout=30)
    assert grown.id == first.id and story_posts(bot) == [grown]
    assert grown.webhook_id is None and grown.author["id"] == str(bot.fake.bot_user_id)


@pytest.mark.parametrize("manage_webhooks", [True, False])
async def test_the_answer_names_what_the_bot_lacks_to_remove_an_old_post(
        bot: RunningBot, feeds: OutletFeeds, manage_webhooks: bool) -> None:
    """A post sent anew (its webhook deleted by hand) leaves the old one unless the bot
    may remove it: the switch to webhook says which permissions that needs, in one line,
    whether or not the bot may manage webhooks there yet."""
    news = bot.guild.channels["news"]
    bot.fake.set_channel_permissions(news, bot_can_manage_webhooks=manage_webhooks,
                                     bot_can_manage_threads=manage_webhooks,
                                     bot_can_manage_messages=False, guild=bot.guild)
    await setup_following(bot, feeds)
    answer = await command(bot, "follow format", topic=TOPIC, style="webhook")
    assert answer.ephemeral
    first, line = answer.content.split("\n")
    assert ("Manage Webhooks" in first) != manage_webhooks
    assert "old post" in line and "**Manage Messages**" in line and f"<#{news.id}>" in line
    assert ("Manage Threads" in line) != manage_webhooks


@pytest.mark.parametrize("manage_threads", [True, False])
async def test_in_a_forum_manage_threads_alone_removes_an_old_post(
        bot: RunningBot, feeds: OutletFeeds, manage_threads: bool) -> None:
    """A forum's old post is deleted whole, as a thread: Manage Messages is not asked for."""
    forum = await open_forum(bot)
    bot.fake.set_channel_permissions(forum, bot_can_manage_webhooks=True,
                                     bot_can_manage_threads=manage_threads,
                                     bot_can_manage_messages=False, guild=bot.guild)
    await setup_following(bot, feeds, forum)
    answer = await command(bot, "follow format", topic=TOPIC, style="webhook")
    first, *rest = answer.content.split("\n")
    assert "outlet leading each story" in first and "Manage" not in first
    assert rest == ([] if manage_threads else [
        f"To remove a story's old post when its webhook is deleted, I need "
        f"**Manage Threads** in <#{forum.id}>."])


def edits_of(bot: RunningBot, message_id: int) -> list[tuple[str, int | None]]:
    """Every edit request made of this message: who made it (the bot, or a webhook by
    its token) and what Discord answered."""
    return [("webhook" if r.path.startswith("/webhooks/") else "bot", r.status)
            for r in bot.fake.requests
            if r.method == "PATCH" and r.path.endswith(f"/messages/{message_id}")]


@pytest.mark.parametrize("switch_to", ["webhook", "embed"])
async def test_a_post_made_before_the_style_changed_is_edited_by_whoever_posted_it(
        bot: RunningBot, feeds: OutletFeeds, news_web: NewsWeb, switch_to: str) -> None:
    """The follow's style changes between a story's post and its growth: the post is
    edited by whoever posted it: one request for its one edit, not refused first."""
    if switch_to == "webhook":
        bot.fake.set_channel_permissions(bot.guild.channels["news"],
                                         bot_can_manage_webhooks=True, guild=bot.guild)
        await setup_following(bot, feeds)
    else:
        await follow_as_outlet(bot, feeds, news_web)
    feeds.publish("courier", TALKS_COLLAPSE["courier"])
    first = await bot.fake.wait_for_message(one_source, timeout=30)
    assert (first.webhook_id is None) == (switch_to == "webhook")

    answer = await command(bot, "follow format", topic=TOPIC, style=switch_to)
    assert f"post as {switch_to}" in answer.content, answer.content
    feeds.publish("gazette", TALKS_COLLAPSE["gazette"])
    grown = await bot.fake.wait_for_message(sources_in(2), timeout=30)

    assert grown.id == first.id and grown.webhook_id == first.webhook_id
    poster = "bot" if first.webhook_id is None else "webhook"
    assert edits_of(bot, first.id) == [(poster, 200)]
    assert story_posts(bot) == [grown]
