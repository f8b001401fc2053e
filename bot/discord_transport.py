"""The delivery Transport over discord.py's HTTP client (its rate-limit buckets included).

Errors are sorted by what a retry can change: a rate limit, a server error, a timeout or
a dropped connection passes (transient, retried for as long as it takes); a channel that
refuses the bot (403/404) stops its route; any other 4xx is about the message itself.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import aiohttp
import discord
from discord.http import Route

from bot.delivery.pacing import Pacer
from bot.delivery.placement import Placement, split_placement
from bot.delivery.transport import DeliveryError, Sent
from bot.discord_webhooks import OutletPoster
from bot.metrics import MESSAGES_SENT
from bot.render import limits

HISTORY_PAGE = 100
# A post sits at most this many pages deep in its channel's history when it is looked for.
HISTORY_PAGES = 10
# Message ids come from Discord's clock, the outbox's times from ours: a margin for skew.
CLOCK_SKEW = timedelta(minutes=2)
# Statuses a later attempt may get past, unlike other 4xx answers about the message.
TRANSIENT_CLIENT_STATUSES = frozenset({401, 408, 409, 425, 429})
# Discord's error code when a message already has a thread.
THREAD_ALREADY_CREATED = 160004
# Channels a gateway-less process remembers after reading them over REST.
FETCHED_CHANNELS = 4096
# Discord's error code for a message sent to a channel that takes none (a forum).
NOT_A_TEXT_CHANNEL = 50008
# Discord's error code for an edit of someone else's message (a webhook's, say).
NOT_THE_AUTHOR = 50005


def _gone() -> DeliveryError:
    return DeliveryError("the post's webhook was deleted, so it cannot be edited",
                         status=403, gone=True)


def _message_home(channel: Any, channel_id: int, message_id: int) -> int:
    """Where a post's message lives: a forum post's first message is in the post's
    thread, which has the message's id."""
    return message_id if isinstance(channel, discord.ForumChannel) else channel_id


def _thread_name(payload: dict[str, Any]) -> str:
    embeds = payload.get("embeds") or []
    title = (embeds[0].get("title") if embeds else None) or payload.get("content") or "News"
    return str(title)[:limits.THREAD_NAME]


