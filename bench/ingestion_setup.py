"""Setup for the ingestion benchmark: 2,000 feeds in the state `/feed add` leaves them.

Not measured. service.add_subscription does this one feed at a time with per-call checks
(name, per-server cap, duplicates), about 30 statements a feed; here the same rows are
written in bulk through the storage tables: the feed row with its validators (ETag, body
hash) and next fetch time, one subscription, every current item stored as seen, and a
"baseline" decision for each, so none of them is posted later.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa

from bot.feeds.identity import normalise_url
from bot.feeds.parse import newest_first, parse_feed
from bot.feeds.routing import item_record
from bot.net.http import FetchResult, HttpClient
from bot.storage.database import Database
from bot.storage.guilds import ensure_guild
from bot.storage.tables import feed_items, feeds, item_decisions, subscriptions
from bot.storage.types import utcnow

FEEDS_PER_GUILD = 50
FETCH_CONCURRENCY = 16
ROWS_PER_STATEMENT = 5_000


@dataclass(frozen=True)
class Baseline:
    title: str
    format: str
    items: list[dict[str, Any]]  # item_record rows, feed_id still to fill in


def guild_of(number: int) -> int:
    return 1_000 + number // FEEDS_PER_GUILD


def channel_of(number: int) -> int:
    return guild_of(number) * 1_000 + number % FEEDS_PER_GUILD


def _baseline(body: bytes, content_type: str | None, url: str, now: datetime) -> Baseline:
    parsed = parse_feed(body, content_type=content_type, url=url)
    if not parsed.ok:
        raise RuntimeError(f"feed {url} did not parse: {parsed.error}")
    return Baseline(parsed.title, parsed.format,
                    [item_record(0, item, now) for item in newest_first(list(parsed.items))])


async def _insert(conn: Any, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), ROWS_PER_STATEMENT):
        await conn.execute(table.insert(), rows[start:start + ROWS_PER_STATEMENT])


async def subscribe_all(db: Database, web: HttpClient, urls: list[str],
                        interval_seconds: int) -> None:
    now = utcnow()
    for guild_id in sorted({guild_of(number) for number in range(len(urls))}):
        await ensure_guild(db, guild_id)
    slots = asyncio.Semaphore(FETCH_CONCURRENCY)

    async def fetch(url: str) -> FetchResult:
        async with slots:
            return await web.fetch(url)

    started = time.perf_counter()
    fetched = await asyncio.gather(*(fetch(url) for url in urls))
    fetched_at = time.perf_counter()
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        baselines = await asyncio.gather(*(
            loop.run_in_executor(pool, _baseline, result.body,
                                 result.headers.get("Content-Type"), result.url, now)
            for result in fetched))
    parsed_at = time.perf_counter()
    async with db.begin() as conn:
        await _insert(conn, feeds, [{
            "url": normalise_url(result.url), "title": baseline.title[:300],
            "format": baseline.format, "interval_seconds": interval_seconds,
            "created_at": now, "last_success_at": now, "last_fetch_at": now,
            "next_fetch_at": now + timedelta(seconds=interval_seconds),
            "etag": result.headers.get("ETag"),
            "last_modified": result.headers.get("Last-Modified"),
            "body_hash": hashlib.sha256(result.body).hexdigest(),
        } for result, baseline in zip(fetched, baselines, strict=True)])
        feed_ids = dict((await conn.execute(sa.select(feeds.c.url, feeds.c.id))).all())
        ids = [feed_ids[normalise_url(result.url)] for result in fetched]
        await _insert(conn, subscriptions, [{
            "guild_id": guild_of(number), "feed_id": ids[number],
            "name": f"{baselines[number].title} #{number}", "channel_id": channel_of(number),
            "created_at": now} for number in range(len(urls))])
        subscription_ids = dict((await conn.execute(
            sa.select(subscriptions.c.feed_id, subscriptions.c.id))).all())
        item_rows, decision_rows = [], []
        for number, baseline in enumerate(baselines):
            for row in baseline.items:
                item_rows.append({**row, "feed_id": ids[number]})
                decision_rows.append({
                    "subscription_id": subscription_ids[ids[number]], "item_id": row["item_id"],
                    "decision": "baseline", "detail": "in the feed when it was added",
                    "outbox_id": None, "decided_at": now})
        await _insert(conn, feed_items, item_rows)
        await _insert(conn, item_decisions, decision_rows)
    print(f"setup: fetch {fetched_at - started:.1f} s, parse (2 processes) "
          f"{parsed_at - fetched_at:.1f} s, store {time.perf_counter() - parsed_at:.1f} s",
          flush=True)
