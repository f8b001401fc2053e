"""The discord.py client: opens storage and the HTTP session, loads cogs, syncs commands."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import pkgutil
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import discord
import yarl
from discord.ext import commands

import cogs
from bot import __version__
from bot.config import Settings
from bot.delivery.pacing import Pacer
from bot.delivery.sender import OutboxSender
from bot.discord_transport import DiscordTransport
from bot.discord_webhooks import OutletPoster
from bot.failures import explained_database_errors
from bot.feeds.notices import notify_route_failure
from bot.interactions import StorylineTree
from bot.metrics import INTERACTION_SECONDS, rate_limit_trace
from bot.net.http import HttpClient, build_http_client
from bot.ops_server import OpsServer
from bot.runtime import Runtime
from bot.storage.database import Database
from bot.storage.state import get_state, set_state
from bot.storage.types import utcnow

log = logging.getLogger(__name__)

COMMANDS_HASH_KEY = "synced_commands_hash"
HANDLER_GRACE_SECONDS = 5.0
# The permissions the README asks for (View Channels ... Read Message History).
INVITE_PERMISSIONS = 309237730304

# Storyline has no voice features; discord.py's "PyNaCl/davey is not installed" warnings
# would greet every start with a problem that is not one.
discord.VoiceClient.warn_nacl = False
discord.VoiceClient.warn_dave = False


def discover_extensions() -> list[str]:
    """Every module in cogs/ is a feature; files starting with `_` are shared helpers."""
    return sorted(
        f"{cogs.__name__}.{module.name}"
        for module in pkgutil.iter_modules(cogs.__path__)
        if not module.name.startswith("_")
    )


def point_discord_at(api_base: str, gateway_url: str) -> None:
    """discord.py keeps both endpoints as class attributes; a proxy or the sandbox sets them."""
    discord.http.Route.BASE = api_base.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


class StorylineBot(commands.Bot):
    db: Database
    web: HttpClient
    sender: OutboxSender
    runtime: Runtime
    # Posting as the outlet: /feed list tells why a channel falls back to the bot.
    outlets: OutletPoster

    def __init__(self, settings: Settings, *, clock: Callable[[], datetime] = utcnow,
                 **options: Any) -> None:
        intents = discord.Intents.none()
        intents.guilds = True
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            help_command=None,
            tree_cls=StorylineTree,
            # Nothing the bot sends may ping anyone unless a message opts in explicitly.
            allowed_mentions=discord.AllowedMentions.none(),
            http_trace=rate_limit_trace(),
            **options,
        )
        self.settings = settings
        # Every background worker and command reads time here, so a test can move it.
        self.clock = clock
        self.started_monotonic = time.monotonic()
        self.version = __version__
        self.ops_server: OpsServer | None = None
        point_discord_at(settings.discord_api_base, settings.discord_gateway_url)

    async def setup_hook(self) -> None:
        async with explained_database_errors(self.settings.database_url):
            self.db = Database.connect(self.settings.database_url)
            await self.db.migrate()
        self.web = build_http_client(self.settings)
        # Background work belongs to the runtime; cogs only answer interactions.
        pacer = Pacer()
        transport = DiscordTransport(self, pacer=pacer)
        self.outlets = transport.outlets
        self.runtime = Runtime(self.settings, self.db, self.web, transport,
                               clock=self.clock, on_route_failed=self._tell_admins_route_failed,
                               wait_until_ready=self.wait_until_ready if self.has_gateway
                               else None, pacer=pacer)
        self.sender = self.runtime.sender
        await self.runtime.prepare()
        if self.has_gateway:
            for extension in discover_extensions():
                await self.load_extension(extension)
                log.info("loaded %s", extension)
            await self.sync_commands()
        self.runtime.start()
        await self.start_operations()

    @property
    def has_gateway(self) -> bool:
        """A process without the gateway role answers no interactions; it only works."""
        return "gateway" in self.settings.roles

    # -- operations: health, metrics and the "ready" line ---------------------------------

    async def start_operations(self) -> None:
        """/healthz and /metrics when METRICS_ADDR is set; interaction latency; ready line."""
        self.add_listener(self._observe_interaction, "on_app_command_completion")
        self.add_listener(self._announce_ready, "on_ready")
        if self.settings.metrics_addr:
            # A worker process has no gateway to be connected to: that check is not needed.
            self.ops_server = OpsServer(
                self.settings.metrics_addr, self.db,
                gateway_connected=self.gateway_connected if self.has_gateway else None,
                clock=self.clock)
            await self.ops_server.start()

    def gateway_connected(self) -> bool:
        return self.is_ready() and not self.is_closed() and self.ws is not None \
            and self.ws.open

    async def _observe_interaction(self, interaction: discord.Interaction,
                                   _command: object) -> None:
        elapsed = (discord.utils.utcnow() - interaction.created_at).total_seconds()
        INTERACTION_SECONDS.observe(max(0.0, elapsed))

    async def _announce_ready(self) -> None:
        log.info("ready: connected to %d server%s; invite link "
                 "https://discord.com/oauth2/authorize?client_id=%s"
                 "&scope=bot+applications.commands&permissions=%d",
                 len(self.guilds), "" if len(self.guilds) == 1 else "s",
                 self.application_id, INVITE_PERMISSIONS)

    async def sync_commands(self, *, force: bool = False) -> bool:
        """Sync only when the command tree changed: Discord rate-limits command updates."""
        guild = discord.Object(self.settings.dev_guild_id) if self.settings.dev_guild_id else None
        if guild is not None:
            self.tree.copy_global_to(guild=guild)
        payload = [command.to_dict(self.tree) for command in self.tree.get_commands(guild=guild)]
        scope = f"guild:{guild.id}" if guild else "global"
        digest = hashlib.sha256(
            json.dumps([scope, payload], sort_keys=True).encode()).hexdigest()
        if not force and await get_state(self.db, COMMANDS_HASH_KEY) == digest:
            log.info("application commands unchanged; not syncing")
            return False
        synced = await self.tree.sync(guild=guild)
        await set_state(self.db, COMMANDS_HASH_KEY, digest)
        log.info("synced %d application commands (%s)", len(synced), scope)
        return True

    async def _tell_admins_route_failed(self, guild_id: int, channel_id: int, error: str,
                                        _subscriptions: list[int]) -> None:
        if await notify_route_failure(self.db, guild_id, channel_id, error, self.clock()):
            self.runtime.posts_queued()

    @property
    def uptime_seconds(self) -> float:
        return time.monotonic() - self.started_monotonic

    async def close(self) -> None:
        # The workers stop before the session and the database they use go away.
        runtime = getattr(self, "runtime", None)
        if runtime is not None:
            await runtime.stop()
        await super().close()
        # Event handlers still running (a command answered as the signal came) finish
        # before the database they write to is closed.
        handlers = [task for task in asyncio.all_tasks()
                    if task.get_name().startswith("discord.py: ")
                    and task is not asyncio.current_task()]
        if handlers:
            await asyncio.wait(handlers, timeout=HANDLER_GRACE_SECONDS)
        if self.ops_server is not None:
            await self.ops_server.close()
        web = getattr(self, "web", None)
        if web is not None:
            await web.close()
        db = getattr(self, "db", None)
        if db is not None:
            await db.close()


class ShardedStorylineBot(StorylineBot, commands.AutoShardedBot):
    """A gateway process connecting SHARD_IDS of the bot's SHARD_COUNT shards."""


def build_bot(settings: Settings, *, clock: Callable[[], datetime] = utcnow,
              **options: Any) -> StorylineBot:
    """The client for these settings: sharded when SHARD_COUNT is set."""
    if settings.shard_count is None:
        return StorylineBot(settings, clock=clock, **options)
    shard_ids = list(settings.shard_ids) if settings.shard_ids is not None else None
    return ShardedStorylineBot(settings, clock=clock, shard_count=settings.shard_count,
                               shard_ids=shard_ids, **options)


def bot_of(interaction: discord.Interaction) -> StorylineBot:
    """The bot behind an interaction, typed (components outside a cog reach it so)."""
    client = interaction.client
    assert isinstance(client, StorylineBot)
    return client
