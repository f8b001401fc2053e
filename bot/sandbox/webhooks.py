"""Channel webhooks: created and listed by the bot (Manage Webhooks), executed by token.

An execution posts under the name and avatar it asks for; forum channels take a new post
(`thread_name`, `applied_tags`) and threads are reached with `?thread_id=`. A webhook's
own messages are read, edited and deleted by token (`/webhooks/{id}/{token}/messages/
{message_id}`, a thread's with `?thread_id=`); a webhook deleted by hand takes its token
with it, and its messages stay, editable by nobody. Executions
carry no bot token, so the front door counts them against the address's own 50/s, not
the bot's (see RestFrontDoor).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.sandbox import permissions as perms
from bot.sandbox.messages import FakeMessage
from bot.sandbox.models import FakeChannel, new_snowflake, user_payload
from bot.sandbox.ratelimit import Answer, error
from bot.sandbox.rest import Call, Router
from bot.sandbox.validation import invalid_form_body, message_problems

if TYPE_CHECKING:
    from bot.sandbox.server import FakeDiscord

WEBHOOKS_PER_CHANNEL = 15
WEBHOOK_NAME_MAX = 80
MAX_APPLIED_TAGS = 5


@dataclass
class FakeWebhook:
    id: int
    token: str
    channel_id: int
    guild_id: int
    name: str
    application_id: int | None

    def to_payload(self, *, with_token: bool = True) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "id": str(self.id), "type": 1, "guild_id": str(self.guild_id),
            "channel_id": str(self.channel_id), "name": self.name, "avatar": None,
            "application_id": None if self.application_id is None else str(self.application_id),
        }
        if with_token:
            payload["token"] = self.token
        return payload


class FakeWebhooks:
    """Every webhook of the stand-in, by id."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.by_id: dict[int, FakeWebhook] = {}
        self.executions = 0

    def in_channel(self, channel_id: int) -> list[FakeWebhook]:
        return [w for w in self.by_id.values() if w.channel_id == channel_id]

    def delete(self, webhook_id: int) -> None:
        """What a server admin does in Integrations → Webhooks → Delete."""
        self.by_id.pop(webhook_id, None)

    def _by_token(self, call: Call) -> FakeWebhook | Answer:
        webhook = self.by_id.get(call.param_int("app"))
        if webhook is None or not secrets.compare_digest(webhook.token, call.params["token"]):
            return error(404, "Unknown Webhook", 10015)
        return webhook

    def _own_message(self, call: Call) -> FakeMessage | Answer:
        """The message the call names, if this webhook posted it where the call says: the
        webhook's channel, or the thread of `?thread_id=` (a forum post's too)."""
        webhook = self._by_token(call)
        if isinstance(webhook, Answer):
            return webhook
        where = webhook.channel_id
        if "thread_id" in call.query:
            thread = self.fake.channels_by_id.get(int(call.query["thread_id"]))
            if thread is None or thread.parent_id != webhook.channel_id:
                return error(404, "Unknown Channel", 10003)
            where = thread.id
        wanted = call.params.get("message", "")
        message = self.fake.messages_by_id.get(int(wanted)) if wanted.isdigit() else None
        if (message is None or message.deleted or message.webhook_id != webhook.id
                or message.channel_id != where):
            return error(404, "Unknown Message", 10008)
        return message

    async def get_message(self, call: Call) -> Answer:
        found = self._own_message(call)
        return found if isinstance(found, Answer) else Answer(200, found.to_payload(), {})

    async def edit_message(self, call: Call) -> Answer:
        """An edit keeps the name and avatar the message was posted under."""
        found = self._own_message(call)
        if isinstance(found, Answer):
            return found
        body = call.body if isinstance(call.body, dict) else {}
        problems = message_problems(body, files=len(call.files), partial=True)
        if problems:
            return Answer(400, invalid_form_body(problems), {})
        found.apply_edit(body, call.files)
        self.fake.message_changed(found)
        return Answer(200, found.to_payload(), {})

    async def delete_message(self, call: Call) -> Answer:
        found = self._own_message(call)
        if isinstance(found, Answer):
            return found
        found.deleted = True
        self.fake.message_changed(found)
        return Answer(204, None, {})

    async def execute(self, call: Call) -> Answer:
        webhook = self._by_token(call)
        if isinstance(webhook, Answer):
            return webhook
        body = call.body if isinstance(call.body, dict) else {}
        channel = self.fake.channels_by_id.get(webhook.channel_id)
        if channel is None:
            return error(404, "Unknown Channel", 10003)
        problems = message_problems(body, files=len(call.files))
        username = str(body.get("username") or webhook.name)
        if not 1 <= len(username) <= WEBHOOK_NAME_MAX:
            problems.append("username: 1 to 80 long")
        if problems:
            return Answer(400, invalid_form_body(problems), {})
        target = self._target(channel, call, body)
        if isinstance(target, Answer):
            return target
        message = FakeMessage(
            # A new forum post's first message shares the post's (thread's) id.
            id=target.id if target is not channel and "thread_id" not in call.query
            else new_snowflake(),
            channel_id=target.id, guild_id=webhook.guild_id,
            author={**user_payload(webhook.id, username, bot=True), "discriminator": "0000"},
            content=body.get("content") or "", embeds=list(body.get("embeds") or []),
            components=list(body.get("components") or []),
            allowed_mentions=body.get("allowed_mentions"), attachments=call.files,
            webhook_id=webhook.id, avatar_url=body.get("avatar_url"),
            application_id=webhook.application_id)
        self.executions += 1
        self.fake.store_message(message)
        if str(call.query.get("wait", "")).lower() not in ("1", "true"):
            return Answer(204, None, {})
        return Answer(200, message.to_payload(), {})

    def _target(self, channel: FakeChannel, call: Call,
                body: dict[str, Any]) -> FakeChannel | Answer:
        if "thread_id" in call.query:
            thread = self.fake.channels_by_id.get(int(call.query["thread_id"]))
            if thread is None or thread.parent_id != channel.id:
                return error(404, "Unknown Channel", 10003)
            return thread
        if channel.kind != "forum":
            return channel
        name = str(body.get("thread_name") or "")
        if not 1 <= len(name) <= 100:
            return Answer(400, invalid_form_body(
                ["thread_name: webhooks in a forum need a thread_name or thread_id"]), {})
        wanted = [int(tag) for tag in body.get("applied_tags") or []]
        if len(wanted) > MAX_APPLIED_TAGS or not set(wanted) <= set(channel.available_tags):
            return Answer(400, invalid_form_body(["applied_tags: unknown tag or over 5"]), {})
        guild = self.fake.guild_of(channel)
        assert guild is not None
        thread = FakeChannel(new_snowflake(), name, guild.id, "thread", parent_id=channel.id,
                             owner_id=call.param_int("app"), applied_tags=wanted)
        guild.threads[thread.id] = thread
        self.fake.channels_by_id[thread.id] = thread
        self.fake.gateway.dispatch("THREAD_CREATE", {**thread.to_payload(),
                                                     "newly_created": True})
        return thread


