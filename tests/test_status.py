"""/status: a manager sees the server's feeds by health, with a failing feed's last error."""

from __future__ import annotations

import json

from bot.sandbox import FakeDiscord, FakeMessage
from tests.helpers import feedgen
from tests.helpers.harness import RunningBot, running_bot
from tests.helpers.newsweb import NewsWeb
from tests.helpers.waiting import eventually

FAST = {"FEED_INTERVAL_DEFAULT": "1", "FEED_INTERVAL_MIN": "1"}


async def status(bot: RunningBot, **kwargs: object) -> FakeMessage:
    interaction = await bot.fake.invoke("status", {}, guild=bot.guild, channel="news",
                                        **kwargs)  # type: ignore[arg-type]
    return await interaction.final(timeout=15)


async def add_feed(bot: RunningBot, url: str, name: str) -> None:
    added = await bot.fake.invoke("feed add", {"url": url, "name": name}, guild=bot.guild,
                                  channel="news")
    assert (await added.final(timeout=15)).content.startswith("Added")


async def test_status_lists_a_failing_feed_with_its_last_error(
        fake_discord: FakeDiscord, sqlite_database_url: str, news_web: NewsWeb) -> None:
    async with running_bot(fake_discord, sqlite_database_url, FAST) as bot:
        healthy = news_web.serve("/good", feedgen.rss("Good Desk", feedgen.entries(1)))
        broken = news_web.serve("/bad", feedgen.rss("Bad Desk", feedgen.entries(1)))
        await add_feed(bot, healthy, "Good Desk")
        await add_feed(bot, broken, "Bad Desk")
        news_web.serve("/bad", "down for maintenance", status=500)
        await news_web.wait_for_hits("/bad", news_web.hits["/bad"] + 2, timeout=20)

        async def failing_listed() -> dict[str, str] | None:
            embed = (await status(bot)).embeds[0]
            fields = {f["name"]: f["value"] for f in embed.get("fields", [])}
            return fields if any(n.startswith("❌ Failing") for n in fields) else None

        fields = await eventually(failing_listed, timeout=20, what="a failing feed")
        failing = next(v for n, v in fields.items() if n.startswith("❌ Failing (1)"))
        assert "**Bad Desk**" in failing and "the server answered 500" in failing
        ok = next(v for n, v in fields.items() if n.startswith("✅ OK (1)"))
        assert "Good Desk" in ok
        reply = await status(bot)
        assert reply.ephemeral
        summary = reply.embeds[0]["description"]
        assert "2 feeds · 0 followed topics" in summary and "queued" in summary

        member = bot.guild.add_member("reader")
        refused = await status(bot, user=member)
        assert refused.ephemeral and "to use /status" in refused.content
        assert "fields" not in json.dumps(refused.embeds)
