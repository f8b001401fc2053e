"""Coordination between processes sharing one PostgreSQL database.

Leaders are elected with session advisory locks: the lock lives as long as the leader's
own database connection, so a killed leader (SIGKILL, lost host) releases it the moment
PostgreSQL notices the connection is gone, and the standby waiting for it takes over.
Wake-ups travel by LISTEN/NOTIFY; they only shorten waits, every worker also polls.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
from collections.abc import Callable, Coroutine
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from bot.storage.database import Database

log = logging.getLogger(__name__)

# Advisory lock keys: one per leader role, constant across versions.
LEADER_LOCKS = {"deliver": 0x53544C01, "stories": 0x53544C02}
NOTIFY_CHANNEL = "storyline_wake"
CHECK_EVERY_SECONDS = 2.0
RETRY_EVERY_SECONDS = 1.0
CHECK_TIMEOUT_SECONDS = 5.0


def worker_identity() -> str:
    """Names this process in claims: host, pid and a random part (pids are reused)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(3)}"


def dedicated_engine(db: Database) -> AsyncEngine:
    """Connections that are really closed when released (no pool), so a session lock
    never lingers on a pooled connection after its holder let go."""
    return create_async_engine(db.engine.url, poolclass=NullPool)


class Leadership:
    """Runs `lead` only while this process holds the role's advisory lock; otherwise
    waits as a standby. Losing the lock's connection cancels `lead` at once."""

    def __init__(self, engine: AsyncEngine, role: str, *,
                 check_every: float = CHECK_EVERY_SECONDS,
                 retry_every: float = RETRY_EVERY_SECONDS) -> None:
        self.engine = engine
        self.role = role
        self.key = LEADER_LOCKS[role]
        self.check_every = check_every
        self.retry_every = retry_every
        self.state = "standby"
        self.terms = 0
        self.tries = 0  # attempts at the lock, won or lost

    async def run(self, lead: Callable[[], Coroutine[Any, Any, None]]) -> None:
        try:
            while True:
                conn = await self._try_acquire()
                self.tries += 1
                if conn is None:
                    await asyncio.sleep(self.retry_every)
                    continue
                try:
                    self.state = "leader"
                    self.terms += 1
                    log.info("leading %s (term %d)", self.role, self.terms)
                    await self._lead_while_held(conn, lead)
                finally:
                    self.state = "standby"
                    with contextlib.suppress(Exception):
                        await conn.close()
                log.warning("gave up leading %s; standing by", self.role)
        finally:
            self.state = "stopped"

    async def _lead_while_held(self, conn: AsyncConnection,
                               lead: Callable[[], Coroutine[Any, Any, None]]) -> None:
        task = asyncio.create_task(lead(), name=f"{self.role}-leader")
        try:
            while not task.done():
                await asyncio.wait({task}, timeout=self.check_every)
                if not task.done() and not await self._still_connected(conn):
                    log.error("lost the %s lock's database connection", self.role)
                    return
            if task.exception() is not None:
                log.error("%s leader failed", self.role, exc_info=task.exception())
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def _try_acquire(self) -> AsyncConnection | None:
        try:
            conn = await self.engine.connect()
        except Exception as error:
            log.warning("cannot reach the database for the %s lock: %s", self.role, error)
            return None
        try:
            conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
            got = (await conn.execute(sa.text("SELECT pg_try_advisory_lock(:key)"),
                                      {"key": self.key})).scalar_one()
        except Exception:
            await conn.close()
            raise
        if got:
            return conn
        await conn.close()
        return None

    async def _still_connected(self, conn: AsyncConnection) -> bool:
        try:
            async with asyncio.timeout(CHECK_TIMEOUT_SECONDS):  # wait_for can drop a cancel
                await conn.execute(sa.text("SELECT 1"))
        except Exception:
            return False
        return True


class WakeSignals:
    """LISTEN/NOTIFY wake-ups between processes: `send(topic)` after writing work for
    another stage, handlers registered per topic run on arrival. Best effort only."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._handlers: dict[str, list[Callable[[], None]]] = {}
        self._listener: Any = None

    def on(self, topic: str, handler: Callable[[], None]) -> None:
        self._handlers.setdefault(topic, []).append(handler)

    async def listen(self) -> None:
        """Keep a listening connection open (reconnecting) until cancelled."""
        import asyncpg  # only on PostgreSQL

        dsn = self.db.engine.url.set(drivername="postgresql").render_as_string(
            hide_password=False)
        while True:
            try:
                lost = asyncio.Event()
                self._listener = await asyncpg.connect(dsn)
                self._listener.add_termination_listener(lambda _conn, ended=lost: ended.set())
                await self._listener.add_listener(NOTIFY_CHANNEL, self._arrived)
                await lost.wait()
            except asyncio.CancelledError:
                raise
            except Exception as error:
                log.warning("wake-up listener lost (%s); reconnecting", error)
            finally:
                if self._listener is not None:
                    with contextlib.suppress(Exception):
                        await self._listener.close()
                    self._listener = None
            await asyncio.sleep(RETRY_EVERY_SECONDS)

    def _arrived(self, _conn: object, _pid: int, _channel: str, payload: str) -> None:
        for handler in self._handlers.get(payload, []):
            handler()

    async def send(self, topic: str) -> None:
        try:
            async with self.db.begin() as conn:
                await conn.execute(sa.text("SELECT pg_notify(:channel, :topic)"),
                                   {"channel": NOTIFY_CHANNEL, "topic": topic})
        except Exception as error:
            log.debug("could not send wake-up %s: %s", topic, error)
