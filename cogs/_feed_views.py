"""Rendering and views for /feed that the command module would otherwise be cluttered with."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

import discord

from bot.feeds.models import DiscoveredFeed
from bot.feeds.placing import THREAD_NEW, WEBHOOK_STYLE
from bot.feeds.tags import load_rules
from bot.interactions import OwnedView
from bot.render import limits
from bot.render.text import truncate
from bot.storage.feeds import FeedRoute, Subscription

FEEDS_PER_PAGE = 8
VIEW_TIMEOUT = 300.0
OPTION = limits.SELECT_OPTION_TEXT


def feed_status_line(route: FeedRoute) -> str:
    sub, feed = route.subscription, route.feed
    if sub.route_error:
        return f"stopped: {sub.route_error}"
    if sub.paused:
        return "paused"
    if feed.status == "disabled":
        return f"disabled: {feed.last_error or 'gone'}"
    if feed.status == "failing" or feed.failure_count:
        return f"failing: {feed.last_error or 'unknown error'}"
    return "ok"


def delivery_extras(sub: Subscription) -> list[str]:
    """How a feed's posts go out, beyond plain messages."""
    extras = ["as the outlet"] if sub.style == WEBHOOK_STYLE else []
    if sub.thread_mode == THREAD_NEW:
        extras.append("a thread per item")
    rules = len(load_rules(sub.tag_rules))
    if rules:
        extras.append(f"{rules} tag rule{'s' if rules != 1 else ''}")
    return extras


def interval_text(seconds: int) -> str:
    return f"{seconds // 60} min" if seconds >= 60 and seconds % 60 == 0 else f"{seconds} s"


def list_page_embed(routes: Sequence[FeedRoute], page: int,
                    notes: Mapping[int, str] | None = None) -> discord.Embed:
    pages = max(1, -(-len(routes) // FEEDS_PER_PAGE))
    embed = discord.Embed(title=f"Feeds ({len(routes)})")
    for route in routes[page * FEEDS_PER_PAGE:(page + 1) * FEEDS_PER_PAGE]:
        feed = route.feed
        last = (f"<t:{int(feed.last_success_at.timestamp())}:R>" if feed.last_success_at
                else "never")
        embed.add_field(
            name=truncate(route.subscription.name, limits.EMBED_FIELD_NAME),
            value=truncate(f"<#{route.subscription.channel_id}>"
                           f" · every {interval_text(feed.interval_seconds)}"
                           f" · last success {last}\nstatus: {feed_status_line(route)}"
                           f" · {route.subscription.items_posted} posted"
                           + "".join(f" · {extra}"
                                     for extra in delivery_extras(route.subscription))
                           + (f"\n{notes[route.subscription.id]}"
                              if notes and route.subscription.id in notes else ""),
                           limits.EMBED_FIELD_VALUE),
            inline=False)
    if not routes:
        embed.description = "No feeds yet. Add one with `/feed add`."
    embed.set_footer(text=f"Page {page + 1} of {pages}")
    return embed


class FeedListView(OwnedView):
    def __init__(self, routes: Sequence[FeedRoute], owner_id: int,
                 notes: Mapping[int, str] | None = None) -> None:
        super().__init__(owner_id, timeout=VIEW_TIMEOUT)
        self.routes = routes
        self.notes = notes
        self.page = 0
        self._sync_buttons()

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.routes) // FEEDS_PER_PAGE))

    def _sync_buttons(self) -> None:
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page >= self.pages - 1

    async def _show(self, interaction: discord.Interaction) -> None:
        self._sync_buttons()
        await interaction.response.edit_message(
            embed=list_page_embed(self.routes, self.page, self.notes), view=self)

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction,
                       _button: discord.ui.Button[Any]) -> None:
        self.page = max(0, self.page - 1)
        await self._show(interaction)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction,
                   _button: discord.ui.Button[Any]) -> None:
        self.page = min(self.pages - 1, self.page + 1)
        await self._show(interaction)


ChooseFeed = Callable[[discord.Interaction, DiscoveredFeed], Awaitable[None]]


class FeedChoiceView(OwnedView):
    """A page advertises several feeds: the admin picks one.

    Each option's value is the candidate's position, never its URL: a value holds at most
    100 characters, and a longer URL cut to fit would fetch another address."""

    def __init__(self, candidates: Sequence[DiscoveredFeed], on_choice: ChooseFeed,
                 owner_id: int) -> None:
        super().__init__(owner_id, timeout=VIEW_TIMEOUT)
        self.on_choice = on_choice
        self.candidates = list(candidates[:limits.SELECT_OPTIONS])
        select: discord.ui.Select[FeedChoiceView] = discord.ui.Select(
            placeholder="Which feed?",
            options=[discord.SelectOption(label=truncate(c.title or c.url, OPTION),
                                          value=str(position),
                                          description=truncate(c.url, OPTION))
                     for position, c in enumerate(self.candidates)])
        select.callback = self._chosen  # type: ignore[method-assign]
        self.select = select
        self.add_item(select)

    async def _chosen(self, interaction: discord.Interaction) -> None:
        self.stop()
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self.on_choice(interaction, self.candidates[int(self.select.values[0])])


def preview_message(intro: str, payload: dict[str, Any] | None) -> dict[str, Any]:
    """discord.py send() arguments: an intro line above a post's payload, pinging nobody."""
    payload = payload or {}
    content = "\n".join(part for part in (intro, payload.get("content")) if part)
    embeds = [discord.Embed.from_dict(e) for e in payload.get("embeds") or []]
    return {"content": truncate(content, limits.MESSAGE_CONTENT), "embeds": embeds,
            "allowed_mentions": discord.AllowedMentions.none()}
