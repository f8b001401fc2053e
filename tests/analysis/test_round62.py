"""Round 62, from earlier pools' left-overs: "used", a past verb too short for the
"-ed" reading, beside "this week" tells a step already taken, not one due.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

WEDNESDAY = mid_morning(date(2027, 9, 8))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This week the government used secondary legislation to grant the port authority "
         "new powers, officials said.", []),
        ("This week the city used its reserve fund to pay the striking workers.", []),
        # look-alikes: the same week with a plain future is still ahead
        ("This week the government will use secondary legislation to grant the port "
         "authority new powers, officials said.",
         [("This week", date(2027, 9, 8), date(2027, 9, 12))]),
        ("The city will use its reserve fund this week to pay the striking workers.",
         [("this week", date(2027, 9, 8), date(2027, 9, 12))]),
    ],
)
def test_a_short_past_verb_is_a_step_taken(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected
