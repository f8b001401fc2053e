"""The stories side of the bot as one service: assignment, follows' posts, reminders,
digests and searches, each a loop with an owner that starts and stops it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from bot.background import WorkLoop, together
from bot.delivery.pacing import Pacer
from bot.delivery.transport import Transport
from bot.net.http import HttpClient
from bot.search.base import SearchProvider
from bot.storage import stories as story_store
from bot.storage.database import Database
from bot.storage.follows import Follow
from bot.storage.types import utcnow
from bot.stories.analyst import ArticleAnalyst
from bot.stories.assigner import StoryAssigner
from bot.stories.cluster import StoryClusterer
from bot.stories.coverage import build_story_view, update_story_posts
from bot.stories.digest import queue_due_digests
from bot.stories.lookup import stories_about
from bot.stories.matching import TopicQuery
from bot.stories.models import ClusterConfig, StoryView
from bot.stories.publisher import StoryPublisher
from bot.stories.reminders import queue_due_reminders
from bot.stories.searching import (
    SEARCH_EVERY,
    SearchFailed,
    search_and_store,
    search_due_follows,
)

log = logging.getLogger(__name__)

HOUSEKEEPING_EVERY = 30.0
NEWS_WINDOW = timedelta(hours=48)
THIN_COVERAGE = 3


class StoryEngine:
    def __init__(self, db: Database, transport: Transport, pacer: Pacer, *,
                 providers: Sequence[SearchProvider] = (),
                 on_posts_queued: Callable[[], None] = lambda: None,
                 clock: Callable[[], datetime] = utcnow,
                 clusterer: StoryClusterer | None = None,
                 places_articles: bool = True,
                 on_story_posts: Callable[[], None] = lambda: None,
                 web: HttpClient | None = None,
                 search_every: timedelta = SEARCH_EVERY) -> None:
        self.db = db
        self.search_every = search_every
        # Only the process leading the stories role places articles; another answers
        # /news from what is stored and leaves new search results to the leader.
        self.places_articles = places_articles
        self.providers = list(providers)
        self.clock = clock
        self.on_posts_queued = on_posts_queued
        # Story posts changed: the runtime tells the publisher when it runs elsewhere.
        self.on_story_posts = on_story_posts
        # Two stages: placement, then reading (without `web`, from the feeds' text only).
        self.analyst = ArticleAnalyst(db, web, clock=clock,
                                      on_stories_changed=self.stories_changed)
        # The live stream never settles (settling is for a finished batch), so its stories
        # keep no member vectors: about 24 KB a story saved for nothing.
        clusterer = clusterer or StoryClusterer(ClusterConfig(member_sample=0))
        self.assigner = StoryAssigner(db, clusterer, clock=clock,
                                      on_stories_changed=self.stories_changed,
                                      on_articles_placed=self.analyst.wake)
        self.publisher = StoryPublisher(db, transport, pacer, clock=clock)
        self._housekeeping = WorkLoop(
            "story housekeeping", self.housekeeping, clock=lambda: self.clock(),
            idle=min(HOUSEKEEPING_EVERY, search_every.total_seconds()))

    async def run(self) -> None:
        await together(self.run_placement(), self.publisher.run())

    async def run_placement(self) -> None:
        """Placement, reading and housekeeping without the publisher, which the runtime
        runs next to the outbox sender when posts are sent by one process for all."""
        await together(self.assigner.run(), self.analyst.run(), self._housekeeping.run())

    def articles_added(self) -> None:
        self.assigner.wake()

    async def stories_changed(self, story_ids: set[int]) -> None:
        """Posts show a story once its articles are read: a post whose quotes and
        deadlines arrive a moment later would announce them as a development."""
        ready = story_ids - await story_store.stories_reading(self.db, sorted(story_ids))
        if ready and await update_story_posts(self.db, ready, self.clock()):
            self.publisher.wake()
            self.on_story_posts()

    async def follow_added(self, follow: Follow) -> None:
        """Search for the new topic right away instead of at the next round."""
        try:
            if await search_due_follows(self.db, self.providers, self.clock(), [follow]):
                self.assigner.wake()
        except Exception:
            log.exception("first search for follow %s failed", follow.id)

    async def housekeeping(self) -> None:
        now = self.clock()
        queued = await queue_due_reminders(self.db, now) + await queue_due_digests(self.db, now)
        if queued:
            self.on_posts_queued()
        if await search_due_follows(self.db, self.providers, now, every=self.search_every):
            self.assigner.wake()

    async def news(self, query: str, limit: int = 8) -> list[StoryView]:
        """Top stories for a query from the last 48 h; a live search fills thin coverage.
        Raises SearchFailed when nothing is stored and every search provider failed."""
        views = await self._stored_news(query, limit)
        if len(views) < THIN_COVERAGE and self.providers:
            try:
                stored = await search_and_store(self.db, self.providers, query, self.clock())
            except SearchFailed:
                if not views:
                    raise
                stored = 0
            if stored and self.places_articles:
                await self.assigner.assign_pending()
                views = await self._stored_news(query, limit)
        return views

    async def _stored_news(self, query: str, limit: int) -> list[StoryView]:
        matching = await stories_about(self.db, TopicQuery.parse(query),
                                       self.clock() - NEWS_WINDOW)
        views: list[StoryView] = []
        for story in sorted(matching, key=lambda s: (s.source_count, s.last_updated_at),
                            reverse=True)[:limit]:
            if view := await build_story_view(self.db, story.id):
                views.append(view)
        return views
