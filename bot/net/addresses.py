"""Which network addresses user-supplied URLs may reach (SSRF protection)."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class BlockedAddressError(Exception):
    """The URL resolves to an address the bot must not contact."""


def _is_public(address: IPAddress) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return _is_public(address.ipv4_mapped)
    return not (
        address.is_private or address.is_loopback or address.is_link_local
        or address.is_multicast or address.is_reserved or address.is_unspecified
        or not address.is_global
    )


@dataclass(frozen=True)
class AddressPolicy:
    """`allow_all` switches the check off; `allowed_networks` opens only those ranges."""

    allow_all: bool = False
    allowed_networks: Sequence[IPNetwork] = field(default_factory=tuple)

    def permits(self, address: IPAddress) -> bool:
        if self.allow_all or _is_public(address):
            return True
        return any(address in network for network in self.allowed_networks)

    async def check_url(self, url: str) -> None:
        """Raise BlockedAddressError unless every address the host resolves to is permitted."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise BlockedAddressError(f"only http and https links are supported, not "
                                      f"{parts.scheme or 'a bare address'}")
        host = parts.hostname
        if not host:
            raise BlockedAddressError("the link has no host name")
        if self.allow_all:
            return
        for address in await resolve(host, parts.port or (443 if parts.scheme == "https" else 80)):
            if not self.permits(address):
                raise BlockedAddressError(f"{host} points to a private or local address")


async def resolve(host: str, port: int) -> list[IPAddress]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise BlockedAddressError(f"cannot resolve {host}: {exc.strerror}") from None
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
