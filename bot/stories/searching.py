"""Followed topics also draw on the news search providers, so following works with no
feeds configured at all."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from bot.feeds.identity import normalise_url
from bot.search.base import SearchProvider, SearchResult
from bot.search.registry import search_each
from bot.storage import follows as follow_store
from bot.storage.database import Database
from bot.storage.follows import Follow
from bot.storage.stories import add_articles
from bot.stories.matching import TopicQuery

log = logging.getLogger(__name__)

SEARCH_EVERY = timedelta(minutes=15)
LOOKBACK = timedelta(hours=48)
RESULTS_PER_SEARCH = 30
SEARCH_TIMEOUT = 12.0


def article_from_result(result: SearchResult, now: datetime) -> dict[str, Any]:
    return {"url": normalise_url(result.url), "title": result.title[:500],
            "text": result.snippet[:4000], "source": (result.source or result.domain)[:200],
            "published": result.published or now, "first_seen_at": now, "origin": "search"}


class SearchFailed(Exception):
    """Every provider failed: nothing is known, which is not the same as "no news"."""


async def search_and_store(db: Database, providers: Sequence[SearchProvider], query: str,
                           now: datetime) -> int:
    """Search every provider for `query` and store what they found as articles; raises
    SearchFailed when none of them answered."""
    if not providers:
        return 0
    outcome = await search_each(providers, query, since=now - LOOKBACK,
                                limit=RESULTS_PER_SEARCH, timeout=SEARCH_TIMEOUT)
    if outcome.failed and not outcome.answered:
        raise SearchFailed("; ".join(f"{name}: {why}" for name, why in outcome.failed.items()))
    rows = [article_from_result(r, now) for r in outcome.results if r.title and r.url]
    async with db.begin() as conn:
        await add_articles(conn, rows)
    return len(rows)


async def search_due_follows(db: Database, providers: Sequence[SearchProvider], now: datetime,
                             follows: list[Follow] | None = None, *,
                             every: timedelta = SEARCH_EVERY) -> int:
    """One search per follow whose last search is older than `every`."""
    found = 0
    for follow in follows if follows is not None else await follow_store.active_follows(db):
        if follow.last_search_at is not None and now - follow.last_search_at < every:
            continue
        query = TopicQuery.parse(follow.topic, follow.keywords, follow.exclude)
        try:
            found += await search_and_store(db, providers, query.search_terms(), now)
        except SearchFailed as error:
            log.info("search for follow %s failed: %s", follow.id, error)
        finally:
            await follow_store.update_follow(db, follow.id, last_search_at=now)
    return found
