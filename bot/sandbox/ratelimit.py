"""Rate limits and injected failures, answered the way Discord answers them.

discord.py only trusts a 429 that carries a `Via` header and a JSON body with `retry_after`
(otherwise it assumes a Cloudflare ban and raises), so every answer here includes both.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections import deque
from dataclasses import dataclass
from typing import Any

# Buckets we do not model still advertise a roomy limit so discord.py never waits on them.
ROOMY_LIMIT = 50
ROOMY_RESET_AFTER = 1.0


@dataclass
class Answer:
    """A REST answer before it becomes an HTTP response."""

    status: int
    body: Any
    headers: dict[str, str]


def bucket_hash(key: str) -> str:
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def limit_headers(*, limit: int, remaining: int, reset_after: float, bucket: str) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(limit),
        "X-RateLimit-Remaining": str(max(remaining, 0)),
        "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
        "X-RateLimit-Reset-After": f"{reset_after:.3f}",
        "X-RateLimit-Bucket": bucket,
    }


def roomy_headers(bucket_key: str) -> dict[str, str]:
    return limit_headers(
        limit=ROOMY_LIMIT,
        remaining=ROOMY_LIMIT - 1,
        reset_after=ROOMY_RESET_AFTER,
        bucket=bucket_hash(bucket_key),
    )


def too_many_requests(
    retry_after: float, *, scope: str, bucket: str | None = None, limit: int = 1
) -> Answer:
    is_global = scope == "global"
    headers = {
        "Retry-After": str(max(1, round(retry_after))),
        "X-RateLimit-Scope": scope,
    }
    if is_global:
        headers["X-RateLimit-Global"] = "true"
    elif bucket is not None:
        headers.update(
            limit_headers(limit=limit, remaining=0, reset_after=retry_after, bucket=bucket)
        )
    body = {
        "message": "You are being rate limited.",
        "retry_after": retry_after,
        "global": is_global,
    }
    return Answer(429, body, headers)


ERROR_BODIES: dict[int, dict[str, Any]] = {
    400: {"message": "Invalid Form Body", "code": 50035},
    401: {"message": "401: Unauthorized", "code": 0},
    403: {"message": "Missing Permissions", "code": 50013},
    404: {"message": "Unknown Message", "code": 10008},
    500: {"message": "500: Internal Server Error", "code": 0},
    502: {"message": "502: Bad Gateway", "code": 0},
}


def error(status: int, message: str | None = None, code: int | None = None) -> Answer:
    body = dict(ERROR_BODIES.get(status, {"message": f"{status}", "code": 0}))
    if message is not None:
        body["message"] = message
    if code is not None:
        body["code"] = code
    return Answer(status, body, {})


@dataclass
class InjectedFailure:
    method: str
    path_pattern: re.Pattern[str]
    status: int
    remaining: int
    retry_after: float
    body: dict[str, Any] | None
    # A storm: every matching request fails until this monotonic time (count is ignored).
    until: float | None = None
    scope: str = "user"

    def matches(self, method: str, path: str) -> bool:
        return self.method in (method, "*") and self.path_pattern.search(path) is not None

    def answer(self) -> Answer:
        if self.status == 429:
            answer = too_many_requests(self.retry_after, scope=self.scope,
                                       bucket=bucket_hash(self.path_pattern.pattern))
        else:
            answer = error(self.status)
        if self.body is not None:
            answer.body = {**answer.body, **self.body}
        return answer


class FailureInjector:
    def __init__(self) -> None:
        self._failures: list[InjectedFailure] = []

    def add(
        self,
        method: str,
        path_regex: str,
        status: int,
        *,
        count: int,
        retry_after: float,
        body: dict[str, Any] | None,
    ) -> None:
        self._failures.append(
            InjectedFailure(
                method.upper(), re.compile(path_regex), status, count, retry_after, body
            )
        )

    def add_storm(self, method: str, path_regex: str, status: int, *, seconds: float,
                  retry_after: float, scope: str) -> None:
        self._failures.append(InjectedFailure(
            method.upper(), re.compile(path_regex), status, 0, retry_after, None,
            until=time.monotonic() + seconds, scope=scope))

    def take(self, method: str, path: str) -> Answer | None:
        now = time.monotonic()
        self._failures = [f for f in self._failures if f.until is None or f.until > now]
        for failure in self._failures:
            if failure.matches(method, path):
                if failure.until is None:
                    failure.remaining -= 1
                    if failure.remaining <= 0:
                        self._failures.remove(failure)
                return failure.answer()
        return None


class GlobalLimiter:
    """At most `per_second` requests in any one-second sliding window."""

    def __init__(self, per_second: int | None) -> None:
        self.per_second = per_second
        self._stamps: deque[float] = deque()

    def check(self) -> Answer | None:
        if self.per_second is None:
            return None
        now = time.monotonic()
        while self._stamps and now - self._stamps[0] >= 1.0:
            self._stamps.popleft()
        if len(self._stamps) >= self.per_second:
            return too_many_requests(1.0 - (now - self._stamps[0]), scope="global")
        self._stamps.append(now)
        return None


class ChannelMessageLimiter:
    """Fixed windows per channel, like Discord's per-channel message bucket."""

    def __init__(self, limit: tuple[int, float] | None) -> None:
        self.limit = limit
        self._windows: dict[int, tuple[float, int]] = {}

    def check(self, channel_id: int) -> tuple[Answer | None, dict[str, str]]:
        """Returns (429 answer or None, headers for a successful answer)."""
        bucket = bucket_hash("POST /channels/{channel_id}/messages")
        if self.limit is None:
            return None, roomy_headers("POST /channels/{channel_id}/messages")
        count_limit, period = self.limit
        now = time.monotonic()
        started, used = self._windows.get(channel_id, (now, 0))
        if now - started >= period:
            started, used = now, 0
        reset_after = period - (now - started)
        if used >= count_limit:
            return too_many_requests(
                reset_after, scope="user", bucket=bucket, limit=count_limit
            ), {}
        used += 1
        self._windows[channel_id] = (started, used)
        headers = limit_headers(
            limit=count_limit, remaining=count_limit - used, reset_after=reset_after, bucket=bucket
        )
        return None, headers
