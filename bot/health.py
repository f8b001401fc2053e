"""Heartbeats of the background workers, read by `/healthz`.

Every worker runs on `bot.background.WorkLoop`, which registers here when it starts, beats
at the start and end of every round and leaves when it stops, so health works whoever owns
the workers (a cog today, the runtime tomorrow). Monotonic time: a heartbeat measures how
long ago a worker ran, which moving the bot's clock in a test must not change.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

# A worker counts as stalled when it has not begun or finished a round for this many of
# its idle periods (and at least STALL_FLOOR seconds: a long round is not a stall).
STALL_PERIODS = 3.0
STALL_FLOOR = 300.0


@dataclass
class Heartbeat:
    name: str
    idle: float
    last_beat: float
    rounds: int = 0
    last_error: str | None = None

    @property
    def stall_after(self) -> float:
        return max(STALL_FLOOR, STALL_PERIODS * self.idle)

    def age(self, now: float) -> float:
        return max(0.0, now - self.last_beat)

    def healthy(self, now: float) -> bool:
        return self.age(now) <= self.stall_after


class HeartbeatRegistry:
    def __init__(self) -> None:
        self._workers: dict[int, Heartbeat] = {}

    def register(self, key: int, name: str, idle: float) -> None:
        self._workers[key] = Heartbeat(name, idle, time.monotonic())

    def beat(self, key: int, *, finished: bool = False, error: str | None = None) -> None:
        heartbeat = self._workers.get(key)
        if heartbeat is None:
            return
        heartbeat.last_beat = time.monotonic()
        if finished:
            heartbeat.rounds += 1
            heartbeat.last_error = error

    def unregister(self, key: int) -> None:
        self._workers.pop(key, None)

    def snapshot(self) -> list[Heartbeat]:
        return sorted(self._workers.values(), key=lambda h: h.name)


# One per process: the workers of this process.
HEARTBEATS = HeartbeatRegistry()


def workers_report(now: float | None = None) -> tuple[bool, list[dict[str, object]]]:
    """(all healthy, one entry per worker) for the health endpoint."""
    moment = time.monotonic() if now is None else now
    entries: list[dict[str, object]] = []
    for heartbeat in HEARTBEATS.snapshot():
        entries.append({"name": heartbeat.name, "ok": heartbeat.healthy(moment),
                        "seconds_since_run": round(heartbeat.age(moment), 1),
                        "rounds": heartbeat.rounds, "last_error": heartbeat.last_error})
    return all(bool(entry["ok"]) for entry in entries), entries
