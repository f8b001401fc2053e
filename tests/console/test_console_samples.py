"""The offline sample news: real feeds the bot's own parser reads, released batch by batch."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.console.offline import SampleNews
from bot.feeds.parse import parse_feed


@pytest.fixture
async def samples() -> AsyncIterator[SampleNews]:
    notices: list[str] = []
    server = SampleNews(notices.append, port=0)
    await server.start()
    yield server
    await server.close()


async def fetch(url: str) -> tuple[int, bytes, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.read(), response.headers.get("Content-Type", "")


async def titles(samples: SampleNews) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for outlet in samples.outlets:
        status, body, content_type = await fetch(samples.feed_url(outlet))
        assert status == 200
        parsed = parse_feed(body, content_type=content_type, url=samples.feed_url(outlet))
        assert parsed.ok, parsed.error
        assert parsed.title == outlet.name
        found[outlet.name] = [item.title for item in parsed.items]
    return found


async def test_each_outlet_starts_with_a_baseline_then_a_story_develops(
        samples: SampleNews) -> None:
    before = await titles(samples)
    assert all(len(items) == 2 for items in before.values())
    assert not any("Saltmarsh" in t for items in before.values() for t in items)

    released = [samples.release_next() for _ in range(samples.batches)]
    assert all(count > 0 for count in released)
    assert samples.release_next() == 0  # nothing left

    after = await titles(samples)
    reporting = [name for name, items in after.items()
                 if any("Saltmarsh Bridge" in t for t in items)]
    assert len(reporting) == 3, "every outlet should report the developing story"
    assert all(set(before[name]) < set(after[name]) for name in after)


async def test_articles_appear_only_once_released_and_link_their_feed(
        samples: SampleNews) -> None:
    story = next(a for a in samples.articles if a.batch == 1)
    url = samples.article_url(story)
    assert (await fetch(url))[0] == 404
    samples.release_next()
    status, body, content_type = await fetch(url)
    assert status == 200 and content_type.startswith("text/html")
    page = body.decode()
    assert story.title in page and story.body[0][:40] in page
    home_status, home, _ = await fetch(f"{samples.base_url}/{story.outlet}/")
    assert home_status == 200 and 'rel="alternate"' in home.decode()


async def test_search_answers_like_a_news_search_over_released_items(
        samples: SampleNews) -> None:
    assert samples.search("Saltmarsh Bridge when:1d") == []
    samples.release_next()
    samples.release_next()
    status, body, _ = await fetch(f"{samples.search_url}?q=Saltmarsh+bridge+when%3A1d")
    assert status == 200
    found = samples.search("saltmarsh bridge")
    assert len(found) == 3
    assert all(a.title in body.decode() for a in found)
