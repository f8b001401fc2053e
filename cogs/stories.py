"""Asking about the news: /news, /story, /timeline, /deadlines, /quotes, and the story
posts' Full coverage and Timeline buttons. The story engine itself belongs to the runtime."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import StorylineBot, bot_of
from bot.interactions import UserError, errors_reported, matching_choices, reply
from bot.render import limits
from bot.render.charts import ChartImage
from bot.render.embeds import text_embed
from bot.render.text import truncate
from bot.storage import follows as follow_store
from bot.storage import stories as story_store
from bot.storage.follows import Follow
from bot.stories import lookup
from bot.stories.charts import server_timezone, story_chart, topic_chart
from bot.stories.coverage import follow_query, load_story_rows, story_view_of
from bot.stories.engine import StoryEngine
from bot.stories.matching import TopicQuery
from bot.stories.models import QuoteLine
from bot.stories.searching import SearchFailed
from bot.stories.story_payload import (
    coverage_embed,
    news_embed,
    quote_line,
    sourced_deadline_lines,
    timeline_lines,
)

RECENT = timedelta(days=30)
QUOTE_WINDOW = timedelta(days=30)
# /deadlines still lists a deadline this long after it passed, marked as passed.
DEADLINES_PASSED_SHOWN = timedelta(days=2)


def embed_from(data: dict[str, Any]) -> discord.Embed:
    return discord.Embed.from_dict(data)


def with_chart(embed: discord.Embed, chart: ChartImage) -> discord.File:
    """Show the chart as the embed's picture; returns the file to upload with it."""
    embed.set_image(url=f"attachment://{chart.filename}")
    return discord.File(io.BytesIO(chart.png), filename=chart.filename)


async def story_answer(bot: StorylineBot, story_id: int,
                       guild_id: int | None) -> tuple[discord.Embed, discord.File]:
    rows = await load_story_rows(bot.db, story_id)
    if rows is None:
        raise UserError("That story is no longer stored.")
    embed = embed_from(coverage_embed(story_view_of(rows), bot.clock()))
    chart = await story_chart(rows, await server_timezone(bot.db, guild_id))
    return embed, with_chart(embed, chart)


async def topic_timeline(bot: StorylineBot, stories: list[story_store.Story], title: str,
                         guild_id: int | None) -> tuple[discord.Embed, discord.File]:
    lines = timeline_lines(await lookup.timeline(bot.db, stories))
    embed = embed_from(text_embed(title, "\n".join(lines) or "No stories yet."))
    chart = await topic_chart(stories, title, await server_timezone(bot.db, guild_id))
    return embed, with_chart(embed, chart)


