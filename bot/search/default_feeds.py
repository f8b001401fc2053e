"""The world-news feeds a server follows when it has configured none of its own."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

DATA_PACKAGE = "bot.search.data"
DATA_FILE = "world_feeds.json"
REGIONS = frozenset({"global", "europe", "north-america", "latin-america", "middle-east",
                     "africa", "asia", "oceania"})


@dataclass(frozen=True, slots=True)
class DefaultFeed:
    name: str
    url: str
    language: str  # ISO 639-1, e.g. "en"
    region: str  # one of REGIONS


def default_world_feeds(languages: Iterable[str] | None = None) -> list[DefaultFeed]:
    """The shipped feeds in file order, optionally only those in ``languages``."""
    feeds = _load()
    if languages is None:
        return list(feeds)
    wanted = {language.lower() for language in languages}
    return [feed for feed in feeds if feed.language in wanted]


@cache
def _load() -> tuple[DefaultFeed, ...]:
    text = resources.files(DATA_PACKAGE).joinpath(DATA_FILE).read_text(encoding="utf-8")
    return tuple(_feed(entry) for entry in json.loads(text)["feeds"])


def _feed(entry: dict[str, str]) -> DefaultFeed:
    feed = DefaultFeed(name=entry["name"].strip(), url=entry["url"].strip(),
                       language=entry["language"].strip().lower(),
                       region=entry["region"].strip().lower())
    # A bad entry is a packaging mistake; fail loudly at load rather than at poll time.
    if not feed.name or not feed.url.startswith("https://") or feed.region not in REGIONS:
        raise ValueError(f"bad default feed entry in {DATA_FILE}: {entry!r}")
    return feed
