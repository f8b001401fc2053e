"""/settings: per-server configuration."""

from __future__ import annotations

import difflib
from functools import lru_cache
from zoneinfo import available_timezones

import discord
from discord import app_commands

from bot.client import StorylineBot
from bot.interactions import (
    OwnedView,
    UserError,
    ensure_manager,
    reply,
    require_postable,
)
from bot.storage import guilds
from bot.stories.digest import parse_digest_time
from cogs._managed import ManagerGroupCog

AUTOCOMPLETE_LIMIT = 25
CONFIRM_TIMEOUT = 60.0


@lru_cache(maxsize=1)
def _zones() -> tuple[str, ...]:
    return tuple(sorted(available_timezones()))


def closest_zones(text: str, limit: int = 5) -> list[str]:
    zones = _zones()
    lowered = text.lower().replace(" ", "_")
    contains = [zone for zone in zones if lowered in zone.lower()]
    if contains:
        return contains[:limit]
    by_city = {zone.rsplit("/", 1)[-1].lower(): zone for zone in zones}
    close = difflib.get_close_matches(lowered, list(by_city), n=limit, cutoff=0.6)
    return [by_city[name] for name in close] or difflib.get_close_matches(
        text, zones, n=limit, cutoff=0.4)


def settings_embed(guild: discord.Guild, settings: guilds.GuildSettings) -> discord.Embed:
    def channel(channel_id: int | None) -> str:
        return f"<#{channel_id}>" if channel_id else "not set"

    embed = discord.Embed(title=f"Storyline settings for {guild.name}")
    embed.add_field(name="Timezone", value=settings.timezone)
    embed.add_field(name="Post channel", value=channel(settings.channel_id))
    embed.add_field(name="Manager role", value=f"<@&{settings.manager_role_id}>"
                    if settings.manager_role_id else "not set (Manage Server only)")
    embed.add_field(name="Daily digest", value=(
        f"{settings.digest_time} in {channel(settings.digest_channel_id or settings.channel_id)}"
        if settings.digest_time else "off"))
    return embed


class ConfirmReset(OwnedView):
    def __init__(self, bot: StorylineBot, guild_id: int, requester_id: int) -> None:
        super().__init__(requester_id, timeout=CONFIRM_TIMEOUT)
        self.bot = bot
        self.guild_id = guild_id

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        return (await super().interaction_check(interaction)
                and await ensure_manager(interaction, self.bot.db))

    @discord.ui.button(label="Delete everything", style=discord.ButtonStyle.danger,
                       custom_id="settings:reset:confirm")
    async def confirm(self, interaction: discord.Interaction,
                      _button: discord.ui.Button[ConfirmReset]) -> None:
        await guilds.delete_guild_data(self.bot.db, self.guild_id)
        await guilds.ensure_guild(self.bot.db, self.guild_id)
        self.stop()
        await interaction.response.edit_message(
            content="All of this server's Storyline data was deleted; settings are back to "
                    "their defaults.", view=None)

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary,
                       custom_id="settings:reset:cancel")
    async def cancel(self, interaction: discord.Interaction,
                     _button: discord.ui.Button[ConfirmReset]) -> None:
        self.stop()
        await interaction.response.edit_message(content="Nothing was deleted.", view=None)


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class SettingsCog(ManagerGroupCog, group_name="settings",
                  group_description="Configure Storyline for this server"):
    def _guild(self, interaction: discord.Interaction) -> discord.Guild:
        assert interaction.guild is not None  # guild_only
        return interaction.guild

    @app_commands.command(name="show", description="Everything configured for this server")
    async def show(self, interaction: discord.Interaction) -> None:
        guild = self._guild(interaction)
        current = await guilds.ensure_guild(self.bot.db, guild.id)
        await reply(interaction, embed=settings_embed(guild, current))

    @app_commands.command(name="timezone", description="Timezone for dates, digests and "
                          "reminders")
    @app_commands.describe(zone="An IANA zone such as Europe/Kyiv or America/New_York")
    async def timezone(self, interaction: discord.Interaction, zone: str) -> None:
        if zone not in _zones():
            suggestions = closest_zones(zone)
            hint = f" Did you mean {', '.join(suggestions)}?" if suggestions else ""
            raise UserError(f"`{zone[:64]}` is not a timezone I know.{hint}")
        await guilds.update_guild(self.bot.db, self._guild(interaction).id, timezone=zone)
        await reply(interaction, f"Timezone set to **{zone}**.")

    @timezone.autocomplete("zone")
    async def timezone_autocomplete(self, _interaction: discord.Interaction,
                                    current: str) -> list[app_commands.Choice[str]]:
        matches = closest_zones(current, AUTOCOMPLETE_LIMIT) if current else list(
            _zones()[:AUTOCOMPLETE_LIMIT])
        return [app_commands.Choice(name=zone, value=zone) for zone in matches]

    @app_commands.command(name="channel", description="Default channel for automatic posts")
    async def channel(self, interaction: discord.Interaction,
                      channel: discord.TextChannel) -> None:
        target_id = require_postable(interaction, channel)
        await guilds.update_guild(self.bot.db, self._guild(interaction).id, channel_id=target_id)
        await reply(interaction, f"Automatic posts will go to <#{target_id}>.")

    @app_commands.command(name="manager-role",
                          description="A role that may configure Storyline besides Manage Server")
    async def manager_role(self, interaction: discord.Interaction, role: discord.Role) -> None:
        if role.is_default():
            raise UserError("@everyone cannot be the manager role; pick a specific role.")
        await guilds.update_guild(self.bot.db, self._guild(interaction).id,
                                  manager_role_id=role.id)
        await reply(interaction, f"Members with {role.mention} may now configure Storyline.")

    @app_commands.command(name="digest", description="A daily digest of followed topics at "
                          "a local time")
    @app_commands.describe(time="24-hour local time such as 07:30; 'off' stops the digest",
                           channel="Where to post it (default: the post channel)")
    async def digest(self, interaction: discord.Interaction, time: str,
                     channel: discord.TextChannel | None = None) -> None:
        guild = self._guild(interaction)
        if time.strip().lower() == "off":
            await guilds.update_guild(self.bot.db, guild.id, digest_time=None)
            await reply(interaction, "Daily digest turned off.")
            return
        try:
            at = parse_digest_time(time)
        except ValueError:
            raise UserError("Give a 24-hour time such as 07:30, or `off`.") from None
        current = await guilds.ensure_guild(self.bot.db, guild.id)
        channel_id = (require_postable(interaction, channel) if channel
                      else current.channel_id)
        if channel_id is None:
            raise UserError("Pick a channel for the digest, or set `/settings channel` first.")
        await guilds.update_guild(self.bot.db, guild.id, digest_time=at,
                                  digest_channel_id=channel_id)
        await reply(interaction, f"The daily digest will be posted at {at} "
                    f"({current.timezone}) in <#{channel_id}>.")

    @app_commands.command(name="reset", description="Delete all of this server's Storyline data")
    async def reset(self, interaction: discord.Interaction) -> None:
        view = ConfirmReset(self.bot, self._guild(interaction).id, interaction.user.id)
        await reply(interaction, "This deletes every feed, follow and setting of this server. "
                    "Are you sure?", view=view)


async def setup(bot: StorylineBot) -> None:
    await bot.add_cog(SettingsCog(bot))
