"""A sentence that tells more times than any real one (a feed's run-on list, hostile text)
is read only up to a bound, so one item cannot hold a worker for minutes."""

from __future__ import annotations

from datetime import date

from bot.analysis.deadlines import MAX_TIMES_PER_SENTENCE
from tests.helpers.briefs import deadline_windows, mid_morning

MARCH = mid_morning(date(2026, 3, 4))


def test_times_read_per_sentence_are_bounded() -> None:
    months = ("April", "May", "June", "July")
    days = [f"on {month} {day}" for month in months for day in range(1, 26)]
    found = deadline_windows("The board will meet " + ", ".join(days) + ".", MARCH)
    assert len(days) > MAX_TIMES_PER_SENTENCE
    assert [phrase for phrase, _, _ in found] == days[:MAX_TIMES_PER_SENTENCE]


def test_the_bound_is_per_sentence() -> None:
    """Two sentences each just under the bound: every time of both is read."""
    days = [f"on May {day}" for day in range(1, 31)][: MAX_TIMES_PER_SENTENCE - 1]
    first = "The board will meet " + ", ".join(days) + "."
    second = "The ferry union will strike " + ", ".join(days) + "."
    found = deadline_windows(f"{first} {second}", MARCH)
    assert [phrase for phrase, _, _ in found] == days + days
