"""REST routes for channels, messages and threads (the bot posting news)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from bot.sandbox import permissions as perms
from bot.sandbox.messages import FakeMessage, Upload
from bot.sandbox.models import FakeChannel, FakeGuild, new_snowflake, user_payload
from bot.sandbox.ratelimit import Answer, error
from bot.sandbox.rest import Call, Router
from bot.sandbox.validation import invalid_form_body, message_problems

if TYPE_CHECKING:
    from bot.sandbox.server import FakeDiscord

# Flags a bot may set on a normal channel message: SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS.
CHANNEL_MESSAGE_FLAGS = (1 << 2) | (1 << 12)
HISTORY_DEFAULT_LIMIT = 50
# Discord honours enforce_nonce for "a few minutes" (FakeDiscord can make it shorter).
NONCE_MEMORY_SECONDS = 300.0
MAX_APPLIED_TAGS = 5


def bot_author(fake: FakeDiscord) -> dict[str, Any]:
    return user_payload(fake.bot_user_id, fake.bot_name, bot=True)


def message_from_body(
    fake: FakeDiscord,
    channel: FakeChannel,
    body: dict[str, Any],
    *,
    files: list[Upload],
    flags: int,
    message_id: int | None = None,
) -> FakeMessage:
    return FakeMessage(
        id=message_id or new_snowflake(),
        channel_id=channel.id,
        guild_id=channel.guild_id,
        author=bot_author(fake),
        content=body.get("content") or "",
        embeds=list(body.get("embeds") or []),
        components=list(body.get("components") or []),
        flags=flags,
        nonce=body.get("nonce"),
        allowed_mentions=body.get("allowed_mentions"),
        attachments=files,
        message_reference=body.get("message_reference"),
    )


def refuse_invalid(body: Any, files: list[Upload], *, partial: bool = False) -> Answer | None:
    if not isinstance(body, dict):
        return Answer(400, {"message": "Invalid Form Body", "code": 50035}, {})
    problems = message_problems(body, files=len(files), partial=partial)
    return Answer(400, invalid_form_body(problems), {}) if problems else None


def ok(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Answer:
    return Answer(status, body, dict(headers or {}))


def register_channel_routes(router: Router, fake: FakeDiscord) -> None:
    def channel_and_guild(call: Call) -> tuple[FakeChannel, FakeGuild] | Answer:
        channel = fake.channels_by_id.get(call.param_int("channel"))
        guild = None if channel is None else fake.guild_of(channel)
        if channel is None or guild is None:
            return error(404, "Unknown Channel", 10003)
        if not guild.bot_member.permissions_in(channel) & perms.VIEW_CHANNEL:
            return error(403, "Missing Access", 50001)
        return channel, guild

    def refuse_posting(channel: FakeChannel, guild: FakeGuild, body: Any) -> Answer | None:
        granted = guild.bot_member.permissions_in(channel)
        needed = perms.SEND_MESSAGES_IN_THREADS if channel.kind == "thread" else perms.SEND_MESSAGES
        if not granted & needed:
            return error(403, "Missing Permissions", 50013)
        if isinstance(body, dict) and body.get("embeds") and not granted & perms.EMBED_LINKS:
            return error(403, "Missing Permissions", 50013)
        return None

    def message_in(call: Call, channel: FakeChannel) -> FakeMessage | None:
        message = fake.messages_by_id.get(call.param_int("message"))
        if message is None or message.deleted or message.channel_id != channel.id:
            return None
        return message

    def channel_message(call: Call) -> tuple[FakeChannel, FakeGuild, FakeMessage] | Answer:
        found = channel_and_guild(call)
        if isinstance(found, Answer):
            return found
        channel, guild = found
        message = message_in(call, channel)
        if message is None:
            return error(404, "Unknown Message", 10008)
        return channel, guild, message

    async def get_channel(call: Call) -> Answer:
        found = channel_and_guild(call)
        return found if isinstance(found, Answer) else ok(found[0].to_payload())

    async def create_message(call: Call) -> Answer:
        found = channel_and_guild(call)
        if isinstance(found, Answer):
            return found
        channel, guild = found
        if channel.kind == "forum":
            return error(400, "Cannot send messages in a non-text channel", 50008)
        limited, headers = fake.message_limiter.check(channel.id)
        if limited is not None:
            return limited
        refused = refuse_posting(channel, guild, call.body) or refuse_invalid(call.body, call.files)
        if refused is not None:
            return refused
        body: dict[str, Any] = call.body
        nonce = body.get("nonce")
        now = time.monotonic()
        if nonce is not None and body.get("enforce_nonce"):
            seen = fake.nonces.get((channel.id, str(nonce)))
            if seen is not None and now - seen[1] < fake.nonce_memory_seconds:
                return ok(fake.messages_by_id[seen[0]].to_payload(), headers=headers)
        flags = int(body.get("flags") or 0) & CHANNEL_MESSAGE_FLAGS
        message = message_from_body(fake, channel, body, files=call.files, flags=flags)
        if nonce is not None:
            fake.nonces[(channel.id, str(nonce))] = (message.id, now)
        fake.store_message(message)
        return ok(message.to_payload(), headers=headers)

    async def get_message(call: Call) -> Answer:
        found = channel_and_guild(call)
        if isinstance(found, Answer):
            return found
        message = message_in(call, found[0])
        return ok(message.to_payload()) if message else error(404, "Unknown Message", 10008)

    async def list_messages(call: Call) -> Answer:
        found = channel_and_guild(call)
        if isinstance(found, Answer):
            return found
        limit = int(call.query.get("limit", HISTORY_DEFAULT_LIMIT))
        newest_first = list(reversed(fake.messages(found[0])))
        if "before" in call.query:
            newest_first = [m for m in newest_first if m.id < int(call.query["before"])]
        if "after" in call.query:
            newest_first = [m for m in newest_first if m.id > int(call.query["after"])]
        return ok([m.to_payload() for m in newest_first[:limit]])

    async def edit_message(call: Call) -> Answer:
        found = channel_and_guild(call)
        if isinstance(found, Answer):
            return found
        message = message_in(call, found[0])
        if message is None:
            return error(404, "Unknown Message", 10008)
        if message.author.get("id") != str(fake.bot_user_id):
            return error(403, "Cannot edit a message authored by another user", 50005)
        refused = refuse_invalid(call.body, call.files, partial=True)
        if refused is not None:
            return refused
        message.apply_edit(call.body, call.files)
        fake.message_changed(message)
        return ok(message.to_payload())

    async def delete_message(call: Call) -> Answer:
        found = channel_message(call)
        if isinstance(found, Answer):
            return found
        channel, guild, message = found
        if (message.author.get("id") != str(fake.bot_user_id)
                and not guild.bot_member.permissions_in(channel) & perms.MANAGE_MESSAGES):
            return error(403, "Missing Permissions", 50013)
        message.deleted = True
        fake.message_changed(message)
        fake.gateway.dispatch(
            "MESSAGE_DELETE",
            {"id": str(message.id), "channel_id": str(channel.id), "guild_id": str(guild.id)},
        )
        return Answer(204, None, {})

    def remove_channel(channel: FakeChannel, guild: FakeGuild) -> None:
        """Gone with its messages (and a channel's threads with it); a thread started from
        a message leaves that message, without its thread."""
        for message_id in channel.message_ids:
            message = fake.messages_by_id[message_id]
            if not message.deleted:
                message.deleted = True
                fake.message_changed(message)
        fake.channels_by_id.pop(channel.id, None)
        if channel.kind != "thread":
            for thread in [t for t in guild.threads.values() if t.parent_id == channel.id]:
                remove_channel(thread, guild)
            guild.channels.pop(channel.name, None)
            fake.gateway.dispatch("CHANNEL_DELETE", channel.to_payload())
            return
        guild.threads.pop(channel.id, None)
        starter = fake.messages_by_id.get(channel.id)
        if starter is not None and starter.thread_id == channel.id:
            starter.thread_id = None
        fake.gateway.dispatch("THREAD_DELETE", {
            "id": str(channel.id), "guild_id": str(guild.id),
            "parent_id": str(channel.parent_id), "type": channel.type})

    async def delete_channel(call: Call) -> Answer:
        found = channel_and_guild(call)
        if isinstance(found, Answer):
            return found
        channel, guild = found
        needed = perms.MANAGE_THREADS if channel.kind == "thread" else perms.MANAGE_CHANNELS
        if not guild.bot_member.permissions_in(channel) & needed:
            return error(403, "Missing Permissions", 50013)
        remove_channel(channel, guild)
        return ok(channel.to_payload())

    async def modify_thread(call: Call) -> Answer:
        """A thread's name, archived and locked state. Moderators (Manage Threads) may
        change anything; the thread's owner may rename, archive and lock it too; anyone who
        may talk in it may reopen it, but only moderators a locked one. An archived thread
        must be reopened in the same request as any other change."""
        found = channel_and_guild(call)
        if isinstance(found, Answer):
            return found
        thread, guild = found
        if thread.kind != "thread":
            return Answer(400, invalid_form_body(["the stand-in changes threads only"]), {})
        body = call.body if isinstance(call.body, dict) else {}
        granted = guild.bot_member.permissions_in(thread)
        moderator = bool(granted & perms.MANAGE_THREADS)
        may_manage = moderator or thread.owner_id == fake.bot_user_id
        archived, locked, name = body.get("archived"), body.get("locked"), body.get("name")
        if thread.archived and archived is not False:
            return error(400, "Thread is archived", 50083)
        reopening = thread.archived and archived is False
        if thread.locked and (reopening or locked is False) and not moderator:
            return error(403, "Missing Permissions", 50013)
        if reopening and not granted & perms.SEND_MESSAGES_IN_THREADS:
            return error(403, "Missing Permissions", 50013)
        if (archived or locked is not None or name is not None) and not may_manage:
            return error(403, "Missing Permissions", 50013)
        if name is not None and not 1 <= len(str(name)) <= 100:
            return Answer(400, invalid_form_body(["name: 1 to 100 long"]), {})
        thread.name = thread.name if name is None else str(name)
        thread.archived = thread.archived if archived is None else bool(archived)
        thread.locked = thread.locked if locked is None else bool(locked)
        fake.gateway.dispatch("THREAD_UPDATE", thread.to_payload())
        return ok(thread.to_payload())

    def open_thread(
        guild: FakeGuild, parent: FakeChannel, name: str, thread_id: int
    ) -> FakeChannel:
        thread = FakeChannel(
            thread_id, name, guild.id, "thread", parent_id=parent.id, owner_id=fake.bot_user_id
        )
        guild.threads[thread.id] = thread
        fake.channels_by_id[thread.id] = thread
        return thread

    def announce_thread(thread: FakeChannel) -> None:
        fake.gateway.dispatch("THREAD_CREATE", {**thread.to_payload(), "newly_created": True})

    async def thread_from_message(call: Call) -> Answer:
        found = channel_message(call)
        if isinstance(found, Answer):
            return found
        channel, guild, message = found
        if message.thread_id is not None:
            return error(400, "A thread has already been created for this message", 160004)
        if not guild.bot_member.permissions_in(channel) & perms.CREATE_PUBLIC_THREADS:
            return error(403, "Missing Permissions", 50013)
        name = str((call.body or {}).get("name") or "")
        if not 1 <= len(name) <= 100:
            return Answer(400, invalid_form_body(["name: 1 to 100 long"]), {})
        # Discord gives a thread started from a message the message's own id.
        thread = open_thread(guild, channel, name, message.id)
        message.thread_id = thread.id
        announce_thread(thread)
        return ok(thread.to_payload(), 201)

    async def thread_without_message(call: Call) -> Answer:
        found = channel_and_guild(call)
        if isinstance(found, Answer):
            return found
        channel, guild = found
        body = call.body if isinstance(call.body, dict) else {}
        name = str(body.get("name") or "")
        if not 1 <= len(name) <= 100:
            return Answer(400, invalid_form_body(["name: 1 to 100 long"]), {})
        if channel.kind != "forum":
            if not guild.bot_member.permissions_in(channel) & perms.CREATE_PUBLIC_THREADS:
                return error(403, "Missing Permissions", 50013)
            thread = open_thread(guild, channel, name, new_snowflake())
            announce_thread(thread)
            return ok(thread.to_payload(), 201)
        starter = body.get("message")
        refused = refuse_posting(channel, guild, starter) or refuse_invalid(starter, call.files)
        if refused is not None:
            return refused
        wanted = [int(tag) for tag in body.get("applied_tags") or []]
        if len(wanted) > MAX_APPLIED_TAGS or not set(wanted) <= set(channel.available_tags):
            return Answer(400, invalid_form_body(["applied_tags: unknown tag or over 5"]), {})
        # A forum post's starter message shares the thread's id.
        thread = open_thread(guild, channel, name, new_snowflake())
        thread.applied_tags = wanted
        message = message_from_body(
            fake, thread, starter or {}, files=call.files, flags=0, message_id=thread.id
        )
        fake.store_message(message)
        announce_thread(thread)
        return ok({**thread.to_payload(), "message": message.to_payload()}, 201)

    async def acknowledge(call: Call) -> Answer:
        # Typing indicators and reactions change nothing the stand-in models; the call is
        # recorded and checked against the channel like any other.
        found = channel_and_guild(call)
        if isinstance(found, Answer):
            return found
        if "message" in call.params and message_in(call, found[0]) is None:
            return error(404, "Unknown Message", 10008)
        return Answer(204, None, {})

    reaction = "/channels/{channel}/messages/{message}/reactions/{emoji}/@me"
    router.add("POST", "/channels/{channel}/typing", acknowledge)
    router.add("PUT", reaction, acknowledge)
    router.add("DELETE", reaction, acknowledge)
    router.add("GET", "/channels/{channel}", get_channel)
    router.add("DELETE", "/channels/{channel}", delete_channel)
    router.add("PATCH", "/channels/{channel}", modify_thread)
    router.add("POST", "/channels/{channel}/messages", create_message)
    router.add("GET", "/channels/{channel}/messages", list_messages)
    router.add("GET", "/channels/{channel}/messages/{message}", get_message)
    router.add("PATCH", "/channels/{channel}/messages/{message}", edit_message)
    router.add("DELETE", "/channels/{channel}/messages/{message}", delete_message)
    router.add("POST", "/channels/{channel}/messages/{message}/threads", thread_from_message)
    router.add("POST", "/channels/{channel}/threads", thread_without_message)
