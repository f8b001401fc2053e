"""The gateway websocket: HELLO, IDENTIFY/READY, RESUME, heartbeats and event dispatch."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import zlib
from collections import deque
from typing import Any, Protocol

from aiohttp import WSMsgType, web

from bot.sandbox.sharding import Shard, guild_of, parse_shard, receives

log = logging.getLogger(__name__)

OP_DISPATCH = 0
OP_HEARTBEAT = 1
OP_IDENTIFY = 2
OP_PRESENCE = 3
OP_RESUME = 6
OP_RECONNECT = 7
OP_REQUEST_MEMBERS = 8
OP_INVALID_SESSION = 9
OP_HELLO = 10
OP_HEARTBEAT_ACK = 11

CLOSE_AUTHENTICATION_FAILED = 4004
CLOSE_RECONNECT = 4000  # "unknown error": discord.py answers it by RESUMEing
INTENT_GUILD_MEMBERS = 1 << 1
REPLAY_BUFFER = 1000


class GatewayWorld(Protocol):
    """What the gateway needs to know about the stand-in's state."""

    token: str
    application_id: int

    @property
    def gateway_url(self) -> str: ...

    def bot_user_payload(self) -> dict[str, Any]: ...

    def joined_guild_ids(self) -> list[int]: ...

    def guild_create_payload(self, guild_id: int, *, all_members: bool) -> dict[str, Any]: ...

    def member_payloads(self, guild_id: int) -> list[dict[str, Any]]: ...


class GatewayConnection:
    """One websocket; frames go out in order through a queue so sync code can dispatch."""

    def __init__(self, ws: web.WebSocketResponse, *, zlib_stream: bool) -> None:
        self.ws = ws
        self._compressor = zlib.compressobj() if zlib_stream else None
        self._queue: asyncio.Queue[dict[str, Any] | asyncio.Future[None] | None] = asyncio.Queue()
        self._writer = asyncio.create_task(self._write_loop(), name="fake-gateway-writer")

    def send(self, frame: dict[str, Any]) -> None:
        self._queue.put_nowait(frame)

    async def _write_loop(self) -> None:
        while (frame := await self._queue.get()) is not None:
            if isinstance(frame, asyncio.Future):
                if not frame.done():
                    frame.set_result(None)
                continue
            text = json.dumps(frame, separators=(",", ":"))
            try:
                if self._compressor is None:
                    await self.ws.send_str(text)
                else:
                    # zlib-stream: one shared context, each message ends on a sync flush marker.
                    data = self._compressor.compress(text.encode())
                    data += self._compressor.flush(zlib.Z_SYNC_FLUSH)
                    await self.ws.send_bytes(data)
            except (ConnectionError, RuntimeError):
                return

    async def flush(self) -> None:
        """Until everything queued so far has been written to the socket."""
        marker: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait(marker)
        await asyncio.wait([marker, self._writer], return_when=asyncio.FIRST_COMPLETED)

    async def drain_and_stop(self) -> None:
        self._queue.put_nowait(None)
        with contextlib.suppress(asyncio.CancelledError):
            await self._writer

    def stop(self) -> None:
        self._writer.cancel()


class GatewaySession:
    def __init__(self, intents: int, shard: Shard | None = None) -> None:
        self.id = secrets.token_hex(16)
        self.intents = intents
        self.shard = shard
        self.seq = 0
        self.buffer: deque[dict[str, Any]] = deque(maxlen=REPLAY_BUFFER)
        self.connection: GatewayConnection | None = None

    def dispatch(self, event: str, data: Any) -> None:
        self.seq += 1
        frame = {"op": OP_DISPATCH, "t": event, "s": self.seq, "d": data}
        self.buffer.append(frame)
        if self.connection is not None:
            self.connection.send(frame)


