"""Stored /summarize results."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from bot.storage.database import Database
from bot.storage.tables import brief_cache
from bot.storage.upsert import upsert


async def get_cached(db: Database, key: str,
                     fresh_after: datetime | None = None) -> dict[str, Any] | None:
    query = sa.select(brief_cache.c.data).where(brief_cache.c.key == key)
    if fresh_after is not None:
        query = query.where(brief_cache.c.created_at >= fresh_after)
    async with db.connect_readonly() as conn:
        data = (await conn.execute(query)).scalar_one_or_none()
    return None if data is None else json.loads(data)


async def put_cached(db: Database, key: str, url: str, data: dict[str, Any],
                     now: datetime) -> None:
    async with db.begin() as conn:
        await upsert(conn, brief_cache, {"key": key, "url": url, "data": json.dumps(data),
                                         "created_at": now}, keys=["key"])
