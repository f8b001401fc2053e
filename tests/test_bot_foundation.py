"""The foundation issue's scenarios, through the real discord.py client and the fake Discord."""

from __future__ import annotations

import logging
import sys

import pytest

from bot.client import StorylineBot
from bot.sandbox import FakeDiscord
from tests.helpers.harness import RunningBot, running_bot
from tests.helpers.waiting import eventually


def command_names(commands: list[dict]) -> set[str]:
    names = set()
    for command in commands:
        subcommands = [o for o in command.get("options", []) if o.get("type") in (1, 2)]
        if not subcommands:
            names.add(command["name"])
        for sub in subcommands:
            names.add(f"{command['name']} {sub['name']}")
    return names


async def test_syncs_exactly_the_commands_it_defines(storyline: RunningBot) -> None:
    defined = command_names([c.to_dict(storyline.bot.tree)
                             for c in storyline.bot.tree.get_commands()])
    synced = command_names(storyline.fake.global_commands)
    assert synced == defined
    assert {"settings show", "settings timezone", "settings channel", "settings manager-role",
            "settings reset", "about"} <= synced
    settings_group = next(c for c in storyline.fake.global_commands if c["name"] == "settings")
    assert int(settings_group["default_member_permissions"]) == 1 << 5  # Manage Server


async def test_admin_sets_timezone_and_show_reflects_it(storyline: RunningBot) -> None:
    guild = storyline.guild
    answer = await (await storyline.fake.invoke(
        "settings timezone", {"zone": "Europe/Kyiv"}, guild=guild)).final()
    assert answer.ephemeral and "Europe/Kyiv" in answer.content
    shown = await (await storyline.fake.invoke("settings show", guild=guild)).final()
    fields = {f["name"]: f["value"] for f in shown.embeds[0]["fields"]}
    assert fields["Timezone"] == "Europe/Kyiv"


async def test_timezone_autocomplete_offers_matching_zones(storyline: RunningBot) -> None:
    choices = await storyline.fake.autocomplete("settings timezone", "zone", "kyiv",
                                                guild=storyline.guild)
    assert "Europe/Kyiv" in [c["value"] for c in choices]


async def test_unknown_timezone_suggests_closest(storyline: RunningBot) -> None:
    answer = await (await storyline.fake.invoke(
        "settings timezone", {"zone": "Europe/Kiev2"}, guild=storyline.guild)).final()
    assert answer.ephemeral
    assert "not a timezone" in answer.content and "Europe/Kiev" in answer.content


async def test_member_without_rights_is_refused(storyline: RunningBot) -> None:
    guild = storyline.guild
    member = guild.add_member("reader")
    answer = await (await storyline.fake.invoke(
        "settings timezone", {"zone": "Asia/Tokyo"}, guild=guild, user=member)).final()
    assert answer.ephemeral and "Manage Server" in answer.content
    shown = await (await storyline.fake.invoke("settings show", guild=guild)).final()
    fields = {f["name"]: f["value"] for f in shown.embeds[0]["fields"]}
    assert fields["Timezone"] == "UTC"


async def test_manager_role_grants_configuration(storyline: RunningBot) -> None:
    guild = storyline.guild
    editors = guild.add_role("editors")
    member = guild.add_member("editor", roles=[editors])
    await (await storyline.fake.invoke("settings manager-role", {"role": editors},
                                       guild=guild)).final()
    answer = await (await storyline.fake.invoke(
        "settings timezone", {"zone": "Asia/Tokyo"}, guild=guild, user=member)).final()
    assert "Asia/Tokyo" in answer.content


async def test_channel_the_bot_cannot_send_to_is_refused(storyline: RunningBot) -> None:
    guild = storyline.guild
    news = guild.channels["news"]
    storyline.fake.set_channel_permissions(news, bot_can_send=False)
    answer = await (await storyline.fake.invoke("settings channel", {"channel": news},
                                                guild=guild)).final()
    assert answer.ephemeral and "Send Messages" in answer.content
    allowed = await (await storyline.fake.invoke(
        "settings channel", {"channel": guild.channels["general"]}, guild=guild)).final()
    assert "Automatic posts will go to" in allowed.content


async def test_about_answers(storyline: RunningBot) -> None:
    answer = await (await storyline.fake.invoke("about", guild=storyline.guild)).final()
    fields = {f["name"]: f["value"] for f in answer.embeds[0]["fields"]}
    assert fields["Storage"] == "SQLite"
    assert fields["Servers"] == "1"
    assert fields["Version"] == storyline.bot.version


async def test_reset_deletes_after_confirmation(storyline: RunningBot) -> None:
    guild = storyline.guild
    await (await storyline.fake.invoke("settings timezone", {"zone": "Asia/Tokyo"},
                                       guild=guild)).final()
    prompt = await (await storyline.fake.invoke("settings reset", guild=guild)).final()
    confirm = next(b for b in prompt.buttons() if b["label"] == "Delete everything")
    await (await storyline.fake.click(prompt, confirm["custom_id"])).response()
    shown = await (await storyline.fake.invoke("settings show", guild=guild)).final()
    fields = {f["name"]: f["value"] for f in shown.embeds[0]["fields"]}
    assert fields["Timezone"] == "UTC"


async def test_exception_gives_error_id_to_user_and_log(
        storyline: RunningBot, caplog: pytest.LogCaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> str:
        raise RuntimeError("uptime exploded")

    # Break one helper of a loaded cog so the command raises an unexpected exception.
    monkeypatch.setattr(sys.modules["cogs.about"], "format_uptime", broken)
    with caplog.at_level(logging.ERROR, logger="storyline.errors"):
        answer = await (await storyline.fake.invoke("about", guild=storyline.guild)).final()
    assert answer.ephemeral and answer.content.startswith("Something went wrong (error ")
    error_id = answer.content.split("error ")[1].rstrip(").")
    assert any(error_id in record.getMessage() and record.exc_info for record in caplog.records)


async def test_setting_survives_restart_on_same_database(fake_discord: FakeDiscord,
                                                         sqlite_database_url: str) -> None:
    async with running_bot(fake_discord, sqlite_database_url) as first:
        await (await fake_discord.invoke("settings timezone", {"zone": "America/Chicago"},
                                         guild=first.guild)).final()
    async with running_bot(fake_discord, sqlite_database_url) as second:
        shown = await (await fake_discord.invoke("settings show", guild=second.guild)).final()
        fields = {f["name"]: f["value"] for f in shown.embeds[0]["fields"]}
        assert fields["Timezone"] == "America/Chicago"


async def test_joining_creates_settings_and_leaving_keeps_them(storyline: RunningBot) -> None:
    from bot.storage.guilds import get_guild

    bot: StorylineBot = storyline.bot
    new_guild = storyline.fake.add_guild("Second Server")
    await eventually(lambda: get_guild(bot.db, new_guild.id), what="settings row on join")
    storyline.fake.remove_guild(new_guild.id)

    async def marked_left() -> bool:
        stored = await get_guild(bot.db, new_guild.id)
        return stored is not None and stored.left_at is not None

    await eventually(marked_left, what="the guild marked as left")


async def test_dev_guild_gets_the_commands_instantly(fake_discord: FakeDiscord,
                                                     sqlite_database_url: str) -> None:
    guild = next(iter(fake_discord.guilds.values()))
    async with running_bot(fake_discord, sqlite_database_url,
                           {"DEV_GUILD_ID": str(guild.id)}):
        assert fake_discord.global_commands == []
        assert "about" in command_names(fake_discord.guild_commands[guild.id])
