"""Slash commands, autocomplete and components driven through the real discord.py client."""

from __future__ import annotations

import asyncio

import discord
import pytest
from discord import app_commands

from bot.sandbox import FakeDiscord, FakeGuild
from tests.sandbox.client_harness import Harness

TIMEZONES = ["Europe/Berlin", "Europe/Lisbon", "America/Lima", "Asia/Tokyo"]


class ConfirmView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=30)

    @discord.ui.button(label="Confirm", custom_id="confirm", style=discord.ButtonStyle.green)
    async def confirm(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await interaction.response.edit_message(content=f"confirmed by {interaction.user.name}")

    @discord.ui.button(label="Details", custom_id="details")
    async def details(self, interaction: discord.Interaction, _: discord.ui.Button) -> None:
        await interaction.response.send_message("details for you", ephemeral=True)


class NoteModal(discord.ui.Modal, title="Add a note"):
    note: discord.ui.TextInput[NoteModal] = discord.ui.TextInput(label="Note", custom_id="note")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"noted: {self.note.value}", ephemeral=True)


def define_commands(tree: app_commands.CommandTree) -> None:
    @tree.command(description="Repeat a text")
    @app_commands.describe(text="What to say", times="How often")
    async def echo(interaction: discord.Interaction, text: str, times: int = 1) -> None:
        await interaction.response.send_message(" ".join([text] * times))

    settings = app_commands.Group(name="settings", description="Server settings")

    @settings.command(name="timezone", description="Set the timezone")
    async def timezone(interaction: discord.Interaction, zone: str) -> None:
        admin = interaction.permissions.manage_guild
        await interaction.response.send_message(f"zone={zone} admin={admin}", ephemeral=True)

    @timezone.autocomplete("zone")
    async def zone_choices(
        interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [
            app_commands.Choice(name=z, value=z) for z in TIMEZONES if current.lower() in z.lower()
        ]

    @settings.command(name="route", description="Route news to a channel")
    async def route(
        interaction: discord.Interaction, target: discord.TextChannel, mention: discord.Role
    ) -> None:
        await interaction.response.send_message(f"route {target.name} ping {mention.name}")

    tree.add_command(settings)

    @tree.command(description="Slow work")
    async def brief(interaction: discord.Interaction, url: str) -> None:
        await interaction.response.defer(thinking=True)
        await interaction.followup.send(embed=discord.Embed(title="Brief", description=url))

    @tree.command(description="Ask for confirmation")
    async def confirm(interaction: discord.Interaction, private: bool = False) -> None:
        await interaction.response.send_message("Sure?", view=ConfirmView(), ephemeral=private)

    @tree.command(description="Write a note")
    async def note(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(NoteModal())


@pytest.fixture
async def started(harness: Harness, fake: FakeDiscord) -> Harness:
    define_commands(harness.tree)
    await harness.start()
    await fake.wait_for_commands()
    return harness


async def test_sync_records_exactly_the_defined_commands(started: Harness, fake) -> None:
    names = sorted(c["name"] for c in fake.global_commands)
    assert names == ["brief", "confirm", "echo", "note", "settings"]
    settings = next(c for c in fake.global_commands if c["name"] == "settings")
    assert sorted(o["name"] for o in settings["options"]) == ["route", "timezone"]
    echo = next(c for c in fake.global_commands if c["name"] == "echo")
    assert [(o["name"], o.get("required", False)) for o in echo["options"]] == [
        ("text", True),
        ("times", False),
    ]
    assert all(c["application_id"] == str(fake.application_id) for c in fake.global_commands)
    assert len({c["id"] for c in fake.global_commands}) == 5


async def test_guild_sync_is_kept_per_guild(started: Harness, fake, guild: FakeGuild) -> None:
    started.tree.copy_global_to(guild=discord.Object(guild.id))
    await started.tree.sync(guild=discord.Object(guild.id))
    assert sorted(c["name"] for c in fake.guild_commands[guild.id]) == [
        "brief",
        "confirm",
        "echo",
        "note",
        "settings",
    ]
    reply = await (await fake.invoke("echo", {"text": "hi"}, guild=guild)).final()
    assert reply.content == "hi"


async def test_slash_command_with_options_replies(started: Harness, fake, guild) -> None:
    interaction = await fake.invoke("echo", {"text": "storm", "times": 3}, guild=guild)
    reply = await interaction.final()

    assert (await interaction.response())["type"] == 4
    assert reply.content == "storm storm storm"
    assert not reply.ephemeral and reply.interaction_id == interaction.id
    assert reply in fake.messages("general", guild)
    assert (
        interaction.responded_at is not None and interaction.responded_at >= interaction.created_at
    )


async def test_channel_and_role_options_resolve(started: Harness, fake, guild) -> None:
    desk = guild.add_role("Night desk")
    interaction = await fake.invoke(
        "settings route", {"target": guild.channels["news"], "mention": desk}, guild=guild
    )
    assert (await interaction.final()).content == "route news ping Night desk"


async def test_defer_then_followup_is_the_visible_result(started: Harness, fake, guild) -> None:
    interaction = await fake.invoke("brief", {"url": "https://example.org/a"}, guild=guild)
    final = await interaction.final()

    assert (await interaction.response())["type"] == 5
    assert final.embeds[0]["title"] == "Brief"
    assert final.embeds[0]["description"] == "https://example.org/a"
    assert not final.loading and final.edits == 1
    assert interaction.followups == [final]


async def test_ephemeral_reply_and_member_permissions(started: Harness, fake, guild) -> None:
    reader = guild.add_member("reader")
    manager = guild.add_member("manager", manage_guild=True)

    as_owner = await (await fake.invoke("settings timezone", {"zone": "UTC"}, guild=guild)).final()
    as_reader = await fake.invoke("settings timezone", {"zone": "UTC"}, guild=guild, user=reader)
    as_manager = await fake.invoke("settings timezone", {"zone": "UTC"}, guild=guild, user=manager)

    assert as_owner.ephemeral and as_owner.content == "zone=UTC admin=True"
    assert (await as_reader.final()).content.endswith("admin=False")
    assert (await as_manager.final()).content.endswith("admin=True")
    assert as_reader.ephemeral
    assert fake.messages("general", guild) == []


async def test_autocomplete_returns_the_bots_choices(started: Harness, fake, guild) -> None:
    choices = await fake.autocomplete("settings timezone", "zone", "euro", guild=guild)
    assert [c["value"] for c in choices] == ["Europe/Berlin", "Europe/Lisbon"]


async def test_button_click_updates_the_message(started: Harness, fake, guild) -> None:
    asked = await (await fake.invoke("confirm", guild=guild)).final()
    assert [b["custom_id"] for b in asked.buttons()] == ["confirm", "details"]

    click = await fake.click(asked, "confirm")
    assert (await click.response())["type"] == 7
    assert (await click.final()).content == "confirmed by editor"
    assert asked.edits == 1 and asked.history[0]["content"] == "Sure?"


async def test_button_on_ephemeral_message(started: Harness, fake, guild) -> None:
    asked = await (await fake.invoke("confirm", {"private": True}, guild=guild)).final()
    assert asked.ephemeral

    click = await fake.click(asked, "details")
    reply = await click.final()
    assert reply.content == "details for you" and reply.ephemeral


async def test_unknown_commands_and_options_are_refused(started: Harness, fake, guild) -> None:
    with pytest.raises(ValueError, match="unknown command"):
        await fake.invoke("nope", guild=guild)
    with pytest.raises(ValueError, match="no option"):
        await fake.invoke("echo", {"text": "a", "colour": "red"}, guild=guild)
    with pytest.raises(ValueError, match="needs options"):
        await fake.invoke("echo", {}, guild=guild)
    with pytest.raises(ValueError, match="expected an integer"):
        await fake.invoke("echo", {"text": "a", "times": "2"}, guild=guild)
    with pytest.raises(ValueError, match="is a group"):
        await fake.invoke("settings", guild=guild)


async def test_late_answer_is_refused_like_discord(harness: Harness, fake, guild) -> None:
    fake.interaction_deadline = 0.0  # every answer is late
    outcome: asyncio.Future[BaseException | None] = asyncio.get_running_loop().create_future()

    @harness.tree.command(description="Too slow")
    async def slow(interaction: discord.Interaction) -> None:
        try:
            await interaction.response.send_message("late")
        except discord.HTTPException as exc:
            outcome.set_result(exc)
        else:
            outcome.set_result(None)

    await harness.start()
    await fake.invoke("slow", guild=guild)
    error = await asyncio.wait_for(outcome, 5)
    assert isinstance(error, discord.NotFound) and error.code == 10062


async def test_modal_is_shown_and_submitted(started: Harness, fake, guild) -> None:
    asked = await fake.invoke("note", guild=guild)
    assert (await asked.response())["type"] == 9

    with pytest.raises(ValueError, match="no text inputs"):
        await fake.submit_modal(asked, {"title": "x"})
    submitted = await fake.submit_modal(asked, {"note": "check the mayor's quote"})
    reply = await submitted.final()
    assert reply.content == "noted: check the mayor's quote" and reply.ephemeral
