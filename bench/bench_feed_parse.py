"""CPU half of the ingestion benchmark: parse throughput of parse_feed vs feedparser.

Generates feeds in memory (RSS 2.0 and Atom 1.0, 50 items each, realistic item
sizes), then parses every feed with ``bot.feeds.parse.parse_feed`` and with plain
``feedparser.parse`` in the same run, and prints items/s for each.

    .venv/bin/python bench/bench_feed_parse.py                 # 2,000 feeds x 50 items
    .venv/bin/python bench/bench_feed_parse.py --feeds 200     # quicker
"""

from __future__ import annotations

import argparse
import io
import platform
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import feedparser

from bot.feeds.parse import parse_feed

WORDS = (
    "council harbour tram budget vote route ferry market school river bridge storm "
    "election library museum clinic station festival report plan mayor residents "
    "union strike court ruling minister hospital weather road works"
).split()
BASE_TIME = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def _summary_html(rng: random.Random) -> str:
    paragraphs = [
        f"<p>{_sentence(rng, 18)} <b>{_sentence(rng, 2)}</b> "
        f'<a href="https://news.example/{rng.randrange(10**6)}">{_sentence(rng, 3)}</a>.</p>'
        for _ in range(3)
    ]
    return "".join(paragraphs)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rss_feed(number: int, items: int, rng: random.Random) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
        'xmlns:media="http://search.yahoo.com/mrss/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>Feed {number}</title><link>https://site{number}.example/</link>"
        "<description>Generated news</description>"
    ]
    for index in range(items):
        published = format_datetime(BASE_TIME - timedelta(minutes=index * 17 + number), usegmt=True)
        parts.append(
            f"<item><title>{_escape(_sentence(rng, 8))}</title>"
            f"<link>https://site{number}.example/story/{index}?utm_source=rss</link>"
            f'<guid isPermaLink="false">site{number}-{index}</guid>'
            f"<pubDate>{published}</pubDate><dc:creator>Desk {index % 7}</dc:creator>"
            f"<category>{rng.choice(WORDS)}</category><category>{rng.choice(WORDS)}</category>"
            f"<description>{_escape(_summary_html(rng))}</description>"
            f'<media:thumbnail url="https://cdn{number}.example/{index}.jpg"/></item>'
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def atom_feed(number: int, items: int, rng: random.Random) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f'<title>Feed {number}</title><link href="https://site{number}.example/"/>'
        f"<id>urn:feed:{number}</id><updated>{BASE_TIME.isoformat()}</updated>"
        f"<author><name>Desk {number}</name></author>"
    ]
    for index in range(items):
        moment = (BASE_TIME - timedelta(minutes=index * 17 + number)).isoformat()
        parts.append(
            f"<entry><title>{_escape(_sentence(rng, 8))}</title>"
            f'<link rel="alternate" href="https://site{number}.example/e/{index}"/>'
            f"<id>urn:entry:{number}:{index}</id><published>{moment}</published>"
            f"<updated>{moment}</updated>"
            f'<category term="{rng.choice(WORDS)}"/>'
            f'<summary type="html">{_escape(_summary_html(rng))}</summary></entry>'
        )
    parts.append("</feed>")
    return "".join(parts).encode()


def generate(feeds: int, items: int, *, illformed: bool = False) -> list[bytes]:
    rng = random.Random(1234)
    bodies = []
    for number in range(feeds):
        body = (rss_feed if number % 2 == 0 else atom_feed)(number, items, rng)
        if illformed:  # an HTML entity that XML does not define forces the lenient path
            body = body.replace(b"<title>Feed", b"<title>Caf&eacute; Feed", 1)
        bodies.append(body)
    return bodies


def measure(name: str, parse: Callable[[bytes], int], bodies: list[bytes]) -> dict[str, float]:
    wall_start, cpu_start = time.perf_counter(), time.process_time()
    items = sum(parse(body) for body in bodies)
    wall, cpu = time.perf_counter() - wall_start, time.process_time() - cpu_start
    result = {"items": items, "wall": wall, "cpu": cpu, "items_per_s": items / wall}
    print(f"  {name:<22} {items:>7} items  {wall:7.2f} s wall  {cpu:7.2f} s CPU  "
          f"{result['items_per_s']:>9,.0f} items/s  {len(bodies) / wall:>7,.1f} feeds/s")
    return result


def ours(body: bytes) -> int:
    parsed = parse_feed(body, content_type="application/xml", url="https://bench.example/feed")
    assert parsed.ok, parsed.error
    return len(parsed.items)


def plain_feedparser(body: bytes) -> int:
    return len(feedparser.parse(io.BytesIO(body))["entries"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--illformed-feeds", type=int, default=100,
                        help="feeds in the ill-formed scenario (lenient path)")
    args = parser.parse_args()

    print(f"python {platform.python_version()}, feedparser {feedparser.__version__}, "
          f"{platform.machine()}")
    bodies = generate(args.feeds, args.items)
    size = sum(map(len, bodies)) / 1e6
    print(f"well-formed: {args.feeds} feeds x {args.items} items ({size:.1f} MB), RSS/Atom 50/50")
    fast = measure("parse_feed", ours, bodies)
    slow = measure("feedparser.parse", plain_feedparser, bodies)
    print(f"  speed-up: {slow['wall'] / fast['wall']:.1f}x wall, "
          f"{slow['cpu'] / fast['cpu']:.1f}x CPU")

    if args.illformed_feeds:
        broken = generate(args.illformed_feeds, args.items, illformed=True)
        print(f"ill-formed (undefined entity, lenient path): {args.illformed_feeds} feeds")
        lenient = measure("parse_feed", ours, broken)
        baseline = measure("feedparser.parse", plain_feedparser, broken)
        print(f"  ratio: {baseline['wall'] / lenient['wall']:.2f}x wall, "
              f"{baseline['cpu'] / lenient['cpu']:.2f}x CPU")


if __name__ == "__main__":
    main()
