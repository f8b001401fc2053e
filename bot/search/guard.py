"""Keeping providers polite and the bot responsive: backoff, pacing, caching.

:class:`GuardedProvider` wraps any :class:`SearchProvider` and is one itself, so
callers never see the difference. After a failure the provider is skipped (an
immediate :class:`ProviderSkipped`) until its backoff expires; requests are spaced
out by a minimum interval; identical searches running at once share one request, and
answers are reused for a few minutes. All timing goes through an injectable clock.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bot.search.base import (
    DEFAULT_LIMIT,
    ProviderError,
    ProviderSkipped,
    SearchProvider,
    SearchResult,
)
from bot.search.common import newest_within

log = logging.getLogger(__name__)

MonotonicClock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]

BACKOFF_BASE = 60.0
BACKOFF_CAP = 30 * 60.0
# A Retry-After beyond this is more likely a bad header than a real request.
MAX_RETRY_AFTER = 24 * 3600.0
CACHE_SECONDS = 300.0
CACHE_ENTRIES = 256
# `since` is rounded down to this many seconds before asking, so searches a minute
# apart share an answer; the exact cut is re-applied to the results.
SINCE_BUCKET = 600


@dataclass
class Backoff:
    """Exponential backoff per provider: ``base``, 2×, 4×, ... up to ``cap`` seconds.

    A Retry-After from the provider is honoured even when it is longer. Once the
    backoff expires a single trial request is let through; others keep being skipped
    until it answers."""

    base: float = BACKOFF_BASE
    cap: float = BACKOFF_CAP
    clock: MonotonicClock = time.monotonic
    failures: int = 0
    blocked_until: float = 0.0
    last_reason: str = ""
    _trial_running: bool = field(default=False, repr=False)

    def remaining(self) -> float:
        return max(0.0, self.blocked_until - self.clock())

    def try_acquire(self) -> bool:
        """True if a request may go out now (and, when recovering, claims the trial)."""
        if self.failures == 0:
            return True
        if self.remaining() > 0 or self._trial_running:
            return False
        self._trial_running = True
        return True

    def succeeded(self) -> None:
        self.failures = 0
        self.blocked_until = 0.0
        self.last_reason = ""
        self._trial_running = False

    def failed(self, reason: str, retry_after: float | None = None) -> float:
        """Record a failure; returns how many seconds the provider is now skipped."""
        self.failures += 1
        self._trial_running = False
        delay = min(self.cap, self.base * 2.0 ** min(self.failures - 1, 32))
        if retry_after is not None:
            delay = max(delay, min(retry_after, MAX_RETRY_AFTER))
        self.blocked_until = self.clock() + delay
        self.last_reason = reason
        return delay

    def released(self) -> None:
        """The trial ended without a verdict (the query itself was refused)."""
        self._trial_running = False


class Pacer:
    """Spaces request starts at least ``interval`` seconds apart, without holding a lock
    while waiting: each caller reserves the next free slot, then sleeps until it."""

    def __init__(self, interval: float, *, clock: MonotonicClock = time.monotonic,
                 sleep: Sleep = asyncio.sleep) -> None:
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._next_slot = -math.inf

    async def wait_turn(self, max_wait: float) -> bool:
        """Wait for a slot; False (without waiting) if the next one is over ``max_wait`` away."""
        if self.interval <= 0:
            return True
        now = self._clock()
        slot = max(now, self._next_slot)
        if slot - now > max_wait:
            return False
        self._next_slot = slot + self.interval
        if slot > now:
            await self._sleep(slot - now)
        return True


@dataclass
class _CacheEntry:
    expires: float
    results: list[SearchResult]


CacheKey = tuple[str, int | None, int]


class GuardedProvider:
    """A provider with backoff, pacing, an overall deadline, sharing and a short cache."""

    def __init__(self, provider: SearchProvider, *, deadline: float = 25.0,
                 min_interval: float = 0.0, max_queue_wait: float = 20.0,
                 cache_seconds: float = CACHE_SECONDS, backoff: Backoff | None = None,
                 clock: MonotonicClock = time.monotonic, sleep: Sleep = asyncio.sleep) -> None:
        self.provider = provider
        self.name = provider.name
        self.backoff = backoff if backoff is not None else Backoff(clock=clock)
        self._deadline = deadline
        self._pacer = Pacer(min_interval, clock=clock, sleep=sleep)
        self._max_queue_wait = max_queue_wait
        self._cache_seconds = cache_seconds
        self._clock = clock
        self._cache: dict[CacheKey, _CacheEntry] = {}
        self._in_flight: dict[CacheKey, asyncio.Task[list[SearchResult]]] = {}

    async def search(self, query: str, *, since: datetime | None = None,
                     limit: int = DEFAULT_LIMIT) -> list[SearchResult]:
        if since is not None and since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        window_start = _bucket(since)
        key = (" ".join(query.casefold().split()), window_start, limit)
        cached = self._cached(key)
        if cached is not None:
            return newest_within(cached, since, limit)
        task = self._in_flight.get(key)
        if task is None:
            wider_since = None if window_start is None else datetime.fromtimestamp(
                window_start, UTC)
            task = asyncio.ensure_future(self._ask(key, query, wider_since, limit))
            self._in_flight[key] = task
            task.add_done_callback(lambda done: self._finished(key, done))
        # Shielded: one caller giving up must not cancel the answer others wait for.
        results = await asyncio.shield(task)
        return newest_within(results, since, limit)

    async def close(self) -> None:
        """Cancel searches still running (at shutdown)."""
        pending = list(self._in_flight.values())
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    def _cached(self, wanted: CacheKey) -> list[SearchResult] | None:
        """A fresh answer for the same query whose window and limit cover the wanted ones.

        The newest ``limit`` results of a wider window include every result of a
        narrower one, so they can be cut down instead of asking again."""
        query, window_start, limit = wanted
        now = self._clock()
        for (cached_query, cached_start, cached_limit), entry in self._cache.items():
            if (cached_query == query and cached_limit >= limit and entry.expires > now
                    and _covers(cached_start, window_start)):
                return entry.results
        return None

    def _finished(self, key: CacheKey, task: asyncio.Task[list[SearchResult]]) -> None:
        self._in_flight.pop(key, None)
        if not task.cancelled():
            task.exception()  # retrieved here so an unawaited failure is not reported twice

    async def _ask(self, key: CacheKey, query: str, since: datetime | None,
                   limit: int) -> list[SearchResult]:
        if not self.backoff.try_acquire():
            raise ProviderSkipped(self.name, f"resting for {self.backoff.remaining():.0f} s "
                                  f"after: {self.backoff.last_reason}")
        try:
            if not await self._pacer.wait_turn(self._max_queue_wait):
                raise ProviderSkipped(self.name, "too many searches queued")
            async with asyncio.timeout(self._deadline):  # wait_for can drop a cancel on 3.11
                results = await self.provider.search(query, since=since, limit=limit)
        except ProviderError as exc:
            self._judge(exc)
            raise
        except TimeoutError:
            self._fail(f"no answer within {self._deadline:g} s", None)
            raise ProviderError(self.name, f"no answer within {self._deadline:g} s") from None
        except asyncio.CancelledError:
            self.backoff.released()
            raise
        except Exception as exc:  # a bug or an unforeseen answer must not stop the others
            log.exception("search provider %s failed unexpectedly", self.name)
            self._fail(f"unexpected {type(exc).__name__}", None)
            raise ProviderError(self.name, "unexpected failure") from exc
        self.backoff.succeeded()
        self._remember(key, results)
        return results

    def _judge(self, error: ProviderError) -> None:
        if error.counts_as_failure:
            self._fail(error.reason, error.retry_after)
        else:
            self.backoff.released()

    def _fail(self, reason: str, retry_after: float | None) -> None:
        delay = self.backoff.failed(reason, retry_after)
        log.warning("search provider %s failed (%s); skipping it for %.0f s",
                    self.name, reason, delay)

    def _remember(self, key: CacheKey, results: list[SearchResult]) -> None:
        if self._cache_seconds <= 0:
            return
        now = self._clock()
        for stale in [k for k, e in self._cache.items() if e.expires <= now]:
            del self._cache[stale]
        while len(self._cache) >= CACHE_ENTRIES:
            del self._cache[next(iter(self._cache))]
        self._cache[key] = _CacheEntry(now + self._cache_seconds, results)


def _covers(cached_start: int | None, wanted_start: int | None) -> bool:
    # No `since` means the provider's default window, comparable only with itself.
    if cached_start is None or wanted_start is None:
        return cached_start is None and wanted_start is None
    return cached_start <= wanted_start


def _bucket(since: datetime | None) -> int | None:
    if since is None:
        return None
    stamp = math.floor(since.timestamp())
    return stamp - stamp % SINCE_BUCKET


def describe_failure(name: str, error: BaseException) -> str:
    """Why a provider gave no answer, in a few words; logged as its kind deserves."""
    if isinstance(error, ProviderSkipped):
        log.debug("search provider %s skipped: %s", name, error.reason)
        return error.reason
    if isinstance(error, ProviderError):
        # A guarded provider has already logged the failure with its backoff.
        log.info("search provider %s failed: %s", name, error.reason)
        return error.reason
    log.error("search provider %s raised %s", name, type(error).__name__,
              exc_info=(type(error), error, error.__traceback__))
    return f"unexpected {type(error).__name__}"
