from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

import pytest

from bot.config import ConfigError, load_settings
from bot.net.http import HttpClient
from bot.search import (
    GdeltProvider,
    GoogleNewsProvider,
    GuardedProvider,
    SearchSettings,
    build_providers,
    close_providers,
    search_all,
    search_each,
)
from bot.search.guard import Backoff, Pacer
from tests.helpers.clock import ManualClock
from tests.search.conftest import (
    FIXTURE_NOW,
    GDELT_PATH,
    GOOGLE_PATH,
    Answer,
    SearchWeb,
    fixture_bytes,
)

JSON = "application/json"
QUERY = "harbour strike"


def google_answer() -> Answer:
    return Answer(fixture_bytes("google_news_harbour.xml"))


def gdelt_answer() -> Answer:
    return Answer(fixture_bytes("gdelt_harbour.json"), content_type=JSON)


def guarded_pair(web: SearchWeb, http: HttpClient, clock: ManualClock
                 ) -> tuple[GuardedProvider, GuardedProvider]:
    google = GoogleNewsProvider(http, base_url=web.url(GOOGLE_PATH), retries=0,
                                clock=lambda: FIXTURE_NOW)
    gdelt = GdeltProvider(http, base_url=web.url(GDELT_PATH), retries=0,
                          clock=lambda: FIXTURE_NOW)
    return (GuardedProvider(google, clock=clock.monotonic, cache_seconds=0),
            GuardedProvider(gdelt, clock=clock.monotonic, cache_seconds=0))


async def test_results_from_both_providers_are_merged_without_repeats(
        search_web: SearchWeb, http: HttpClient, clock: ManualClock) -> None:
    search_web.answer(GOOGLE_PATH, google_answer())
    search_web.answer(GDELT_PATH, gdelt_answer())

    results = await search_all(guarded_pair(search_web, http, clock), QUERY)

    titles = [r.title for r in results]
    # 5 from Google + 5 from GDELT, minus one article both found and one GDELT
    # article listed twice (once with tracking parameters).
    assert len(results) == 8
    assert titles.count("Dock workers walk out at Port Calderon as wage talks stall") == 1
    assert titles.count("Shipping lines reroute cargo away from Calderon") == 1
    walkout = next(r for r in results if r.title.startswith("Dock workers"))
    # The merged article has Google's outlet name and GDELT's direct link.
    assert walkout.source == "The Meridian Post"
    assert walkout.url.startswith("https://www.meridian-post.example/")
    assert set(walkout.provider.split(",")) == {"google_news", "gdelt"}
    dated = [r.published for r in results]
    assert dated == sorted(dated, reverse=True)  # type: ignore[type-var]


async def test_a_failing_provider_is_skipped_until_its_backoff_expires(
        search_web: SearchWeb, http: HttpClient, clock: ManualClock,
        caplog: pytest.LogCaptureFixture) -> None:
    search_web.answer(GOOGLE_PATH, google_answer())
    search_web.answer(GDELT_PATH, Answer(b"upstream broke", status=503, content_type="text/plain"),
                      gdelt_answer())
    providers = guarded_pair(search_web, http, clock)

    with caplog.at_level(logging.WARNING, logger="bot.search"):
        first = await search_each(providers, QUERY)
    assert first.answered == ["google_news"]
    assert "503" in first.failed["gdelt"]
    assert len(first.results) == 5
    assert any("gdelt" in record.getMessage() for record in caplog.records)

    clock.advance(59)
    second = await search_each(providers, QUERY)
    assert search_web.count(GDELT_PATH) == 1  # not asked while backing off
    assert "gdelt" in second.failed
    assert len(second.results) == 5

    clock.advance(2)
    third = await search_each(providers, QUERY)
    assert search_web.count(GDELT_PATH) == 2
    assert third.failed == {}
    assert len(third.results) == 8


async def test_retry_after_from_a_429_is_honoured(
        search_web: SearchWeb, http: HttpClient, clock: ManualClock) -> None:
    search_web.answer(GOOGLE_PATH, google_answer())
    search_web.answer(GDELT_PATH, Answer(b"Please limit requests.", status=429,
                                         content_type="text/plain",
                                         headers={"Retry-After": "900"}), gdelt_answer())
    providers = guarded_pair(search_web, http, clock)

    await search_all(providers, QUERY)
    clock.advance(600)  # well past the ordinary 60 s backoff
    during = await search_all(providers, QUERY)
    assert search_web.count(GDELT_PATH) == 1
    assert len(during) == 5

    clock.advance(301)
    after = await search_all(providers, QUERY)
    assert search_web.count(GDELT_PATH) == 2
    assert len(after) == 8


