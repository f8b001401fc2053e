from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.sandbox import FakeDiscord

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
