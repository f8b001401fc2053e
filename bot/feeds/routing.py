"""Decide, per subscription, what happens to a feed's new items, and queue the posts."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.delivery.placement import with_placement
from bot.feeds.filters import FeedFilter, FilterResult
from bot.feeds.identity import normalise_url
from bot.feeds.item_payload import render_feed_item, render_more_line
from bot.feeds.models import FeedItem
from bot.feeds.parse import newest_first
from bot.feeds.placing import placement_for, render_style
from bot.storage import feeds as store
from bot.storage import outbox
from bot.storage.feeds import FeedRow, Subscription
from bot.storage.stories import add_articles
from bot.storage.tables import guild_settings

# An item dated well before the subscription existed is old news the feed re-surfaced.
BASELINE_GRACE = timedelta(days=1)
NO_FILTER = FilterResult(True, "no filter")


@dataclass(frozen=True)
class Routed:
    new_items: int
    queued: int


def split_keywords(raw: str) -> list[str]:
    return [word.strip() for word in raw.split(",") if word.strip()]


def subscription_filter(sub: Subscription) -> FeedFilter:
    return FeedFilter(include=split_keywords(sub.include_keywords),
                      exclude=split_keywords(sub.exclude_keywords), regex=sub.regex)


def item_record(feed_id: int, item: FeedItem, now: datetime) -> dict[str, Any]:
    data = asdict(item)
    for key in ("published", "updated"):
        data[key] = data[key].isoformat() if data[key] else None
    return {"feed_id": feed_id, "item_id": item.item_id, "title": item.title[:500],
            "link": item.link, "published": item.published, "first_seen_at": now,
            "data": json.dumps(data, default=str)}


def article_record(item: FeedItem, source: str, now: datetime) -> dict[str, Any]:
    return {"url": normalise_url(item.link or ""), "title": item.title[:500] or "(untitled)",
            "text": item.summary_text[:4000], "source": source[:200],
            "published": item.published or now, "first_seen_at": now, "origin": "feed"}


def exact_repeats(items: Sequence[FeedItem]) -> set[str]:
    """Ids of entries identical to an earlier entry of the same document."""
    first: set[tuple[object, ...]] = set()
    repeats = set()
    for item in items:
        key = (item.guid, item.link, item.title, item.published, item.summary_text)
        if key in first:
            repeats.add(item.item_id)
        first.add(key)
    return repeats


def oldest_first(items: Sequence[FeedItem]) -> list[FeedItem]:
    return list(reversed(newest_first(list(items))))


async def guild_timezone(conn: AsyncConnection, guild_id: int) -> str:
    zone = (await conn.execute(sa.select(guild_settings.c.timezone)
                               .where(guild_settings.c.guild_id == guild_id))
            ).scalar_one_or_none()
    return zone or "UTC"


def render_for(sub: Subscription, item: FeedItem, feed_title: str, tz: str,
               icon_url: str | None = None) -> dict[str, Any]:
    payload = dict(render_feed_item(item, feed_title=feed_title, style=render_style(sub),
                                    template=sub.template, tz=tz,
                                    mention_role_id=sub.mention_role_id))
    return with_placement(payload, placement_for(sub, item, feed_title, icon_url))


def post_row(sub: Subscription, item: FeedItem, payload: dict[str, Any],
             now: datetime) -> dict[str, Any]:
    return outbox.entry_row(guild_id=sub.guild_id, channel_id=sub.channel_id, payload=payload,
                            kind="feed_item", now=now, subscription_id=sub.id,
                            item_id=item.item_id)


async def queue_post(conn: AsyncConnection, sub: Subscription, item: FeedItem,
                     feed_title: str, now: datetime, tz: str) -> int:
    ids = await outbox.enqueue_many(conn, [post_row(sub, item, render_for(
        sub, item, feed_title, tz), now)])
    return ids[0]


async def route_new_items(conn: AsyncConnection, feed: FeedRow, items: Sequence[FeedItem], *,
                          now: datetime, max_items_per_poll: int) -> Routed:
    seen = await store.seen_item_ids(conn, feed.id, [item.item_id for item in items])
    new = [item for item in items if item.item_id not in seen]
    if not new:
        return Routed(0, 0)
    # Remembered as seen, but a feed that lists the very same entry twice means it once.
    await store.insert_items(conn, [item_record(feed.id, item, now) for item in new])
    repeats = exact_repeats(items)
    fresh = oldest_first([item for item in new if item.item_id not in repeats])
    # Every new item is also news for the story clusterer, whoever subscribed.
    await add_articles(conn, [article_record(item, feed.title, now) for item in fresh
                              if item.link])
    queued = 0
    for sub in await store.subscriptions_of_feed(conn, feed.id):
        queued += await _route_for_subscription(conn, feed, sub, fresh, now, max_items_per_poll)
    return Routed(len(fresh), queued)


async def _filter_verdicts(feed_filter: FeedFilter,
                           items: list[FeedItem]) -> dict[str, FilterResult]:
    """Each item's filter verdict, worked out off the event loop when there is a filter."""
    if feed_filter.is_empty:
        return {item.item_id: NO_FILTER for item in items}
    results = await asyncio.to_thread(feed_filter.verdicts, items)
    return {item.item_id: result for item, result in zip(items, results, strict=True)}


async def _route_for_subscription(conn: AsyncConnection, feed: FeedRow, sub: Subscription,
                                  fresh: list[FeedItem], now: datetime,
                                  max_items_per_poll: int) -> int:
    already = await store.decided_item_ids(conn, sub.id, [item.item_id for item in fresh])
    feed_filter = subscription_filter(sub)
    verdicts = await _filter_verdicts(feed_filter, [i for i in fresh if i.item_id not in already])
    tz = await guild_timezone(conn, sub.guild_id)
    decisions: list[dict[str, object]] = []
    posts: list[dict[str, Any]] = []
    queued = capped = 0
    for item in fresh:
        if item.item_id in already:
            continue
        decision, detail = "queued", ""
        if sub.route_error:
            decision, detail = "failed", f"the channel refused posts: {sub.route_error}"
        elif sub.paused:
            decision, detail = "paused", "the feed was paused when it appeared"
        elif item.published is not None and item.published < sub.created_at - BASELINE_GRACE:
            decision, detail = "baseline", "older than the baseline taken when the feed was added"
        elif not (verdict := verdicts[item.item_id]).passed:
            decision, detail = "filtered", verdict.reason
        elif queued >= max_items_per_poll:
            decision, detail = "capped", f"more than {max_items_per_poll} new items in one poll"
            capped += 1
        else:
            posts.append(post_row(sub, item, render_for(sub, item, feed.title, tz,
                                                        feed.icon_url), now))
            queued += 1
        decisions.append({"subscription_id": sub.id, "item_id": item.item_id,
                          "decision": decision, "detail": detail, "outbox_id": None,
                          "decided_at": now})
    # One multi-row insert for the posts, then the decisions point at them.
    outbox_ids = dict(zip((p["item_id"] for p in posts),
                          await outbox.enqueue_many(conn, posts), strict=True))
    for decision_row in decisions:
        decision_row["outbox_id"] = outbox_ids.get(str(decision_row["item_id"]))
    await store.record_decisions(conn, decisions)
    if capped:
        await outbox.enqueue(conn, guild_id=sub.guild_id, channel_id=sub.channel_id,
                             payload=dict(render_more_line(capped, sub.name)), kind="more",
                             now=now, subscription_id=sub.id)
        queued += 1
    return queued
