from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.net.http import HttpClient
from bot.search import GoogleNewsProvider, ProviderError
from bot.search.google_news import parse_google_news, split_outlet
from tests.search.conftest import (
    FIXTURE_NOW,
    GOOGLE_PATH,
    Answer,
    SearchWeb,
    fixture_bytes,
)


def provider_for(web: SearchWeb, http: HttpClient) -> GoogleNewsProvider:
    return GoogleNewsProvider(http, base_url=web.url(GOOGLE_PATH), retries=0,
                              clock=lambda: FIXTURE_NOW)


async def test_sends_the_query_with_a_two_day_window_and_us_english_edition(
        search_web: SearchWeb, http: HttpClient) -> None:
    search_web.answer(GOOGLE_PATH, Answer(fixture_bytes("google_news_harbour.xml")))

    await provider_for(search_web, http).search("harbour   strike")

    (query,) = search_web.queries(GOOGLE_PATH)
    assert query["q"] == "harbour strike when:2d"
    assert (query["hl"], query["gl"], query["ceid"]) == ("en-US", "US", "US:en")


@pytest.mark.parametrize(("age", "window"), [
    (timedelta(hours=6), "when:6h"),
    (timedelta(hours=5, minutes=10), "when:6h"),
    (timedelta(days=5), "when:5d"),
])
async def test_since_narrows_the_window_google_searches(
        search_web: SearchWeb, http: HttpClient, age: timedelta, window: str) -> None:
    search_web.answer(GOOGLE_PATH, Answer(fixture_bytes("google_news_empty.xml")))

    await provider_for(search_web, http).search("harbour strike", since=FIXTURE_NOW - age)

    assert search_web.queries(GOOGLE_PATH)[0]["q"] == f"harbour strike {window}"


async def test_outlet_comes_from_source_and_is_cut_off_the_headline(
        search_web: SearchWeb, http: HttpClient) -> None:
    search_web.answer(GOOGLE_PATH, Answer(fixture_bytes("google_news_harbour.xml")))

    results = await provider_for(search_web, http).search("harbour strike")

    by_outlet = {r.source: r for r in reversed(results)}  # each outlet's newest wins
    walkout = by_outlet["The Meridian Post"]
    assert walkout.title == "Dock workers walk out at Port Calderon as wage talks stall"
    # Google's redirect link is kept; the outlet's own site is only its domain.
    assert walkout.url == "https://news.google.com/rss/articles/CBMiFAKEmeridianCalderonWalkout?oc=5"
    assert walkout.domain == "meridian-post.example"
    assert walkout.published == datetime(2026, 11, 26, 9, 15, tzinfo=UTC)
    assert walkout.provider == "google_news"
    # Only the outlet suffix goes: a dash inside the headline stays.
    assert by_outlet["Harbour Daily"].title == "Port Calderon strike - what we know so far"
    # A headline that does not end with the outlet's name is left whole.
    assert by_outlet["Coastline Radio"].title == (
        "Ferry crossings suspended while the port stays shut")


async def test_results_come_newest_first_with_aware_utc_dates(
        search_web: SearchWeb, http: HttpClient) -> None:
    search_web.answer(GOOGLE_PATH, Answer(fixture_bytes("google_news_harbour.xml")))

    results = await provider_for(search_web, http).search("harbour strike")

    dates = [r.published for r in results]
    assert all(d is not None and d.utcoffset() == timedelta(0) for d in dates)
    assert dates == sorted(dates, reverse=True)  # type: ignore[type-var]
    assert len(results) == 5


async def test_since_and_limit_cut_the_answer(search_web: SearchWeb, http: HttpClient) -> None:
    search_web.answer(GOOGLE_PATH, Answer(fixture_bytes("google_news_harbour.xml")))
    provider = provider_for(search_web, http)

    recent = await provider.search("harbour strike", since=FIXTURE_NOW - timedelta(hours=2))
    top_two = await provider.search("harbour strike", limit=2)

    assert [r.source for r in recent] == ["The Meridian Post", "Harbour Daily"]
    assert [r.source for r in top_two] == ["The Meridian Post", "Harbour Daily"]


def test_snippets_never_repeat_the_headline_or_list_other_outlets() -> None:
    results = parse_google_news(fixture_bytes("google_news_harbour.xml"))

    for result in results:
        assert result.title not in result.snippet
        assert "Bay Courier" not in result.snippet


async def test_a_search_without_matches_is_an_empty_list(
        search_web: SearchWeb, http: HttpClient) -> None:
    search_web.answer(GOOGLE_PATH, Answer(fixture_bytes("google_news_empty.xml")))

    assert await provider_for(search_web, http).search("zzqx unmatched words") == []


async def test_an_html_page_instead_of_the_feed_is_a_provider_error(
        search_web: SearchWeb, http: HttpClient) -> None:
    consent = b"<!doctype html><html><head><title>Before you continue</title></head></html>"
    search_web.answer(GOOGLE_PATH, Answer(consent, content_type="text/html; charset=utf-8"))

    with pytest.raises(ProviderError) as caught:
        await provider_for(search_web, http).search("harbour strike")
    assert caught.value.provider == "google_news"


async def test_rate_limiting_is_a_provider_error_carrying_retry_after(
        search_web: SearchWeb, http: HttpClient) -> None:
    search_web.answer(GOOGLE_PATH, Answer(b"slow down", status=429, content_type="text/plain",
                                          headers={"Retry-After": "120"}))

    with pytest.raises(ProviderError) as caught:
        await provider_for(search_web, http).search("harbour strike")
    assert (caught.value.status, caught.value.retry_after) == (429, 120.0)


def test_broken_xml_still_yields_results_with_outlets_from_titles() -> None:
    broken = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
              b"<item><title>Tug crews join the Calderon walkout - Harbour Daily</title>"
              b"<link>https://news.google.com/rss/articles/CBMiFAKEtugs?oc=5</link>"
              b"<pubDate>Thu, 26 Nov 2026 09:50:00 GMT</pubDate>"
              b"<description>Crews & pilots</description></item></channel></rss>")

    (result,) = parse_google_news(broken)

    assert (result.title, result.source) == ("Tug crews join the Calderon walkout",
                                             "Harbour Daily")
    assert result.published == datetime(2026, 11, 26, 9, 50, tzinfo=UTC)


@pytest.mark.parametrize(("title", "expected"), [
    ("Talks resume - Bay Courier", ("Talks resume", "Bay Courier")),
    ("Strike - day two - Bay Courier", ("Strike - day two", "Bay Courier")),
    ("No outlet here", ("No outlet here", "")),
    ("Talks resume - " + "x" * 80, ("Talks resume - " + "x" * 80, "")),
])
def test_outlet_split_without_a_source_element(title: str, expected: tuple[str, str]) -> None:
    assert split_outlet(title) == expected
