"""Posting as the outlet through a channel webhook, over discord.py (its webhook adapter
keeps each webhook's rate-limit bucket and sends no bot token). A channel without Manage
Webhooks, or whose webhook cannot be made, gets a normal bot message instead; a webhook
deleted by hand is replaced by a new one on the next post, so no post is lost. A post is
edited through the webhook that made it (a story post growing); one whose webhook is gone
can be edited by nobody, which the caller learns as False."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord
from discord.webhook.async_ import async_context

from bot.delivery.pacing import Pacer
from bot.delivery.placement import Placement
from bot.delivery.transport import Sent
from bot.delivery.webhooks import (
    BOT_LANE,
    NO_MANAGE_WEBHOOKS,
    WEBHOOK_LANE,
    WEBHOOK_NAME,
    WebhookBook,
    WebhookKey,
    edit_body,
    execution_body,
    own_webhook,
)

log = logging.getLogger(__name__)

MAX_WEBHOOKS_REACHED = 30007
UNKNOWN_MESSAGE = 10008
UNAUTHORIZED = 401
WebhookHome = discord.TextChannel | discord.ForumChannel


class OutletPoster:
    def __init__(self, client: discord.Client, pacer: Pacer | None = None) -> None:
        self.client = client
        self.pacer = pacer
        self.book = WebhookBook()
        # One look-up per channel at a time: a post to the channel and one to its thread
        # going out together would otherwise each make a webhook.
        self._finding: dict[int, asyncio.Lock] = {}

    async def post(self, channel: Any, payload: dict[str, Any], placement: Placement,
                   forum_post_name: str, home: Any = None) -> Sent | None:
        """Post through the channel's webhook (a thread's: its parent's, `home` when the
        caller read the parent itself); the message, or None when the post must go as a
        bot message. Raises discord.HTTPException for anything else."""
        home, thread_id = _home_of(channel, home)
        if not isinstance(home, WebhookHome):
            return None
        body = execution_body(payload, placement, forum_post_name=forum_post_name
                              if isinstance(home, discord.ForumChannel) and thread_id is None
                              else None)
        for _attempt in range(2):
            async with self._finding.setdefault(home.id, asyncio.Lock()):
                key = await self._webhook_for(home)
            if key is None:
                return None
            try:
                return await self._execute(key, body, thread_id)
            except discord.HTTPException as error:
                if not (isinstance(error, discord.NotFound) or error.status == UNAUTHORIZED):
                    raise
                # Deleted by hand (or its token reset): make a new one and post again.
                log.info("webhook of channel %s is gone; making a new one", home.id)
                self.book.forget(home.id)
        return None

    async def edit(self, channel: Any, message_id: int, payload: dict[str, Any],
                   home: Any = None, webhook_id: int | None = None) -> bool:
        """Edit a message the channel's webhook posted (`home` as for post; `webhook_id`:
        the webhook that posted it, when known). False when the webhook did not post it
        (a bot message, or one of a webhook deleted since) or the channel has none; raises
        discord.HTTPException for anything else."""
        home, thread_id = _home_of(channel, home)
        if isinstance(channel, discord.ForumChannel):
            thread_id = message_id  # a forum post's message lives in its own thread
        if not isinstance(home, WebhookHome):
            return False
        async with self._finding.setdefault(home.id, asyncio.Lock()):
            key = await self._webhook_for(home)
        if key is None or webhook_id not in (None, key.id):
            return False  # none, or a new one: the webhook that posted it was deleted
        await self._spend(WEBHOOK_LANE)
        session = discord.Webhook.partial(key.id, key.token, client=self.client).session
        body = edit_body(payload)
        try:
            await async_context.get().edit_webhook_message(
                key.id, key.token, message_id, session=session, payload=body,
                thread_id=thread_id, with_components="components" in body)
        except discord.HTTPException as error:
            if not (isinstance(error, discord.NotFound) or error.status == UNAUTHORIZED):
                raise
            if error.code != UNKNOWN_MESSAGE:
                # The webhook itself is gone: the next post makes a new one.
                log.info("webhook of channel %s is gone; a new one is made", home.id)
                self.book.forget(home.id)
            return False
        return True

    def refusal(self, channel_id: int) -> str | None:
        return self.book.refusal(channel_id)

    async def known_webhook_id(self, channel: WebhookHome) -> int | None:
        """The id of the bot's webhook in the channel if it has one (found again after a
        restart by listing the channel's webhooks), without creating one."""
        key = self.book.key(channel.id)
        if key is not None:
            return key.id
        if not _may_manage_webhooks(channel):
            return None
        await self._spend()
        try:
            listed = await self.client.http.channel_webhooks(channel.id)
        except discord.Forbidden:
            self.book.refuse(channel.id, NO_MANAGE_WEBHOOKS)
            return None
        key = own_webhook(listed, self.client.application_id)  # type: ignore[arg-type]
        if key is not None:
            self.book.remember(channel.id, key)
        return None if key is None else key.id

    async def _webhook_for(self, channel: WebhookHome) -> WebhookKey | None:
        key = self.book.key(channel.id)
        if key is not None:
            return key
        if not _may_manage_webhooks(channel):
            self.book.refuse(channel.id, NO_MANAGE_WEBHOOKS)
            return None
        try:
            await self._spend()
            listed = await self.client.http.channel_webhooks(channel.id)
            key = own_webhook(listed, self.client.application_id)  # type: ignore[arg-type]
            if key is None:
                await self._spend()
                created = await self.client.http.create_webhook(channel.id, name=WEBHOOK_NAME)
                key = WebhookKey(int(created["id"]), str(created["token"]))
        except discord.Forbidden:
            self.book.refuse(channel.id, NO_MANAGE_WEBHOOKS)
            return None
        except discord.HTTPException as error:
            if error.code != MAX_WEBHOOKS_REACHED:
                raise
            self.book.refuse(channel.id, "that channel already has the most webhooks Discord "
                                         "allows")
            return None
        self.book.remember(channel.id, key)
        return key

    async def _execute(self, key: WebhookKey, body: dict[str, Any],
                       thread_id: int | None) -> Sent:
        await self._spend(WEBHOOK_LANE)
        session = discord.Webhook.partial(key.id, key.token, client=self.client).session
        data = await async_context.get().execute_webhook(
            key.id, key.token, session=session, payload=body, thread_id=thread_id, wait=True,
            with_components="components" in body)
        assert data is not None
        return Sent(int(data["id"]), key.id)

    async def _spend(self, lane: str = BOT_LANE) -> None:
        if self.pacer is not None:
            await self.pacer.acquire_request(lane)


def _home_of(channel: Any, home: Any) -> tuple[Any, int | None]:
    """Where the webhook lives, and the thread a post goes to: a thread's parent (`home`
    when the caller read the parent itself), else the channel."""
    if isinstance(channel, discord.Thread):
        return home or channel.parent, channel.id
    return channel, None


def _may_manage_webhooks(channel: WebhookHome) -> bool:
    """From the cached permissions; a process without a gateway knows no member list, so
    it asks Discord, whose 403 then says the same."""
    me = channel.guild.me
    return me is None or channel.permissions_for(me).manage_webhooks
