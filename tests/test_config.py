import pytest

from bot.config import SETTINGS, ConfigError, load_settings

TOKEN = {"DISCORD_TOKEN": "abc"}


def test_defaults_are_safe() -> None:
    settings = load_settings(TOKEN)
    assert settings.database_url.startswith("sqlite+aiosqlite:///./data/")
    assert settings.allow_private_urls is False
    assert settings.dev_guild_id is None
    assert settings.storage_backend == "SQLite"


def test_missing_token_names_the_setting() -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings({})
    assert caught.value.setting == "DISCORD_TOKEN"


@pytest.mark.parametrize(("name", "value"), [
    ("LOG_LEVEL", "LOUD"),
    ("DEV_GUILD_ID", "not-a-number"),
    ("DATABASE_URL", "mysql://x"),
    ("DISCORD_API_BASE", "ftp://x"),
    ("ALLOW_PRIVATE_URLS", "perhaps"),
    ("FEED_INTERVAL_MIN", "0"),
])
def test_malformed_setting_is_named(name: str, value: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings({**TOKEN, name: value})
    assert caught.value.setting == name


def test_private_networks_can_be_opened_selectively() -> None:
    settings = load_settings({**TOKEN, "ALLOW_PRIVATE_URLS": "127.0.0.0/8, ::1"})
    assert settings.allow_private_urls is False
    assert [str(n) for n in settings.allowed_private_networks] == ["127.0.0.0/8", "::1/128"]


def test_plain_postgres_url_gets_the_async_driver() -> None:
    settings = load_settings({**TOKEN, "DATABASE_URL": "postgresql://u@h/db"})
    assert settings.database_url == "postgresql+asyncpg://u@h/db"
    assert settings.storage_backend == "PostgreSQL"


def test_env_example_lists_every_setting() -> None:
    from pathlib import Path

    example = (Path(__file__).resolve().parents[1] / ".env.example").read_text()
    for spec in SETTINGS:
        assert f"{spec.name}=" in example, spec.name


def test_readme_documents_every_setting() -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    for spec in SETTINGS:
        assert f"`{spec.name}`" in readme, spec.name


def test_readme_invite_asks_exactly_for_the_listed_permissions() -> None:
    import re
    from pathlib import Path

    import discord

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    link = re.search(r"permissions=(\d+)", readme)
    assert link is not None, "the README has no invite link"
    asked = discord.Permissions(int(link.group(1)))
    expected = discord.Permissions(view_channel=True, send_messages=True,
                                   send_messages_in_threads=True, create_public_threads=True,
                                   embed_links=True, read_message_history=True)
    assert asked == expected
    assert not asked.mention_everyone and not asked.administrator
