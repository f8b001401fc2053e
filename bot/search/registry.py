"""Which providers run, built from settings, and searching all of them at once."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from bot.config import Settings
from bot.net.http import HttpClient
from bot.search.base import DEFAULT_LIMIT, SearchProvider, SearchResult
from bot.search.common import PROVIDER_TIMEOUT, newest_within
from bot.search.gdelt import DEFAULT_BASE_URL as GDELT_URL
from bot.search.gdelt import GdeltProvider
from bot.search.google_news import DEFAULT_BASE_URL as GOOGLE_NEWS_URL
from bot.search.google_news import GoogleNewsProvider
from bot.search.guard import (
    BACKOFF_CAP,
    CACHE_SECONDS,
    GuardedProvider,
    MonotonicClock,
    Sleep,
    describe_failure,
)
from bot.search.merge import merge_results

log = logging.getLogger(__name__)

# GDELT asks for at most one request every five seconds per client.
GDELT_MIN_INTERVAL = 5.0
GOOGLE_NEWS_MIN_INTERVAL = 1.0


@dataclass(frozen=True)
class SearchSettings:
    google_news: bool = True
    gdelt: bool = True
    timeout: float = PROVIDER_TIMEOUT
    backoff_max: float = BACKOFF_CAP
    cache_seconds: float = CACHE_SECONDS
    google_news_url: str = GOOGLE_NEWS_URL
    gdelt_url: str = GDELT_URL

    @classmethod
    def from_settings(cls, settings: Settings) -> SearchSettings:
        """The SEARCH_* settings, read and checked once by bot.config."""
        return cls(google_news=settings.search_google_news, gdelt=settings.search_gdelt,
                   timeout=settings.search_timeout, backoff_max=settings.search_backoff_max,
                   cache_seconds=settings.search_cache_seconds,
                   google_news_url=settings.search_google_news_url,
                   gdelt_url=settings.search_gdelt_url)


def build_providers(http: HttpClient, settings: SearchSettings | None = None, *,
                    clock: MonotonicClock = time.monotonic,
                    sleep: Sleep = asyncio.sleep) -> list[GuardedProvider]:
    """The enabled providers, each wrapped with backoff, pacing, a deadline and a cache."""
    settings = settings or SearchSettings()
    # One retry inside the HTTP client, plus its jittered pause, must fit the deadline.
    deadline = settings.timeout * 2 + 5

    def guard(provider: SearchProvider, min_interval: float) -> GuardedProvider:
        guarded = GuardedProvider(provider, deadline=deadline, min_interval=min_interval,
                                  cache_seconds=settings.cache_seconds, clock=clock,
                                  sleep=sleep)
        guarded.backoff.cap = settings.backoff_max
        return guarded

    providers = []
    if settings.google_news:
        providers.append(guard(GoogleNewsProvider(
            http, base_url=settings.google_news_url, timeout=settings.timeout),
            GOOGLE_NEWS_MIN_INTERVAL))
    if settings.gdelt:
        providers.append(guard(GdeltProvider(
            http, base_url=settings.gdelt_url, timeout=settings.timeout),
            GDELT_MIN_INTERVAL))
    return providers


@dataclass
class SearchOutcome:
    """Merged results plus which providers answered and why the others did not."""

    results: list[SearchResult] = field(default_factory=list)
    answered: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)


async def search_each(providers: Sequence[SearchProvider], query: str,
                      since: datetime | None = None, limit: int = DEFAULT_LIMIT, *,
                      timeout: float | None = None) -> SearchOutcome:
    """Ask every provider at once; never raises because a provider failed.

    ``timeout`` bounds the whole call: providers still working then are reported as
    failed for this call (a guarded provider finishes in the background and caches)."""
    outcome = SearchOutcome()
    if not query.strip():
        return outcome
    tasks = [(provider.name, asyncio.ensure_future(
        provider.search(query, since=since, limit=limit))) for provider in providers]
    if not tasks:
        return outcome
    try:
        await asyncio.wait([task for _, task in tasks], timeout=timeout)
    finally:
        late = [task for _, task in tasks if not task.done()]
        for task in late:
            task.cancel()
        await asyncio.gather(*late, return_exceptions=True)
    found: list[SearchResult] = []
    for name, task in tasks:
        if task.cancelled():
            outcome.failed[name] = ("cancelled" if timeout is None
                                    else f"no answer within {timeout:g} s")
            log.info("search provider %s: %s", name, outcome.failed[name])
            continue
        error = task.exception()
        if error is None:
            outcome.answered.append(name)
            found.extend(task.result())
        else:
            outcome.failed[name] = describe_failure(name, error)
    outcome.results = newest_within(merge_results(found), since, limit)
    return outcome


async def search_all(providers: Sequence[SearchProvider], query: str,
                     since: datetime | None = None, limit: int = DEFAULT_LIMIT, *,
                     timeout: float | None = None) -> list[SearchResult]:
    """Merged, de-duplicated results of every provider that answered, newest first."""
    return (await search_each(providers, query, since, limit, timeout=timeout)).results


async def close_providers(providers: Sequence[SearchProvider]) -> None:
    """Cancel the providers' searches still running; call once at shutdown."""
    for provider in providers:
        if isinstance(provider, GuardedProvider):
            await provider.close()