async def test_malformed_json_from_one_provider_leaves_the_other_results(
        search_web: SearchWeb, http: HttpClient, clock: ManualClock) -> None:
    search_web.answer(GOOGLE_PATH, google_answer())
    search_web.answer(GDELT_PATH, Answer(fixture_bytes("gdelt_truncated.json"), content_type=JSON))

    outcome = await search_each(guarded_pair(search_web, http, clock), QUERY)

    assert "malformed JSON" in outcome.failed["gdelt"]
    assert {r.provider for r in outcome.results} == {"google_news"}
    assert len(outcome.results) == 5


async def test_a_refused_query_does_not_bench_the_provider(
        search_web: SearchWeb, http: HttpClient, clock: ManualClock) -> None:
    search_web.answer(GDELT_PATH, Answer(b"The specified phrase is too short.",
                                         content_type="text/html"), gdelt_answer())
    _, gdelt = guarded_pair(search_web, http, clock)

    refused = await search_each([gdelt], "ab")
    accepted = await search_each([gdelt], QUERY)

    assert "too short" in refused.failed["gdelt"]
    assert accepted.failed == {} and len(accepted.results) == 4  # one duplicate folded
    assert search_web.count(GDELT_PATH) == 2


async def test_every_provider_failing_gives_an_empty_list_not_an_exception(
        search_web: SearchWeb, http: HttpClient, clock: ManualClock) -> None:
    search_web.answer(GOOGLE_PATH, Answer(b"gone", status=410, content_type="text/plain"))
    search_web.answer(GDELT_PATH, Answer(b"{", content_type=JSON))

    outcome = await search_each(guarded_pair(search_web, http, clock), QUERY)

    assert outcome.results == [] and set(outcome.failed) == {"google_news", "gdelt"}


async def test_a_slow_provider_does_not_hold_up_the_answer(
        search_web: SearchWeb, http: HttpClient) -> None:
    gate = asyncio.Event()
    search_web.answer(GOOGLE_PATH, google_answer())
    search_web.answer(GDELT_PATH, Answer(b"{}", content_type=JSON, gate=gate))
    google = GoogleNewsProvider(http, base_url=search_web.url(GOOGLE_PATH), retries=0)
    gdelt = GdeltProvider(http, base_url=search_web.url(GDELT_PATH), retries=0)

    outcome = await search_each([google, gdelt], QUERY, timeout=0.5)
    gate.set()

    assert outcome.answered == ["google_news"]
    assert "no answer within" in outcome.failed["gdelt"]
    assert len(outcome.results) == 5


async def test_identical_searches_at_once_share_one_request(
        search_web: SearchWeb, http: HttpClient, clock: ManualClock) -> None:
    gate = asyncio.Event()
    search_web.answer(GDELT_PATH, Answer(fixture_bytes("gdelt_harbour.json"),
                                         content_type=JSON, gate=gate))
    _, gdelt = guarded_pair(search_web, http, clock)

    searches = [asyncio.ensure_future(gdelt.search(QUERY)) for _ in range(5)]
    await search_web.wait_for_requests(GDELT_PATH, 1)
    gate.set()
    answers = await asyncio.gather(*searches)

    assert search_web.count(GDELT_PATH) == 1
    assert all(len(answer) == 5 for answer in answers)


async def test_answers_are_reused_until_the_cache_expires(
        search_web: SearchWeb, http: HttpClient, clock: ManualClock) -> None:
    search_web.answer(GDELT_PATH, gdelt_answer())
    gdelt = GuardedProvider(GdeltProvider(http, base_url=search_web.url(GDELT_PATH), retries=0,
                                          clock=lambda: FIXTURE_NOW),
                            clock=clock.monotonic, cache_seconds=300)

    await gdelt.search(QUERY, since=FIXTURE_NOW - timedelta(hours=30))
    clock.advance(120)
    narrower = await gdelt.search("Harbour  STRIKE", since=FIXTURE_NOW - timedelta(hours=2))
    assert search_web.count(GDELT_PATH) == 1
    # The cached answer is cut to the narrower window of the later search.
    assert [r.domain for r in narrower] == ["meridian-post.example", "tidewater-times.example"]

    clock.advance(181)
    await gdelt.search(QUERY, since=FIXTURE_NOW - timedelta(hours=30))
    assert search_web.count(GDELT_PATH) == 2


