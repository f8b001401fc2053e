"""Pieces the providers share: fetching with errors translated, time windows, tidying."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import TypedDict
from urllib.parse import urlsplit

from bot.net.http import FetchError, FetchResult, HttpClient, retry_after_seconds
from bot.search.base import ProviderError, SearchResult
from bot.storage.types import utcnow

PROVIDER_TIMEOUT = 10.0
PROVIDER_RETRIES = 1
# Search answers are a few hundred kilobytes at most; anything bigger is not one.
PROVIDER_MAX_BYTES = 4 * 1024 * 1024
DEFAULT_WINDOW_HOURS = 48

Clock = Callable[[], datetime]


class ProviderOptions(TypedDict, total=False):
    """How patiently a provider asks, and the clock its time windows are measured on."""

    timeout: float
    retries: int
    clock: Clock


class HttpSearchProvider:
    """What the HTTP search providers share: where they ask and how."""

    name: str

    def __init__(self, http: HttpClient, *, base_url: str, timeout: float = PROVIDER_TIMEOUT,
                 retries: int = PROVIDER_RETRIES, clock: Clock = utcnow) -> None:
        self._http = http
        self.base_url = base_url
        self._timeout = timeout
        self._retries = retries
        self._clock = clock

    async def _get(self, url: str, accept: str) -> FetchResult:
        return await fetch_answer(self.name, self._http, url, timeout=self._timeout,
                                  retries=self._retries, accept=accept)


async def fetch_answer(provider: str, http: HttpClient, url: str, *, timeout: float,
                       retries: int = PROVIDER_RETRIES, accept: str = "*/*") -> FetchResult:
    """GET ``url``; any failure, a 429 included, comes back as :class:`ProviderError`."""
    try:
        result = await http.fetch(url, headers={"Accept": accept}, timeout=timeout,
                                  max_bytes=PROVIDER_MAX_BYTES, retries=retries)
    except FetchError as exc:
        raise ProviderError(provider, exc.reason, status=exc.status,
                            retry_after=exc.retry_after) from exc
    if result.status == 429:
        raise ProviderError(provider, "too many requests", status=429,
                            retry_after=retry_after_seconds(result.headers))
    if result.status != 200:
        raise ProviderError(provider, f"the service answered {result.status}",
                            status=result.status,
                            retry_after=retry_after_seconds(result.headers))
    return result


def window_hours(since: datetime | None, now: datetime) -> int:
    """Whole hours from ``since`` to ``now`` (at least 1); the default window without it."""
    if since is None:
        return DEFAULT_WINDOW_HOURS
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return max(1, math.ceil((now - since).total_seconds() / 3600))


def host_of(url: str | None) -> str:
    """The host of ``url`` in lower case without a leading ``www.``; empty if none."""
    if not url:
        return ""
    try:
        host = (urlsplit(url.strip()).hostname or "").rstrip(".")
    except ValueError:
        return ""
    return host.removeprefix("www.")


def newest_within(results: Iterable[SearchResult], since: datetime | None,
                  limit: int) -> list[SearchResult]:
    """Results at or after ``since`` (undated ones are kept), newest first, at most ``limit``.

    Providers' own time filters are coarse (whole hours or days), so the exact cut
    happens here."""
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    kept = [r for r in results
            if since is None or r.published is None or r.published >= since]
    kept.sort(key=_newest_first_key)
    return kept[:max(0, limit)]


def _newest_first_key(result: SearchResult) -> tuple[int, float]:
    if result.published is None:
        return (1, 0.0)
    return (0, -result.published.timestamp())
