"""A catastrophic regex filter against the real bot: `(a+)+$` is refused at `/feed filter`,
and a pattern the refusal lets through, though just as exponential, runs on a feed of 150
items with 5,000-character titles while /about keeps answering within 3 s and another
feed's new item still arrives within 15 s."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.sandbox import FakeDiscord
from bot.storage.tables import item_decisions
from tests.faults.probes import INTERACTION_DEADLINE, probing_about
from tests.helpers import clock, feedgen
from tests.helpers.databases import sqlite_url
from tests.helpers.feedbot import FAST_POLLING
from tests.helpers.harness import RunningBot, running_bot
from tests.helpers.newsweb import NewsWeb

REFUSED = "(a+)+$"
# Overlapping alternatives: exponential backtracking without a nested quantifier.
ACCEPTED_BUT_EXPONENTIAL = "(a|aa)+$"
HOSTILE_ITEMS = 150
TITLE_LENGTH = 5000
HOSTILE_ROUNDS = 3
OTHER_FEED_DEADLINE = 15.0
pytestmark = pytest.mark.timeout(180)


@pytest.fixture
async def running(fake_discord: FakeDiscord, tmp_path: Path) -> AsyncIterator[RunningBot]:
    async with running_bot(fake_discord, sqlite_url(tmp_path), FAST_POLLING) as bot:
        yield bot


def hostile_items(round_number: int) -> list[feedgen.Entry]:
    now = clock.now().replace(microsecond=0)
    return [feedgen.Entry(title="a" * (TITLE_LENGTH - 1) + "!",
                          link=f"https://hostile.example/{round_number}/{n}", published=now)
            for n in range(HOSTILE_ITEMS)]


async def slash(bot: RunningBot, name: str, **options: object) -> str:
    interaction = await bot.fake.invoke(name, options, guild=bot.guild, channel="news")
    return (await interaction.final(timeout=20)).content


async def stopped_by_the_time_limits(bot: RunningBot) -> int:
    async with bot.bot.db.connect_readonly() as conn:
        return int((await conn.execute(sa.select(sa.func.count()).where(
            item_decisions.c.decision == "filtered",
            item_decisions.c.detail.contains("s and was stopped")
            | item_decisions.c.detail.contains("per poll")))).scalar_one())


async def test_an_exponential_regex_never_stalls_commands_or_other_feeds(
        running: RunningBot, news_web: NewsWeb) -> None:
    hostile = news_web.serve("/hostile", feedgen.rss("Hostile Desk", feedgen.entries(
        1, prefix="Seed", site="https://hostile.example")))
    calm_items = feedgen.entries(2, prefix="Calm")
    calm = news_web.serve("/calm", feedgen.rss("Calm Desk", calm_items))
    assert "Added" in await slash(running, "feed add", url=hostile)
    assert "Added" in await slash(running, "feed add", url=calm)

    refusal = await slash(running, "feed filter", feed="Hostile Desk", regex=REFUSED)
    assert "exponential" in refusal
    accepted = await slash(running, "feed filter", feed="Hostile Desk",
                           regex=ACCEPTED_BUT_EXPONENTIAL)
    assert ACCEPTED_BUT_EXPONENTIAL in accepted

    async with probing_about(running.fake, running.guild, "news") as probe:
        for round_number in range(HOSTILE_ROUNDS):
            news_web.serve("/hostile", feedgen.rss("Hostile Desk", hostile_items(round_number)))
            await news_web.wait_for_hits("/hostile", news_web.hits["/hostile"] + 2, timeout=30)
            if round_number == 0:
                # The other feed's item appears while the hostile feed keeps the filter busy.
                fresh = feedgen.entries(1, prefix="Calm", start=2)
                news_web.serve("/calm", feedgen.rss("Calm Desk", calm_items + fresh))
                published = time.monotonic()
                await running.fake.wait_for_message(
                    lambda m: any(e.get("title") == "Calm 2" for e in m.embeds),
                    timeout=OTHER_FEED_DEADLINE)
                other_feed_delay = time.monotonic() - published
    stopped = await stopped_by_the_time_limits(running)
    print(f"\nregex filter {ACCEPTED_BUT_EXPONENTIAL}: {HOSTILE_ROUNDS} x {HOSTILE_ITEMS} items "
          f"of {TITLE_LENGTH} characters, {stopped} stopped by the time limits; /about asked "
          f"{len(probe.latencies)} times, slowest {probe.worst:.2f} s; other feed's item "
          f"after {other_feed_delay:.1f} s")
    assert stopped > 0  # the pattern really was expensive
    assert probe.worst < INTERACTION_DEADLINE, probe.latencies
    assert other_feed_delay < OTHER_FEED_DEADLINE
    assert not [m for m in running.fake.messages("news", running.guild)
                if any(str(e.get("title", "")).startswith("aaaa") for e in m.embeds)]
