"""How much time the stand-in itself adds: interaction round trips and message posting.

Run: .venv/bin/python -m tests.sandbox.bench_overhead
"""

from __future__ import annotations

import asyncio
import statistics
import time

import discord
import yarl
from discord import app_commands

from bot.sandbox import FakeDiscord

ROUND_TRIPS = 200
MESSAGES = 300


async def measure() -> None:
    async with FakeDiscord() as fake:
        discord.http.Route.BASE = fake.api_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
        guild = fake.add_guild()
        client = discord.Client(intents=discord.Intents.default(), guild_ready_timeout=0.05)
        tree = app_commands.CommandTree(client)

        @tree.command(description="Answer at once")
        async def ping(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("pong")

        started = time.perf_counter()
        await client.login(fake.token)
        runner = asyncio.create_task(client.connect())
        await client.wait_until_ready()
        ready_s = time.perf_counter() - started
        await tree.sync()

        latencies = []
        for _ in range(ROUND_TRIPS):
            sent = time.perf_counter()
            await (await fake.invoke("ping", guild=guild)).final()
            latencies.append((time.perf_counter() - sent) * 1000)

        channel = client.get_channel(guild.channels["news"].id)
        assert isinstance(channel, discord.TextChannel)
        sent = time.perf_counter()
        for number in range(MESSAGES):
            await channel.send(f"item {number}")
        posting_s = time.perf_counter() - sent

        await client.close()
        await runner

    latencies.sort()
    print(f"login+ready (guild_ready_timeout 0.05 s): {ready_s * 1000:.0f} ms")
    print(
        f"interaction round trip over {ROUND_TRIPS}: "
        f"p50 {statistics.median(latencies):.2f} ms, "
        f"p95 {latencies[int(len(latencies) * 0.95)]:.2f} ms"
    )
    print(f"sequential channel.send: {MESSAGES / posting_s:.0f} messages/s")


if __name__ == "__main__":
    asyncio.run(measure())
