"""INSERT … ON CONFLICT for both backends (races between handlers must not raise)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection


def _insert(conn: AsyncConnection, table: sa.Table) -> Any:
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


@functools.cache
def _insert_ignore(dialect_name: str, table: sa.Table) -> Any:
    # Built once per table: constructing it costs more than running it on SQLite.
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing()


async def insert_ignore(conn: AsyncConnection, table: sa.Table,
                        rows: dict[str, Any] | Sequence[dict[str, Any]]) -> None:
    """Insert, silently skipping rows whose key already exists."""
    if not rows:
        return
    await conn.execute(_insert_ignore(conn.dialect.name, table), rows)


async def upsert(conn: AsyncConnection, table: sa.Table, values: dict[str, Any],
                 keys: Sequence[str]) -> None:
    statement = _insert(conn, table).values(**values)
    updates = {k: statement.excluded[k] for k in values if k not in keys}
    await conn.execute(statement.on_conflict_do_update(index_elements=list(keys), set_=updates))
