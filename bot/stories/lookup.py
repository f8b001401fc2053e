"""What the story commands ask of stored stories (/timeline, /deadlines, /quotes, /news),
each answered in a fixed number of queries however many stories match."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import NamedTuple

from bot.storage import stories as story_store
from bot.storage.database import Database
from bot.storage.stories import Story
from bot.stories.findings import ReportedDeadline, merge_deadlines
from bot.stories.matching import TopicQuery

TIMELINE_STORIES = 20
DEADLINES_SHOWN = 25
# Several outlets report the same deadline: read enough rows to show DEADLINES_SHOWN
# distinct ones.
DEADLINE_ROWS = DEADLINES_SHOWN * 4


class TimelineEntry(NamedTuple):
    first_seen: datetime
    headline: str
    source_count: int
    url: str


async def stories_about(db: Database, query: TopicQuery, since: datetime) -> list[Story]:
    """Stories seen since `since` that match the topic, newest first."""
    found = await story_store.recent_story_texts(db, since)
    return [found[i][0] for i in await asyncio.to_thread(query.matching, found)]


async def timeline(db: Database, stories: Iterable[Story]) -> list[TimelineEntry]:
    """The latest TIMELINE_STORIES stories in date order, each with its first link."""
    shown = sorted(stories, key=lambda s: s.first_seen_at)[-TIMELINE_STORIES:]
    links = await story_store.first_article_urls(db, [s.id for s in shown])
    return [TimelineEntry(s.first_seen_at, s.headline, s.source_count, links.get(s.id, ""))
            for s in shown]


async def upcoming_deadlines(db: Database, story_ids: Sequence[int],
                             after: datetime) -> list[ReportedDeadline]:
    """The stories' deadlines ending after `after`, soonest first, each once, with the
    outlets and links that reported it."""
    if not story_ids:
        return []
    rows = await story_store.deadlines_with_sources(db, after, story_ids, DEADLINE_ROWS)
    return merge_deadlines(rows)[:DEADLINES_SHOWN]
