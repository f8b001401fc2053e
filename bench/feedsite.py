"""A local feed web for the ingestion benchmark, run as its own process.

    python bench/feedsite.py --feeds 2000 --items 50 --ports 20 --new-items 5

Serves ``/feed/<n>.xml`` (RSS 2.0, `--items` items each) on `--ports` loopback ports, the
feeds spread evenly over them, because real feeds live on many hosts and the bot bounds
its connections per host. Every feed answers ``If-None-Match`` with 304 when its ETag
still matches. Prints one JSON line ``{"ports": [...]}`` on stdout once it listens.

Control (on any port): ``POST /_control/generation/<g>`` switches every feed to
generation g: its `--new-items` newest items per step are new, the oldest drop off, and
the ETag changes. ``GET /_control/stats`` returns request counts by status; ``POST
/_control/reset-stats`` zeroes them. ``--latency-ms`` delays every feed answer (200 and
304 alike), standing in for remote servers; the default is none. It runs in a separate
process so its CPU time is not charged to the bot side.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import signal
import sys
import threading
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

from aiohttp import web

# Items are dated relative to the start, so none looks older than a subscription's baseline.
BASE_TIME = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=12)
WORDS = ("council vote budget river bridge minister storm harbour school strike election "
         "court ruling energy prices museum festival hospital rail line talks report police "
         "housing market drought farmers coast survey science climate trade port union "
         "mayor plan tunnel airport data study water summit treaty league final").split()
SECTIONS = ("Politics", "Local", "Economy", "Science", "Sport", "Culture", "World")


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def item_xml(feed: int, number: int) -> str:
    """One news item; deterministic in (feed, number) so a generation is reproducible."""
    rng = random.Random(feed * 1_000_003 + number)
    title = _sentence(rng, rng.randint(6, 12))[:-1]
    link = f"https://site{feed % 97}.example.net/news/{feed}/{number}-{rng.randint(1000, 9999)}"
    summary = (f"<p>{escape(_sentence(rng, 18))} <b>{escape(_sentence(rng, 6))}</b></p>"
               f"<p>{escape(_sentence(rng, 24))} <a href=\"{link}\">Read more</a></p>")
    published = BASE_TIME + timedelta(minutes=7 * number)
    categories = "".join(f"<category>{section}</category>"
                         for section in rng.sample(SECTIONS, 2))
    return (f"<item><title>{escape(title)}</title><link>{link}</link>"
            f'<guid isPermaLink="false">feed-{feed}-item-{number}</guid>'
            f"<description>{escape(summary)}</description>"
            f"<pubDate>{format_datetime(published)}</pubDate>"
            f"<dc:creator>Reporter {rng.randint(1, 40)}</dc:creator>{categories}"
            f'<media:content url="https://img.example.net/{feed}/{number}.jpg" '
            f'medium="image" width="1200" height="675"/></item>')


def feed_body(feed: int, generation: int, items: int, new_per_generation: int) -> bytes:
    newest = items - 1 + generation * new_per_generation
    body = "".join(item_xml(feed, number) for number in range(newest, newest - items, -1))
    return ('<?xml version="1.0" encoding="utf-8"?>'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:media="http://search.yahoo.com/mrss/"><channel>'
            f"<title>Bench News {feed}</title><link>https://site{feed % 97}.example.net/</link>"
            f"<description>Generated news feed number {feed}</description>"
            f"<language>en</language>{body}</channel></rss>").encode()


class FeedSite:
    def __init__(self, feeds: int, items: int, new_per_generation: int,
                 latency: float = 0.0) -> None:
        self.feeds = feeds
        self.latency = latency
        self.items = items
        self.new_per_generation = new_per_generation
        self.generation = -1
        self.bodies: list[bytes] = []
        self.etags: list[str] = []
        self.stats: Counter[str] = Counter()

    def switch(self, generation: int) -> None:
        # Built up front so serving costs the same for the bot and the baseline.
        self.bodies = [feed_body(n, generation, self.items, self.new_per_generation)
                       for n in range(self.feeds)]
        self.etags = [f'"f{n}-g{generation}"' for n in range(self.feeds)]
        self.generation = generation

    async def feed(self, request: web.Request) -> web.Response:
        if self.latency:
            await asyncio.sleep(self.latency)
        try:
            number = int(request.match_info["number"])
            body, etag = self.bodies[number], self.etags[number]
        except (ValueError, IndexError):
            self.stats["404"] += 1
            return web.Response(status=404, text="no such feed")
        if request.headers.get("If-None-Match") == etag:
            self.stats["304"] += 1
            return web.Response(status=304, headers={"ETag": etag})
        self.stats["200"] += 1
        self.stats["bytes"] += len(body)
        return web.Response(body=body, headers={
            "Content-Type": "application/rss+xml; charset=utf-8", "ETag": etag})

    async def set_generation(self, request: web.Request) -> web.Response:
        self.switch(int(request.match_info["generation"]))
        return web.json_response({"generation": self.generation})

    async def get_stats(self, _request: web.Request) -> web.Response:
        return web.json_response(dict(self.stats))

    async def reset_stats(self, _request: web.Request) -> web.Response:
        self.stats.clear()
        return web.json_response({})


async def serve(args: argparse.Namespace) -> None:
    site = FeedSite(args.feeds, args.items, args.new_items, args.latency_ms / 1000)
    site.switch(0)
    app = web.Application()
    app.router.add_get("/feed/{number}.xml", site.feed)
    app.router.add_post("/_control/generation/{generation}", site.set_generation)
    app.router.add_get("/_control/stats", site.get_stats)
    app.router.add_post("/_control/reset-stats", site.reset_stats)
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    ports = []
    for _ in range(args.ports):
        tcp = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await tcp.start()
        ports.append(tcp._server.sockets[0].getsockname()[1])  # type: ignore[union-attr]
    print(json.dumps({"ports": ports}), flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    # The parent closing our stdin (or dying) also ends us.
    def wait_for_parent() -> None:
        sys.stdin.read()
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=wait_for_parent, daemon=True).start()
    await stop.wait()
    await runner.cleanup()


def add_site_options(parser: argparse.ArgumentParser) -> None:
    """The shape of the simulated feed web, the same for every benchmark that polls it."""
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--items", type=int, default=50, help="items per feed")
    parser.add_argument("--new-items", type=int, default=5,
                        help="new items per feed in the fresh cycle")
    parser.add_argument("--ports", type=int, default=20,
                        help="loopback ports (hosts) the feeds are spread over")


def add_latency_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--latency-ms", type=float, default=0.0,
                        help="wait this long before answering a feed request, standing in "
                             "for a remote server's round trip and think time (0 = plain "
                             "loopback, the benchmark as specified)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_site_options(parser)
    add_latency_option(parser)
    asyncio.run(serve(parser.parse_args()))


if __name__ == "__main__":
    main()
