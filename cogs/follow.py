"""/follow: topics whose stories get one growing post each."""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Literal

import discord
from discord import app_commands

from bot.client import StorylineBot, bot_of
from bot.feeds.placing import WEBHOOK_STYLE
from bot.interactions import (
    UserError,
    ensure_manager,
    errors_reported,
    found,
    matching_choices,
    reply,
    require_postable,
)
from bot.render import limits
from bot.render.text import truncate
from bot.storage import follows as store
from bot.storage.database import Database
from bot.storage.follows import Follow
from bot.stories.following import FollowRefused, FollowRequest, add_follow
from cogs._managed import ManagerGroupCog
from cogs._outlets import for_now_note, removal_note, webhook_note

# A forum gets one forum post per story, edited as the story grows.
PostTarget = discord.TextChannel | discord.ForumChannel | discord.Thread


async def _unfollow(interaction: discord.Interaction, db: Database, follow: Follow) -> None:
    """The one way a topic stops being followed: /follow remove and the button in posts."""
    await store.delete_follow(db, follow.id)
    await reply(interaction, f"Stopped following **{follow.topic}**.")


class UnfollowButton(discord.ui.DynamicItem[discord.ui.Button[Any]],
                     template=r"follow:unfollow:(?P<follow_id>\d+)"):
    """Lives in story posts; works after restarts because its state is in its custom id."""

    def __init__(self, follow_id: int) -> None:
        super().__init__(discord.ui.Button(label="Unfollow", style=discord.ButtonStyle.danger,
                                           custom_id=f"follow:unfollow:{follow_id}"))
        self.follow_id = follow_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str]) -> UnfollowButton:
        return cls(int(match["follow_id"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        async with errors_reported(interaction):
            db = bot_of(interaction).db
            await ensure_manager(interaction, db)
            follow = await store.get_follow(db, self.follow_id)
            if follow is None or follow.guild_id != interaction.guild_id:
                raise UserError("That topic is no longer followed.")
            await _unfollow(interaction, db, follow)


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class FollowCog(ManagerGroupCog, group_name="follow",
                group_description="Follow a developing story across outlets"):
    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(UnfollowButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(UnfollowButton)

    async def _follow(self, interaction: discord.Interaction, topic: str) -> Follow:
        assert interaction.guild_id is not None
        return found(await store.follow_by_topic(self.bot.db, interaction.guild_id, topic),
                     f"This server does not follow `{topic[:100]}`; `/follow list` shows what "
                     "it follows.")

    async def topic_autocomplete(self, interaction: discord.Interaction,
                                 current: str) -> list[app_commands.Choice[str]]:
        assert interaction.guild_id is not None
        topics = [f.topic for f in await store.guild_follows(self.bot.db, interaction.guild_id)]
        return matching_choices(topics, current)

    @app_commands.command(name="add", description="Follow a topic: one post per story, "
                          "growing as outlets report it")
    @app_commands.describe(topic="In plain words, e.g. Ukraine peace talks",
                           keywords="Comma-separated words a story must also mention",
                           exclude="Comma-separated words that rule a story out",
                           channel="Where to post (default: here)",
                           role="A role to ping on each new story",
                           min_sources="Post only once this many outlets report a story")
    async def add(self, interaction: discord.Interaction,
                  topic: app_commands.Range[str, 2, 200], keywords: str = "",
                  exclude: str = "", channel: PostTarget | None = None,
                  role: discord.Role | None = None,
                  min_sources: app_commands.Range[int, 1, 5] = 1) -> None:
        assert interaction.guild_id is not None
        channel_id = require_postable(interaction, channel)
        if role is not None and role.is_default():
            raise UserError("Storyline never pings @everyone; pick a role.")
        request = FollowRequest(interaction.guild_id, topic, channel_id, keywords, exclude,
                                role.id if role else None, min_sources)
        try:
            follow = await add_follow(self.bot.db, request, now=self.bot.clock(),
                                      max_follows=self.bot.settings.max_follows_per_guild)
        except FollowRefused as refused:
            raise UserError(str(refused)) from None
        self.bot.runtime.follow_added(follow)
        await reply(interaction, f"Following **{follow.topic}** in <#{channel_id}>: each new "
                    "story gets one post that grows as more outlets report it.")

    @app_commands.command(name="list", description="Topics this server follows")
    async def list(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        assert interaction.guild is not None
        guild, refusal = interaction.guild, self.bot.outlets.refusal
        follows = await store.guild_follows(self.bot.db, interaction.guild_id)
        lines = [f"**{f.topic}** → <#{f.channel_id}>"
                 + (f" · keywords `{f.keywords}`" if f.keywords else "")
                 + (f" · excluding `{f.exclude}`" if f.exclude else "")
                 + (f" · ≥{f.min_sources} sources" if f.min_sources > 1 else "")
                 + (" · as the outlet" if f.style == WEBHOOK_STYLE else "")
                 + (" · paused" if f.paused else "")
                 + (f" · {note}" if (note := webhook_note(guild, f, refusal)) else "")
                 for f in follows]
        await reply(interaction, truncate("\n".join(lines), limits.MESSAGE_CONTENT) if lines else
                    "No topics followed yet. Try `/follow add Ukraine peace talks`.")

    @app_commands.command(name="format", description="How a topic's story posts look")
    @app_commands.autocomplete(topic=topic_autocomplete)
    @app_commands.describe(style="embed: posted by Storyline; webhook: under the name and "
                           "icon of the outlet whose report leads the story")
    async def format(self, interaction: discord.Interaction, topic: str,
                     style: Literal["embed", "webhook"]) -> None:
        follow = await self._follow(interaction, topic)
        note = removal = ""
        if style == WEBHOOK_STYLE:
            await interaction.response.defer(ephemeral=True, thinking=True)
            # Icons of the outlets its stories may speak as, found once and kept.
            await self.bot.runtime.look_up_outlet_icons(follow.guild_id)
            assert interaction.guild is not None
            as_outlet = dataclasses.replace(follow, style=style)
            note = (" under the name and icon of the outlet leading each story"
                    + for_now_note(interaction.guild, as_outlet))
            removal = removal_note(interaction.guild, as_outlet)
        await store.update_follow(self.bot.db, follow.id, style=style)
        await reply(interaction, f"New stories of **{follow.topic}** post as {style}{note}; "
                    f"posts already out keep their sender and are still updated.{removal}")

    @app_commands.command(name="remove", description="Stop following a topic")
    @app_commands.autocomplete(topic=topic_autocomplete)
    async def remove(self, interaction: discord.Interaction, topic: str) -> None:
        await _unfollow(interaction, self.bot.db, await self._follow(interaction, topic))

    @app_commands.command(name="pause", description="Pause posts for a topic")
    @app_commands.autocomplete(topic=topic_autocomplete)
    async def pause(self, interaction: discord.Interaction, topic: str) -> None:
        await self._set_paused(interaction, topic, paused=True)

    @app_commands.command(name="resume", description="Resume posts for a topic")
    @app_commands.autocomplete(topic=topic_autocomplete)
    async def resume(self, interaction: discord.Interaction, topic: str) -> None:
        await self._set_paused(interaction, topic, paused=False)

    async def _set_paused(self, interaction: discord.Interaction, topic: str, *,
                          paused: bool) -> None:
        follow = await self._follow(interaction, topic)
        await store.update_follow(self.bot.db, follow.id, paused=paused)
        await reply(interaction, f"{'Paused' if paused else 'Resumed'} **{follow.topic}**.")


async def setup(bot: StorylineBot) -> None:
    await bot.add_cog(FollowCog(bot))
