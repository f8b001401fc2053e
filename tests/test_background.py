"""A background loop stops when its owner cancels it, even if woken at that moment."""

from __future__ import annotations

import asyncio

from bot.background import WorkLoop


async def test_a_loop_woken_as_it_is_cancelled_still_stops() -> None:
    rounds = 0

    async def work() -> None:
        nonlocal rounds
        rounds += 1

    loop = WorkLoop("test", work, idle=30.0)
    task = asyncio.create_task(loop.run())
    for _ in range(3):
        await asyncio.sleep(0)
    assert rounds == 1  # one round done, now waiting for a wake-up
    # News arrives as the runtime shuts down: the wake-up must not swallow the cancel
    # (asyncio.wait_for on Python 3.11 returns the finished wait and drops it).
    loop.wake()
    task.cancel()
    await asyncio.wait({task}, timeout=2.0)
    assert task.cancelled()
    assert rounds <= 2
