"""Decide, per subscription, what happens to a feed's new items, and queue the posts."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.delivery.placement import with_placement
from bot.feeds.filters import FeedFilter, FilterResult
from bot.feeds.identity import normalise_url
from bot.feeds.item_payload import render_feed_item, render_more_line
from bot.feeds.models import FeedItem
from bot.feeds.parse import newest_first
from bot.feeds.parse_incremental import FeedScan
from bot.feeds.placing import placement_for, render_style
from bot.storage import feeds as store
from bot.storage import outbox
from bot.storage.feeds import FeedRow, Subscription
from bot.storage.stories import add_articles

# An item dated well before the subscription existed is old news the feed re-surfaced.
BASELINE_GRACE = timedelta(days=1)
NO_FILTER = FilterResult(True, "no filter")
# Reading an entry in full takes ~50 µs: a handful is read on the event loop, more (a
# first poll after downtime, a feed that renumbers its entries) in a worker thread.
INLINE_READS = 20
_ITEM_FIELDS = tuple(field.name for field in fields(FeedItem))
# Matches RETENTION_DAYS' default; the poller passes the configured value.
DEFAULT_KEEP_ITEMS_FOR = timedelta(days=30)


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
    # What asdict gives, without its deep copy of every field.
    data = {name: getattr(item, name) for name in _ITEM_FIELDS}
    data["enclosures"] = [asdict(enclosure) for enclosure in item.enclosures]
    for key in ("published", "updated"):
        data[key] = data[key].isoformat() if data[key] else None
    return {"feed_id": feed_id, "item_id": item.item_id, "title": item.title[:500],
            "link": item.link, "published": item.published, "first_seen_at": now,
            "data": json.dumps(data, default=str)}


def article_record(item: FeedItem, source: str, now: datetime) -> dict[str, Any]:
    return {"url": normalise_url(item.link or ""), "title": item.title[:500] or "(untitled)",
            "text": item.summary_text[:4000], "source": source[:200],
            "published": item.published or now, "first_seen_at": now, "origin": "feed"}


def oldest_first(items: Sequence[FeedItem]) -> list[FeedItem]:
    return list(reversed(newest_first(list(items))))


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


async def route_new_items(conn: AsyncConnection, feed: FeedRow, scan: FeedScan, *,
                          now: datetime, max_items_per_poll: int,
                          keep_items_for: timedelta = DEFAULT_KEEP_ITEMS_FOR) -> Routed:
    """Store a feed's new entries and queue their posts: one statement per step, whatever
    the number of entries or subscriptions, and only new entries are read in full."""
    known = await store.known_items(conn, feed.id, scan.ids)
    new_ids = {item_id for item_id in scan.ids if item_id not in known.seen}
    if not new_ids:
        return Routed(0, 0)
    new = (await asyncio.to_thread(scan.read, new_ids) if scan.unread(new_ids) > INLINE_READS
           else scan.read(new_ids))
    # Remembered as seen, but a feed that lists the very same entry twice means it once.
    await store.insert_items(conn, [item_record(feed.id, item, now) for item in new])
    fresh = oldest_first([item for item in new if item.item_id not in scan.repeats])
    # Every new item is also news for the story clusterer, whoever subscribed.
    await add_articles(conn, [article_record(item, feed.title, now) for item in fresh
                              if item.link])
    posts: list[dict[str, Any]] = []
    decisions: list[dict[str, Any]] = []
    for sub, tz in await store.routes_of_feed(conn, feed.id):
        undecided = [item for item in fresh if item.item_id not in known.decided.get(sub.id, ())]
        verdicts = await _filter_verdicts(subscription_filter(sub), undecided)
        _decide(sub, tz, feed, undecided, verdicts, now, max_items_per_poll, posts, decisions,
                forgotten_before=now - keep_items_for)
    # One multi-row insert for every subscription's posts, then the decisions point at them.
    outbox_ids = await outbox.enqueue_many(conn, posts)
    by_item = {(post["subscription_id"], post["item_id"]): outbox_id
               for post, outbox_id in zip(posts, outbox_ids, strict=True)}
    for decision in decisions:
        decision["outbox_id"] = by_item.get((decision["subscription_id"], decision["item_id"]))
    await store.record_decisions(conn, decisions)
    return Routed(len(fresh), len(posts))


async def _filter_verdicts(feed_filter: FeedFilter,
                           items: list[FeedItem]) -> dict[str, FilterResult]:
    """Each item's filter verdict, worked out off the event loop when there is a filter."""
    if feed_filter.is_empty:
        return {item.item_id: NO_FILTER for item in items}
    results = await asyncio.to_thread(feed_filter.verdicts, items)
    return {item.item_id: result for item, result in zip(items, results, strict=True)}


def _decide(sub: Subscription, tz: str, feed: FeedRow, fresh: list[FeedItem],
            verdicts: dict[str, FilterResult], now: datetime, max_items_per_poll: int,
            posts: list[dict[str, Any]], decisions: list[dict[str, Any]], *,
            forgotten_before: datetime) -> None:
    """What happens to each fresh item for one subscription: appends its posts (in the
    order they go out, the "more" line last) and its decisions."""
    queued = capped = 0
    for item in fresh:
        decision, detail = "queued", ""
        if sub.route_error:
            decision, detail = "failed", f"the channel refused posts: {sub.route_error}"
        elif sub.paused:
            decision, detail = "paused", "the feed was paused when it appeared"
        elif item.published is not None and item.published < sub.created_at - BASELINE_GRACE:
            decision, detail = "baseline", "older than the baseline taken when the feed was added"
        elif item.published is not None and item.published < forgotten_before:
            # Retention forgot it, yet the feed still lists it: it is not new.
            decision, detail = "baseline", "older than the retention period (RETENTION_DAYS)"
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
    if capped:
        posts.append(outbox.entry_row(
            guild_id=sub.guild_id, channel_id=sub.channel_id,
            payload=dict(render_more_line(capped, sub.name)), kind="more", now=now,
            subscription_id=sub.id))
