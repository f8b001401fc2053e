"""Which providers run, built from settings, and searching all of them at once."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.net.http import HttpClient
from bot.search.base import (
    DEFAULT_LIMIT,
    ProviderError,
    ProviderSkipped,
    SearchProvider,
    SearchResult,
)
from bot.search.common import PROVIDER_TIMEOUT, newest_within
from bot.search.gdelt import DEFAULT_BASE_URL as GDELT_URL
from bot.search.gdelt import GdeltProvider
from bot.search.google_news import DEFAULT_BASE_URL as GOOGLE_NEWS_URL
from bot.search.google_news import GoogleNewsProvider
from bot.search.guard import BACKOFF_CAP, CACHE_SECONDS, GuardedProvider, MonotonicClock, Sleep
from bot.search.merge import merge_results

log = logging.getLogger(__name__)

# GDELT asks for at most one request every five seconds per client.
GDELT_MIN_INTERVAL = 5.0
GOOGLE_NEWS_MIN_INTERVAL = 1.0


@dataclass(frozen=True)
class SettingDoc:
    name: str
    default: str
    description: str


SEARCH_SETTINGS: tuple[SettingDoc, ...] = (
    SettingDoc("SEARCH_GOOGLE_NEWS", "true", "Search Google News RSS for follows and /news "
               "(no key needed): true or false."),
    SettingDoc("SEARCH_GDELT", "true", "Search the GDELT DOC 2.0 API for follows and /news "
               "(no key needed): true or false."),
    SettingDoc("SEARCH_TIMEOUT", "10", "Seconds to wait for one answer from a search "
               "provider (one retry on network errors and 5xx)."),
    SettingDoc("SEARCH_BACKOFF_MAX", "1800", "Longest time in seconds a failing search "
               "provider is skipped; backoff doubles from 60 s up to this."),
    SettingDoc("SEARCH_CACHE_SECONDS", "300", "Seconds a search answer is reused for the "
               "same query; 0 turns the cache off."),
    SettingDoc("SEARCH_GOOGLE_NEWS_URL", GOOGLE_NEWS_URL,
               "Google News RSS search endpoint (a proxy, or a local server in tests)."),
    SettingDoc("SEARCH_GDELT_URL", GDELT_URL,
               "GDELT DOC 2.0 API endpoint (a proxy, or a local server in tests)."),
)


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
    def from_environ(cls, environ: Mapping[str, str] | None = None) -> SearchSettings:
        """Read the SEARCH_* variables; ValueError names the first malformed one."""
        env = os.environ if environ is None else environ
        raw = {doc.name: env.get(doc.name, doc.default) for doc in SEARCH_SETTINGS}
        return cls(
            google_news=_boolean("SEARCH_GOOGLE_NEWS", raw["SEARCH_GOOGLE_NEWS"]),
            gdelt=_boolean("SEARCH_GDELT", raw["SEARCH_GDELT"]),
            timeout=_seconds("SEARCH_TIMEOUT", raw["SEARCH_TIMEOUT"], minimum=1),
            backoff_max=_seconds("SEARCH_BACKOFF_MAX", raw["SEARCH_BACKOFF_MAX"], minimum=60),
            cache_seconds=_seconds("SEARCH_CACHE_SECONDS", raw["SEARCH_CACHE_SECONDS"],
                                   minimum=0),
            google_news_url=raw["SEARCH_GOOGLE_NEWS_URL"].strip(),
            gdelt_url=raw["SEARCH_GDELT_URL"].strip())

    @classmethod
    def from_settings(cls, settings: Any) -> SearchSettings:
        """From the bot's Settings object: attributes ``search_google_news``,
        ``search_gdelt``, ``search_timeout``, ``search_backoff_max``,
        ``search_cache_seconds``, ``search_google_news_url``, ``search_gdelt_url``;
        any that are missing keep their defaults."""
        defaults = cls()
        return cls(**{
            name: getattr(settings, f"search_{name}", getattr(defaults, name))
            for name in ("google_news", "gdelt", "timeout", "backoff_max", "cache_seconds",
                         "google_news_url", "gdelt_url")})


def _boolean(name: str, raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("", "0", "false", "no", "off"):
        return False
    raise ValueError(f"{name}: expected true or false, got {raw!r}")


def _seconds(name: str, raw: str, *, minimum: float) -> float:
    try:
        value = float(raw.strip())
    except ValueError:
        raise ValueError(f"{name}: expected a number of seconds, got {raw!r}") from None
    if value < minimum:
        raise ValueError(f"{name}: must be at least {minimum:g}, got {raw!r}")
    return value


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
            outcome.failed[name] = _describe(name, error)
    outcome.results = newest_within(merge_results(found), since, limit)
    return outcome


def _describe(name: str, error: BaseException) -> str:
    if isinstance(error, ProviderSkipped):
        log.debug("search provider %s skipped: %s", name, error.reason)
        return error.reason
    if isinstance(error, ProviderError):
        # A guarded provider has already logged the failure with its backoff.
        log.info("search provider %s failed: %s", name, error.reason)
        return error.reason
    log.error("search provider %s raised %s", name, type(error).__name__,
              exc_info=(type(error), error, error.__traceback__))
    return f"unexpected {type(error).__name__}"


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
