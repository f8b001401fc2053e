"""Keyword and regex filters, including a pattern built to backtrack forever."""

from __future__ import annotations

import time

import pytest

from bot.feeds.filters import REGEX_TIMEOUT_SECONDS, FeedFilter, FilterError
from bot.feeds.models import FeedItem

STORY = FeedItem(
    title="Council approves Tram Line extension",
    summary_text="The vote said yes to the northern route.",
    categories=["Transport", "Local Politics"],
)


def test_empty_filter_passes_everything() -> None:
    result = FeedFilter().matches(STORY)
    assert result.passed


@pytest.mark.parametrize(
    ("include", "passed"),
    [
        (["tram line"], True),          # phrase, case-insensitive, in the title
        (["NORTHERN"], True),           # in the summary
        (["local politics"], True),     # in a category
        (["ai"], False),                # whole words only: "said" is not "ai"
        (["rout*"], True),              # prefix
        (["sport", "vote"], True),      # any include keyword is enough
        (["sport", "weather"], False),
    ],
)
def test_include_keywords(include: list[str], passed: bool) -> None:
    result = FeedFilter(include=include).matches(STORY)
    assert result.passed is passed
    if not passed:
        assert "include" in result.reason


def test_exclude_wins_and_names_the_keyword() -> None:
    result = FeedFilter(include=["tram"], exclude=["Politics"]).matches(STORY)
    assert not result.passed
    assert "Politics" in result.reason


def test_regex_filter() -> None:
    assert FeedFilter(regex=r"tram\s+line").matches(STORY).passed  # case-insensitive
    rejected = FeedFilter(regex=r"^weather").matches(STORY)
    assert not rejected.passed and "did not match" in rejected.reason


@pytest.mark.parametrize("pattern", ["(unclosed", "a{2,1}", "*oops"])
def test_invalid_regex_rejected_on_save(pattern: str) -> None:
    with pytest.raises(FilterError, match="invalid regex"):
        FeedFilter(regex=pattern).validate()


def test_valid_filter_validates() -> None:
    FeedFilter(include=["a"], exclude=["b"], regex=r"\bx\b").validate()


def test_oversized_filters_rejected() -> None:
    with pytest.raises(FilterError):
        FeedFilter(regex="a" * 1000).validate()
    with pytest.raises(FilterError):
        FeedFilter(include=[f"k{n}" for n in range(200)]).validate()


def test_catastrophic_regex_is_stopped() -> None:
    hostile = FeedFilter(regex=r"(a|aa)+$")
    hostile.validate()  # compiles fine: the danger only shows at match time
    item = FeedItem(title="a" * 5000 + "!")
    started = time.perf_counter()
    result = hostile.matches(item)
    elapsed = time.perf_counter() - started
    assert not result.passed
    assert "stopped" in result.reason
    assert elapsed < REGEX_TIMEOUT_SECONDS + 1.0
