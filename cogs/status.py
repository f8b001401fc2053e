"""/status: how this server's feeds, follows and posts are doing, for its managers."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import StorylineBot
from bot.interactions import ensure_manager, reply
from bot.render.limits import EMBED_DESCRIPTION, EMBED_FIELD_VALUE
from bot.status import FeedHealth, ServerStatus, server_status

HEALTH_TITLES = {"failing": "❌ Failing", "disabled": "⛔ Disabled", "ok": "✅ OK"}
ERROR_CHARS = 150


def feed_line(feed: FeedHealth) -> str:
    paused = " (paused)" if feed.paused else ""
    error = f": {feed.last_error[:ERROR_CHARS]}" if feed.last_error and feed.health != "ok" \
        else ""
    return f"**{discord.utils.escape_markdown(feed.name)}**{paused}{error}"


def status_embed(status: ServerStatus) -> discord.Embed:
    embed = discord.Embed(title="Storyline status")
    embed.description = (
        f"{len(status.feeds)} feeds · {status.follows} followed topics"
        + (f" ({status.follows_paused} paused)" if status.follows_paused else "")
        + f"\n{status.posts_last_24h} posts in the last 24 h · "
        f"{status.queued_posts} queued")[:EMBED_DESCRIPTION]
    for health, feeds in status.feeds_by_health().items():
        if not feeds:
            continue
        lines, used = [], 0
        for number, feed in enumerate(feeds):
            line = feed_line(feed)
            if used + len(line) + 40 > EMBED_FIELD_VALUE:
                lines.append(f"… and {len(feeds) - number} more")
                break
            lines.append(line)
            used += len(line) + 1
        embed.add_field(name=f"{HEALTH_TITLES[health]} ({len(feeds)})", value="\n".join(lines),
                        inline=False)
    if not status.feeds:
        embed.add_field(name="Feeds", value="No feeds yet. Add one with `/feed add`.")
    return embed


class StatusCog(commands.Cog):
    def __init__(self, bot: StorylineBot) -> None:
        self.bot = bot

    @app_commands.command(name="status",
                          description="This server's feeds by health, follows and posts")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def status(self, interaction: discord.Interaction) -> None:
        await ensure_manager(interaction, self.bot.db)
        assert interaction.guild_id is not None
        found = await server_status(self.bot.db, interaction.guild_id, self.bot.clock())
        await reply(interaction, embed=status_embed(found))


async def setup(bot: StorylineBot) -> None:
    await bot.add_cog(StatusCog(bot))
