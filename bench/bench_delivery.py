"""Delivery benchmark: one item to 2,000 channels through the real sender and discord.py.

Usage:
    .venv/bin/python bench/bench_delivery.py                 # both scenarios
    .venv/bin/python bench/bench_delivery.py --scenario fanout --channels 2000
    .venv/bin/python bench/bench_delivery.py --scenario one-channel --messages 50

A FakeDiscord (bot/sandbox) enforcing 50 requests/s globally and 5 messages per 5 s
per channel, a discord.py client logged into it over REST and the gateway, a real
SQLite outbox with the entries enqueued directly, then OutboxSender.deliver_due() with
DiscordTransport until the outbox is drained. Channels sit in guilds of 500 (Discord's
channel cap per guild). Reported: messages per second (overall and over the middle 80%
of messages, the sustained rate), the busiest one-second window, and the 429s the fake
answered. Bars: fan-out >= 45 msg/s with zero 429s; one channel ~1 msg/s, zero 429s.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import discord  # noqa: E402
from measure import machine_line, measured  # noqa: E402

from bot.client import point_discord_at  # noqa: E402
from bot.delivery.pacing import Pacer  # noqa: E402
from bot.delivery.sender import OutboxSender  # noqa: E402
from bot.discord_transport import DiscordTransport  # noqa: E402
from bot.feeds.item_payload import render_feed_item  # noqa: E402
from bot.feeds.models import FeedItem  # noqa: E402
from bot.sandbox import FakeDiscord, FakeMessage  # noqa: E402
from bot.storage import outbox  # noqa: E402
from bot.storage.database import Database  # noqa: E402
from bot.storage.guilds import ensure_guild  # noqa: E402
from bot.storage.types import utcnow  # noqa: E402

CHANNELS_PER_GUILD = 500
READY_TIMEOUT = 60.0


def sample_payload() -> dict[str, object]:
    item = FeedItem(
        title="Harbour bridge reopens after two years of repairs",
        link="https://news.example.net/local/harbour-bridge-reopens",
        summary_html="<p>The <b>harbour bridge</b> reopened to traffic on Friday morning, "
                     "two years after cracks closed it.</p>",
        summary_text="The harbour bridge reopened to traffic on Friday morning, two years "
                     "after cracks closed it.",
        author="City desk", published=datetime.now(UTC), categories=["Local"],
        image_url="https://img.example.net/bridge.jpg", item_id="guid:bridge-1")
    return dict(render_feed_item(item, feed_title="Bench City News"))


@dataclass
class Scenario:
    name: str
    channels: int
    messages_per_channel: int


async def deliver(scenario: Scenario) -> None:
    fake = FakeDiscord(global_rate_limit=50, channel_message_limit=(5, 5.0))
    await fake.start()
    guilds = []
    for first in range(0, scenario.channels, CHANNELS_PER_GUILD):
        count = min(CHANNELS_PER_GUILD, scenario.channels - first)
        guilds.append(fake.add_guild(f"Bench {first // CHANNELS_PER_GUILD}",
                                     channels=[f"news-{n}" for n in range(count)]))
    delivered: dict[int, float] = {}

    def on_message(message: FakeMessage) -> None:
        delivered.setdefault(message.id, time.monotonic())

    fake.message_listeners.append(on_message)
    point_discord_at(fake.api_base, fake.gateway_url)
    intents = discord.Intents.none()
    intents.guilds = True
    client = discord.Client(intents=intents, allowed_mentions=discord.AllowedMentions.none())
    client_task = asyncio.create_task(client.start(fake.token))
    with tempfile.TemporaryDirectory(prefix="storyline-bench-") as directory:
        db = Database.connect(f"sqlite+aiosqlite:///{directory}/delivery.db")
        try:
            await asyncio.wait_for(client.wait_until_ready(), READY_TIMEOUT)
            await db.migrate()
            payload = sample_payload()
            now = utcnow()
            for guild in guilds:
                await ensure_guild(db, guild.id)
            async with db.begin() as conn:
                for _round in range(scenario.messages_per_channel):
                    for guild in guilds:
                        for channel in guild.channels.values():
                            await outbox.enqueue(conn, guild_id=guild.id, channel_id=channel.id,
                                                 payload=payload, kind="feed_item", now=now)
            cached = sum(1 for g in guilds for c in g.channels.values()
                         if client.get_channel(c.id) is not None)
            sender = OutboxSender(db, DiscordTransport(client))
            granted = record_grants(sender.pacer)
            total = scenario.channels * scenario.messages_per_channel
            with measured(f"{scenario.name}: deliver_due") as phase:
                sent = await sender.deliver_due()
            statuses = await outbox.count_by_status(db)
        finally:
            await client.close()
            await asyncio.gather(client_task, return_exceptions=True)
            await db.close()
            await fake.close()
    print(phase.line())
    report(scenario, total, sent, sorted(delivered.values()), fake.rate_limited_count,
           statuses, cached, phase.wall)
    print(f"    busiest 1 s window of pacer grants (when Pacer.acquire returned): "
          f"{busiest_second(granted)}")
    if fake.server_errors:
        print(f"    fake Discord internal errors: {fake.server_errors[:3]}")


def record_grants(pacer: Pacer) -> list[float]:
    """When each send was let through, to tell pacing bursts from transport jitter."""
    granted: list[float] = []
    acquire = pacer.acquire

    async def acquire_and_record(channel_id: int, lane: str | None = "bot") -> None:
        await acquire(channel_id, lane)
        granted.append(time.monotonic())

    pacer.acquire = acquire_and_record  # type: ignore[method-assign]
    return granted


def busiest_second(stamps: list[float]) -> int:
    return max((bisect.bisect_left(stamps, start + 1.0) - index
                for index, start in enumerate(stamps)), default=0)


def report(scenario: Scenario, total: int, sent: int, stamps: list[float], rate_limited: int,
           statuses: dict[str, int], cached: int, wall: float) -> None:
    print(f"    channels={scenario.channels} (in the client's cache: {cached}) "
          f"messages={total} sent={sent} delivered at the fake={len(stamps)} "
          f"outbox={dict(Counter(statuses))}")
    if len(stamps) < 2:
        print("    too few messages to compute a rate")
        return
    overall = (len(stamps) - 1) / (stamps[-1] - stamps[0])
    low, high = len(stamps) // 10, len(stamps) - 1 - len(stamps) // 10
    sustained = (high - low) / (stamps[high] - stamps[low]) if high > low else overall
    print(f"    rate: {len(stamps) / wall:.2f} msg/s over the whole call, {overall:.2f} msg/s "
          f"first to last message, {sustained:.2f} msg/s sustained (middle 80%), busiest "
          f"1 s window {busiest_second(stamps)} messages")
    print(f"    429s answered by the fake: {rate_limited}")
    if scenario.channels > 1:
        verdict = sustained >= 45 and rate_limited == 0 and len(stamps) == total
        print(f"    bar (>= 45 msg/s sustained, zero 429s, all delivered): "
              f"{'PASS' if verdict else 'MISS'}")
    else:
        verdict = rate_limited == 0 and len(stamps) == total
        print(f"    one channel: expect ~{5 / 5.25:.2f} msg/s, zero 429s: "
              f"{'PASS' if verdict else 'MISS'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenario", choices=("both", "fanout", "one-channel"), default="both")
    parser.add_argument("--channels", type=int, default=2000)
    parser.add_argument("--messages", type=int, default=50,
                        help="messages for the one-channel scenario")
    args = parser.parse_args()
    print(machine_line(), flush=True)
    if args.scenario in ("both", "fanout"):
        asyncio.run(deliver(Scenario("fan-out, one item", args.channels, 1)))
    if args.scenario in ("both", "one-channel"):
        asyncio.run(deliver(Scenario("one channel", 1, args.messages)))


if __name__ == "__main__":
    main()
