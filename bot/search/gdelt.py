"""GDELT DOC 2.0 API article search: keyless JSON, worldwide coverage, ~15 min behind.

``mode=ArtList&format=json`` answers ``{"articles": [{"url", "url_mobile", "title",
"seendate": "20250418T123000Z", "socialimage", "domain", "language",
"sourcecountry"}, ...]}``; a search with no matches answers ``{}``. Query mistakes
(a phrase that is too short, unbalanced parentheses) come back as a plain-text
sentence, usually with status 200, and GDELT asks clients to keep to one request
every five seconds (pacing is the registry's job).
"""

from __future__ import annotations

import asyncio
import html
import json
import math
import re
from datetime import UTC, datetime
from typing import Any, Unpack
from urllib.parse import urlencode

from bot.feeds.plain_text import collapse_whitespace
from bot.net.http import HttpClient
from bot.search.base import DEFAULT_LIMIT, ProviderError, QueryRejected, SearchResult
from bot.search.common import (
    HttpSearchProvider,
    ProviderOptions,
    host_of,
    newest_within,
    window_hours,
)

NAME = "gdelt"
DEFAULT_BASE_URL = "https://api.gdeltproject.org/api/v2/doc/doc"
MAX_RECORDS = 250  # the API's own ceiling for ArtList
SEEN_DATE_FORMAT = "%Y%m%dT%H%M%SZ"
# GDELT's full-text index covers a rolling three months.
_MAX_WINDOW_DAYS = 90
# GDELT sometimes leaves backslashes that start no JSON escape in titles; pairs are
# matched left to right so an escaped backslash is never split.
_ESCAPE_PAIR = re.compile(r"\\(.)", re.DOTALL)
_JSON_ESCAPES = frozenset('"\\/bfnrtu')
_RATE_LIMIT_WORDS = ("limit requests", "too many requests", "rate limit")


class GdeltProvider(HttpSearchProvider):
    """Searches GDELT; ``base_url`` is overridable so tests can use a local server.

    ``source_language`` (a GDELT language name such as "english") narrows results to
    one language; ``None`` searches every language GDELT monitors."""

    name = NAME

    def __init__(self, http: HttpClient, *, base_url: str = DEFAULT_BASE_URL,
                 source_language: str | None = "english",
                 **options: Unpack[ProviderOptions]) -> None:
        super().__init__(http, base_url=base_url, **options)
        self._source_language = source_language

    def request_url(self, query: str, since: datetime | None = None,
                    limit: int = DEFAULT_LIMIT) -> str:
        terms = collapse_whitespace(query)
        if self._source_language:
            terms = f"{terms} sourcelang:{self._source_language}"
        parameters = {
            "query": terms, "mode": "ArtList", "format": "json",
            "maxrecords": str(min(MAX_RECORDS, max(1, limit))),
            "timespan": _timespan(since, self._clock()), "sort": "DateDesc",
        }
        return f"{self.base_url}?{urlencode(parameters)}"

    async def search(self, query: str, *, since: datetime | None = None,
                     limit: int = DEFAULT_LIMIT) -> list[SearchResult]:
        answer = await self._get(self.request_url(query, since, limit), "application/json")
        results = await asyncio.to_thread(parse_gdelt, answer.body)
        return newest_within(results, since, limit)


def _timespan(since: datetime | None, now: datetime) -> str:
    hours = window_hours(since, now)
    if since is None or hours % 24 == 0 or hours > 72:
        return f"{min(_MAX_WINDOW_DAYS, math.ceil(hours / 24))}d"
    return f"{hours}h"


def parse_seen_date(value: object) -> datetime | None:
    """``20250418T123000Z`` as an aware UTC datetime; ``None`` when absent or malformed."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value.strip(), SEEN_DATE_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def parse_gdelt(body: bytes) -> list[SearchResult]:
    """Results from an ArtList JSON answer.

    Raises :class:`QueryRejected` for GDELT's plain-text complaints about a query and
    :class:`ProviderError` for anything else that is not the expected JSON."""
    text = body.decode("utf-8", errors="replace").strip().lstrip("\ufeff")
    if not text:
        return []
    if not text.startswith(("{", "[")):
        _raise_for_message(text)
    document = _load_json(text)
    if not isinstance(document, dict):
        raise ProviderError(NAME, "the answer was not a JSON object")
    articles = document.get("articles", [])
    if not isinstance(articles, list):
        raise ProviderError(NAME, "the answer's article list was not a list")
    return [result for article in articles
            if isinstance(article, dict) and (result := _read_article(article)) is not None]


def _raise_for_message(text: str) -> None:
    message = collapse_whitespace(_strip_markup(text))[:200]
    lowered = message.lower()
    if any(words in lowered for words in _RATE_LIMIT_WORDS):
        raise ProviderError(NAME, "too many requests", status=429)
    raise QueryRejected(NAME, message or "the query was refused")


def _strip_markup(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def _load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
    try:
        return json.loads(_ESCAPE_PAIR.sub(_keep_or_escape, text))
    except json.JSONDecodeError as exc:
        raise ProviderError(NAME, f"malformed JSON ({exc.msg} at {exc.pos})") from None


def _keep_or_escape(match: re.Match[str]) -> str:
    if match.group(1) in _JSON_ESCAPES:
        return match.group(0)
    return "\\\\" + match.group(1)


def _read_article(article: dict[str, Any]) -> SearchResult | None:
    url = article.get("url")
    title = article.get("title")
    if not isinstance(url, str) or not url.strip() or not isinstance(title, str):
        return None
    title = _tidy_title(title)
    if not title:
        return None
    domain = article.get("domain") if isinstance(article.get("domain"), str) else ""
    domain = (domain or host_of(url)).strip().lower().removeprefix("www.")
    language = article.get("language")
    return SearchResult(
        title=title, url=url.strip(), source=domain,
        published=parse_seen_date(article.get("seendate")), snippet="", domain=domain,
        language=language if isinstance(language, str) else "", provider=NAME)


# GDELT writes titles from page text and leaves a space before punctuation.
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:!?%)])")


def _tidy_title(title: str) -> str:
    text = collapse_whitespace(html.unescape(title))
    return _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
