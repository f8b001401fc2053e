"""REST routes for the bot's identity, the gateway address, app commands and guild reads."""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from bot.sandbox.models import FakeGuild, new_snowflake, user_payload
from bot.sandbox.ratelimit import Answer, error
from bot.sandbox.rest import Call, Router
from bot.sandbox.validation import command_problems, invalid_form_body

if TYPE_CHECKING:
    from bot.sandbox.server import FakeDiscord


GuildHandler = Callable[[Call, FakeGuild], Awaitable[Answer]]


def ok(body: Any, status: int = 200) -> Answer:
    return Answer(status, body, {})


def register_core_routes(router: Router, fake: FakeDiscord) -> None:
    async def me(call: Call) -> Answer:
        return ok(fake.bot_user_payload())

    async def gateway_bot(call: Call) -> Answer:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return ok({"url": fake.gateway_url, "shards": 1, "session_start_limit": limit})

    async def gateway(call: Call) -> Answer:
        return ok({"url": fake.gateway_url})

    async def application(call: Call) -> Answer:
        return ok(
            {
                "id": str(fake.application_id),
                "name": fake.bot_name,
                "icon": None,
                "description": "Local Discord stand-in application",
                "rpc_origins": [],
                "bot_public": True,
                "bot_require_code_grant": False,
                "bot": fake.bot_user_payload(),
                "owner": user_payload(fake.application_id + 1, "developer"),
                "team": None,
                "verify_key": "0" * 64,
                "flags": 0,
                "tags": [],
                "redirect_uris": [],
                "interactions_endpoint_url": None,
                "approximate_guild_count": len(fake.guilds),
            }
        )

    def check_app(call: Call) -> Answer | None:
        if call.param_int("app") != fake.application_id:
            return error(403, "Missing Access", 50001)
        return None

    def stored(commands: list[dict[str, Any]], guild_id: int | None) -> list[dict[str, Any]]:
        # Discord keeps a command's id across overwrites when its name and type stay the same.
        previous = (
            fake.global_commands if guild_id is None else fake.guild_commands.get(guild_id, [])
        )
        old_ids = {(c["name"], c.get("type", 1)): c["id"] for c in previous}
        result = []
        for body in commands:
            command = copy.deepcopy(body)
            command.setdefault("type", 1)
            command.setdefault("description", "")
            command.setdefault("options", [])
            command.setdefault("default_member_permissions", None)
            command.setdefault("nsfw", False)
            command["id"] = old_ids.get((command["name"], command["type"])) or str(new_snowflake())
            command["application_id"] = str(fake.application_id)
            command["version"] = str(new_snowflake())
            if guild_id is not None:
                command["guild_id"] = str(guild_id)
            result.append(command)
        return result

    async def put_commands(call: Call) -> Answer:
        if (refused := check_app(call)) is not None:
            return refused
        body = call.body if isinstance(call.body, list) else None
        if body is None:
            return error(400, "Invalid Form Body", 50035)
        problems = command_problems(body)
        if problems:
            return Answer(400, invalid_form_body(problems), {})
        guild_id = int(call.params["guild"]) if "guild" in call.params else None
        if guild_id is not None and guild_id not in fake.guilds:
            return error(403, "Missing Access", 50001)
        commands = stored(body, guild_id)
        if guild_id is None:
            fake.global_commands = commands
        else:
            fake.guild_commands[guild_id] = commands
        fake.commands_synced()
        return ok(commands)

    async def get_commands(call: Call) -> Answer:
        if (refused := check_app(call)) is not None:
            return refused
        if "guild" in call.params:
            return ok(fake.guild_commands.get(int(call.params["guild"]), []))
        return ok(fake.global_commands)

    def in_guild(handler: GuildHandler) -> Callable[[Call], Awaitable[Answer]]:
        """The route's guild handed to `handler`, or Discord's 404 when there is none."""
        async def routed(call: Call) -> Answer:
            guild = fake.guilds.get(call.param_int("guild"))
            if guild is None:
                return error(404, "Unknown Guild", 10004)
            return await handler(call, guild)
        return routed

    @in_guild
    async def get_guild(call: Call, guild: FakeGuild) -> Answer:
        payload = guild.to_payload(include_all_members=False)
        for key in ("channels", "threads", "members", "voice_states", "presences"):
            payload.pop(key)
        payload["approximate_member_count"] = len(guild.members)
        return ok(payload)

    @in_guild
    async def guild_channels(call: Call, guild: FakeGuild) -> Answer:
        return ok([c.to_payload() for c in guild.channels.values()])

    @in_guild
    async def active_threads(call: Call, guild: FakeGuild) -> Answer:
        active = [t.to_payload() for t in guild.threads.values() if not t.archived]
        return ok({"threads": active, "members": []})

    @in_guild
    async def guild_roles(call: Call, guild: FakeGuild) -> Answer:
        return ok([r.to_payload() for r in guild.roles.values()])

    @in_guild
    async def guild_member(call: Call, guild: FakeGuild) -> Answer:
        member = guild.members.get(call.param_int("user"))
        if member is None:
            return error(404, "Unknown Member", 10007)
        return ok(member.to_payload())

    async def get_user(call: Call) -> Answer:
        user_id = call.param_int("user")
        if user_id == fake.bot_user_id:
            return ok(fake.bot_user_payload())
        for guild in fake.guilds.values():
            if (member := guild.members.get(user_id)) is not None:
                return ok(member.user_payload())
        return error(404, "Unknown User", 10013)

    async def leave_guild(call: Call) -> Answer:
        guild_id = call.param_int("guild")
        if guild_id not in fake.guilds:
            return error(404, "Unknown Guild", 10004)
        fake.remove_guild(guild_id)
        return Answer(204, None, {})

    router.add("GET", "/users/@me", me)
    router.add("GET", "/gateway/bot", gateway_bot)
    router.add("GET", "/gateway", gateway, bot_auth=False)
    router.add("GET", "/oauth2/applications/@me", application)
    router.add("GET", "/applications/@me", application)
    router.add("PUT", "/applications/{app}/commands", put_commands)
    router.add("GET", "/applications/{app}/commands", get_commands)
    router.add("PUT", "/applications/{app}/guilds/{guild}/commands", put_commands)
    router.add("GET", "/applications/{app}/guilds/{guild}/commands", get_commands)
    router.add("GET", "/guilds/{guild}", get_guild)
    router.add("GET", "/guilds/{guild}/channels", guild_channels)
    router.add("GET", "/guilds/{guild}/roles", guild_roles)
    router.add("GET", "/guilds/{guild}/threads/active", active_threads)
    router.add("GET", "/guilds/{guild}/members/{user}", guild_member)
    router.add("DELETE", "/users/@me/guilds/{guild}", leave_guild)
    router.add("GET", "/users/{user}", get_user)
