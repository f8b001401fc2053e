"""The clock every test controls: real time, moved by `--time-shift`.

Test data takes its times from `now()` and the bot under test is given `now` as its clock,
so the suite passes on any date. CI runs the suite a second time with the clock moved more
than a year ahead onto a 29 February, so a fixture that ages out fails the day it is written.
"""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, date, datetime, timedelta

_shift = timedelta(0)

# The CI shortcut: half an hour into the first 29 February at least 400 days ahead, so data
# placed "a few hours ago" straddles 28 February and "tomorrow" is 1 March.
LEAP_DAY = "leap-day"
LEAP_DAY_MIN_AHEAD = timedelta(days=400)
_UNITS = {"d": "days", "h": "hours", "m": "minutes"}


def now() -> datetime:
    return datetime.now(UTC) + _shift


def shift() -> timedelta:
    return _shift


def set_shift(value: timedelta) -> None:
    global _shift
    _shift = value


def parse_shift(text: str, *, real_now: datetime | None = None) -> timedelta:
    """`400d`, `-3h`, `leap-day`, or an ISO instant the clock starts at."""
    real_now = real_now or datetime.now(UTC)
    text = text.strip()
    if text == LEAP_DAY:
        return next_leap_day(real_now + LEAP_DAY_MIN_AHEAD) + timedelta(minutes=30) - real_now
    if match := re.fullmatch(r"([+-]?\d+(?:\.\d+)?)([dhm])", text):
        amount, unit = float(match[1]), match[2]
        return timedelta(**{_UNITS[unit]: amount})
    start = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if start.tzinfo is None:
        start = start.replace(tzinfo=UTC)
    return start - real_now


def next_leap_day(after: datetime) -> datetime:
    year = after.year
    while True:
        try:
            candidate = datetime.combine(date(year, 2, 29), datetime.min.time(), UTC)
        except ValueError:
            year += 1
            continue
        if candidate >= after:
            return candidate
        year += 1


# Where ManualClock.monotonic() starts: any positive number does; a round one reads well.
MONOTONIC_START = 1000.0


class ManualClock:
    """The one clock tests move by hand: a timeline read as an aware UTC datetime (call
    it, or `.now`) or as monotonic seconds (`.monotonic()`); `advance` and `sleep` move it,
    nothing else does. It starts at `start`, by default the suite's `now()`."""

    def __init__(self, start: datetime | None = None) -> None:
        self.start = start if start is not None else now()
        self.elapsed = 0.0

    @property
    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.elapsed)

    @now.setter
    def now(self, moment: datetime) -> None:
        self.elapsed = (moment - self.start).total_seconds()

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        return MONOTONIC_START + self.elapsed

    def advance(self, seconds: float = 0.0, **delta: float) -> None:
        self.elapsed += seconds + timedelta(**delta).total_seconds()

    async def sleep(self, seconds: float) -> None:
        self.advance(max(0.0, seconds))
        await asyncio.sleep(0)
