"""Discord-side helpers every cog shares: replying, refusing, and reporting errors.

This module may import discord; the domain packages never do.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import discord
from discord import app_commands

from bot.render import limits
from bot.storage.database import Database
from bot.storage.guilds import get_guild

log = logging.getLogger("storyline.errors")


class UserError(app_commands.AppCommandError):
    """An expected failure whose message is meant for the user as is (no error id)."""


class NotAllowed(app_commands.CheckFailure):
    pass


T = TypeVar("T")


def found(value: T | None, missing: str) -> T:
    """The looked-up value, or a UserError saying `missing` when there is none."""
    if value is None:
        raise UserError(missing)
    return value


# What automatic posts need in their channel, with the words Discord's UI uses.
POST_PERMISSIONS = {
    "view_channel": "View Channel",
    "send_messages": "Send Messages",
    "embed_links": "Embed Links",
}


def missing_post_permissions(channel: discord.abc.GuildChannel | discord.Thread,
                             me: discord.Member) -> list[str]:
    permissions = channel.permissions_for(me)
    needed = dict(POST_PERMISSIONS)
    if isinstance(channel, discord.Thread):
        del needed["send_messages"]
        needed["send_messages_in_threads"] = "Send Messages in Threads"
    return [label for name, label in needed.items() if not getattr(permissions, name)]


def require_postable(interaction: discord.Interaction, channel: Any | None) -> int:
    """The id of the channel automatic posts would go to, after checking the bot may post
    there; refuses with the missing permission's name."""
    guild = interaction.guild
    if guild is None:
        raise NotAllowed("This command works in a server, not in direct messages.")
    channel_id = channel.id if channel is not None else interaction.channel_id
    target = guild.get_channel_or_thread(channel_id) if channel_id else None
    if target is None:
        raise UserError("I cannot see that channel.")
    missing = missing_post_permissions(target, guild.me)
    if missing:
        raise UserError(f"I cannot post in {target.mention}: I am missing "
                        f"{', '.join(missing)} there.")
    return target.id


def new_error_id() -> str:
    return secrets.token_hex(4)


async def reply(interaction: discord.Interaction, content: str | None = None, *,
                embed: discord.Embed | None = None, ephemeral: bool = True,
                view: discord.ui.View | None = None, file: discord.File | None = None) -> None:
    """Answer whether or not the interaction was already deferred or answered."""
    kwargs: dict[str, Any] = {"content": content, "ephemeral": ephemeral,
                              "allowed_mentions": discord.AllowedMentions.none()}
    if embed is not None:
        kwargs["embed"] = embed
    if file is not None:
        kwargs["file"] = file
    if view is not None:
        kwargs["view"] = view
    if interaction.response.is_done():
        await interaction.followup.send(**kwargs)
    else:
        await interaction.response.send_message(**kwargs)


def matching_choices(values: Iterable[str], current: str) -> list[app_commands.Choice[str]]:
    """Autocomplete: the values containing what the user typed, as many as Discord shows.
    A value longer than a choice may carry could not be sent back whole, so it is left out."""
    typed = current.lower()
    return [app_commands.Choice(name=value, value=value) for value in values
            if typed in value.lower() and len(value) <= limits.CHOICE_TEXT
            ][:limits.AUTOCOMPLETE_CHOICES]


async def ensure_manager(interaction: discord.Interaction, db: Database) -> bool:
    """Server-side check behind `default_member_permissions`: Discord hides configuration
    commands from members, but a server admin can open them to anyone, so the bot decides."""
    if interaction.guild is None:
        raise NotAllowed("This command works in a server, not in direct messages.")
    if interaction.permissions.manage_guild:
        return True
    settings = await get_guild(db, interaction.guild.id)
    role_ids = {role.id for role in getattr(interaction.user, "roles", [])}
    if settings is not None and settings.manager_role_id in role_ids:
        return True
    # Name the command: some of them only show things (/feed list, /status).
    command = f"/{interaction.command.qualified_name}" if interaction.command else "this"
    raise NotAllowed(f"You need the Manage Server permission or the bot's manager role "
                     f"to use {command}.")


async def report_error(interaction: discord.Interaction, error: Exception) -> None:
    """Users get a short ephemeral line; the log gets the traceback under the same id."""
    original = getattr(error, "original", error)
    if isinstance(original, UserError | NotAllowed):
        message = str(original)
    elif isinstance(original, app_commands.CheckFailure):
        message = str(original) or "You cannot use this command here."
    else:
        error_id = new_error_id()
        command = interaction.command.qualified_name if interaction.command else "component"
        log.error("error %s in %s (guild %s, user %s)", error_id, command,
                  interaction.guild_id, interaction.user.id, exc_info=original,
                  extra={"error_id": error_id, "guild": interaction.guild_id})
        message = f"Something went wrong (error {error_id})."
    try:
        if interaction.response.type == discord.InteractionResponseType.deferred_channel_message:
            # A public "thinking…" placeholder would turn the error public: drop it first.
            await interaction.delete_original_response()
        await reply(interaction, message, ephemeral=True)
    except discord.HTTPException:
        log.warning("could not tell the user about an error", exc_info=True)


@asynccontextmanager
async def errors_reported(interaction: discord.Interaction) -> AsyncIterator[None]:
    """For component callbacks outside a View of ours (persistent dynamic buttons)."""
    try:
        yield
    except Exception as error:
        await report_error(interaction, error)


class ErrorReportingView(discord.ui.View):
    """Views whose callbacks fail report like commands do."""

    async def on_error(self, interaction: discord.Interaction, error: Exception,
                       item: discord.ui.Item[Any]) -> None:
        await report_error(interaction, error)


class OwnedView(ErrorReportingView):
    """Buttons only the person who ran the command may use. Anyone else gets a private
    answer saying so, rather than Discord's "This interaction failed"."""

    def __init__(self, owner_id: int, *, timeout: float | None) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await reply(interaction, f"These buttons belong to <@{self.owner_id}>, who ran the "
                    "command; run it yourself to get your own.", ephemeral=True)
        return False


class StorylineTree(app_commands.CommandTree):
    async def on_error(self, interaction: discord.Interaction,
                       error: app_commands.AppCommandError) -> None:
        await report_error(interaction, error)
