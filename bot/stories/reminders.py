"""Deadline reminders for followed stories: 24 hours before, and when the time is reached."""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa

from bot.render.embeds import clean, timestamp
from bot.storage import follows as follow_store
from bot.storage import outbox
from bot.storage.database import Database
from bot.storage.tables import follows, stories, story_deadlines, story_posts

AHEAD = timedelta(hours=24)
# A deadline reached while the bot was down is still announced if it is this recent.
LATE_GRACE = timedelta(hours=6)


def reminder_text(kind: str, phrase: str, about: str, headline: str, latest: datetime) -> str:
    subject = clean(about, 200) if about else clean(headline, 200)
    if kind == "24h":
        return (f"⏰ Deadline in 24 hours ({timestamp(latest)}): *{clean(phrase, 80)}* — "
                f"{subject}")
    return (f"⌛ The window is now closing: *{clean(phrase, 80)}* — {subject} "
            f"({clean(headline, 150)})")


async def queue_due_reminders(db: Database, now: datetime) -> int:
    """Queue every reminder that is due and not yet queued; returns how many."""
    query = (sa.select(story_deadlines.c.id, story_deadlines.c.story_id,
                       story_deadlines.c.phrase, story_deadlines.c.about,
                       story_deadlines.c.latest, stories.c.headline, follows.c.id.label("fid"),
                       follows.c.guild_id, follows.c.channel_id)
             .join(stories, stories.c.id == story_deadlines.c.story_id)
             .join(story_posts, story_posts.c.story_id == stories.c.id)
             .join(follows, follows.c.id == story_posts.c.follow_id)
             .where(follows.c.paused.is_(False),
                    story_deadlines.c.latest > now - LATE_GRACE,
                    story_deadlines.c.latest <= now + AHEAD)
             .order_by(story_deadlines.c.id))
    queued = 0
    async with db.begin() as conn:
        rows = (await conn.execute(query)).all()
        seen: set[tuple[int, str]] = set()
        for row in rows:
            kind = "due" if row.latest <= now else "24h"
            # The same deadline from several outlets (or phrased twice) is one reminder,
            # claimed under the id of its first occurrence.
            key = (row.fid, f"{row.story_id}|{row.latest:%Y-%m-%dT%H}|{kind}")
            if key in seen:
                continue
            seen.add(key)
            if not await follow_store.claim_reminder(conn, row.fid, row.id, kind, now):
                continue
            text = reminder_text(kind, row.phrase, row.about, row.headline, row.latest)
            await outbox.enqueue(conn, guild_id=row.guild_id, channel_id=row.channel_id,
                                 payload={"content": text[:2000],
                                          "allowed_mentions": {"parse": []}},
                                 kind="reminder", now=now)
            queued += 1
    return queued
