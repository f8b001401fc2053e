"""News search providers: Google News RSS and GDELT behind one interface.

Typical use::

    providers = build_providers(http, SearchSettings.from_settings(settings))
    results = await search_all(providers, "harbour strike", since=yesterday, limit=30)
"""

from bot.search.base import (
    ProviderError,
    ProviderSkipped,
    QueryRejected,
    SearchProvider,
    SearchResult,
)
from bot.search.default_feeds import DefaultFeed, default_world_feeds
from bot.search.gdelt import GdeltProvider
from bot.search.google_news import GoogleNewsProvider
from bot.search.guard import Backoff, GuardedProvider
from bot.search.registry import (
    SearchOutcome,
    SearchSettings,
    build_providers,
    close_providers,
    search_all,
    search_each,
)

__all__ = [
    "Backoff",
    "DefaultFeed",
    "GdeltProvider",
    "GoogleNewsProvider",
    "GuardedProvider",
    "ProviderError",
    "ProviderSkipped",
    "QueryRejected",
    "SearchOutcome",
    "SearchProvider",
    "SearchResult",
    "SearchSettings",
    "build_providers",
    "close_providers",
    "default_world_feeds",
    "search_all",
    "search_each",
]
