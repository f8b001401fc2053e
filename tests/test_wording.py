"""Replies read right: relative times, the feed name once, unknown subcommands named,
an unreachable site not called a refusal, a failed search not called "no news"."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import pytest

from bot.console.commands import CommandLineError, parse_line
from bot.console.render import inline_markdown
from bot.sandbox import FakeDiscord
from tests.helpers import feedgen
from tests.helpers.harness import RunningBot, running_bot
from tests.helpers.newsweb import NewsWeb

FEED_TREE = [{"name": "feed", "type": 1, "options": [
    {"name": "add", "type": 1, "options": []}, {"name": "list", "type": 1, "options": []}]}]


def test_discord_timestamps_read_in_the_singular_for_one() -> None:
    now = int(time.time())
    assert inline_markdown(f"<t:{now - 61}:R>", None) == "1 minute ago"
    assert inline_markdown(f"<t:{now - 150}:R>", None) == "2 minutes ago"
    assert inline_markdown(f"<t:{now - 3700}:R>", None) == "1 hour ago"


def test_console_names_an_unknown_subcommand(fake_discord: FakeDiscord) -> None:
    guild = next(iter(fake_discord.guilds.values()))
    with pytest.raises(CommandLineError) as typo:
        parse_line("/feed ad https://example.org/feed", FEED_TREE, guild)
    assert "no subcommand 'ad'" in str(typo.value) and "add, list" in str(typo.value)
    with pytest.raises(CommandLineError) as bare:
        parse_line("/feed", FEED_TREE, guild)
    assert "needs a subcommand" in str(bare.value)


@pytest.fixture
async def bot_with_dead_search(fake_discord: FakeDiscord, sqlite_database_url: str,
                               news_web: NewsWeb) -> AsyncIterator[RunningBot]:
    news_web.serve("/search", "overloaded", status=503)
    news_web.serve("/gdelt", "overloaded", status=503)
    overrides = {"SEARCH_GOOGLE_NEWS": "true", "SEARCH_GOOGLE_NEWS_URL": news_web.url("/search"),
                 "SEARCH_GDELT": "true", "SEARCH_GDELT_URL": news_web.url("/gdelt")}
    async with running_bot(fake_discord, sqlite_database_url, overrides) as running:
        yield running


async def test_news_says_the_search_failed_when_no_provider_answers(
        bot_with_dead_search: RunningBot) -> None:
    bot = bot_with_dead_search
    answer = await (await bot.fake.invoke("news", {"query": "Calderon port"},
                                          guild=bot.guild)).final(timeout=30)
    assert "search failed" in answer.content and answer.ephemeral
    assert "No stories found" not in answer.content


async def test_feed_added_names_the_feed_once(storyline: RunningBot, news_web: NewsWeb) -> None:
    url = news_web.serve("/feed", feedgen.rss("Lanterna Courier", feedgen.entries(1)))
    added = await (await storyline.fake.invoke("feed add", {"url": url}, guild=storyline.guild,
                                               channel="news")).final(timeout=15)
    assert added.content.startswith("Added **Lanterna Courier**")
    assert "(Lanterna Courier)" not in added.content


async def test_unresolvable_site_is_not_called_a_refusal(storyline: RunningBot) -> None:
    answer = await (await storyline.fake.invoke(
        "summarize", {"url": "https://no-such-host.invalid/story"},
        guild=storyline.guild)).final(timeout=30)
    assert "could not reach that site" in answer.content
    assert "won't" not in answer.content
