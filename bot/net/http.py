"""The one shared HTTP client: timeouts, size caps, bounded retries, address checks per hop."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import random
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver
from multidict import CIMultiDict, CIMultiDictProxy

from bot.metrics import RETRIES
from bot.net.addresses import AddressPolicy, BlockedAddressError
from bot.net.failure import RemoteFailure

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 15.0
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
DEFAULT_RETRIES = 2
RETRY_STATUSES = frozenset({500, 502, 503, 504})


class FetchError(RemoteFailure):
    """A fetch failed; `reason` is short enough to show a user."""

    def __init__(self, reason: str, *, url: str, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(reason, status=status, retry_after=retry_after)
        self.reason = reason
        self.url = url


class FetchTimeout(FetchError):
    pass


class BodyTooLarge(FetchError):
    pass


class BlockedURL(FetchError):
    pass


class _TransientError(FetchError):
    """Network trouble worth a retry."""


def is_transient(error: FetchError) -> bool:
    """Whether the server could not be reached or answered only "not now" (timeout, network
    trouble, 5xx), as opposed to a definite answer: asking again later may go otherwise."""
    return isinstance(error, FetchTimeout | _TransientError) or error.status in RETRY_STATUSES


class _BlockedAtConnect(OSError):
    """Raised by the resolver; aiohttp hands it back as the connector error's os_error."""


@dataclass(frozen=True)
class FetchResult:
    url: str  # after redirects
    status: int
    headers: Mapping[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class _PolicyResolver(AbstractResolver):
    """Re-checks at connect time, so a host that re-resolves to a private address between
    the pre-check and the connection (DNS rebinding) is still refused."""

    def __init__(self, policy: AddressPolicy) -> None:
        self._policy = policy
        self._inner = DefaultResolver()

    async def resolve(self, host: str, port: int = 0,
                      family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        allowed = [r for r in results if self._policy.permits(ipaddress.ip_address(r["host"]))]
        if not allowed:
            raise _BlockedAtConnect(f"{host} resolves only to blocked addresses")
        return allowed

    async def close(self) -> None:
        await self._inner.close()


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    raw = headers.get("Retry-After")
    if raw is None:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        try:
            return max(0.0, (parsedate_to_datetime(raw) - datetime.now(UTC)).total_seconds())
        except (TypeError, ValueError):
            return None


class HttpClient:
    """Owns the process's aiohttp session. Create in setup_hook, close on shutdown."""

    def __init__(self, *, user_agent: str, policy: AddressPolicy,
                 limit: int = 64, limit_per_host: int = 4) -> None:
        self.policy = policy
        connector = aiohttp.TCPConnector(limit=limit, limit_per_host=limit_per_host,
                                         resolver=_PolicyResolver(policy), ttl_dns_cache=300)
        self.session = aiohttp.ClientSession(connector=connector,
                                             headers={"User-Agent": user_agent},
                                             auto_decompress=True)

    async def close(self) -> None:
        await self.session.close()

    async def fetch(
        self, url: str, *, headers: Mapping[str, str] | None = None,
        timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES,
        retries: int = DEFAULT_RETRIES, check_address: bool = True,
    ) -> FetchResult:
        """GET with redirects followed by hand (each hop checked), retrying network errors
        and 5xx a bounded number of times. 4xx comes back as a result, not an exception."""
        attempt = 0
        while True:
            try:
                # asyncio.timeout, not wait_for: on 3.11 wait_for can drop a cancel.
                async with asyncio.timeout(timeout):
                    return await self._fetch_once(url, headers or {}, max_bytes,
                                                  check_address)
            except TimeoutError:
                error: FetchError = FetchTimeout(f"no answer within {timeout:g} s", url=url)
            except FetchError as exc:
                if not is_transient(exc):
                    raise
                error = exc
            if attempt >= retries:
                raise error
            attempt += 1
            RETRIES.labels(what="fetch").inc()
            await asyncio.sleep(min(8.0, 0.5 * 2 ** attempt) * (0.5 + random.random()))

    async def _fetch_once(self, url: str, headers: Mapping[str, str], max_bytes: int,
                          check_address: bool) -> FetchResult:
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            if check_address:
                try:
                    await self.policy.check_url(current)
                except BlockedAddressError as exc:
                    raise BlockedURL(str(exc), url=current) from None
            try:
                async with self.session.get(current, headers=headers, allow_redirects=False,
                                            timeout=aiohttp.ClientTimeout(total=None)) as resp:
                    if resp.status in (301, 302, 303, 307, 308) and "Location" in resp.headers:
                        current = urljoin(current, resp.headers["Location"])
                        continue
                    if resp.status in RETRY_STATUSES:
                        raise FetchError(f"the server answered {resp.status}", url=current,
                                         status=resp.status,
                                         retry_after=retry_after_seconds(resp.headers))
                    body = await _read_capped(resp, max_bytes, current)
                    return FetchResult(url=current, status=resp.status,
                                       headers=_plain_headers(resp.headers), body=body)
            except aiohttp.ClientConnectorError as exc:
                if isinstance(exc.os_error, _BlockedAtConnect):
                    raise BlockedURL("the address is private or local", url=current) from None
                raise _TransientError(f"cannot connect: {exc.os_error}", url=current) from None
            except (aiohttp.ClientPayloadError, aiohttp.ServerDisconnectedError,
                    aiohttp.ClientOSError) as exc:
                raise _TransientError(f"connection failed: {exc}", url=current) from None
            except aiohttp.InvalidURL:
                raise FetchError("that is not a valid link", url=current) from None
        raise FetchError(f"more than {MAX_REDIRECTS} redirects", url=url)


def _plain_headers(headers: CIMultiDictProxy[str]) -> Mapping[str, str]:
    return CIMultiDict(headers)


async def _read_capped(resp: aiohttp.ClientResponse, max_bytes: int, url: str) -> bytes:
    declared = resp.content_length
    if declared is not None and declared > max_bytes:
        raise BodyTooLarge(f"the page is larger than {max_bytes // (1024 * 1024)} MB", url=url)
    chunks: list[bytes] = []
    size = 0
    async for chunk in resp.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > max_bytes:
            raise BodyTooLarge(f"the page is larger than {max_bytes // (1024 * 1024)} MB",
                               url=url)
        chunks.append(chunk)
    return b"".join(chunks)


def build_http_client(settings: Any) -> HttpClient:
    policy = AddressPolicy(allow_all=settings.allow_private_urls,
                           allowed_networks=settings.allowed_private_networks)
    return HttpClient(user_agent=settings.http_user_agent, policy=policy)
