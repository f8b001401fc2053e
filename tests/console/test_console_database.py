"""The console never runs over a real bot's servers: their feeds would be polled and their
posts delivered into the sandbox, failing their channels."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.console.app import CONSOLE_DATABASE_URL, ConsoleOptions, settings_with_safe_database
from bot.sandbox import FakeDiscord
from bot.storage import guilds
from bot.storage.database import Database


@pytest.fixture
async def real_bot_database(tmp_path: Path) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    db = Database.connect(url)
    await db.migrate()
    await guilds.ensure_guild(db, 4242)
    await db.close()
    return url


async def test_explicit_database_of_a_real_bot_is_refused(
        real_bot_database: str, capsys: pytest.CaptureFixture[str]) -> None:
    settings = await settings_with_safe_database(
        FakeDiscord(), ConsoleOptions(database_url=real_bot_database), None)
    assert settings is None
    assert "holds 1 server(s) of a real bot" in capsys.readouterr().err


async def test_database_url_from_the_environment_gives_way_to_the_consoles_own(
        real_bot_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", real_bot_database)
    settings = await settings_with_safe_database(FakeDiscord(), ConsoleOptions(), None)
    assert settings is not None and settings.database_url == CONSOLE_DATABASE_URL
    assert "the console uses" in capsys.readouterr().out
    assert (tmp_path / "data" / "console.db").exists()


async def test_a_fresh_or_console_database_is_used_as_given(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'mine.db'}"
    settings = await settings_with_safe_database(
        FakeDiscord(), ConsoleOptions(database_url=url), None)
    assert settings is not None and settings.database_url == url
