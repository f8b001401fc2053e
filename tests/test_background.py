"""A background loop stops when its owner cancels it, even if woken at that moment."""

from __future__ import annotations

import asyncio

from bot.background import WorkLoop, together


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


async def test_together_ends_only_after_every_part_has_ended() -> None:
    unwound = asyncio.Event()

    async def quick() -> None:
        await asyncio.sleep(30)

    async def slow_to_stop() -> None:
        try:
            await asyncio.sleep(30)
        finally:  # a database call finishing, say
            await asyncio.sleep(0.05)
            unwound.set()

    task = asyncio.create_task(together(quick(), slow_to_stop()))
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.wait({task}, timeout=2.0)
    # asyncio.gather ends with the first part cancelled and leaves the other running.
    assert task.cancelled() and unwound.is_set()
