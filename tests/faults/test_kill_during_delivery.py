"""The bot process SIGKILLed 20 times while it delivers 50 posts to four text
channels and a forum, with Discord's nonce memory shorter than each downtime: every post
must appear exactly once, and no outbox row may be left unsent."""

from __future__ import annotations

import asyncio
import random
import time
from pathlib import Path

import pytest

from bot.sandbox import FakeDiscord
from bot.sandbox.messages import FakeMessage
from bot.storage.database import Database
from tests.faults.botprocess import BotProcess
from tests.faults.delivery_world import DeliveryWorld, unsent_rows
from tests.helpers.databases import sqlite_url

POSTS = 50
KILLS = 20
ROUND_TIMEOUT = 30.0
DRAIN_TIMEOUT = 60.0
pytestmark = pytest.mark.timeout(240)


async def wait_for_exit(child: BotProcess, timeout: float) -> None:
    if not await asyncio.to_thread(child.wait_or_timeout, timeout):
        child.kill_now()
    await asyncio.to_thread(child.reap)


async def kill_right_after_a_post(child: BotProcess, fake: FakeDiscord) -> None:
    """SIGKILL the moment Discord stores a new post: before the bot hears the answer."""
    known = set(fake.messages_by_id)

    def on_message(message: FakeMessage) -> None:
        if message.id not in known and message.author.get("id") == str(fake.bot_user_id):
            child.kill_now()

    fake.message_listeners.append(on_message)
    try:
        child.start()
        await wait_for_exit(child, ROUND_TIMEOUT)
    finally:
        fake.message_listeners.remove(on_message)


async def kill_at_a_random_moment(child: BotProcess, fake: FakeDiscord,
                                  rng: random.Random) -> None:
    started = time.monotonic()
    child.start()
    # Once the process talks to Discord (imports done), a random kill point: logging in,
    # connecting, migrating, or a post in flight. The sleep picks the point; it syncs nothing.
    await fake.wait_for_request(lambda r: r.time > started, timeout=ROUND_TIMEOUT)
    await asyncio.sleep(rng.uniform(0.0, 1.5))
    child.kill_now()
    await wait_for_exit(child, ROUND_TIMEOUT)


async def drain(db: Database, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while await unsent_rows(db) > 0:
        assert time.monotonic() < deadline, "the outbox did not drain"
        await asyncio.sleep(0.2)


async def test_sigkill_during_delivery_loses_and_duplicates_nothing(
        fake: FakeDiscord, tmp_path: Path) -> None:
    world = DeliveryWorld.build(fake, POSTS)
    url = sqlite_url(tmp_path)
    db = Database.connect(url)
    await db.migrate()
    await world.enqueue_posts(db)
    child = BotProcess(fake, url, tmp_path)
    rng = random.Random(11)
    try:
        for round_number in range(KILLS):
            if round_number % 2 == 0:
                await kill_right_after_a_post(child, fake)
            else:
                await kill_at_a_random_moment(child, fake, rng)
        sent_during_kills = sum(world.posted_titles().values())
        child.start()
        await drain(db, DRAIN_TIMEOUT)
        child.stop()
        lost, duplicated = world.lost_and_duplicated()
        print(f"\nkill test: posts={POSTS} kills={child.kills} "
              f"sent_during_kills={sent_during_kills} lost={lost} duplicated={duplicated}")
        assert child.kills >= KILLS, child.log_tail()
        assert 0 < sent_during_kills < POSTS, "the kills must fall during delivery"
        assert (lost, duplicated) == (0, 0), world.posted_titles()
        assert await unsent_rows(db) == 0
        assert fake.server_errors == []
    finally:
        await asyncio.to_thread(child.close)
        await db.close()
