"""`--offline`: a small news web on 127.0.0.1 with the console's own fictional outlets.

Three outlets publish feeds (RSS, Atom, JSON Feed), home pages that link their feed, and
article pages. Items come in batches: batch 0 is there from the start; each release (the
`/tick` command, or a timer) publishes the next one, so a followed story grows as the
outlets report it.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from importlib import resources
from typing import Any

from aiohttp import web

PREFERRED_PORT = 47291  # stable, so feeds added in one session still work in the next
FEED_PATHS = {"rss": "feed.xml", "atom": "atom.xml", "json": "feed.json"}


@dataclass(frozen=True)
class Outlet:
    slug: str
    name: str
    format: str
    tagline: str


@dataclass(frozen=True)
class Article:
    outlet: str
    batch: int
    slug: str
    title: str
    summary: str
    body: list[str]
    minutes_ago: int = 0


def load_samples() -> tuple[list[Outlet], list[Article]]:
    raw: dict[str, Any] = json.loads(
        resources.files("bot.console.samples").joinpath("news.json").read_text("utf-8"))
    outlets = [Outlet(**o) for o in raw["outlets"]]
    return outlets, [Article(**{k: v for k, v in a.items()}) for a in raw["items"]]


class SampleNews:
    def __init__(self, write: Callable[[str], None], *, port: int = PREFERRED_PORT,
                 release_every: float = 0.0,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        # Publication times follow the bot's clock, so a test that moves it still sees
        # the sample news as fresh.
        self.clock = clock
        self.outlets, self.articles = load_samples()
        self.write = write
        self.port = port
        self.release_every = release_every
        self.batches = max(a.batch for a in self.articles)
        self.released = 0
        self._published: dict[int, datetime] = {0: self.clock()}
        self._runner: web.AppRunner | None = None
        self._timer: asyncio.Task[None] | None = None

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/", self._index)
        app.router.add_get("/search", self._search)
        app.router.add_get("/{outlet}/", self._home)
        app.router.add_get("/{outlet}/{page}", self._page)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        try:
            await self._listen(self.port)
        except OSError:
            await self._listen(0)  # the usual port is taken (another console?)
        if self.release_every > 0:
            self._timer = asyncio.create_task(self._release_on_timer(), name="sample-news")

    async def _listen(self, port: int) -> None:
        assert self._runner is not None
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        self.port = self._runner.addresses[-1][1]

    async def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._timer
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _release_on_timer(self) -> None:
        while self.released < self.batches:
            await asyncio.sleep(self.release_every)
            self.release_next()

    # -- what exists -----------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def feed_url(self, outlet: Outlet) -> str:
        return f"{self.base_url}/{outlet.slug}/{FEED_PATHS[outlet.format]}"

    def describe(self) -> list[str]:
        lines = [f"Sample news (offline) at {self.base_url}/ — {self.batches} more batches "
                 "to come (/tick releases the next one):"]
        for outlet in self.outlets:
            lines.append(f"  {outlet.name:<20} {self.feed_url(outlet)}")
        first = self.outlets[0]
        lines.append("  try: /follow add Saltmarsh Bridge, then /tick twice: one story post grows "
                     "as the outlets report it")
        lines.append(f"  or:  /feed add {self.feed_url(first)} channel:#news  then /tick")
        return lines

    def release_next(self) -> int:
        """Publish the next batch; the number of new items (0 when all are out)."""
        if self.released >= self.batches:
            self.write("Sample news: every batch is already out.")
            return 0
        self.released += 1
        self._published[self.released] = self.clock()
        fresh = [a for a in self.articles if a.batch == self.released]
        outlets = {o.slug: o.name for o in self.outlets}
        self.write(f"Sample news: batch {self.released}/{self.batches} is out — "
                   + "; ".join(f"{outlets[a.outlet]}: {a.title}" for a in fresh)
                   + " (feeds show it on their next poll)")
        return len(fresh)

    def _visible(self, outlet: str) -> list[Article]:
        items = [a for a in self.articles if a.outlet == outlet and a.batch <= self.released]
        return sorted(items, key=self.published, reverse=True)

    def published(self, article: Article) -> datetime:
        released = self._published[article.batch]
        if article.batch == 0:
            return released - timedelta(minutes=article.minutes_ago)
        order = [a for a in self.articles if a.batch == article.batch].index(article)
        return released - timedelta(seconds=30 * order)

    def article_url(self, article: Article) -> str:
        return f"{self.base_url}/{article.outlet}/{article.slug}.html"

    @property
    def search_url(self) -> str:
        """A news search answering like Google News RSS, over the released sample items."""
        return f"{self.base_url}/search"

    def search(self, query: str) -> list[Article]:
        words = [w.lower().strip('"()') for w in query.split()
                 if not w.startswith("when:") and w.upper() != "OR"]
        words = [w for w in words if len(w) > 2]
        released = [a for a in self.articles if a.batch <= self.released]
        found = [a for a in released
                 if words and all(w in f"{a.title} {a.summary}".lower() for w in words)]
        return sorted(found, key=self.published, reverse=True)

    # -- pages -----------------------------------------------------------------------------

    def _outlet(self, request: web.Request) -> Outlet:
        slug = request.match_info["outlet"]
        found = next((o for o in self.outlets if o.slug == slug), None)
        if found is None:
            raise web.HTTPNotFound(text="no such outlet")
        return found

    async def _index(self, _request: web.Request) -> web.Response:
        links = "".join(f'<li><a href="/{o.slug}/">{escape(o.name)}</a> — feed: '
                        f'<a href="{self.feed_url(o)}">{self.feed_url(o)}</a></li>'
                        for o in self.outlets)
        return _html("Storyline sample news", f"<h1>Sample news</h1><ul>{links}</ul>")

    async def _home(self, request: web.Request) -> web.Response:
        outlet = self._outlet(request)
        kind = {"rss": "application/rss+xml", "atom": "application/atom+xml",
                "json": "application/feed+json"}[outlet.format]
        head = (f'<link rel="alternate" type="{kind}" title="{escape(outlet.name)}" '
                f'href="{self.feed_url(outlet)}">')
        items = "".join(f'<li><a href="{self.article_url(a)}">{escape(a.title)}</a></li>'
                        for a in self._visible(outlet.slug))
        return _html(outlet.name, f"<h1>{escape(outlet.name)}</h1><p>{escape(outlet.tagline)}"
                     f"</p><ul>{items}</ul>", head=head)

    async def _page(self, request: web.Request) -> web.Response:
        outlet = self._outlet(request)
        page = request.match_info["page"]
        if page == FEED_PATHS[outlet.format]:
            body, content_type = self._feed(outlet)
            return _cached(request, body, content_type)
        article = next((a for a in self._visible(outlet.slug) if f"{a.slug}.html" == page), None)
        if article is None:
            raise web.HTTPNotFound(text="no such article (yet)")
        return _html(article.title, self._article_html(outlet, article),
                     head=self._article_meta(outlet, article))

    async def _search(self, request: web.Request) -> web.Response:
        names = {o.slug: o.name for o in self.outlets}
        entries = "".join(
            f"<item><title>{escape(a.title)} - {escape(names[a.outlet])}</title>"
            f"<link>{self.article_url(a)}</link>"
            f"<pubDate>{format_datetime(self.published(a))}</pubDate>"
            f"<description>{escape(a.summary)}</description>"
            f'<source url="{self.base_url}/{a.outlet}/">{escape(names[a.outlet])}</source>'
            f"</item>" for a in self.search(request.query.get("q", "")))
        body = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                f"<title>Sample news search</title><link>{self.search_url}</link>"
                f"<description>Search</description>{entries}</channel></rss>")
        return web.Response(body=body.encode(),
                            headers={"Content-Type": "application/rss+xml; charset=utf-8"})

    def _article_meta(self, outlet: Outlet, article: Article) -> str:
        when = self.published(article).isoformat()
        return (f'<meta property="og:title" content="{escape(article.title)}">'
                f'<meta property="og:description" content="{escape(article.summary)}">'
                f'<meta property="og:site_name" content="{escape(outlet.name)}">'
                f'<meta property="article:published_time" content="{when}">'
                f'<link rel="canonical" href="{self.article_url(article)}">')

    def _article_html(self, outlet: Outlet, article: Article) -> str:
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in article.body)
        when = self.published(article)
        return (f'<header><a href="/{outlet.slug}/">{escape(outlet.name)}</a></header>'
                f"<article><h1>{escape(article.title)}</h1>"
                f'<p class="byline">By the {escape(outlet.name)} newsroom, '
                f'<time datetime="{when.isoformat()}">{when:%d %B %Y %H:%M} UTC</time></p>'
                f"{paragraphs}</article><footer>Fictional sample news for Storyline.</footer>")

    def _feed(self, outlet: Outlet) -> tuple[str, str]:
        items = self._visible(outlet.slug)
        if outlet.format == "json":
            return json.dumps({
                "version": "https://jsonfeed.org/version/1.1", "title": outlet.name,
                "home_page_url": f"{self.base_url}/{outlet.slug}/",
                "feed_url": self.feed_url(outlet),
                "items": [{"id": self.article_url(a), "url": self.article_url(a),
                           "title": a.title, "summary": a.summary, "content_text": a.summary,
                           "date_published": self.published(a).isoformat()} for a in items],
            }), "application/feed+json"
        if outlet.format == "atom":
            entries = "".join(
                f'<entry><title>{escape(a.title)}</title><link href="{self.article_url(a)}"/>'
                f"<id>{self.article_url(a)}</id><summary>{escape(a.summary)}</summary>"
                f"<published>{self.published(a).isoformat()}</published>"
                f"<updated>{self.published(a).isoformat()}</updated></entry>" for a in items)
            updated = max((self.published(a) for a in items), default=self._published[0])
            return (f'<?xml version="1.0" encoding="utf-8"?>'
                    f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(outlet.name)}'
                    f"</title><id>{self.feed_url(outlet)}</id>"
                    f'<link href="{self.base_url}/{outlet.slug}/"/>'
                    f"<updated>{updated.isoformat()}</updated>{entries}</feed>",
                    "application/atom+xml; charset=utf-8")
        entries = "".join(
            f"<item><title>{escape(a.title)}</title><link>{self.article_url(a)}</link>"
            f"<guid>{self.article_url(a)}</guid><description>{escape(a.summary)}</description>"
            f"<pubDate>{format_datetime(self.published(a))}</pubDate></item>" for a in items)
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                f"<title>{escape(outlet.name)}</title><link>{self.base_url}/{outlet.slug}/</link>"
                f"<description>{escape(outlet.tagline)}</description>{entries}</channel></rss>",
                "application/rss+xml; charset=utf-8")


def _html(title: str, body: str, *, head: str = "") -> web.Response:
    page = (f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title>{head}</head><body>{body}</body></html>")
    return web.Response(text=page, content_type="text/html", charset="utf-8")


def _cached(request: web.Request, body: str, content_type: str) -> web.Response:
    tag = '"' + hashlib.sha1(body.encode()).hexdigest()[:16] + '"'
    if request.headers.get("If-None-Match") == tag:
        return web.Response(status=304, headers={"ETag": tag})
    return web.Response(body=body.encode(), headers={"Content-Type": content_type, "ETag": tag})
