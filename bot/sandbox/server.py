"""FakeDiscord: a local Discord (REST + gateway) that the real discord.py client can log into."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable
from typing import Any

from aiohttp import web

from bot.sandbox import permissions as perms
from bot.sandbox.gateway import Gateway
from bot.sandbox.interactions import FakeInteraction, InteractionDriver
from bot.sandbox.messages import FakeMessage, RecordedRequest
from bot.sandbox.models import (
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeRole,
    new_snowflake,
    user_payload,
)
from bot.sandbox.ratelimit import ChannelMessageLimiter, FailureInjector, GlobalLimiter
from bot.sandbox.rest import API_PREFIX, RestFrontDoor, Router
from bot.sandbox.routes_channels import NONCE_MEMORY_SECONDS, register_channel_routes
from bot.sandbox.routes_core import register_core_routes
from bot.sandbox.routes_interactions import register_interaction_routes
from bot.sandbox.waiting import Watch
from bot.sandbox.webhooks import FakeWebhooks, register_webhook_routes

INTENT_GUILD_MEMBERS = 1 << 1
INTENT_GUILD_MESSAGES = 1 << 9


class FakeDiscord:
    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        global_rate_limit: int | None = None,
        channel_message_limit: tuple[int, float] | None = None,
        heartbeat_interval: float = 10.0,
        interaction_deadline: float = 3.0,
        bot_name: str = "Storyline",
        nonce_memory_seconds: float = NONCE_MEMORY_SECONDS,
    ) -> None:
        self.host, self.port = host, port
        self.token = "fake." + secrets.token_urlsafe(24)
        self.application_id = new_snowflake()
        self.bot_user_id = new_snowflake()
        self.bot_name = bot_name
        self.interaction_deadline = interaction_deadline
        self.guilds: dict[int, FakeGuild] = {}
        self.channels_by_id: dict[int, FakeChannel] = {}
        self.messages_by_id: dict[int, FakeMessage] = {}
        self.global_commands: list[dict[str, Any]] = []
        self.guild_commands: dict[int, list[dict[str, Any]]] = {}
        self.requests: list[RecordedRequest] = []
        self.message_limiter = ChannelMessageLimiter(channel_message_limit)
        self.nonces: dict[tuple[int, str], tuple[int, float]] = {}
        # How long a message nonce with enforce_nonce is remembered ("a few minutes").
        self.nonce_memory_seconds = nonce_memory_seconds
        self._injector = FailureInjector()
        self._global_limiter = GlobalLimiter(global_rate_limit)
        self._request_watch: Watch[RecordedRequest] = Watch("request")
        self._message_watch: Watch[FakeMessage] = Watch("message")
        self._commands_synced = asyncio.Event()
        # Called with every new or changed message (a console can print them as they happen).
        self.message_listeners: list[Callable[[FakeMessage], None]] = []
        self.gateway = Gateway(self, heartbeat_interval=heartbeat_interval)
        self.interactions = InteractionDriver(self)
        self.webhooks = FakeWebhooks(self)
        router = Router()
        register_core_routes(router, self)
        register_channel_routes(router, self)
        register_interaction_routes(router, self)
        register_webhook_routes(router, self)
        self._front_door = RestFrontDoor(
            token=self.token,
            router=router,
            injector=self._injector,
            global_limiter=self._global_limiter,
            # Webhook executions carry no bot token: Discord counts them per address.
            address_limiter=GlobalLimiter(global_rate_limit),
            application_id=self.application_id,
            on_request=self.requests.append,
            on_answered=self._request_watch.notify,
        )
        self._runner: web.AppRunner | None = None

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self.gateway.handle)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._front_door.handle)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def close(self) -> None:
        await self.gateway.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    @property
    def api_base(self) -> str:
        return f"http://{self.host}:{self.port}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        return f"ws://{self.host}:{self.port}/gateway"

    @property
    def rate_limited_count(self) -> int:
        return self._front_door.rate_limited_count

    @property
    def server_errors(self) -> list[str]:
        """Requests the stand-in itself failed on (a bug here, not in the bot)."""
        return self._front_door.server_errors

    # -- the world -------------------------------------------------------------------------

    def add_guild(
        self,
        name: str = "Test Server",
        *,
        channels: list[str] | tuple[str, ...] = ("news", "general"),
        owner_name: str = "admin",
        guild_id: int | None = None,
        owner_id: int | None = None,
        channel_ids: list[int] | tuple[int, ...] = (),
    ) -> FakeGuild:
        """A guild the bot is in. Fixed ids (guild, owner, channels in order) let a world be
        rebuilt identically over a database that remembers them, as the console does."""
        guild = FakeGuild(guild_id or new_snowflake(), name, 0, self.bot_user_id,
                          self.bot_name, self)
        owner = FakeMember(owner_id or new_snowflake(), owner_name, guild)
        guild.members[owner.id] = owner
        guild.owner_id = owner.id
        for position, channel_name in enumerate(channels):
            fixed = channel_ids[position] if position < len(channel_ids) else None
            channel = FakeChannel(fixed or new_snowflake(), channel_name, guild.id,
                                  position=position)
            guild.channels[channel_name] = channel
            self._register_channel(channel)
        self.guilds[guild.id] = guild
        self.gateway.dispatch_for(
            "GUILD_CREATE", lambda session: self._guild_payload_for(guild.id, session.intents)
        )
        return guild

    def remove_guild(self, guild_id: int) -> None:
        guild = self.guilds.pop(guild_id)
        self.gateway.dispatch("GUILD_DELETE", {"id": str(guild.id)})

    def set_channel_permissions(
        self,
        channel: FakeChannel | str | int,
        *,
        bot_can_send: bool = True,
        bot_can_embed: bool = True,
        bot_can_view: bool = True,
        bot_can_manage_webhooks: bool = False,
        bot_can_manage_threads: bool = True,
        bot_can_manage_messages: bool = True,
        guild: FakeGuild | None = None,
    ) -> None:
        target = self.resolve_channel(channel, guild)
        deny = 0 if bot_can_view else perms.VIEW_CHANNEL
        deny |= 0 if bot_can_manage_threads else perms.MANAGE_THREADS
        deny |= 0 if bot_can_manage_messages else perms.MANAGE_MESSAGES
        deny |= 0 if bot_can_send else perms.SEND_MESSAGES | perms.SEND_MESSAGES_IN_THREADS
        deny |= 0 if bot_can_embed else perms.EMBED_LINKS
        allow = perms.MANAGE_WEBHOOKS if bot_can_manage_webhooks else 0
        target.overwrites = [o for o in target.overwrites if o.target_id != self.bot_user_id]
        if deny or allow:
            target.overwrites.append(
                perms.Overwrite(self.bot_user_id, perms.MEMBER_OVERWRITE, allow=allow, deny=deny)
            )
        self.gateway.dispatch("CHANNEL_UPDATE", target.to_payload())

    def resolve_channel(
        self, channel: FakeChannel | str | int, guild: FakeGuild | None = None
    ) -> FakeChannel:
        if isinstance(channel, FakeChannel):
            return channel
        if isinstance(channel, int):
            try:
                return self.channels_by_id[channel]
            except KeyError:
                raise ValueError(f"no channel with id {channel}") from None
        guilds = [guild] if guild is not None else list(self.guilds.values())
        found = [
            c
            for g in guilds
            for c in [*g.channels.values(), *g.threads.values()]
            if c.name == channel
        ]
        if len(found) != 1:
            where = "" if guild is None else f" in {guild.name!r}"
            raise ValueError(
                f"{len(found)} channels named {channel!r}{where}; pass guild= or an id"
            )
        return found[0]

    def guild_of(self, channel: FakeChannel) -> FakeGuild | None:
        return self.guilds.get(channel.guild_id)

    # -- GuildObserver ---------------------------------------------------------------------

    def _register_channel(self, channel: FakeChannel) -> None:
        self.channels_by_id[channel.id] = channel

    def _channel_created(self, guild: FakeGuild, channel: FakeChannel) -> None:
        if guild.id in self.guilds:
            self.gateway.dispatch("CHANNEL_CREATE", channel.to_payload())

    def _member_added(self, guild: FakeGuild, member: FakeMember) -> None:
        if guild.id in self.guilds:
            self.gateway.dispatch_for(
                "GUILD_MEMBER_ADD",
                lambda session: (
                    {**member.to_payload(), "guild_id": str(guild.id)}
                    if session.intents & INTENT_GUILD_MEMBERS
                    else None
                ),
            )

    def _role_created(self, guild: FakeGuild, role: FakeRole) -> None:
        if guild.id in self.guilds:
            self.gateway.dispatch(
                "GUILD_ROLE_CREATE", {"guild_id": str(guild.id), "role": role.to_payload()}
            )

    # -- GatewayWorld ----------------------------------------------------------------------

    def bot_user_payload(self) -> dict[str, Any]:
        payload = user_payload(self.bot_user_id, self.bot_name, bot=True)
        payload.update(verified=True, mfa_enabled=False, flags=0, email=None, locale="en-US")
        return payload

    def joined_guild_ids(self) -> list[int]:
        return list(self.guilds)

    def guild_create_payload(self, guild_id: int, *, all_members: bool) -> dict[str, Any]:
        return self.guilds[guild_id].to_payload(include_all_members=all_members)

    def _guild_payload_for(self, guild_id: int, intents: int) -> dict[str, Any]:
        return self.guild_create_payload(guild_id, all_members=bool(intents & INTENT_GUILD_MEMBERS))

    def member_payloads(self, guild_id: int) -> list[dict[str, Any]]:
        return [m.to_payload() for m in self.guilds[guild_id].members.values()]

    # -- messages --------------------------------------------------------------------------

    def store_message(self, message: FakeMessage) -> None:
        self.messages_by_id[message.id] = message
        channel = self.channels_by_id.get(message.channel_id)
        if channel is not None:
            channel.message_ids.append(message.id)
        self._notify_message(message)
        if not message.ephemeral and message.author.get("id") == str(self.bot_user_id):
            self.gateway.dispatch_for(
                "MESSAGE_CREATE",
                lambda session: (
                    message.to_payload() if session.intents & INTENT_GUILD_MESSAGES else None
                ),
            )

    def _notify_message(self, message: FakeMessage) -> None:
        self._message_watch.notify(message)
        for listener in list(self.message_listeners):
            listener(message)

    def message_changed(self, message: FakeMessage) -> None:
        self._notify_message(message)
        if not message.ephemeral and not message.deleted:
            self.gateway.dispatch_for(
                "MESSAGE_UPDATE",
                lambda session: (
                    message.to_payload() if session.intents & INTENT_GUILD_MESSAGES else None
                ),
            )

    def messages(
        self,
        channel: FakeChannel | str | int,
        guild: FakeGuild | None = None,
        *,
        include_ephemeral: bool = False,
    ) -> list[FakeMessage]:
        """Messages currently in the channel or thread, oldest first, edits applied."""
        target = self.resolve_channel(channel, guild)
        found = (self.messages_by_id[m] for m in target.message_ids)
        return [m for m in found if not m.deleted and (include_ephemeral or not m.ephemeral)]

    async def wait_for_message(
        self, predicate: Callable[[FakeMessage], bool], timeout: float = 5
    ) -> FakeMessage:
        """First message (any channel, thread or followup; ephemeral too) matching now or later."""
        existing = [m for m in self.messages_by_id.values() if not m.deleted]
        return await self._message_watch.wait(predicate, existing, timeout)

    # -- requests and faults ---------------------------------------------------------------

    async def wait_for_request(
        self, predicate: Callable[[RecordedRequest], bool], timeout: float = 5
    ) -> RecordedRequest:
        """First answered request matching (already recorded or yet to come)."""
        existing = [r for r in self.requests if r.status is not None]
        return await self._request_watch.wait(predicate, existing, timeout)

    def fail_next(
        self,
        method: str,
        path_regex: str,
        status: int,
        *,
        count: int = 1,
        retry_after: float = 0.5,
        body: dict[str, Any] | None = None,
    ) -> None:
        """Fail the next `count` matching requests (paths look like /channels/1/messages)."""
        self._injector.add(
            method, path_regex, status, count=count, retry_after=retry_after, body=body
        )

    def storm(
        self,
        method: str,
        path_regex: str,
        status: int,
        *,
        seconds: float,
        retry_after: float = 1.0,
        global_limit: bool = False,
    ) -> None:
        """Fail every matching request for `seconds`: a 5xx outage, or 429s (with
        X-RateLimit-Global when `global_limit`) the way Discord sends them."""
        self._injector.add_storm(
            method, path_regex, status, seconds=seconds, retry_after=retry_after,
            scope="global" if global_limit else "user",
        )

    async def disconnect_clients(self) -> None:
        """Drop every gateway socket with a resumable close code; clients RESUME afterwards."""
        await self.gateway.disconnect_all()

    # -- readiness -------------------------------------------------------------------------

    async def wait_until_ready(self, timeout: float = 10) -> None:
        await asyncio.wait_for(self.gateway.ready.wait(), timeout)

    async def wait_for_commands(self, timeout: float = 10) -> None:
        await asyncio.wait_for(self._commands_synced.wait(), timeout)

    def commands_synced(self) -> None:
        self._commands_synced.set()

    # -- interactions ----------------------------------------------------------------------

    async def invoke(
        self,
        command: str,
        options: dict[str, object] | None = None,
        *,
        guild: FakeGuild,
        channel: FakeChannel | str | int = "general",
        user: FakeMember | None = None,
    ) -> FakeInteraction:
        return self.interactions.invoke(command, options, guild=guild, channel=channel, user=user)

    async def autocomplete(
        self,
        command: str,
        focused: str,
        value: str,
        options: dict[str, object] | None = None,
        *,
        guild: FakeGuild,
        channel: FakeChannel | str | int = "general",
        user: FakeMember | None = None,
        timeout: float = 5,
    ) -> list[dict[str, Any]]:
        interaction = self.interactions.autocomplete(
            command, focused, value, options, guild=guild, channel=channel, user=user
        )
        body = await interaction.response(timeout)
        return list((body.get("data") or {}).get("choices") or [])

    async def click(
        self,
        message: FakeMessage,
        custom_id: str,
        *,
        user: FakeMember | None = None,
        values: list[str] | None = None,
    ) -> FakeInteraction:
        return self.interactions.click(message, custom_id, user=user, values=values)

    async def submit_modal(
        self,
        shown_by: FakeInteraction,
        values: dict[str, str],
        *,
        user: FakeMember | None = None,
    ) -> FakeInteraction:
        """Submit the modal the bot showed for `shown_by`; values keyed by text input custom_id."""
        return self.interactions.submit_modal(shown_by, values, user=user)
