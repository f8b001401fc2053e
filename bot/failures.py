"""Start-up failures an operator can fix, turned into one line and an exit code.

A database that cannot be reached or a Discord that cannot be reached are not bugs: the
operator gets one line naming the setting to check, never a traceback. "Could not reach"
exits 1 (try again later); "misconfigured" exits 2 (fix a setting), like a bad setting.
"""

from __future__ import annotations

import asyncio
import socket
import sqlite3
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

import aiohttp
import sqlalchemy as sa
import sqlalchemy.exc

from bot.config import ConfigError
from bot.storage.database import Database

EXIT_UNREACHABLE = 1
EXIT_MISCONFIGURED = 2

# asyncpg's SQLSTATE classes that mean the server answered but refused this configuration:
# 28 = invalid authorisation, 3D = database does not exist, 42501 = insufficient privilege.
_MISCONFIGURED_SQLSTATES = ("28", "3D", "42501")
SQLITE_THREAD_GRACE = 1.0


@dataclass(frozen=True)
class StartupFailure:
    exit_code: int
    message: str


class StartupError(Exception):
    """A failure already explained in one line; the entry point prints it and exits."""

    def __init__(self, failure: StartupFailure) -> None:
        super().__init__(failure.message)
        self.failure = failure


def exit_code_of(program: str, run: Callable[[], int], *, interrupted: int) -> int:
    """Runs an entry point: a bad setting or an explained start-up failure becomes one line
    on stderr, named after `program`, and its exit code; Ctrl-C exits with `interrupted`."""
    try:
        return run()
    except ConfigError as error:
        print(f"{program}: configuration error: {error}", file=sys.stderr)
        return EXIT_MISCONFIGURED
    except StartupError as error:
        print(f"{program}: {error.failure.message}", file=sys.stderr)
        return error.failure.exit_code
    except KeyboardInterrupt:
        return interrupted


@asynccontextmanager
async def explained_database_errors(database_url: str) -> AsyncIterator[None]:
    """Around opening and migrating the database: an unreachable or refused database
    becomes a StartupError naming DATABASE_URL; anything else propagates unchanged."""
    try:
        yield
    except Exception as error:
        failure = database_failure(error, database_url)
        if failure is None:
            raise
        if database_url.startswith("sqlite"):
            await _let_sqlite_threads_finish()
        raise StartupError(failure) from None


async def _let_sqlite_threads_finish() -> None:
    """aiosqlite stops the thread of a connection that failed to open by posting back to
    the event loop; the process is about to end, so wait for that, or the loop closes
    first and the thread prints a traceback after the one-line message."""
    deadline = time.monotonic() + SQLITE_THREAD_GRACE
    for thread in threading.enumerate():
        if thread.name.endswith("(_connection_worker_thread)"):
            await asyncio.to_thread(thread.join, max(0.0, deadline - time.monotonic()))


async def check_database(database_url: str) -> None:
    """Connect once and ask a trivial question, before anything else starts: a process
    that cannot use its database says so first, in one line (StartupError)."""
    db = Database.connect(database_url)
    try:
        async with explained_database_errors(database_url):
            async with db.connect_readonly() as conn:
                await conn.execute(sa.text("SELECT 1"))
    finally:
        await db.close()


def _chain(error: BaseException) -> list[BaseException]:
    """The error and what caused it, outermost first (SQLAlchemy wraps driver errors)."""
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        original = getattr(current, "orig", None)
        current = original if isinstance(original, BaseException) else (
            current.__cause__ or current.__context__)
    return seen


def redact_url(url: str) -> str:
    """A database URL without its password, safe to print."""
    scheme, sep, rest = url.partition("://")
    if not sep or "@" not in rest:
        return url
    credentials, _, host = rest.rpartition("@")
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}{':***' if ':' in credentials else ''}@{host}"


def _reason(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text[:200] or type(error).__name__


def database_failure(error: BaseException, database_url: str) -> StartupFailure | None:
    """A one-line explanation when `error` means the database is unreachable or refused
    the configured connection; None for anything else (a real bug keeps its traceback)."""
    chain = _chain(error)
    where = f"DATABASE_URL={redact_url(database_url)}"
    for cause in chain:
        sqlstate = getattr(cause, "sqlstate", None)
        if isinstance(sqlstate, str) and sqlstate.startswith(_MISCONFIGURED_SQLSTATES):
            return StartupFailure(EXIT_MISCONFIGURED,
                                  f"the database refused {where}: {_reason(cause)}")
        if isinstance(cause, sqlite3.OperationalError) and "unable to open" in str(cause):
            return StartupFailure(EXIT_MISCONFIGURED,
                                  f"cannot open the SQLite database {where}: {_reason(cause)}")
        if isinstance(cause, socket.gaierror):
            return StartupFailure(EXIT_MISCONFIGURED, f"the database host in {where} is "
                                  f"unknown: {_reason(cause)}")
        if isinstance(cause, OSError | TimeoutError):
            return StartupFailure(EXIT_UNREACHABLE, f"could not reach the database at "
                                  f"{where}: {_reason(cause)}")
    if any(isinstance(c, sqlalchemy.exc.OperationalError | sqlalchemy.exc.InterfaceError)
           for c in chain):
        return StartupFailure(EXIT_UNREACHABLE, f"could not use the database at {where}: "
                              f"{_reason(chain[-1])}")
    return None


def network_failure(error: BaseException, api_base: str) -> StartupFailure | None:
    """A one-line explanation when Discord cannot be reached (no network, DNS, proxy)."""
    for cause in _chain(error):
        if isinstance(cause, aiohttp.ClientConnectionError | socket.gaierror | TimeoutError):
            return StartupFailure(EXIT_UNREACHABLE, f"could not reach Discord at "
                                  f"DISCORD_API_BASE={api_base} (is the network up?): "
                                  f"{_reason(cause)}")
    return None
