"""Per-server settings: one row per guild the bot has joined."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.storage.database import Database
from bot.storage.tables import guild_settings
from bot.storage.types import utcnow
from bot.storage.upsert import insert_ignore

RETENTION_AFTER_LEAVING = timedelta(days=30)


@dataclass(frozen=True)
class GuildSettings:
    guild_id: int
    timezone: str
    channel_id: int | None
    manager_role_id: int | None
    digest_time: str | None
    digest_channel_id: int | None
    digest_last_date: str | None
    joined_at: datetime
    left_at: datetime | None


def _from_row(row: sa.Row[Any]) -> GuildSettings:
    return GuildSettings(**row._mapping)


async def ensure_guild(db: Database, guild_id: int) -> GuildSettings:
    """Create the row on first sight; a returning server keeps its settings."""
    async with db.begin() as conn:
        row = (await conn.execute(
            sa.select(guild_settings).where(guild_settings.c.guild_id == guild_id)
        )).first()
        if row is None:
            await insert_ignore(conn, guild_settings,
                                {"guild_id": guild_id, "joined_at": utcnow()})
        elif row.left_at is not None:
            await conn.execute(guild_settings.update()
                               .where(guild_settings.c.guild_id == guild_id)
                               .values(left_at=None))
        row = (await conn.execute(
            sa.select(guild_settings).where(guild_settings.c.guild_id == guild_id)
        )).one()
    return _from_row(row)


async def lock_guild(conn: AsyncConnection, guild_id: int, now: datetime) -> None:
    """Make sure the server's row exists and hold it until the transaction ends.

    Writers that check a per-server cap or name before inserting call this first: the
    write takes PostgreSQL's row lock and SQLite's database write lock, so two commands
    of one server run their check-then-insert one after the other."""
    await insert_ignore(conn, guild_settings, {"guild_id": guild_id, "joined_at": now})
    await conn.execute(guild_settings.update().where(guild_settings.c.guild_id == guild_id)
                       .values(left_at=None))


async def get_guild(db: Database, guild_id: int) -> GuildSettings | None:
    async with db.connect_readonly() as conn:
        row = (await conn.execute(
            sa.select(guild_settings).where(guild_settings.c.guild_id == guild_id)
        )).first()
    return None if row is None else _from_row(row)


async def update_guild(db: Database, guild_id: int, **values: object) -> GuildSettings:
    unknown = set(values) - set(guild_settings.c.keys())
    if unknown:
        raise ValueError(f"unknown guild settings: {sorted(unknown)}")
    await ensure_guild(db, guild_id)
    async with db.begin() as conn:
        await conn.execute(guild_settings.update()
                           .where(guild_settings.c.guild_id == guild_id).values(**values))
        row = (await conn.execute(
            sa.select(guild_settings).where(guild_settings.c.guild_id == guild_id)
        )).one()
    return _from_row(row)


async def mark_guild_left(db: Database, guild_id: int, when: datetime | None = None) -> None:
    async with db.begin() as conn:
        await conn.execute(guild_settings.update()
                           .where(guild_settings.c.guild_id == guild_id)
                           .values(left_at=when or utcnow()))


async def delete_guild_data(db: Database, guild_id: int) -> None:
    """Everything stored for one server. Feature tables reference guild_settings with
    ON DELETE CASCADE, so deleting the row removes the rest."""
    async with db.begin() as conn:
        await conn.execute(guild_settings.delete().where(guild_settings.c.guild_id == guild_id))


async def purge_departed_guilds(db: Database, now: datetime | None = None) -> list[int]:
    cutoff = (now or utcnow()) - RETENTION_AFTER_LEAVING
    async with db.begin() as conn:
        rows = (await conn.execute(
            sa.select(guild_settings.c.guild_id).where(guild_settings.c.left_at < cutoff)
        )).scalars().all()
        if rows:
            await conn.execute(guild_settings.delete()
                               .where(guild_settings.c.guild_id.in_(rows)))
    return list(rows)


async def count_guilds(db: Database) -> int:
    async with db.connect_readonly() as conn:
        return int((await conn.execute(
            sa.select(sa.func.count()).select_from(guild_settings)
            .where(guild_settings.c.left_at.is_(None))
        )).scalar_one())


async def guild_timezone(conn: AsyncConnection, guild_id: int) -> str:
    """The server's time zone for dates in posts; UTC until an admin sets one."""
    zone = (await conn.execute(sa.select(guild_settings.c.timezone)
                               .where(guild_settings.c.guild_id == guild_id))
            ).scalar_one_or_none()
    return zone or "UTC"
