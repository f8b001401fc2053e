"""JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1), which feedparser 6 lacks."""

from __future__ import annotations

import json
from typing import Any

from bot.feeds.dates import parse_date
from bot.feeds.media import pick_image
from bot.feeds.models import Enclosure, FeedItem, ParsedFeed
from bot.feeds.plain_text import collapse_whitespace, plain_title, strip_html, text_to_html
from bot.render.text import replace_lone_surrogates


def looks_like_json(body: bytes, content_type: str | None) -> bool:
    if content_type and "json" in content_type.lower():
        return True
    return body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def parse_json_feed(body: bytes) -> ParsedFeed:
    try:
        document = json.loads(body.decode("utf-8-sig", errors="replace"))
    except (ValueError, RecursionError) as error:
        return ParsedFeed(error=f"not a feed: invalid JSON ({error})", parser="json")
    if not isinstance(document, dict):
        return ParsedFeed(error="not a feed: JSON document is not an object", parser="json")
    version = str(document.get("version") or "")
    items = document.get("items")
    if "jsonfeed.org/version/" not in version and not isinstance(items, list):
        return ParsedFeed(error="not a feed: JSON without a JSON Feed version", parser="json")
    feed = ParsedFeed(
        title=plain_title(_string(document.get("title"))),
        link=_string(document.get("home_page_url")) or None,
        format="json11" if version.rstrip("/").endswith("1.1") else "json10",
        subtitle=collapse_whitespace(_string(document.get("description"))),
        parser="json",
    )
    feed_author = _author(document)
    for raw in items if isinstance(items, list) else []:
        if isinstance(raw, dict):
            item = _item(raw)
            item.author = item.author or feed_author
            feed.items.append(item)
    return feed


def _string(value: Any) -> str:
    # JSON can escape half a surrogate pair, which no database or Discord message takes.
    return replace_lone_surrogates(value.strip()) if isinstance(value, str) else ""


def _author(container: dict[str, Any]) -> str | None:
    authors = container.get("authors")
    candidates = authors if isinstance(authors, list) else [container.get("author")]
    names = [
        collapse_whitespace(_string(person.get("name")))
        for person in candidates
        if isinstance(person, dict) and _string(person.get("name"))
    ]
    return ", ".join(names) or None


def _item(raw: dict[str, Any]) -> FeedItem:
    content_html = _string(raw.get("content_html"))
    summary = _string(raw.get("summary"))
    content_text = _string(raw.get("content_text"))
    if summary:
        summary_html = text_to_html(summary)
    elif content_html:
        summary_html = content_html
    else:
        summary_html = text_to_html(content_text)
    enclosures = [
        Enclosure(
            url=_string(attachment.get("url")),
            type=_string(attachment.get("mime_type")) or None,
            length=attachment.get("size_in_bytes")
            if isinstance(attachment.get("size_in_bytes"), int) else None,
        )
        for attachment in raw.get("attachments") or []
        if isinstance(attachment, dict) and _string(attachment.get("url"))
    ]
    link = _string(raw.get("url")) or _string(raw.get("external_url")) or None
    image = _string(raw.get("image")) or _string(raw.get("banner_image"))
    media = [("content", {"url": image, "medium": "image"})] if image else []
    raw_id = raw.get("id")
    raw_tags = raw.get("tags")
    tags: list[Any] = raw_tags if isinstance(raw_tags, list) else []
    return FeedItem(
        title=plain_title(_string(raw.get("title"))),
        link=link,
        # JSON Feed allows numeric ids; they are still identifiers, not numbers.
        guid=_string(str(raw_id)) or None if isinstance(raw_id, str | int) else None,
        summary_html=summary_html,
        summary_text=strip_html(summary_html),
        author=_author(raw),
        published=parse_date(_string(raw.get("date_published"))),
        updated=parse_date(_string(raw.get("date_modified"))),
        categories=[
            collapse_whitespace(_string(tag)) for tag in tags if _string(tag)
        ],
        image_url=pick_image(media, enclosures, (content_html,), link),
        enclosures=enclosures,
    )
