"""A story's headline and link come from one article (its lead: the earliest original
report), however its articles arrive."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.storage.database import Database
from bot.storage.stories import StoryBacklog, add_articles, story_backlog
from bot.stories.analyst import ArticleAnalyst
from bot.stories.assigner import StoryAssigner
from bot.stories.cluster import StoryClusterer
from bot.stories.coverage import build_story_view
from bot.stories.models import ClusterConfig

PUBLISHED = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def report(outlet: str, title: str, minutes: int) -> dict[str, object]:
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
