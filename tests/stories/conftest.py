from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest

from bot.sandbox import FakeDiscord
from bot.stories.embed import SentenceEmbedder, get_embedder
from bot.stories.models import ArticleInput
from tests.helpers.harness import RunningBot, running_bot
from tests.helpers.newsweb import NewsWeb

if TYPE_CHECKING:
    from tests.helpers.storyfeeds import OutletFeeds

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "stories" / "articles.jsonl"


@pytest.fixture(scope="session")
def embedder() -> SentenceEmbedder:
    # Loading the model takes about a second; every test in the session shares it.
    return get_embedder()


@pytest.fixture(scope="session")
def embed_cached(embedder: SentenceEmbedder) -> Callable[[list[str]], np.ndarray]:
    """The real model, memoised by text so repeated runs over the fixture stay fast."""
    memo: dict[str, np.ndarray] = {}

    def embed(texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in memo]
        if missing:
            memo.update(zip(missing, embedder.embed(missing), strict=True))
        return np.stack([memo[t] for t in texts])

    return embed


@pytest.fixture(scope="session")
def fixture_records() -> list[dict[str, str]]:
    with FIXTURE.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="session")
def articles(fixture_records: list[dict[str, str]]) -> dict[str, ArticleInput]:
    """The written fixture set by id ("a01"...), with gold labels left out."""
    return {
        r["id"]: ArticleInput(
            id=r["id"],
            title=r["title"],
            text=r["text"],
            url=r["url"],
            source=r["source"],
            published=datetime.fromisoformat(r["published"]),
        )
        for r in fixture_records
    }


# The end-to-end story tests: three outlets' feeds, and the bot polling them every second.
# The story's helpers are imported when a test asks for them, not with this file: pytest
# may load this file before it moves the test clock (--time-shift), and the story's times
# are fixed when its module is imported.
@pytest.fixture
async def feeds(news_web: NewsWeb) -> OutletFeeds:
    from tests.helpers.storyfeeds import OutletFeeds

    return OutletFeeds(news_web)


@pytest.fixture
async def bot(fake_discord: FakeDiscord, sqlite_database_url: str) -> AsyncIterator[RunningBot]:
    from tests.helpers.storybot import FAST

    async with running_bot(fake_discord, sqlite_database_url, FAST) as running:
        yield running