class CoverageButton(discord.ui.DynamicItem[discord.ui.Button[Any]],
                     template=r"story:(?P<kind>coverage|timeline):(?P<story_id>\d+)"):
    """Full coverage / Timeline on story posts; stateless, so they survive restarts."""

    def __init__(self, kind: str, story_id: int) -> None:
        super().__init__(discord.ui.Button(label=kind, custom_id=f"story:{kind}:{story_id}"))
        self.kind = kind
        self.story_id = story_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str]) -> CoverageButton:
        return cls(match["kind"], int(match["story_id"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        async with errors_reported(interaction):
            bot = bot_of(interaction)
            # Drawing a chart can take a moment: answer within Discord's 3 seconds first.
            await interaction.response.defer(ephemeral=True, thinking=True)
            if self.kind == "coverage":
                embed, file = await story_answer(bot, self.story_id, interaction.guild_id)
                await reply(interaction, embed=embed, file=file)
                return
            story = await story_store.get_story(bot.db, self.story_id)
            if story is None:
                raise UserError("That story is no longer stored.")
            related = await story_store.stories_of_topic(bot.db, story.topic_key)
            embed, file = await topic_timeline(bot, related, f"Timeline: {story.headline}",
                                               interaction.guild_id)
            await reply(interaction, embed=embed, file=file)


class StoriesCog(commands.Cog):
    def __init__(self, bot: StorylineBot) -> None:
        self.bot = bot

    @property
    def engine(self) -> StoryEngine:
        return self.bot.runtime.engine

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(CoverageButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(CoverageButton)

    async def _guild_follows(self, interaction: discord.Interaction) -> list[Follow]:
        if interaction.guild_id is None:
            return []
        return await follow_store.guild_follows(self.bot.db, interaction.guild_id)

    async def _stories_about(self, query: TopicQuery) -> list[story_store.Story]:
        return await lookup.stories_about(self.bot.db, query, self.bot.clock() - RECENT)

    async def _topic(self, interaction: discord.Interaction, topic: str) -> TopicQuery:
        for follow in await self._guild_follows(interaction):
            if follow.topic.lower() == topic.strip().lower():
                return follow_query(follow)
        return TopicQuery.parse(topic)

    async def topic_autocomplete(self, interaction: discord.Interaction,
                                 current: str) -> list[app_commands.Choice[str]]:
        topics = [f.topic for f in await self._guild_follows(interaction)]
        return matching_choices(topics, current)

    @app_commands.command(name="news", description="Top stories for a query from the last "
                          "48 hours")
    async def news(self, interaction: discord.Interaction,
                   query: app_commands.Range[str, 2, 200]) -> None:
        await interaction.response.defer(thinking=True)
        try:
            stories = await self.bot.runtime.news(query)
        except SearchFailed:
            raise UserError("The news search failed: no search provider answered, and no "
                            "stored story matches yet. Try again in a few minutes.") from None
        await interaction.followup.send(embed=embed_from(news_embed(query, stories)),
                                        allowed_mentions=discord.AllowedMentions.none())

    @app_commands.command(name="story", description="Full coverage of one story")
    @app_commands.describe(story="Start typing a headline")
    async def story(self, interaction: discord.Interaction, story: str) -> None:
        if not story.isdigit():
            raise UserError("Pick a story from the list as you type its headline.")
        await interaction.response.defer(thinking=True)
        embed, file = await story_answer(self.bot, int(story), interaction.guild_id)
        await reply(interaction, embed=embed, file=file, ephemeral=False)

    @story.autocomplete("story")
    async def story_autocomplete(self, _interaction: discord.Interaction,
                                 current: str) -> list[app_commands.Choice[str]]:
        recent = await story_store.recent_stories(self.bot.db, self.bot.clock() - RECENT, 200)
        matches = [s for s in recent if current.lower() in s.headline.lower()]
        return [app_commands.Choice(name=truncate(s.headline, limits.CHOICE_TEXT), value=str(s.id))
                for s in matches[:limits.AUTOCOMPLETE_CHOICES]]

    @app_commands.command(name="timeline", description="A topic's stories in date order")
    @app_commands.autocomplete(topic=topic_autocomplete)
    async def timeline(self, interaction: discord.Interaction, topic: str) -> None:
        await interaction.response.defer(thinking=True)
        stories = await self._stories_about(await self._topic(interaction, topic))
        embed, file = await topic_timeline(self.bot, stories, f"Timeline: {topic}",
                                           interaction.guild_id)
        await reply(interaction, embed=embed, file=file, ephemeral=False)

    @app_commands.command(name="deadlines", description="Upcoming deadlines with countdowns")
    @app_commands.autocomplete(topic=topic_autocomplete)
    async def deadlines(self, interaction: discord.Interaction, topic: str | None = None) -> None:
        await interaction.response.defer(thinking=True)
        now = self.bot.clock()
        queries = ([await self._topic(interaction, topic)] if topic else
                   [follow_query(f) for f in await self._guild_follows(interaction)])
        story_ids = {s.id for q in queries for s in await self._stories_about(q)}
        upcoming = await lookup.upcoming_deadlines(self.bot.db, sorted(story_ids),
                                                   now - DEADLINES_PASSED_SHOWN)
        entries = [(u.line, u.sources) for u in upcoming]
        empty = (f"No upcoming deadlines about {topic}." if topic
                 else "No upcoming deadlines for followed topics.")
        text = "\n".join(sourced_deadline_lines(entries, now)) or empty
        await reply(interaction, embed=embed_from(text_embed("Deadlines", text)), ephemeral=False)

    @app_commands.command(name="quotes", description="Recent quotes by a person")
    @app_commands.autocomplete(topic=topic_autocomplete)
    async def quotes(self, interaction: discord.Interaction,
                     person: app_commands.Range[str, 2, 100], topic: str | None = None) -> None:
        await interaction.response.defer(thinking=True)
        story_ids = None
        if topic:
            story_ids = [s.id for s in await self._stories_about(
                await self._topic(interaction, topic))]
        quoted = await story_store.quotes_by_speaker(self.bot.db, person,
                                                    self.bot.clock() - QUOTE_WINDOW, story_ids)
        lines = [f"{quote_line(QuoteLine(q.text, q.speaker))} ([{a.source or 'source'}]({a.url}))"
                 for q, a in quoted[:10]]
        await reply(interaction, embed=embed_from(text_embed(
            f"Quotes: {person}", "\n".join(lines) or f"No recent quotes by {person}.")),
            ephemeral=False)


async def setup(bot: StorylineBot) -> None:
    await bot.add_cog(StoriesCog(bot))
