from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.net.http import HttpClient
from bot.sandbox import FakeDiscord
from bot.sandbox import models as sandbox_models
from bot.storage.database import Database
from tests.helpers import clock
from tests.helpers.databases import database_url_for, sqlite_url
from tests.helpers.feedbot import FAST_POLLING
from tests.helpers.harness import RunningBot, running_bot
from tests.helpers.local_server import loopback_client
from tests.helpers.newsweb import NewsWeb


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--time-shift", default="0d",
        help="move the clock tests control: 400d, -3h, an ISO instant, or leap-day "
             "(the first 29 February at least 400 days ahead)")


def pytest_configure(config: pytest.Config) -> None:
    clock.set_shift(clock.parse_shift(config.getoption("--time-shift")))
    # The fake Discord's clock moves with the bot's: ids and timestamps agree with it.
    sandbox_models.set_clock_shift(clock.shift())


def pytest_report_header(config: pytest.Config) -> str | None:
    if not clock.shift():
        return None
    return f"test clock moved by {clock.shift()} to {clock.now():%Y-%m-%d %H:%M} UTC"


@pytest.fixture(params=["sqlite", "postgresql"])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    async with database_url_for(request.param, tmp_path) as url:
        yield url


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    database = Database.connect(database_url)
    await database.migrate()
    yield database
    await database.close()


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as fake:
        fake.add_guild("Test Server", channels=["news", "general"])
        yield fake


@pytest.fixture
async def news_web() -> AsyncIterator[NewsWeb]:
    async with NewsWeb() as server:
        yield server


@pytest.fixture
async def web() -> AsyncIterator[HttpClient]:
    """The production HTTP client, allowed to reach the local test servers."""
    client = loopback_client()
    yield client
    await client.close()


@pytest.fixture
def sqlite_database_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path)


@pytest.fixture
async def storyline(fake_discord: FakeDiscord,
                    sqlite_database_url: str) -> AsyncIterator[RunningBot]:
    """The bot running against the fake Discord on a SQLite file."""
    async with running_bot(fake_discord, sqlite_database_url) as running:
        yield running


@pytest.fixture
async def fast_bot(fake_discord: FakeDiscord, sqlite_database_url: str
                   ) -> AsyncIterator[RunningBot]:
    """A running bot whose feeds are polled every second."""
    async with running_bot(fake_discord, sqlite_database_url, FAST_POLLING) as running:
        yield running
