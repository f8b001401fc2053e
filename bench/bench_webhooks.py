"""Fan-out through webhooks against bot messages: one item to 2,000 channels, one run.

Usage:
    .venv/bin/python bench/bench_webhooks.py                  # 2,000 channels
    .venv/bin/python bench/bench_webhooks.py --channels 500
    .venv/bin/python bench/bench_webhooks.py \
        --database-url postgresql+asyncpg://postgres@127.0.0.1:5432/test  # scratch DB there

One FakeDiscord (bot/sandbox) for every phase, enforcing Discord's documented limits:
50 requests/s for the bot's token, 50 requests/s for the address's requests without a
token (webhook executions), 5 messages per 5 s per channel. The bot may manage webhooks
in every channel. The real OutboxSender, DiscordTransport and pacer deliver from a real
SQLite outbox; phases, in order:

  bot        the item as a normal bot message to every channel
  hooks-cold the item as the outlet: each channel's webhook is looked up and created
             (two bot requests per channel) before its first execution
  hooks-warm again through the now-known webhooks: executions only
  mixed      half the channels by webhook, half as the bot: the two budgets side by side

Reported per phase: messages delivered, wall time, sustained rate (middle 80%), the
busiest second, 429s answered, and the REST calls by kind.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import discord  # noqa: E402
from bench_delivery import CHANNELS_PER_GUILD, READY_TIMEOUT, busiest_second, sample_payload  # noqa: E402
from bench_ingestion import bench_database  # noqa: E402
from measure import machine_line, measured  # noqa: E402

from bot.client import point_discord_at  # noqa: E402
from bot.delivery.pacing import Pacer  # noqa: E402
from bot.delivery.placement import Identity, Placement, with_placement  # noqa: E402
from bot.delivery.sender import OutboxSender  # noqa: E402
from bot.discord_transport import DiscordTransport  # noqa: E402
from bot.sandbox import FakeDiscord, FakeGuild, FakeMessage  # noqa: E402
from bot.storage import outbox  # noqa: E402
from bot.storage.database import Database  # noqa: E402
from bot.storage.guilds import ensure_guild  # noqa: E402
from bot.storage.types import utcnow  # noqa: E402

OUTLET = Identity("Bench City News", "https://img.example.net/bench-city-news.png")


def request_kind(path: str, method: str, application_id: int) -> str:
    parts = path.strip("/").split("/")
    if parts[0] == "webhooks" and len(parts) == 3 and parts[1] != str(application_id):
        return "webhook execution"
    if parts[-1] == "webhooks":
        return f"{method} channel webhooks"
    if parts[-1] == "messages" and method == "POST":
        return "bot message"
    return f"{method} other"


async def run_phase(name: str, fake: FakeDiscord, db: Database, sender: OutboxSender,
                    targets: list[tuple[FakeGuild, int, dict[str, Any]]]) -> None:
    delivered: list[float] = []

    def on_message(message: FakeMessage) -> None:
        delivered.append(time.monotonic())

    now = utcnow()
    async with db.begin() as conn:
        for guild, channel_id, payload in targets:
            await outbox.enqueue(conn, guild_id=guild.id, channel_id=channel_id,
                                 payload=payload, kind="feed_item", now=now)
    limited_before, requests_before = fake.rate_limited_count, len(fake.requests)
    fake.message_listeners.append(on_message)
    try:
        with measured(name) as phase:
            sent = await sender.deliver_due()
    finally:
        fake.message_listeners.remove(on_message)
    calls = Counter(request_kind(r.path, r.method, fake.application_id)
                    for r in fake.requests[requests_before:])
    stamps = sorted(delivered)
    low, high = len(stamps) // 10, len(stamps) - 1 - len(stamps) // 10
    sustained = (high - low) / (stamps[high] - stamps[low]) if high > low else 0.0
    print(f"{name:>11}: {len(stamps)}/{len(targets)} delivered (sender: {sent}) in "
          f"{phase.wall:.1f} s · {len(stamps) / phase.wall:.1f} msg/s overall · "
          f"{sustained:.1f} msg/s sustained · busiest 1 s {busiest_second(stamps)} · "
          f"429s {fake.rate_limited_count - limited_before} · cpu {phase.cpu:.1f} s")
    print(f"{'':>13}REST calls: {dict(sorted(calls.items()))}", flush=True)


async def main_async(channels: int, database_url: str | None) -> None:
    fake = FakeDiscord(global_rate_limit=50, channel_message_limit=(5, 5.0))
    await fake.start()
    guilds = []
    for first in range(0, channels, CHANNELS_PER_GUILD):
        count = min(CHANNELS_PER_GUILD, channels - first)
        guild = fake.add_guild(f"Bench {first // CHANNELS_PER_GUILD}",
                               channels=[f"news-{n}" for n in range(count)])
        for channel in guild.channels.values():
            fake.set_channel_permissions(channel, bot_can_manage_webhooks=True, guild=guild)
        guilds.append(guild)
    point_discord_at(fake.api_base, fake.gateway_url)
    intents = discord.Intents.none()
    intents.guilds = True
    client = discord.Client(intents=intents, allowed_mentions=discord.AllowedMentions.none())
    client_task = asyncio.create_task(client.start(fake.token))
    plain = sample_payload()
    as_outlet = with_placement(plain, Placement(identity=OUTLET))
    every = [(g, c.id) for g in guilds for c in g.channels.values()]
    async with bench_database(database_url) as url:
        db = Database.connect(url)
        try:
            await asyncio.wait_for(client.wait_until_ready(), READY_TIMEOUT)
            await db.migrate()
            for guild in guilds:
                await ensure_guild(db, guild.id)
            pacer = Pacer()
            sender = OutboxSender(db, DiscordTransport(client, pacer=pacer), pacer=pacer)
            await run_phase("bot", fake, db, sender, [(g, c, plain) for g, c in every])
            await run_phase("hooks-cold", fake, db, sender,
                            [(g, c, as_outlet) for g, c in every])
            await run_phase("hooks-warm", fake, db, sender,
                            [(g, c, as_outlet) for g, c in every])
            await run_phase("mixed", fake, db, sender,
                            [(g, c, as_outlet if n % 2 else plain)
                             for n, (g, c) in enumerate(every)])
            print(f"webhooks created: {len(fake.webhooks.by_id)} for {channels} channels; "
                  f"fake internal errors: {fake.server_errors[:3] or 'none'}")
        finally:
            await client.close()
            await asyncio.gather(client_task, return_exceptions=True)
            await db.close()
            await fake.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--channels", type=int, default=2000)
    parser.add_argument("--database-url", default=None,
                        help="a PostgreSQL server URL; a scratch database is made there "
                        "(default: SQLite in a temporary directory)")
    args = parser.parse_args()
    print(machine_line(), flush=True)
    asyncio.run(main_async(args.channels, args.database_url))


if __name__ == "__main__":
    main()
