"""Following with no feeds at all: the news search providers bring the coverage."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

import pytest

from bot.sandbox import FakeDiscord, FakeMessage
from bot.storage import feeds as feed_store
from bot.storage import follows as follow_store
from bot.storage import guilds
from bot.storage.database import Database
from tests.helpers import clock
from tests.helpers.harness import RunningBot, running_bot
from tests.helpers.newsweb import NewsWeb

HEADLINES = [
    ("Calderon port union sets Friday deadline for new pay offer", "Northern Ledger", 50),
    ("Port Calderon dockers give employers until Friday to improve pay offer",
     "The Meridian Post", 40),
    ("Calderon port workers threaten Friday strike over pay offer", "Harbour Daily", 30),
]


def google_news_answer(items: list[tuple[str, str, int]]) -> str:
    now = clock.now()
    body = "".join(
        f"<item><title>{escape(title)} - {escape(outlet)}</title>"
        f"<link>https://news.google.com/rss/articles/{n}?oc=5</link>"
        f'<guid isPermaLink="false">{n}</guid>'
        f"<pubDate>{format_datetime(now - timedelta(minutes=age))}</pubDate>"
        f'<source url="https://{outlet.lower().replace(" ", "")}.example">{escape(outlet)}'
        f"</source></item>" for n, (title, outlet, age) in enumerate(items))
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>Google News</title>{body}</channel></rss>")


@pytest.fixture
async def searching_bot(fake_discord: FakeDiscord, sqlite_database_url: str,
                        news_web: NewsWeb) -> AsyncIterator[RunningBot]:
    news_web.serve("/rss/search", google_news_answer(HEADLINES),
                   content_type="application/rss+xml")
    overrides = {"SEARCH_GOOGLE_NEWS": "true",
                 "SEARCH_GOOGLE_NEWS_URL": news_web.url("/rss/search")}
    async with running_bot(fake_discord, sqlite_database_url, overrides) as running:
        yield running


def text_of(message: FakeMessage) -> str:
    return message.content + json.dumps(message.embeds)


async def test_follow_works_with_zero_feeds(searching_bot: RunningBot,
                                            news_web: NewsWeb) -> None:
    bot = searching_bot
    answer = await (await bot.fake.invoke("follow add", {"topic": "Calderon port strike"},
                                          guild=bot.guild, channel="news")).final()
    assert "Following" in answer.content
    post = await bot.fake.wait_for_message(
        lambda m: "Following:" in text_of(m) and "3 sources" in text_of(m), timeout=30)
    assert "Harbour Daily" in text_of(post) and "Northern Ledger" in text_of(post)
    assert news_web.hits["/rss/search"] >= 1


async def test_news_searches_live_when_stored_coverage_is_thin(
        searching_bot: RunningBot, news_web: NewsWeb) -> None:
    bot = searching_bot
    interaction = await bot.fake.invoke("news", {"query": "Calderon port"}, guild=bot.guild)
    assert (await interaction.response())["type"] == 5
    answer = await interaction.final(timeout=30)
    assert "3 sources" in text_of(answer)
    assert news_web.hits["/rss/search"] == 1


async def test_shipped_world_feeds_are_polled_only_while_topics_are_followed(
        db: Database) -> None:
    now = clock.now()
    await feed_store.ensure_system_feeds(db, [("World Desk", "https://world.example/rss")],
                                         600, now)
    assert await feed_store.due_feeds(db, now + timedelta(minutes=1), 10) == []
    await guilds.ensure_guild(db, 1)
    await follow_store.add_follow(db, guild_id=1, topic="Elections", channel_id=5,
                                  created_at=now)
    due = await feed_store.due_feeds(db, now + timedelta(minutes=1), 10)
    assert [f.url for f in due] == ["https://world.example/rss"]
