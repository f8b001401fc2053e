"""Real databases for tests: a SQLite file per test, and a fresh PostgreSQL database."""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg
import pytest

POSTGRES_ADMIN_DSN = os.environ.get("STORYLINE_TEST_POSTGRES",
                                    "postgresql://postgres@127.0.0.1:5432/test")


def sqlite_url(directory: Path) -> str:
    return f"sqlite+aiosqlite:///{directory / 'storyline.db'}"


@asynccontextmanager
async def postgres_database() -> AsyncIterator[str]:
    """A database of its own for one test, dropped afterwards."""
    try:
        admin = await asyncpg.connect(POSTGRES_ADMIN_DSN, timeout=5)
    except (OSError, asyncpg.PostgresError) as exc:
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_ADMIN_DSN}: {exc}")
    name = f"storyline_test_{secrets.token_hex(4)}"
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
        base = POSTGRES_ADMIN_DSN.rsplit("/", 1)[0].split("://", 1)[1]
        yield f"postgresql+asyncpg://{base}/{name}"
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


@asynccontextmanager
async def database_url_for(backend: str, directory: Path) -> AsyncIterator[str]:
    if backend == "sqlite":
        yield sqlite_url(directory)
    else:
        async with postgres_database() as url:
            yield url
