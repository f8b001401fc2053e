"""A background loop that does its work in rounds, woken early when there is news."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from datetime import datetime
from typing import Any, TypeVar

from bot.health import HEARTBEATS
from bot.storage.types import utcnow

log = logging.getLogger(__name__)
T = TypeVar("T")

# A failed round (the database restarting or busy, say) is retried after 0.5 s, then 1 s,
# 2 s, 4 s, then every 5 s (or the loop's idle wait, if shorter): quick to resume after a
# blip, one log line per loop every few seconds during a long outage.
FIRST_RETRY_SECONDS = 0.5
MAX_RETRY_SECONDS = 5.0


async def gather_settled(*work: Awaitable[T]) -> list[T]:
    """Like asyncio.gather, but every piece has finished before the first error is raised:
    no task of a failed round lives on to race the next round over the same rows."""
    results = await asyncio.gather(*work, return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return results  # type: ignore[return-value]


class WorkLoop:
    """Runs `work` again when woken, when `next_due` says the next item is due, or after
    `idle` seconds, whichever comes first. A failing round is logged and retried with a
    growing delay; the loop ends only when its task is cancelled by its owner."""

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
        # The heartbeat is what /healthz reads to tell a live worker from a stalled one.
        key = id(self)
        HEARTBEATS.register(key, self.name, self._idle)
        failures = 0
        try:
            while True:
                self._wake.clear()
                HEARTBEATS.beat(key)
                error: str | None = None
                try:
                    await self._work()
                    failures = 0
                except Exception as failure:
                    failures += 1
                    error = f"{type(failure).__name__}: {failure}"[:200]
                    log.exception("%s round failed; retrying shortly", self.name)
                HEARTBEATS.beat(key, finished=True, error=error)
                await self._wait(failures)
        finally:
            HEARTBEATS.unregister(key)

    def _retry_delay(self, failures: int) -> float:
        doublings = min(max(0, failures - 1), 16)
        return min(self._idle, MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2.0 ** doublings)

    async def _wait(self, failures: int) -> None:
        # After a failure the retry delay rules: work that is due but fails must not spin.
        timeout = self._idle if failures == 0 else self._retry_delay(failures)
        if self._next_due is not None and failures == 0:
            try:
                next_time = await self._next_due()
            except Exception:
                log.exception("%s could not tell when work is next due", self.name)
                next_time = None
                timeout = self._retry_delay(1)
            if next_time is not None:
                timeout = max(0.0, min(timeout, (next_time - self._clock()).total_seconds()))
        if timeout > 0:
            # Not asyncio.wait_for: on Python 3.11 it returns normally when a wake-up and
            # the owner's cancel arrive together, and the loop would never end.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(timeout):
                    await self._wake.wait()


class LoopWorker:
    """A worker whose rounds a WorkLoop runs, on the worker's own `clock` (read at each use,
    so it may be swapped later): `wake()` asks for a round now, `run()` runs rounds until
    its task is cancelled."""

    clock: Callable[[], datetime]
    _loop: WorkLoop

    def _run_rounds(self, name: str, work: Callable[[], Awaitable[object]], *, idle: float,
                    next_due: Callable[[], Awaitable[datetime | None]] | None = None) -> None:
        self._loop = WorkLoop(name, work, next_due=next_due, clock=lambda: self.clock(),
                              idle=idle)

    def wake(self) -> None:
        self._loop.wake()

    async def run(self) -> None:
        await self._loop.run()


async def together(*work: Coroutine[Any, Any, T]) -> list[T]:
    """Like asyncio.gather, but a cancel (or a failure) returns only once every one of
    them has ended. gather returns at the first child cancelled, and a sibling still
    unwinding (say, a database call) runs on after its owner stopped, into the closing
    of the very database it uses."""
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(coroutine) for coroutine in work]
    return [task.result() for task in tasks]
