"""The delivery outbox: posts recorded before they are sent, marked sent after."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.storage.database import Database
from bot.storage.tables import item_decisions, outbox, subscriptions

MAX_NONCE_LENGTH = 25


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    guild_id: int
    channel_id: int
    subscription_id: int | None
    item_id: str | None
    kind: str
    payload: dict[str, Any]
    nonce: str
    status: str
    attempts: int
    next_attempt_at: datetime
    message_id: int | None
    error: str | None
    created_at: datetime
    sent_at: datetime | None
    claimed_by: str | None = None
    claimed_until: datetime | None = None
    claims: int = 0


def _entry(row: sa.Row[Any]) -> OutboxEntry:
    values = dict(row._mapping)
    values["payload"] = json.loads(values["payload"])
    return OutboxEntry(**values)


def new_nonce() -> str:
    # Discord accepts nonces of up to 25 characters; the same nonce on a retry lets it
    # drop the duplicate when the first attempt did land.
    return secrets.token_hex(12)


def entry_row(*, guild_id: int, channel_id: int, payload: dict[str, Any], kind: str,
              now: datetime, subscription_id: int | None = None,
              item_id: str | None = None) -> dict[str, Any]:
    return {"guild_id": guild_id, "channel_id": channel_id, "subscription_id": subscription_id,
            "item_id": item_id, "kind": kind, "payload": json.dumps(payload),
            "nonce": new_nonce(), "next_attempt_at": now, "created_at": now}


_INSERT_RETURNING_IDS = outbox.insert().returning(outbox.c.id, outbox.c.nonce)


async def enqueue_many(conn: AsyncConnection, rows: list[dict[str, Any]]) -> list[int]:
    """Record several posts in one statement; their ids in the order given."""
    if not rows:
        return []
    # Matched back by nonce (unique per row): asking for the ids in parameter order
    # instead makes SQLAlchemy send SQLite one INSERT per row.
    result = await conn.execute(_INSERT_RETURNING_IDS, rows)
    ids = {nonce: int(row_id) for row_id, nonce in result.all()}
    return [ids[row["nonce"]] for row in rows]


async def enqueue(conn: AsyncConnection, *, guild_id: int, channel_id: int,
                  payload: dict[str, Any], kind: str, now: datetime,
                  subscription_id: int | None = None, item_id: str | None = None) -> int:
    ids = await enqueue_many(conn, [entry_row(
        guild_id=guild_id, channel_id=channel_id, payload=payload, kind=kind, now=now,
        subscription_id=subscription_id, item_id=item_id)])
    return ids[0]


async def due_entries(db: Database, now: datetime, limit: int) -> list[OutboxEntry]:
    async with db.connect_readonly() as conn:
        rows = await conn.execute(
            sa.select(outbox).where(outbox.c.status == "pending",
                                    outbox.c.next_attempt_at <= now)
            .order_by(outbox.c.id).limit(limit))
        return [_entry(row) for row in rows]


async def claim_due_entries(db: Database, now: datetime, limit: int, worker: str,
                            lease: timedelta) -> list[OutboxEntry]:
    """Claim due posts for `worker` until now + lease (PostgreSQL, several senders).

    Rows another sender holds are skipped (SKIP LOCKED while they are being claimed, the
    lease after), and so is every later post of a channel with a post held elsewhere: one
    sender per channel at a time keeps each channel's order. A row whose lease ran out is
    claimed again with one more claim; its `attempts`, recorded before each request,
    tell the new sender to look for it in its target before sending it again."""
    held_elsewhere = sa.and_(outbox.c.claimed_until.is_not(None),
                             outbox.c.claimed_until > now,
                             outbox.c.claimed_by != worker)
    earlier = outbox.alias("earlier")
    blocked = sa.select(earlier.c.id).where(
        earlier.c.channel_id == outbox.c.channel_id, earlier.c.id < outbox.c.id,
        earlier.c.status == "pending", earlier.c.claimed_until > now,
        earlier.c.claimed_by != worker).exists()
    candidates = (sa.select(outbox.c.id)
                  .where(outbox.c.status == "pending", outbox.c.next_attempt_at <= now,
                         sa.not_(held_elsewhere), sa.not_(blocked))
                  .order_by(outbox.c.id).limit(limit)
                  .with_for_update(skip_locked=True))
    async with db.begin() as conn:
        rows = await conn.execute(
            outbox.update().where(outbox.c.id.in_(candidates.scalar_subquery()))
            .values(claimed_by=worker, claimed_until=now + lease, claims=outbox.c.claims + 1)
            .returning(*outbox.c))
        return sorted((_entry(row) for row in rows), key=lambda entry: entry.id)


async def release_claims(db: Database, worker: str, *, others: bool = False) -> int:
    """Drop `worker`'s claims on pending posts (it stops), or with `others` every other
    sender's (a new sole sender took over: the old one's session is gone)."""
    owner = outbox.c.claimed_by != worker if others else outbox.c.claimed_by == worker
    async with db.begin() as conn:
        result = await conn.execute(outbox.update().where(
            outbox.c.status == "pending", outbox.c.claimed_until.is_not(None), owner)
            .values(claimed_until=None))
        return int(result.rowcount or 0)


async def next_attempt_time(db: Database) -> datetime | None:
    query = sa.select(sa.func.min(outbox.c.next_attempt_at)).where(outbox.c.status == "pending")
    async with db.connect_readonly() as conn:
        earliest: datetime | None = (await conn.execute(query)).scalar_one_or_none()
    return earliest


async def get_entry(db: Database, entry_id: int) -> OutboxEntry | None:
    async with db.connect_readonly() as conn:
        row = (await conn.execute(sa.select(outbox).where(outbox.c.id == entry_id))).first()
    return None if row is None else _entry(row)


async def mark_sent(db: Database, entry: OutboxEntry, message_id: int, now: datetime) -> None:
    async with db.begin() as conn:
        await conn.execute(outbox.update().where(outbox.c.id == entry.id).values(
            status="sent", message_id=message_id, sent_at=now, error=None,
            attempts=entry.attempts + 1))
        if entry.subscription_id is not None and entry.item_id is not None:
            await conn.execute(item_decisions.update().where(
                item_decisions.c.subscription_id == entry.subscription_id,
                item_decisions.c.item_id == entry.item_id).values(decision="posted",
                                                                  decided_at=now))
            await conn.execute(subscriptions.update()
                               .where(subscriptions.c.id == entry.subscription_id)
                               .values(items_posted=subscriptions.c.items_posted + 1))


async def mark_attempt(db: Database, entry: OutboxEntry) -> None:
    """Record, before the request, that this post may go out: after a crash, a row with
    attempts is looked for in its target before it is sent again."""
    async with db.begin() as conn:
        await conn.execute(outbox.update().where(outbox.c.id == entry.id).values(
            attempts=entry.attempts + 1))


async def mark_retry(db: Database, entry: OutboxEntry, error: str, when: datetime) -> None:
    """Try again at `when`; the channel's later posts wait too, so its order holds."""
    async with db.begin() as conn:
        await conn.execute(outbox.update().where(outbox.c.id == entry.id).values(
            attempts=entry.attempts + 1, next_attempt_at=when, error=error[:500]))
        await conn.execute(outbox.update().where(
            outbox.c.channel_id == entry.channel_id, outbox.c.status == "pending",
            outbox.c.id > entry.id, outbox.c.next_attempt_at < when).values(
                next_attempt_at=when))


