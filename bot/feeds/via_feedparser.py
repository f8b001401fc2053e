"""Lenient path: feedparser for documents the fast path declines.

feedparser handles ill-formed XML, undefined entities, DOCTYPEs, encoding conflicts and
every historical RSS/Atom variant. Its result dictionary is converted to our records.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any, cast
from urllib.parse import urljoin

import feedparser

from bot.feeds.dates import struct_to_datetime
from bot.feeds.media import pick_image
from bot.feeds.models import Enclosure, FeedItem, ParsedFeed
from bot.feeds.plain_text import collapse_whitespace, plain_title, strip_html, text_to_html
from bot.feeds.safety import defuse_entity_declarations


def parse_with_feedparser(
    body: bytes, content_type: str | None, url: str | None
) -> ParsedFeed:
    headers = {"content-type": content_type or "application/xml"}
    # A BytesIO, never the bytes themselves: given bytes, feedparser first tries them as
    # a *file name* and would read a local file whose path is the response body.
    # Sanitising and URI rewriting inside HTML are off: the fast path does neither
    # (summary HTML is only ever converted to markdown, never shown as HTML), and
    # together they cost about 40% of feedparser's time. Links are resolved below.
    result = feedparser.parse(
        io.BytesIO(defuse_entity_declarations(body)), response_headers=headers,
        resolve_relative_uris=False, sanitize_html=False,
    )
    feed: Mapping[str, Any] = result.get("feed", {})
    entries = [_convert_entry(entry, url) for entry in result.get("entries", [])]
    bozo = bool(result.get("bozo"))
    reason = _describe(result.get("bozo_exception")) if bozo else None
    parsed = ParsedFeed(
        title=_title(feed),
        link=_absolute(feed.get("link"), url),
        format=result.get("version", "") or "",
        items=entries,
        bozo=bozo,
        bozo_reason=reason,
        subtitle=strip_html(feed.get("subtitle", "") or ""),
        parser="feedparser",
    )
    if not parsed.format and not entries:
        parsed.error = f"not a feed: {reason}" if reason else "not a feed (no RSS/Atom root)"
    return parsed


def _describe(exception: object) -> str:
    if exception is None:
        return "unknown problem"
    text = collapse_whitespace(str(exception))
    return f"{type(exception).__name__}: {text}" if text else type(exception).__name__


def _absolute(link: str | None, base: str | None) -> str | None:
    if not link:
        return None
    link = link.strip()
    if not base or link.startswith(("https://", "http://")):
        return link or None
    return urljoin(base, link)


def _convert_entry(entry: Mapping[str, Any], base: str | None) -> FeedItem:
    summary = _as_html(entry.get("summary", "") or "", entry.get("summary_detail"))
    contents = entry.get("content") or []
    content = _as_html(contents[0].get("value", "") or "", contents[0]) if contents else ""
    enclosures = [
        Enclosure(url=_absolute(link["href"], base) or link["href"], type=link.get("type") or None,
                  length=_int(link.get("length")))
        for link in entry.get("enclosures", []) or []
        if link.get("href")
    ]
    media = [("content", dict(item)) for item in entry.get("media_content", []) or []]
    media += [("thumbnail", dict(item)) for item in entry.get("media_thumbnail", []) or []]
    author_detail = entry.get("author_detail") or {}
    author = author_detail.get("name") or entry.get("author") or None
    summary_html = summary or content
    link = _absolute(entry.get("link"), base)
    return FeedItem(
        title=_title(entry),
        link=link,
        guid=(entry.get("id") or "").strip() or None,
        summary_html=summary_html,
        summary_text=strip_html(summary_html),
        author=collapse_whitespace(author) if author else None,
        published=struct_to_datetime(entry.get("published_parsed")),
        # dict.get: FeedParserDict would silently answer "updated" with "published".
        updated=struct_to_datetime(dict.get(cast("dict[str, Any]", entry), "updated_parsed")),
        categories=_categories(entry.get("tags") or []),
        image_url=pick_image(media, enclosures, (summary, content), link or base),
        enclosures=enclosures,
    )


def _as_html(value: str, detail: Mapping[str, Any] | None) -> str:
    if detail and detail.get("type") == "text/plain":
        return text_to_html(value)
    return value


def _title(entry: Mapping[str, Any]) -> str:
    title = entry.get("title", "") or ""
    detail = entry.get("title_detail") or {}
    if detail.get("type") == "text/plain":
        return collapse_whitespace(title)  # already text: "<blink>" here is literal
    return plain_title(title)


def _categories(tags: list[Mapping[str, Any]]) -> list[str]:
    names: list[str] = []
    for tag in tags:
        name = collapse_whitespace(tag.get("term") or tag.get("label") or "")
        if name and name not in names:
            names.append(name)
    return names


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
