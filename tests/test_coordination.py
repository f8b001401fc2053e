"""Several processes on one PostgreSQL: leases on feeds and posts, leaders and standbys,
and the refusal to split work on SQLite."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Coroutine
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bot.coordination import Leadership, dedicated_engine
from bot.storage import feeds as feed_store
from bot.storage import outbox
from bot.storage.database import Database
from bot.storage.guilds import ensure_guild
from tests.helpers import clock
from tests.helpers.cli import clean_environment, run_storyline
from tests.helpers.databases import postgres_database
from tests.helpers.waiting import eventually

LEASE = timedelta(seconds=45)


@pytest.fixture
async def pg() -> AsyncIterator[Database]:
    async with postgres_database() as url:
        db = Database.connect(url)
        await db.migrate()
        try:
            yield db
        finally:
            await db.close()


async def add_feeds(db: Database, count: int) -> None:
    now = clock.now()
    await ensure_guild(db, 1)
    async with db.begin() as conn:
        for n in range(count):
            feed, _ = await feed_store.get_or_create_feed(
                conn, f"https://news.example/{n}.xml", title=f"Feed {n}", format="rss",
                interval_seconds=600, now=now)
            await feed_store.add_subscription(conn, guild_id=1, feed_id=feed.id,
                                              name=f"feed {n}", channel_id=10, created_at=now)


async def test_pollers_claiming_at_once_never_share_a_feed(pg: Database) -> None:
    await add_feeds(pg, 30)
    now = clock.now()
    claims = await asyncio.gather(*(feed_store.claim_due_feeds(pg, now, 12, LEASE)
                                    for _ in range(4)))
    claimed = [feed.id for batch in claims for feed in batch]
    assert len(claimed) == len(set(claimed)) == 30
    assert await feed_store.claim_due_feeds(pg, now, 12, LEASE) == []


async def test_a_dead_pollers_feeds_are_taken_over_when_the_lease_ends(pg: Database) -> None:
    await add_feeds(pg, 3)
    now = clock.now()
    assert len(await feed_store.claim_due_feeds(pg, now, 10, LEASE)) == 3
    # The poller dies without storing a result: nobody polls them during the lease...
    assert await feed_store.claim_due_feeds(pg, now + LEASE / 2, 10, LEASE) == []
    # ...and the next poller takes all of them once it has run out.
    later = await feed_store.claim_due_feeds(pg, now + LEASE, 10, LEASE)
    assert len(later) == 3


async def queue_posts(db: Database, channel_posts: dict[int, int]) -> None:
    now = clock.now()
    await ensure_guild(db, 1)
    async with db.begin() as conn:
        for channel_id, count in channel_posts.items():
            for n in range(count):
                await outbox.enqueue(conn, guild_id=1, channel_id=channel_id,
                                     payload={"content": f"{channel_id}-{n}"}, kind="feed",
                                     now=now)


async def test_a_channel_is_sent_by_one_sender_at_a_time_in_order(pg: Database) -> None:
    await queue_posts(pg, {100: 3, 200: 2})
    now = clock.now()
    first = await outbox.claim_due_entries(pg, now, 1, "sender-a", LEASE)
    assert [e.payload["content"] for e in first] == ["100-0"]
    # Another sender may take the other channel, but nothing after channel 100's
    # first post while sender-a holds it.
    second = await outbox.claim_due_entries(pg, now, 10, "sender-b", LEASE)
    assert [e.payload["content"] for e in second] == ["200-0", "200-1"]
    assert all(e.claims == 1 for e in first + second)


async def test_a_post_whose_sender_died_is_claimed_again_by_the_new_sender(
        pg: Database) -> None:
    await queue_posts(pg, {100: 2})
    now = clock.now()
    held = await outbox.claim_due_entries(pg, now, 10, "sender-a", LEASE)
    assert len(held) == 2
    assert await outbox.claim_due_entries(pg, now, 10, "sender-b", LEASE) == []
    # sender-b becomes the sole sender (sender-a's session is gone): it drops the claims.
    assert await outbox.release_claims(pg, "sender-b", others=True) == 2
    again = await outbox.claim_due_entries(pg, now, 10, "sender-b", LEASE)
    assert [e.id for e in again] == [e.id for e in held]
    assert all(e.claims == 2 and e.claimed_by == "sender-b" for e in again)


async def test_a_post_whose_lease_ran_out_is_claimed_by_another_sender(pg: Database) -> None:
    await queue_posts(pg, {100: 1})
    now = clock.now()
    await outbox.claim_due_entries(pg, now, 10, "sender-a", LEASE)
    again = await outbox.claim_due_entries(pg, now + LEASE, 10, "sender-b", LEASE)
    assert len(again) == 1 and again[0].claims == 2


async def test_a_standby_takes_over_when_the_leaders_connection_dies(pg: Database) -> None:
    engines = [dedicated_engine(pg), dedicated_engine(pg)]
    first, second = (Leadership(engine, "stories", check_every=0.2, retry_every=0.2)
                     for engine in engines)
    leading = [asyncio.Event(), asyncio.Event()]
    stopped = asyncio.Event()

    def work(n: int) -> Callable[[], Coroutine[Any, Any, None]]:
        async def lead() -> None:
            leading[n].set()
            try:
                await asyncio.Event().wait()
            finally:
                stopped.set()
        return lead

    tasks = [asyncio.create_task(first.run(work(0)))]
    await asyncio.wait_for(leading[0].wait(), 10)
    tasks.append(asyncio.create_task(second.run(work(1))))
    # The standby has tried for the lock, more than once, and lost each time.
    await eventually(lambda: asyncio.sleep(0, second.tries >= 2), what="the standby's tries")
    assert second.state == "standby" and not leading[1].is_set()
    try:
        # The leader's session ends as if its host vanished: its work stops at once...
        async with pg.begin() as conn:
            await conn.execute(sa.text(
                "SELECT pg_terminate_backend(pid) FROM pg_locks "
                "WHERE locktype = 'advisory' AND objid = :key"), {"key": first.key})
        await asyncio.wait_for(stopped.wait(), 10)
        tasks[0].cancel()  # ...and the process is gone for good.
        # The standby leads within seconds, rebuilding its state as a new term.
        await asyncio.wait_for(leading[1].wait(), 10)
        assert second.state == "leader" and second.terms == 1
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for engine in engines:
            await engine.dispose()


async def test_split_roles_on_sqlite_are_refused_with_one_line(tmp_path: Path) -> None:
    env = clean_environment({"DISCORD_TOKEN": "x", "ROLES": "poll,deliver",
                             "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'a.db'}"})
    code, _out, err = await run_storyline(["run"], env, tmp_path)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "needs PostgreSQL" in err
