"""Server lifecycle: settings are created on join and marked on leaving; the runtime
purges them 30 days later."""

from __future__ import annotations

import logging

import discord
from discord.ext import commands

from bot.client import StorylineBot
from bot.storage import guilds

log = logging.getLogger(__name__)


class GuildLifecycleCog(commands.Cog):
    def __init__(self, bot: StorylineBot) -> None:
        self.bot = bot

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        for guild in self.bot.guilds:
            await guilds.ensure_guild(self.bot.db, guild.id)

    @commands.Cog.listener()
    async def on_guild_join(self, guild: discord.Guild) -> None:
        await guilds.ensure_guild(self.bot.db, guild.id)
        log.info("joined %s (%s)", guild.name, guild.id)

    @commands.Cog.listener()
    async def on_guild_remove(self, guild: discord.Guild) -> None:
        await guilds.mark_guild_left(self.bot.db, guild.id, self.bot.clock())
        log.info("left %s (%s); data kept for 30 days", guild.name, guild.id)


async def setup(bot: StorylineBot) -> None:
    await bot.add_cog(GuildLifecycleCog(bot))
