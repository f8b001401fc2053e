"""PostgreSQL restarted under the running bot: once while a feed poll is in flight (the
feed answered, its items not yet stored) and once while a delivery is (Discord stored the
post, the bot not yet). The bot rides out both outages; every new item is posted once."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator

import pytest
from aiohttp import web

from bot.sandbox import FakeDiscord, FakeMessage
from tests.faults.delivery_world import unsent_rows
from tests.faults.probes import INTERACTION_DEADLINE
from tests.faults.throwaway_postgres import ThrowawayPostgres, throwaway_postgres
from tests.helpers import feedgen
from tests.helpers.feedbot import FAST_POLLING
from tests.helpers.harness import RunningBot, running_bot
from tests.helpers.newsweb import NewsWeb
from tests.helpers.waiting import eventually

OUTAGE_SECONDS = 2.0
NEW_ITEMS = 5  # the default cap of posts per feed per poll
pytestmark = pytest.mark.timeout(180)


class Outage:
    """Stops the database now and starts it again OUTAGE_SECONDS later."""

    def __init__(self, server: ThrowawayPostgres) -> None:
        self.server = server
        self.ended = asyncio.Event()
        self._restart: asyncio.Task[None] | None = None

    @property
    def begun(self) -> bool:
        return self._restart is not None

    def begin(self) -> None:
        # Synchronous on purpose: the database is gone before the caller answers anyone.
        self.server.stop()
        self.end_later()

    async def begin_off_loop(self) -> None:
        await asyncio.to_thread(self.server.stop)
        self.end_later()

    def end_later(self) -> None:
        self._restart = asyncio.get_running_loop().create_task(self._start_later())

    async def _start_later(self) -> None:
        await asyncio.sleep(OUTAGE_SECONDS)  # the outage's length; it synchronises nothing
        await asyncio.to_thread(self.server.start)
        self.ended.set()


class NewsWebWithHook(NewsWeb):
    """The news web, able to run something once before its next answer."""

    before_next_answer: Callable[[], Awaitable[None]] | None = None

    async def _respond(self, path: str, request: web.Request) -> web.Response:
        hook, self.before_next_answer = self.before_next_answer, None
        if hook is not None:
            await hook()
        return await super()._respond(path, request)


@pytest.fixture
def postgres() -> Iterator[ThrowawayPostgres]:
    with throwaway_postgres() as server:
        yield server


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    # Discord's nonce memory is far shorter than the outage: it cannot save a resend.
    async with FakeDiscord(nonce_memory_seconds=0.2) as server:
        server.add_guild("Night Shift", channels=["news"])
        yield server


@pytest.fixture
async def news_desk() -> AsyncIterator[NewsWebWithHook]:
    async with NewsWebWithHook() as server:
        yield server


def fresh_titles(running: RunningBot) -> list[str]:
    return [str(embed.get("title")) for message in running.fake.messages("news", running.guild)
            if message.interaction_id is None for embed in message.embeds
            if str(embed.get("title", "")).startswith("Fresh")]


def stop_database_at_second_fresh_post(fake: FakeDiscord, outage: Outage) -> None:
    seen: set[int] = set()

    def on_message(message: FakeMessage) -> None:
        if any(str(e.get("title", "")).startswith("Fresh") for e in message.embeds):
            seen.add(message.id)
            if len(seen) == 2 and not outage.begun:
                outage.begin()

    fake.message_listeners.append(on_message)


async def test_postgres_restarts_during_a_poll_and_a_delivery_lose_and_duplicate_nothing(
        fake: FakeDiscord, news_desk: NewsWebWithHook, postgres: ThrowawayPostgres,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    async with running_bot(fake, postgres.url, FAST_POLLING) as running:
        old = feedgen.entries(2, prefix="Old")
        url = news_desk.serve("/feed", feedgen.rss("Night Desk", old))
        added = await fake.invoke("feed add", {"url": url}, guild=running.guild, channel="news")
        assert "Night Desk" in (await added.final()).content

        during_poll, during_delivery = Outage(postgres), Outage(postgres)
        stop_database_at_second_fresh_post(fake, during_delivery)
        news_desk.before_next_answer = during_poll.begin_off_loop
        fresh = feedgen.entries(NEW_ITEMS, prefix="Fresh", start=10)
        news_desk.serve("/feed", feedgen.rss("Night Desk", old + fresh))

        await asyncio.wait_for(during_poll.ended.wait(), 60)
        await asyncio.wait_for(during_delivery.ended.wait(), 60)
        back = time.monotonic()

        async def delivered() -> bool:
            return len(fresh_titles(running)) >= NEW_ITEMS and await unsent_rows(
                running.bot.db) == 0

        await eventually(delivered, timeout=60, what="every fresh item posted")
        drained_after = time.monotonic() - back
        # A few more polls of the same feed: nothing is posted again.
        await news_desk.wait_for_hits("/feed", news_desk.hits["/feed"] + 2, timeout=20)
        about = await fake.invoke("about", guild=running.guild, channel="news")
        await about.response(timeout=INTERACTION_DEADLINE)
        titles = fresh_titles(running)
        print(f"\npostgres restarts: posts={NEW_ITEMS} restarts={postgres.restarts} "
              f"lost={sum(1 for e in fresh if e.title not in titles)} "
              f"duplicated={len(titles) - len(set(titles))} "
              f"drained {drained_after:.1f} s after the database was back")
        assert postgres.restarts == 2
        logged = caplog.text
        assert "feed polling round failed" in logged  # the poll was cut off mid-way
        assert "failed unexpectedly" not in logged  # and the outage not blamed on the feed
        assert "was already posted as" in logged  # the post Discord kept was found again
        assert sorted(titles) == sorted(e.title for e in fresh), postgres.log_tail()
        assert not running.task.done()
