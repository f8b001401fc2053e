"""Feeds written on the fly for tests: RSS 2.0, Atom 1.0 and JSON Feed 1.1."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

from tests.helpers import clock

# An hour before the test clock's start: recent enough that items count as new for a
# subscription made now, old enough that `BASE_TIME + n minutes` is never in the future.
BASE_TIME = clock.now().replace(second=0, microsecond=0) - timedelta(hours=1)


@dataclass
class Entry:
    title: str
    link: str
    summary: str = "A short summary of the story."
    published: datetime = BASE_TIME
    updated: datetime | None = None
    guid: str | None = None
    categories: list[str] = field(default_factory=list)


def entries(count: int, *, prefix: str = "Story", start: int = 0,
            site: str = "https://news.example.org") -> list[Entry]:
    return [Entry(title=f"{prefix} {n}", link=f"{site}/{prefix.lower()}-{n}",
                  published=BASE_TIME + timedelta(minutes=n)) for n in range(start, start + count)]


def _rss_item(e: Entry) -> str:
    categories = "".join(f"<category>{escape(c)}</category>" for c in e.categories)
    return (f"<item><title>{escape(e.title)}</title><link>{escape(e.link)}</link>"
            f"<guid>{escape(e.guid or e.link)}</guid>"
            f"<description>{escape(e.summary)}</description>"
            f"<pubDate>{format_datetime(e.published)}</pubDate>{categories}</item>")


def rss(title: str, items: list[Entry]) -> str:
    """RSS 2.0, newest item first as most sites write it."""
    newest_first = sorted(items, key=lambda e: e.published, reverse=True)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{escape(title)}</title><link>https://news.example.org/</link>"
            f"<description>Test feed</description>{''.join(map(_rss_item, newest_first))}"
            f"</channel></rss>")


def _atom_entry(e: Entry) -> str:
    return (f'<entry><title>{escape(e.title)}</title><link href="{escape(e.link)}"/>'
            f"<id>{escape(e.guid or e.link)}</id><summary>{escape(e.summary)}</summary>"
            f"<published>{e.published.isoformat()}</published>"
            f"<updated>{(e.updated or e.published).isoformat()}</updated></entry>")


def atom(title: str, items: list[Entry]) -> str:
    """Atom 1.0, entries in the order given."""
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{escape(title)}</title><id>urn:test:{escape(title)}</id>"
            f"<updated>{BASE_TIME.isoformat()}</updated>{''.join(map(_atom_entry, items))}"
            f"</feed>")


def json_feed(title: str, items: list[Entry]) -> str:
    return json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": title,
        "items": [{"id": e.guid or e.link, "url": e.link, "title": e.title,
                   "content_text": e.summary, "date_published": e.published.isoformat()}
                  for e in items]})
