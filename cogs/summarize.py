"""/summarize: the gist of an article, who said what, and what is due when."""

from __future__ import annotations

import re
from datetime import UTC
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.articles.service import BriefError, brief_for_url, cache_key
from bot.client import StorylineBot, bot_of
from bot.interactions import UserError, errors_reported, reply
from bot.render.brief import brief_embed, has_more
from bot.storage import brief_cache


class MoreButton(discord.ui.DynamicItem[discord.ui.Button[Any]],
                 template=r"brief:more:(?P<key>[0-9a-f]{64})"):
    """Shows every quote and deadline of a cached brief; works after restarts."""

    def __init__(self, key: str) -> None:
        super().__init__(discord.ui.Button(label="More", custom_id=f"brief:more:{key}"))
        self.key = key

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str]) -> MoreButton:
        return cls(match["key"])

    async def callback(self, interaction: discord.Interaction) -> None:
        async with errors_reported(interaction):
            from datetime import datetime

            page = await brief_cache.get_cached(bot_of(interaction).db, self.key,
                                                datetime.min.replace(tzinfo=UTC))
            if page is None:
                raise UserError("That summary is no longer stored; run /summarize again.")
            await reply(interaction, embed=discord.Embed.from_dict(brief_embed(page, more=True)))


class SummarizeCog(commands.Cog):
    def __init__(self, bot: StorylineBot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(MoreButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(MoreButton)

    @app_commands.command(name="summarize", description="The gist of an article, its quotes "
                          "with speakers, and its deadlines")
    @app_commands.describe(url="The article's link", sentences="Summary length (1-8)",
                           public="Post it in the channel instead of only to you")
    async def summarize(self, interaction: discord.Interaction, url: str,
                        sentences: app_commands.Range[int, 1, 8] = 3,
                        public: bool = False) -> None:
        await interaction.response.defer(ephemeral=not public, thinking=True)
        try:
            page = await brief_for_url(self.bot.db, self.bot.web, url, sentences, self.bot.clock())
        except BriefError as error:
            if public:
                # Errors stay private even when the answer would have been public.
                await interaction.delete_original_response()
            await interaction.followup.send(str(error), ephemeral=True)
            return
        data = page.to_dict()
        view = discord.ui.View(timeout=None)
        if has_more(data):
            view.add_item(MoreButton(cache_key(url, sentences)))
        await interaction.followup.send(embed=discord.Embed.from_dict(brief_embed(data)),
                                        view=view, ephemeral=not public,
                                        allowed_mentions=discord.AllowedMentions.none())


async def setup(bot: StorylineBot) -> None:
    await bot.add_cog(SummarizeCog(bot))
