"""Background rounds that fail (a database restarting, say) are retried within seconds,
and no piece of a failed round outlives it."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from bot.background import WorkLoop, gather_settled
from tests.helpers.waiting import eventually


async def test_a_failing_round_is_retried_soon_not_after_the_idle_wait() -> None:
    rounds = 0

    async def work() -> None:
        nonlocal rounds
        rounds += 1
        if rounds < 3:
            raise ConnectionRefusedError("the database is restarting")

    async def never_due() -> None:
        raise ConnectionRefusedError("the database is restarting")

    loop = WorkLoop("test work", work, next_due=never_due, idle=60)
    runner = asyncio.create_task(loop.run())
    try:
        async def third_round() -> bool:
            return rounds >= 3

        # 0.5 s then 1 s after the failures, far below the 60 s idle wait.
        await eventually(third_round, timeout=10, what="the third round")
    finally:
        runner.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await runner


async def test_gather_settled_raises_only_once_every_piece_has_finished() -> None:
    finished: list[str] = []

    async def fails() -> None:
        raise ConnectionResetError("lost the connection")

    async def slow() -> None:
        await asyncio.sleep(0.2)  # a piece still sending when another one fails
        finished.append("slow")

    with pytest.raises(ConnectionResetError):
        await gather_settled(fails(), slow())
    assert finished == ["slow"]
