"""Where a subscription's item goes beyond its channel: forum tags by keyword, a thread of
its own (`thread:new`), and, with style `webhook`, the outlet's name and icon."""

from __future__ import annotations

from typing import Literal

from bot.delivery.placement import Identity, Placement
from bot.feeds.item_payload import render_thread_name
from bot.feeds.models import FeedItem
from bot.feeds.tags import rules_of, tags_for
from bot.render.limits import WEBHOOK_USERNAME
from bot.render.text import neutralise_mentions, truncate
from bot.storage.feeds import Subscription

THREAD_NEW = "new"
WEBHOOK_STYLE = "webhook"


def outlet_identity(outlet_name: str, icon_url: str | None) -> Identity:
    name = truncate(neutralise_mentions(outlet_name).strip(), WEBHOOK_USERNAME)
    return Identity(name or "News", icon_url)


def placement_for(sub: Subscription, item: FeedItem, feed_title: str,
                  icon_url: str | None = None) -> Placement:
    identity = (outlet_identity(feed_title, icon_url) if sub.style == WEBHOOK_STYLE
                else None)
    return Placement(applied_tags=tags_for(item, rules_of(sub.tag_rules)),
                     thread_name=render_thread_name(item) if sub.thread_mode == THREAD_NEW
                     else None,
                     identity=identity)


def render_style(sub: Subscription) -> Literal["embed", "text"]:
    """Webhook posts look like embed posts; only the sender's name and icon differ."""
    return "text" if sub.style == "text" else "embed"