def register_webhook_routes(router: Router, fake: FakeDiscord) -> None:
    def managed_channel(call: Call) -> FakeChannel | Answer:
        channel = fake.channels_by_id.get(call.param_int("channel"))
        guild = None if channel is None else fake.guild_of(channel)
        if channel is None or guild is None:
            return error(404, "Unknown Channel", 10003)
        granted = guild.bot_member.permissions_in(channel)
        if not granted & perms.VIEW_CHANNEL:
            return error(403, "Missing Access", 50001)
        if not granted & perms.MANAGE_WEBHOOKS:
            return error(403, "Missing Permissions", 50013)
        return channel

    async def list_channel_webhooks(call: Call) -> Answer:
        found = managed_channel(call)
        if isinstance(found, Answer):
            return found
        return Answer(200, [w.to_payload() for w in fake.webhooks.in_channel(found.id)], {})

    async def create_webhook(call: Call) -> Answer:
        found = managed_channel(call)
        if isinstance(found, Answer):
            return found
        if found.kind == "thread":
            return error(400, "Webhooks cannot be created in threads", 50035)
        name = str((call.body or {}).get("name") or "")
        if not 1 <= len(name) <= WEBHOOK_NAME_MAX or "discord" in name.lower():
            return Answer(400, invalid_form_body(["name: 1 to 80 long, not 'discord'"]), {})
        if len(fake.webhooks.in_channel(found.id)) >= WEBHOOKS_PER_CHANNEL:
            return error(400, "Maximum number of webhooks reached (15)", 30007)
        webhook = FakeWebhook(new_snowflake(), secrets.token_urlsafe(48), found.id,
                              found.guild_id, name, fake.application_id)
        fake.webhooks.by_id[webhook.id] = webhook
        return Answer(200, webhook.to_payload(), {})

    async def delete_webhook(call: Call) -> Answer:
        webhook = fake.webhooks.by_id.get(call.param_int("webhook"))
        if webhook is None:
            return error(404, "Unknown Webhook", 10015)
        fake.webhooks.delete(webhook.id)
        return Answer(204, None, {})

    router.add("GET", "/channels/{channel}/webhooks", list_channel_webhooks)
    router.add("POST", "/channels/{channel}/webhooks", create_webhook)
    router.add("DELETE", "/webhooks/{webhook}", delete_webhook)
