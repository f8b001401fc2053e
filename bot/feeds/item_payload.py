"""Feed items to Discord message payloads (plain dicts for the REST API).

The payload is what ``POST /channels/{id}/messages`` takes: ``content``, ``embeds``
and ``allowed_mentions``. ``allowed_mentions`` never lets feed text ping anyone:
only the configured role, and only through the mention this module writes.
"""

from __future__ import annotations

import re
from typing import Any, TypedDict

from bot.feeds.models import FeedItem
from bot.feeds.templates import format_date, render_template
from bot.render import limits
from bot.render.markdown import html_to_markdown
from bot.render.text import neutralise_mentions, safe_text, truncate
from bot.storage.feeds import PostStyle

DEFAULT_TEXT_TEMPLATE = "**{title}**\n{link}"
EMBED_COLOUR = 0x5865F2
UNTITLED = "(untitled)"
# str.isspace's characters (re's \s is the same set), without a Python loop per character.
_WHITESPACE = re.compile(r"\s")


class AllowedMentions(TypedDict, total=False):
    parse: list[str]
    roles: list[int]


class MessagePayload(TypedDict, total=False):
    content: str
    embeds: list[dict[str, Any]]
    allowed_mentions: AllowedMentions


def allowed_mentions(role_id: int | None) -> AllowedMentions:
    if role_id is None:
        return {"parse": []}
    return {"parse": [], "roles": [role_id]}


def _web_url(url: str | None) -> str | None:
    if not url:
        return None
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")) or len(url) > limits.EMBED_URL:
        return None
    if _WHITESPACE.search(url):
        return None
    return url


def template_values(
    item: FeedItem, *, feed_title: str, tz: str = "UTC", discord_timestamps: bool = False
) -> dict[str, str]:
    """Placeholder values for an item: safe for Discord markdown, not yet length-capped."""
    link = _web_url(item.link)
    return {
        "title": safe_text(truncate(item.title, limits.EMBED_TITLE)),
        "link": link or "",
        "summary": html_to_markdown(item.summary_html, base_url=link),
        "author": safe_text(item.author or ""),
        "published": format_date(
            item.published or item.updated, tz=tz, discord_timestamp=discord_timestamps
        ),
        "source": safe_text(feed_title),
        "categories": safe_text(", ".join(item.categories)),
    }


def fill_template(template: str, values: dict[str, str], limit: int) -> str:
    """Render ``template`` within ``limit`` characters, shortening the summary first."""
    rendered = render_template(template, values)
    if len(rendered) <= limit:
        return rendered
    without_summary = render_template(template, {**values, "summary": ""})
    summary_length = len(values["summary"])
    summary_uses = (len(rendered) - len(without_summary)) // summary_length if summary_length else 0
    if summary_uses:
        budget = (limit - len(without_summary)) // summary_uses
        shortened = truncate(values["summary"], max(0, budget))
        rendered = render_template(template, {**values, "summary": shortened})
    return truncate(rendered, limit)


def render_feed_item(
    item: FeedItem,
    *,
    feed_title: str,
    style: PostStyle = "embed",
    template: str | None = None,
    tz: str = "UTC",
    mention_role_id: int | None = None,
    discord_timestamps: bool = False,
) -> MessagePayload:
    """The message for one new item.

    ``style="embed"``: title linked to the item, description from ``template`` (or
    the summary), source as embed author, item author in the footer, the item's
    image, publication time as the embed timestamp. ``style="text"``: ``template``
    (default ``DEFAULT_TEXT_TEMPLATE``) as the message content. Call
    :func:`bot.feeds.templates.validate_template` when the template is saved.
    """
    values = template_values(
        item, feed_title=feed_title, tz=tz, discord_timestamps=discord_timestamps
    )
    mention = f"<@&{mention_role_id}>" if mention_role_id is not None else ""
    payload: MessagePayload = {"allowed_mentions": allowed_mentions(mention_role_id)}
    if style == "text":
        room = limits.MESSAGE_CONTENT - (len(mention) + 1 if mention else 0)
        body = fill_template(template or DEFAULT_TEXT_TEMPLATE, values, room)
        payload["content"] = f"{mention}\n{body}" if mention else body
        return payload
    if mention:
        payload["content"] = mention
    payload["embeds"] = [_embed(item, values, feed_title, template)]
    return payload


def _embed(
    item: FeedItem, values: dict[str, str], feed_title: str, template: str | None
) -> dict[str, Any]:
    title = truncate(neutralise_mentions(item.title) or UNTITLED, limits.EMBED_TITLE)
    author = truncate(neutralise_mentions(feed_title), limits.EMBED_AUTHOR_NAME)
    footer = truncate(neutralise_mentions(item.author or ""), limits.EMBED_FOOTER_TEXT)
    fixed = len(title) + len(author) + len(footer)
    room = min(limits.EMBED_DESCRIPTION, limits.EMBED_TOTAL - fixed)
    if template:
        description = fill_template(template, values, room)
    else:
        description = truncate(values["summary"], room)
    embed: dict[str, Any] = {"type": "rich", "title": title, "color": EMBED_COLOUR}
    if values["link"]:
        embed["url"] = values["link"]
    if description:
        embed["description"] = description
    if author:
        embed["author"] = {"name": author}
    if footer:
        embed["footer"] = {"text": footer}
    moment = item.published or item.updated
    if moment is not None:
        embed["timestamp"] = moment.isoformat()
    image = _web_url(item.image_url)
    if image:
        embed["image"] = {"url": image}
    return embed


def render_thread_name(item: FeedItem) -> str:
    """Name for the forum post (thread) that carries an item in a forum channel."""
    return truncate(neutralise_mentions(item.title) or UNTITLED, limits.FORUM_THREAD_NAME)


def render_more_line(count: int, feed_title: str) -> MessagePayload:
    """The single line posted instead of items beyond the per-poll cap."""
    text = f"… and {count} more from {safe_text(feed_title) or 'this feed'}"
    return {"content": truncate(text, limits.MESSAGE_CONTENT), "allowed_mentions": {"parse": []}}
