"""A gateway process for 10,000 servers with 5 feeds each: its resident memory and its
time to READY over a sharded gateway.

    .venv/bin/python bench/bench_gateway_scale.py --database-url \\
        postgresql+asyncpg://postgres@127.0.0.1:5432/test [--guilds 10000] [--shards 4]

The fake Discord runs in this process and serves every server (each shard gets the
servers Discord would give it: (guild_id >> 22) % shards). The bot runs in a child
process with ROLES=gateway and SHARD_IDS=0..shards-1, on a scratch PostgreSQL database
holding the servers, 5 feeds each and their subscriptions. discord.py spaces IDENTIFYs
5 s apart (max_concurrency 1), so READY of n shards takes at least 5 * (n - 1) s.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_ingestion import bench_database  # noqa: E402
from measure import machine_line  # noqa: E402

from bot.config import load_settings  # noqa: E402
from bot.sandbox import FakeDiscord  # noqa: E402
from bot.sandbox.models import new_snowflake  # noqa: E402
from bot.storage.database import Database  # noqa: E402
from bot.storage.tables import feeds, guild_settings, subscriptions  # noqa: E402
from bot.storage.types import utcnow  # noqa: E402

FEEDS_PER_GUILD = 5
ROWS_PER_STATEMENT = 5_000


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


async def probe() -> None:
    """The child: a gateway-only bot; reports READY, then waits for the parent."""
    from bot.client import build_bot
    from bot.runner import start_until_ready

    started = time.perf_counter()
    bot = build_bot(load_settings())
    task = await start_until_ready(bot, 600)
    print(json.dumps({"ready": time.perf_counter() - started, "guilds": len(bot.guilds),
                      "shards": len(bot.shards) if hasattr(bot, "shards") else 1}),
          flush=True)
    await asyncio.to_thread(sys.stdin.readline)
    await bot.close()
    task.cancel()


async def seed(url: str, guild_ids: list[int], channel_of: dict[int, int]) -> None:
    db = Database.connect(url)
    now = utcnow()
    try:
        await db.migrate()
        async with db.begin() as conn:
            rows = [{"guild_id": g, "joined_at": now} for g in guild_ids]
            for start in range(0, len(rows), ROWS_PER_STATEMENT):
                await conn.execute(guild_settings.insert(), rows[start:start + ROWS_PER_STATEMENT])
            feed_rows = [{"url": f"https://feeds.example/{g}/{n}.xml", "title": f"{g}/{n}",
                          "format": "rss", "interval_seconds": 600, "next_fetch_at": now,
                          "created_at": now} for g in guild_ids for n in range(FEEDS_PER_GUILD)]
            for start in range(0, len(feed_rows), ROWS_PER_STATEMENT):
                await conn.execute(feeds.insert(), feed_rows[start:start + ROWS_PER_STATEMENT])
            ids = dict((await conn.execute(feeds.select().with_only_columns(
                feeds.c.url, feeds.c.id))).all())
            sub_rows = [{"guild_id": g, "feed_id": ids[f"https://feeds.example/{g}/{n}.xml"],
                         "name": f"feed {n}", "channel_id": channel_of[g], "created_at": now}
                        for g in guild_ids for n in range(FEEDS_PER_GUILD)]
            for start in range(0, len(sub_rows), ROWS_PER_STATEMENT):
                await conn.execute(subscriptions.insert(),
                                   sub_rows[start:start + ROWS_PER_STATEMENT])
    finally:
        await db.close()


async def run(args: argparse.Namespace) -> None:
    print(machine_line(), flush=True)
    fake = FakeDiscord()
    await fake.start()
    started = time.perf_counter()
    guilds = [fake.add_guild(f"Server {n}", guild_id=new_snowflake(), channels=["news"])
              for n in range(args.guilds)]
    print(f"fake Discord: {len(guilds)} servers in {time.perf_counter() - started:.1f} s",
          flush=True)
    try:
        async with bench_database(args.database_url) as url:
            started = time.perf_counter()
            await seed(url, [g.id for g in guilds],
                       {g.id: g.channels["news"].id for g in guilds})
            print(f"database: {args.guilds} servers x {FEEDS_PER_GUILD} feeds in "
                  f"{time.perf_counter() - started:.1f} s", flush=True)
            env = {**os.environ, "DISCORD_TOKEN": fake.token,
                   "DISCORD_API_BASE": fake.api_base, "DISCORD_GATEWAY_URL": fake.gateway_url,
                   "DATABASE_URL": url, "ROLES": "gateway", "SHARD_COUNT": str(args.shards),
                   "SHARD_IDS": ",".join(str(n) for n in range(args.shards)),
                   "LOG_LEVEL": "WARNING", "DEFAULT_WORLD_FEEDS": "false"}
            child = await asyncio.create_subprocess_exec(
                sys.executable, __file__, "--probe", env=env,
                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
            assert child.stdout is not None and child.stdin is not None
            report = json.loads(await asyncio.wait_for(child.stdout.readline(), 600))
            at_ready = rss_mb(child.pid)
            await asyncio.sleep(args.settle)
            settled = rss_mb(child.pid)
            child.stdin.write(b"stop\n")
            await child.stdin.drain()
            await asyncio.wait_for(child.wait(), 60)
    finally:
        await fake.close()
    identify_wait = 5 * (args.shards - 1)
    print(f"gateway process, {report['shards']} shards, {report['guilds']} servers: READY in "
          f"{report['ready']:.1f} s (of which {identify_wait} s is discord.py's IDENTIFY "
          f"spacing), RSS {at_ready:.0f} MB at READY, {settled:.0f} MB {args.settle:g} s "
          "later", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url")
    parser.add_argument("--guilds", type=int, default=10_000)
    parser.add_argument("--shards", type=int, default=4)
    parser.add_argument("--settle", type=float, default=20.0)
    parser.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        asyncio.run(probe())
        return
    if not args.database_url:
        parser.error("--database-url is required")
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
