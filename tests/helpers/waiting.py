"""Waiting for a condition the bot brings about, with a deadline instead of a fixed sleep."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")
POLL_INTERVAL = 0.02


async def eventually(check: Callable[[], Awaitable[T | None]], *, timeout: float = 10,
                     what: str = "condition") -> T:
    """Re-check until `check` returns something truthy; fail after `timeout` seconds."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        result = await check()
        if result:
            return result
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(POLL_INTERVAL)
