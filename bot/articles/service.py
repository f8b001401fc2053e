"""/summarize without Discord: fetch a page safely, extract it, analyse it, cache it."""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from bot.analysis import NotArticleError, analyse, extract_article
from bot.feeds.identity import normalise_url
from bot.net.http import (
    DEFAULT_RETRIES,
    BlockedURL,
    BodyTooLarge,
    FetchError,
    FetchTimeout,
    HttpClient,
)
from bot.storage import brief_cache
from bot.storage.database import Database

PAGE_TIMEOUT = 15.0
PAGE_MAX_BYTES = 5 * 1024 * 1024
CACHE_FOR = timedelta(hours=6)
HTML_TYPES = ("text/html", "application/xhtml+xml")


class BriefError(Exception):
    """A reason the member can act on, shown as is."""


@dataclass(frozen=True)
class PageBrief:
    url: str
    title: str | None
    site: str | None
    byline: str | None
    published: datetime | None
    language: str | None
    image: str | None
    brief: dict[str, Any]  # Brief.to_json_dict()
    cached: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "title": self.title, "site": self.site,
                "byline": self.byline,
                "published": self.published.isoformat() if self.published else None,
                "language": self.language, "image": self.image, "brief": self.brief}

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, cached: bool) -> PageBrief:
        published = data.get("published")
        return cls(url=data["url"], title=data.get("title"), site=data.get("site"),
                   byline=data.get("byline"),
                   published=datetime.fromisoformat(published) if published else None,
                   language=data.get("language"), image=data.get("image"),
                   brief=data["brief"], cached=cached)


def cache_key(url: str, sentences: int) -> str:
    return hashlib.sha256(f"{normalise_url(url)}#{sentences}".encode()).hexdigest()


async def fetch_page(web: HttpClient, url: str,
                     retries: int = DEFAULT_RETRIES) -> tuple[bytes, str, str]:
    """(body, content type, final URL), or a BriefError a member understands."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BriefError("Give a full http:// or https:// link to an article.")
    try:
        result = await web.fetch(url.strip(), timeout=PAGE_TIMEOUT, max_bytes=PAGE_MAX_BYTES,
                                 retries=retries)
    except FetchTimeout:
        raise BriefError("The site did not answer within 15 seconds.") from None
    except BlockedURL as error:
        if error.reason.startswith("cannot resolve"):
            # Not a refusal: the name does not exist (or DNS is down).
            raise BriefError(f"I could not reach that site: {error.reason}.") from None
        raise BriefError(f"I won't open that link: {error.reason}.") from None
    except BodyTooLarge:
        raise BriefError("That page is larger than 5 MB, too big to read.") from None
    except FetchError as error:
        raise BriefError(f"I could not fetch that page: {error.reason}.") from None
    if result.status >= 400:
        raise BriefError(f"The site answered {result.status} for that page.")
    if result.content_type not in HTML_TYPES:
        raise BriefError(f"That link is not a web page ({result.content_type or 'unknown type'})."
                         " Give me an article's page.")
    return result.body, result.content_type, result.url


def analyse_page(body: bytes, url: str, sentences: int) -> PageBrief:
    """CPU work (extraction and analysis): run it in a thread."""
    try:
        article = extract_article(body, url)
    except NotArticleError as error:
        raise BriefError(f"Nothing article-like there. {error}") from None
    brief = analyse(article.text, article.published, title=article.title, sentences=sentences)
    return PageBrief(url=url, title=article.title, site=article.site_name or urlsplit(url).hostname,
                     byline=article.byline, published=article.published,
                     language=article.language, image=article.image,
                     brief=brief.to_json_dict())


async def brief_for_url(db: Database, web: HttpClient, url: str, sentences: int,
                        now: datetime, retries: int = DEFAULT_RETRIES) -> PageBrief:
    key = cache_key(url, sentences)
    cached = await brief_cache.get_cached(db, key, now - CACHE_FOR)
    if cached is not None:
        return PageBrief.from_dict(cached, cached=True)
    body, _content_type, final_url = await fetch_page(web, url, retries)
    page = await asyncio.to_thread(analyse_page, body, final_url, sentences)
    await brief_cache.put_cached(db, key, normalise_url(url), page.to_dict(), now)
    return page
