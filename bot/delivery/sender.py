"""Drains the outbox: paced, in order per channel, retried with backoff for as long as
Discord is unreachable, and exactly once: a post that may already have gone out (a
crash or a timeout during its request) is looked for in its target before a resend."""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from bot.background import LoopWorker, gather_settled
from bot.delivery import reconcile
from bot.delivery.pacing import Pacer
from bot.delivery.transport import DeliveryError, Transport
from bot.delivery.webhooks import lane_for
from bot.metrics import RETRIES
from bot.storage import outbox
from bot.storage.database import Database
from bot.storage.outbox import OutboxEntry
from bot.storage.types import utcnow

log = logging.getLogger(__name__)

FIRST_BACKOFF_SECONDS = 5.0
# Short enough that the queue drains within minutes of an outage's end, however long it was.
MAX_BACKOFF = timedelta(minutes=2)
BATCH_SIZE = 500
CONCURRENT_CHANNELS = 64
IDLE_WAIT_SECONDS = 30.0

RouteFailed = Callable[[int, int, str, list[int]], Awaitable[None]]
# (now, limit) -> the posts to send this round; the runtime passes a claiming variant
# when several processes share the outbox.
DueEntries = Callable[[datetime, int], Awaitable[list[OutboxEntry]]]


def backoff_for(attempts: int, ceiling: timedelta = MAX_BACKOFF) -> timedelta:
    doubling = min(max(0, attempts - 1), 20)  # bounded: hours of retries must not overflow
    return min(ceiling, timedelta(seconds=FIRST_BACKOFF_SECONDS * 2 ** doubling))


class OutboxSender(LoopWorker):
    def __init__(self, db: Database, transport: Transport, *, pacer: Pacer | None = None,
                 clock: Callable[[], datetime] = utcnow,
                 on_route_failed: RouteFailed | None = None,
                 due_entries: DueEntries | None = None) -> None:
        self.db = db
        self._due_entries: DueEntries = due_entries or (
            lambda now, limit: outbox.due_entries(self.db, now, limit))
        self.transport = transport
        self.pacer = pacer or Pacer()
        self.clock = clock
        self.on_route_failed = on_route_failed
        self.max_backoff = MAX_BACKOFF
        self._run_rounds("delivery", self.deliver_due, idle=IDLE_WAIT_SECONDS,
                         next_due=lambda: outbox.next_attempt_time(self.db))
        self._channel_slots = asyncio.Semaphore(CONCURRENT_CHANNELS)
        self.sent_count = 0

    async def deliver_due(self) -> int:
        """Send everything due now, channel by channel in order; returns messages sent."""
        sent = 0
        while True:
            entries = await self._due_entries(self.clock(), BATCH_SIZE)
            if not entries:
                return sent
            by_channel: dict[int, list[OutboxEntry]] = defaultdict(list)
            for entry in entries:
                by_channel[entry.channel_id].append(entry)
            results = await gather_settled(*(self._drain_channel(channel_entries)
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
            try:
                message_id = await self._deliver_once(entry)
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

    async def _deliver_once(self, entry: OutboxEntry) -> int:
        """Send the post unless an earlier attempt already put it in its target."""
        if entry.attempts > 0:
            found = await self._already_delivered(entry)
            if found is not None:
                log.info("outbox %s was already posted as %s; not sending it again",
                         entry.id, found)
                return found
        await outbox.mark_attempt(self.db, entry)
        # Paced right before the send: a grant followed by a slow database write would
        # let sends bunch up past Discord's 50/s when the writes catch up.
        await self.pacer.acquire(entry.channel_id, lane_for(entry.payload))
        return await self.transport.send(entry.channel_id,
                                         reconcile.stamp(entry.payload, entry.nonce),
                                         entry.nonce)

    async def _already_delivered(self, entry: OutboxEntry) -> int | None:
        # `legacy`: a row attempted by the previous release carries its older marker.
        return await reconcile.look_for_post(self.transport, entry.channel_id, entry.nonce,
                                             entry.created_at, legacy=True)

    async def _retry_later(self, entry: OutboxEntry, error: DeliveryError) -> None:
        if error.rejected:
            log.warning("Discord rejected outbox %s: %s", entry.id, error)
            await outbox.mark_failed(self.db, entry, str(error), self.clock())
            return
        RETRIES.labels(what="delivery").inc()
        delay = backoff_for(entry.attempts + 1, self.max_backoff)
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
