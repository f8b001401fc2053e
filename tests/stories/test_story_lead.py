"""A story's headline and link come from one article (its lead: the earliest original
report), however its articles arrive; a story is read in one snapshot, so a report placed
while it is being read shows up entirely or not at all."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.storage import follows as follow_store
from bot.storage import stories as story_store
from bot.storage.database import Database
from bot.storage.guilds import ensure_guild
from bot.storage.stories import StoryBacklog, add_articles, story_backlog
from bot.storage.tables import articles
from bot.stories.analyst import ArticleAnalyst
from bot.stories.assigner import StoryAssigner
from bot.stories.cluster import StoryClusterer
from bot.stories.coverage import build_story_view, load_story_rows, update_story_posts
from bot.stories.models import ClusterConfig

PUBLISHED = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def report(outlet: str, title: str, minutes: int) -> dict[str, Any]:
    return {"url": f"https://{outlet}.example/ferry", "origin": "feed", "source": outlet,
            "title": title, "text": "The Lowmoor ferry operator must restore its winter "
            "timetable, the regional transport board ruled.",
            "published": PUBLISHED + timedelta(minutes=minutes), "first_seen_at": PUBLISHED}


async def test_an_earlier_report_arriving_later_leads_with_its_own_link(db: Database) -> None:
    assigner = StoryAssigner(db, StoryClusterer(ClusterConfig()), clock=lambda: PUBLISHED)
    async with db.begin() as conn:
        await add_articles(conn, [report("gazette", "Lowmoor ferries ordered back on winter "
                                         "timetable by transport board", 30)])
    first = await assigner.assign_pending()
    async with db.begin() as conn:  # the earlier report, from a slower feed
        await add_articles(conn, [report("courier", "Transport board orders Lowmoor ferries "
                                         "back on winter timetable", 0)])
    assert await assigner.assign_pending() == first
    assert await story_backlog(db) == StoryBacklog(unplaced=0, unanalysed=2)

    view = await build_story_view(db, next(iter(first)))
    assert view is not None
    assert view.headline == "Transport board orders Lowmoor ferries back on winter timetable"
    assert view.url == "https://courier.example/ferry"
    assert len(view.outlets) == 2

    await ArticleAnalyst(db, None, clock=lambda: PUBLISHED).analyse_pending()
    assert (await story_backlog(db)).unanalysed == 0


async def place(db: Database, story_id: int, article: dict[str, Any]) -> None:
    """What the assigner does with a new report of the story, in one transaction."""
    async with db.begin() as conn:
        await story_store.add_articles(conn, [article])
        await conn.execute(articles.update().where(articles.c.url == article["url"])
                           .values(story_id=story_id, assigned=True))
        await story_store.refresh_story(conn, story_id)


async def test_a_report_placed_during_the_read_is_not_half_shown(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    async with db.begin() as conn:
        story = await story_store.save_story(conn, key="ferry", topic_key="ferry",
                                             headline="Ferries", now=PUBLISHED, state=None)
    await place(db, story.id, report("gazette", "Lowmoor ferries back on winter timetable", 30))
    read_articles = story_store.story_articles

    async def placed_meanwhile(conn: AsyncConnection, story_id: int
                               ) -> list[story_store.Article]:
        # The earlier report of a slower feed lands between the story's row and its articles.
        monkeypatch.setattr(story_store, "story_articles", read_articles)
        await place(db, story_id, report("courier", "Board orders Lowmoor ferries back", 0))
        return await read_articles(conn, story_id)

    monkeypatch.setattr(story_store, "story_articles", placed_meanwhile)
    rows = await load_story_rows(db, story.id)
    assert rows is not None
    assert [a.source for a in rows.articles] == ["gazette"]
    assert rows.story.article_count == 1
    assert rows.headline == "Lowmoor ferries back on winter timetable"

    later = await load_story_rows(db, story.id)  # the next read sees the report, as lead
    assert later is not None
    assert [a.source for a in later.articles] == ["courier", "gazette"]
    assert later.story.article_count == 2
    assert later.headline == "Board orders Lowmoor ferries back"


async def test_a_followed_story_is_read_once_for_its_match_and_its_post(db: Database) -> None:
    async with db.begin() as conn:
        ferry = await story_store.save_story(conn, key="ferry", topic_key="ferry",
                                             headline="Ferries", now=PUBLISHED, state=None)
        dam = await story_store.save_story(conn, key="dam", topic_key="dam",
                                           headline="Dam", now=PUBLISHED, state=None)
    await place(db, ferry.id, report("gazette", "Lowmoor ferries back on winter timetable", 0))
    await place(db, dam.id, {**report("courier", "Upland dam inspection passes", 0),
                             "url": "https://courier.example/dam", "text": "Inspectors passed "
                             "the upland dam after a week of tests."})
    await ensure_guild(db, 7)
    follow = await follow_store.add_follow(db, guild_id=7, topic="Lowmoor ferries",
                                           channel_id=70, created_at=PUBLISHED)
    reads: Counter[str] = Counter()

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            reads.update(table for table in ("stories", "articles", "story_quotes",
                                             "story_deadlines")
                         if re.search(rf"\bFROM {table}\b", statement))

    sa.event.listen(db.engine.sync_engine, "before_cursor_execute", count)
    try:
        assert await update_story_posts(db, [ferry.id, dam.id], PUBLISHED, [follow]) == 1
    finally:
        sa.event.remove(db.engine.sync_engine, "before_cursor_execute", count)

    # Each story's row and articles once; quotes and deadlines only for the matched one.
    assert reads == {"stories": 2, "articles": 2, "story_quotes": 1, "story_deadlines": 1}
    async with db.connect_readonly() as conn:
        post = await follow_store.post_for(conn, follow.id, ferry.id)
    assert post is not None
    assert "Lowmoor ferries back on winter timetable" in json.dumps(post.payload["message"])