def test_backoff_doubles_up_to_its_cap_and_resets_on_success() -> None:
    clock = ManualClock()
    backoff = Backoff(base=60, cap=1800, clock=clock.monotonic)

    delays = [backoff.failed("down") for _ in range(7)]
    assert delays == [60, 120, 240, 480, 960, 1800, 1800]
    assert not backoff.try_acquire()

    clock.advance(1800)
    assert backoff.try_acquire()  # the trial request
    assert not backoff.try_acquire()  # everyone else waits for the trial's verdict
    backoff.succeeded()
    assert backoff.try_acquire() and backoff.try_acquire()
    assert backoff.failed("down again") == 60


async def test_pacing_spaces_requests_and_skips_when_the_queue_is_too_long() -> None:
    clock = ManualClock()
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    pacer = Pacer(5.0, clock=clock.monotonic, sleep=sleep)

    turns = [await pacer.wait_turn(max_wait=12) for _ in range(4)]

    assert turns == [True, True, True, False]
    assert slept == [5.0, 10.0]


def search_settings(environ: dict[str, str]) -> SearchSettings:
    return SearchSettings.from_settings(load_settings(environ, require_token=False))


def test_settings_from_environment_with_defaults_and_switches() -> None:
    # The declared defaults of bot.config are the search package's own defaults.
    assert search_settings({}) == SearchSettings()

    tuned = search_settings({"SEARCH_GDELT": "false", "SEARCH_TIMEOUT": "4",
                             "SEARCH_BACKOFF_MAX": "600"})
    assert (tuned.google_news, tuned.gdelt, tuned.timeout, tuned.backoff_max) == (
        True, False, 4.0, 600.0)

    with pytest.raises(ConfigError, match="SEARCH_GOOGLE_NEWS"):
        search_settings({"SEARCH_GOOGLE_NEWS": "maybe"})


async def test_switched_off_providers_are_not_built(http: HttpClient) -> None:
    both = build_providers(http, SearchSettings())
    only_google = build_providers(http, search_settings(
        {"SEARCH_GDELT": "false", "SEARCH_BACKOFF_MAX": "900"}))
    none = build_providers(http, SearchSettings(google_news=False, gdelt=False))

    assert [p.name for p in both] == ["google_news", "gdelt"]
    assert [p.name for p in only_google] == ["google_news"]
    assert only_google[0].backoff.cap == 900.0
    assert none == []
    assert await search_all(none, QUERY) == []


async def test_built_providers_use_overridden_endpoints(
        search_web: SearchWeb, http: HttpClient, clock: ManualClock) -> None:
    search_web.answer(GOOGLE_PATH, google_answer())
    search_web.answer(GDELT_PATH, gdelt_answer())
    settings = SearchSettings(google_news_url=search_web.url(GOOGLE_PATH),
                              gdelt_url=search_web.url(GDELT_PATH))

    results = await search_all(build_providers(http, settings, clock=clock.monotonic), QUERY)

    assert search_web.count(GOOGLE_PATH) == 1 and search_web.count(GDELT_PATH) == 1
    assert len(results) == 8


async def test_closing_cancels_searches_still_running(
        search_web: SearchWeb, http: HttpClient, clock: ManualClock) -> None:
    search_web.answer(GDELT_PATH, Answer(b"{}", content_type=JSON, gate=asyncio.Event()))
    _, gdelt = guarded_pair(search_web, http, clock)
    running = asyncio.ensure_future(gdelt.search(QUERY))
    await search_web.wait_for_requests(GDELT_PATH, 1)

    await close_providers([gdelt])

    with pytest.raises(asyncio.CancelledError):
        await running
    assert gdelt.backoff.failures == 0  # shutting down is not the provider's fault


async def test_a_blank_query_asks_nobody(
        search_web: SearchWeb, http: HttpClient, clock: ManualClock) -> None:
    search_web.answer(GOOGLE_PATH, google_answer())

    outcome = await search_each(guarded_pair(search_web, http, clock), "   ")

    assert outcome.results == [] and outcome.failed == {}
    assert search_web.requests == []
