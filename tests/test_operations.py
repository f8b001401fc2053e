"""What an operator probes: /healthz and /metrics on METRICS_ADDR, JSON logs."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.logs import JsonFormatter
from bot.ops_server import OpsServer
from bot.sandbox import FakeDiscord
from bot.storage.database import Database
from tests.helpers import clock, feedgen
from tests.helpers.harness import RunningBot, running_bot
from tests.helpers.newsweb import NewsWeb
from tests.helpers.waiting import eventually


@pytest.fixture
async def monitored(fake_discord: FakeDiscord,
                    sqlite_database_url: str) -> AsyncIterator[RunningBot]:
    overrides = {"METRICS_ADDR": "127.0.0.1:0", "FEED_INTERVAL_DEFAULT": "1",
                 "FEED_INTERVAL_MIN": "1"}
    async with running_bot(fake_discord, sqlite_database_url, overrides) as running:
        yield running


def base_url(running: RunningBot) -> str:
    server = running.bot.ops_server
    assert server is not None, "METRICS_ADDR is set, so the server runs"
    return f"http://127.0.0.1:{server.port}"


async def get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.text()


def sample(metrics: str, name: str) -> float:
    for line in metrics.splitlines():
        if line.startswith(name + " ") or line.startswith(name + "{"):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


async def test_healthz_is_200_with_each_check_named(monitored: RunningBot) -> None:
    async def healthy() -> dict[str, Any] | None:
        status, body = await get(base_url(monitored) + "/healthz")
        return json.loads(body) if status == 200 else None

    report = await eventually(healthy, what="/healthz to answer 200")
    assert report["gateway"] == {"ok": True, "needed": True}
    assert report["database"] == {"ok": True, "error": None}
    workers = {w["name"]: w for w in report["workers"]}
    assert {"delivery", "feed polling", "story assignment", "retention"} <= set(workers)
    assert all(w["ok"] for w in workers.values())


async def test_healthz_is_503_naming_what_failed(tmp_path: Path) -> None:
    # A damaged database file, not a missing one: when aiosqlite cannot even open the file
    # it stops its worker thread without waiting for it, and the thread then reports to
    # this test's event loop after it closed (a warning in about one run in ten).
    (tmp_path / "storyline.db").write_bytes(b"not a database " * 100)
    unusable = Database.connect(f"sqlite+aiosqlite:///{tmp_path}/storyline.db")
    server = OpsServer("127.0.0.1:0", unusable, gateway_connected=lambda: False,
                       clock=clock.now)
    await server.start()
    try:
        status, body = await get(f"http://127.0.0.1:{server.port}/healthz")
    finally:
        await server.close()
        await unusable.close()
    report = json.loads(body)
    assert status == 503 and report["ok"] is False
    assert report["gateway"] == {"ok": False, "needed": True}
    assert report["database"]["ok"] is False and report["database"]["error"]


async def _status(running: RunningBot, path: str, wanted: int) -> bool:
    status, _body = await get(base_url(running) + path)
    return status == wanted


async def test_metrics_count_the_messages_sent(monitored: RunningBot,
                                               news_web: NewsWeb) -> None:
    _status_code, before = await get(base_url(monitored) + "/metrics")
    sent_before = sample(before, "storyline_messages_sent_total")
    polled_before = sample(before, "storyline_feeds_polled_total")
    items = feedgen.entries(1)
    url = news_web.serve("/feed", feedgen.rss("Desk", items))
    added = await monitored.fake.invoke("feed add", {"url": url}, guild=monitored.guild,
                                        channel="news")
    await added.final(timeout=15)
    news_web.serve("/feed", feedgen.rss("Desk", items + feedgen.entries(2, start=1)))
    await monitored.fake.wait_for_message(
        lambda m: any("Story 2" in (e.get("title") or "") for e in m.embeds), timeout=15)

    async def counted() -> str | None:
        _code, text = await get(base_url(monitored) + "/metrics")
        return text if sample(text, "storyline_messages_sent_total") >= sent_before + 2 \
            else None

    after = await eventually(counted, what="two more messages counted")
    assert sample(after, "storyline_feeds_polled_total") > polled_before
    for name in ("storyline_outbox_depth", "storyline_outbox_oldest_age_seconds",
                 "storyline_story_backlog", "storyline_interaction_seconds_bucket",
                 "storyline_items_new_total", "storyline_discord_rate_limited_total"):
        assert name in after, name


def test_json_logs_are_one_object_per_line_with_context() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("storyline.test.json")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("feed %s failed", "Desk", extra={"guild": 42, "feed": "Desk"})
        try:
            raise ValueError("boom\nsecond line")
        except ValueError:
            logger.error("error %s", "ab12cd34", exc_info=True,
                         extra={"error_id": "ab12cd34", "guild": 42})
    finally:
        logger.removeHandler(handler)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2  # a traceback stays inside its line
    first, second = (json.loads(line) for line in lines)
    assert first["message"] == "feed Desk failed" and first["level"] == "WARNING"
    assert first["guild"] == 42 and first["feed"] == "Desk" and "time" in first
    assert first["logger"] == "storyline.test.json"
    assert second["error_id"] == "ab12cd34" and "ValueError" in second["traceback"]


def test_database_failures_never_print_the_password() -> None:
    from bot.failures import EXIT_UNREACHABLE, database_failure

    url = "postgresql+asyncpg://storyline:s3cret@db.internal:5432/storyline"
    failure = database_failure(ConnectionRefusedError(111, "Connection refused"), url)
    assert failure is not None and failure.exit_code == EXIT_UNREACHABLE
    assert "s3cret" not in failure.message
    assert "DATABASE_URL=postgresql+asyncpg://storyline:***@db.internal:5432/storyline" \
        in failure.message
    assert database_failure(ValueError("a bug"), url) is None  # bugs keep their traceback
