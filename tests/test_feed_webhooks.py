"""Posting as the outlet: feed items through a channel webhook under the feed's own name
and icon (looked up without making the admin wait on a slow site), repaired when the
webhook is deleted, bot messages without Manage Webhooks; each post paced on the budget of
the request it actually makes (webhook or bot)."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator

import pytest

from bot.sandbox import FakeDiscord
from bot.storage import feeds as feed_store
from tests.helpers import clock, feedgen
from tests.helpers.feedbot import FAST_POLLING, add_feed, run, titled
from tests.helpers.harness import RunningBot, open_thread, running_bot
from tests.helpers.icons import PNG, SLOW_PAGE_SECONDS
from tests.helpers.newsweb import NewsWeb
from tests.helpers.waiting import eventually


@pytest.fixture
async def bot(fake_discord: FakeDiscord, sqlite_database_url: str) -> AsyncIterator[RunningBot]:
    async with running_bot(fake_discord, sqlite_database_url, FAST_POLLING) as running:
        yield running


def outlet_feed(web: NewsWeb, items: list[feedgen.Entry]) -> str:
    """The Harbour Gazette's feed, whose channel carries its logo."""
    logo = f"<image><url>{web.url('/logo.png')}</url><title>Gazette</title></image>"
    document = feedgen.rss("Harbour Gazette", items).replace(
        "<description>Test feed</description>", f"<description>Test feed</description>{logo}")
    return web.serve("/feed", document)