class DiscordTransport:
    def __init__(self, client: discord.Client, *, pacer: Pacer | None = None) -> None:
        self.client = client
        self.pacer = pacer
        self.outlets = OutletPoster(client, pacer)
        # Channels read over REST by a process without a gateway (so without a cache):
        # a channel's kind never changes, so one read serves every later post.
        self._fetched: OrderedDict[int, Any] = OrderedDict()

    async def _channel(self, channel_id: int, *, read: bool = True) -> Any:
        """The channel from the gateway's cache, or else read once over REST: a worker
        process has no cache (and a gateway's can miss a channel, say after a re-identify),
        and must still tell a forum (one thread per post) and a webhook home from a text
        channel. None when Discord will not show it; the send itself then reports why."""
        cached = self.client.get_channel(channel_id)
        if cached is not None:
            return cached
        if channel_id in self._fetched:
            self._fetched.move_to_end(channel_id)
            return self._fetched[channel_id]
        if not read:
            return None
        await self._spend_request()
        # Only a refusal means "not shown"; anything transient must fail the attempt (and
        # be retried), or a forum would be taken for a text channel and the post lost.
        with _translated_errors():
            try:
                channel = await self.client.fetch_channel(channel_id)
            except (discord.NotFound, discord.Forbidden, discord.InvalidData):
                return None
        self._fetched[channel_id] = channel
        if len(self._fetched) > FETCHED_CHANNELS:
            self._fetched.popitem(last=False)
        return channel

    async def send(self, channel_id: int, payload: dict[str, Any], nonce: str) -> int:
        return (await self.post(channel_id, payload, nonce)).message_id

    async def post(self, channel_id: int, payload: dict[str, Any], nonce: str) -> Sent:
        payload, placement = split_placement(payload)
        # A plain post is tried as a message first: only a forum refuses it, and reading
        # every channel up front would cost a worker a burst of reads after each restart.
        channel = await self._channel(channel_id, read=placement.identity is not None)
        if placement.identity is not None:
            posted = await self._send_as_outlet(channel, payload, placement)
            if posted is not None:
                MESSAGES_SENT.inc()
                return posted
        with _translated_errors():
            if isinstance(channel, discord.ForumChannel):
                message_id = await self._forum_post(channel_id, payload, placement)
                MESSAGES_SENT.inc()
                return Sent(message_id, None)
            body = {**payload, "nonce": nonce, "enforce_nonce": True}
            try:
                data = await self.client.http.request(
                    Route("POST", "/channels/{channel_id}/messages", channel_id=channel_id),
                    json=body)
            except discord.HTTPException as error:
                if error.code != NOT_A_TEXT_CHANNEL or channel is not None:
                    raise
                if not isinstance(await self._channel(channel_id), discord.ForumChannel):
                    raise
                data = {"id": await self._forum_post(channel_id, payload, placement)}
            message_id = int(data["id"])
            MESSAGES_SENT.inc()
        if placement.thread_name is not None:
            await self.create_thread(channel_id, message_id, placement.thread_name)
        return Sent(message_id, None)

    async def _send_as_outlet(self, channel: Any, payload: dict[str, Any],
                              placement: Placement) -> Sent | None:
        """Through the channel's webhook; None means: post as the bot instead."""
        home = None
        if isinstance(channel, discord.Thread) and channel.parent is None:
            # A thread read over REST knows only its parent's id: the webhook lives there.
            home = await self._channel(channel.parent_id)
        with _translated_errors():
            sent = await self.outlets.post(channel, payload, placement,
                                           _thread_name(payload), home=home)
        if sent is None:
            await self._spend_request()  # the fallback is a bot message, on the bot's lane
            return None
        if placement.thread_name is not None and not isinstance(channel, discord.ForumChannel):
            await self.create_thread(channel.id, sent.message_id, placement.thread_name)
        return sent

    async def _forum_post(self, channel_id: int, payload: dict[str, Any],
                          placement: Placement) -> int:
        """A forum takes one post (a thread) per item, under the tags its rules chose."""
        body: dict[str, Any] = {"name": _thread_name(payload), "message": payload}
        if placement.applied_tags:
            body["applied_tags"] = [str(tag) for tag in placement.applied_tags]
        data = await self.client.http.request(
            Route("POST", "/channels/{channel_id}/threads", channel_id=channel_id), json=body)
        message = data.get("message") or {}
        return int(message.get("id") or data["id"])

    async def _thread_on_message(self, channel_id: int, message_id: int, name: str) -> int:
        data = await self.client.http.request(
            Route("POST", "/channels/{channel_id}/messages/{message_id}/threads",
                  channel_id=channel_id, message_id=message_id),
            json={"name": name[:limits.THREAD_NAME] or "Developments",
                  "auto_archive_duration": 10080})
        return int(data["id"])

    async def edit(self, channel_id: int, message_id: int, payload: dict[str, Any], *,
                   webhook_id: int | None) -> None:
        payload, _ = split_placement(payload)
        channel = await self._channel(channel_id)
        if webhook_id is not None:
            # Only the webhook that posted it can edit it: the bot's edit would be refused.
            if await self._edit_as_outlet(channel, message_id, payload, webhook_id):
                return
            raise _gone()
        with _translated_errors():
            try:
                await self.client.http.request(
                    Route("PATCH", "/channels/{channel_id}/messages/{message_id}",
                          channel_id=_message_home(channel, channel_id, message_id),
                          message_id=message_id), json=payload)
                return
            except discord.HTTPException as error:
                if error.code != NOT_THE_AUTHOR:
                    raise
        # Not the bot's: posted as the outlet before the poster was recorded (0013), or by
        # a webhook deleted since, which no one can edit any more.
        if await self._edit_as_outlet(channel, message_id, payload, None):
            return
        raise _gone()

    async def _edit_as_outlet(self, channel: Any, message_id: int, payload: dict[str, Any],
                              webhook_id: int | None) -> bool:
        """Through the channel's webhook (when known, the one that posted it); False means:
        it is not that webhook's."""
        home = None
        if isinstance(channel, discord.Thread) and channel.parent is None:
            home = await self._channel(channel.parent_id)
        with _translated_errors():
            return await self.outlets.edit(channel, message_id, payload, home=home,
                                           webhook_id=webhook_id)

    async def delete(self, channel_id: int, message_id: int) -> None:
        channel = await self._channel(channel_id)
        await self._spend_request()
        with _translated_errors():
            await self.client.http.request(
                Route("DELETE", "/channels/{channel_id}/messages/{message_id}",
                      channel_id=_message_home(channel, channel_id, message_id),
                      message_id=message_id))

    async def delete_thread(self, thread_id: int) -> None:
        await self._spend_request()
        with _translated_errors():
            await self.client.http.request(
                Route("DELETE", "/channels/{channel_id}", channel_id=thread_id))

    async def close_thread(self, thread_id: int) -> None:
        await self._spend_request()
        with _translated_errors():
            await self.client.http.request(
                Route("PATCH", "/channels/{channel_id}", channel_id=thread_id),
                json={"archived": True, "locked": True})

    async def own_thread(self, channel_id: int, message_id: int) -> int | None:
        channel = await self._channel(channel_id)
        return message_id if isinstance(channel, discord.ForumChannel) else None

    async def create_thread(self, channel_id: int, message_id: int, name: str) -> int:
        own = await self.own_thread(channel_id, message_id)
        if own is not None:
            return own
        with _translated_errors():
            try:
                return await self._thread_on_message(channel_id, message_id, name)
            except discord.HTTPException as error:
                if error.code != THREAD_ALREADY_CREATED:
                    raise
                # An earlier attempt made it (a crash came before it was recorded); a
                # thread started from a message has that message's id.
                return message_id

    async def recent_posts(self, channel_id: int, since: datetime) -> list[dict[str, Any]]:
        """The bot's messages in the channel since `since` (for a forum: the starter
        messages of its active posts created since then), as Discord shows them."""
        after = discord.utils.time_snowflake(since - CLOCK_SKEW)
        channel = await self._channel(channel_id)
        with _translated_errors():
            if isinstance(channel, discord.ForumChannel):
                return await self._forum_posts(channel, after)
            return await self._history(channel_id, after)

    async def _history(self, channel_id: int, after: int) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        before: int | None = None
        for _ in range(HISTORY_PAGES):
            await self._spend_request()
            page = await self.client.http.logs_from(channel_id, HISTORY_PAGE, before=before)
            found += [dict(m) for m in page if self._is_mine(m) and int(m["id"]) > after]
            oldest = min((int(m["id"]) for m in page), default=0)
            if len(page) < HISTORY_PAGE or oldest <= after:
                break
            before = oldest
        return found

    async def _forum_posts(self, forum: discord.ForumChannel,
                           after: int) -> list[dict[str, Any]]:
        await self._spend_request()
        data = await self.client.http.get_active_threads(forum.guild.id)
        # Posts made as the outlet are owned by the forum's webhook, not the bot.
        owners = {self.client.user.id if self.client.user else 0,
                  await self.outlets.known_webhook_id(forum) or 0}
        mine = [t for t in data.get("threads", [])
                if int(t.get("parent_id") or 0) == forum.id and int(t["id"]) > after
                and int(t.get("owner_id") or 0) in owners]
        posts: list[dict[str, Any]] = []
        for thread in mine:
            # A forum post's starter message has the thread's own id.
            await self._spend_request()
            with contextlib.suppress(discord.NotFound):
                posts.append(dict(await self.client.http.get_message(thread["id"], thread["id"])))
        return posts

    async def _spend_request(self) -> None:
        # Looking for posts after a crash happens in bulk when a sender takes over a
        # backlog: unpaced, these reads alone can tip the bot over Discord's 50/s.
        if self.pacer is not None:
            await self.pacer.acquire_request()

    def _is_mine(self, message: Any) -> bool:
        """Sent by the bot, or by one of its own webhooks (as the outlet): Discord marks
        messages of an application's webhooks with the application's id."""
        user = self.client.user
        if user is not None and int(message.get("author", {}).get("id") or 0) == user.id:
            return True
        application = self.client.application_id
        return (message.get("webhook_id") is not None and application is not None
                and str(message.get("application_id")) == str(application))


