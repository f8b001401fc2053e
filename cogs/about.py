"""/about: what is running, for how long, and where it keeps its data."""

from __future__ import annotations

import math
from datetime import timedelta

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import StorylineBot
from bot.interactions import reply
from bot.stories.backlog import backlog_text


def format_uptime(seconds: float) -> str:
    return str(timedelta(seconds=int(seconds)))


class AboutCog(commands.Cog):
    def __init__(self, bot: StorylineBot) -> None:
        self.bot = bot

    @app_commands.command(name="about", description="Storyline's version, uptime and status")
    async def about(self, interaction: discord.Interaction) -> None:
        latency = self.bot.latency
        embed = discord.Embed(title="Storyline",
                              description="Follows developing news stories across outlets.")
        embed.add_field(name="Version", value=self.bot.version)
        embed.add_field(name="Uptime", value=format_uptime(self.bot.uptime_seconds))
        embed.add_field(name="Servers", value=str(len(self.bot.guilds)))
        embed.add_field(name="Gateway latency", value="measuring…" if math.isinf(latency)
                        or math.isnan(latency) else f"{latency * 1000:.0f} ms")
        embed.add_field(name="Storage", value=self.bot.db.backend)
        embed.add_field(name="Story backlog", value=await backlog_text(self.bot.db))
        await reply(interaction, embed=embed)


async def setup(bot: StorylineBot) -> None:
    await bot.add_cog(AboutCog(bot))
