"""Hostile feeds: invalid bytes, a 100,000-item archive, a catastrophic filter regex."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time

import pytest

from bot.feeds.filters import FeedFilter, FilterError
from bot.feeds.models import FeedItem
from bot.feeds.parse import parse_feed
from bot.feeds.xml_fast import MAX_ENTRIES
from tests.faults.botprocess import REPO

HUGE_ITEMS = 100_000
MEMORY_BUDGET_MB = 100


def rss(items: str) -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Desk</title>{items}</channel></rss>").encode()


def test_invalid_utf8_bytes_spoil_only_themselves() -> None:
    body = rss("<item><title>café BAD crème</title><link>https://x.test/1</link></item>")
    parsed = parse_feed(body.replace(b"BAD", b"\xff\xfe"))
    title = parsed.items[0].title
    assert title.startswith("café ") and title.endswith(" crème")
    assert "Ã" not in title


def test_a_huge_feed_reads_its_newest_entries_within_the_memory_budget() -> None:
    # A child process, so its peak memory is the parse's alone.
    script = f"""
import resource, sys
from bot.feeds.parse import parse_feed
items = "".join(f"<item><title>Item {{n}}</title><link>https://x.test/{{n}}</link>"
                f"<pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item>"
                for n in range({HUGE_ITEMS}, 0, -1))
body = ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        + items + '</channel></rss>').encode()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
parsed = parse_feed(body)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(len(body), len(parsed.items), parsed.items[0].title, (after - before) // 1024)
"""
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True,
                         text=True, timeout=60, check=True).stdout.split()
    size, count, first, grown_mb = int(out[0]), int(out[1]), f"{out[2]} {out[3]}", int(out[4])
    print(f"\nhuge feed: {HUGE_ITEMS} items, {size / 1e6:.1f} MB, kept {count}, "
          f"memory +{grown_mb} MB")
    assert count == MAX_ENTRIES and first == f"Item {HUGE_ITEMS}"
    assert grown_mb < MEMORY_BUDGET_MB


def test_nested_repetition_is_refused_with_a_reason() -> None:
    for nested in ("(a+)+$", "((a+))+$", "(?:(a+))+$"):  # extra parentheses hide nothing
        with pytest.raises(FilterError, match="exponential"):
            FeedFilter(regex=nested).validate()
    for fine in ("election|vote", "((a)(b))+", r"\((a+)\)+"):
        FeedFilter(regex=fine).validate()


async def test_a_slow_regex_runs_off_the_loop_within_its_budget() -> None:
    # Stored before the refusal existed: it must still not stall the bot.
    slow = FeedFilter(regex="(a+)+$")
    items = [FeedItem(item_id=str(n), title="a" * 5000 + "!") for n in range(150)]
    ticks = 0

    async def heartbeat() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.05)
            ticks += 1

    beat = asyncio.create_task(heartbeat())
    started = time.monotonic()
    verdicts = await asyncio.to_thread(slow.verdicts, items, 1.0)
    elapsed = time.monotonic() - started
    beat.cancel()
    assert not any(v.passed for v in verdicts)
    assert elapsed < 3.0
    assert ticks >= elapsed / 0.05 * 0.5  # the loop kept running meanwhile
