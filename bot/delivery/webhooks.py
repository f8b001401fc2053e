"""Posting as the outlet: which channel webhook carries a post, and what a post looks like
when it goes through one. No Discord library here; the transport does the calls.

Discord's rate-limit documentation: all bots get 50 requests per second, and "if no
authorization header is provided, then the limit is applied to the IP address"; webhooks
(webhook id + token) are a top-level resource with their own per-route buckets. A webhook
execution authenticates with its token, not the bot's, so it does not spend the bot's
global budget: the pacer gives executions their own lane (`WEBHOOK_LANE`) at the same
rate, while creating or listing webhooks is an ordinary bot request on the bot's lane.
The transport spends an outlet post's lane right before the request it makes, since only
then is it known whether the post goes by webhook or falls back to a bot message.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.delivery.placement import Placement, split_placement

# The name the bot gives the webhook it creates; each post overrides it with the outlet's.
WEBHOOK_NAME = "Storyline"
BOT_LANE = "bot"
WEBHOOK_LANE = "webhook"
NO_MANAGE_WEBHOOKS = "I need Manage Webhooks in that channel to post as the outlet"


@dataclass(frozen=True)
class WebhookKey:
    id: int
    token: str


class WebhookBook:
    """The bot's webhook per channel, and why a channel has none. Held in memory only:
    after a restart the bot lists the channel's webhooks and finds its own again (Discord
    returns their tokens to a member with Manage Webhooks), so nothing is lost."""

    def __init__(self) -> None:
        self._keys: dict[int, WebhookKey] = {}
        self._refusals: dict[int, str] = {}

    def key(self, channel_id: int) -> WebhookKey | None:
        return self._keys.get(channel_id)

    def remember(self, channel_id: int, key: WebhookKey) -> None:
        self._keys[channel_id] = key
        self._refusals.pop(channel_id, None)

    def forget(self, channel_id: int) -> None:
        """The webhook was deleted (by hand, in the channel's settings)."""
        self._keys.pop(channel_id, None)

    def refuse(self, channel_id: int, reason: str) -> None:
        self._keys.pop(channel_id, None)
        self._refusals[channel_id] = reason

    def refusal(self, channel_id: int) -> str | None:
        return self._refusals.get(channel_id)


def own_webhook(webhooks: Iterable[dict[str, Any]],
                application_id: int | None) -> WebhookKey | None:
    """The bot's own webhook among a channel's: made by this application, token known."""
    for webhook in webhooks:
        made_by_us = application_id is not None and str(webhook.get("application_id")) == str(
            application_id)
        if made_by_us and webhook.get("token") and int(webhook.get("type", 1)) == 1:
            return WebhookKey(int(webhook["id"]), str(webhook["token"]))
    return None


def lane_for(payload: dict[str, Any]) -> str | None:
    """Which budget a queued post spends before it goes out: None for an outlet post,
    whose lane only the transport knows (the webhook's, or the bot's when the channel
    has no webhook and the post falls back to a bot message), so the transport spends it."""
    return None if split_placement(payload)[1].identity is not None else BOT_LANE


def _message_fields(payload: dict[str, Any]) -> dict[str, Any]:
    """What a webhook message shows; text never pings anyone (mentions are not parsed),
    only a role the admin chose (/feed mention, /follow add role:)."""
    allowed = payload.get("allowed_mentions") or {}
    roles = [str(role) for role in allowed.get("roles") or []]
    # The bot's own webhook is the application's: its posts may carry buttons.
    body: dict[str, Any] = {key: value for key, value in payload.items()
                            if key in ("content", "embeds", "components", "flags")}
    body["allowed_mentions"] = {"parse": [], "roles": roles} if roles else {"parse": []}
    return body


def execution_body(payload: dict[str, Any], placement: Placement, *,
                   forum_post_name: str | None) -> dict[str, Any]:
    """The webhook execution's JSON: the message under the outlet's name and icon."""
    assert placement.identity is not None
    body = _message_fields(payload)
    body["username"] = placement.identity.username
    if placement.identity.avatar_url:
        body["avatar_url"] = placement.identity.avatar_url
    if forum_post_name is not None:
        body["thread_name"] = forum_post_name
        if placement.applied_tags:
            body["applied_tags"] = [str(tag) for tag in placement.applied_tags]
    return body


def edit_body(payload: dict[str, Any]) -> dict[str, Any]:
    """A webhook message's edit: what it shows; its name and icon stay as posted (Discord
    keeps them), and flags other than at posting time are not the edit's to change."""
    body = _message_fields(payload)
    body.pop("flags", None)
    return body
