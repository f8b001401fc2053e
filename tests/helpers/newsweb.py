"""A small 'news web' on 127.0.0.1: feeds and pages that tests change as they go."""

from __future__ import annotations

import asyncio
import hashlib
from collections import Counter
from dataclasses import dataclass, field

from aiohttp import web

from tests.helpers.local_server import LocalSite


@dataclass
class Page:
    body: bytes
    content_type: str = "application/rss+xml; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: bool = False  # answer If-None-Match with 304
    delay: float = 0.0  # seconds before answering (timeouts)


class NewsWeb(LocalSite):
    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.hits: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        self._hit = asyncio.Condition()

    def serve(self, path: str, body: str | bytes, **options: object) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.pages[path] = Page(data, **options)  # type: ignore[arg-type]
        return self.url(path)

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        self.pages[path] = Page(b"", status=status, headers={"Location": location})
        return self.url(path)

    async def wait_for_hits(self, path: str, count: int, timeout: float = 10) -> None:
        async def reached() -> None:
            async with self._hit:
                await self._hit.wait_for(lambda: self.hits[path] >= count)

        await asyncio.wait_for(reached(), timeout)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path_qs if request.path_qs in self.pages else request.path
        response = await self._respond(path, request)
        async with self._hit:
            self.hits[path] += 1
            if response.status == 304:
                self.not_modified[path] += 1
            self._hit.notify_all()
        return response

    async def _respond(self, path: str, request: web.Request) -> web.Response:
        page = self.pages.get(path)
        if page is None:
            return web.Response(status=404, text="not found")
        if page.delay:
            await asyncio.sleep(page.delay)
        headers = dict(page.headers)
        if page.etag:
            tag = '"' + hashlib.sha1(page.body).hexdigest()[:16] + '"'
            headers["ETag"] = tag
            if request.headers.get("If-None-Match") == tag:
                return web.Response(status=304, headers=headers)
        return web.Response(status=page.status, body=page.body, headers={
            "Content-Type": page.content_type, **headers})
