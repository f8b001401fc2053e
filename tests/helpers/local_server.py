"""One way to put a request handler on 127.0.0.1 for a test, and the client that reaches it."""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable
from typing import Self

from aiohttp import web

from bot.net.addresses import AddressPolicy
from bot.net.http import HttpClient

# The test servers live on loopback; every other private address stays blocked.
LOOPBACK = AddressPolicy(allowed_networks=(ipaddress.ip_network("127.0.0.0/8"),))

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


async def serve_locally(handler: Handler) -> tuple[web.AppRunner, int]:
    """Every GET goes to `handler`; returns the runner (to clean up) and the port."""
    app = web.Application()
    app.router.add_route("GET", "/{tail:.*}", handler)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]


def loopback_client(user_agent: str = "test") -> HttpClient:
    """The production HTTP client, allowed to reach the servers on 127.0.0.1."""
    return HttpClient(user_agent=user_agent, policy=LOOPBACK)


class LocalSite:
    """A site on 127.0.0.1 for the length of a test: `async with`, or start() and close().
    Subclasses answer in `_handle`."""

    _runner: web.AppRunner | None = None
    port = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        raise NotImplementedError

    async def start(self) -> None:
        self._runner, self.port = await serve_locally(self._handle)

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
