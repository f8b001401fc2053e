"""Feeds, subscriptions, seen items and per-subscription decisions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.storage.database import Database
from bot.storage.tables import (
    feed_items,
    feeds,
    follows,
    guild_settings,
    item_decisions,
    subscriptions,
)

# How a subscription posts: an embed, or plain text from its template;
# "webhook": an embed posted through a channel webhook under the outlet's name and icon.
PostStyle = Literal["embed", "text", "webhook"]


@dataclass(frozen=True)
class FeedRow:
    id: int
    url: str
    title: str
    format: str
    etag: str | None
    last_modified: str | None
    body_hash: str | None
    interval_seconds: int
    next_fetch_at: datetime
    last_fetch_at: datetime | None
    last_success_at: datetime | None
    failure_count: int
    failing_since: datetime | None
    last_error: str | None
    status: str
    created_at: datetime
    system: bool
    icon_url: str | None
    icon_checked_at: datetime | None


@dataclass(frozen=True)
class Subscription:
    id: int
    guild_id: int
    feed_id: int
    name: str
    channel_id: int
    paused: bool
    include_keywords: str
    exclude_keywords: str
    regex: str | None
    template: str | None
    style: PostStyle
    mention_role_id: int | None
    items_posted: int
    route_error: str | None
    created_at: datetime
    tag_rules: str = "[]"
    thread_mode: str = ""


@dataclass(frozen=True)
class FeedRoute:
    """A subscription with its feed (where a feed posts), as /feed list shows it."""

    subscription: Subscription
    feed: FeedRow


@dataclass(frozen=True)
class KnownItems:
    """What storage knows of some of a feed's entries: the ones seen before, and, for
    entries not seen yet, the decisions already taken (a subscription added since the
    last poll took the feed as it was then as its baseline)."""

    seen: set[str]
    decided: dict[int, set[str]]  # subscription id -> item ids


@dataclass(frozen=True)
class Decision:
    subscription_id: int
    item_id: str
    decision: str
    detail: str
    outbox_id: int | None
    decided_at: datetime


def _feed(row: sa.Row[Any]) -> FeedRow:
    return FeedRow(**{c.name: row._mapping[c] for c in feeds.c})


def _subscription(row: sa.Row[Any]) -> Subscription:
    return Subscription(**{c.name: row._mapping[c] for c in subscriptions.c})


async def get_or_create_feed(conn: AsyncConnection, url: str, *, title: str, format: str,
                             interval_seconds: int, now: datetime) -> tuple[FeedRow, bool]:
    row = (await conn.execute(sa.select(feeds).where(feeds.c.url == url))).first()
    if row is not None:
        return _feed(row), False
    await conn.execute(feeds.insert().values(
        url=url, title=title, format=format, interval_seconds=interval_seconds,
        next_fetch_at=now, created_at=now))
    row = (await conn.execute(sa.select(feeds).where(feeds.c.url == url))).one()
    return _feed(row), True


async def get_feed(db: Database, feed_id: int) -> FeedRow | None:
    async with db.connect_readonly() as conn:
        row = (await conn.execute(sa.select(feeds).where(feeds.c.id == feed_id))).first()
    return None if row is None else _feed(row)


async def outlet_icon(conn: AsyncConnection, outlet: str) -> str | None:
    """The icon found for a feed of this outlet (articles from a feed carry its title as
    their source), if one was."""
    found: str | None = (await conn.execute(
        sa.select(feeds.c.icon_url).where(feeds.c.title == outlet, feeds.c.icon_url.is_not(None))
        .order_by(feeds.c.id).limit(1))).scalar_one_or_none()
    return found


async def feeds_lacking_icons(db: Database, guild_id: int, limit: int, *,
                              checked_before: datetime) -> list[int]:
    """Feeds whose articles a server's followed stories may show, with no icon yet and not
    found without one since `checked_before`: the server's own feeds and the shipped world
    feeds, those never looked up first."""
    mine = sa.select(subscriptions.c.feed_id).where(subscriptions.c.guild_id == guild_id)
    checked = feeds.c.icon_checked_at
    async with db.connect_readonly() as conn:
        rows = await conn.execute(sa.select(feeds.c.id).where(
            feeds.c.icon_url.is_(None), sa.or_(checked.is_(None), checked < checked_before),
            sa.or_(feeds.c.system.is_(True), feeds.c.id.in_(mine)))
            .order_by(checked.is_not(None), checked, feeds.c.id).limit(limit))
        return [int(row.id) for row in rows]


_UPDATE_FEED = feeds.update().where(feeds.c.id == sa.bindparam("feed_key"))


async def update_feed(conn: AsyncConnection, feed_id: int, **values: object) -> None:
    # The columns set are those given: one cached statement per combination of them.
    await conn.execute(_UPDATE_FEED, {"feed_key": feed_id, **values})


def _wanted() -> sa.ColumnElement[bool]:
    """A feed is polled while an active subscription wants it, or, for a shipped world
    feed, while any topic is followed."""
    subscribed = sa.select(subscriptions.c.id).where(
        subscriptions.c.feed_id == feeds.c.id, subscriptions.c.paused.is_(False)).exists()
    followed = sa.select(follows.c.id).where(follows.c.paused.is_(False)).exists()
    return sa.or_(subscribed, sa.and_(feeds.c.system.is_(True), followed))


def _due(now: datetime, limit: int) -> sa.Select[Any]:
    """Feeds whose time has come and that someone still wants, soonest first."""
    return (sa.select(feeds)
            .where(feeds.c.next_fetch_at <= now, feeds.c.status != "disabled", _wanted())
            .order_by(feeds.c.next_fetch_at).limit(limit))


async def due_feeds(db: Database, now: datetime, limit: int) -> list[FeedRow]:
    async with db.connect_readonly() as conn:
        return [_feed(row) for row in (await conn.execute(_due(now, limit)))]


async def claim_due_feeds(db: Database, now: datetime, limit: int,
                          lease: timedelta) -> list[FeedRow]:
    """Claim due feeds for one poll round (PostgreSQL, several pollers).

    A claimed feed's next_fetch_at moves to now + lease, so no other poller takes it
    (SKIP LOCKED while it is being claimed, the lease after); the poll then stores the
    real next time. A poller killed mid-round loses its feeds only until the lease ends,
    when another poller takes them over."""
    due = (_due(now, limit).with_only_columns(feeds.c.id)
           .with_for_update(of=feeds, skip_locked=True))
    async with db.begin() as conn:
        claimed = [_feed(row) for row in (await conn.execute(
            sa.select(feeds).where(feeds.c.id.in_(due.scalar_subquery()))))]
        if claimed:
            await conn.execute(feeds.update().where(feeds.c.id.in_([f.id for f in claimed]))
                               .values(next_fetch_at=now + lease))
    return sorted(claimed, key=lambda feed: feed.next_fetch_at)


async def next_due_time(db: Database) -> datetime | None:
    active = _wanted()
    query = sa.select(sa.func.min(feeds.c.next_fetch_at)).where(feeds.c.status != "disabled",
                                                                 active)
    async with db.connect_readonly() as conn:
        earliest: datetime | None = (await conn.execute(query)).scalar_one_or_none()
    return earliest


async def add_subscription(conn: AsyncConnection, **values: object) -> Subscription:
    result = await conn.execute(subscriptions.insert().values(**values)
                                .returning(subscriptions.c.id))
    sub_id = result.scalar_one()
    row = (await conn.execute(sa.select(subscriptions)
                              .where(subscriptions.c.id == sub_id))).one()
    return _subscription(row)


async def count_subscriptions(conn: AsyncConnection, guild_id: int) -> int:
    return int((await conn.execute(
        sa.select(sa.func.count()).select_from(subscriptions)
        .where(subscriptions.c.guild_id == guild_id))).scalar_one())


async def subscription_names(conn: AsyncConnection, guild_id: int) -> set[str]:
    rows = await conn.execute(sa.select(subscriptions.c.name)
                              .where(subscriptions.c.guild_id == guild_id))
    return {name for (name,) in rows}


async def subscription_by_name(db: Database, guild_id: int, name: str) -> Subscription | None:
    async with db.connect_readonly() as conn:
        row = (await conn.execute(sa.select(subscriptions).where(
            subscriptions.c.guild_id == guild_id, subscriptions.c.name == name))).first()
    return None if row is None else _subscription(row)


async def list_subscriptions(db: Database, guild_id: int) -> list[FeedRoute]:
    query = (sa.select(subscriptions, feeds).join(feeds, feeds.c.id == subscriptions.c.feed_id)
             .where(subscriptions.c.guild_id == guild_id).order_by(subscriptions.c.name))
    async with db.connect_readonly() as conn:
        rows = (await conn.execute(query)).all()
    return [FeedRoute(_subscription(row), _feed(row)) for row in rows]


async def subscriptions_of_feed(conn: AsyncConnection, feed_id: int) -> list[Subscription]:
    rows = await conn.execute(sa.select(subscriptions).where(subscriptions.c.feed_id == feed_id)
                              .order_by(subscriptions.c.id))
    return [_subscription(row) for row in rows]


_ROUTES_OF_FEED = (
    sa.select(subscriptions, guild_settings.c.timezone)
    .outerjoin(guild_settings, guild_settings.c.guild_id == subscriptions.c.guild_id)
    .where(subscriptions.c.feed_id == sa.bindparam("feed")).order_by(subscriptions.c.id))


async def routes_of_feed(conn: AsyncConnection, feed_id: int) -> list[tuple[Subscription, str]]:
    """The feed's subscriptions, each with its server's time zone (UTC unless set)."""
    rows = await conn.execute(_ROUTES_OF_FEED, {"feed": feed_id})
    return [(_subscription(row), row._mapping[guild_settings.c.timezone] or "UTC")
            for row in rows]


async def update_subscription(db: Database, subscription_id: int, **values: object) -> None:
    async with db.begin() as conn:
        await conn.execute(subscriptions.update()
                           .where(subscriptions.c.id == subscription_id).values(**values))


async def delete_subscription(db: Database, subscription_id: int) -> None:
    """Remove it; a feed nobody follows any more is removed too (its items with it)."""
    async with db.begin() as conn:
        feed_id = (await conn.execute(sa.select(subscriptions.c.feed_id)
                                      .where(subscriptions.c.id == subscription_id))
                   ).scalar_one_or_none()
        await conn.execute(subscriptions.delete().where(subscriptions.c.id == subscription_id))
        if feed_id is not None:
            remaining = (await conn.execute(sa.select(sa.func.count()).select_from(subscriptions)
                                            .where(subscriptions.c.feed_id == feed_id))
                         ).scalar_one()
            if remaining == 0:
                await conn.execute(feeds.delete().where(feeds.c.id == feed_id,
                                                        feeds.c.system.is_(False)))


# Built once: constructing a statement costs more CPU than SQLite takes to run it.
_STORED_AS_SEEN = sa.select(feed_items.c.item_id).where(
    feed_items.c.feed_id == sa.bindparam("feed"),
    feed_items.c.item_id == item_decisions.c.item_id)
_KNOWN_ITEMS = sa.union_all(
    sa.select(feed_items.c.item_id, sa.cast(sa.null(), sa.BigInteger).label("subscription_id"))
    .where(feed_items.c.feed_id == sa.bindparam("feed"),
           feed_items.c.item_id.in_(sa.bindparam("seen_ids", expanding=True))),
    sa.select(item_decisions.c.item_id, item_decisions.c.subscription_id)
    .join(subscriptions, subscriptions.c.id == item_decisions.c.subscription_id)
    .where(subscriptions.c.feed_id == sa.bindparam("feed"),
           item_decisions.c.item_id.in_(sa.bindparam("decided_ids", expanding=True)),
           ~_STORED_AS_SEEN.exists()))
_INSERT_ITEMS = feed_items.insert()
_INSERT_DECISIONS = item_decisions.insert()


async def known_items(conn: AsyncConnection, feed_id: int,
                      item_ids: Iterable[str]) -> KnownItems:
    """One statement (per 500 ids) for what routing needs to know before it decides."""
    wanted = list(item_ids)
    known = KnownItems(set(), {})
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        rows = await conn.execute(_KNOWN_ITEMS, {"feed": feed_id, "seen_ids": chunk,
                                                 "decided_ids": chunk})
        for item_id, subscription_id in rows:
            if subscription_id is None:
                known.seen.add(item_id)
            else:
                known.decided.setdefault(subscription_id, set()).add(item_id)
    return known


async def insert_items(conn: AsyncConnection, rows: Sequence[dict[str, object]]) -> None:
    if rows:
        await conn.execute(_INSERT_ITEMS, list(rows))


async def find_items(db: Database, feed_id: int, text: str, limit: int = 5) -> list[sa.Row[Any]]:
    """Stored items whose title or link contains `text` (for /feed why)."""
    pattern = f"%{text.lower()}%"
    async with db.connect_readonly() as conn:
        return list((await conn.execute(
            sa.select(feed_items).where(
                feed_items.c.feed_id == feed_id,
                sa.or_(sa.func.lower(feed_items.c.title).like(pattern),
                       sa.func.lower(feed_items.c.link).like(pattern),
                       feed_items.c.item_id == text))
            .order_by(feed_items.c.first_seen_at.desc()).limit(limit))).all())


async def record_decisions(conn: AsyncConnection, rows: Sequence[dict[str, object]]) -> None:
    if rows:
        await conn.execute(_INSERT_DECISIONS, list(rows))


async def get_decision(db: Database, subscription_id: int, item_id: str) -> Decision | None:
    async with db.connect_readonly() as conn:
        row = (await conn.execute(sa.select(item_decisions).where(
            item_decisions.c.subscription_id == subscription_id,
            item_decisions.c.item_id == item_id))).first()
    return None if row is None else Decision(**row._mapping)


async def ensure_system_feeds(db: Database, entries: Sequence[tuple[str, str]],
                              interval_seconds: int, now: datetime) -> int:
    """Register the shipped world feeds (name, normalised url); returns how many were new."""
    added = 0
    async with db.begin() as conn:
        for name, url in entries:
            feed, created = await get_or_create_feed(conn, url, title=name, format="",
                                                     interval_seconds=interval_seconds, now=now)
            if not feed.system:
                await update_feed(conn, feed.id, system=True)
            added += created
    return added
