"""Kill points for the SIGKILL tests: right after the fake Discord stored a new message
from the bot (before the bot hears the answer), or at a random moment of a run."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.sandbox import FakeDiscord
from bot.sandbox.messages import FakeMessage
from bot.storage.database import Database
from tests.faults.botprocess import BotProcess

ROUND_TIMEOUT = 30.0


@dataclass
class KillLab:
    """The bot as a process to kill, the forgetful fake Discord it talks to, and its
    (migrated) database, which the test reads and seeds."""

    fake: FakeDiscord
    db: Database
    child: BotProcess


async def wait_for_exit(child: BotProcess, timeout: float = ROUND_TIMEOUT) -> None:
    if not await asyncio.to_thread(child.wait_or_timeout, timeout):
        child.kill_now()
    await asyncio.to_thread(child.reap)


async def kill_right_after_a_post(child: BotProcess, fake: FakeDiscord) -> bool:
    """SIGKILL the moment Discord stores a new message of the bot's: before the bot hears
    the answer. Whether that happened: a run that posts nothing is killed after
    ROUND_TIMEOUT."""
    known = set(fake.messages_by_id)
    posted: list[FakeMessage] = []

    def on_message(message: FakeMessage) -> None:
        if message.id not in known and message.author.get("id") == str(fake.bot_user_id):
            child.kill_now()
            posted.append(message)

    fake.message_listeners.append(on_message)
    try:
        child.start()
        await wait_for_exit(child)
    finally:
        fake.message_listeners.remove(on_message)
    return bool(posted)


async def kill_at_a_random_moment(child: BotProcess, fake: FakeDiscord,
                                  rng: random.Random) -> None:
    started = time.monotonic()
    child.start()
    # Once the process talks to Discord (imports done), a random kill point: logging in,
    # connecting, migrating, or a post in flight. The sleep picks the point; it syncs nothing.
    await fake.wait_for_request(lambda r: r.time > started, timeout=ROUND_TIMEOUT)
    await asyncio.sleep(rng.uniform(0.0, 1.5))
    child.kill_now()
    await wait_for_exit(child)


async def wait_until_none_left(left: Callable[[], Awaitable[int]], timeout: float,
                               what: str) -> None:
    """Poll `left()` (rows not yet sent, say) until it answers 0."""
    deadline = time.monotonic() + timeout
    while await left() > 0:
        assert time.monotonic() < deadline, what
        await asyncio.sleep(0.2)
