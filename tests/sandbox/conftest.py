"""Fixtures: a running FakeDiscord and a plain discord.py client pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.sandbox import FakeDiscord, FakeGuild
from tests.sandbox.client_harness import Harness, point_discord_py_at


@pytest.fixture
async def fake(request: pytest.FixtureRequest,
               monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    """A test may pass the stand-in's options: parametrize "fake" with indirect=True."""
    async with FakeDiscord(**getattr(request, "param", {})) as running:
        point_discord_py_at(running, monkeypatch)
        yield running
        assert not running.server_errors, "the stand-in itself failed on requests"


@pytest.fixture
def guild(fake: FakeDiscord) -> FakeGuild:
    return fake.add_guild("Newsroom", channels=["news", "general"], owner_name="editor")


@pytest.fixture
async def harness(fake: FakeDiscord, guild: FakeGuild) -> AsyncIterator[Harness]:
    running = Harness(fake)
    yield running
    await running.stop()
