"""The delivery Transport over discord.py's HTTP client (its rate-limit buckets included)."""

from __future__ import annotations

from typing import Any

import aiohttp
import discord
from discord.http import Route

from bot.delivery.transport import DeliveryError

THREAD_NAME_LIMIT = 100


def _thread_name(payload: dict[str, Any]) -> str:
    embeds = payload.get("embeds") or []
    title = (embeds[0].get("title") if embeds else None) or payload.get("content") or "News"
    return str(title)[:THREAD_NAME_LIMIT]


class DiscordTransport:
    def __init__(self, client: discord.Client) -> None:
        self.client = client

    async def send(self, channel_id: int, payload: dict[str, Any], nonce: str) -> int:
        channel = self.client.get_channel(channel_id)
        try:
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
        except discord.HTTPException as error:
            raise _delivery_error(error) from None
        except (aiohttp.ClientError, TimeoutError) as error:
            raise DeliveryError(f"network error: {error}") from None

    async def edit(self, channel_id: int, message_id: int, payload: dict[str, Any]) -> None:
        try:
            await self.client.http.request(
                Route("PATCH", "/channels/{channel_id}/messages/{message_id}",
                      channel_id=channel_id, message_id=message_id), json=payload)
        except discord.HTTPException as error:
            raise _delivery_error(error) from None
        except (aiohttp.ClientError, TimeoutError) as error:
            raise DeliveryError(f"network error: {error}") from None


    async def create_thread(self, channel_id: int, message_id: int, name: str) -> int:
        try:
            data = await self.client.http.request(
                Route("POST", "/channels/{channel_id}/messages/{message_id}/threads",
                      channel_id=channel_id, message_id=message_id),
                json={"name": name[:THREAD_NAME_LIMIT] or "Developments",
                      "auto_archive_duration": 10080})
            return int(data["id"])
        except discord.HTTPException as error:
            raise _delivery_error(error) from None
        except (aiohttp.ClientError, TimeoutError) as error:
            raise DeliveryError(f"network error: {error}") from None


def _delivery_error(error: discord.HTTPException) -> DeliveryError:
    if isinstance(error, discord.Forbidden):
        return DeliveryError("missing permission to post there", status=403, permanent=True)
    if isinstance(error, discord.NotFound):
        return DeliveryError("the channel no longer exists", status=404, permanent=True)
    if isinstance(error, discord.DiscordServerError):
        return DeliveryError(f"Discord answered {error.status}", status=error.status)
    # Any other 4xx is about this message, not the channel: the same body would fail
    # the same way again, so only this message is given up.
    return DeliveryError(f"Discord rejected the message ({error.status}: {error.text})"[:300],
                         status=error.status, rejected=True)
