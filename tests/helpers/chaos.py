"""A chaos run: Storyline as three processes on one PostgreSQL, killed at random.

Two gateway processes (shards 0 and 1 of 2, each also polling and delivering) and one
worker (poll, deliver, stories) run `python -m bot run` against a fake Discord that
enforces 50 requests/s and 5 messages per 5 s per channel. Feeds served here publish new
items that fan out to every channel; a process picked at random is killed with SIGKILL
and restarted, again and again, while /about is asked in every shard's servers. The
fake Discord and the feeds live in this process, so they outlive every kill.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

from aiohttp import web

from bot.sandbox import FakeDiscord, FakeGuild
from bot.sandbox.sharding import shard_of
from bot.storage import feeds as feed_store
from bot.storage import outbox as outbox_store
from bot.storage.database import Database
from bot.storage.guilds import ensure_guild
from tests.helpers.local_server import serve_locally

SHARDS = 2
ANSWER_WITHIN = 3.0
PROCESS_ROLES = {
    "gateway-0": ("gateway,poll,deliver", "0"),
    "gateway-1": ("gateway,poll,deliver", "1"),
    "worker": ("poll,deliver,stories", ""),
}


@dataclass(frozen=True, kw_only=True)
class ChaosConfig:
    """One chaos run: the world it builds, how often it kills a process, and its seed."""

    kills: int = 9
    feeds: int = 4
    guilds: int = 4
    channels_per_guild: int = 3
    interval: int = 8  # seconds between polls of a feed
    publish_every: float = 4.0  # new items on one feed, round robin
    items_per_publish: int = 2  # several per poll: channels get bursts to pace
    kill_gap: tuple[float, float] = (4.0, 7.0)
    drain_timeout: float = 75.0
    seed: int = 12
    log_dir: Path | None = None


@dataclass
class ChaosReport:
    kills: list[str] = field(default_factory=list)
    items: int = 0
    channels: int = 0
    expected_posts: int = 0
    delivered: int = 0
    lost: int = 0
    duplicated: int = 0
    too_many_requests: int = 0
    fetches: int = 0
    early_fetches: int = 0  # a URL fetched again well inside one interval
    longest_fetch_gap: float = 0.0  # seconds between two fetches of one URL
    post_delay_median: float = 0.0  # item published -> its post in a channel
    post_delay_max: float = 0.0
    interactions: int = 0
    slow_interactions: int = 0  # answered late or not at all while the shard was up
    slowest_answer: float = 0.0
    drain_seconds: float = 0.0
    duration: float = 0.0
    missing: list[str] = field(default_factory=list)  # items with a channel lacking them
    outbox: dict[str, int] = field(default_factory=dict)  # rows by status at the end

    def lines(self) -> list[str]:
        return [
            f"kills: {len(self.kills)} ({', '.join(self.kills)})",
            f"items published: {self.items} x {self.channels} channels = "
            f"{self.expected_posts} posts; delivered {self.delivered}, lost {self.lost}, "
            f"duplicated {self.duplicated}",
            f"429 answers: {self.too_many_requests}",
            f"feed fetches: {self.fetches}, fetched twice within an interval: "
            f"{self.early_fetches}; longest gap between fetches of a feed "
            f"{self.longest_fetch_gap:.1f} s",
            f"item published -> posted: median {self.post_delay_median:.1f} s, "
            f"longest {self.post_delay_max:.1f} s",
            f"interactions: {self.interactions}, not answered within {ANSWER_WITHIN:g} s "
            f"while their shard was up: {self.slow_interactions}; slowest "
            f"{self.slowest_answer:.2f} s",
            f"all posts in {self.drain_seconds:.1f} s after the last item; "
            f"whole run {self.duration:.0f} s",
            *([f"missing: {', '.join(self.missing)}; outbox rows by status: {self.outbox}"]
              if self.missing else []),
        ]


class NewsFeeds:
    """RSS feeds that grow one item at a time; every fetch is recorded."""

    def __init__(self, count: int) -> None:
        self.items: dict[int, list[tuple[str, datetime]]] = {n: [] for n in range(count)}
        self.fetched: dict[str, list[float]] = defaultdict(list)
        self.runner: web.AppRunner | None = None
        self.port = 0

    async def start(self) -> None:
        self.runner, self.port = await serve_locally(self._feed)

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()

    def url(self, n: int) -> str:
        return f"http://127.0.0.1:{self.port}/feed/{n}.xml"

    def publish(self, n: int) -> str:
        title = f"chaos-item-{n}-{len(self.items[n])}"
        self.items[n].append((title, datetime.now(UTC)))
        return title

    async def _feed(self, request: web.Request) -> web.Response:
        n = int(request.path.rsplit("/", 1)[1].split(".")[0])
        self.fetched[request.path].append(time.monotonic())
        entries = "".join(
            f"<item><title>{title}</title><link>https://news.example/{title}</link>"
            f"<guid>{title}</guid><pubDate>{format_datetime(when)}</pubDate></item>"
            for title, when in reversed(self.items[n]))
        body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {n}</title>'
                f"<link>https://news.example/</link>{entries}</channel></rss>")
        return web.Response(body=body.encode(), content_type="application/rss+xml")


class BotProcess:
    def __init__(self, name: str, env: dict[str, str], log_dir: Path) -> None:
        self.name = name
        self.env = env
        self.log_path = log_dir / f"{name}.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen([sys.executable, "-m", "bot", "run"], env=self.env,
                                        stdout=log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL)
        log.close()

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()


def _shard_guild_ids(count: int) -> list[int]:
    # Snowflakes whose shard alternates, so both gateway processes own servers.
    return [((1000 + n) << 22) | n for n in range(count)]


async def _seed(database_url: str, guilds: list[FakeGuild], feeds: NewsFeeds,
                interval: int) -> None:
    db = Database.connect(database_url)
    try:
        await db.migrate()
        now = datetime.now(UTC)
        for guild in guilds:
            await ensure_guild(db, guild.id)
        async with db.begin() as conn:
            for n in range(len(feeds.items)):
                feed, _ = await feed_store.get_or_create_feed(
                    conn, feeds.url(n), title=f"Feed {n}", format="rss",
                    interval_seconds=interval, now=now)
                for guild in guilds:
                    for channel in guild.channels.values():
                        await feed_store.add_subscription(
                            conn, guild_id=guild.id, feed_id=feed.id,
                            name=f"feed-{n}-{channel.name}", channel_id=channel.id,
                            created_at=now)
    finally:
        await db.close()


def _environment(fake: FakeDiscord, database_url: str, interval: int) -> dict[str, str]:
    return {**{k: v for k, v in os.environ.items() if not k.startswith(("ROLES", "SHARD"))},
            "DISCORD_TOKEN": fake.token, "DISCORD_API_BASE": fake.api_base,
            "DISCORD_GATEWAY_URL": fake.gateway_url, "DATABASE_URL": database_url,
            "ALLOW_PRIVATE_URLS": "127.0.0.0/8", "FEED_INTERVAL_MIN": "1",
            "FEED_INTERVAL_DEFAULT": str(interval), "SEARCH_GOOGLE_NEWS": "false",
            "SEARCH_GDELT": "false", "DEFAULT_WORLD_FEEDS": "false", "LOG_LEVEL": "INFO",
            # A feed whose poller was killed holding it waits out the lease and then has
            # many new items: each must still get its own post (no "and N more" line).
            "MAX_ITEMS_PER_POLL": "50",
            "SHARD_COUNT": str(SHARDS)}


class InteractionProbe:
    """Asks /about in a server of every shard whose process is up, and judges the
    answer only when that process stayed up for the whole time allowed."""

    def __init__(self, fake: FakeDiscord, guilds: list[FakeGuild],
                 processes: dict[str, BotProcess], report: ChaosReport) -> None:
        self.fake = fake
        self.guild_of_shard = {shard_of(g.id, SHARDS): g for g in guilds}
        self.processes = processes
        self.report = report
        self.downtime: dict[str, list[tuple[float, float]]] = defaultdict(list)
        self.killed_at: dict[str, float] = {}
        self.asking: set[asyncio.Task[None]] = set()
        self.dead_sessions: set[str] = set()

    def sessions(self, shard: int) -> set[str]:
        return {s.id for s in self.fake.gateway.sessions.values()
                if s.shard == (shard, SHARDS) and s.connection is not None}

    def connected(self, shard: int) -> bool:
        # A session of the killed process may look connected until its socket closes.
        return bool(self.sessions(shard) - self.dead_sessions)

    def mark_killed(self, name: str) -> None:
        self.killed_at[name] = time.monotonic()
        if name.startswith("gateway-"):
            self.dead_sessions |= self.sessions(int(name.rsplit("-", 1)[1]))

    def mark_connected(self, name: str) -> None:
        start = self.killed_at.pop(name, None)
        if start is not None:
            self.downtime[name].append((start, time.monotonic()))

    def _was_up(self, name: str, start: float, end: float) -> bool:
        if name in self.killed_at and self.killed_at[name] < end:
            return False
        return not any(a < end and b > start for a, b in self.downtime[name])

    async def run(self) -> None:
        while True:
            for shard, guild in self.guild_of_shard.items():
                name = f"gateway-{shard}"
                if name in self.killed_at:
                    if self.connected(shard):
                        self.mark_connected(name)
                    continue
                if self.connected(shard):
                    task = asyncio.create_task(self._ask(name, guild))
                    self.asking.add(task)
                    task.add_done_callback(self.asking.discard)
            await asyncio.sleep(1.0)

    async def _ask(self, name: str, guild: FakeGuild) -> None:
        start = time.monotonic()
        interaction = await self.fake.invoke("about", guild=guild,
                                             channel=next(iter(guild.channels.values())))
        with contextlib.suppress(TimeoutError):
            await interaction.response(timeout=ANSWER_WITHIN + 1)
        if not self._was_up(name, start, start + ANSWER_WITHIN):
            return
        self.report.interactions += 1
        latency = interaction.latency
        if latency is None or latency > ANSWER_WITHIN:
            self.report.slow_interactions += 1
        if latency is not None:
            self.report.slowest_answer = max(self.report.slowest_answer, latency)


def _posts_per_item(fake: FakeDiscord, titles: list[str], channel_ids: set[int],
                    first_seen: dict[tuple[str, int], datetime] | None = None
                    ) -> Counter[tuple[str, int]]:
    """How often each (item, channel) was posted; `first_seen` gets its first post's time."""
    wanted = set(titles)
    counts: Counter[tuple[str, int]] = Counter()
    for message in list(fake.messages_by_id.values()):
        if message.channel_id not in channel_ids or message.deleted:
            continue
        text = message.content + json.dumps(message.embeds)
        for token in text.replace('"', " ").replace("/", " ").split():
            if token in wanted:
                key = (token, message.channel_id)
                counts[key] += 1
                if first_seen is not None:
                    posted = datetime.fromisoformat(message.timestamp)
                    first_seen[key] = min(first_seen.get(key, posted), posted)
                break
    return counts


