from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.net.http import HttpClient
from bot.search import GdeltProvider, ProviderError, QueryRejected
from bot.search.gdelt import parse_gdelt, parse_seen_date
from tests.search.conftest import FIXTURE_NOW, GDELT_PATH, Answer, SearchWeb, fixture_bytes

JSON = "application/json; charset=utf-8"


def provider_for(web: SearchWeb, http: HttpClient) -> GdeltProvider:
    return GdeltProvider(http, base_url=web.url(GDELT_PATH), retries=0,
                         clock=lambda: FIXTURE_NOW)


async def test_asks_for_a_json_article_list_newest_first(
        search_web: SearchWeb, http: HttpClient) -> None:
    search_web.answer(GDELT_PATH, Answer(fixture_bytes("gdelt_harbour.json"), content_type=JSON))

    await provider_for(search_web, http).search("harbour strike", limit=30)

    (query,) = search_web.queries(GDELT_PATH)
    assert query["query"] == "harbour strike sourcelang:english"
    assert (query["mode"], query["format"], query["sort"]) == ("ArtList", "json", "DateDesc")
    assert (query["maxrecords"], query["timespan"]) == ("30", "2d")


async def test_limit_and_window_stay_within_what_gdelt_accepts(
        search_web: SearchWeb, http: HttpClient) -> None:
    search_web.answer(GDELT_PATH, Answer(b"{}", content_type=JSON))
    provider = provider_for(search_web, http)

    await provider.search("harbour strike", limit=1000, since=FIXTURE_NOW - timedelta(hours=6))
    await provider.search("harbour strike", since=FIXTURE_NOW - timedelta(days=400))

    first, second = search_web.queries(GDELT_PATH)
    assert (first["maxrecords"], first["timespan"]) == ("250", "6h")
    assert second["timespan"] == "90d"


@pytest.mark.parametrize(("raw", "expected"), [
    ("20261126T093000Z", datetime(2026, 11, 26, 9, 30, tzinfo=UTC)),
    ("20260101T000005Z", datetime(2026, 1, 1, 0, 0, 5, tzinfo=UTC)),
    ("2026-11-26T09:30:00Z", None),
    ("20261326T093000Z", None),
    ("", None),
    (None, None),
    (20261126, None),
])
def test_seen_dates_are_read_as_utc(raw: object, expected: datetime | None) -> None:
    assert parse_seen_date(raw) == expected


async def test_articles_carry_domain_as_source_and_their_seen_date(
        search_web: SearchWeb, http: HttpClient) -> None:
    search_web.answer(GDELT_PATH, Answer(fixture_bytes("gdelt_harbour.json"), content_type=JSON))

    results = await provider_for(search_web, http).search("harbour strike")

    first = results[0]
    assert first.url == "https://www.meridian-post.example/world/2026/11/26/calderon-dock-walkout"
    assert (first.source, first.domain) == ("meridian-post.example", "meridian-post.example")
    assert first.published == datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
    assert first.language == "English"
    # GDELT's stray space before a colon is tidied away.
    assert results[1].title == "Port Calderon strike: cargo ships queue offshore as day one ends"
    assert [r.published for r in results] == sorted(
        (r.published for r in results), reverse=True)  # type: ignore[type-var]


async def test_since_drops_older_articles(search_web: SearchWeb, http: HttpClient) -> None:
    search_web.answer(GDELT_PATH, Answer(fixture_bytes("gdelt_harbour.json"), content_type=JSON))

    results = await provider_for(search_web, http).search(
        "harbour strike", since=datetime(2026, 11, 25, tzinfo=UTC))

    assert "baypost.example" not in {r.domain for r in results}
    assert len(results) == 4


async def test_no_matches_is_an_empty_list(search_web: SearchWeb, http: HttpClient) -> None:
    search_web.answer(GDELT_PATH, Answer(fixture_bytes("gdelt_empty.json"), content_type=JSON))

    assert await provider_for(search_web, http).search("zzqx unmatched words") == []


async def test_a_plain_text_complaint_about_the_query_is_a_rejection(
        search_web: SearchWeb, http: HttpClient) -> None:
    search_web.answer(GDELT_PATH, Answer(b"The specified phrase is too short.\n",
                                         content_type="text/html"))

    with pytest.raises(QueryRejected) as caught:
        await provider_for(search_web, http).search("ab")
    assert "too short" in caught.value.reason
    assert not caught.value.counts_as_failure


def test_a_plain_text_request_to_slow_down_is_a_failure_not_a_rejection() -> None:
    with pytest.raises(ProviderError) as caught:
        parse_gdelt(b"Please limit requests to one every 5 seconds.")
    assert caught.value.counts_as_failure
    assert caught.value.status == 429


async def test_malformed_json_is_a_provider_error(
        search_web: SearchWeb, http: HttpClient) -> None:
    search_web.answer(GDELT_PATH, Answer(fixture_bytes("gdelt_truncated.json"), content_type=JSON))

    with pytest.raises(ProviderError) as caught:
        await provider_for(search_web, http).search("harbour strike")
    assert "malformed JSON" in caught.value.reason
    assert caught.value.counts_as_failure


def test_a_stray_backslash_in_a_title_does_not_lose_the_whole_answer() -> None:
    body = (b'{"articles": [{"url": "https://baypost.example/a", "title": "Pay gap \\ a '
            b'\\"final\\" offer", "seendate": "20261126T090000Z", "domain": "baypost.example"}]}')

    (result,) = parse_gdelt(body)

    assert result.title == 'Pay gap \\ a "final" offer'


def test_articles_without_url_or_title_are_skipped() -> None:
    body = (b'{"articles": [{"title": "no link"}, {"url": "https://baypost.example/b"},'
            b' "junk", {"url": "https://baypost.example/c", "title": " Kept "}]}')

    assert [r.title for r in parse_gdelt(body)] == ["Kept"]
