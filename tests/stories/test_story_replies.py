"""Thread replies of a followed story: news that no later version may swallow."""

from __future__ import annotations

from pathlib import Path

from bot.storage import follows as follow_store
from bot.storage.database import Database
from bot.stories.coverage import update_post
from bot.stories.models import QuoteLine, SourceLink, StoryView
from tests.helpers import clock
from tests.helpers.databases import sqlite_url
from tests.helpers.followed import followed_story

GUILD, CHANNEL = 10, 20


def view(story_id: int, outlets: list[str], speakers: list[str]) -> StoryView:
    return StoryView(
        story_id=story_id, headline="Port talks fail", url="https://courier.example/a",
        summary=["Talks at the port failed on Monday."],
        sources=[SourceLink(o, f"https://{o.lower()}.example/a", "Port talks fail", None)
                 for o in outlets],
        quotes=[QuoteLine(f"Words from {s}.", s) for s in speakers])


async def test_a_reply_not_yet_sent_is_carried_into_the_next_version(tmp_path: Path) -> None:
    db = Database.connect(sqlite_url(tmp_path))
    await db.migrate()
    try:
        follow, story = await followed_story(db, guild_id=GUILD, channel_id=CHANNEL,
                                             topic="port talks", headline="Port talks fail")
        assert await update_post(db, follow, view(story.id, ["Courier"], ["Ada Lind"]),
                                  clock.now()) == 1
        async with db.begin() as conn:
            post = await follow_store.post_for(conn, follow.id, story.id)
        assert post is not None
        await follow_store.mark_published(db, post, message_id=99, thread_id=None)

        # Two developments while Discord is unreachable: the first version's reply is
        # still unsent when the second version arrives.
        await update_post(db, follow, view(story.id, ["Courier", "Gazette"],
                                            ["Ada Lind", "Bo Reyes"]), clock.now())
        await update_post(db, follow, view(story.id, ["Courier", "Gazette"],
                                            ["Ada Lind", "Bo Reyes", "Cy Moss"]), clock.now())
        async with db.begin() as conn:
            latest = await follow_store.post_for(conn, follow.id, story.id)
        assert latest is not None and latest.published_version < latest.version
        reply = str(latest.payload["reply"])
        assert "Bo Reyes" in reply and "Cy Moss" in reply

        # Nothing new to say: no new version, the pending reply stays as it was.
        assert await update_post(db, follow, view(story.id, ["Courier", "Gazette"],
                                                   ["Ada Lind", "Bo Reyes", "Cy Moss"]),
                                  clock.now()) == 0
    finally:
        await db.close()
