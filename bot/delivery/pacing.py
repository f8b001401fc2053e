"""Pacing below Discord's limits, so posts flow steadily instead of hitting 429s.

Discord allows 50 requests/s per bot and about 5 messages per 5 s per channel; the bot
stays under both with a small margin (discord.py still handles any 429 that slips through).
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable

# 46/s with a burst of 2 lets at most 48 requests through in any second: 2 below
# Discord's 50, and a sustained rate that stays above 45/s when the event loop is late.
GLOBAL_REQUESTS_PER_SECOND = 46.0
GLOBAL_BURST = 2
CHANNEL_MESSAGES = 5
CHANNEL_WINDOW_SECONDS = 5.0
# Discord's buckets are measured on its clock; a margin keeps jitter from tipping us over.
CHANNEL_WINDOW_MARGIN = 0.25


class TokenBucket:
    """`per_second` requests on average with at most `burst` at once, first come first
    served. Checked when a request is let through, not a schedule of slots booked ahead:
    booked slots that a stalled event loop honours late all fire together when it catches
    up, a burst that tips Discord's 50/s window into 429s."""

    def __init__(self, per_second: float, burst: float, monotonic: Callable[[], float],
                 sleep: Callable[[float], Awaitable[None]]) -> None:
        self._per_second = per_second
        self._burst = burst
        self._monotonic = monotonic
        self._sleep = sleep
        self._tokens = burst
        self._refilled_at = monotonic()
        self._turn = asyncio.Lock()

    async def take(self) -> None:
        async with self._turn:
            self._refill()
            if self._tokens < 1.0:
                await self._sleep((1.0 - self._tokens) / self._per_second)
                self._refill()
            self._tokens -= 1.0

    def _refill(self) -> None:
        now = self._monotonic()
        earned = (now - self._refilled_at) * self._per_second
        self._tokens = min(self._burst, self._tokens + earned)
        self._refilled_at = now


class Pacer:
    """Per-channel message windows, and one global budget per lane: the bot's token
    ("bot") and, separately, webhook executions ("webhook"), which Discord counts per
    address rather than against the bot (see bot.delivery.webhooks)."""

    def __init__(self, *, per_second: float = GLOBAL_REQUESTS_PER_SECOND,
                 burst: int = GLOBAL_BURST,
                 channel_messages: int = CHANNEL_MESSAGES,
                 channel_window: float = CHANNEL_WINDOW_SECONDS + CHANNEL_WINDOW_MARGIN,
                 monotonic: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self._per_second = per_second
        self._burst = float(burst)
        self._channel_messages = channel_messages
        self._channel_window = channel_window
        self._monotonic = monotonic
        self._sleep = sleep
        self._lanes: dict[str, TokenBucket] = {}
        self._recent: dict[int, deque[float]] = {}

    async def acquire(self, channel_id: int, lane: str | None = "bot") -> None:
        """Wait until one more message may go to this channel; `lane` None leaves the
        global budget to the transport (see bot.delivery.webhooks.lane_for). Callers send
        to one channel sequentially, so the per-channel window needs no lock."""
        recent = self._recent.setdefault(channel_id, deque(maxlen=self._channel_messages))
        now = self._monotonic()
        if len(recent) == self._channel_messages:
            free_at = recent[0] + self._channel_window
            if free_at > now:
                await self._sleep(free_at - now)
        if lane is not None:
            await self.acquire_request(lane)
        recent.append(self._monotonic())

    async def acquire_request(self, lane: str = "bot") -> None:
        """One request of a lane's global budget that posts no message (say, creating a
        webhook), so no channel window is spent."""
        bucket = self._lanes.get(lane)
        if bucket is None:
            bucket = self._lanes[lane] = TokenBucket(self._per_second, self._burst,
                                                     self._monotonic, self._sleep)
        await bucket.take()

    def forget_idle(self, older_than: float = 60.0) -> None:
        cutoff = self._monotonic() - older_than
        for channel_id in [c for c, r in self._recent.items() if not r or r[-1] < cutoff]:
            del self._recent[channel_id]
