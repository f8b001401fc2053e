"""The async engine, one per process, on SQLite (WAL) or PostgreSQL.

SQLAlchemy 2 Core was chosen over a raw driver because the same statements run on both
backends, and over the ORM because the bot's data access is a few small queries per
aggregate where explicit SQL reads better. Alembic owns the schema history.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import exc as sa_exc
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from bot.config import ensure_sqlite_directory

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


MIGRATION_LOCK = 0x53544C00


def _enable_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers (slash commands) proceed while the poller writes.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# asyncpg lets a refused or broken socket through unwrapped (exact types: an HTTP client's
# subclasses of these are a remote server's problem, not the database's).
_SOCKET_ERRORS = (ConnectionRefusedError, ConnectionResetError, ConnectionAbortedError,
                  BrokenPipeError)


def is_outage(error: BaseException) -> bool:
    """Whether the error means the database is unreachable, restarting or busy, as opposed
    to a problem with the work at hand: callers retry the whole round soon instead of
    blaming the feed or the post they were handling."""
    if isinstance(error, sa_exc.DBAPIError):
        return error.connection_invalidated or isinstance(
            error, sa_exc.InterfaceError | sa_exc.OperationalError)
    return type(error) in _SOCKET_ERRORS


class Database:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    @classmethod
    def connect(cls, url: str) -> Database:
        ensure_sqlite_directory(url)
        if url.startswith("sqlite"):
            # A fixed pool: every aiosqlite connection is a thread, and opening one on
            # demand under load stalls the event loop for a moment.
            engine = create_async_engine(url, connect_args={"timeout": 30}, pool_size=20,
                                         max_overflow=0)
            sa.event.listen(engine.sync_engine, "connect", _enable_sqlite_pragmas)
        else:
            engine = create_async_engine(url, pool_size=10, max_overflow=10, pool_pre_ping=True)
        return cls(engine)

    @property
    def backend(self) -> str:
        return "PostgreSQL" if self.engine.dialect.name == "postgresql" else "SQLite"

    @asynccontextmanager
    async def begin(self) -> AsyncIterator[AsyncConnection]:
        """A transaction: committed on success, rolled back on error."""
        async with self.engine.begin() as conn:
            yield conn

    @asynccontextmanager
    async def connect_readonly(self) -> AsyncIterator[AsyncConnection]:
        async with self.engine.connect() as conn:
            yield conn

    @asynccontextmanager
    async def read_snapshot(self) -> AsyncIterator[AsyncConnection]:
        """One read-only transaction whose reads all see the database as of the first one,
        for several reads that must agree (a story, its articles, its quotes)."""
        async with self.engine.connect() as conn:
            if self.engine.dialect.name == "postgresql":
                # READ COMMITTED, the default, takes a new snapshot per statement.
                conn = await conn.execution_options(isolation_level="REPEATABLE READ",
                                                    postgresql_readonly=True)
            async with conn.begin():
                if self.engine.dialect.name == "sqlite":
                    # Python's sqlite3 opens a transaction only before a write, so each
                    # SELECT would otherwise read on its own; SQLite (WAL) then holds one
                    # snapshot from the first read until the end, without blocking writers.
                    await conn.exec_driver_sql("BEGIN")
                yield conn

    async def migrate(self) -> list[str]:
        """Upgrade to the newest schema; returns the revisions that were applied."""
        config = _alembic_config()
        head = ScriptDirectory.from_config(config).get_current_head()

        def upgrade(sync_conn: sa.Connection) -> list[str]:
            if sync_conn.dialect.name == "postgresql":
                # Processes starting together migrate one after the other.
                sync_conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"),
                                  {"key": MIGRATION_LOCK})
            before = MigrationContext.configure(sync_conn).get_current_revision()
            if before == head:
                return []
            config.attributes["connection"] = sync_conn
            command.upgrade(config, "head")
            script = ScriptDirectory.from_config(config)
            applied = [rev.revision for rev in script.iterate_revisions(head, before)]
            return list(reversed(applied))

        async with self.engine.begin() as conn:
            applied = await conn.run_sync(upgrade)
        if applied:
            log.info("database migrated: %s", ", ".join(applied))
        return applied

    async def current_revision(self) -> str | None:
        async with self.engine.connect() as conn:
            return await conn.run_sync(
                lambda c: MigrationContext.configure(c).get_current_revision()
            )

    async def close(self) -> None:
        await self.engine.dispose()
