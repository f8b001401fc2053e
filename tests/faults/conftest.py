from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.sandbox import FakeDiscord
from bot.storage.database import Database
from tests.faults.botprocess import BotProcess
from tests.faults.kills import KillLab
from tests.helpers.databases import sqlite_url

# Far shorter than a restart or an outage: a resend afterwards is never saved by Discord's
# nonce de-duplication, so exactly-once has to come from the bot.
NONCE_MEMORY_SECONDS = 0.2


@pytest.fixture
async def fake(request: pytest.FixtureRequest) -> AsyncIterator[FakeDiscord]:
    """The fake Discord with a short nonce memory; a test module may set its own
    NONCE_MEMORY_SECONDS."""
    seconds = getattr(request.module, "NONCE_MEMORY_SECONDS", NONCE_MEMORY_SECONDS)
    async with FakeDiscord(nonce_memory_seconds=seconds) as server:
        yield server


@pytest.fixture
async def kill_lab(fake: FakeDiscord, tmp_path: Path) -> AsyncIterator[KillLab]:
    url = sqlite_url(tmp_path)
    db = Database.connect(url)
    await db.migrate()
    child = BotProcess(fake, url, tmp_path)
    try:
        yield KillLab(fake, db, child)
    finally:
        await asyncio.to_thread(child.close)
        await db.close()
