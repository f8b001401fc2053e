"""The runtime: starts, stops and reports on every background worker of one process.

A process runs the workers of its roles (`ROLES`): `poll` (feed poller), `deliver` (the
outbox sender and the story publisher, which share one pacer) and `stories` (placement,
reminders, digests, follow searches, guild purge). Stages hand work to each other
through storage; a wake-up call only shortens the next wait. On SQLite one process runs
everything. On PostgreSQL several processes share the work: pollers claim due feeds
with leases, and `deliver` and `stories` each run in one leader at a time (an advisory
lock), with every other process holding that role as a standby.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from bot.background import WorkLoop, together
from bot.config import Settings
from bot.coordination import Leadership, WakeSignals, dedicated_engine, worker_identity
from bot.delivery.pacing import CHANNEL_WINDOW_MARGIN, CHANNEL_WINDOW_SECONDS, Pacer
from bot.delivery.sender import OutboxSender, RouteFailed
from bot.delivery.transport import Transport
from bot.feeds.icons import fill_outlet_icons, refresh_feed_icon
from bot.feeds.identity import normalise_url
from bot.feeds.poller import FeedPoller, PollSettings
from bot.net.http import HttpClient
from bot.retention import RetentionWorker
from bot.search import close_providers
from bot.search.default_feeds import default_world_feeds
from bot.search.registry import SearchSettings, build_providers
from bot.storage import feeds as feed_store
from bot.storage import guilds as guild_store
from bot.storage import outbox
from bot.storage.database import Database
from bot.storage.feeds import FeedRow
from bot.storage.follows import Follow
from bot.storage.outbox import OutboxEntry
from bot.stories.engine import StoryEngine
from bot.stories.models import StoryView
from bot.stories.publisher import StoryPublisher

log = logging.getLogger(__name__)

# A claimed feed is someone else's for this long; a killed poller's feeds are taken
# over when it ends (the issue asks for "within a minute").
FEED_LEASE = timedelta(seconds=45)
# Pollers claim small batches, so the last batches of a cycle spread over every poller
# instead of one poller finishing a large batch while the others idle.
FEED_CLAIM_BATCH = 50
# Long enough for a channel's whole batch at 5 posts per 5 s; a new sole sender drops
# the old one's claims at once anyway.
OUTBOX_LEASE = timedelta(minutes=5)
# A new sender does not know what its predecessor sent in the last seconds: it waits
# one channel window so neither Discord's per-channel nor its global budget is exceeded.
TAKEOVER_QUIET_SECONDS = CHANNEL_WINDOW_SECONDS + CHANNEL_WINDOW_MARGIN
PURGE_EVERY_SECONDS = 6 * 3600.0
WAKE_POSTS, WAKE_ARTICLES, WAKE_FEEDS, WAKE_STORY_POSTS = (
    "outbox", "articles", "feeds", "story_posts")
RESTART_AFTER_SECONDS = 5.0
# How long /follow format and /feed format wait for outlet icons: most sites answer well
# within it, so a post made right after already shows its outlet's icon, while a slow site
# (each fetch may take ICON_TIMEOUT, a lookup several fetches) never keeps the answer
# waiting longer.
ICONS_WAIT_SECONDS = 4.0

T = TypeVar("T")


@dataclass(frozen=True)
class WorkerHealth:
    name: str
    state: str  # running | leader | standby | stopped
    restarts: int = 0  # times it crashed (or ended) and was started again


class Runtime:
    def __init__(self, settings: Settings, db: Database, web: HttpClient,
                 transport: Transport, *, clock: Callable[[], datetime],
                 on_route_failed: RouteFailed | None = None,
                 wait_until_ready: Callable[[], Awaitable[object]] | None = None,
                 pacer: Pacer | None = None) -> None:
        self.web = web
        self.settings = settings
        self.db = db
        self.clock = clock
        self.roles = frozenset(settings.roles)
        self.worker_id = worker_identity()
        self.coordinated = db.backend == "PostgreSQL"
        self._wait_until_ready = wait_until_ready
        # One pacer for every request this process sends for its workers.
        self.pacer = pacer or Pacer()
        self.sender = OutboxSender(db, transport, pacer=self.pacer, clock=clock,
                                   on_route_failed=on_route_failed,
                                   due_entries=self._claim_posts if self.coordinated else None)
        self.poller = FeedPoller(db, web, PollSettings(
            interval_default=settings.feed_interval_default,
            interval_min=settings.feed_interval_min,
            max_items_per_poll=settings.max_items_per_poll,
            keep_items_for=timedelta(days=settings.retention_days)),
            on_posts_queued=self.posts_queued, on_articles_added=self.articles_added,
            clock=clock, due_feeds=self._claim_feeds if self.coordinated else None)
        self.providers = build_providers(web, SearchSettings.from_settings(settings))
        self._transport = transport
        # The engine answering /news; in a single process it is also the one at work.
        self.engine = self._new_engine(places_articles=not self.coordinated)
        self.publisher = StoryPublisher(db, transport, self.pacer, clock=clock)
        self.engine.publisher = self.publisher
        self.purge = WorkLoop("guild purge", self._purge_departed, clock=clock,
                              idle=PURGE_EVERY_SECONDS)
        # Old items, decisions, posts and caches (RETENTION_DAYS); run by the stories leader.
        self.retention = RetentionWorker(db, clock=clock,
                                         max_age=timedelta(days=settings.retention_days))
        self.signals = WakeSignals(db) if self.coordinated else None
        self.leaders: dict[str, Leadership] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self.restarts: dict[str, int] = {}
        self._side_tasks: set[asyncio.Task[Any]] = set()

    def _new_engine(self, *, places_articles: bool) -> StoryEngine:
        return StoryEngine(self.db, self._transport, self.pacer, providers=self.providers,
                           on_posts_queued=self.posts_queued, clock=self.clock,
                           places_articles=places_articles,
                           on_story_posts=lambda: self._signal(WAKE_STORY_POSTS),
                           web=self.web,
                           search_every=timedelta(seconds=self.settings.follow_search_every))

    # -- hand-offs: the local worker is woken, other processes are told ------------------
    def posts_queued(self) -> None:
        self.sender.wake()
        self._signal(WAKE_POSTS)

    def feeds_changed(self) -> None:
        """A feed was added or resumed: poll it now rather than at the next round."""
        self.poller.wake()
        self._signal(WAKE_FEEDS)

    def articles_added(self) -> None:
        self.engine.articles_added()
        self._signal(WAKE_ARTICLES)

    def follow_added(self, follow: Follow) -> None:
        """A new follow is searched for at once (in the background, off the interaction)."""

        async def search() -> None:
            await self.engine.follow_added(follow)
            self.articles_added()

        self._spawn(search())

    async def look_up_outlet_icons(self, guild_id: int) -> None:
        """The icons of the outlets a server's stories may post as, waited for at most
        ICONS_WAIT_SECONDS; slower lookups go on in the background (until shutdown) and
        are stored for later posts."""
        await self._wait_for_icons(fill_outlet_icons(self.db, self.web, guild_id,
                                                     self.clock()))

    async def look_up_feed_icon(self, feed_id: int) -> str | None:
        """A feed's icon looked up again, if found within ICONS_WAIT_SECONDS; a slower
        lookup goes on in the background and its icon is stored for later posts."""
        lookup = await self._wait_for_icons(refresh_feed_icon(self.db, self.web, feed_id,
                                                              self.clock()))
        return lookup.icon if lookup is not None else None

    async def _wait_for_icons(self, lookups: Coroutine[Any, Any, T]) -> T | None:
        """The lookups' result, or None while they are still running, in the background."""
        task = self._spawn(lookups)
        done, _pending = await asyncio.wait([task], timeout=ICONS_WAIT_SECONDS)
        return task.result() if done else None

    async def news(self, query: str) -> list[StoryView]:
        return await self.engine.news(query)

    def _signal(self, topic: str) -> None:
        if self.signals is not None:
            self._spawn(self.signals.send(topic))

    def _spawn(self, work: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.create_task(work)
        self._side_tasks.add(task)
        task.add_done_callback(self._side_tasks.discard)
        return task

    # -- claiming on PostgreSQL ----------------------------------------------------------
    async def _claim_feeds(self, now: datetime, limit: int) -> list[FeedRow]:
        return await feed_store.claim_due_feeds(self.db, now, min(limit, FEED_CLAIM_BATCH),
                                                FEED_LEASE)

    async def _claim_posts(self, now: datetime, limit: int) -> list[OutboxEntry]:
        return await outbox.claim_due_entries(self.db, now, limit, self.worker_id,
                                              OUTBOX_LEASE)

    # -- lifecycle -----------------------------------------------------------------------
    async def prepare(self) -> None:
        """Work done once at start, before any worker runs."""
        if "stories" in self.roles and self.settings.default_world_feeds:
            try:
                await feed_store.ensure_system_feeds(
                    self.db, [(f.name, normalise_url(f.url)) for f in default_world_feeds()],
                    self.settings.feed_interval_default, self.clock())
            except Exception:  # another process registered them at the same moment
                log.warning("could not register the world feeds", exc_info=True)

    def start(self) -> None:
        if "poll" in self.roles:
            self._start("poller", self.poller.run)
        if "deliver" in self.roles:
            self._start("delivery", self._led("deliver", self._deliver))
        if "stories" in self.roles:
            self._start("stories", self._led("stories", self._place_stories))
        if self.signals is not None:
            self.signals.on(WAKE_POSTS, self.sender.wake)
            self.signals.on(WAKE_FEEDS, self.poller.wake)
            self.signals.on(WAKE_STORY_POSTS, self.publisher.wake)
            self.signals.on(WAKE_ARTICLES, lambda: self.engine.articles_added())
            self._start("wake-ups", self.signals.listen, after_ready=False)

    def _led(self, role: str, work: Callable[[], Coroutine[Any, Any, None]]
             ) -> Callable[[], Coroutine[Any, Any, None]]:
        if not self.coordinated:
            return work
        leadership = self.leaders[role] = Leadership(dedicated_engine(self.db), role)
        return lambda: leadership.run(work)

    def _start(self, name: str, work: Callable[[], Coroutine[Any, Any, None]], *,
               after_ready: bool = True) -> None:
        async def runner() -> None:
            if after_ready and self._wait_until_ready is not None:
                await self._wait_until_ready()
            while True:  # a worker that crashes is restarted, and the crash counted
                try:
                    await work()
                except Exception:
                    log.exception("worker %s crashed; restarting", name)
                self.restarts[name] = self.restarts.get(name, 0) + 1
                await asyncio.sleep(RESTART_AFTER_SECONDS)

        self._tasks[name] = asyncio.create_task(runner(), name=f"runtime-{name}")

    async def _deliver(self) -> None:
        if self.coordinated:
            dropped = await outbox.release_claims(self.db, self.worker_id, others=True)
            log.info("sending posts (took over %d claimed posts)", dropped)
            await asyncio.sleep(TAKEOVER_QUIET_SECONDS)
        await together(self.sender.run(), self.publisher.run())

    async def _place_stories(self) -> None:
        if self.coordinated:
            # A fresh engine per term: it rebuilds the clusterer's index from storage.
            query_engine, self.engine = self.engine, self._new_engine(places_articles=True)
            self.engine.publisher = self.publisher
            try:
                await together(self.engine.run_placement(), self.purge.run(),
                               self.retention.run())
            finally:
                self.engine = query_engine
            return
        await together(self.engine.run_placement(), self.purge.run(), self.retention.run())

    async def _purge_departed(self) -> None:
        purged = await guild_store.purge_departed_guilds(self.db, self.clock())
        if purged:
            log.info("purged data of %d servers left over 30 days ago", len(purged))

    def health(self) -> list[WorkerHealth]:
        report = []
        for name, task in self._tasks.items():
            role = {"delivery": "deliver", "stories": "stories"}.get(name)
            if task.done():
                state = "stopped"
            elif role in self.leaders:
                state = self.leaders[role].state
            else:
                state = "running"
            report.append(WorkerHealth(name, state, self.restarts.get(name, 0)))
        return report

    async def stop(self) -> None:
        tasks = [*self._tasks.values(), *self._side_tasks]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self.coordinated and "deliver" in self.roles:
            try:
                await outbox.release_claims(self.db, self.worker_id)
            except Exception:
                log.warning("could not release this sender's claims", exc_info=True)
        for leadership in self.leaders.values():
            await leadership.engine.dispose()
        await close_providers(self.providers)

