"""Discord failing for a while: 5xx on the posting routes, then 429 storms (global, then
per route), then gateway disconnects. Posts wait and then all arrive, once each, in order
per channel, while /about keeps answering within 3 s."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from pathlib import Path

import pytest

from bot.sandbox import FakeDiscord
from tests.faults.delivery_world import DeliveryWorld, unsent_rows
from tests.faults.probes import INTERACTION_DEADLINE, probing_about
from tests.helpers.databases import sqlite_url
from tests.helpers.harness import running_bot

POSTS = 40
NONCE_MEMORY_SECONDS = 0.5  # the fake Discord's (see conftest.py)
# Every route a post or a story update takes: messages, forum posts (threads), edits.
POSTING_ROUTES = r"^/channels/\d+/(messages|threads)(/\d+)?$"
SERVER_ERROR_SECONDS = 6.0
RATE_LIMIT_SECONDS = 6.0
DRAIN_TIMEOUT = 45.0
pytestmark = pytest.mark.timeout(120)


async def until(condition_seconds: float) -> None:
    # The storms are scheduled on the fake's clock; the test follows that schedule.
    await asyncio.sleep(condition_seconds)


async def test_storms_lose_and_duplicate_nothing_and_about_stays_quick(
        fake: FakeDiscord, tmp_path: Path) -> None:
    world = DeliveryWorld.build(fake, POSTS)
    async with running_bot(fake, sqlite_url(tmp_path)) as running:
        # Storms last seconds here, not hours: retries come every second at most.
        running.bot.sender.max_backoff = timedelta(seconds=1)
        async with probing_about(fake, world.guild, "wire-1") as probe:
            for method in ("POST", "PATCH"):
                fake.storm(method, POSTING_ROUTES, 503, seconds=SERVER_ERROR_SECONDS)
            await world.enqueue_posts(running.bot.db)
            running.bot.sender.wake()
            await until(SERVER_ERROR_SECONDS)
            fake.storm("*", POSTING_ROUTES, 429, seconds=RATE_LIMIT_SECONDS,
                       retry_after=1.0, global_limit=True)
            await until(RATE_LIMIT_SECONDS)
            fake.storm("*", POSTING_ROUTES, 429, seconds=RATE_LIMIT_SECONDS, retry_after=1.0)
            await until(RATE_LIMIT_SECONDS / 2)
            await fake.disconnect_clients()
            started = time.monotonic()
            while await unsent_rows(running.bot.db) > 0:
                assert time.monotonic() - started < DRAIN_TIMEOUT, "the outbox did not drain"
                await asyncio.sleep(0.2)
        lost, duplicated = world.lost_and_duplicated()
        statuses = [r.status for r in fake.requests if r.path.endswith(("/messages", "/threads"))]
        print(f"\nstorms: posts={POSTS} lost={lost} duplicated={duplicated} "
              f"5xx={sum(1 for s in statuses if s and s >= 500)} "
              f"429={statuses.count(429)} about_worst={probe.worst:.2f}s "
              f"about_asked={len(probe.latencies)}")
        assert (lost, duplicated) == (0, 0), world.posted_titles()
        assert statuses.count(429) > 0 and any(s and s >= 500 for s in statuses)
        assert probe.worst < INTERACTION_DEADLINE, probe.latencies
        for channel in world.targets[:4]:  # each text channel kept its order
            titles = [m.embeds[0]["title"] for m in fake.messages(channel)]
            assert titles == sorted(titles)
