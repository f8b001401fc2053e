"""Deadlines round 19: shapes pool 14 missed, as invented sentences with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

SUNDAY = mid_morning(date(2027, 11, 7))


# A timetable of its own ("set to expire", "due to close") right before the time is ahead,
# even inside a clause that narrates a failure ("failed to extend the embargo set to …").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It comes after the council failed to extend the arms embargo set to expire next "
         "month under the harbour accord.",
         [("next month", date(2027, 12, 1), date(2027, 12, 31))]),
        ("The ministry never renewed the lease, which is due to end next month.",
         [("next month", date(2027, 12, 1), date(2027, 12, 31))]),
        # look-alikes: a plan seen from the past, a failure with no timetable of its own
        ("He never said the deal was due to close next month.", []),
        ("The council failed to pass the budget last month.", []),
    ],
)
def test_own_timetable_inside_a_past_failure(text: str, expected: Windows) -> None:
    assert deadline_windows(text, SUNDAY) == expected


# "anticipates running out of money by Monday": an expectation looks ahead, whatever the
# reporting verb after it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After the treasury froze its payments, Varna anticipates running out of money by "
         "Monday, the governor's office warned in a statement on Sunday.",
         [("by Monday", date(2027, 11, 7), date(2027, 11, 8))]),
        ("The board is anticipating a ruling by Friday.",
         [("by Friday", date(2027, 11, 7), date(2027, 11, 12))]),
        # look-alike: the reporting frame alone names no time ahead
        ("The treasury froze its payments on Friday, the governor's office said.", []),
    ],
)
def test_an_expectation_looks_ahead(text: str, expected: Windows) -> None:
    assert deadline_windows(text, SUNDAY) == expected


# "The public can comment until early January": a time left open now runs to a month of
# next year; told in the past, or not open, it does not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The public has an opportunity to comment on the rule until early January.",
         [("until early January", date(2027, 11, 7), date(2028, 1, 11))]),
        ("The public can comment on the rule until January 9.",
         [("until January 9", date(2027, 11, 7), date(2028, 1, 9))]),
        ("Residents have until early January to respond.",
         [("until early January", date(2027, 11, 7), date(2028, 1, 11))]),
        # look-alikes: told in the past, negated, a state with no one's time left open
        ("The shelter had been open until January.", []),
        ("The ban has not been lifted until January.", []),
        ("Inflation was high until January, analysts said.", []),
    ],
)
def test_a_time_left_open_until_a_month_ahead(text: str, expected: Windows) -> None:
    assert deadline_windows(text, SUNDAY) == expected
