"""What every news search provider returns, and how it says it failed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

DEFAULT_LIMIT = 50


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One article a provider found.

    ``url`` is the link as the provider gives it (Google News gives its own redirect
    links); ``source`` is the outlet's display name ("Example Times") or, when the
    provider knows only the site, its domain. ``domain`` is the outlet's host without
    ``www.`` when known, which lets results from different providers be matched up.
    ``published`` is timezone-aware UTC or ``None``.
    """

    title: str
    url: str
    source: str
    published: datetime | None
    snippet: str = ""
    domain: str = ""
    language: str = ""
    provider: str = ""


class ProviderError(Exception):
    """A provider could not answer; ``reason`` is short enough to show a user.

    ``retry_after`` (seconds) is the provider's own request to be left alone, from a
    429 or 503 answer. ``counts_as_failure`` is False when the provider is healthy
    but refused this particular query, so the provider is not backed off for it.
    """

    counts_as_failure = True

    def __init__(self, provider: str, reason: str, *, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(f"{provider}: {reason}")
        self.provider = provider
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


class QueryRejected(ProviderError):
    """The provider is up but said this query is malformed (too short, bad syntax)."""

    counts_as_failure = False


class ProviderSkipped(ProviderError):
    """Not asked at all: the provider is backing off after recent failures."""

    counts_as_failure = False


@runtime_checkable
class SearchProvider(Protocol):
    name: str

    async def search(self, query: str, *, since: datetime | None = None,
                     limit: int = DEFAULT_LIMIT) -> list[SearchResult]:
        """Articles matching ``query``, newest first, published after ``since`` when given.

        Raises :class:`ProviderError` (never anything else for network or format
        problems)."""
        ...
