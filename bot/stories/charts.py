"""The data behind coverage charts, read from storage, drawn off the event loop."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

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
from bot.stories.coverage import StoryRows


async def server_timezone(db: Database, guild_id: int | None) -> str:
    if guild_id is None:
        return "UTC"
    async with db.connect_readonly() as conn:
        return await guild_store.guild_timezone(conn, guild_id)


async def story_chart(rows: StoryRows, tz: str) -> ChartImage:
    """Outlets reporting the story over time, with each deadline line of the story's
    embed marked where it was first reported."""
    reports = [Report(_reported_at(a), a.source or "unknown outlet") for a in rows.articles]
    return await render_off_loop(coverage_chart, rows.headline, reports,
                                 deadline_marks(rows), tz)


def deadline_marks(rows: StoryRows) -> list[DeadlineMark]:
    """One mark per deadline line of the story (merged as the embed merges them: same day,
    same thing), placed at its first report."""
    reported_at = {a.id: _reported_at(a) for a in rows.articles}
    marks = [DeadlineMark(min((reported_at[i] for i in d.article_ids if i in reported_at),
                              default=rows.story.first_seen_at), d.line.phrase)
             for d in rows.deadlines]
    return sorted(marks, key=lambda m: m.reported_at)


def _reported_at(article: story_store.Article) -> datetime:
    return article.published or article.first_seen_at


async def topic_chart(stories: Sequence[story_store.Story], title: str, tz: str) -> ChartImage:
    """How many of a topic's stories began each day."""
    return await render_off_loop(timeline_chart, title, [s.first_seen_at for s in stories], tz)
