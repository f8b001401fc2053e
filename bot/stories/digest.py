"""The daily digest: each followed topic's top stories of the last day, at a local time."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from bot.render import limits
from bot.render.embeds import clean
from bot.storage import follows as follow_store
from bot.storage import outbox
from bot.storage import stories as story_store
from bot.storage.database import Database
from bot.storage.guilds import GuildSettings, get_guild
from bot.storage.stories import Story
from bot.storage.tables import guild_settings
from bot.stories.coverage import follow_query
from bot.stories.matching import TopicQuery

WINDOW = timedelta(hours=24)
# A digest missed while the bot was down is still sent if it is at most this late.
CATCH_UP = timedelta(hours=2)
STORIES_PER_TOPIC = 5


def parse_digest_time(text: str) -> str:
    """'7:30', '07:30' or '19:05' → 'HH:MM'; ValueError otherwise."""
    hours, _, minutes = text.strip().partition(":")
    hour, minute = int(hours), int(minutes or 0)
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise ValueError("use a 24-hour time such as 07:30")
    return f"{hour:02d}:{minute:02d}"


def digest_due(settings: GuildSettings, now: datetime) -> str | None:
    """The local date whose digest is due now, or None."""
    if not settings.digest_time:
        return None
    local = now.astimezone(ZoneInfo(settings.timezone))
    hour, minute = (int(part) for part in settings.digest_time.split(":"))
    late = local - local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if not timedelta(0) <= late <= CATCH_UP:
        return None
    date = local.strftime("%Y-%m-%d")
    return None if settings.digest_last_date == date else date


async def build_digest(db: Database, guild_id: int, now: datetime) -> dict[str, Any]:
    follows = [f for f in await follow_store.guild_follows(db, guild_id) if not f.paused]
    recent = await story_store.recent_story_texts(db, now - WINDOW)
    ranked = sorted(recent, key=lambda pair: (pair[0].source_count, pair[0].last_updated_at),
                    reverse=True)
    picks = {follow.id: _top_matching(follow_query(follow), ranked) for follow in follows}
    links = await story_store.first_article_urls(
        db, sorted({story.id for stories in picks.values() for story in stories}))
    fields = []
    for follow in follows:
        lines = [f"• [{clean(story.headline, 120)}]({links.get(story.id, '')}) — "
                 f"{story.source_count} source{'s' if story.source_count != 1 else ''}"
                 for story in picks[follow.id]]
        fields.append({"name": clean(follow.topic, limits.EMBED_FIELD_NAME),
                       "value": "\n".join(lines)[:limits.EMBED_FIELD_VALUE] or "No new stories.",
                       "inline": False})
    embed = {"title": "Daily digest", "fields": fields[:limits.EMBED_FIELDS],
             "description": "Top stories of the last 24 hours for the topics this server follows."
             if follows else "This server follows no topics yet: try `/follow add`."}
    return {"embeds": [embed], "allowed_mentions": {"parse": []}}


def _top_matching(query: TopicQuery, ranked: list[tuple[Story, list[str]]]) -> list[Story]:
    return [story for story, texts in ranked if query.matches(texts)][:STORIES_PER_TOPIC]


async def queue_due_digests(db: Database, now: datetime) -> int:
    async with db.connect_readonly() as conn:
        guild_ids = list((await conn.execute(sa.select(guild_settings.c.guild_id).where(
            guild_settings.c.digest_time.is_not(None), guild_settings.c.left_at.is_(None))
        )).scalars())
    queued = 0
    for guild_id in guild_ids:
        settings = await get_guild(db, guild_id)
        if settings is None or (date := digest_due(settings, now)) is None:
            continue
        channel_id = settings.digest_channel_id or settings.channel_id
        if channel_id is None:
            continue
        payload = await build_digest(db, guild_id, now)
        async with db.begin() as conn:
            # Claiming the date and queueing the post commit together: never two digests.
            claimed = await conn.execute(guild_settings.update().where(
                guild_settings.c.guild_id == guild_id,
                sa.or_(guild_settings.c.digest_last_date.is_(None),
                       guild_settings.c.digest_last_date != date)).values(digest_last_date=date))
            if claimed.rowcount:
                await outbox.enqueue(conn, guild_id=guild_id, channel_id=channel_id,
                                     payload=payload, kind="digest", now=now)
                queued += 1
    return queued
