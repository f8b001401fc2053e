"""Ingestion benchmark: 2,000 RSS feeds × 50 items, Storyline's poller vs a naive loop.

Usage:
    .venv/bin/python bench/bench_ingestion.py                    # SQLite in a temp dir
    .venv/bin/python bench/bench_ingestion.py \\
        --database-url postgresql+asyncpg://postgres@127.0.0.1:5432/test   # scratch DB there

A feed web (bench/feedsite.py) runs in its own process on 127.0.0.1, the feeds spread
over `--ports` ports (separate "hosts" for the per-host connection bound). Storyline's
side, in this process: a real database holding one subscription per feed in the state
`/feed add` leaves (the current items are the baseline; written in bulk, see
subscribe_all), then FeedPoller.poll_due() called until nothing is due, twice:

  fresh  every feed has `--new-items` new items since the baseline (new ETag, new body)
  304    nothing changed: every conditional GET answers 304

poll_due takes at most DUE_BATCH (200) feeds a call, so a cycle is ~10 calls; the clock
handed to the poller is moved past every feed's next_fetch_at before each cycle. The
baseline is `for url in urls: feedparser.parse(url)`, sequential, in this process, over
the same URLs after the fresh cycle (so it gets the same 50-item bodies).
CPU time is this process's (all threads); the server's CPU is not counted.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import pstats
import secrets
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import aiohttp

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import feedparser  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from feedsite import add_latency_option, add_site_options  # noqa: E402
from ingestion_setup import subscribe_all  # noqa: E402
from measure import Phase, machine_line, measured, stop_child  # noqa: E402

from bot.feeds import poller as poller_module  # noqa: E402
from bot.feeds.poller import FeedPoller, PollOutcome, PollSettings  # noqa: E402
from bot.net.http import HttpClient  # noqa: E402
from bot.storage.database import Database  # noqa: E402
from bot.storage.tables import outbox  # noqa: E402
from bot.storage.types import utcnow  # noqa: E402
from tests.helpers.local_server import loopback_client  # noqa: E402

INTERVAL = 600


class FeedSiteProcess:
    def __init__(self, feeds: int, items: int, ports: int, new_items: int,
                 latency_ms: float = 0.0) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(REPO / "bench" / "feedsite.py"), "--feeds", str(feeds),
             "--items", str(items), "--ports", str(ports), "--new-items", str(new_items),
             "--latency-ms", str(latency_ms)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        self.ports: list[int] = json.loads(self.process.stdout.readline())["ports"]
        self.feeds = feeds

    def urls(self) -> list[str]:
        return [f"http://127.0.0.1:{self.ports[n % len(self.ports)]}/feed/{n}.xml"
                for n in range(self.feeds)]

    async def control(self, method: str, path: str) -> dict[str, int]:
        async with aiohttp.ClientSession() as session, session.request(
                method, f"http://127.0.0.1:{self.ports[0]}/_control/{path}") as response:
            return dict(await response.json())

    def stop(self) -> None:
        stop_child(self.process)


@asynccontextmanager
async def bench_database(url: str | None) -> AsyncIterator[str]:
    """SQLite in a temp dir, or a scratch database on the given PostgreSQL server."""
    if url is None:
        with tempfile.TemporaryDirectory(prefix="storyline-bench-") as directory:
            yield f"sqlite+aiosqlite:///{directory}/bench.db"
        return
    import asyncpg

    admin_dsn = url.replace("postgresql+asyncpg://", "postgresql://")
    admin = await asyncpg.connect(admin_dsn, timeout=10)
    name = f"storyline_bench_{secrets.token_hex(4)}"
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


def http_client() -> HttpClient:
    # The production client (64 connections, 4 per host); loopback opened as in the tests.
    return loopback_client(user_agent="StorylineBench/1")


SUGGESTED_INDEXES = (
    "CREATE INDEX IF NOT EXISTS ix_bench_subscriptions_feed_id ON feed_subscriptions (feed_id)",
    "CREATE INDEX IF NOT EXISTS ix_bench_feeds_next_fetch_at ON feeds (next_fetch_at)",
)


async def add_suggested_indexes(db: Database) -> None:
    """Indexes the schema lacks (see docs/benchmarks.md): without the first, due_feeds'
    EXISTS and subscriptions_of_feed scan every subscription for every feed."""
    async with db.begin() as conn:
        for statement in SUGGESTED_INDEXES:
            await conn.exec_driver_sql(statement)


@contextmanager
def profiled(directory: str | None, name: str) -> Iterator[None]:
    """cProfile of the event-loop thread (parsing runs in worker threads, not seen here)."""
    if directory is None:
        yield
        return
    profile = cProfile.Profile()
    profile.enable()
    try:
        yield
    finally:
        profile.disable()
        target = Path(directory) / f"ingestion-{name}.prof"
        target.parent.mkdir(parents=True, exist_ok=True)
        profile.dump_stats(target)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)


class ShiftedClock:
    """Real time moved forward, so every feed is due without waiting ten minutes."""

    def __init__(self) -> None:
        self.shift = timedelta()

    def __call__(self) -> datetime:
        return utcnow() + self.shift


async def poll_cycle(poller: FeedPoller) -> tuple[int, list[PollOutcome]]:
    """poll_due until nothing is due: DUE_BATCH feeds per call."""
    calls, outcomes = 0, []
    while True:
        calls += 1
        batch = await poller.poll_due()
        if not batch:
            return calls, outcomes
        outcomes.extend(batch)


def describe(outcomes: list[PollOutcome]) -> str:
    statuses = Counter(outcome.status for outcome in outcomes)
    errors = Counter(outcome.error for outcome in outcomes if outcome.error)
    text = ", ".join(f"{status}={count}" for status, count in sorted(statuses.items()))
    if errors:
        text += f"; errors: {dict(errors.most_common(3))}"
    return text


async def storyline_side(args: argparse.Namespace, site: FeedSiteProcess,
                         report: Callable[[Phase], None]) -> dict[str, Phase]:
    phases: dict[str, Phase] = {}
    async with bench_database(args.database_url) as url:
        db = Database.connect(url)
        web = http_client()
        try:
            await db.migrate()
            if args.suggested_indexes:
                await add_suggested_indexes(db)
            started = time.perf_counter()
            await subscribe_all(db, web, site.urls(), INTERVAL)
            print(f"setup: {site.feeds} feeds probed and subscribed in "
                  f"{time.perf_counter() - started:.1f} s ({db.backend})", flush=True)
            clock = ShiftedClock()
            queued: list[int] = []
            poller = FeedPoller(db, web, PollSettings(INTERVAL, 120, args.max_items_per_poll),
                                clock=clock, on_posts_queued=lambda: queued.append(1))

            for name, generation in (("fresh", 1), ("304", 1)):
                if name == "fresh":
                    await site.control("POST", f"generation/{generation}")
                await site.control("POST", "reset-stats")
                clock.shift += timedelta(days=1)
                with (measured(f"storyline {name} cycle", trace=args.tracemalloc) as phase,
                      profiled(args.profile, name)):
                    calls, outcomes = await poll_cycle(poller)
                stats = await site.control("GET", "stats")
                new_items = sum(outcome.new_items for outcome in outcomes)
                posts = sum(outcome.queued_posts for outcome in outcomes)
                phase.extra = {"poll_due calls": calls, "feeds polled": len(outcomes),
                               "outcomes": describe(outcomes), "new items": new_items,
                               "posts queued": posts, "server answers": stats}
                phases[name] = phase
                report(phase)
            async with db.connect_readonly() as conn:
                pending = (await conn.execute(sa.select(sa.func.count()).select_from(outbox))
                           ).scalar_one()
            print(f"outbox rows after both cycles: {pending}", flush=True)
        finally:
            await web.close()
            await db.close()
    return phases


def naive_baseline(urls: list[str]) -> tuple[int, int]:
    """What simple relay bots do: one blocking feedparser.parse per URL, in sequence."""
    entries = bozo = 0
    for url in urls:
        result = feedparser.parse(url)
        entries += len(result.entries)
        bozo += bool(result.get("bozo"))
    return entries, bozo


def print_phase(phase: Phase) -> None:
    print(phase.line(), flush=True)
    for key, value in phase.extra.items():
        print(f"    {key}: {value}", flush=True)


async def run(args: argparse.Namespace) -> None:
    print(machine_line(), flush=True)
    print(f"feeds={args.feeds} items/feed={args.items} new items/feed in fresh cycle="
          f"{args.new_items} ports={args.ports} DUE_BATCH={poller_module.DUE_BATCH} "
          f"CONCURRENT_FETCHES={poller_module.CONCURRENT_FETCHES} "
          f"suggested_indexes={args.suggested_indexes} latency_ms={args.latency_ms:g}",
          flush=True)
    site = FeedSiteProcess(args.feeds, args.items, args.ports, args.new_items,
                           args.latency_ms)
    try:
        phases = await storyline_side(args, site, print_phase)
        urls = site.urls()[:args.baseline_feeds or args.feeds]
        await site.control("POST", "reset-stats")
        with measured("baseline feedparser loop", trace=args.tracemalloc) as base:
            entries, bozo = await asyncio.to_thread(naive_baseline, urls)
        base.extra = {"feeds": len(urls), "entries parsed": entries, "bozo feeds": bozo,
                      "server answers": await site.control("GET", "stats")}
        print_phase(base)
    finally:
        site.stop()

    fresh, unchanged = phases["fresh"], phases["304"]
    storyline_rate = args.feeds / fresh.wall
    baseline_rate = len(urls) / base.wall
    ratio = storyline_rate / baseline_rate
    cpu_share = 100 * unchanged.cpu / fresh.cpu
    print()
    print(f"fresh-cycle throughput: storyline {storyline_rate:7.1f} feeds/s, "
          f"baseline {baseline_rate:7.1f} feeds/s -> {ratio:.1f}x "
          f"(bar >= 10x: {'PASS' if ratio >= 10 else 'MISS'})")
    print(f"304-cycle CPU = {cpu_share:.1f}% of the fresh cycle's CPU "
          f"(bar < 5%: {'PASS' if cpu_share < 5 else 'MISS'})")
    print(f"CPU per feed: fresh {1000 * fresh.cpu / args.feeds:.2f} ms, 304 "
          f"{1000 * unchanged.cpu / args.feeds:.2f} ms, baseline "
          f"{1000 * base.cpu / len(urls):.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_site_options(parser)
    add_latency_option(parser)
    parser.add_argument("--max-items-per-poll", type=int, default=5)
    parser.add_argument("--baseline-feeds", type=int, default=0,
                        help="run the baseline over only the first N URLs (0 = all)")
    parser.add_argument("--suggested-indexes", action="store_true",
                        help="add the two indexes the schema lacks before measuring")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also report tracemalloc peaks (slows every phase down)")
    parser.add_argument("--profile", metavar="DIR", default=None,
                        help="cProfile each Storyline cycle into DIR (slows it down)")
    parser.add_argument("--database-url", default=None,
                        help="a PostgreSQL server URL; a scratch database is made there")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