class Gateway:
    def __init__(self, world: GatewayWorld, *, heartbeat_interval: float) -> None:
        self.world = world
        self.heartbeat_interval = heartbeat_interval
        self.sessions: dict[str, GatewaySession] = {}
        self.connections: set[GatewayConnection] = set()
        self.ready = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self.identify_count = 0
        self.resume_count = 0

    @property
    def has_session(self) -> bool:
        return bool(self.sessions)

    def dispatch(self, event: str, data: Any) -> None:
        guild_id = guild_of(event, data)
        for session in self.sessions.values():
            if receives(session.shard, guild_id):
                session.dispatch(event, data)

    def dispatch_for(self, event: str, build: Any) -> None:
        """Dispatch a payload that depends on the session (build(session) -> data, None skips)."""
        for session in self.sessions.values():
            data = build(session)
            if data is not None and receives(session.shard, guild_of(event, data)):
                session.dispatch(event, data)

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0, autoping=True)
        await ws.prepare(request)
        zlib_stream = request.query.get("compress") == "zlib-stream"
        connection = GatewayConnection(ws, zlib_stream=zlib_stream)
        self.connections.add(connection)
        self._idle.clear()
        connection.send(
            {"op": OP_HELLO, "d": {"heartbeat_interval": self.heartbeat_interval * 1000}}
        )
        session: GatewaySession | None = None
        try:
            async for message in ws:
                if message.type is not WSMsgType.TEXT:
                    continue
                try:
                    frame = json.loads(message.data)
                    session = await self._on_frame(connection, session, frame) or session
                except Exception:
                    log.exception("fake gateway could not handle a frame")
        finally:
            if session is not None and session.connection is connection:
                session.connection = None
            self.connections.discard(connection)
            connection.stop()
            if not self.connections:
                self._idle.set()
        return ws

    async def _on_frame(
        self, connection: GatewayConnection, session: GatewaySession | None, frame: dict[str, Any]
    ) -> GatewaySession | None:
        op, data = frame.get("op"), frame.get("d") or {}
        if op == OP_HEARTBEAT:
            connection.send({"op": OP_HEARTBEAT_ACK})
        elif op == OP_IDENTIFY:
            return await self._identify(connection, data)
        elif op == OP_RESUME:
            return await self._resume(connection, data)
        elif op == OP_REQUEST_MEMBERS and session is not None:
            self._send_member_chunk(session, data)
        elif op != OP_PRESENCE:
            log.debug("fake gateway ignoring op %s", op)
        return None

    async def _identify(
        self, connection: GatewayConnection, data: dict[str, Any]
    ) -> GatewaySession | None:
        if data.get("token") != self.world.token:
            await connection.ws.close(
                code=CLOSE_AUTHENTICATION_FAILED, message=b"Authentication failed."
            )
            return None
        # A fresh IDENTIFY abandons the shard's sessions nobody resumed, so they stop
        # collecting events.
        shard = parse_shard(data.get("shard"))
        for stale in [s for s in self.sessions.values()
                      if s.connection is None and s.shard == shard]:
            del self.sessions[stale.id]
        session = GatewaySession(int(data.get("intents", 0)), shard)
        session.connection = connection
        self.sessions[session.id] = session
        self.identify_count += 1
        guild_ids = [g for g in self.world.joined_guild_ids() if receives(shard, g)]
        ready: dict[str, Any] = {
            "v": 10,
            "user": self.world.bot_user_payload(),
            "guilds": [{"id": str(g), "unavailable": True} for g in guild_ids],
            "session_id": session.id,
            "session_type": "normal",
            "resume_gateway_url": self.world.gateway_url,
            "application": {"id": str(self.world.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
        }
        if "shard" in data:
            ready["shard"] = data["shard"]
        session.dispatch("READY", ready)
        all_members = bool(session.intents & INTENT_GUILD_MEMBERS)
        for guild_id in guild_ids:
            payload = self.world.guild_create_payload(guild_id, all_members=all_members)
            session.dispatch("GUILD_CREATE", {**payload, "unavailable": False})
        await connection.flush()
        self.ready.set()
        return session

    async def _resume(
        self, connection: GatewayConnection, data: dict[str, Any]
    ) -> GatewaySession | None:
        session = self.sessions.get(data.get("session_id", ""))
        if session is None or data.get("token") != self.world.token:
            connection.send({"op": OP_INVALID_SESSION, "d": False})
            return None
        if session.connection is not None and session.connection is not connection:
            old = session.connection
            session.connection = None
            await old.ws.close(code=CLOSE_RECONNECT)
        last_seen = int(data.get("seq") or 0)
        for frame in session.buffer:
            if frame["s"] > last_seen:
                connection.send(frame)
        session.connection = connection
        self.resume_count += 1
        session.dispatch("RESUMED", {})
        await connection.flush()
        self.ready.set()
        return session

    def _send_member_chunk(self, session: GatewaySession, data: dict[str, Any]) -> None:
        guild_id = int(data["guild_id"])
        members = self.world.member_payloads(guild_id)
        wanted = data.get("user_ids")
        if wanted:
            wanted_ids = {str(w) for w in (wanted if isinstance(wanted, list) else [wanted])}
            members = [m for m in members if m["user"]["id"] in wanted_ids]
        chunk: dict[str, Any] = {
            "guild_id": str(guild_id),
            "members": members,
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if "nonce" in data:
            chunk["nonce"] = data["nonce"]
        session.dispatch("GUILD_MEMBERS_CHUNK", chunk)

    async def wait_idle(self, timeout: float) -> None:
        """Until no client holds a gateway socket open."""
        await asyncio.wait_for(self._idle.wait(), timeout)

    async def disconnect_all(self, code: int = CLOSE_RECONNECT) -> None:
        self.ready.clear()
        for connection in list(self.connections):
            await connection.drain_and_stop()
            await connection.ws.close(code=code)

    async def close(self) -> None:
        for connection in list(self.connections):
            connection.stop()
            await connection.ws.close(code=1001, message=b"Server shutting down")
