from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.search import SearchResult
from bot.search.merge import merge_results

EARLY = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
LATE = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def result(title: str, url: str, source: str, *, domain: str = "",
           published: datetime | None = None, provider: str = "") -> SearchResult:
    return SearchResult(title=title, url=url, source=source, published=published,
                        domain=domain, provider=provider)


@pytest.mark.parametrize("copies", [
    pytest.param([
        result("Port reopens", "https://bay.example/a?id=7&utm_source=x", "Bay Courier"),
        result("Port reopens after deal", "https://BAY.example/a?id=7#top", "Bay Courier"),
    ], id="the same link with tracking parameters"),
    pytest.param([
        result("Port reopens!", "https://bay.example/a", "Bay Courier"),
        result("port  reopens", "https://bay.example/amp/a", "bay courier"),
    ], id="an identical headline from one outlet"),
])
def test_copies_of_one_article_merge_into_one(copies: list[SearchResult]) -> None:
    assert len(merge_results(copies)) == 1


def test_one_headline_from_two_outlets_stays_two_articles() -> None:
    merged = merge_results([
        result("Port reopens", "https://bay.example/a", "Bay Courier", domain="bay.example"),
        result("Port reopens", "https://ledger.example/b", "Northern Ledger",
               domain="ledger.example"),
    ])

    assert [r.source for r in merged] == ["Bay Courier", "Northern Ledger"]


def test_google_and_gdelt_copies_combine_their_best_parts() -> None:
    merged = merge_results([
        result("Port reopens", "https://news.google.com/rss/articles/CBMiX?oc=5", "Bay Courier",
               domain="bay.example", published=LATE, provider="google_news"),
        result("Port reopens", "https://bay.example/a", "bay.example", domain="bay.example",
               published=EARLY, provider="gdelt"),
    ])

    (article,) = merged
    assert (article.url, article.source) == ("https://bay.example/a", "Bay Courier")
    assert article.published == EARLY
    assert article.provider == "google_news,gdelt"
