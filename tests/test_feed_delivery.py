"""Feeds end to end: /feed add, polling the local news web, posts in the fake Discord."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

import pytest

from bot.sandbox import FakeMessage
from bot.storage import feeds as store
from bot.storage import outbox
from tests.helpers import feedgen
from tests.helpers.feedbot import add_feed, posted_in, titled
from tests.helpers.harness import RunningBot
from tests.helpers.newsweb import NewsWeb


@pytest.mark.parametrize("writer", [feedgen.rss, feedgen.atom, feedgen.json_feed],
                         ids=["rss", "atom", "json"])
async def test_new_item_is_posted_once_and_baseline_is_not(
        fast_bot: RunningBot, news_web: NewsWeb, writer: Callable[..., str]) -> None:
    items = feedgen.entries(3)
    url = news_web.serve("/feed", writer("World Desk", items))
    answer = await add_feed(fast_bot, url)
    assert "World Desk" in answer.content and "3 items" in answer.content
    assert answer.embeds and "Story 2" in answer.embeds[0]["title"]  # preview: newest

    items += feedgen.entries(1, start=3)
    news_web.serve("/feed", writer("World Desk", items))
    post = await fast_bot.fake.wait_for_message(titled("Story 3"), timeout=10)
    assert post.embeds[0]["url"].endswith("/story-3")
    await news_web.wait_for_hits("/feed", news_web.hits["/feed"] + 2)
    assert [m for m in posted_in(fast_bot, "news") if titled("Story")(m)] == [post]


async def test_a_json_feed_item_with_half_a_surrogate_pair_is_posted_not_stuck(
        fast_bot: RunningBot, news_web: NewsWeb) -> None:
    # A careless exporter escapes half a surrogate pair ("\\ud800"): no database or
    # Discord message can take that text, so it must not stop the feed's later items.
    items = feedgen.entries(2)
    url = news_web.serve("/feed", feedgen.json_feed("World Desk", items))
    await add_feed(fast_bot, url)

    broken = replace(feedgen.entries(1, start=2)[0], title="Story 2 \ud800 ends",
                     summary="Half \udc00 a pair.")
    items += [broken, *feedgen.entries(1, start=3)]
    news_web.serve("/feed", feedgen.json_feed("World Desk", items))
    post = await fast_bot.fake.wait_for_message(titled("Story 2 \ufffd ends"), timeout=10)
    assert "\ufffd" in post.embeds[0]["description"]
    await fast_bot.fake.wait_for_message(titled("Story 3"), timeout=10)


async def test_html_page_discovers_its_feed(fast_bot: RunningBot, news_web: NewsWeb) -> None:
    feed_url = news_web.serve("/rss.xml", feedgen.rss("Site Feed", feedgen.entries(2)))
    page = news_web.serve("/", f'<html><head><link rel="alternate" type="application/rss+xml" '
                          f'title="Site Feed" href="{feed_url}"></head><body>Hi</body></html>',
                          content_type="text/html")
    answer = await add_feed(fast_bot, page)
    assert "Site Feed" in answer.content


async def test_page_with_several_feeds_asks_which(fast_bot: RunningBot,
                                                  news_web: NewsWeb) -> None:
    first = news_web.serve("/a.xml", feedgen.rss("Politics", feedgen.entries(1)))
    second = news_web.serve("/b.xml", feedgen.rss("Sport", feedgen.entries(1)))
    page = news_web.serve("/", "<html><head>"
                          f'<link rel="alternate" type="application/rss+xml" href="{first}">'
                          f'<link rel="alternate" type="application/rss+xml" href="{second}">'
                          "</head></html>", content_type="text/html")
    question = await add_feed(fast_bot, page)
    assert "several feeds" in question.content
    answer = await pick_feed(fast_bot, question, second)
    assert "Sport" in answer.content


async def pick_feed(bot: RunningBot, question: FakeMessage, url: str) -> FakeMessage:
    """Choose, in the select menu of `question`, the option showing `url`."""
    select = question.components[0]["components"][0]
    option = next(o for o in select["options"] if url.startswith(o["description"].rstrip("…")))
    chosen = await bot.fake.click(question, select["custom_id"], values=[option["value"]])
    return await chosen.final()


async def test_a_discovered_feed_url_longer_than_a_select_value_is_fetched_whole(
        fast_bot: RunningBot, news_web: NewsWeb) -> None:
    long_path = "/feeds/" + "regional-politics-and-local-government-" * 3 + "rss.xml"
    short = news_web.serve("/a.xml", feedgen.rss("Politics", feedgen.entries(1)))
    long = news_web.serve(long_path, feedgen.rss("Regional Desk", feedgen.entries(1)))
    assert len(long) > 100  # more than a select option's value may hold
    page = news_web.serve("/", "<html><head>"
                          f'<link rel="alternate" type="application/rss+xml" href="{short}">'
                          f'<link rel="alternate" type="application/rss+xml" href="{long}" '
                          'title="Regional Desk"></head></html>', content_type="text/html")
    question = await add_feed(fast_bot, page)

    answer = await pick_feed(fast_bot, question, long)

    assert "Regional Desk" in answer.content
    assert news_web.hits[long_path] >= 1
    [listed] = await store.list_subscriptions(fast_bot.bot.db, fast_bot.guild.id)
    assert listed.feed.url == long


async def test_malformed_feed_is_still_read(fast_bot: RunningBot, news_web: NewsWeb) -> None:
    broken = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Tom & Jerry News'
              "</title><item><title>Caf&eacute; opens &amp; closes</title>"
              "<link>https://news.example.org/cafe</link></item></channel></rss>")
    answer = await add_feed(fast_bot, news_web.serve("/broken", broken))
    assert "Tom & Jerry News" in answer.content and "1 items" in answer.content


async def test_changed_updated_date_or_order_does_not_repost(
        fast_bot: RunningBot, news_web: NewsWeb) -> None:
    items = feedgen.entries(3)
    news_web.serve("/feed", feedgen.atom("Desk", items))
    await add_feed(fast_bot, news_web.url("/feed"))
    for entry in items:
        entry.updated = feedgen.BASE_TIME + timedelta(minutes=30)
    news_web.serve("/feed", feedgen.atom("Desk", list(reversed(items))))
    hits = news_web.hits["/feed"]
    await news_web.wait_for_hits("/feed", hits + 2)
    # The poll of the changed feed has finished (the next one has begun) and queued
    # nothing: looking at the channel could pass only because sending lags.
    assert await outbox.count_by_status(fast_bot.bot.db) == {}


async def test_unchanged_feed_answers_304(fast_bot: RunningBot, news_web: NewsWeb) -> None:
    news_web.serve("/feed", feedgen.rss("Desk", feedgen.entries(2)), etag=True)
    await add_feed(fast_bot, news_web.url("/feed"))
    await news_web.wait_for_hits("/feed", 3)
    # The add fetched the body once; every poll after it is a conditional request.
    assert news_web.not_modified["/feed"] == news_web.hits["/feed"] - 1


async def test_more_than_the_cap_becomes_one_line(fast_bot: RunningBot,
                                                  news_web: NewsWeb) -> None:
    items = feedgen.entries(1)
    news_web.serve("/feed", feedgen.rss("Busy Desk", items))
    await add_feed(fast_bot, news_web.url("/feed"))
    news_web.serve("/feed", feedgen.rss("Busy Desk", items + feedgen.entries(8, start=1)))
    more = await fast_bot.fake.wait_for_message(lambda m: "3 more" in m.content, timeout=10)
    stories = [m for m in posted_in(fast_bot, "news") if titled("Story")(m)]
    assert [m.embeds[0]["title"] for m in stories] == [f"Story {n}" for n in range(1, 6)]
    assert more.id > stories[-1].id


async def test_two_servers_on_one_url_cause_one_fetch(fast_bot: RunningBot,
                                                      news_web: NewsWeb) -> None:
    url = news_web.serve("/shared", feedgen.rss("Shared", feedgen.entries(1)))
    other = fast_bot.fake.add_guild("Other Server")
    await fast_bot.bot.wait_for("guild_join", timeout=5)
    await add_feed(fast_bot, url)
    interaction = await fast_bot.fake.invoke("feed add", {"url": url}, guild=other,
                                             channel="news")
    await interaction.final()
    news_web.serve("/shared", feedgen.rss("Shared", feedgen.entries(2)))
    first = await fast_bot.fake.wait_for_message(
        lambda m: titled("Story 1")(m) and m.guild_id == fast_bot.guild.id, timeout=10)
    second = await fast_bot.fake.wait_for_message(
        lambda m: titled("Story 1")(m) and m.guild_id == other.id, timeout=10)
    assert first.id != second.id
    # One feed row behind both subscriptions, so each poll fetches the URL once for both
    # servers: after the two adds, every fetch is one of the poller's, one per round.
    views = [*await store.list_subscriptions(fast_bot.bot.db, fast_bot.guild.id),
             *await store.list_subscriptions(fast_bot.bot.db, other.id)]
    assert len(views) == 2 and views[0].feed.id == views[1].feed.id
    poller = fast_bot.bot.get_cog("FeedsCog").poller  # type: ignore[union-attr]
    assert news_web.hits["/shared"] <= 2 + poller.fetch_count
