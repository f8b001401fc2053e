"""REST routes the bot uses to answer interactions: the callback and the interaction webhook."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from bot.sandbox.interactions import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    MESSAGE_COMPONENT,
    MODAL_SUBMIT,
)
from bot.sandbox.messages import LOADING, FakeMessage
from bot.sandbox.models import FakeChannel
from bot.sandbox.ratelimit import Answer, error
from bot.sandbox.rest import Call, Router
from bot.sandbox.routes_channels import message_from_body, refuse_invalid

if TYPE_CHECKING:
    from bot.sandbox.interactions import FakeInteraction
    from bot.sandbox.server import FakeDiscord

# EPHEMERAL, SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS, IS_COMPONENTS_V2
INTERACTION_MESSAGE_FLAGS = (1 << 6) | (1 << 2) | (1 << 12) | (1 << 15)
CALLBACK_TYPES_ALLOWED = {
    APPLICATION_COMMAND: {4, 5, 9},
    MESSAGE_COMPONENT: {4, 5, 6, 7, 9},
    AUTOCOMPLETE: {8},
    MODAL_SUBMIT: {4, 5, 6, 7},
}
AUTOCOMPLETE_CHOICES_MAX = 25


def truthy(value: str | None) -> bool:
    return value is not None and value.lower() in ("1", "true")


def register_interaction_routes(router: Router, fake: FakeDiscord) -> None:
    def interaction_message(
        interaction: FakeInteraction, body: dict[str, Any], *, flags: int, channel: FakeChannel
    ) -> FakeMessage:
        message = message_from_body(fake, channel, body, files=[], flags=flags)
        message.webhook_id = fake.application_id
        message.interaction_id = interaction.id
        message.interaction_metadata = {
            "id": str(interaction.id),
            "type": interaction.kind,
            "user": interaction.user.user_payload(),
            "authorizing_integration_owners": {"0": str(interaction.guild.id)},
        }
        return message

    def callback_result(
        interaction: FakeInteraction, kind: int, message: FakeMessage | None
    ) -> dict[str, Any]:
        summary: dict[str, Any] = {"id": str(interaction.id), "type": interaction.kind}
        if message is not None:
            summary.update(
                response_message_id=str(message.id),
                response_message_loading=message.loading,
                response_message_ephemeral=message.ephemeral,
            )
        result: dict[str, Any] = {"interaction": summary}
        if kind in (4, 5, 7) and message is not None:
            result["resource"] = {"type": kind, "message": message.to_payload()}
        elif kind in (8, 9, 6):
            result["resource"] = {"type": kind}
        return result

    async def callback(call: Call) -> Answer:
        interaction = fake.interactions.by_id.get(call.param_int("interaction"))
        if interaction is None or interaction.token != call.params["token"]:
            return error(404, "Unknown interaction", 10062)
        if interaction.response_body is not None:
            return error(400, "Interaction has already been acknowledged.", 40060)
        if time.monotonic() - interaction.created_at > fake.interaction_deadline:
            return error(404, "Unknown interaction", 10062)
        body = call.body if isinstance(call.body, dict) else {}
        kind = int(body.get("type", 0))
        if kind not in CALLBACK_TYPES_ALLOWED.get(interaction.kind, set()):
            return error(400, f"Invalid interaction response type {kind}", 50035)
        data = body.get("data") or {}
        message: FakeMessage | None = None
        if kind == 4:
            if (refused := refuse_invalid(data, call.files)) is not None:
                return refused
            flags = int(data.get("flags") or 0) & INTERACTION_MESSAGE_FLAGS
            message = interaction_message(
                interaction, data, flags=flags, channel=interaction.channel
            )
            message.attachments = call.files
        elif kind == 5:
            flags = LOADING | (int(data.get("flags") or 0) & (1 << 6))
            message = interaction_message(interaction, {}, flags=flags, channel=interaction.channel)
        elif kind == 7:
            if (refused := refuse_invalid(data, call.files, partial=True)) is not None:
                return refused
            message = interaction.original
            if message is None:
                return error(400, "This interaction has no message to update", 50035)
            message.apply_edit(data, call.files)
            fake.message_changed(message)
            interaction.mark_visible(message)
        elif kind == 8:
            choices = data.get("choices") or []
            if len(choices) > AUTOCOMPLETE_CHOICES_MAX:
                return error(400, "Invalid Form Body: too many choices", 50035)
        if kind in (4, 5) and message is not None:
            interaction.original = message
            fake.store_message(message)
            if kind == 4:
                interaction.mark_visible(message)
        interaction.mark_responded(body)
        if not truthy(call.query.get("with_response")):
            return Answer(204, None, {})
        return Answer(200, callback_result(interaction, kind, message), {})

    def find_interaction(call: Call) -> FakeInteraction | Answer:
        if call.param_int("app") != fake.application_id:
            return error(404, "Unknown Webhook", 10015)
        found = fake.interactions.by_token.get(call.params["token"])
        if found is None or found.response_body is None:
            return error(404, "Unknown Webhook", 10015)
        return found

    def target_message(call: Call, interaction: FakeInteraction) -> FakeMessage | None:
        wanted = call.params.get("message", "@original")
        if wanted == "@original":
            candidate = interaction.original
        else:
            mine = [interaction.original, *interaction.followups]
            candidate = next((m for m in mine if m is not None and str(m.id) == wanted), None)
        return None if candidate is None or candidate.deleted else candidate

    def webhook_message(call: Call) -> tuple[FakeInteraction, FakeMessage] | Answer:
        found = find_interaction(call)
        if isinstance(found, Answer):
            return found
        message = target_message(call, found)
        if message is None:
            return error(404, "Unknown Message", 10008)
        return found, message

    def channel_webhook(call: Call) -> bool:
        # The same routes serve channel webhooks; only the id tells them apart.
        return call.param_int("app") != fake.application_id

    async def get_webhook_message(call: Call) -> Answer:
        if channel_webhook(call):
            return await fake.webhooks.get_message(call)
        found = find_interaction(call)
        if isinstance(found, Answer):
            return found
        message = target_message(call, found)
        return Answer(200, message.to_payload(), {}) if message else error(404, "Unknown Message")

    async def edit_webhook_message(call: Call) -> Answer:
        if channel_webhook(call):
            return await fake.webhooks.edit_message(call)
        found = webhook_message(call)
        if isinstance(found, Answer):
            return found
        interaction, message = found
        if (refused := refuse_invalid(call.body, call.files, partial=True)) is not None:
            return refused
        message.apply_edit(call.body, call.files)
        fake.message_changed(message)
        interaction.mark_visible(message)
        return Answer(200, message.to_payload(), {})

    async def delete_webhook_message(call: Call) -> Answer:
        if channel_webhook(call):
            return await fake.webhooks.delete_message(call)
        found = webhook_message(call)
        if isinstance(found, Answer):
            return found
        _, message = found
        message.deleted = True
        fake.message_changed(message)
        return Answer(204, None, {})

    async def followup(call: Call) -> Answer:
        if channel_webhook(call):
            return await fake.webhooks.execute(call)
        found = find_interaction(call)
        if isinstance(found, Answer):
            return found
        if (refused := refuse_invalid(call.body, call.files)) is not None:
            return refused
        body: dict[str, Any] = call.body
        original = found.original
        if (found.response_type == 5 and original is not None and original.loading
                and not original.deleted):
            # After a defer, Discord turns the first followup into the "thinking" message.
            original.apply_edit(body, call.files)
            fake.message_changed(original)
            message = original
        else:
            channel = found.channel
            if "thread_id" in call.query:
                channel = fake.channels_by_id.get(int(call.query["thread_id"]), channel)
            flags = int(body.get("flags") or 0) & INTERACTION_MESSAGE_FLAGS
            message = interaction_message(found, body, flags=flags, channel=channel)
            message.attachments = call.files
            fake.store_message(message)
        found.followups.append(message)
        found.mark_visible(message)
        if not truthy(call.query.get("wait")):
            return Answer(204, None, {})
        return Answer(200, message.to_payload(), {})

    original = "/webhooks/{app}/{token}/messages/@original"
    by_id = "/webhooks/{app}/{token}/messages/{message}"
    router.add("POST", "/interactions/{interaction}/{token}/callback", callback, bot_auth=False)
    router.add("POST", "/webhooks/{app}/{token}", followup, bot_auth=False)
    for template in (original, by_id):
        router.add("GET", template, get_webhook_message, bot_auth=False)
        router.add("PATCH", template, edit_webhook_message, bot_auth=False)
        router.add("DELETE", template, delete_webhook_message, bot_auth=False)
