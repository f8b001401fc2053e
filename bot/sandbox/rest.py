"""The REST front door: record every call, authenticate, inject failures, rate limit, route."""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import BodyPartReader, web

from bot.sandbox.messages import RecordedRequest, Upload
from bot.sandbox.ratelimit import (
    Answer,
    FailureInjector,
    GlobalLimiter,
    error,
    roomy_headers,
)

API_PREFIX = "/api/v10"
log = logging.getLogger(__name__)


@dataclass
class Call:
    """One routed REST call as a handler sees it."""

    method: str
    path: str
    params: dict[str, str]
    query: dict[str, str]
    body: Any
    files: list[Upload]
    record: RecordedRequest
    bucket_key: str

    def param_int(self, name: str) -> int:
        return int(self.params[name])


Handler = Callable[[Call], Awaitable[Answer]]


@dataclass
class Route:
    method: str
    template: str
    pattern: re.Pattern[str]
    handler: Handler
    bot_auth: bool


class Router:
    def __init__(self) -> None:
        self.routes: list[Route] = []

    def add(self, method: str, template: str, handler: Handler, *, bot_auth: bool = True) -> None:
        regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)
        self.routes.append(Route(method, template, re.compile(f"^{regex}$"), handler, bot_auth))

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        for route in self.routes:
            if route.method == method and (found := route.pattern.match(path)):
                return route, found.groupdict()
        return None


async def read_body(request: web.Request) -> tuple[Any, list[Upload]]:
    """JSON body, or the payload_json part of a multipart upload plus the files."""
    if not request.can_read_body:
        return None, []
    if request.content_type.startswith("multipart/"):
        payload: Any = None
        files: list[Upload] = []
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if not isinstance(part, BodyPartReader):
                continue  # a nested multipart: Discord sends none
            if part.name == "payload_json":
                payload = json.loads(await part.text())
            else:
                data = bytes(await part.read())
                files.append(Upload(part.filename or part.name or "file", data,
                                    part.headers.get("Content-Type")))
        return payload, files
    text = await request.text()
    if not text:
        return None, []
    try:
        return json.loads(text), []
    except json.JSONDecodeError:
        return text, []


def exempt_from_global_limit(path: str) -> bool:
    # Interaction callbacks and their webhooks are not counted against the bot's global limit.
    return path.startswith(("/interactions/", "/webhooks/"))


class RestFrontDoor:
    def __init__(
        self,
        *,
        token: str,
        router: Router,
        injector: FailureInjector,
        global_limiter: GlobalLimiter,
        address_limiter: GlobalLimiter | None = None,
        application_id: int | None = None,
        on_request: Callable[[RecordedRequest], None],
        on_answered: Callable[[RecordedRequest], None],
    ) -> None:
        self.token = token
        self.router = router
        self.injector = injector
        self.global_limiter = global_limiter
        self.address_limiter = address_limiter or GlobalLimiter(None)
        self.application_id = application_id
        self.on_request = on_request
        self.on_answered = on_answered
        self.rate_limited_count = 0
        # Bugs in the stand-in itself; answered as 400 so discord.py fails fast instead of
        # retrying a 500 for half a minute.
        self.server_errors: list[str] = []

    async def handle(self, request: web.Request) -> web.Response:
        path = request.path.removeprefix(API_PREFIX) or "/"
        body, files = await read_body(request)
        record = RecordedRequest(
            method=request.method,
            path=path,
            query=dict(request.query),
            json=body,
            headers=dict(request.headers),
            time=time.monotonic(),
            files=files,
        )
        self.on_request(record)
        answer = await self._answer(request, path, body, files, record)
        if answer.status == 429:
            self.rate_limited_count += 1
        record.status = answer.status
        record.response = answer.body
        self.on_answered(record)
        return self._to_response(answer)

    async def _answer(
        self,
        request: web.Request,
        path: str,
        body: Any,
        files: list[Upload],
        record: RecordedRequest,
    ) -> Answer:
        method = request.method
        found = self.router.match(method, path)
        if found is not None and found[0].bot_auth:
            if request.headers.get("Authorization") != f"Bot {self.token}":
                return error(401)
        injected = self.injector.take(method, path)
        if injected is not None:
            return injected
        if not exempt_from_global_limit(path):
            limited = self.global_limiter.check()
            if limited is not None:
                return limited
        elif self._is_webhook_execution(request, path):
            limited = self.address_limiter.check()
            if limited is not None:
                return limited
        if found is None:
            return error(404, "404: Not Found", 0)
        route, params = found
        call = Call(
            method=method,
            path=path,
            params=params,
            query=dict(request.query),
            body=body,
            files=files,
            record=record,
            bucket_key=f"{method} {route.template}",
        )
        try:
            answer = await route.handler(call)
        except Exception as exc:
            log.exception("fake discord failed on %s %s", method, path)
            self.server_errors.append(f"{method} {path}: {exc!r}")
            return error(400, f"fake discord could not handle this request: {exc!r}", 0)
        if "X-RateLimit-Bucket" not in answer.headers and answer.status != 429:
            answer.headers.update(roomy_headers(call.bucket_key))
        return answer

    def _is_webhook_execution(self, request: web.Request, path: str) -> bool:
        """A channel webhook's POST: token-authenticated, so not the bot's global budget
        but the address's (an interaction's webhook is the application's own id)."""
        parts = path.strip("/").split("/")
        return (request.method == "POST" and len(parts) == 3 and parts[0] == "webhooks"
                and parts[1] != str(self.application_id)
                and "Authorization" not in request.headers)

    @staticmethod
    def _to_response(answer: Answer) -> web.Response:
        headers = {"Via": "1.1 google", **answer.headers}
        if answer.body is None:
            return web.Response(status=answer.status, headers=headers)
        # discord.py only parses bodies whose content type is exactly "application/json".
        headers["Content-Type"] = "application/json"
        return web.Response(
            status=answer.status, body=json.dumps(answer.body).encode(), headers=headers
        )
