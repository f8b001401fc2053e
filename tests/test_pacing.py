"""The delivery pacer on a simulated clock: never more than Discord allows."""

from __future__ import annotations

import asyncio

from bot.delivery.pacing import Pacer
from tests.helpers.clock import ManualClock


def busiest(times: list[float], window: float) -> int:
    times = sorted(times)
    return max(sum(1 for t in times if start <= t < start + window) for start in times)


async def send_all(pacer: Pacer, clock: ManualClock, channels: list[int]) -> list[float]:
    sent: list[float] = []

    async def one(channel: int) -> None:
        await pacer.acquire(channel)
        sent.append(clock.monotonic())

    await asyncio.gather(*(one(channel) for channel in channels))
    return sent


async def test_fan_out_stays_under_the_global_limit() -> None:
    clock = ManualClock()
    pacer = Pacer(monotonic=clock.monotonic, sleep=clock.sleep)
    sent = await send_all(pacer, clock, list(range(500)))
    assert busiest(sent, 1.0) <= 48
    rate = len(sent) / (max(sent) - min(sent))
    assert 45.0 <= rate <= 47.0


async def test_a_stalled_loop_does_not_release_a_burst() -> None:
    clock = ManualClock()
    pacer = Pacer(monotonic=clock.monotonic, sleep=clock.sleep)
    first = await send_all(pacer, clock, list(range(100)))
    clock.advance(3.0)  # the event loop was busy elsewhere for three seconds
    second = await send_all(pacer, clock, list(range(100, 300)))
    assert busiest(first + second, 1.0) <= 48


async def test_one_channel_gets_five_messages_per_window() -> None:
    clock = ManualClock()
    pacer = Pacer(monotonic=clock.monotonic, sleep=clock.sleep)
    sent = []
    for _ in range(20):
        await pacer.acquire(7)
        sent.append(clock.monotonic())
    assert busiest(sent, 5.0) <= 5
    assert sent[-1] - sent[0] >= 3 * 5.0


async def test_webhook_executions_have_their_own_budget() -> None:
    """Executions carry the webhook's token, not the bot's: Discord counts them per
    address, so they do not wait behind the bot's 50/s (and vice versa)."""
    clock = ManualClock()
    pacer = Pacer(monotonic=clock.monotonic, sleep=clock.sleep)
    sent: dict[str, list[float]] = {"bot": [], "webhook": []}

    async def one(channel: int, lane: str) -> None:
        await pacer.acquire(channel, lane)
        sent[lane].append(clock.monotonic())

    start = clock.monotonic()
    await asyncio.gather(*(one(n, "bot") for n in range(230)),
                         *(one(1000 + n, "webhook") for n in range(230)))
    for lane in ("bot", "webhook"):
        assert busiest(sent[lane], 1.0) <= 48
    # Both lanes ran side by side: 460 messages in about the time 230 take alone.
    assert max(sent["bot"] + sent["webhook"]) - start < 230 / 45.0
