"""The delivery Transport over discord.py's HTTP client (its rate-limit buckets included).

Errors are sorted by what a retry can change: a rate limit, a server error, a timeout or
a dropped connection passes (transient, retried for as long as it takes); a channel that
refuses the bot (403/404) stops its route; any other 4xx is about the message itself.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import aiohttp
import discord
from discord.http import Route

from bot.delivery.transport import DeliveryError
from bot.render import limits

HISTORY_PAGE = 100
# A post sits at most this many pages deep in its channel's history when it is looked for.
HISTORY_PAGES = 10
# Message ids come from Discord's clock, the outbox's times from ours: a margin for skew.
CLOCK_SKEW = timedelta(minutes=2)
# Statuses a later attempt may get past, unlike other 4xx answers about the message.
TRANSIENT_CLIENT_STATUSES = frozenset({401, 408, 409, 425, 429})


def _thread_name(payload: dict[str, Any]) -> str:
    embeds = payload.get("embeds") or []
    title = (embeds[0].get("title") if embeds else None) or payload.get("content") or "News"
    return str(title)[:limits.THREAD_NAME]


class DiscordTransport:
    def __init__(self, client: discord.Client) -> None:
        self.client = client

    async def send(self, channel_id: int, payload: dict[str, Any], nonce: str) -> int:
        channel = self.client.get_channel(channel_id)
        with _translated_errors():
            if isinstance(channel, discord.ForumChannel):
                # A forum takes one post (a thread) per item.
                data = await self.client.http.request(
                    Route("POST", "/channels/{channel_id}/threads", channel_id=channel_id),
                    json={"name": _thread_name(payload), "message": payload})
                message = data.get("message") or {}
                return int(message.get("id") or data["id"])
            body = {**payload, "nonce": nonce, "enforce_nonce": True}
            data = await self.client.http.request(
                Route("POST", "/channels/{channel_id}/messages", channel_id=channel_id),
                json=body)
            return int(data["id"])

    async def edit(self, channel_id: int, message_id: int, payload: dict[str, Any]) -> None:
        with _translated_errors():
            await self.client.http.request(
                Route("PATCH", "/channels/{channel_id}/messages/{message_id}",
                      channel_id=channel_id, message_id=message_id), json=payload)

    async def create_thread(self, channel_id: int, message_id: int, name: str) -> int:
        with _translated_errors():
            data = await self.client.http.request(
                Route("POST", "/channels/{channel_id}/messages/{message_id}/threads",
                      channel_id=channel_id, message_id=message_id),
                json={"name": name[:limits.THREAD_NAME] or "Developments",
                      "auto_archive_duration": 10080})
            return int(data["id"])

    async def recent_posts(self, channel_id: int, since: datetime) -> list[dict[str, Any]]:
        """The bot's messages in the channel since `since` (for a forum: the starter
        messages of its active posts created since then), as Discord shows them."""
        after = discord.utils.time_snowflake(since - CLOCK_SKEW)
        channel = self.client.get_channel(channel_id)
        with _translated_errors():
            if isinstance(channel, discord.ForumChannel):
                return await self._forum_posts(channel, after)
            return await self._history(channel_id, after)

    async def _history(self, channel_id: int, after: int) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        before: int | None = None
        for _ in range(HISTORY_PAGES):
            page = await self.client.http.logs_from(channel_id, HISTORY_PAGE, before=before)
            found += [dict(m) for m in page if self._is_mine(m) and int(m["id"]) > after]
            oldest = min((int(m["id"]) for m in page), default=0)
            if len(page) < HISTORY_PAGE or oldest <= after:
                break
            before = oldest
        return found

    async def _forum_posts(self, forum: discord.ForumChannel,
                           after: int) -> list[dict[str, Any]]:
        data = await self.client.http.get_active_threads(forum.guild.id)
        mine = [t for t in data.get("threads", [])
                if int(t.get("parent_id") or 0) == forum.id and int(t["id"]) > after
                and self.client.user is not None
                and int(t.get("owner_id") or 0) == self.client.user.id]
        posts: list[dict[str, Any]] = []
        for thread in mine:
            # A forum post's starter message has the thread's own id.
            with contextlib.suppress(discord.NotFound):
                posts.append(dict(await self.client.http.get_message(thread["id"], thread["id"])))
        return posts

    def _is_mine(self, message: Any) -> bool:
        user = self.client.user
        return user is not None and int(message.get("author", {}).get("id") or 0) == user.id


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
