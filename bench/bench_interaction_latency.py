"""Interaction latency under load: /news and /story while the bot ingests 2,000 feeds.

Usage (figures and findings: docs/benchmarks.md, "Interaction latency"):
    .venv/bin/python bench/bench_interaction_latency.py                  # as specified
    .venv/bin/python bench/bench_interaction_latency.py --feeds 100 --idle-waves 1 \
        --loaded-seconds 10                                              # smoke run

Three processes, so that no clock is read on the loop being measured:
  * the feed web of bench/bench_ingestion.py (FeedSiteProcess: `--feeds` RSS feeds x
    `--items` items on `--ports` loopback ports);
  * FakeDiscord (bot.sandbox) in a child process of this script (`--serve-fake`): it
    stamps INTERACTION_CREATE when sent and the bot's first callback (type 4 or 5) when
    it arrives, and refuses callbacks after 3 s as Discord does;
  * the real StorylineBot (all cogs, SQLite temp file, search providers off) in this one.
Setup writes one subscription per feed (each to its own channel of the fake) through the
storage layer, seeds 16 stories from invented articles through the bot's story engine,
and writes `--stored-stories` more stories of the last two days directly. Waves of
`--wave-size` concurrent commands (`--news-share` /news, the rest /story) are fired:
`--idle-waves` with the bot idle, then one every `--wave-interval` s from the moment
every feed is made due with `--new-items` fresh items, until the cycle is done plus
`--tail-seconds`, or `--loaded-seconds` at most. Diagnostics: event-loop lag, pool
connections in use, gateway delivery vs handling time, the loop thread's stack whenever
the loop has not turned for STALL_SECONDS (from a watchdog thread), and wall time per
SQL statement shape. `--what-if` patches an experiment into this process only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType, SimpleNamespace
from typing import Any

import aiohttp
import sqlalchemy as sa
from aiohttp import web

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_ingestion import FeedSiteProcess, http_client  # noqa: E402
from feedsite import add_site_options  # noqa: E402
from measure import machine_line, stop_child  # noqa: E402

from bot.feeds.identity import normalise_url  # noqa: E402
from bot.feeds.models import ParsedFeed  # noqa: E402
from bot.feeds.parse import newest_first, parse_feed  # noqa: E402
from bot.feeds.routing import item_record  # noqa: E402
from bot.sandbox import FakeDiscord, FakeInteraction  # noqa: E402
from bot.storage import feeds as feed_store  # noqa: E402
from bot.storage import stories as story_store  # noqa: E402
from bot.storage.database import Database  # noqa: E402
from bot.storage.guilds import ensure_guild  # noqa: E402
from bot.storage.tables import articles, feeds  # noqa: E402
from bot.storage.types import utcnow  # noqa: E402
from tests.helpers.harness import RunningBot, start_bot  # noqa: E402

DEADLINE = 3.0
CHANNELS_PER_GUILD = 50
INTERVAL = 600  # one cycle per run: after it no feed is due again for ten minutes
OVERRIDES = {"FEED_INTERVAL_MIN": "1", "FEED_INTERVAL_DEFAULT": str(INTERVAL),
             "LOG_LEVEL": "WARNING"}
TICK_SECONDS = 0.02
STALL_SECONDS = 0.1
FINALS_TIMEOUT = 30.0

# --------------------------------------------------------------------------- fake side


class FakeSide:
    """Fires waves of interactions on request and keeps every one's timings."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.guild = next(g for g in fake.guilds.values() if g.name == "Bench Server")
        self.records: list[dict[str, Any]] = []
        self.finals: list[asyncio.Task[None]] = []

    async def wave(self, request: web.Request) -> web.Response:
        body = await request.json()
        await self.fake.wait_for_commands(30)
        fired = [(command, self.fake.interactions.invoke(
            command["name"], command["options"], guild=self.guild, channel="general",
            user=None)) for command in body["commands"]]
        records = []
        for command, interaction in fired:
            record = {"phase": body["phase"], "wave": body["wave"], "command": command["name"],
                      "id": str(interaction.id), "created": interaction.created_at,
                      "first": None, "type": None, "final": None}
            records.append(record)
            self.finals.append(asyncio.create_task(self._follow(interaction, record)))
        # Past the deadline the stand-in refuses the callback, so there is nothing to wait for.
        waiters = [asyncio.ensure_future(i.response(DEADLINE + 0.5)) for _c, i in fired]
        await asyncio.wait(waiters, timeout=DEADLINE + 1)
        for waiter in waiters:
            waiter.add_done_callback(lambda done: done.cancelled() or done.exception())
        self.records.extend(records)
        return web.json_response(records)

    async def _follow(self, interaction: FakeInteraction, record: dict[str, Any]) -> None:
        try:
            await interaction.response(DEADLINE + 0.5)
        except TimeoutError:
            return
        record["first"], record["type"] = interaction.latency, interaction.response_type
        try:
            await interaction.final(FINALS_TIMEOUT * 4)
        except TimeoutError:
            return
        record["final"] = time.monotonic() - interaction.created_at

    async def summary(self, request: web.Request) -> web.Response:
        timeout = float(request.query.get("timeout", FINALS_TIMEOUT))
        pending = [task for task in self.finals if not task.done()]
        if pending:
            await asyncio.wait(pending, timeout=timeout)
        return web.json_response({"records": self.records,
                                  "server_errors": self.fake.server_errors,
                                  "messages": len(self.fake.messages_by_id)})


