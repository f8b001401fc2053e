"""Pacing below Discord's limits, so posts flow steadily instead of hitting 429s.

Discord allows 50 requests/s per bot and about 5 messages per 5 s per channel; the bot
stays under both with a small margin (discord.py still handles any 429 that slips through).
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable

GLOBAL_REQUESTS_PER_SECOND = 45.0
CHANNEL_MESSAGES = 5
CHANNEL_WINDOW_SECONDS = 5.0
# Discord's buckets are measured on its clock; a margin keeps jitter from tipping us over.
CHANNEL_WINDOW_MARGIN = 0.25


class Pacer:
    def __init__(self, *, per_second: float = GLOBAL_REQUESTS_PER_SECOND,
                 channel_messages: int = CHANNEL_MESSAGES,
                 channel_window: float = CHANNEL_WINDOW_SECONDS + CHANNEL_WINDOW_MARGIN,
                 monotonic: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self._interval = 1.0 / per_second
        self._channel_messages = channel_messages
        self._channel_window = channel_window
        self._monotonic = monotonic
        self._sleep = sleep
        self._next_global = 0.0
        self._recent: dict[int, deque[float]] = {}

    async def acquire(self, channel_id: int) -> None:
        """Wait until one more message may go to this channel. Callers send to one
        channel sequentially, so the per-channel window needs no lock."""
        recent = self._recent.setdefault(channel_id, deque(maxlen=self._channel_messages))
        now = self._monotonic()
        if len(recent) == self._channel_messages:
            free_at = recent[0] + self._channel_window
            if free_at > now:
                await self._sleep(free_at - now)
        # Reserve a global slot without awaiting in between, so concurrent callers
        # each get their own slot.
        now = self._monotonic()
        slot = max(now, self._next_global)
        self._next_global = slot + self._interval
        if slot > now:
            await self._sleep(slot - now)
        recent.append(self._monotonic())

    def forget_idle(self, older_than: float = 60.0) -> None:
        cutoff = self._monotonic() - older_than
        for channel_id in [c for c, r in self._recent.items() if not r or r[-1] < cutoff]:
            del self._recent[channel_id]
