"""Posting as the outlet, as /feed and /follow both tell an admin about it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import discord
from discord.abc import GuildChannel

from bot.delivery.webhooks import NO_MANAGE_WEBHOOKS
from bot.feeds.placing import WEBHOOK_STYLE


class PostsSomewhere(Protocol):
    """A feed subscription or a follow: where it posts, and as whom."""

    @property
    def style(self) -> str: ...

    @property
    def channel_id(self) -> int: ...


def webhook_note(guild: discord.Guild, target: PostsSomewhere,
                 refusal: Callable[[int], str | None] | None = None) -> str | None:
    """Why a feed or follow set to post as the outlet posts as the bot instead, if it
    does; `refusal` tells what the last attempt to get the channel's webhook ran into."""
    home = _home(guild, target)
    if home is None:
        return None
    if not home.permissions_for(guild.me).manage_webhooks:
        return (f"posts as the bot, not as the outlet: I need **Manage Webhooks** in "
                f"{home.mention}")
    reason = refusal(home.id) if refusal is not None else None
    # The permission is there now: a refusal for lacking it is history.
    if reason is None or reason == NO_MANAGE_WEBHOOKS:
        return None
    return f"posts as the bot, not as the outlet: {reason}"


def for_now_note(guild: discord.Guild, target: PostsSomewhere) -> str:
    """What a /… format answer adds when posting as the outlet cannot work yet."""
    warning = webhook_note(guild, target)
    return f" (but for now {warning})" if warning else ""


def removal_note(guild: discord.Guild, target: PostsSomewhere) -> str:
    """The line a /follow format answer adds when the bot could not remove a story's old
    post, were its webhook deleted by hand (the post is then sent anew): the permissions
    it lacks for that. Asked whether or not it may manage webhooks yet, so that an admin
    granting that grants these at the same time."""
    home = _home(guild, target)
    if home is None:
        return ""
    granted = home.permissions_for(guild.me)
    needed = [("Manage Threads", granted.manage_threads)]
    # A forum's old post is deleted whole as a thread; elsewhere its message goes apart.
    if not isinstance(home, discord.ForumChannel):
        needed.insert(0, ("Manage Messages", granted.manage_messages))
    missing = [f"**{name}**" for name, has in needed if not has]
    if not missing:
        return ""
    return (f"\nTo remove a story's old post when its webhook is deleted, I need "
            f"{' and '.join(missing)} in {home.mention}.")


def _home(guild: discord.Guild, target: PostsSomewhere) -> GuildChannel | None:
    """The channel whose webhook posts as the outlet for the target (a thread's parent),
    if it is set to."""
    if target.style != WEBHOOK_STYLE:
        return None
    channel = guild.get_channel_or_thread(target.channel_id)
    return channel.parent if isinstance(channel, discord.Thread) else channel
