"""Polls each distinct feed URL once per interval and turns new items into outbox posts."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hashlib
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.background import LoopWorker, gather_settled
from bot.feeds.notices import notify_feed_subscribers
from bot.feeds.parse_incremental import scan_feed
from bot.feeds.routing import route_new_items
from bot.metrics import FEEDS_POLLED, FETCH_ERRORS, ITEMS_NEW, fetch_error_kind
from bot.net.http import (
    DEFAULT_TIMEOUT,
    FetchError,
    FetchResult,
    HttpClient,
    retry_after_seconds,
)
from bot.storage import feeds as store
from bot.storage.database import Database, is_outage
from bot.storage.feeds import FeedRow
from bot.storage.tables import feeds as feeds_table
from bot.storage.types import utcnow

log = logging.getLogger(__name__)

FAILING_AFTER = timedelta(hours=24)
MAX_BACKOFF = timedelta(hours=6)
MAX_CACHE_DELAY = timedelta(hours=6)
GONE_STATUSES = frozenset({404, 410})
DUE_BATCH = 200
CONCURRENT_FETCHES = 16
IDLE_WAIT_SECONDS = 60.0


@dataclass(frozen=True)
class PollSettings:
    interval_default: int
    interval_min: int
    max_items_per_poll: int
    # RETENTION_DAYS: an item older than this was forgotten on purpose; never repost it.
    keep_items_for: timedelta = timedelta(days=30)


@dataclass(frozen=True)
class PollOutcome:
    feed_id: int
    status: str  # new | unchanged | failed | disabled
    new_items: int = 0
    queued_posts: int = 0
    error: str | None = None


def _max_age(headers: object) -> timedelta | None:
    cache_control = getattr(headers, "get", lambda _k, _d=None: None)("Cache-Control", "")
    match = re.search(r"max-age=(\d+)", cache_control or "")
    return timedelta(seconds=int(match.group(1))) if match else None


def _spread(feed_id: int, interval: int) -> timedelta:
    # A stable per-feed offset (up to 5% of the interval) keeps feeds added in the same
    # minute from being fetched in the same second forever after.
    return timedelta(seconds=(feed_id * 7919) % max(1, interval // 20))


class FeedPoller(LoopWorker):
    def __init__(self, db: Database, web: HttpClient, settings: PollSettings, *,
                 clock: Callable[[], datetime] = utcnow,
                 on_posts_queued: Callable[[], None] = lambda: None,
                 on_articles_added: Callable[[], None] = lambda: None,
                 fetch_timeout: float = DEFAULT_TIMEOUT,
                 due_feeds: Callable[[datetime, int], Awaitable[list[FeedRow]]] | None = None
                 ) -> None:
        self.db = db
        # The runtime passes a claiming variant when several pollers share the feeds.
        self._due_feeds = due_feeds or (lambda now, limit: store.due_feeds(self.db, now, limit))
        self.web = web
        self.settings = settings
        self.clock = clock
        self.on_posts_queued = on_posts_queued
        self.on_articles_added = on_articles_added
        self.fetch_timeout = fetch_timeout
        self._fetch_slots = asyncio.Semaphore(CONCURRENT_FETCHES)
        self.fetch_count = 0
        # SQLite has one writer at a time. Concurrent polls queue for it here instead of in
        # SQLite's busy handler, which sleeps up to 100 ms between retries and, with 16
        # polls writing at once on a busy machine, gives up with "database is locked".
        self._write_turn: contextlib.AbstractAsyncContextManager[object] = (
            asyncio.Lock() if db.backend == "SQLite" else contextlib.nullcontext())
        self._run_rounds("feed polling", self.poll_due, idle=IDLE_WAIT_SECONDS,
                         next_due=lambda: store.next_due_time(self.db))

    async def poll_due(self) -> list[PollOutcome]:
        due = await self._due_feeds(self.clock(), DUE_BATCH)
        unchanged: list[tuple[FeedRow, FetchResult]] = []
        outcomes = await gather_settled(*(self._poll_with_slot(feed, unchanged)
                                          for feed in due))
        await self._store_unchanged(unchanged)
        if any(outcome.queued_posts for outcome in outcomes):
            self.on_posts_queued()
        if any(outcome.new_items for outcome in outcomes):
            self.on_articles_added()
        return list(outcomes)

    async def _poll_with_slot(self, feed: FeedRow,
                              unchanged: list[tuple[FeedRow, FetchResult]]) -> PollOutcome:
        async with self._fetch_slots:
            try:
                outcome = await self.poll_feed(feed, unchanged)
            except Exception as error:
                if is_outage(error):
                    raise  # not the feed's fault: the round is retried once storage is back
                log.exception("polling feed %s failed unexpectedly", feed.url,
                              extra={"feed": feed.url})
                FETCH_ERRORS.labels(kind="internal").inc()
                outcome = await self._record_failure(feed, f"internal error: {error}"[:200],
                                                     None)
            FEEDS_POLLED.inc()
            ITEMS_NEW.inc(outcome.new_items)
            return outcome

    async def poll_feed(self, feed: FeedRow,
                        unchanged: list[tuple[FeedRow, FetchResult]] | None = None
                        ) -> PollOutcome:
        """Fetch and route one feed. Given `unchanged`, a feed with nothing left to store
        but the poll itself (unchanged, or changed and routed) is added to it for the
        caller to store with the others (_store_unchanged)."""
        headers = {}
        if feed.etag:
            headers["If-None-Match"] = feed.etag
        if feed.last_modified:
            headers["If-Modified-Since"] = feed.last_modified
        self.fetch_count += 1
        try:
            result = await self.web.fetch(feed.url, headers=headers, retries=1,
                                          timeout=self.fetch_timeout)
        except FetchError as error:
            FETCH_ERRORS.labels(kind=fetch_error_kind(error)).inc()
            return await self._record_failure(feed, error.reason, error.retry_after)
        if result.status in GONE_STATUSES:
            FETCH_ERRORS.labels(kind="gone").inc()
            return await self._disable(feed, f"the server answered {result.status}")
        if result.status == 304:
            return await self._unchanged(feed, result, unchanged)
        if result.status >= 400:
            FETCH_ERRORS.labels(kind="http").inc()
            retry_after = retry_after_seconds(result.headers)
            return await self._record_failure(feed, f"the server answered {result.status}",
                                              retry_after)
        body_hash = hashlib.sha256(result.body).hexdigest()
        if body_hash == feed.body_hash:
            return await self._unchanged(feed, result, unchanged)
        # Entries are only identified here; route_new_items reads the new ones in full.
        scan = await asyncio.to_thread(scan_feed, result.body,
                                       content_type=result.headers.get("Content-Type"),
                                       url=result.url)
        if not scan.ok:
            FETCH_ERRORS.labels(kind="parse").inc()
            return await self._record_failure(feed, f"cannot read the feed: {scan.feed.error}",
                                              None)
        now = self.clock()
        title = (scan.feed.title or feed.title)[:300]
        # A changed feed's new validators go with the round's unchanged feeds (one
        # statement for all): should the process stop before, the next poll finds the
        # same entries already stored, so nothing is posted twice.
        with_round = unchanged is not None and feed.status != "failing"
        async with self._transaction() as conn:
            routed = await route_new_items(conn, feed, scan, now=now,
                                           max_items_per_poll=self.settings.max_items_per_poll,
                                           keep_items_for=self.settings.keep_items_for)
            if not with_round:
                await self._store_success(conn, feed, result, now, body_hash=body_hash,
                                          title=title)
        if unchanged is not None and with_round:
            unchanged.append((dataclasses.replace(feed, body_hash=body_hash, title=title),
                              result))
        await self._announce_recovery(feed)
        return PollOutcome(feed.id, "new" if routed.new_items else "unchanged",
                           new_items=routed.new_items, queued_posts=routed.queued)

    def _next_fetch(self, feed: FeedRow, now: datetime, result: FetchResult | None) -> datetime:
        interval = timedelta(seconds=max(feed.interval_seconds, self.settings.interval_min))
        max_age = _max_age(result.headers) if result is not None else None
        if max_age is not None:
            interval = max(interval, min(max_age, MAX_CACHE_DELAY))
        return now + interval + _spread(feed.id, feed.interval_seconds)

    async def _store_success(self, conn: object, feed: FeedRow, result: FetchResult,
                             now: datetime, *, body_hash: str | None = None,
                             title: str | None = None) -> None:
        values = self._success_values(feed, result, now)
        if body_hash is not None:
            values["body_hash"] = body_hash
        if title:
            values["title"] = title[:300]
        await store.update_feed(conn, feed.id, **values)  # type: ignore[arg-type]

    def _success_values(self, feed: FeedRow, result: FetchResult,
                        now: datetime) -> dict[str, object]:
        """The columns of a successful poll; a 304 leaves the validators as they were."""
        values: dict[str, object] = {
            "last_fetch_at": now, "last_success_at": now, "failure_count": 0,
            "failing_since": None, "last_error": None, "status": "ok",
            "next_fetch_at": self._next_fetch(feed, now, result),
        }
        if result.status != 304:
            values["etag"] = result.headers.get("ETag")
            values["last_modified"] = result.headers.get("Last-Modified")
        return values

    async def _record_success(self, feed: FeedRow, result: FetchResult,
                              status: str) -> PollOutcome:
        async with self._transaction() as conn:
            await self._store_success(conn, feed, result, self.clock())
        await self._announce_recovery(feed)
        return PollOutcome(feed.id, status)

    async def _unchanged(self, feed: FeedRow, result: FetchResult,
                         batch: list[tuple[FeedRow, FetchResult]] | None) -> PollOutcome:
        if batch is None or feed.status == "failing":
            return await self._record_success(feed, result, "unchanged")
        batch.append((feed, result))
        return PollOutcome(feed.id, "unchanged")

    async def _store_unchanged(self, batch: list[tuple[FeedRow, FetchResult]]) -> None:
        """One statement for a round's polled feeds: in a quiet cycle nearly every feed
        answers 304, and a transaction each would cost several times the fetch itself.
        A changed feed comes with its new body hash and title (unchanged ones with theirs)."""
        if not batch:
            return
        now = self.clock()
        rows = []
        for feed, result in batch:
            # Every row carries the same columns (executemany): a 304 keeps its validators.
            rows.append({"etag": feed.etag, "last_modified": feed.last_modified,
                         **self._success_values(feed, result, now),
                         "feed_key": feed.id, "body_hash": feed.body_hash, "title": feed.title})
        async with self._transaction() as conn:
            await conn.execute(feeds_table.update().where(
                feeds_table.c.id == sa.bindparam("feed_key")), rows)

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[AsyncConnection]:
        async with self._write_turn, self.db.begin() as conn:
            yield conn

    async def _announce_recovery(self, feed: FeedRow) -> None:
        if feed.status != "failing":
            return
        await notify_feed_subscribers(
            self.db, feed.id, f"The feed **{feed.title or feed.url}** works again; new items "
            "will be posted as before.", self.clock())
        self.on_posts_queued()

    async def _record_failure(self, feed: FeedRow, reason: str,
                              retry_after: float | None) -> PollOutcome:
        now = self.clock()
        failures = feed.failure_count + 1
        interval = max(feed.interval_seconds, self.settings.interval_min)
        delay = min(MAX_BACKOFF, timedelta(seconds=interval * 2 ** min(failures - 1, 10)))
        if retry_after is not None:
            delay = max(delay, timedelta(seconds=retry_after))
        failing_since = feed.failing_since or now
        becomes_failing = feed.status == "ok" and now - failing_since >= FAILING_AFTER
        async with self._transaction() as conn:
            await store.update_feed(
                conn, feed.id, failure_count=failures, failing_since=failing_since,
                last_error=reason[:300], last_fetch_at=now, next_fetch_at=now + delay,
                status="failing" if becomes_failing or feed.status == "failing" else "ok")
        if becomes_failing:
            await notify_feed_subscribers(
                self.db, feed.id, f"The feed **{feed.title or feed.url}** has been failing "
                f"for a day ({reason}). I keep trying; `/feed list` shows its status.", now)
            self.on_posts_queued()
        log.info("feed %s failed (%d in a row): %s", feed.url, failures, reason,
                 extra={"feed": feed.url})
        return PollOutcome(feed.id, "failed", error=reason)

    async def _disable(self, feed: FeedRow, reason: str) -> PollOutcome:
        now = self.clock()
        async with self._transaction() as conn:
            await store.update_feed(conn, feed.id, status="disabled", last_error=reason,
                                    last_fetch_at=now)
        await notify_feed_subscribers(
            self.db, feed.id, f"The feed **{feed.title or feed.url}** is gone ({reason}), so I "
            "stopped polling it. `/feed resume` tries again; `/feed remove` drops it.", now)
        self.on_posts_queued()
        return PollOutcome(feed.id, "disabled", error=reason)
