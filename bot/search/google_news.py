"""Google News RSS search: keyless, one RSS 2.0 document per query.

The answer is an ordinary RSS feed whose items look like::

    <item>
      <title>Headline words - Example Times</title>
      <link>https://news.google.com/rss/articles/CBMi...?oc=5</link>
      <pubDate>Fri, 18 Apr 2025 11:00:00 GMT</pubDate>
      <description>&lt;a href="..."&gt;Headline words&lt;/a&gt;&amp;nbsp;&amp;nbsp;
        &lt;font color="#6f6f6f"&gt;Example Times&lt;/font&gt;</description>
      <source url="https://www.example-times.com">Example Times</source>
    </item>

Links are Google redirect URLs; they are kept (they resolve for readers), while the
outlet comes from ``<source>`` and is cut off the end of the title.
"""

from __future__ import annotations

import asyncio
import math
import re
import threading
from datetime import datetime
from typing import Unpack
from urllib.parse import urlencode

from lxml import etree

from bot.feeds.dates import parse_date
from bot.feeds.parse import parse_feed
from bot.feeds.plain_text import collapse_whitespace, plain_title, strip_html
from bot.net.http import HttpClient
from bot.search.base import DEFAULT_LIMIT, ProviderError, SearchResult
from bot.search.common import (
    HttpSearchProvider,
    ProviderOptions,
    host_of,
    newest_within,
    window_hours,
)

NAME = "google_news"
DEFAULT_BASE_URL = "https://news.google.com/rss/search"
# Outlet names are short; a long tail after " - " is part of the headline itself.
_MAX_OUTLET_LENGTH = 60
_local = threading.local()


class GoogleNewsProvider(HttpSearchProvider):
    """Searches Google News; ``base_url`` is overridable so tests can use a local server."""

    name = NAME

    def __init__(self, http: HttpClient, *, base_url: str = DEFAULT_BASE_URL,
                 language: str = "en-US", country: str = "US", edition: str = "US:en",
                 **options: Unpack[ProviderOptions]) -> None:
        super().__init__(http, base_url=base_url, **options)
        self._locale = {"hl": language, "gl": country, "ceid": edition}

    def request_url(self, query: str, since: datetime | None = None) -> str:
        terms = f"{collapse_whitespace(query)} when:{_when(since, self._clock())}"
        return f"{self.base_url}?{urlencode({'q': terms, **self._locale})}"

    async def search(self, query: str, *, since: datetime | None = None,
                     limit: int = DEFAULT_LIMIT) -> list[SearchResult]:
        answer = await self._get(self.request_url(query, since),
                                 "application/rss+xml, application/xml;q=0.9")
        results = await asyncio.to_thread(parse_google_news, answer.body,
                                          answer.headers.get("Content-Type"))
        return newest_within(results, since, limit)


def _when(since: datetime | None, now: datetime) -> str:
    hours = window_hours(since, now)
    if since is not None and hours <= 48:
        return f"{hours}h"
    return f"{math.ceil(hours / 24)}d"


def parse_google_news(body: bytes, content_type: str | None = None) -> list[SearchResult]:
    """Results from a Google News RSS answer; :class:`ProviderError` if it is not one.

    CPU bound (run it in a thread from async code)."""
    try:
        root = etree.fromstring(body, _parser())
    except etree.XMLSyntaxError:
        return _parse_leniently(body, content_type)
    if root is None or etree.QName(root).localname != "rss":
        raise ProviderError(NAME, "the answer was not a news feed")
    return [result for item in root.iterfind("channel/item")
            if (result := _read_item(item)) is not None]


def _parser() -> etree.XMLParser:
    # lxml parsers are not thread-safe; parsing runs in worker threads.
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                 huge_tree=False)
        _local.parser = parser
    return parser


def _read_item(item: etree._Element) -> SearchResult | None:
    link = (item.findtext("link") or "").strip()
    raw_title = plain_title(item.findtext("title") or "")
    if not link or not raw_title:
        return None
    source_element = item.find("source")
    outlet = ""
    outlet_url = None
    if source_element is not None:
        outlet = collapse_whitespace(source_element.text or "")
        outlet_url = source_element.get("url")
    title, outlet = split_outlet(raw_title, outlet)
    description = item.findtext("description") or ""
    return SearchResult(
        title=title, url=link, source=outlet or host_of(outlet_url),
        published=parse_date(item.findtext("pubDate")),
        snippet=_snippet(description, raw_title, title, outlet),
        domain=host_of(outlet_url), provider=NAME)


def split_outlet(title: str, outlet: str = "") -> tuple[str, str]:
    """("Headline", "Outlet") from "Headline - Outlet".

    With a known outlet only that exact suffix is cut; without one, the text after
    the last " - " is taken as the outlet when it is short enough to be a name."""
    if outlet:
        suffix = f" - {outlet}"
        if title.endswith(suffix) and len(title) > len(suffix):
            return title[: -len(suffix)].rstrip(), outlet
        return title, outlet
    head, separator, tail = title.rpartition(" - ")
    if separator and head.strip() and 0 < len(tail.strip()) <= _MAX_OUTLET_LENGTH:
        return head.rstrip(), tail.strip()
    return title, ""


_LIST_ITEM = re.compile(r"<li\b", re.IGNORECASE)


def _snippet(description: str, raw_title: str, title: str, outlet: str) -> str:
    # A cluster answer lists other outlets' headlines: not a summary of this article.
    if not description or _LIST_ITEM.search(description):
        return ""
    text = strip_html(description).replace("\xa0", " ")
    for repeated in (raw_title, title, outlet):
        if repeated:
            text = text.replace(repeated, " ", 1)
    return collapse_whitespace(text)


def _parse_leniently(body: bytes, content_type: str | None) -> list[SearchResult]:
    """Broken XML still goes through the feed parser; outlets then come from titles."""
    parsed = parse_feed(body, content_type=content_type)
    if not parsed.ok or parsed.format == "html":
        raise ProviderError(NAME, "the answer was not a news feed")
    results = []
    for item in parsed.items:
        if not item.link or not item.title:
            continue
        title, outlet = split_outlet(item.title)
        results.append(SearchResult(title=title, url=item.link, source=outlet,
                                    published=item.published, provider=NAME))
    return results
