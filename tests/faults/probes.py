"""What a user notices while a fault lasts: does /about still answer within 3 s?"""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.sandbox import FakeDiscord, FakeGuild

INTERACTION_DEADLINE = 3.0
PROBE_INTERVAL = 0.5


class AboutProbe:
    """Runs /about every half second; a missing answer counts as an infinite latency."""

    def __init__(self, fake: FakeDiscord, guild: FakeGuild, channel: str) -> None:
        self.fake, self.guild, self.channel = fake, guild, channel
        self.latencies: list[float] = []

    @property
    def worst(self) -> float:
        return max(self.latencies, default=0.0)

    async def _ask(self) -> None:
        interaction = await self.fake.invoke("about", guild=self.guild, channel=self.channel)
        try:
            await interaction.response(timeout=INTERACTION_DEADLINE)
        except TimeoutError:
            self.latencies.append(math.inf)
            return
        self.latencies.append(interaction.latency or 0.0)

    async def _run(self) -> None:
        asks: set[asyncio.Task[None]] = set()
        try:
            while True:
                task = asyncio.create_task(self._ask())
                asks.add(task)
                task.add_done_callback(asks.discard)
                await asyncio.sleep(PROBE_INTERVAL)  # the probe's pace, not a synchronisation
        finally:
            await asyncio.gather(*asks, return_exceptions=True)


@asynccontextmanager
async def probing_about(fake: FakeDiscord, guild: FakeGuild,
                        channel: str) -> AsyncIterator[AboutProbe]:
    probe = AboutProbe(fake, guild, channel)
    runner = asyncio.create_task(probe._run())
    try:
        yield probe
    finally:
        runner.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await runner
