"""Where a fresh poll's CPU time goes, step by step (companion to bench_ingestion.py).

    .venv/bin/python bench/bench_ingestion_steps.py --feeds 300

Same feed web and baseline as bench_ingestion.py, but the fresh cycle runs with ONE fetch
at a time, so this process's CPU time between entering and leaving a step belongs to that
step alone. The poller's own helpers are wrapped with timers (monkeypatched module
attributes); steps are not nested, and what is left over is the poller itself:
transactions, the event loop, the thread hand-offs.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_ingestion import INTERVAL, FeedSiteProcess, bench_database, http_client  # noqa: E402
from ingestion_setup import subscribe_all  # noqa: E402

from bot.feeds import poller, routing  # noqa: E402
from bot.feeds.parse_incremental import FeedScan  # noqa: E402
from bot.feeds.poller import FeedPoller, PollSettings  # noqa: E402
from bot.storage.database import Database  # noqa: E402
from bot.storage.types import utcnow  # noqa: E402

cpu_by_step: Counter[str] = Counter()
calls_by_step: Counter[str] = Counter()


def time_async(owner: Any, name: str, label: str) -> None:
    original: Callable[..., Awaitable[Any]] = getattr(owner, name)

    async def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return await original(*args, **kwargs)
        finally:
            cpu_by_step[label] += time.process_time() - started
            calls_by_step[label] += 1

    setattr(owner, name, timed)


def time_sync(owner: Any, name: str, label: str) -> None:
    original: Callable[..., Any] = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            cpu_by_step[label] += time.process_time() - started
            calls_by_step[label] += 1

    setattr(owner, name, timed)


def instrument(web: object) -> None:
    for name in ("known_items", "insert_items", "routes_of_feed", "record_decisions"):
        time_async(routing.store, name, f"store.{name}")
    time_async(routing, "add_articles", "add_articles")
    time_async(routing.outbox, "enqueue_many", "outbox.enqueue_many (all posts)")
    for name in ("render_for", "item_record", "article_record"):
        time_sync(routing, name, name)
    time_sync(FeedScan, "read", "FeedScan.read (new entries in full)")
    time_async(poller.store, "update_feed", "store.update_feed")
    time_async(poller.store, "due_feeds", "store.due_feeds")
    time_sync(poller, "scan_feed", "scan_feed (identify every entry)")
    time_async(web, "fetch", "HttpClient.fetch")


async def run(feeds: int) -> None:
    site = FeedSiteProcess(feeds, 50, 20, 5)
    try:
        async with bench_database(None) as url:
            db = Database.connect(url)
            web = http_client()
            try:
                await db.migrate()
                await subscribe_all(db, web, site.urls(), INTERVAL)
                await site.control("POST", "generation/1")
                instrument(web)
                poller.CONCURRENT_FETCHES = 1
                fresh = FeedPoller(db, web, PollSettings(INTERVAL, 120, 5),
                                   clock=lambda: utcnow() + timedelta(days=1))
                started = time.process_time()
                while await fresh.poll_due():
                    pass
                total = time.process_time() - started
            finally:
                await web.close()
                await db.close()
    finally:
        site.stop()
    print(f"fresh cycle, one feed at a time, {feeds} feeds: {1000 * total / feeds:.2f} ms "
          "CPU per feed")
    for label, cpu in cpu_by_step.most_common():
        print(f"  {label:<34} {1000 * cpu / feeds:6.2f} ms/feed  {100 * cpu / total:5.1f}%  "
              f"({calls_by_step[label]} calls)")
    rest = total - sum(cpu_by_step.values())
    print(f"  {'rest (poller, transactions, loop)':<34} {1000 * rest / feeds:6.2f} ms/feed  "
          f"{100 * rest / total:5.1f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=300)
    asyncio.run(run(parser.parse_args().feeds))


if __name__ == "__main__":
    main()
