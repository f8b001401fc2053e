"""Places every ingested article in a story and keeps the stored stories (and the
clusterer's active index) in step, in batches, oldest first. Reading the articles (quotes,
deadlines, summaries) is the analysis stage's job: placement never waits for it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.background import LoopWorker
from bot.storage import stories as store
from bot.storage.database import Database
from bot.storage.state import get_state, set_state
from bot.storage.stories import Article
from bot.storage.types import utcnow
from bot.stories.cluster import StoryClusterer
from bot.stories.models import ArticleInput, Assignment, StoryState
from bot.stories.state_codec import decode_state, encode_state

log = logging.getLogger(__name__)

BATCH = 200
IDLE_WAIT_SECONDS = 30.0
# Stories older than this are not restored into the active index after a restart.
RESTORE_WINDOW = timedelta(days=7)
CLUSTERER_STATE_KEY = "story_clusterer"

StoriesChanged = Callable[[set[int]], Awaitable[None]]


class StoryAssigner(LoopWorker):
    def __init__(self, db: Database, clusterer: StoryClusterer, *,
                 clock: Callable[[], datetime] = utcnow,
                 on_stories_changed: StoriesChanged | None = None,
                 on_articles_placed: Callable[[], None] = lambda: None) -> None:
        self.db = db
        self.clusterer = clusterer
        self.clock = clock
        self.on_stories_changed = on_stories_changed
        self.on_articles_placed = on_articles_placed
        self.placed_total = 0
        self._restored = False
        # /news places waiting articles itself while the loop may be placing them too; the
        # clusterer takes one batch at a time and a batch must not be placed twice.
        self._placing = asyncio.Lock()
        self._run_rounds("story assignment", self.assign_pending, idle=IDLE_WAIT_SECONDS)

    async def restore(self) -> int:
        rows = await store.active_story_states(self.db, self.clock() - RESTORE_WINDOW)
        extras = await get_state(self.db, CLUSTERER_STATE_KEY)
        # Thousands of saved stories: decoding them is CPU work, kept off the event loop.
        restored = await asyncio.to_thread(self._restore, [r.state for r in rows if r.state],
                                           extras)
        self._restored = True
        return restored

    def _restore(self, saved_states: list[str], extras: str | None) -> int:
        states = [decode_state(state) for state in saved_states]
        topics, terms = [], None
        if extras:
            saved = decode_state(extras)
            topics, terms = saved["topics"], saved["terms"]
        self.clusterer.restore(states, topics, terms)
        return len(states)

    async def save_extras(self) -> None:
        """Topics and term statistics: saved after each batch, not per article."""
        text = await asyncio.to_thread(self._extras_text)
        await set_state(self.db, CLUSTERER_STATE_KEY, text)

    def _extras_text(self) -> str:
        topics = [self.clusterer.snapshot_topic(t) for t in self.clusterer.active_topic_ids()]
        return encode_state({"topics": topics, "terms": self.clusterer.term_stats()})

    async def assign_pending(self) -> set[int]:
        """Place every waiting article; returns the ids of the stories that changed."""
        async with self._placing:
            return await self._assign_pending()

    async def _assign_pending(self) -> set[int]:
        if not self._restored:
            await self.restore()
        changed: set[int] = set()
        while batch := await store.unassigned_articles(self.db, BATCH):
            # The clusterer's index is not thread-safe: one batch at a time, off the loop,
            # embedded together; then the whole batch is stored in one transaction.
            assignments, states = await asyncio.to_thread(self._place_batch, batch)
            async with self.db.begin() as conn:
                changed |= await self._store_batch(conn, batch, assignments, states)
            await self.save_extras()
            self.placed_total += len(batch)
            self.on_articles_placed()
        if changed and self.on_stories_changed is not None:
            await self.on_stories_changed(changed)
        return changed

    async def _store_batch(self, conn: AsyncConnection, batch: list[Article],
                           assignments: list[Assignment],
                           states: dict[str, str]) -> set[int]:
        """One row per story touched, one statement for all articles, then the folds in
        the order the clusterer made them (they move articles, so they come last)."""
        now = self.clock()
        ids: dict[str, int] = {}
        for article, assignment in zip(batch, assignments, strict=True):
            if assignment.story_id not in ids:
                story = await store.save_story(
                    conn, key=assignment.story_id, topic_key=assignment.topic_id,
                    headline=article.title, now=now, state=states.get(assignment.story_id))
                ids[assignment.story_id] = story.id
        await store.mark_placed(conn, [
            {"article_id": article.id, "story_id": ids[assignment.story_id],
             "duplicate_of": int(assignment.duplicate_of) if assignment.duplicate_of else None}
            for article, assignment in zip(batch, assignments, strict=True)])
        folded: set[int] = set()
        for assignment in assignments:
            for absorbed in assignment.merged_story_ids:
                gone = await store.fold_story(conn, absorbed_key=absorbed,
                                              keeper_id=ids[assignment.story_id])
                if gone is not None:
                    folded.add(gone)
        changed = set(ids.values()) - folded
        for story_id in sorted(changed):
            await store.refresh_story(conn, story_id)
        return changed

    def _place_batch(self, articles: list[Article]) -> tuple[list[Assignment], dict[str, str]]:
        assignments = self.clusterer.assign_many([ArticleInput(
            id=str(a.id), title=a.title, text=a.text or None, url=a.url, source=a.source,
            published=a.published) for a in articles])
        # Snapshots after the whole batch: a story folded into another meanwhile has none
        # (its row is deleted when the fold is stored).
        active = set(self.clusterer.active_story_ids())
        snapshots: dict[str, StoryState] = {
            story_id: self.clusterer.snapshot_story(story_id)
            for story_id in {a.story_id for a in assignments} if story_id in active}
        return assignments, {key: encode_state(state) for key, state in snapshots.items()}
