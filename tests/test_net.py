"""The shared HTTP client against a real local server: caps, redirects, address checks."""

from __future__ import annotations

import ipaddress
from collections.abc import AsyncIterator

import pytest

from bot.net.addresses import AddressPolicy
from bot.net.http import BlockedURL, BodyTooLarge, FetchTimeout, HttpClient
from tests.helpers.newsweb import NewsWeb

LOOPBACK_ONLY = AddressPolicy(allowed_networks=(ipaddress.ip_network("127.0.0.0/8"),))


@pytest.fixture
async def client() -> AsyncIterator[HttpClient]:
    http = HttpClient(user_agent="test", policy=LOOPBACK_ONLY)
    yield http
    await http.close()


async def test_fetches_and_follows_redirects(client: HttpClient, news_web: NewsWeb) -> None:
    news_web.serve("/feed", "<rss/>")
    start = news_web.redirect("/old", news_web.url("/feed"), status=301)
    result = await client.fetch(start)
    assert result.status == 200 and result.body == b"<rss/>"
    assert result.url.endswith("/feed")


async def test_redirect_to_private_address_is_refused(client: HttpClient,
                                                      news_web: NewsWeb) -> None:
    start = news_web.redirect("/sneaky", "http://169.254.169.254/latest/meta-data/")
    with pytest.raises(BlockedURL):
        await client.fetch(start)
    start = news_web.redirect("/sneaky2", "http://10.1.2.3/admin")
    with pytest.raises(BlockedURL):
        await client.fetch(start)


async def test_loopback_refused_without_permission(news_web: NewsWeb) -> None:
    news_web.serve("/feed", "<rss/>")
    strict = HttpClient(user_agent="test", policy=AddressPolicy())
    try:
        with pytest.raises(BlockedURL):
            await strict.fetch(news_web.url("/feed"))
        with pytest.raises(BlockedURL):
            await strict.fetch(news_web.url("/feed").replace("127.0.0.1", "localhost"))
    finally:
        await strict.close()
    assert news_web.hits["/feed"] == 0


async def test_too_many_redirects(client: HttpClient, news_web: NewsWeb) -> None:
    for hop in range(7):
        news_web.redirect(f"/r{hop}", news_web.url(f"/r{hop + 1}"))
    with pytest.raises(Exception, match="redirects"):
        await client.fetch(news_web.url("/r0"))


async def test_oversized_body_refused(client: HttpClient, news_web: NewsWeb) -> None:
    news_web.serve("/huge", b"x" * (2 * 1024 * 1024))
    with pytest.raises(BodyTooLarge):
        await client.fetch(news_web.url("/huge"), max_bytes=1024 * 1024)


async def test_timeout_is_bounded(client: HttpClient, news_web: NewsWeb) -> None:
    news_web.serve("/slow", "<rss/>", delay=1.5)
    with pytest.raises(FetchTimeout):
        await client.fetch(news_web.url("/slow"), timeout=0.3, retries=0)


async def test_server_errors_are_retried_a_bounded_number_of_times(
        client: HttpClient, news_web: NewsWeb) -> None:
    news_web.serve("/broken", "oops", status=503)
    with pytest.raises(Exception, match="503"):
        await client.fetch(news_web.url("/broken"), retries=1)
    assert news_web.hits["/broken"] == 2


async def test_non_http_scheme_refused(client: HttpClient) -> None:
    with pytest.raises(BlockedURL):
        await client.fetch("file:///etc/passwd")


async def test_connect_time_check_catches_what_the_precheck_missed(news_web: NewsWeb) -> None:
    """A name that resolves to a private address when the connection is made (DNS
    rebinding) is refused by the connector itself, even with the pre-check skipped."""
    news_web.serve("/feed", "<rss/>")
    strict = HttpClient(user_agent="test", policy=AddressPolicy())
    try:
        with pytest.raises(BlockedURL):
            await strict.fetch(news_web.url("/feed").replace("127.0.0.1", "localhost"),
                               check_address=False, retries=0)
    finally:
        await strict.close()
    assert news_web.hits["/feed"] == 0