@contextlib.contextmanager
def _translated_errors() -> Iterator[None]:
    try:
        yield
    except discord.HTTPException as error:
        raise delivery_error(error) from None
    except discord.RateLimited as error:
        raise DeliveryError(f"rate limited for {error.retry_after:.0f} s", status=429,
                            retry_after=error.retry_after) from None
    except (aiohttp.ClientError, TimeoutError, OSError) as error:
        raise DeliveryError(f"network error: {type(error).__name__}: {error}") from None


def delivery_error(error: discord.HTTPException) -> DeliveryError:
    """What a failed request means for the post: see the module docstring."""
    if isinstance(error, discord.Forbidden):
        return DeliveryError("missing permission to post there", status=403, permanent=True)
    if isinstance(error, discord.NotFound):
        return DeliveryError("the channel no longer exists", status=404, permanent=True)
    if error.status >= 500 or error.status in TRANSIENT_CLIENT_STATUSES:
        # discord.py gives up on a 429 or 5xx after its own retries; the outbox keeps going.
        return DeliveryError(f"Discord answered {error.status}", status=error.status,
                             retry_after=_retry_after(error))
    # A content error (400, code 50035...): the same body would fail the same way again,
    # so only this message is given up, and admins see why.
    return DeliveryError(f"Discord rejected the message ({error.status}: {error.text})"[:300],
                         status=error.status, rejected=True)


def _retry_after(error: discord.HTTPException) -> float | None:
    headers = getattr(error.response, "headers", None) or {}
    try:
        value = float(headers.get("Retry-After") or "nan")
    except (TypeError, ValueError):
        return None
    return value if value == value and value >= 0 else None
