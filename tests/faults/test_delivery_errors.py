"""Which Discord answers a post survives: everything but a content error is retried."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import discord
import pytest

from bot.delivery.reconcile import MARKER_LENGTH, carries_marker, legacy_marker_for, stamp
from bot.discord_transport import delivery_error
from bot.render import limits


def http_error(status: int, body: Any, headers: dict[str, str] | None = None
               ) -> discord.HTTPException:
    response = SimpleNamespace(status=status, reason="", headers=headers or {})
    if status == 403:
        return discord.Forbidden(response, body)
    if status == 404:
        return discord.NotFound(response, body)
    if status >= 500:
        return discord.DiscordServerError(response, body)
    return discord.HTTPException(response, body)


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504, 408])
def test_rate_limits_and_outages_are_retried(status: int) -> None:
    error = delivery_error(http_error(status, {"message": "slow down", "retry_after": 2},
                                      {"Retry-After": "2"}))
    assert not error.permanent and not error.rejected
    if status == 429:
        assert error.retry_after == 2.0


def test_a_content_error_gives_up_only_that_post() -> None:
    error = delivery_error(http_error(400, {"message": "Invalid Form Body", "code": 50035}))
    assert error.rejected and not error.permanent
    assert "50035" in str(error) or "Invalid Form Body" in str(error)


@pytest.mark.parametrize("status", [403, 404])
def test_a_channel_that_refuses_the_bot_stops_its_route(status: int) -> None:
    assert delivery_error(http_error(status, {"message": "no", "code": 50013})).permanent


def test_the_marker_is_invisible_found_again_and_within_limits() -> None:
    full = {"embeds": [{"title": "t", "description": "d" * limits.EMBED_DESCRIPTION,
                        "author": {"name": "a" * (limits.EMBED_TOTAL
                                                  - limits.EMBED_DESCRIPTION - 1)}}]}
    stamped = stamp(full, "0123456789abcdef01234567")
    embed = stamped["embeds"][0]
    total = (len(embed["title"]) + len(embed["description"]) + len(embed["author"]["name"])
             + len(embed["footer"]["text"]))
    assert total <= limits.EMBED_TOTAL
    assert embed["footer"]["text"].isprintable() is False  # zero-width, not visible text
    assert len(embed["footer"]["text"]) == MARKER_LENGTH
    assert carries_marker(stamped, "0123456789abcdef01234567")
    assert not carries_marker(stamped, "ffffffffffffffffffffffff")
    text = stamp({"content": "café"}, "n1")
    assert text["content"].startswith("café") and carries_marker(text, "n1")
    assert stamp(text, "n1") == text  # stamping twice keeps one marker


def test_nonces_sharing_a_prefix_get_markers_of_their_own() -> None:
    # A story post's replies take their nonces from the post's: a look-up for one reply
    # must not find the post, nor the reply of an earlier version, in the same thread.
    post, first, second = ("0123456789abcdef01234567", "0123456789abcdefr2",
                           "0123456789abcdefr3")
    messages = {nonce: stamp({"content": "update"}, nonce) for nonce in (post, first, second)}
    for nonce, message in messages.items():
        assert [n for n in messages if carries_marker(message, n)] == [nonce]


def test_a_post_marked_by_the_previous_release_is_still_found_by_the_outbox() -> None:
    nonce = "0123456789abcdef01234567"
    old = {"content": "news" + legacy_marker_for(nonce)}
    assert carries_marker(old, nonce, legacy=True)
    assert not carries_marker(old, nonce)
