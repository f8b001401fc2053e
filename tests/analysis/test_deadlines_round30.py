"""Deadlines a batch of invented diplomatic copy missed: half of a month or a year ("in the
second half of the month", "by the first half of 2028"); an election day after "goes to the
polls", a timetable present like "holds" or "opens"; a limit given "at the latest", whatever
verb reports it. Look-alikes: a half gone, a past vote, a limit that "had" been set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

WEDNESDAY = mid_morning(date(2027, 12, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy is expected to travel to Varna in the second half of the month.",
         [("in the second half of the month", date(2027, 12, 16), date(2027, 12, 31))]),
        ("The talks will be held in the second half of January.",
         [("in the second half of January", date(2028, 1, 16), date(2028, 1, 31))]),
        ("The plant will reopen in the first half of next year.",
         [("in the first half of next year", date(2028, 1, 1), date(2028, 6, 30))]),
        ("The bill must pass by the first half of 2028.",
         [("by the first half of 2028", date(2027, 12, 1), date(2028, 6, 30))]),
        # look-alikes: halves gone
        ("The fund raised $16 million in the first half of 2027.", []),
        ("Growth slowed in the first half of the year.", []),
    ],
)
def test_half_of_a_month_or_a_year(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The country goes to the polls on 3 March.",
         [("on 3 March", date(2028, 3, 3), date(2028, 3, 3))]),
        ("Voters go to the polls on Sunday.",
         [("on Sunday", date(2027, 12, 5), date(2027, 12, 5))]),
        # look-alike: the vote gone
        ("The country went to the polls on 3 March.", []),
    ],
)
def test_going_to_the_polls_is_a_timetable(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company said it would respond to the offer in due course, and at the latest by "
         "mid-January.", [("by mid-January", date(2027, 12, 1), date(2028, 1, 21))]),
        ("Ruiz said the board approved the plan and expects the funds by mid-February at the "
         "latest.", [("by mid-February", date(2027, 12, 1), date(2028, 2, 20))]),
        # look-alike: a limit gone
        ("The funds were due by mid-November at the latest.", []),
    ],
)
def test_a_limit_at_the_latest(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected
