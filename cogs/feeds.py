"""/feed: news feeds posted to channels, configured with slash commands."""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable
from typing import Literal, TypeVar

import discord
from discord import app_commands

from bot.client import StorylineBot
from bot.feeds import service
from bot.feeds.explain import explain_item
from bot.feeds.filters import FeedFilter
from bot.feeds.models import DiscoveredFeed
from bot.feeds.placing import THREAD_NEW, WEBHOOK_STYLE
from bot.feeds.poller import FeedPoller
from bot.feeds.routing import split_keywords
from bot.feeds.tags import TagRule, describe, dump_rules, load_rules, set_rule
from bot.feeds.templates import validate_template
from bot.interactions import (
    UserError,
    found,
    matching_choices,
    reply,
    require_postable,
)
from bot.storage import feeds as store
from bot.storage.feeds import Subscription
from bot.storage.guilds import ensure_guild
from cogs._feed_views import (
    FeedChoiceView,
    FeedListView,
    list_page_embed,
    preview_message,
)
from cogs._managed import ManagerGroupCog
from cogs._outlets import for_now_note, webhook_note

T = TypeVar("T")
PostTarget = discord.TextChannel | discord.ForumChannel | discord.Thread


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class FeedsCog(ManagerGroupCog, group_name="feed", group_description="News feeds posted "
               "to channels"):
    @property
    def poller(self) -> FeedPoller:
        """The runtime's poller (this cog only wakes it)."""
        return self.bot.runtime.poller

    async def _subscription(self, interaction: discord.Interaction, name: str) -> Subscription:
        assert interaction.guild_id is not None
        return found(await store.subscription_by_name(self.bot.db, interaction.guild_id, name),
                     f"There is no feed named `{name[:100]}` here; `/feed list` shows them.")

    async def feed_autocomplete(self, interaction: discord.Interaction,
                                current: str) -> list[app_commands.Choice[str]]:
        assert interaction.guild_id is not None
        listed = await store.list_subscriptions(self.bot.db, interaction.guild_id)
        return matching_choices([row.subscription.name for row in listed], current)

    async def forum_tag_autocomplete(self, interaction: discord.Interaction,
                                     current: str) -> list[app_commands.Choice[str]]:
        assert interaction.guild_id is not None
        sub = await store.subscription_by_name(self.bot.db, interaction.guild_id,
                                               str(interaction.namespace.feed or ""))
        channel = (interaction.guild.get_channel(sub.channel_id)
                   if sub is not None and interaction.guild else None)
        tags = channel.available_tags if isinstance(channel, discord.ForumChannel) else []
        return [app_commands.Choice(name=t.name, value=str(t.id)) for t in tags
                if current.lower() in t.name.lower()][:25]

    @app_commands.command(name="add", description="Post a feed's new items to a channel")
    @app_commands.describe(url="Feed or web page link", channel="Where to post (default: "
                           "here)", name="Short name for the feed",
                           backfill="Also post this many of the newest items now (0-5)")
    async def add(self, interaction: discord.Interaction, url: str,
                  channel: PostTarget | None = None, name: str | None = None,
                  backfill: app_commands.Range[int, 0, 5] = 0) -> None:
        target_id = require_postable(interaction, channel)
        await interaction.response.defer(ephemeral=True, thinking=True)
        probed = await self._as_user_error(service.probe(self.bot.web, url))
        if probed.feed is None and len(probed.candidates) > 1:
            async def chosen(choice_interaction: discord.Interaction,
                             candidate: DiscoveredFeed) -> None:
                picked = await self._as_user_error(
                    service.probe_feed(self.bot.web, candidate.url))
                await self._add_feed(choice_interaction, picked, target_id, name, backfill)

            menu = FeedChoiceView(probed.candidates, chosen, interaction.user.id)
            await reply(interaction, "That page offers several feeds. Which one?", view=menu)
            return
        if probed.feed is None:
            probed = await self._as_user_error(
                service.probe_feed(self.bot.web, probed.candidates[0].url))
        await self._add_feed(interaction, probed, target_id, name, backfill)

    async def _add_feed(self, interaction: discord.Interaction, probed: service.Probe,
                        channel_id: int, name: str | None, backfill: int) -> None:
        assert interaction.guild_id is not None and probed.feed is not None
        parsed = probed.feed
        result = await self._as_user_error(service.add_subscription(
            self.bot.db, guild_id=interaction.guild_id, channel_id=channel_id, found=probed,
            name=name, backfill=backfill,
            interval_seconds=self.bot.settings.feed_interval_default,
            max_feeds=self.bot.settings.max_feeds_per_guild, now=self.bot.clock()))
        self.bot.runtime.feeds_changed()
        if result.backfilled:
            self.bot.runtime.posts_queued()
            self.bot.runtime.articles_added()
        name_shown = result.subscription.name
        origin = parsed.title if parsed.title and parsed.title != name_shown else probed.url
        text = (f"Added **{name_shown}** ({origin}): "
                f"{len(parsed.items)} items now, new ones will be posted in <#{channel_id}>."
                + (f" Posting the {result.backfilled} newest now." if result.backfilled else ""))
        await interaction.followup.send(
            ephemeral=True, **preview_message(text, service.preview_payload(parsed)))

    async def _as_user_error(self, work: Awaitable[T]) -> T:
        """Await the service; its refusals become the short private reply users see."""
        try:
            return await work
        except service.FeedCommandError as error:
            raise UserError(str(error)) from None

    @app_commands.command(name="remove", description="Stop posting a feed")
    @app_commands.autocomplete(feed=feed_autocomplete)
    async def remove(self, interaction: discord.Interaction, feed: str) -> None:
        sub = await self._subscription(interaction, feed)
        await store.delete_subscription(self.bot.db, sub.id)
        await reply(interaction, f"Removed **{sub.name}**.")

    @app_commands.command(name="pause", description="Stop posting a feed for now")
    @app_commands.autocomplete(feed=feed_autocomplete)
    async def pause(self, interaction: discord.Interaction, feed: str) -> None:
        sub = await self._subscription(interaction, feed)
        await store.update_subscription(self.bot.db, sub.id, paused=True)
        await reply(interaction, f"Paused **{sub.name}**; `/feed resume` starts it again.")

    @app_commands.command(name="resume", description="Start posting a paused or stopped feed")
    @app_commands.autocomplete(feed=feed_autocomplete)
    async def resume(self, interaction: discord.Interaction, feed: str) -> None:
        sub = await self._subscription(interaction, feed)
        await service.resume_feed(self.bot.db, sub, self.bot.clock())
        self.bot.runtime.feeds_changed()
        await reply(interaction, f"Resumed **{sub.name}**.")

    @app_commands.command(name="list", description="This server's feeds and their status")
    async def list(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        await ensure_guild(self.bot.db, interaction.guild_id)
        routes = await store.list_subscriptions(self.bot.db, interaction.guild_id)
        assert interaction.guild is not None
        notes = {r.subscription.id: note for r in routes
                 if (note := webhook_note(interaction.guild, r.subscription,
                                          self.bot.outlets.refusal))}
        pager = FeedListView(routes, interaction.user.id, notes)
        await reply(interaction, embed=list_page_embed(routes, 0, notes), view=pager)

    @app_commands.command(name="test", description="Show what the next post of a feed looks "
                          "like, storing nothing")
    async def test(self, interaction: discord.Interaction, url: str) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        probed = await self._as_user_error(service.probe_feed(self.bot.web, url))
        parsed, feed_url = probed.feed, probed.url
        assert parsed is not None
        preview = service.preview_payload(parsed)
        if preview is None:
            raise UserError(f"{parsed.title or feed_url} has no items yet.")
        await interaction.followup.send(ephemeral=True, **preview_message(
            f"Next post from **{parsed.title or feed_url}**:", preview))

    @app_commands.command(name="filter", description="Only post items matching keywords or a "
                          "regular expression")
    @app_commands.autocomplete(feed=feed_autocomplete)
    @app_commands.describe(include="Comma-separated keywords; an item needs one of them",
                           exclude="Comma-separated keywords that drop an item",
                           regex="A regular expression the title or summary must match")
    async def filter(self, interaction: discord.Interaction, feed: str,
                     include: str | None = None, exclude: str | None = None,
                     regex: str | None = None) -> None:
        sub = await self._subscription(interaction, feed)
        include_text = include if include is not None else sub.include_keywords
        exclude_text = exclude if exclude is not None else sub.exclude_keywords
        pattern = (regex or None) if regex is not None else sub.regex
        candidate = FeedFilter(include=split_keywords(include_text),
                               exclude=split_keywords(exclude_text), regex=pattern)
        try:
            candidate.validate()
        except ValueError as error:
            raise UserError(f"That filter does not work: {error}") from None
        await store.update_subscription(self.bot.db, sub.id, include_keywords=include_text,
                                        exclude_keywords=exclude_text, regex=pattern)
        await reply(interaction, f"Filter of **{sub.name}**: include `{include_text or '-'}`, "
                    f"exclude `{exclude_text or '-'}`, regex `{pattern or '-'}`.")

    @app_commands.command(name="format", description="How a feed's posts look")
    @app_commands.autocomplete(feed=feed_autocomplete)
    @app_commands.describe(template="Text with {title} {link} {summary} {author} {published} "
                           "{source} {categories}; empty resets")
    @app_commands.describe(style="embed, text, or webhook: an embed under the outlet's own "
                           "name and icon", thread="new: each item gets its own thread")
    async def format(self, interaction: discord.Interaction, feed: str,
                     template: str | None = None,
                     style: Literal["embed", "text", "webhook"] | None = None,
                     thread: Literal["new", "off"] | None = None) -> None:
        sub = await self._subscription(interaction, feed)
        if template:
            try:
                validate_template(template)
            except ValueError as error:
                raise UserError(str(error)) from None
        note = ""
        if style == WEBHOOK_STYLE:
            await interaction.response.defer(ephemeral=True, thinking=True)
            icon = await self.bot.runtime.look_up_feed_icon(sub.feed_id)
            assert interaction.guild is not None
            note = (" under the outlet's own name" + (" and icon" if icon else "")
                    + for_now_note(interaction.guild, dataclasses.replace(sub, style=style)))
        thread_mode = sub.thread_mode if thread is None else (THREAD_NEW if thread == "new"
                                                              else "")
        await store.update_subscription(self.bot.db, sub.id, template=template or None,
                                        style=style or sub.style, thread_mode=thread_mode)
        await reply(interaction, f"**{sub.name}** posts as {style or sub.style}{note}"
                    f"{' with your template' if template else ''}"
                    f"{', each item in its own thread' if thread_mode == THREAD_NEW else ''}.")

    def _forum_of(self, interaction: discord.Interaction,
                  sub: Subscription) -> discord.ForumChannel:
        channel = interaction.guild.get_channel(sub.channel_id) if interaction.guild else None
        if not isinstance(channel, discord.ForumChannel):
            raise UserError(f"**{sub.name}** posts in <#{sub.channel_id}>, which is not a "
                            "forum: tags are for forum channels.")
        return channel

    @app_commands.command(name="tags", description="Forum tags a feed's posts get by keyword")
    @app_commands.autocomplete(feed=feed_autocomplete, tag=forum_tag_autocomplete)
    @app_commands.describe(tag="A tag of the feed's forum",
                           keywords="Comma-separated keywords that apply the tag; "
                           "empty removes the rule")
    async def tags(self, interaction: discord.Interaction, feed: str, tag: str | None = None,
                   keywords: str | None = None) -> None:
        sub = await self._subscription(interaction, feed)
        forum = self._forum_of(interaction, sub)
        rules = load_rules(sub.tag_rules)
        if tag is not None:
            chosen = found(next((t for t in forum.available_tags
                                 if tag in (str(t.id), t.name)), None),
                           f"{forum.mention} has no tag `{tag[:50]}`; pick one from the list.")
            words = split_keywords(keywords or "")
            try:
                FeedFilter(include=words).validate()
            except ValueError as error:
                raise UserError(f"Those keywords do not work: {error}") from None
            rules = set_rule(rules, TagRule(chosen.id, chosen.name, words))
            await store.update_subscription(self.bot.db, sub.id, tag_rules=dump_rules(rules))
        lines = describe(rules) or ["No tag rules yet: posts carry no tags."]
        await reply(interaction, f"Tags for **{sub.name}** in {forum.mention}:\n"
                    + "\n".join(lines))

    @app_commands.command(name="mention", description="Ping a role on a feed's new items")
    @app_commands.autocomplete(feed=feed_autocomplete)
    async def mention(self, interaction: discord.Interaction, feed: str,
                      role: discord.Role | None = None) -> None:
        sub = await self._subscription(interaction, feed)
        if role is not None and role.is_default():
            raise UserError("Storyline never pings @everyone; pick a role.")
        await store.update_subscription(self.bot.db, sub.id,
                                        mention_role_id=role.id if role else None)
        await reply(interaction, f"New items of **{sub.name}** will ping {role.mention}."
                    if role else f"**{sub.name}** pings nobody now.")

    @app_commands.command(name="why", description="What happened to an item of a feed")
    @app_commands.autocomplete(feed=feed_autocomplete)
    @app_commands.describe(item="The item's title or link (part of it is enough)")
    async def why(self, interaction: discord.Interaction, feed: str, item: str) -> None:
        sub = await self._subscription(interaction, feed)
        await reply(interaction, await explain_item(self.bot.db, sub, item))


async def setup(bot: StorylineBot) -> None:
    await bot.add_cog(FeedsCog(bot))
