"""`/healthz` and `/metrics` on METRICS_ADDR (off unless set), for an operator's probes.

`/healthz` answers 200 only when the gateway is connected (or this process needs none),
the database answers and every background worker has run recently; its JSON says which
check failed. `/metrics` is the Prometheus text format from `prometheus-client`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime

import sqlalchemy as sa
from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest

from bot.health import workers_report
from bot.metrics import OUTBOX_DEPTH, OUTBOX_OLDEST_AGE, STORY_BACKLOG
from bot.storage.database import Database
from bot.storage.tables import articles, outbox

log = logging.getLogger(__name__)

DATABASE_CHECK_TIMEOUT = 3.0


def parse_address(value: str) -> tuple[str, int]:
    """`host:port` or `:port` (all interfaces); raises ValueError on anything else."""
    host, sep, port = value.strip().rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) < 65536:
        raise ValueError(f"expected host:port such as 127.0.0.1:9108, got {value!r}")
    return host.strip("[]") or "0.0.0.0", int(port)


async def refresh_stored_gauges(db: Database, now: datetime) -> None:
    async with db.connect_readonly() as conn:
        depth, oldest = (await conn.execute(
            sa.select(sa.func.count(), sa.func.min(outbox.c.created_at))
            .where(outbox.c.status == "pending"))).one()
        backlog = (await conn.execute(
            sa.select(sa.func.count()).select_from(articles)
            .where(articles.c.assigned.is_(False)))).scalar_one()
    OUTBOX_DEPTH.set(depth)
    # min() keeps the column's type, so `oldest` is an aware datetime (or None).
    OUTBOX_OLDEST_AGE.set(max(0.0, (now - oldest).total_seconds()) if oldest else 0.0)
    STORY_BACKLOG.set(backlog)


class OpsServer:
    def __init__(self, address: str, db: Database, *,
                 gateway_connected: Callable[[], bool] | None,
                 clock: Callable[[], datetime]) -> None:
        """`gateway_connected` is None when this process runs no gateway (a worker role)."""
        self.host, self.port = parse_address(address)
        self.db = db
        self.gateway_connected = gateway_connected
        self.clock = clock
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._metrics)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[-1][1]
        log.info("health and metrics on http://%s:%d/healthz and /metrics", self.host,
                 self.port)

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _database_ok(self) -> tuple[bool, str | None]:
        try:
            async with asyncio.timeout(DATABASE_CHECK_TIMEOUT):
                async with self.db.connect_readonly() as conn:
                    await conn.execute(sa.text("SELECT 1"))
        except Exception as error:
            return False, f"{type(error).__name__}: {error}"[:200]
        return True, None

    async def health(self) -> tuple[bool, dict[str, object]]:
        if self.gateway_connected is None:
            gateway: dict[str, object] = {"ok": True, "needed": False}
        else:
            gateway = {"ok": self.gateway_connected(), "needed": True}
        database_ok, database_error = await self._database_ok()
        workers_ok, workers = workers_report()
        healthy = bool(gateway["ok"]) and database_ok and workers_ok
        return healthy, {"ok": healthy, "gateway": gateway,
                         "database": {"ok": database_ok, "error": database_error},
                         "workers": workers}

    async def _healthz(self, _request: web.Request) -> web.Response:
        healthy, body = await self.health()
        return web.json_response(body, status=200 if healthy else 503)

    async def _metrics(self, _request: web.Request) -> web.Response:
        try:
            await refresh_stored_gauges(self.db, self.clock())
        except Exception:
            log.warning("could not read the stored gauges", exc_info=True)
        return web.Response(body=generate_latest(REGISTRY),
                            headers={"Content-Type": CONTENT_TYPE_LATEST})