async def serve_fake(feed_count: int) -> None:
    fake = FakeDiscord(interaction_deadline=DEADLINE)
    await fake.start()
    fake.add_guild("Bench Server", channels=["news", "general"])
    channels = []
    for number in range(0, feed_count, CHANNELS_PER_GUILD):
        names = [f"feed-{n}" for n in range(number, min(feed_count, number + CHANNELS_PER_GUILD))]
        guild = fake.add_guild(f"Feeds {number // CHANNELS_PER_GUILD}", channels=names)
        channels += [(guild.id, guild.channels[name].id) for name in names]
    side = FakeSide(fake)
    app = web.Application()
    app.router.add_post("/wave", side.wave)
    app.router.add_get("/summary", side.summary)
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    control = web.TCPSite(runner, "127.0.0.1", 0)
    await control.start()
    port = control._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    print(json.dumps({"token": fake.token, "api_base": fake.api_base,
                      "gateway_url": fake.gateway_url, "control": f"http://127.0.0.1:{port}",
                      "channels": channels}), flush=True)
    await asyncio.to_thread(sys.stdin.read)  # until the parent closes our stdin
    await runner.cleanup()
    await fake.close()


class FakeDiscordProcess:
    def __init__(self, feed_count: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--serve-fake", "--feeds", str(feed_count)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        info = json.loads(self.process.stdout.readline())
        self.identity = SimpleNamespace(token=info["token"], api_base=info["api_base"],
                                        gateway_url=info["gateway_url"])
        self.control = info["control"]
        self.channels: list[tuple[int, int]] = [tuple(c) for c in info["channels"]]

    async def call(self, method: str, path: str, payload: Any = None,
                   timeout: float = 120) -> Any:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as s, \
                s.request(method, self.control + path, json=payload) as response:
            return await response.json()

    def stop(self) -> None:
        stop_child(self.process)

# --------------------------------------------------------------------------- setup


def _parse(body: bytes, content_type: str | None, url: str) -> ParsedFeed:
    return parse_feed(body, content_type=content_type, url=url)


async def subscribe_feeds(db: Database, urls: list[str],
                          channels: list[tuple[int, int]]) -> None:
    """The state /feed add leaves (feed row with validators, current items as baseline),
    written in large transactions, as bench_ingestion.subscribe_all does."""
    from concurrent.futures import ProcessPoolExecutor

    web_client = http_client()
    slots = asyncio.Semaphore(16)

    async def fetch(url: str) -> Any:
        async with slots:
            return await web_client.fetch(url)

    try:
        fetched = await asyncio.gather(*(fetch(url) for url in urls))
    finally:
        await web_client.close()
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        parsed = await asyncio.gather(*(loop.run_in_executor(
            pool, _parse, f.body, f.headers.get("Content-Type"), f.url) for f in fetched))
    now = utcnow()
    for guild_id in sorted({guild for guild, _channel in channels}):
        await ensure_guild(db, guild_id)
    for start in range(0, len(urls), 200):
        async with db.begin() as conn:
            for number in range(start, min(len(urls), start + 200)):
                result, feed_doc = fetched[number], parsed[number]
                feed, _ = await feed_store.get_or_create_feed(
                    conn, normalise_url(result.url), title=feed_doc.title,
                    format=feed_doc.format, interval_seconds=INTERVAL, now=now)
                guild_id, channel_id = channels[number]
                sub = await feed_store.add_subscription(
                    conn, guild_id=guild_id, feed_id=feed.id, name=f"feed {number}",
                    channel_id=channel_id, created_at=now)
                items = newest_first(list(feed_doc.items))
                await feed_store.insert_items(conn, [item_record(feed.id, i, now) for i in items])
                await feed_store.update_feed(
                    conn, feed.id, last_success_at=now, last_fetch_at=now,
                    next_fetch_at=now + timedelta(seconds=INTERVAL),
                    etag=result.headers.get("ETag"))
                await feed_store.record_decisions(conn, [
                    {"subscription_id": sub.id, "item_id": i.item_id, "decision": "baseline",
                     "detail": "bench", "outbox_id": None, "decided_at": now} for i in items])


PLACES = ("Westbridge", "Harlow Bay", "Kestrel Point", "Amberford", "Northmere", "Greyport",
          "Lindenfield", "Oakhaven")
# (who, what, speaker, a sentence of detail, what is due when): invented local news.
SUBJECTS = (
    ("council", "budget vote", "Mayor Ines Caldera",
     "Councillors clashed over library hours, pothole repairs and a rise in parking fees.",
     "The final vote is due on Thursday evening."),
    ("port workers", "strike", "union organiser Tomas Reyl",
     "Dockers walked out over night-shift pay, leaving container ships queuing offshore.",
     "The union set a deadline of Monday for a new wage offer."),
    ("hospital", "maternity ward closure", "health board chief Anna Pell",
     "Midwives warned that expectant mothers would face a ninety-minute drive instead.",
     "A public consultation closes at the end of the month."),
    ("rail operator", "timetable cuts", "transport minister Kofi Brandt",
     "Commuters lose the early express trains and weekend services are halved.",
     "The new timetable takes effect in two weeks."),
    ("school board", "teacher pay dispute", "board chair Lena Morrow",
     "Teachers rejected a two percent offer and threatened to skip exam marking.",
     "Ballots on industrial action must be returned by Friday."),
)
OUTLETS = ("Courier", "Gazette", "Herald", "Ledger", "Observer", "Tribune")
HEADLINES = ("{place} {who} {what} heads for showdown",
             "Tension in {place} as {who} {what} nears",
             "{speaker} speaks out on {place} {what}",
             "What the {place} {what} means for residents",
             "{place} {who}: {what} talks stall again",
             "Residents of {place} react to {what}")


def seed_queries() -> list[str]:
    return [f"{place} {subject[1]}" for place in PLACES for subject in SUBJECTS]


def seed_articles(now: datetime) -> list[dict[str, Any]]:
    """Forty invented local events, each reported by six outlets within a few hours. The
    same subject recurs in another place 2.5 days later, so that the clusterer sees a new
    story of a known topic rather than more of the same story."""
    rows = []
    for event, (place, (who, what, speaker, detail, due)) in enumerate(
            (p, s) for p in PLACES for s in SUBJECTS):
        start = now - timedelta(hours=2 + event % len(SUBJECTS) + 60 * (event // len(SUBJECTS)))
        for number, outlet in enumerate(OUTLETS):
            words = {"place": place, "who": who, "what": what, "speaker": speaker}
            rows.append({
                "url": f"https://{outlet.lower()}.example.org/{event}/{number}",
                "title": HEADLINES[(number + event) % len(HEADLINES)].format(**words),
                "text": (f"In {place}, the {who} {what} dominated the week. {detail} "
                         f"\"{place} deserves better than this,\" said {speaker}. {due} "
                         f"Reporting by the {place} {outlet} desk, item {number + 1}."),
                "source": outlet, "published": start + timedelta(minutes=17 * number),
                "first_seen_at": now, "origin": "feed"})
    return rows


def what_if_single_writer() -> None:
    """An experiment, not the product: every SQLite write transaction of the process
    queues on one asyncio lock *before* it takes a pooled connection (the poller already
    does this among its own polls), and the pool keeps 20 connections with no overflow,
    so that writers waiting for SQLite's write lock no longer hold the connections the
    commands need, and connections (each an aiosqlite thread) are not opened and closed
    under load."""
    import contextlib

    from sqlalchemy.ext import asyncio as sa_asyncio

    from bot.storage import database as database_module

    original_begin = Database.begin
    turn = asyncio.Lock()
    holder: list[asyncio.Task[Any] | None] = [None]

    @contextlib.asynccontextmanager
    async def begin(self: Database) -> Any:
        if self.backend != "SQLite" or holder[0] is asyncio.current_task():
            async with original_begin(self) as conn:
                yield conn
            return
        async with turn:
            holder[0] = asyncio.current_task()
            try:
                async with original_begin(self) as conn:
                    yield conn
            finally:
                holder[0] = None

    def create_engine(url: str, **options: Any) -> Any:
        if url.startswith("sqlite"):
            options.update(pool_size=20, max_overflow=0)
        return sa_asyncio.create_async_engine(url, **options)

    Database.begin = begin  # type: ignore[method-assign]
    database_module.create_async_engine = create_engine  # type: ignore[attr-defined]


EARLIER_KEY = "bench-earlier-"
EARLIER_WORDS = ("harbour", "festival", "museum", "drought", "tunnel", "airport", "league",
                 "summit", "survey", "farmers", "housing", "energy", "court", "science")


async def store_earlier_stories(db: Database, count: int, now: datetime) -> None:
    """Stories of the last two days, three articles each, stored as the engine leaves
    them (assigned, counted) but written directly: a bot with 2,000 feeds has far more
    than /news's 500-story window, and assigning that many here would take minutes."""
    async with db.begin() as conn:
        for number in range(count):
            words = [EARLIER_WORDS[(number * k) % len(EARLIER_WORDS)] for k in (1, 3, 5)]
            headline = f"Story {number}: {' '.join(words)} update"
            when = now - timedelta(minutes=5 * number)
            story = await story_store.save_story(
                conn, key=f"{EARLIER_KEY}{number}", topic_key=f"bench-topic-{number % 60}",
                headline=headline, now=when, state=None)
            await story_store.add_articles(conn, [
                {"url": f"https://{outlet.lower()}.example.org/earlier/{number}",
                 "title": f"{headline} ({outlet})", "text": f"{headline}. Details follow.",
                 "source": outlet, "published": when, "first_seen_at": when,
                 "origin": "feed", "story_id": story.id, "assigned": True, "analysed": True}
                for outlet in OUTLETS[:3]])
            await story_store.refresh_story(conn, story.id)


WHAT_IFS = {"single-writer": what_if_single_writer}


def cog_with(bot: RunningBot, attribute: str) -> Any:
    return next(cog for cog in bot.bot.cogs.values() if hasattr(cog, attribute))


async def cycle_done(db: Database, trigger: datetime) -> bool:
    """Every feed polled: the poller stores next_fetch_at with each feed's result."""
    next_due = await feed_store.next_due_time(db)
    if next_due is not None and next_due.tzinfo is None:
        next_due = next_due.replace(tzinfo=UTC)
    return next_due is not None and next_due > trigger + timedelta(seconds=60)


async def unassigned(db: Database) -> int:
    async with db.connect_readonly() as conn:
        return int((await conn.execute(sa.select(sa.func.count()).select_from(articles)
                                       .where(articles.c.assigned.is_(False)))).scalar_one())

# --------------------------------------------------------------------------- watching the loop


class LoopWatch:
    """Loop lag per phase (a task that should wake every TICK) and, from a thread, the
    event-loop thread's stack whenever the loop has not turned for STALL_SECONDS."""

    def __init__(self) -> None:
        self.phase = "setup"
        self.lags: dict[str, list[float]] = {}
        self.stalls: Counter[tuple[str, str]] = Counter()
        self.busy_threads: Counter[tuple[str, str]] = Counter()
        self.pool_in_use: dict[str, int] = {}
        self.pool: Any = None
        self._beat = time.monotonic()
        self._loop_thread = threading.get_ident()
        self._stop = threading.Event()

    async def heartbeat(self) -> None:
        while True:
            before = time.monotonic()
            await asyncio.sleep(TICK_SECONDS)
            self._beat = time.monotonic()
            self.lags.setdefault(self.phase, []).append(self._beat - before - TICK_SECONDS)
            if self.pool is not None:
                in_use = self.pool.checkedout()
                self.pool_in_use[self.phase] = max(in_use, self.pool_in_use.get(self.phase, 0))

    def watchdog(self) -> None:
        while not self._stop.wait(0.01):
            if time.monotonic() - self._beat < STALL_SECONDS:
                continue
            frames = sys._current_frames()
            loop_frame = frames.get(self._loop_thread)
            if loop_frame is not None:
                self.stalls[(self.phase, describe_stack(loop_frame))] += 1
            for ident, frame in frames.items():
                if ident not in (self._loop_thread, threading.get_ident()):
                    self.busy_threads[(self.phase, describe_stack(frame, depth=2))] += 1

    def time_statements(self, engine: sa.Engine) -> None:
        """Wall time of each statement as the caller waits for it (queueing for the
        connection's thread and the GIL included), summed per statement shape."""
        self.statements: dict[tuple[str, str], list[float]] = {}

        @sa.event.listens_for(engine, "before_cursor_execute")
        def before(_conn: Any, _cursor: Any, _statement: str, *_args: Any) -> None:
            _conn.info.setdefault("bench_started", []).append(time.perf_counter())

        @sa.event.listens_for(engine, "after_cursor_execute")
        def after(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            took = time.perf_counter() - _conn.info["bench_started"].pop()
            shape = " ".join(statement.split())[:90]
            entry = self.statements.setdefault((self.phase, shape), [0, 0.0])
            entry[0] += 1
            entry[1] += took

    def start(self) -> None:
        threading.Thread(target=self.watchdog, daemon=True, name="loop-watchdog").start()

    def stop(self) -> None:
        self._stop.set()


def describe_stack(frame: FrameType | None, depth: int = 4) -> str:
    """The innermost frame, then the innermost frames of the project's own code."""
    parts: list[str] = []
    innermost = frame
    while frame is not None and len(parts) < depth:
        name = frame.f_code.co_filename
        if "/bot/" in name or "/cogs/" in name:
            parts.append(f"{name.split('/main/')[-1]}:{frame.f_lineno} {frame.f_code.co_name}")
        frame = frame.f_back
    if innermost is not None:
        where = innermost.f_code.co_filename.split("site-packages/")[-1]
        parts.insert(0, f"[{where}:{innermost.f_lineno} {innermost.f_code.co_name}]")
    return " <- ".join(parts)

# --------------------------------------------------------------------------- waves


def wave_commands(size: int, wave: int, queries: list[str], story_ids: list[int],
                  news_share: float = 0.5) -> list[dict[str, Any]]:
    commands = []
    news = round(size * news_share)
    for n in range(size):
        slot = wave * size + n
        if n * news % size < news:  # spreads the /news commands evenly over the wave
            commands.append({"name": "news", "options": {"query": queries[slot % len(queries)]}})
        else:
            commands.append({"name": "story",
                             "options": {"story": str(story_ids[slot % len(story_ids)])}})
    return commands


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def latency_line(label: str, records: list[dict[str, Any]]) -> tuple[str, float, float]:
    firsts = [r["first"] for r in records if r["first"] is not None]
    missed = len(records) - len(firsts)
    late = sum(1 for f in firsts if f > DEADLINE) + missed
    if not firsts:
        return f"{label:<24} n={len(records):4d}  no answers", 0.0, 0.0
    p50, p99 = statistics.median(firsts), percentile(firsts, 0.99)
    finals = [r["final"] for r in records if r["final"] is not None]
    final_text = (f"  final p50 {statistics.median(finals):6.2f} s max {max(finals):6.2f} s "
                  f"({len(finals)}/{len(records)} seen)" if finals else "")
    return (f"{label:<24} n={len(records):4d}  first callback p50 {1000 * p50:7.1f} ms  "
            f"p99 {1000 * p99:7.1f} ms  max {1000 * max(firsts):7.1f} ms  "
            f"over 3 s: {late}{final_text}"), p50, p99


def split(records: list[dict[str, Any]]) -> None:
    """First-callback time = gateway delivery (the fake sends, discord.py hands the
    interaction to the bot) + handling (the bot's work until its callback arrives)."""
    for command in ("news", "story"):
        chosen = [r for r in records if r["command"] == command and r["received"] is not None
                  and r["first"] is not None]
        if not chosen:
            continue
        delivery = [r["received"] - r["created"] for r in chosen]
        handling = [r["created"] + r["first"] - r["received"] for r in chosen]
        print(f"    /{command:<5} delivery p50 {1000 * statistics.median(delivery):6.1f} ms "
              f"p99 {1000 * percentile(delivery, 0.99):6.1f} ms | handling p50 "
              f"{1000 * statistics.median(handling):6.1f} ms p99 "
              f"{1000 * percentile(handling, 0.99):6.1f} ms")


async def run(args: argparse.Namespace) -> None:
    print(machine_line(), flush=True)
    site = FeedSiteProcess(args.feeds, args.items, args.ports, args.new_items)
    fake = FakeDiscordProcess(args.feeds)
    watch = LoopWatch()
    watch.start()
    heartbeat = asyncio.create_task(watch.heartbeat())
    try:
        with tempfile.TemporaryDirectory(prefix="storyline-latency-") as directory:
            url = f"sqlite+aiosqlite:///{directory}/bench.db"
            await measure(args, site, fake, watch, url)
    finally:
        heartbeat.cancel()
        watch.stop()
        fake.stop()
        site.stop()


async def measure(args: argparse.Namespace, site: FeedSiteProcess, fake: FakeDiscordProcess,
                  watch: LoopWatch, url: str) -> None:
    started = time.perf_counter()
    db = Database.connect(url)
    await db.migrate()
    await subscribe_feeds(db, site.urls(), fake.channels)
    async with db.begin() as conn:
        await story_store.add_articles(conn, seed_articles(utcnow()))
    await store_earlier_stories(db, args.stored_stories, utcnow())
    await db.close()
    for name in filter(None, args.what_if.split(",")):
        WHAT_IFS[name]()
        print(f"WHAT-IF {name}: patched in this process only; the product is unchanged",
              flush=True)
    print(f"setup: {args.feeds} subscriptions + seed articles in "
          f"{time.perf_counter() - started:.1f} s", flush=True)
    bot = await start_bot(fake.identity, url, OVERRIDES)  # type: ignore[arg-type]
    received: dict[str, float] = {}

    async def on_interaction(interaction: Any) -> None:
        received[str(interaction.id)] = time.monotonic()

    bot.bot.add_listener(on_interaction, "on_interaction")
    watch.pool = bot.bot.db.engine.pool
    watch.time_statements(bot.bot.db.engine.sync_engine)
    try:
        stories_cog = cog_with(bot, "engine")
        stories_cog.engine.articles_added()
        for _poll in range(360):  # the assigner has no "done" event: look every 0.5 s
            if not await unassigned(bot.bot.db):
                break
            await asyncio.sleep(0.5)
        recent = await story_store.recent_stories(bot.bot.db, utcnow() - timedelta(days=2),
                                                  args.stored_stories + 100)
        story_ids = [s.id for s in recent if not s.key.startswith(EARLIER_KEY)]
        queries = seed_queries()
        print(f"seeded: {len(story_ids)} stories from 240 articles; bot ready after "
              f"{time.perf_counter() - started:.1f} s", flush=True)
        wave = 0
        watch.phase = "idle"
        for _ in range(args.idle_waves):
            await fake.call("POST", "/wave", {"phase": "idle", "wave": wave, "commands":
                                              wave_commands(args.wave_size, wave, queries,
                                                            story_ids, args.news_share)})
            wave += 1
            # Idle means idle: the /news follow-ups of this wave finish before the next.
            await fake.call("GET", f"/summary?timeout={FINALS_TIMEOUT}")
        await site.control("POST", "generation/1")
        trigger = utcnow()
        async with bot.bot.db.begin() as conn:
            await conn.execute(feeds.update().where(feeds.c.system.is_(False))
                               .values(next_fetch_at=trigger))
        poller = cog_with(bot, "poller").poller
        fetches_before = poller.fetch_count
        cycle_started = time.monotonic()
        poller.wake()
        watch.phase = "cycle"
        cycle_seconds: float | None = None
        stop_at = cycle_started + args.loaded_seconds
        while time.monotonic() < stop_at:
            fired_at = time.monotonic()
            await fake.call("POST", "/wave", {"phase": watch.phase, "wave": wave, "commands":
                                              wave_commands(args.wave_size, wave, queries,
                                                            story_ids, args.news_share)})
            wave += 1
            if cycle_seconds is None and await cycle_done(bot.bot.db, trigger):
                cycle_seconds = time.monotonic() - cycle_started
                watch.phase = "after"
                stop_at = min(stop_at, time.monotonic() + args.tail_seconds)
            print(f"  t={time.monotonic() - cycle_started:5.0f} s  feeds fetched "
                  f"{poller.fetch_count - fetches_before:5d}  articles waiting for a story "
                  f"{await unassigned(bot.bot.db):6d}", flush=True)
            await asyncio.sleep(max(0.0, min(stop_at, fired_at + args.wave_interval)
                                    - time.monotonic()))
        fetched = poller.fetch_count - fetches_before
        left = await unassigned(bot.bot.db)
        watch.phase = "finals"
        summary = await fake.call("GET", f"/summary?timeout={FINALS_TIMEOUT}",
                                  timeout=FINALS_TIMEOUT + 30)
    finally:
        await bot.stop()
    for record in summary["records"]:
        record["received"] = received.get(record["id"])
    report(args, summary, watch, cycle_seconds, fetched, left)


def report(args: argparse.Namespace, summary: dict[str, Any], watch: LoopWatch,
           cycle_seconds: float | None, fetched: int, left: int) -> None:
    records = summary["records"]
    cycle = (f"the poll cycle took {cycle_seconds:.0f} s" if cycle_seconds is not None else
             f"{fetched} of {args.feeds} feeds fetched in the {args.loaded_seconds:.0f} s window")
    print(f"\nwaves of {args.wave_size} concurrent commands ({args.news_share:.0%} /news, "
          f"the rest /story); "
          f"{cycle}; articles waiting for a story at the end: {left}; messages posted in "
          f"the fake: {summary['messages']}; fake server errors: "
          f"{len(summary['server_errors'])}")
    figures = {}
    for phase in ("idle", "cycle", "after"):
        chosen = [r for r in records if r["phase"] == phase]
        if not chosen:
            continue
        waves = len({r["wave"] for r in chosen})
        line, p50, p99 = latency_line(f"{phase} ({waves} waves)", chosen)
        figures[phase] = (p50, p99)
        print(line)
        for command in ("news", "story"):
            print("  " + latency_line(f"/{command}", [r for r in chosen
                                                      if r["command"] == command])[0])
        split(chosen)
        lags = watch.lags.get(phase, [])
        if lags:
            print(f"  event-loop lag: p50 {1000 * statistics.median(lags):.1f} ms, "
                  f"p99 {1000 * percentile(lags, 0.99):.1f} ms, max {1000 * max(lags):.0f} ms; "
                  f"most DB connections checked out at once: {watch.pool_in_use.get(phase)}")
    if "idle" in figures:
        for phase in ("cycle", "after"):
            if phase in figures and figures["idle"][0] > 0:
                print(f"ratio {phase}/idle: p50 {figures[phase][0] / figures['idle'][0]:.1f}x, "
                      f"p99 {figures[phase][1] / figures['idle'][1]:.1f}x")
    print("\nwhere the event loop stood when it had not turned for "
          f"{1000 * STALL_SECONDS:.0f} ms (10 ms samples):")
    measured_phases = ("idle", "cycle", "after")
    stalls = Counter({key: n for key, n in watch.stalls.items() if key[0] in measured_phases})
    for (phase, stack), count in stalls.most_common(args.show_stalls):
        print(f"  {phase:<6} {10 * count:6d} ms  {stack}")
    print("SQL statements by total wall time while loaded (count, total s, mean ms):")
    loaded = sorted(((v[1], v[0], k) for k, v in getattr(watch, "statements", {}).items()
                     if k[0] in ("cycle", "after")), reverse=True)
    for total, count, (phase, shape) in loaded[:args.show_stalls]:
        print(f"  {phase:<6} {count:7d} {total:8.1f} s {1000 * total / count:7.1f} ms  {shape}")
    print("other threads during those stalls:")
    busy = Counter({key: n for key, n in watch.busy_threads.items()
                    if key[0] in measured_phases})
    for (phase, stack), count in busy.most_common(8):
        print(f"  {phase:<6} {10 * count:6d} ms  {stack}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_site_options(parser)
    parser.add_argument("--wave-size", type=int, default=50)
    parser.add_argument("--news-share", type=float, default=0.5,
                        help="share of /news in a wave; the rest are /story")
    parser.add_argument("--idle-waves", type=int, default=3)
    parser.add_argument("--wave-interval", type=float, default=8.0)
    parser.add_argument("--loaded-seconds", type=float, default=120.0,
                        help="longest time to fire waves after the feeds are made due")
    parser.add_argument("--tail-seconds", type=float, default=16.0,
                        help="go on this long after the poll cycle is done")
    parser.add_argument("--stored-stories", type=int, default=500,
                        help="stories of the last two days written before the run")
    parser.add_argument("--show-stalls", type=int, default=12)
    parser.add_argument("--what-if", default="",
                        help="experiments, comma-separated: " + ", ".join(WHAT_IFS))
    parser.add_argument("--serve-fake", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_fake:
        asyncio.run(serve_fake(args.feeds))
    else:
        asyncio.run(run(args))


if __name__ == "__main__":
    main()