async def run_chaos(config: ChaosConfig, database_url: str, work_dir: Path) -> ChaosReport:
    report = ChaosReport()
    began = time.monotonic()
    rng = random.Random(config.seed)
    fake = FakeDiscord(global_rate_limit=50, channel_message_limit=(5, 5.0))
    feeds = NewsFeeds(config.feeds)
    await fake.start()
    await feeds.start()
    guilds = [fake.add_guild(f"Server {n}", guild_id=guild_id,
                             channels=[f"news-{c}" for c in range(config.channels_per_guild)])
              for n, guild_id in enumerate(_shard_guild_ids(config.guilds))]
    channel_ids = {c.id for g in guilds for c in g.channels.values()}
    report.channels = len(channel_ids)
    await _seed(database_url, guilds, feeds, config.interval)
    env = _environment(fake, database_url, config.interval)
    log_dir = config.log_dir or work_dir
    processes = {name: BotProcess(name, {**env, "ROLES": roles, "SHARD_IDS": shards},
                                  log_dir)
                 for name, (roles, shards) in PROCESS_ROLES.items()}
    probe = InteractionProbe(fake, guilds, processes, report)
    titles: list[str] = []
    try:
        for process in processes.values():
            process.start()
        await fake.wait_for_commands(timeout=60)
        probing = asyncio.create_task(probe.run())
        publishing = asyncio.create_task(_publish(feeds, titles, config))
        for _ in range(config.kills):
            await asyncio.sleep(rng.uniform(*config.kill_gap))
            name = rng.choice(sorted(processes))
            probe.mark_killed(name)
            processes[name].kill()
            report.kills.append(name)
            processes[name].start()
        await asyncio.sleep(config.interval)
        publishing.cancel()
        last_item_at = time.monotonic()
        expected = {(t, c) for t in titles for c in channel_ids}
        deadline = last_item_at + config.drain_timeout
        counts = _posts_per_item(fake, titles, channel_ids)
        while time.monotonic() < deadline and not expected <= set(counts):
            await asyncio.sleep(1.0)
            counts = _posts_per_item(fake, titles, channel_ids)
        report.drain_seconds = time.monotonic() - last_item_at
        await asyncio.sleep(2.0)  # a duplicate sent late would show now
        first_seen: dict[tuple[str, int], datetime] = {}
        counts = _posts_per_item(fake, titles, channel_ids, first_seen)
        published = {title: when for items in feeds.items.values() for title, when in items}
        delays = sorted((posted - published[title]).total_seconds()
                        for (title, _channel), posted in first_seen.items())
        if delays:
            report.post_delay_median = statistics.median(delays)
            report.post_delay_max = delays[-1]
        probing.cancel()
        report.items = len(titles)
        report.expected_posts = len(expected)
        report.delivered = sum(1 for key in expected if counts[key] >= 1)
        report.lost = len(expected) - report.delivered
        report.missing = sorted({title for title, channel in expected
                                 if not counts[(title, channel)]})
        report.outbox = await _outbox_statuses(database_url)
        report.duplicated = sum(n - 1 for n in counts.values() if n > 1)
        report.too_many_requests = sum(1 for r in fake.requests if r.status == 429)
        for stamps in feeds.fetched.values():
            report.fetches += len(stamps)
            gaps = [b - a for a, b in itertools.pairwise(stamps)]
            report.early_fetches += sum(1 for gap in gaps if gap < config.interval * 0.5)
            report.longest_fetch_gap = max([report.longest_fetch_gap, *gaps])
    finally:
        for process in processes.values():
            process.stop()
        await feeds.stop()
        await fake.close()
    report.duration = time.monotonic() - began
    return report


async def _outbox_statuses(database_url: str) -> dict[str, int]:
    db = Database.connect(database_url)
    try:
        return await outbox_store.count_by_status(db)
    finally:
        await db.close()


async def _publish(feeds: NewsFeeds, titles: list[str], config: ChaosConfig) -> None:
    n = 0
    while True:
        for _ in range(config.items_per_publish):
            titles.append(feeds.publish(n % config.feeds))
        n += 1
        await asyncio.sleep(config.publish_every)