def record_lanes(bot: RunningBot, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The lane of every request the bot's pacer lets through from now on."""
    pacer = bot.bot.sender.pacer
    take = pacer.acquire_request
    lanes: list[str] = []

    async def recorded(lane: str = "bot") -> None:
        lanes.append(lane)
        await take(lane)

    monkeypatch.setattr(pacer, "acquire_request", recorded)
    return lanes


def executions(bot: RunningBot) -> int:
    """Channel webhook executions (an interaction's webhook has the application's id)."""
    own = f"/webhooks/{bot.bot.application_id}/"
    return sum(1 for r in bot.fake.requests if r.method == "POST" and not r.path.startswith(own)
               and re.fullmatch(r"/webhooks/\d+/[^/]+", r.path))


async def test_feed_items_arrive_as_the_outlet_and_survive_a_deleted_webhook(
        bot: RunningBot, news_web: NewsWeb, monkeypatch: pytest.MonkeyPatch) -> None:
    lanes = record_lanes(bot, monkeypatch)
    bot.fake.set_channel_permissions("news", bot_can_manage_webhooks=True, guild=bot.guild)
    news_web.serve("/logo.png", PNG, content_type="image/png")
    base = feedgen.entries(1)
    await add_feed(bot, outlet_feed(news_web, base))
    answer = await run(bot, "feed format", feed="Harbour Gazette", style="webhook")
    assert "outlet's own name and icon" in answer.content, answer.content

    sneaky = feedgen.Entry("Council vote @everyone <@&123456> tonight",
                           "https://news.example.org/vote")
    outlet_feed(news_web, [*base, sneaky])
    post = await bot.fake.wait_for_message(titled("Council vote"), timeout=15)
    assert post.channel_id == bot.guild.channels["news"].id
    assert post.webhook_id is not None and post.author["username"] == "Harbour Gazette"
    assert post.avatar_url == news_web.url("/logo.png")
    assert post.allowed_mentions == {"parse": []}
    first_hook = post.webhook_id

    # An admin deletes the webhook by hand: the next item still arrives, as the outlet.
    bot.fake.webhooks.delete(first_hook)
    later = feedgen.entries(1, start=5)
    outlet_feed(news_web, [*base, sneaky, *later])
    repaired = await bot.fake.wait_for_message(titled("Story 5"), timeout=15)
    assert repaired.webhook_id not in (None, first_hook)
    assert repaired.author["username"] == "Harbour Gazette"
    listing = await run(bot, "feed list")
    assert "Manage Webhooks" not in json.dumps(listing.embeds)
    # One webhook-budget token per execution, the one at the deleted webhook included.
    assert lanes.count("webhook") == executions(bot) == 3


async def test_the_answer_does_not_wait_for_a_slow_site(bot: RunningBot,
                                                       news_web: NewsWeb) -> None:
    bot.fake.set_channel_permissions("news", bot_can_manage_webhooks=True, guild=bot.guild)
    news_web.serve("/", "<html></html>", content_type="text/html", delay=SLOW_PAGE_SECONDS)
    news_web.serve("/logo.png", PNG, content_type="image/png")
    base = feedgen.entries(1)
    await add_feed(bot, outlet_feed(news_web, base))
    answer = await run(bot, "feed format", feed="Harbour Gazette", style="webhook")
    assert "outlet's own name" in answer.content, answer.content
    assert news_web.hits["/"] == 0  # the slow home page had not answered yet
    # So the icon was not found yet, and the answer does not promise it.
    assert "icon" not in answer.content

    async def icon() -> str | None:
        sub = await feed_store.subscription_by_name(bot.bot.db, bot.guild.id,
                                                    "Harbour Gazette")
        feed = await feed_store.get_feed(bot.bot.db, sub.feed_id) if sub else None
        return feed.icon_url if feed else None

    # The lookup went on after the answer, and its icon is kept for the posts.
    assert await eventually(icon, timeout=SLOW_PAGE_SECONDS + 10, what="the feed's icon") \
        == news_web.url("/logo.png")
    outlet_feed(news_web, [*base, *feedgen.entries(1, start=1)])
    post = await bot.fake.wait_for_message(titled("Story 1"), timeout=15)
    assert post.webhook_id is not None and post.avatar_url == news_web.url("/logo.png")


async def test_without_manage_webhooks_items_come_from_the_bot_and_list_says_why(
        bot: RunningBot, news_web: NewsWeb, monkeypatch: pytest.MonkeyPatch) -> None:
    lanes = record_lanes(bot, monkeypatch)
    base = feedgen.entries(1)
    await add_feed(bot, outlet_feed(news_web, base))
    answer = await run(bot, "feed format", feed="Harbour Gazette", style="webhook")
    assert "Manage Webhooks" in answer.content
    outlet_feed(news_web, [*base, *feedgen.entries(1, start=1)])
    post = await bot.fake.wait_for_message(titled("Story 1"), timeout=15)
    assert post.webhook_id is None and post.author["id"] == str(bot.fake.bot_user_id)
    listing = await run(bot, "feed list")
    assert "Manage Webhooks" in json.dumps(listing.embeds)
    assert not [r for r in bot.fake.requests if r.path.endswith("/webhooks")]
    # The post went as a bot message: the webhook budget is untouched.
    assert "bot" in lanes and "webhook" not in lanes


async def test_webhook_posts_in_a_forum_carry_their_tags(bot: RunningBot,
                                                         news_web: NewsWeb) -> None:
    forum = bot.guild.add_channel("headlines", kind="forum", tags=("Politics",))
    await bot.bot.wait_for("guild_channel_create", timeout=5)
    bot.fake.set_channel_permissions(forum, bot_can_manage_webhooks=True, guild=bot.guild)
    base = feedgen.entries(1)
    await add_feed(bot, outlet_feed(news_web, base), channel=forum)
    await run(bot, "feed format", feed="Harbour Gazette", style="webhook")
    tag_id = next(iter(forum.available_tags))
    await run(bot, "feed tags", feed="Harbour Gazette", tag=str(tag_id), keywords="vote")
    outlet_feed(news_web, [*base, feedgen.Entry("Council vote tonight",
                                                "https://news.example.org/vote")])
    post = await bot.fake.wait_for_message(titled("Council vote"), timeout=15)
    thread = bot.guild.threads[post.channel_id]
    assert post.webhook_id is not None and thread.parent_id == forum.id
    assert thread.applied_tags == [tag_id] and thread.name == "Council vote tonight"


async def test_webhook_posts_reach_a_thread(bot: RunningBot, news_web: NewsWeb) -> None:
    news = bot.guild.channels["news"]
    bot.fake.set_channel_permissions(news, bot_can_manage_webhooks=True, guild=bot.guild)
    thread = await open_thread(bot, "Live: council")
    base = feedgen.entries(1)
    await add_feed(bot, outlet_feed(news_web, base), channel=thread)
    await run(bot, "feed format", feed="Harbour Gazette", style="webhook")
    outlet_feed(news_web, [*base, *feedgen.entries(1, start=1)])
    post = await bot.fake.wait_for_message(titled("Story 1"), timeout=15)
    assert post.channel_id == thread.id and post.webhook_id is not None
    assert [w.channel_id for w in bot.fake.webhooks.by_id.values()] == [news.id]


async def test_a_channel_full_of_other_webhooks_falls_back_and_list_says_why(
        bot: RunningBot, news_web: NewsWeb, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.sandbox.models import new_snowflake
    from bot.sandbox.webhooks import WEBHOOKS_PER_CHANNEL, FakeWebhook

    news = bot.guild.channels["news"]
    bot.fake.set_channel_permissions(news, bot_can_manage_webhooks=True, guild=bot.guild)
    for n in range(WEBHOOKS_PER_CHANNEL):  # other integrations' webhooks
        hook = FakeWebhook(new_snowflake(), f"token{n}", news.id, bot.guild.id, f"CI {n}", None)
        bot.fake.webhooks.by_id[hook.id] = hook
    base = feedgen.entries(1)
    await add_feed(bot, outlet_feed(news_web, base))
    await run(bot, "feed format", feed="Harbour Gazette", style="webhook")
    lanes = record_lanes(bot, monkeypatch)
    outlet_feed(news_web, [*base, *feedgen.entries(1, start=1)])
    post = await bot.fake.wait_for_message(titled("Story 1"), timeout=15)
    assert post.webhook_id is None  # not lost: posted as the bot
    assert "webhook" not in lanes and executions(bot) == 0
    listing = await run(bot, "feed list")
    assert "most webhooks Discord allows" in json.dumps(listing.embeds)


async def test_posts_made_as_the_outlet_are_found_again_after_a_restart(
        bot: RunningBot, news_web: NewsWeb) -> None:
    """Exactly-once delivery looks for a post before sending it again: webhook posts
    count as the bot's own, in a channel and in a forum, even with a fresh transport."""
    from datetime import timedelta

    from bot.discord_transport import DiscordTransport

    forum = bot.guild.add_channel("headlines", kind="forum")
    await bot.bot.wait_for("guild_channel_create", timeout=5)
    for channel in (bot.guild.channels["news"], forum):
        bot.fake.set_channel_permissions(channel, bot_can_manage_webhooks=True, guild=bot.guild)
    base = feedgen.entries(1)
    await add_feed(bot, outlet_feed(news_web, base))
    await add_feed(bot, news_web.serve("/forum", feedgen.rss("Forum Desk", base)), channel=forum)
    for name in ("Harbour Gazette", "Forum Desk"):
        await run(bot, "feed format", feed=name, style="webhook")
    outlet_feed(news_web, [*base, *feedgen.entries(1, start=1)])
    news_web.serve("/forum", feedgen.rss("Forum Desk", [*base, *feedgen.entries(1, start=2)]))
    in_channel = await bot.fake.wait_for_message(titled("Story 1"), timeout=15)
    in_forum = await bot.fake.wait_for_message(titled("Story 2"), timeout=15)
    assert in_channel.webhook_id is not None and in_forum.webhook_id is not None

    fresh = DiscordTransport(bot.bot)  # a restarted process knows no webhook yet
    since = clock.now() - timedelta(minutes=5)
    found = await fresh.recent_posts(bot.guild.channels["news"].id, since)
    assert in_channel.id in [int(m["id"]) for m in found]
    found = await fresh.recent_posts(forum.id, since)
    assert in_forum.id in [int(m["id"]) for m in found]
