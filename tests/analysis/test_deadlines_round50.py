"""Deadlines round 50, from earlier pools' left-overs: a length of something that opens or
starts later ("the trial, which opens on 12 May, is expected to last eight to 10 weeks",
"opens in June and will run for three months", "starting next week, … for six weeks")
runs from that start, not from the day of the copy. A length with no start named, or one
begun before, is read as it was.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

WEDNESDAY = mid_morning(date(2027, 3, 10))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trial, which opens on 12 May, is expected to last eight to 10 weeks.",
         [("eight to 10 weeks", date(2027, 5, 12), date(2027, 7, 21)),
          ("on 12 May", date(2027, 5, 12), date(2027, 5, 12))]),
        ("The Dorel fair opens in June and will run for three months.",
         [("for three months", date(2027, 6, 1), date(2027, 9, 1)),
          ("in June", date(2027, 6, 1), date(2027, 6, 30))]),
        ("Starting next week, the programme will run for six weeks.",
         [("next week", date(2027, 3, 15), date(2027, 3, 21)),
          ("for six weeks", date(2027, 3, 15), date(2027, 4, 26))]),
        ("Starting next month, the pilot scheme will run for six weeks.",
         [("next month", date(2027, 4, 1), date(2027, 4, 30)),
          ("for six weeks", date(2027, 4, 1), date(2027, 5, 13))]),
        # look-alikes: no start named; a start already gone
        ("The trial is expected to last eight to 10 weeks.",
         [("eight to 10 weeks", date(2027, 3, 10), date(2027, 5, 19))]),
        ("The truce, which began on 1 March, will last 30 days.",
         [("30 days", date(2027, 3, 10), date(2027, 3, 31))]),
    ],
)
def test_a_length_runs_from_a_start_named_ahead(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected
