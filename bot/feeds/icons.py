"""An outlet's icon for webhook posts: the feed's own image (RSS `<image>`, Atom
`<icon>`/`<logo>`, JSON Feed `icon`/`favicon`), else the site's favicon (its page's
`<link rel="icon">`, else `/favicon.ico`). Everything is fetched through the shared HTTP
client (address checks per hop, size caps, timeouts); the answer is stored on the feed,
so it is looked up once, not per post, and a site without an icon is asked again only
after ICON_RECHECK."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urljoin, urlsplit

from bot.net.http import FetchError, FetchResult, HttpClient, is_transient
from bot.storage import feeds as feed_store
from bot.storage.database import Database

log = logging.getLogger(__name__)

DOCUMENT_BYTES = 512 * 1024
ICON_BYTES = 256 * 1024
ICON_TIMEOUT = 8.0
# Only the document's head is searched: a feed's own image comes before its items.
HEAD_CHARS = 64 * 1024

RSS_IMAGE = re.compile(r"<image\b[^>]*>.*?<url>\s*([^<\s]+)\s*</url>", re.I | re.S)
ATOM_ICON = re.compile(r"<(?:\w+:)?(?:icon|logo)>\s*([^<\s]+)\s*</(?:\w+:)?(?:icon|logo)>",
                       re.I)
FIRST_ITEM = re.compile(r"<(?:\w+:)?(?:item|entry)\b", re.I)
LINK_TAG = re.compile(r"<link\b[^>]*>", re.I)
ATTRIBUTE = re.compile(r"""([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
ICON_RELS = ("apple-touch-icon", "icon", "shortcut icon")
# Outlets whose icons one /follow format looks up at most (each a few small fetches).
OUTLETS_LOOKED_UP = 24
# A site that answered without any icon is asked again only after this long: sites rarely
# add one, and every /follow format would otherwise fetch the same pages for nothing.
ICON_RECHECK = timedelta(days=7)


def feed_image(document: str) -> str | None:
    """The feed's own image, from the part before its first item."""
    text = document[:HEAD_CHARS].lstrip()
    if text.startswith("{"):
        try:
            data = json.loads(document)
        except ValueError:
            return None
        found = (data.get("icon") or data.get("favicon")) if isinstance(data, dict) else None
        return found if isinstance(found, str) else None
    head = FIRST_ITEM.split(text, maxsplit=1)[0]
    match = RSS_IMAGE.search(head) or ATOM_ICON.search(head)
    return match.group(1) if match else None


def page_icon(html: str) -> str | None:
    """The page's icon link, preferring the large apple-touch-icon (avatars are 128 px)."""
    found: dict[str, str] = {}
    for tag in LINK_TAG.findall(html[:HEAD_CHARS]):
        attributes = {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or ""
                      for m in ATTRIBUTE.finditer(tag)}
        rel, href = attributes.get("rel", "").lower().strip(), attributes.get("href", "")
        if rel in ICON_RELS and href:
            found.setdefault(rel, href)
    return next((found[rel] for rel in ICON_RELS if rel in found), None)


def _web_url(url: str | None, base: str) -> str | None:
    if not url:
        return None
    absolute = urljoin(base, url.strip())
    return absolute if urlsplit(absolute).scheme in ("http", "https") else None


class _Lookup:
    """One outlet's icon lookup: its fetches, and whether the site ever failed to answer."""

    def __init__(self, web: HttpClient) -> None:
        self.web = web
        self.unanswered = False

    async def fetch(self, url: str, max_bytes: int) -> FetchResult | None:
        try:
            return await self.web.fetch(url, timeout=ICON_TIMEOUT, max_bytes=max_bytes,
                                        retries=0)
        except FetchError as error:
            self.unanswered = self.unanswered or is_transient(error)
            log.info("no icon from %s: %s", url, error)
            return None

    async def is_image(self, url: str) -> bool:
        result = await self.fetch(url, ICON_BYTES)
        return result is not None and result.status == 200 \
            and result.content_type.startswith("image/")

    async def icon(self, feed_url: str) -> str | None:
        candidates: list[str | None] = []
        document = await self.fetch(feed_url, DOCUMENT_BYTES)
        if document is not None:
            candidates.append(_web_url(feed_image(document.body.decode("utf-8", "replace")),
                                       document.url))
        parts = urlsplit(feed_url)
        home = f"{parts.scheme}://{parts.netloc}/"
        page = await self.fetch(home, DOCUMENT_BYTES)
        if page is not None and page.status == 200:
            candidates.append(_web_url(page_icon(page.body.decode("utf-8", "replace")),
                                       page.url))
        candidates.append(urljoin(home, "/favicon.ico"))
        for candidate in candidates:
            if candidate and await self.is_image(candidate):
                return candidate
        return None


@dataclass(frozen=True)
class IconLookup:
    icon: str | None
    # False when a fetch timed out, could not connect or got a 5xx: "no icon" is then
    # only "not now", and is not kept as the outlet's answer.
    answered: bool


async def look_up_icon(web: HttpClient, feed_url: str) -> IconLookup:
    """The image URL Discord can show as the outlet's avatar (None: none found), and
    whether the site answered."""
    lookup = _Lookup(web)
    icon = await lookup.icon(feed_url)
    return IconLookup(icon, answered=icon is not None or not lookup.unanswered)


async def refresh_feed_icon(db: Database, web: HttpClient, feed_id: int,
                            now: datetime) -> IconLookup | None:
    """Look the feed's icon up again and store it for its webhook posts, with when it was
    looked up; a site that did not answer keeps what was known of it."""
    feed = await feed_store.get_feed(db, feed_id)
    if feed is None:
        return None
    lookup = await look_up_icon(web, feed.url)
    if lookup.answered:
        async with db.begin() as conn:
            await feed_store.update_feed(conn, feed_id, icon_url=lookup.icon,
                                         icon_checked_at=now)
    return lookup


async def fill_outlet_icons(db: Database, web: HttpClient, guild_id: int, now: datetime,
                            limit: int = OUTLETS_LOOKED_UP) -> int:
    """Look up the icons of the outlets a server's story posts may speak as (its feeds and
    the shipped ones) that have none and were not found without one lately; how many were
    found."""
    feed_ids = await feed_store.feeds_lacking_icons(db, guild_id, limit,
                                                    checked_before=now - ICON_RECHECK)
    found = await asyncio.gather(*(refresh_feed_icon(db, web, feed_id, now)
                                   for feed_id in feed_ids))
    return sum(1 for lookup in found if lookup is not None and lookup.icon)
