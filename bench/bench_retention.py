"""Database size over simulated days of a busy server, with and without retention.

A 500-feed server writes, every simulated day, what the ingestion path stores: feed items,
one decision and one sent outbox row per item, an article per item grouped into stories
with quotes, cached /summarize results, and a few story posts for followed topics. The
clock is injected (the day's time is handed to `purge_expired`), so 60 days take seconds.
With retention the live size must level off after RETENTION_DAYS; without, it keeps
growing. Figures in docs/benchmarks.md.

    .venv/bin/python bench/bench_retention.py [--feeds 500] [--days 60]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.storage import guilds, tables
from bot.storage.database import Database
from bot.storage.retention import purge_expired

GUILD = 1
START = datetime(2026, 1, 1, tzinfo=UTC)
ARTICLES_PER_STORY = 5
FOLLOWS = 5
SUMMARIES_PER_DAY = 40
POSTED_STORIES_PER_FOLLOW_PER_DAY = 3
INSERT_BATCH = 1000
WORDS = ("harbour strike council budget vote storm rail minister court deadline talks "
         "energy prices union port airport election inquiry flood bridge").split()


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def payload(rng: random.Random, title: str, link: str) -> str:
    """About the size of a real feed embed."""
    return json.dumps({"embeds": [{"title": title, "url": link,
                                   "description": " ".join(sentence(rng, 14) for _ in range(4)),
                                   "footer": {"text": "Desk"}, "timestamp": START.isoformat()}]})


async def insert_in_batches(conn: AsyncConnection, table: sa.Table,
                            rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), INSERT_BATCH):
        await conn.execute(table.insert(), rows[start:start + INSERT_BATCH])


async def setup(db: Database, feed_count: int) -> tuple[list[int], list[int], list[int]]:
    await guilds.ensure_guild(db, GUILD)
    async with db.begin() as conn:
        await conn.execute(tables.feeds.insert(), [
            {"url": f"https://outlet{n}.example/feed", "interval_seconds": 600,
             "next_fetch_at": START, "created_at": START} for n in range(feed_count)])
        feed_ids = list((await conn.execute(
            sa.select(tables.feeds.c.id).order_by(tables.feeds.c.id))).scalars())
        await conn.execute(tables.subscriptions.insert(), [
            {"guild_id": GUILD, "feed_id": f, "name": f"Feed {f}", "channel_id": 10,
             "created_at": START} for f in feed_ids])
        sub_ids = list((await conn.execute(sa.select(tables.subscriptions.c.id)
                                           .order_by(tables.subscriptions.c.id))).scalars())
        await conn.execute(tables.follows.insert(), [
            {"guild_id": GUILD, "topic": f"topic {n}", "channel_id": 10, "created_at": START}
            for n in range(FOLLOWS)])
        follow_ids = list((await conn.execute(sa.select(tables.follows.c.id))).scalars())
    return feed_ids, sub_ids, follow_ids


async def write_day(db: Database, day: int, now: datetime, feed_ids: list[int],
                    sub_ids: list[int], follow_ids: list[int], per_feed: int,
                    rng: random.Random) -> None:
    items: list[dict[str, Any]] = []
    decisions: list[dict[str, Any]] = []
    posts: list[dict[str, Any]] = []
    new_articles: list[dict[str, Any]] = []
    for feed_id, sub_id in zip(feed_ids, sub_ids, strict=True):
        for n in range(per_feed):
            item_id = f"d{day}-f{feed_id}-{n}"
            link = f"https://outlet{feed_id}.example/{item_id}"
            title = sentence(rng, 9)
            when = now - timedelta(minutes=rng.randrange(1440))
            items.append({"feed_id": feed_id, "item_id": item_id, "title": title, "link": link,
                          "published": when, "first_seen_at": now,
                          "data": json.dumps({"title": title, "link": link,
                                              "summary": sentence(rng, 40)})})
            decisions.append({"subscription_id": sub_id, "item_id": item_id,
                              "decision": "posted", "detail": "", "decided_at": now})
            posts.append({"guild_id": GUILD, "channel_id": 10, "subscription_id": sub_id,
                          "item_id": item_id, "kind": "item",
                          "payload": payload(rng, title, link), "nonce": f"n-{item_id}"[:25],
                          "status": "sent", "next_attempt_at": now, "message_id": 1,
                          "created_at": now, "sent_at": now})
            new_articles.append({"url": link, "title": title, "text": sentence(rng, 60),
                                 "source": f"Outlet {feed_id}", "published": when,
                                 "first_seen_at": now, "origin": "feed", "assigned": True})
    async with db.begin() as conn:
        for table, rows in ((tables.feed_items, items), (tables.item_decisions, decisions),
                             (tables.outbox, posts)):
            await insert_in_batches(conn, table, rows)
        story_count = len(new_articles) // ARTICLES_PER_STORY
        await conn.execute(tables.stories.insert(), [
            {"key": f"s{day}-{n}", "topic_key": f"t{n % 50}", "headline": sentence(rng, 9),
             "summary": sentence(rng, 30), "first_seen_at": now, "last_updated_at": now,
             "article_count": ARTICLES_PER_STORY, "source_count": ARTICLES_PER_STORY}
            for n in range(story_count)])
        story_ids = list((await conn.execute(
            sa.select(tables.stories.c.id).where(tables.stories.c.first_seen_at == now)
            .order_by(tables.stories.c.id))).scalars())
        for n, row in enumerate(new_articles):
            row["story_id"] = story_ids[n // ARTICLES_PER_STORY] if story_ids else None
        await insert_in_batches(conn, tables.articles, new_articles)
        firsts = (await conn.execute(
            sa.select(sa.func.min(tables.articles.c.id), tables.articles.c.story_id)
            .where(tables.articles.c.first_seen_at == now)
            .group_by(tables.articles.c.story_id))).all()
        await conn.execute(tables.story_quotes.insert(), [
            {"story_id": story, "article_id": article, "text": sentence(rng, 20),
             "speaker": "A Spokesperson", "published": now} for article, story in firsts])
        shown = rng.sample(story_ids, min(len(story_ids),
                                          FOLLOWS * POSTED_STORIES_PER_FOLLOW_PER_DAY))
        await conn.execute(tables.story_posts.insert(), [
            {"follow_id": follow_ids[n % len(follow_ids)], "story_id": story, "guild_id": GUILD,
             "channel_id": 10, "message_id": 1, "nonce": f"p{story}", "payload": "{}",
             "next_attempt_at": now, "created_at": now} for n, story in enumerate(shown)])
        await conn.execute(tables.brief_cache.insert(), [
            {"key": f"b{day}-{n}", "url": f"https://x.example/{day}/{n}",
             "data": json.dumps({"summary": [sentence(rng, 25) for _ in range(3)]}),
             "created_at": now} for n in range(SUMMARIES_PER_DAY)])


async def database_size(db: Database, path: Path) -> tuple[float, float]:
    """(live MB: pages in use, file MB). Freed pages are reused, so the file stops too."""
    async with db.connect_readonly() as conn:
        await conn.execute(sa.text("PRAGMA wal_checkpoint(TRUNCATE)"))
        pages = (await conn.execute(sa.text("PRAGMA page_count"))).scalar_one()
        free = (await conn.execute(sa.text("PRAGMA freelist_count"))).scalar_one()
        page_size = (await conn.execute(sa.text("PRAGMA page_size"))).scalar_one()
    file_bytes = await asyncio.to_thread(os.path.getsize, path)
    return (pages - free) * page_size / 1e6, file_bytes / 1e6


async def simulate(args: argparse.Namespace, retention: bool, directory: Path
                   ) -> list[tuple[int, float, float, float]]:
    path = directory / f"retention-{'on' if retention else 'off'}.db"
    db = Database.connect(f"sqlite+aiosqlite:///{path}")
    await db.migrate()
    rng = random.Random(7)
    feed_ids, sub_ids, follow_ids = await setup(db, args.feeds)
    rows: list[tuple[int, float, float, float]] = []
    try:
        for day in range(1, args.days + 1):
            now = START + timedelta(days=day)  # the injected clock
            await write_day(db, day, now, feed_ids, sub_ids, follow_ids, args.items_per_day,
                            rng)
            purge_seconds = 0.0
            if retention:
                started = time.perf_counter()
                await purge_expired(db, now, timedelta(days=args.retention_days))
                purge_seconds = time.perf_counter() - started
            live, file_size = await database_size(db, path)
            rows.append((day, live, file_size, purge_seconds))
    finally:
        await db.close()
    return rows


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--items-per-day", type=int, default=6, help="new items per feed")
    parser.add_argument("--days", type=int, default=60)
    parser.add_argument("--retention-days", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        with_purge = await simulate(args, True, Path(tmp))
        without = await simulate(args, False, Path(tmp))
    print(f"{args.feeds} feeds x {args.items_per_day} items/day, {args.days} simulated days, "
          f"RETENTION_DAYS={args.retention_days}, SQLite, {os.cpu_count()} CPUs")
    print("day  live MB (retention)  file MB (retention)  purge s  live MB (none)")
    for (day, live, file_size, purge), (_d, unpurged, _f, _p) in zip(with_purge, without,
                                                                      strict=True):
        if day % 5 == 0 or day == 1:
            print(f"{day:>3}  {live:>19.1f}  {file_size:>19.1f}  {purge:>7.2f}  "
                  f"{unpurged:>14.1f}")
    settled = args.retention_days + 10  # the first purges are done by then
    if args.days > settled:
        live_on = {day: live for day, live, _f, _p in with_purge}
        live_off = {day: live for day, live, _f, _p in without}
        print(f"growth from day {settled} to day {args.days}: with retention "
              f"{(live_on[args.days] / live_on[settled] - 1) * 100:+.1f}%, without "
              f"{(live_off[args.days] / live_off[settled] - 1) * 100:+.1f}%")


if __name__ == "__main__":
    asyncio.run(main())
