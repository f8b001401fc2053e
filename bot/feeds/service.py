"""What the /feed commands do, without Discord: probe, add, preview, explain."""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from bot.feeds.discover import discover_feed_links, looks_like_html
from bot.feeds.identity import normalise_url
from bot.feeds.item_payload import render_feed_item
from bot.feeds.models import DiscoveredFeed, ParsedFeed
from bot.feeds.parse import newest_first, parse_feed
from bot.feeds.routing import article_record, item_record, queue_post
from bot.net.http import FetchError, HttpClient
from bot.storage import feeds as store
from bot.storage.database import Database
from bot.storage.feeds import PostStyle, Subscription
from bot.storage.guilds import guild_timezone, lock_guild
from bot.storage.stories import add_articles
from bot.storage.tables import feeds as feeds_table

MAX_BACKFILL = 5
MAX_NAME_LENGTH = 100


class FeedCommandError(Exception):
    """A message for the admin, as is."""


@dataclass(frozen=True)
class Probe:
    """What a URL turned out to be: a feed, or a page advertising feeds."""

    url: str
    feed: ParsedFeed | None
    candidates: list[DiscoveredFeed]
    validators: dict[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class AddResult:
    subscription: Subscription
    feed: ParsedFeed
    backfilled: int


def check_url_shape(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FeedCommandError("Give a full http:// or https:// link to a feed or a web page.")
    return url


async def probe(web: HttpClient, url: str) -> Probe:
    url = check_url_shape(url)
    try:
        result = await web.fetch(url)
    except FetchError as error:
        raise FeedCommandError(f"I could not fetch that link: {error.reason}.") from None
    if result.status >= 400:
        raise FeedCommandError(f"The server answered {result.status} for that link.")
    content_type = result.headers.get("Content-Type")
    if looks_like_html(result.body, content_type):
        # Up to 5 MB of HTML: parsed in a thread, like feeds, to keep commands responsive.
        candidates = await asyncio.to_thread(discover_feed_links, result.body, result.url)
        if not candidates:
            raise FeedCommandError("That page is a web page that advertises no feed. Look "
                                   "for an RSS or Atom link on the site and give me that.")
        return Probe(result.url, None, candidates)
    parsed = await asyncio.to_thread(parse_feed, result.body, content_type=content_type,
                                     url=result.url)
    if not parsed.ok:
        raise FeedCommandError(f"That link is not a feed I can read: {parsed.error}.")
    # Kept so the first poll of a new feed can already be a conditional request.
    validators = {"etag": result.headers.get("ETag"),
                  "last_modified": result.headers.get("Last-Modified"),
                  "body_hash": hashlib.sha256(result.body).hexdigest()}
    return Probe(result.url, parsed, [], validators)


async def probe_feed(web: HttpClient, url: str) -> Probe:
    """Like probe, but a page with feeds resolves to its first feed."""
    found = await probe(web, url)
    if found.feed is not None:
        return found
    followed = await probe(web, found.candidates[0].url)
    if followed.feed is None:
        raise FeedCommandError("The feed that page advertises is itself a web page.")
    return followed


def _unique_name(wanted: str, taken: set[str]) -> str:
    base = (wanted.strip() or "feed")[:MAX_NAME_LENGTH - 5]
    name, counter = base, 2
    while name in taken:
        name, counter = f"{base} ({counter})", counter + 1
    return name


async def add_subscription(db: Database, *, guild_id: int, channel_id: int, found: Probe,
                           name: str | None, backfill: int, interval_seconds: int,
                           max_feeds: int, now: datetime) -> AddResult:
    """The feed's current items become this subscription's baseline and are not posted,
    except the `backfill` newest."""
    parsed, url = found.feed, found.url
    assert parsed is not None
    feed_url = normalise_url(url)
    items = newest_first(list(parsed.items))
    backfill = max(0, min(MAX_BACKFILL, backfill))
    async with db.begin() as conn:
        # The server's row is held from here: its cap and names are checked and used by
        # one /feed add at a time (a unique constraint backs the feed-in-channel rule).
        await lock_guild(conn, guild_id, now)
        if await store.count_subscriptions(conn, guild_id) >= max_feeds:
            raise FeedCommandError(f"This server already has {max_feeds} feeds, the most it "
                                   "may have. Remove one with `/feed remove` first.")
        unique = _unique_name(name or parsed.title or urlsplit(url).netloc,
                              await store.subscription_names(conn, guild_id))
        feed, created = await store.get_or_create_feed(
            conn, feed_url, title=parsed.title[:300], format=parsed.format,
            interval_seconds=interval_seconds, now=now)
        if any(s.channel_id == channel_id for s in await store.subscriptions_of_feed(conn, feed.id)
               if s.guild_id == guild_id):
            raise FeedCommandError("That feed already posts in that channel.")
        subscription = await store.add_subscription(
            conn, guild_id=guild_id, feed_id=feed.id, name=unique, channel_id=channel_id,
            created_at=now)
        if created:
            await store.insert_items(conn, [item_record(feed.id, item, now) for item in items])
            await store.update_feed(conn, feed.id, last_success_at=now, last_fetch_at=now,
                                    next_fetch_at=now + timedelta(seconds=interval_seconds),
                                    **found.validators)
        decisions = []
        tz = await guild_timezone(conn, guild_id)
        for position, item in enumerate(items):
            outbox_id = None
            if position < backfill:
                outbox_id = await queue_post(conn, subscription, item, parsed.title, now, tz)
            decisions.append({"subscription_id": subscription.id, "item_id": item.item_id,
                              "decision": "queued" if outbox_id else "baseline",
                              "detail": "" if outbox_id else "in the feed when it was added",
                              "outbox_id": outbox_id, "decided_at": now})
        await store.record_decisions(conn, decisions)
        # What is posted now is news for the story engine too, like every polled item.
        await add_articles(conn, [article_record(item, feed.title, now)
                                  for item in items[:backfill] if item.link])
    return AddResult(subscription, parsed, min(backfill, len(items)))


def preview_payload(parsed: ParsedFeed, *, style: PostStyle = "embed", template: str | None = None,
                    tz: str = "UTC", mention_role_id: int | None = None) -> dict[str, Any] | None:
    """Exactly what the next post would look like, using the newest item."""
    items = newest_first(list(parsed.items))
    if not items:
        return None
    return dict(render_feed_item(items[0], feed_title=parsed.title, style=style,
                                 template=template, tz=tz, mention_role_id=mention_role_id))


async def resume_feed(db: Database, sub: Subscription, now: datetime) -> None:
    """Unpause, clear a refused route, and re-enable a disabled feed for another try."""
    await store.update_subscription(db, sub.id, paused=False, route_error=None)
    async with db.begin() as conn:
        await conn.execute(feeds_table.update().where(
            feeds_table.c.id == sub.feed_id, feeds_table.c.status == "disabled").values(
                status="ok", failure_count=0, failing_since=None, next_fetch_at=now))
