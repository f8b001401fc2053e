"""A plain discord.py client (not the product bot) pointed at the stand-in."""

from __future__ import annotations

import asyncio

import discord
import pytest
import yarl
from discord import app_commands

from bot.sandbox import FakeDiscord

READY_TIMEOUT = 5.0


def point_discord_py_at(fake: FakeDiscord, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(discord.http.Route, "BASE", fake.api_base)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(fake.gateway_url)
    )


class Harness:
    """A discord.Client + CommandTree defined by the test, run against the fake."""

    def __init__(self, fake: FakeDiscord, *, intents: discord.Intents | None = None) -> None:
        self.fake = fake
        self.client = discord.Client(
            intents=intents or discord.Intents.default(), guild_ready_timeout=0.05
        )
        self.tree = app_commands.CommandTree(self.client)
        self._task: asyncio.Task[None] | None = None

    async def start(self, *, sync: bool = True) -> None:
        await self.client.login(self.fake.token)
        self._task = asyncio.create_task(self.client.connect(reconnect=True))
        await asyncio.wait_for(self.client.wait_until_ready(), READY_TIMEOUT)
        if sync:
            await self.tree.sync()

    async def stop(self) -> None:
        await self.client.close()
        if self._task is not None:
            await asyncio.wait_for(self._task, READY_TIMEOUT)
