"""Places every ingested article in a story, analyses it, and keeps the stored stories
(and the clusterer's active index) in step, one article at a time, oldest first."""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.analysis import analyse
from bot.background import WorkLoop
from bot.storage import stories as store
from bot.storage.database import Database
from bot.storage.state import get_state, set_state
from bot.storage.stories import Article
from bot.storage.types import utcnow
from bot.stories.cluster import StoryClusterer
from bot.stories.models import ArticleInput, Assignment, Fingerprint, StoryState, TermStats

log = logging.getLogger(__name__)

BATCH = 200
IDLE_WAIT_SECONDS = 30.0
# Stories older than this are not restored into the active index after a restart.
RESTORE_WINDOW = timedelta(days=7)
SUMMARY_SENTENCES = 3
CLUSTERER_STATE_KEY = "story_clusterer"

StoriesChanged = Callable[[set[int]], Awaitable[None]]


_RECORDS: dict[str, type[Any]] = {"Fingerprint": Fingerprint, "StoryState": StoryState,
                                   "TermStats": TermStats}


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {"__record__": type(value).__name__,
                **{f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}}
    if isinstance(value, datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, bytes):
        return {"__bytes__": base64.b64encode(value).decode()}
    if isinstance(value, frozenset | set):
        return {"__set__": sorted(_encode(v) for v in value)}
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "__record__" in value:
        fields = {k: _decode(v) for k, v in value.items() if k != "__record__"}
        return _RECORDS[value["__record__"]](**fields)
    if "__datetime__" in value:
        return datetime.fromisoformat(value["__datetime__"])
    if "__bytes__" in value:
        return base64.b64decode(value["__bytes__"])
    if "__set__" in value:
        return frozenset(_decode(v) for v in value["__set__"])
    return {k: _decode(v) for k, v in value.items()}


def encode_state(record: Any) -> str:
    """The clusterer's records (stories, topics, term statistics) as JSON text."""
    return json.dumps(_encode(record))


def decode_state(text: str) -> Any:
    return _decode(json.loads(text))


@dataclasses.dataclass(frozen=True)
class Placement:
    assignment: Assignment
    state: StoryState | None
    brief: dict[str, Any] | None


class StoryAssigner:
    def __init__(self, db: Database, clusterer: StoryClusterer, *,
                 clock: Callable[[], datetime] = utcnow,
                 on_stories_changed: StoriesChanged | None = None) -> None:
        self.db = db
        self.clusterer = clusterer
        self.clock = clock
        self.on_stories_changed = on_stories_changed
        self._restored = False
        self._loop = WorkLoop("story assignment", self.assign_pending, clock=lambda: self.clock(),
                              idle=IDLE_WAIT_SECONDS)

    def wake(self) -> None:
        self._loop.wake()

    async def restore(self) -> int:
        rows = await store.active_story_states(self.db, self.clock() - RESTORE_WINDOW)
        states = [decode_state(row.state) for row in rows if row.state]
        extras = await get_state(self.db, CLUSTERER_STATE_KEY)
        topics, terms = [], None
        if extras:
            saved = decode_state(extras)
            topics, terms = saved["topics"], saved["terms"]
        await asyncio.to_thread(self.clusterer.restore, states, topics, terms)
        self._restored = True
        return len(states)

    async def save_extras(self) -> None:
        """Topics and term statistics: saved after each batch, not per article."""
        topics = [self.clusterer.snapshot_topic(t) for t in self.clusterer.active_topic_ids()]
        text = encode_state({"topics": topics, "terms": self.clusterer.term_stats()})
        await set_state(self.db, CLUSTERER_STATE_KEY, text)

    async def run(self) -> None:
        await self._loop.run()

    async def assign_pending(self) -> set[int]:
        """Assign every waiting article; returns the ids of the stories that changed."""
        if not self._restored:
            await self.restore()
        changed: set[int] = set()
        while batch := await store.unassigned_articles(self.db, BATCH):
            # The clusterer's index is not thread-safe: one batch at a time, off the loop,
            # embedded together; then the whole batch is stored in one transaction.
            placements = await asyncio.to_thread(self._place_batch, batch)
            async with self.db.begin() as conn:
                for article, placement in zip(batch, placements, strict=True):
                    changed.add(await self._store(conn, article, placement))
            await self.save_extras()
        if changed and self.on_stories_changed is not None:
            await self.on_stories_changed(changed)
        return changed

    async def _store(self, conn: AsyncConnection, article: Article,
                     placement: Placement) -> int:
        assignment, now = placement.assignment, self.clock()
        story = await store.save_story(
            conn, key=assignment.story_id, topic_key=assignment.topic_id,
            headline=article.title, now=now,
            state=encode_state(placement.state) if placement.state else None)
        for absorbed in assignment.merged_story_ids:
            await store.fold_story(conn, absorbed_key=absorbed, keeper_id=story.id)
        duplicate_of = int(assignment.duplicate_of) if assignment.duplicate_of else None
        brief = placement.brief
        await store.mark_assigned(conn, article.id, story_id=story.id,
                                  duplicate_of=duplicate_of,
                                  brief=json.dumps(brief) if brief else None)
        if brief is not None:
            await store.add_findings(conn, *_findings(brief, story.id, article))
        summary = "\n".join(brief["summary"]) if brief and brief["summary"] else None
        await store.refresh_story_counts(conn, story.id,
                                         summary if summary and len(summary) > len(
                                             story.summary) else story.summary)
        return story.id

    def _place_batch(self, articles: list[Article]) -> list[Placement]:
        assignments = self.clusterer.assign_many([ArticleInput(
            id=str(a.id), title=a.title, text=a.text or None, url=a.url, source=a.source,
            published=a.published) for a in articles])
        # Snapshots after the whole batch: a story folded into another meanwhile has none
        # (its row is deleted when the fold is stored).
        active = set(self.clusterer.active_story_ids())
        states = {story_id: self.clusterer.snapshot_story(story_id)
                  for story_id in {a.story_id for a in assignments} if story_id in active}
        return [Placement(assignment, states.get(assignment.story_id),
                          None if assignment.duplicate_of else _brief(article))
                for article, assignment in zip(articles, assignments, strict=True)]


def _brief(article: Article) -> dict[str, Any]:
    text = f"{article.title}.\n\n{article.text}" if article.text else article.title
    brief = analyse(text, article.published, title=article.title,
                    sentences=SUMMARY_SENTENCES).to_json_dict()
    brief["summary"] = [s for s in brief["summary"] if s.rstrip(".") != article.title]
    return brief


def _findings(brief: dict[str, Any], story_id: int,
              article: Article) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    quotes = [{"story_id": story_id, "article_id": article.id, "text": q["text"][:1000],
               "speaker": q["speaker"], "published": article.published}
              for q in brief.get("quotes", [])]
    deadlines = [{"story_id": story_id, "article_id": article.id, "phrase": d["phrase"][:200],
                  "about": (d.get("about") or "")[:300],
                  "earliest": datetime.fromisoformat(d["earliest"]),
                  "latest": datetime.fromisoformat(d["latest"])}
                 for d in brief.get("deadlines", []) if d.get("earliest") and d.get("latest")]
    return quotes, deadlines
