"""A background loop that does its work in rounds, woken early when there is news."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from bot.storage.types import utcnow

log = logging.getLogger(__name__)


class WorkLoop:
    """Runs `work` again when woken, when `next_due` says the next item is due, or after
    `idle` seconds, whichever comes first. A failing round is logged and retried; the
    loop ends only when its task is cancelled by its owner."""

    def __init__(self, name: str, work: Callable[[], Awaitable[object]], *,
                 next_due: Callable[[], Awaitable[datetime | None]] | None = None,
                 clock: Callable[[], datetime] = utcnow, idle: float = 30.0) -> None:
        self.name = name
        self._work = work
        self._next_due = next_due
        self._clock = clock
        self._idle = idle
        self._wake = asyncio.Event()

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        while True:
            self._wake.clear()
            try:
                await self._work()
            except Exception:
                log.exception("%s round failed; retrying shortly", self.name)
            await self._wait()

    async def _wait(self) -> None:
        timeout = self._idle
        if self._next_due is not None:
            try:
                next_time = await self._next_due()
            except Exception:
                log.exception("%s could not tell when work is next due", self.name)
                next_time = None
            if next_time is not None:
                timeout = max(0.0, min(timeout, (next_time - self._clock()).total_seconds()))
        if timeout > 0:
            # Not asyncio.wait_for: on Python 3.11 it returns normally when a wake-up and
            # the owner's cancel arrive together, and the loop would never end.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(timeout):
                    await self._wake.wait()
