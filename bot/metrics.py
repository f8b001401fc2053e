"""Prometheus metrics (the standard `prometheus-client` library), served on METRICS_ADDR.

Counters are bumped where the work happens; this module imports nothing of ours, so any
layer may count. The gauges that describe stored state (outbox depth, age of the oldest
queued post, story-engine backlog) are set from the database at scrape time by
`bot.ops_server`, so they are right whichever process did the work.
"""

from __future__ import annotations

from types import SimpleNamespace

import aiohttp
from prometheus_client import Counter, Gauge, Histogram

FEEDS_POLLED = Counter("storyline_feeds_polled", "Feed polls done (any outcome).")
FETCH_ERRORS = Counter("storyline_fetch_errors", "Feed fetches that failed, by kind.", ["kind"])
ITEMS_NEW = Counter("storyline_items_new", "New feed items seen.")
MESSAGES_SENT = Counter("storyline_messages_sent", "Messages the bot posted to Discord.")
RATE_LIMITED = Counter("storyline_discord_rate_limited",
                       "Discord answers with status 429 (rate limited).")
RETRIES = Counter("storyline_retries", "Retried operations, by what was retried.", ["what"])
INTERACTION_SECONDS = Histogram(
    "storyline_interaction_seconds",
    "Seconds from a slash command's creation to the end of its handler.",
    buckets=(0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 30.0))
OUTBOX_DEPTH = Gauge("storyline_outbox_depth", "Posts waiting in the outbox.")
OUTBOX_OLDEST_AGE = Gauge("storyline_outbox_oldest_age_seconds",
                          "Age in seconds of the oldest post waiting in the outbox.")
STORY_BACKLOG = Gauge("storyline_story_backlog",
                      "Articles waiting for the story engine to place them.")


def fetch_error_kind(error: Exception) -> str:
    """A small, fixed set of labels (a label per message would explode the series)."""
    name = type(error).__name__
    return {"FetchTimeout": "timeout", "BodyTooLarge": "too_large", "BlockedURL": "blocked",
            "_TransientError": "network"}.get(name, "http")


def rate_limit_trace() -> aiohttp.TraceConfig:
    """Counts every 429 on an aiohttp session (discord.py retries them itself, unseen)."""

    async def on_request_end(_session: aiohttp.ClientSession, _context: SimpleNamespace,
                             params: aiohttp.TraceRequestEndParams) -> None:
        if params.response.status == 429:
            RATE_LIMITED.inc()

    trace = aiohttp.TraceConfig()
    trace.on_request_end.append(on_request_end)
    return trace
