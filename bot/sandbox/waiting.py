"""Wait for something that may already have happened, or may happen soon."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class Watch(Generic[T]):
    def __init__(self, what: str) -> None:
        self.what = what
        self._waiters: list[tuple[Callable[[T], bool], asyncio.Future[T]]] = []

    def notify(self, item: T) -> None:
        for predicate, future in list(self._waiters):
            if future.done():
                self._waiters.remove((predicate, future))
                continue
            try:
                matched = predicate(item)
            except Exception as exc:  # a broken predicate should fail the test, not the server
                future.set_exception(exc)
                continue
            if matched:
                future.set_result(item)

    async def wait(
        self, predicate: Callable[[T], bool], existing: Iterable[T], timeout: float
    ) -> T:
        """The first existing item matching, else the next notified one."""
        for item in existing:
            if predicate(item):
                return item
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        entry = (predicate, future)
        self._waiters.append(entry)
        try:
            return await asyncio.wait_for(future, timeout)
        except TimeoutError:
            raise TimeoutError(f"no matching {self.what} within {timeout} s") from None
        finally:
            if entry in self._waiters:
                self._waiters.remove(entry)
