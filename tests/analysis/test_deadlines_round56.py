"""Deadlines round 56, tuned on pool 30 and invented copy: a bare month before a commodity
names its futures contract ("September Brent crude lost 52 cents"); an extension "after"
which something comes is the one before it, no time of its own; and "spring training" is
baseball's camp, not the season.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

MONDAY = mid_morning(date(2027, 7, 12))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The global benchmark, September Brent crude, lost 52 cents to $42.72 a barrel.", []),
        ("Products also declined, with August gasoline down 0.8% at $1.27 a gallon and August "
         "heating oil losing 1.4% to $1.22 a gallon.", []),
        # look-alike: a month with its preposition is a time
        ("Analysts expect that in August gasoline prices will climb again.",
         [("in August", date(2027, 8, 1), date(2027, 8, 31))]),
    ],
)
def test_a_month_before_a_commodity_is_a_contract(text: str, expected: Windows) -> None:
    assert deadline_windows(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The easing of production cuts next month after a one-month extension could add "
         "pressure, he said.", [("next month", date(2027, 8, 1), date(2027, 8, 31))]),
        ("The commissioner hoped to complete the inquiry before the start of spring training.",
         []),
        # look-alike: the season itself
        ("The ministry hopes to finish the road before the start of spring.",
         [("before the start of spring", date(2027, 7, 12), date(2028, 3, 23))]),
    ],
)
def test_an_extension_before_and_a_camp_are_no_time(text: str, expected: Windows) -> None:
    assert deadline_windows(text, MONDAY) == expected
