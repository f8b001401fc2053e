"""Short notices to a server's admins (feed failing, gone, recovered, channel refused).

They go to the server's settings channel, else to the channel the feed posts in, through
the same outbox as every other post.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.render.limits import MESSAGE_CONTENT
from bot.render.text import neutralise_mentions, truncate
from bot.storage import outbox
from bot.storage.database import Database
from bot.storage.tables import guild_settings, subscriptions


def notice_payload(text: str) -> dict[str, object]:
    # Notices quote feed titles, which are feed-supplied text like any other.
    return {"content": truncate(neutralise_mentions(text), MESSAGE_CONTENT),
            "allowed_mentions": {"parse": []}}


async def notify_guild(conn: AsyncConnection, guild_id: int, text: str, now: datetime, *,
                       fallback_channel_id: int | None,
                       avoid_channel_id: int | None = None) -> bool:
    settings_channel = (await conn.execute(
        sa.select(guild_settings.c.channel_id).where(guild_settings.c.guild_id == guild_id)
    )).scalar_one_or_none()
    channel_id = next((c for c in (settings_channel, fallback_channel_id)
                       if c is not None and c != avoid_channel_id), None)
    if channel_id is None:
        return False
    await outbox.enqueue(conn, guild_id=guild_id, channel_id=channel_id,
                         payload=notice_payload(text), kind="notice", now=now)
    return True


async def notify_feed_subscribers(db: Database, feed_id: int, text: str, now: datetime) -> int:
    """One notice per server that follows the feed."""
    notified = 0
    async with db.begin() as conn:
        rows = (await conn.execute(
            sa.select(subscriptions.c.guild_id, sa.func.min(subscriptions.c.channel_id))
            .where(subscriptions.c.feed_id == feed_id).group_by(subscriptions.c.guild_id)
        )).all()
        for guild_id, channel_id in rows:
            notified += await notify_guild(conn, guild_id, text, now,
                                           fallback_channel_id=channel_id)
    return notified


async def notify_route_failure(db: Database, guild_id: int, channel_id: int, error: str,
                               now: datetime) -> bool:
    text = (f"I can no longer post in <#{channel_id}> ({error}), so feeds that post there "
            "are stopped. Give me View Channel, Send Messages and Embed Links there, or move "
            "the feeds with `/feed remove` and `/feed add`.")
    async with db.begin() as conn:
        other_channel = (await conn.execute(
            sa.select(sa.func.min(subscriptions.c.channel_id)).where(
                subscriptions.c.guild_id == guild_id, subscriptions.c.channel_id != channel_id,
                subscriptions.c.route_error.is_(None)))).scalar_one_or_none()
        return await notify_guild(conn, guild_id, text, now, fallback_channel_id=other_channel,
                                  avoid_channel_id=channel_id)
