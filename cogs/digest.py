"""/digest now: the daily digest on demand."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import StorylineBot
from bot.interactions import reply
from bot.stories.digest import build_digest


class DigestCog(commands.GroupCog, group_name="digest",
                group_description="The daily digest of followed topics"):
    def __init__(self, bot: StorylineBot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="now", description="Today's top stories per followed topic")
    @app_commands.guild_only()
    async def now(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        payload = await build_digest(self.bot.db, interaction.guild_id, self.bot.clock())
        await reply(interaction, embed=discord.Embed.from_dict(payload["embeds"][0]))


async def setup(bot: StorylineBot) -> None:
    await bot.add_cog(DigestCog(bot))
