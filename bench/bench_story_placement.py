"""Story placement during a full feed cycle: 2,000 feeds × 5 new items = 10,000 articles.

Usage:
    .venv/bin/python bench/bench_story_placement.py          # SQLite in a temp dir
    .venv/bin/python bench/bench_story_placement.py --database-url \\
        postgresql+asyncpg://postgres@127.0.0.1:5432/test    # scratch database there

The feed web of bench_ingestion.py (bench/feedsite.py, its own process) serves 2,000
feeds; they are subscribed in the state `/feed add` leaves them, then one fresh cycle
brings 5 new items per feed. In this process, as in the bot: the poller polls the cycle,
the story engine's placement stage (real MiniLM, real clusterer, real database) places
what the poller stores, woken by it, and the analysis stage reads the placed articles
(from the feeds' text: the generated links lead nowhere) without placement waiting for it.

Reported: articles placed per second from the first stored article until the backlog is
empty (bar: >= 85/s), the backlog (articles stored but not placed) sampled every second,
CPU per placed article, and the analysis stage's own rate.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_ingestion as ingestion  # noqa: E402
from feedsite import add_site_options  # noqa: E402
from ingestion_setup import subscribe_all  # noqa: E402
from measure import machine_line  # noqa: E402

from bot.feeds.poller import FeedPoller, PollSettings  # noqa: E402
from bot.storage.database import Database  # noqa: E402
from bot.storage.stories import story_backlog  # noqa: E402
from bot.stories.analyst import ArticleAnalyst  # noqa: E402
from bot.stories.assigner import StoryAssigner  # noqa: E402
from bot.stories.cluster import StoryClusterer  # noqa: E402
from bot.stories.embed import get_embedder  # noqa: E402
from bot.stories.models import ClusterConfig  # noqa: E402

BAR_PER_SECOND = 85.0
SAMPLE_EVERY = 1.0


async def sample_backlog(db: Database, started: float, samples: list[str],
                         stop: asyncio.Event) -> None:
    while not stop.is_set():
        backlog = await story_backlog(db)
        samples.append(f"{time.perf_counter() - started:5.0f}s {backlog.unplaced:>6}"
                       f"/{backlog.unanalysed:<6}")
        try:
            await asyncio.wait_for(stop.wait(), SAMPLE_EVERY)
        except TimeoutError:
            pass


async def run(args: argparse.Namespace) -> None:
    print(machine_line(), flush=True)
    site = ingestion.FeedSiteProcess(args.feeds, args.items, args.ports, args.new_items)
    try:
        async with ingestion.bench_database(args.database_url) as url:
            db = Database.connect(url)
            web = ingestion.http_client()
            try:
                await measure(args, db, web, site)
            finally:
                await web.close()
                await db.close()
    finally:
        site.stop()


async def measure(args: argparse.Namespace, db: Database, web: object,
                  site: ingestion.FeedSiteProcess) -> None:
    await db.migrate()
    await subscribe_all(db, web, site.urls(), ingestion.INTERVAL)  # type: ignore[arg-type]
    get_embedder().embed(["warm-up"])  # model loading is start-up, not placement
    clock = ingestion.ShiftedClock()
    clock.shift += timedelta(days=1)
    assigner = StoryAssigner(db, StoryClusterer(ClusterConfig()), clock=clock)
    analyst = ArticleAnalyst(db, None, clock=clock)
    progress = asyncio.Event()

    def placed_some() -> None:
        analyst.wake()
        progress.set()

    async def read_some(_stories: set[int]) -> None:
        progress.set()

    assigner.on_articles_placed = placed_some
    analyst.on_stories_changed = read_some

    async def until(done: Callable[[], Awaitable[bool]]) -> None:
        while not await done():
            progress.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(progress.wait(), SAMPLE_EVERY)

    placed_at: list[float] = []
    analysed_at: list[float] = []

    def article_stored() -> None:
        if not placed_at:
            placed_at.append(time.perf_counter())
        assigner.wake()

    settings = PollSettings(ingestion.INTERVAL, 120, args.max_items_per_poll)
    poller = FeedPoller(db, web, settings,  # type: ignore[arg-type]
                        clock=clock, on_articles_added=article_stored)
    await site.control("POST", "generation/1")
    stop = asyncio.Event()
    samples: list[str] = []
    started = time.perf_counter()
    cpu_started = time.process_time()
    workers = [asyncio.create_task(assigner.run()), asyncio.create_task(analyst.run()),
               asyncio.create_task(sample_backlog(db, started, samples, stop))]
    _calls, outcomes = await ingestion.poll_cycle(poller)
    polled = time.perf_counter() - started
    stored = sum(outcome.new_items for outcome in outcomes)
    async def all_placed() -> bool:
        return assigner.placed_total >= stored and not (await story_backlog(db)).unplaced

    async def all_read() -> bool:
        return not (await story_backlog(db)).unanalysed

    await until(all_placed)
    placed = time.perf_counter()
    cpu_placed = time.process_time() - cpu_started
    await until(all_read)
    analysed_at.append(time.perf_counter())
    stop.set()
    for worker in workers:
        worker.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

    first = placed_at[0] if placed_at else started
    rate = assigner.placed_total / (placed - first)
    print(f"feeds={args.feeds} new items/feed={args.new_items} articles stored={stored} "
          f"({db.backend}); cycle polled in {polled:.1f} s")
    print("backlog every second (to place/to read):")
    for start in range(0, len(samples), 8):
        print("   " + "  ".join(samples[start:start + 8]))
    print(f"placed {assigner.placed_total} articles in {placed - first:.1f} s after the first "
          f"was stored: {rate:.1f} articles/s (bar >= {BAR_PER_SECOND:g}/s: "
          f"{'PASS' if rate >= BAR_PER_SECOND else 'MISS'})")
    print(f"CPU of this process (poller, placement, analysis) until placed: {cpu_placed:.1f} s, "
          f"{1000 * cpu_placed / max(assigner.placed_total, 1):.2f} ms per placed article")
    analysis_wall = analysed_at[0] - first
    print(f"analysis stage: {analyst.analysed_total} articles read in {analysis_wall:.1f} s, "
          f"{analyst.analysed_total / analysis_wall:.1f} articles/s (placement did not wait)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_site_options(parser)
    parser.add_argument("--max-items-per-poll", type=int, default=5)
    parser.add_argument("--database-url", default=None,
                        help="a PostgreSQL server URL; a scratch database is made there")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
