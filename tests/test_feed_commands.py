"""The rest of /feed: test, format, filter, pause/resume/remove, caps and forum targets."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest

from bot.sandbox import FakeDiscord
from tests.helpers import feedgen
from tests.helpers.feedbot import FAST_POLLING, add_feed, run, titled
from tests.helpers.harness import RunningBot, running_bot
from tests.helpers.newsweb import NewsWeb


@pytest.fixture
async def bot(fake_discord: FakeDiscord, sqlite_database_url: str) -> AsyncIterator[RunningBot]:
    overrides = {**FAST_POLLING, "MAX_FEEDS_PER_GUILD": "2"}
    async with running_bot(fake_discord, sqlite_database_url, overrides) as running:
        yield running


async def test_feed_test_previews_without_storing(bot: RunningBot, news_web: NewsWeb) -> None:
    url = news_web.serve("/feed", feedgen.rss("Desk", feedgen.entries(2)))
    preview = await run(bot, "feed test", url=url)
    assert "Next post from **Desk**" in preview.content
    assert preview.embeds[0]["title"] == "Story 1"
    listing = await run(bot, "feed list")
    assert "No feeds yet" in json.dumps(listing.embeds)


async def test_text_format_with_template_and_unknown_placeholder(
        bot: RunningBot, news_web: NewsWeb) -> None:
    items = feedgen.entries(1)
    await add_feed(bot, news_web.serve("/feed", feedgen.rss("Desk", items)))
    refused = await run(bot, "feed format", feed="Desk", template="{title} {colour}")
    assert "colour" in refused.content and refused.ephemeral
    await run(bot, "feed format", feed="Desk", template="NEW: {title} <{link}>", style="text")
    news_web.serve("/feed", feedgen.rss("Desk", items + feedgen.entries(1, start=1)))
    post = await bot.fake.wait_for_message(lambda m: m.content.startswith("NEW: Story 1"),
                                           timeout=10)
    assert "https://news.example.org/story-1" in post.content and not post.embeds


async def test_regex_filter_is_checked_and_applied(bot: RunningBot, news_web: NewsWeb) -> None:
    items = feedgen.entries(1)
    await add_feed(bot, news_web.serve("/feed", feedgen.rss("Desk", items)))
    bad = await run(bot, "feed filter", feed="Desk", regex="(unclosed")
    assert "does not work" in bad.content
    await run(bot, "feed filter", feed="Desk", regex=r"\bstory [13]\b")
    news_web.serve("/feed", feedgen.rss("Desk", items + feedgen.entries(3, start=1)))
    await bot.fake.wait_for_message(titled("Story 3"), timeout=10)
    posted = [m.embeds[0]["title"] for m in bot.fake.messages("news", bot.guild)
              if m.embeds and m.embeds[0].get("title", "").startswith("Story")]
    assert posted == ["Story 1", "Story 3"]


async def test_pause_resume_remove_and_cap(bot: RunningBot, news_web: NewsWeb) -> None:
    items = feedgen.entries(1)
    await add_feed(bot, news_web.serve("/a", feedgen.rss("Alpha", items)))
    await add_feed(bot, news_web.serve("/b", feedgen.rss("Beta", items)))
    capped = await add_feed(bot, news_web.serve("/c", feedgen.rss("Gamma", items)))
    assert "already has 2 feeds" in capped.content
    assert "Paused" in (await run(bot, "feed pause", feed="Alpha")).content
    assert "paused" in json.dumps((await run(bot, "feed list")).embeds)
    news_web.serve("/a", feedgen.rss("Alpha", items + feedgen.entries(1, start=1)))
    hits = news_web.hits["/a"]
    await news_web.wait_for_hits("/b", news_web.hits["/b"] + 2)
    assert news_web.hits["/a"] == hits  # a paused feed is not fetched
    assert "Resumed" in (await run(bot, "feed resume", feed="Alpha")).content
    await bot.fake.wait_for_message(titled("Story 1"), timeout=10)
    assert "Removed" in (await run(bot, "feed remove", feed="Beta")).content
    choices = await bot.fake.autocomplete("feed remove", "feed", "", guild=bot.guild)
    assert [c["value"] for c in choices] == ["Alpha"]
    assert "no feed named" in (await run(bot, "feed pause", feed="Beta")).content


async def test_forum_channel_gets_one_post_per_item(bot: RunningBot,
                                                    news_web: NewsWeb) -> None:
    forum = bot.guild.add_channel("headlines", kind="forum")
    await bot.bot.wait_for("guild_channel_create", timeout=5)
    items = feedgen.entries(1)
    await add_feed(bot, news_web.serve("/feed", feedgen.rss("Desk", items)), channel=forum)
    news_web.serve("/feed", feedgen.rss("Desk", items + feedgen.entries(2, start=1)))
    first = await bot.fake.wait_for_message(titled("Story 1"), timeout=10)
    second = await bot.fake.wait_for_message(titled("Story 2"), timeout=10)
    assert first.channel_id != second.channel_id  # each item is its own forum post
    threads = [r for r in bot.fake.requests if r.method == "POST"
               and r.path.endswith(f"/channels/{forum.id}/threads")]
    assert len(threads) == 2 and threads[0].json["name"] == "Story 1"
