"""Forums and threads: forum tags chosen per item, a thread per item, story posts as forum
posts edited in place."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest

from bot.sandbox import FakeDiscord
from tests.helpers import feedgen
from tests.helpers.feedbot import FAST_POLLING, add_feed, run, titled
from tests.helpers.harness import RunningBot, running_bot
from tests.helpers.newsweb import NewsWeb
from tests.helpers.storybot import FAST, TOPIC, text_of
from tests.helpers.storyfeeds import TALKS_COLLAPSE, OutletFeeds

ELECTION = feedgen.Entry("Election night: polls close across the county",
                         "https://news.example.org/election-night")
CUP_FINAL = feedgen.Entry("Cup final goes to penalties", "https://news.example.org/cup-final")


@pytest.fixture
async def bot(fake_discord: FakeDiscord, sqlite_database_url: str) -> AsyncIterator[RunningBot]:
    async with running_bot(fake_discord, sqlite_database_url, {**FAST_POLLING, **FAST}) as running:
        yield running


async def test_forum_feed_posts_items_under_matching_tags(bot: RunningBot,
                                                          news_web: NewsWeb) -> None:
    forum = bot.guild.add_channel("headlines", kind="forum", tags=("Politics", "Sport"))
    await bot.bot.wait_for("guild_channel_create", timeout=5)
    base = feedgen.entries(1)
    await add_feed(bot, news_web.serve("/feed", feedgen.rss("Desk", base)), channel=forum)
    choices = await bot.fake.autocomplete("feed tags", "tag", "", guild=bot.guild,
                                          options={"feed": "Desk"})
    assert [c["name"] for c in choices] == ["Politics", "Sport"]
    tag_id = {c["name"]: int(c["value"]) for c in choices}
    answer = await run(bot, "feed tags", feed="Desk", tag=str(tag_id["Politics"]),
                       keywords="election, vote")
    assert "**Politics** ← election, vote" in answer.content
    news_web.serve("/feed", feedgen.rss("Desk", [*base, ELECTION, CUP_FINAL]))
    election = await bot.fake.wait_for_message(titled("Election night"), timeout=15)
    cup = await bot.fake.wait_for_message(titled("Cup final"), timeout=15)
    threads = bot.guild.threads
    assert threads[election.channel_id].applied_tags == [tag_id["Politics"]]
    assert threads[cup.channel_id].applied_tags == []
    assert "1 tag rule" in json.dumps((await run(bot, "feed list")).embeds)
    # Tags need a forum: a feed in a text channel is told so.
    await add_feed(bot, news_web.serve("/text", feedgen.rss("Wire", base)))
    refused = await run(bot, "feed tags", feed="Wire")
    assert refused.ephemeral and "not a forum" in refused.content


async def test_thread_new_gives_each_item_its_own_thread(bot: RunningBot,
                                                         news_web: NewsWeb) -> None:
    base = feedgen.entries(1)
    await add_feed(bot, news_web.serve("/feed", feedgen.rss("Desk", base)))
    answer = await run(bot, "feed format", feed="Desk", thread="new")
    assert "its own thread" in answer.content
    assert "a thread per item" in json.dumps((await run(bot, "feed list")).embeds)
    news_web.serve("/feed", feedgen.rss("Desk", [*base, ELECTION, CUP_FINAL]))
    for title in ("Election night", "Cup final"):
        post = await bot.fake.wait_for_message(titled(title), timeout=15)
        opened = f"/messages/{post.id}/threads"
        await bot.fake.wait_for_request(
            lambda r: r.path.endswith(opened) and r.status == 201, timeout=15)  # noqa: B023
        assert post.thread_id is not None
        thread = bot.guild.threads[post.thread_id]
        assert thread.name.startswith(title) and thread.parent_id == post.channel_id


async def test_story_posts_in_a_forum_are_one_post_per_story_edited_in_place(
        bot: RunningBot, news_web: NewsWeb) -> None:
    forum = bot.guild.add_channel("stories", kind="forum")
    await bot.bot.wait_for("guild_channel_create", timeout=5)
    feeds = OutletFeeds(news_web)
    for outlet in TALKS_COLLAPSE:
        await add_feed(bot, feeds.url(outlet))
    await run(bot, "follow add", topic=TOPIC, channel=forum)
    feeds.publish("courier", TALKS_COLLAPSE["courier"])
    first = await bot.fake.wait_for_message(
        lambda m: "**1 source**" in text_of(m) and "Following:" in text_of(m), timeout=30)
    feeds.publish("herald", TALKS_COLLAPSE["herald"])
    grown = await bot.fake.wait_for_message(
        lambda m: "**2 sources**" in text_of(m) and "Following:" in text_of(m), timeout=30)
    assert grown.id == first.id and grown.channel_id == first.id  # the forum post's thread
    reply = await bot.fake.wait_for_message(lambda m: "now quoted" in m.content, timeout=30)
    assert reply.channel_id == first.channel_id  # developments go into the same post
    posts = [r for r in bot.fake.requests if r.method == "POST"
             and r.path.endswith(f"/channels/{forum.id}/threads")]
    assert len(posts) == 1
    assert "Westhaven" in json.dumps(bot.guild.threads[first.id].name)
