"""The base of the configuration command groups (/feed, /follow, /settings)."""

from __future__ import annotations

import discord
from discord.ext import commands

from bot.client import StorylineBot
from bot.interactions import ensure_manager


class ManagerGroupCog(commands.GroupCog):
    """A slash command group that only server managers (or the bot's manager role) may use.

    Subclasses still carry `@app_commands.guild_only()` and
    `@app_commands.default_permissions(manage_guild=True)`, which Discord reads per group."""

    def __init__(self, bot: StorylineBot) -> None:
        self.bot = bot
        super().__init__()

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        return await ensure_manager(interaction, self.bot.db)
