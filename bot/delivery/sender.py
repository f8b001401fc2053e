"""Drains the outbox: paced, retried with backoff, idempotent through message nonces."""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from bot.background import WorkLoop
from bot.delivery.pacing import Pacer
from bot.delivery.transport import DeliveryError, Transport
from bot.storage import outbox
from bot.storage.database import Database
from bot.storage.outbox import OutboxEntry
from bot.storage.types import utcnow

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
MAX_BACKOFF = timedelta(minutes=30)
BATCH_SIZE = 500
CONCURRENT_CHANNELS = 64
IDLE_WAIT_SECONDS = 30.0

RouteFailed = Callable[[int, int, str, list[int]], Awaitable[None]]


def backoff_for(attempts: int) -> timedelta:
    return min(MAX_BACKOFF, timedelta(seconds=5 * 2 ** max(0, attempts - 1)))


class OutboxSender:
    def __init__(self, db: Database, transport: Transport, *, pacer: Pacer | None = None,
                 clock: Callable[[], datetime] = utcnow,
                 on_route_failed: RouteFailed | None = None) -> None:
        self.db = db
        self.transport = transport
        self.pacer = pacer or Pacer()
        self.clock = clock
        self.on_route_failed = on_route_failed
        self._loop = WorkLoop("delivery", self.deliver_due, clock=lambda: self.clock(),
                              next_due=lambda: outbox.next_attempt_time(self.db),
                              idle=IDLE_WAIT_SECONDS)
        self._channel_slots = asyncio.Semaphore(CONCURRENT_CHANNELS)
        self.sent_count = 0

    def wake(self) -> None:
        self._loop.wake()

    async def run(self) -> None:
        await self._loop.run()

    async def deliver_due(self) -> int:
        """Send everything due now, channel by channel in order; returns messages sent."""
        sent = 0
        while True:
            entries = await outbox.due_entries(self.db, self.clock(), BATCH_SIZE)
            if not entries:
                return sent
            by_channel: dict[int, list[OutboxEntry]] = defaultdict(list)
            for entry in entries:
                by_channel[entry.channel_id].append(entry)
            results = await asyncio.gather(*(self._drain_channel(channel_entries)
                                             for channel_entries in by_channel.values()))
            # Channels idle for a minute need no pacing history (bounded memory).
            self.pacer.forget_idle()
            sent += sum(results)
            if sum(results) == 0:
                return sent

    async def _drain_channel(self, entries: list[OutboxEntry]) -> int:
        async with self._channel_slots:
            return await self._send_in_order(entries)

    async def _send_in_order(self, entries: list[OutboxEntry]) -> int:
        sent = 0
        for entry in entries:
            await self.pacer.acquire(entry.channel_id)
            try:
                message_id = await self.transport.send(entry.channel_id, entry.payload,
                                                       entry.nonce)
            except DeliveryError as error:
                if error.permanent:
                    await self._route_failed(entry, str(error))
                    return sent
                await self._retry_later(entry, error)
                # Keep this channel's order: later posts wait for the one that failed.
                return sent
            await outbox.mark_sent(self.db, entry, message_id, self.clock())
            self.sent_count += 1
            sent += 1
        return sent

    async def _retry_later(self, entry: OutboxEntry, error: DeliveryError) -> None:
        if error.rejected or entry.attempts + 1 >= MAX_ATTEMPTS:
            log.warning("giving up on outbox %s after %d attempts: %s", entry.id,
                        entry.attempts + 1, error)
            await outbox.mark_failed(self.db, entry, str(error), self.clock())
            return
        delay = backoff_for(entry.attempts + 1)
        if error.retry_after is not None:
            delay = max(delay, timedelta(seconds=error.retry_after))
        await outbox.mark_retry(self.db, entry, str(error), self.clock() + delay)

    async def _route_failed(self, entry: OutboxEntry, error: str) -> None:
        log.warning("channel %s of guild %s refused delivery: %s", entry.channel_id,
                    entry.guild_id, error)
        await outbox.mark_failed(self.db, entry, error, self.clock())
        stopped = await outbox.fail_route(self.db, entry.guild_id, entry.channel_id, error,
                                          self.clock())
        if self.on_route_failed is not None:
            await self.on_route_failed(entry.guild_id, entry.channel_id, error, stopped)
