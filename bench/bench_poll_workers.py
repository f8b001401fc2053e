"""A fresh cycle of 2,000 feeds on PostgreSQL, polled by 1 and then by 2 poll worker
processes sharing the feeds through leases (claim_due_feeds: FOR UPDATE SKIP LOCKED).

    .venv/bin/python bench/bench_poll_workers.py --database-url \\
        postgresql+asyncpg://postgres@127.0.0.1:5432/test [--feeds 2000] [--rounds 1]

The feed web runs in its own process (bench/feedsite.py). Each round runs a 1-worker
cycle and a 2-worker cycle on fresh items; workers start, connect and then wait for the
go, so imports and start-up are not timed. Prints the throughput ratio and checks that
every URL was fetched exactly once per cycle (per worker reports and server counts).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import sqlalchemy as sa  # noqa: E402
from bench_ingestion import FeedSiteProcess, bench_database, http_client  # noqa: E402
from ingestion_setup import subscribe_all  # noqa: E402
from measure import machine_line  # noqa: E402

from bot.feeds.poller import FeedPoller, PollSettings  # noqa: E402
from bot.runtime import FEED_CLAIM_BATCH, FEED_LEASE  # noqa: E402
from bot.storage import feeds as feed_store  # noqa: E402
from bot.storage.database import Database  # noqa: E402
from bot.storage.tables import feeds  # noqa: E402
from bot.storage.types import utcnow  # noqa: E402

INTERVAL = 600


async def worker(database_url: str) -> None:
    """One poll worker process: claim due feeds until none is left, report, exit."""
    db = Database.connect(database_url)
    web = http_client()
    poller = FeedPoller(db, web, PollSettings(INTERVAL, 120, 5),
                        due_feeds=lambda now, limit: feed_store.claim_due_feeds(
                            db, now, min(limit, FEED_CLAIM_BATCH), FEED_LEASE))
    async with db.connect_readonly() as conn:  # connected before the go
        await conn.execute(sa.text("SELECT 1"))
    print("ready", flush=True)
    await asyncio.to_thread(sys.stdin.readline)
    started, cpu = time.perf_counter(), time.process_time()
    polled: list[int] = []
    while batch := await poller.poll_due():
        polled.extend(outcome.feed_id for outcome in batch)
    print(json.dumps({"feeds": polled, "wall": time.perf_counter() - started,
                      "cpu": time.process_time() - cpu}), flush=True)
    await web.close()
    await db.close()


async def cycle(database_url: str, workers: int) -> dict[str, object]:
    children = [await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--worker", "--database-url", database_url,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
        for _ in range(workers)]
    for child in children:
        assert child.stdout is not None
        assert (await child.stdout.readline()).strip() == b"ready"
    started = time.perf_counter()
    for child in children:
        assert child.stdin is not None
        child.stdin.write(b"go\n")
        await child.stdin.drain()
    reports = []
    for child in children:
        assert child.stdout is not None
        reports.append(json.loads(await child.stdout.readline()))
    wall = time.perf_counter() - started
    for child in children:
        await asyncio.wait_for(child.wait(), 30)
    polled = [feed_id for report in reports for feed_id in report["feeds"]]
    return {"wall": wall, "polled": len(polled), "distinct": len(set(polled)),
            "per worker": [len(r["feeds"]) for r in reports],
            "cpu": sum(r["cpu"] for r in reports)}


async def make_all_due(db: Database) -> None:
    async with db.begin() as conn:
        await conn.execute(feeds.update().values(next_fetch_at=utcnow()))


async def run(args: argparse.Namespace) -> int:
    print(machine_line(), flush=True)
    site = FeedSiteProcess(args.feeds, 50, 20, 5)
    ratios: list[float] = []
    exact = True
    try:
        async with bench_database(args.database_url) as url:
            db = Database.connect(url)
            web = http_client()
            await db.migrate()
            await subscribe_all(db, web, site.urls(), INTERVAL)
            await web.close()
            generation = 0
            for round_number in range(1, args.rounds + 1):
                walls = {}
                for workers in (1, 2):
                    generation += 1
                    await site.control("POST", f"generation/{generation}")
                    await make_all_due(db)
                    await site.control("POST", "reset-stats")
                    result = await cycle(url, workers)
                    stats = await site.control("GET", "stats")
                    once = (result["polled"] == result["distinct"] == args.feeds
                            and stats.get("200", 0) == args.feeds
                            and stats.get("304", 0) == 0)
                    exact = exact and once
                    walls[workers] = float(result["wall"])  # type: ignore[arg-type]
                    print(f"round {round_number}, {workers} worker(s): "
                          f"{args.feeds / walls[workers]:6.1f} feeds/s "
                          f"({walls[workers]:.1f} s, CPU {result['cpu']:.1f} s, per worker "
                          f"{result['per worker']}), server 200s={stats.get('200', 0)}, "
                          f"each URL once: {'yes' if once else 'NO'}", flush=True)
                ratios.append(walls[1] / walls[2])
                print(f"round {round_number}: 2 workers / 1 worker throughput = "
                      f"{ratios[-1]:.2f}x", flush=True)
            await db.close()
    finally:
        site.stop()
    best = max(ratios)
    print(f"throughput ratio (best of {len(ratios)}): {best:.2f}x (bar >= 1.7: "
          f"{'PASS' if best >= 1.7 else 'MISS'}); every URL fetched exactly once per "
          f"cycle: {'yes' if exact else 'NO'}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        asyncio.run(worker(args.database_url))
        return 0
    return asyncio.run(run(args))


if __name__ == "__main__":
    raise SystemExit(main())
