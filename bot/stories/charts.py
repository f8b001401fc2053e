"""The data behind coverage charts, read from storage, drawn off the event loop."""

from __future__ import annotations

from collections.abc import Sequence

from bot.render.charts import (
    ChartImage,
    DeadlineMark,
    Report,
    coverage_chart,
    render_off_loop,
    timeline_chart,
)
from bot.storage import guilds as guild_store
from bot.storage import stories as story_store
from bot.storage.database import Database


async def server_timezone(db: Database, guild_id: int | None) -> str:
    if guild_id is None:
        return "UTC"
    async with db.connect_readonly() as conn:
        return await guild_store.guild_timezone(conn, guild_id)


async def story_chart(db: Database, story_id: int, tz: str) -> ChartImage | None:
    """Outlets reporting the story over time, or None when the story is gone."""
    story = await story_store.get_story(db, story_id)
    if story is None:
        return None
    articles = await story_store.story_articles(db, story_id)
    reported_at = {a.id: a.published or a.first_seen_at for a in articles}
    reports = [Report(reported_at[a.id], a.source or "unknown outlet") for a in articles]
    marks: dict[str, DeadlineMark] = {}
    deadlines = await story_store.story_deadlines_of(db, story_id)
    for deadline in deadlines:
        when = reported_at.get(deadline.article_id, story.first_seen_at)
        known = marks.get(deadline.phrase.lower())
        if known is None or when < known.reported_at:
            marks[deadline.phrase.lower()] = DeadlineMark(when, deadline.phrase)
    ordered = sorted(marks.values(), key=lambda m: m.reported_at)
    return await render_off_loop(coverage_chart, story.headline, reports, ordered, tz)


async def topic_chart(stories: Sequence[story_store.Story], title: str, tz: str) -> ChartImage:
    """How many of a topic's stories began each day."""
    return await render_off_loop(timeline_chart, title, [s.first_seen_at for s in stories], tz)