async def mark_failed(db: Database, entry: OutboxEntry, error: str, now: datetime) -> None:
    async with db.begin() as conn:
        await conn.execute(outbox.update().where(outbox.c.id == entry.id).values(
            status="failed", attempts=entry.attempts + 1, error=error[:500]))
        if entry.subscription_id is not None and entry.item_id is not None:
            await conn.execute(item_decisions.update().where(
                item_decisions.c.subscription_id == entry.subscription_id,
                item_decisions.c.item_id == entry.item_id).values(
                    decision="failed", detail=error[:500], decided_at=now))


async def fail_route(db: Database, guild_id: int, channel_id: int, error: str,
                     now: datetime) -> list[int]:
    """Discord refused this channel for good: stop its subscriptions and pending posts.
    Returns the subscription ids that were stopped."""
    async with db.begin() as conn:
        stopped = list((await conn.execute(
            sa.select(subscriptions.c.id).where(subscriptions.c.guild_id == guild_id,
                                                subscriptions.c.channel_id == channel_id,
                                                subscriptions.c.route_error.is_(None))
        )).scalars())
        await conn.execute(subscriptions.update().where(
            subscriptions.c.guild_id == guild_id,
            subscriptions.c.channel_id == channel_id).values(route_error=error[:300]))
        pending = (sa.select(outbox.c.subscription_id, outbox.c.item_id)
                   .where(outbox.c.channel_id == channel_id, outbox.c.status == "pending"))
        for sub_id, item_id in (await conn.execute(pending)).all():
            if sub_id is not None and item_id is not None:
                await conn.execute(item_decisions.update().where(
                    item_decisions.c.subscription_id == sub_id,
                    item_decisions.c.item_id == item_id).values(
                        decision="failed", detail=error[:500], decided_at=now))
        await conn.execute(outbox.update().where(
            outbox.c.channel_id == channel_id, outbox.c.status == "pending").values(
                status="failed", error=error[:500]))
    return stopped


async def count_by_status(db: Database) -> dict[str, int]:
    async with db.connect_readonly() as conn:
        rows = await conn.execute(sa.select(outbox.c.status, sa.func.count())
                                  .group_by(outbox.c.status))
        return {status: int(count) for status, count in rows.all()}
