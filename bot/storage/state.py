"""Key/value facts the bot keeps between runs."""

from __future__ import annotations

import sqlalchemy as sa

from bot.storage.database import Database
from bot.storage.tables import bot_state
from bot.storage.upsert import upsert


async def get_state(db: Database, key: str) -> str | None:
    async with db.connect_readonly() as conn:
        return (await conn.execute(
            sa.select(bot_state.c.value).where(bot_state.c.key == key))).scalar_one_or_none()


async def set_state(db: Database, key: str, value: str) -> None:
    async with db.begin() as conn:
        await upsert(conn, bot_state, {"key": key, "value": value}, keys=["key"])
