"""A local stand-in for the search services: canned answers, every request recorded."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiohttp import web
from multidict import MultiDict

from bot.net.http import HttpClient
from tests.helpers.clock import ManualClock
from tests.helpers.local_server import LocalSite

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "search"
GOOGLE_PATH = "/rss/search"
GDELT_PATH = "/api/v2/doc/doc"
# The fixtures were written as if fetched shortly after this moment.
FIXTURE_NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@dataclass
class Answer:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=UTF-8"
    headers: dict[str, str] = field(default_factory=dict)
    gate: asyncio.Event | None = None  # the answer waits until this is set


class SearchWeb(LocalSite):
    """Answers per path from a queue (the last answer repeats); records every request."""

    def __init__(self) -> None:
        self._answers: dict[str, list[Answer]] = {}
        self.requests: list[tuple[str, MultiDict[str]]] = []
        self._arrived = asyncio.Condition()
        self._gates: list[asyncio.Event] = []

    def answer(self, path: str, *answers: Answer) -> str:
        self._answers[path] = list(answers)
        self._gates.extend(a.gate for a in answers if a.gate is not None)
        return self.url(path)

    def queries(self, path: str) -> list[MultiDict[str]]:
        return [query for requested, query in self.requests if requested == path]

    def count(self, path: str) -> int:
        return len(self.queries(path))

    async def wait_for_requests(self, path: str, count: int, timeout: float = 5) -> None:
        async def arrived() -> None:
            async with self._arrived:
                await self._arrived.wait_for(lambda: self.count(path) >= count)

        await asyncio.wait_for(arrived(), timeout)

    async def _handle(self, request: web.Request) -> web.Response:
        async with self._arrived:
            self.requests.append((request.path, MultiDict(request.query)))
            self._arrived.notify_all()
        queue = self._answers.get(request.path)
        if not queue:
            return web.Response(status=404, text="not found")
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if answer.gate is not None:
            await answer.gate.wait()
        return web.Response(status=answer.status, body=answer.body,
                            headers={"Content-Type": answer.content_type, **answer.headers})

    async def close(self) -> None:
        for gate in self._gates:
            gate.set()
        await super().close()


@pytest.fixture
async def search_web() -> AsyncIterator[SearchWeb]:
    async with SearchWeb() as server:
        yield server


@pytest.fixture
def http(web: HttpClient) -> HttpClient:
    """The search tests call the loopback client `http`."""
    return web


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()
