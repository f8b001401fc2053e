"""Deadlines round 59, tuned on pool 31 and invented copy: "drone strikes targeting
airfields" aim at places, not at a time; "within 60-90 days" is a range of days; and a hold
put on "until March 3" (or "until a March 3 hearing") runs to a time ahead, whatever the
tense of the putting.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

MONDAY = mid_morning(date(2027, 7, 12))
FRIDAY = mid_morning(date(2027, 7, 9))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said Ukraine had launched drone strikes targeting military airfields "
         "across five regions on Sunday, causing several aircraft to catch fire.", []),
        ("Rebels launched attacks targeting army posts on Sunday.", []),
        # look-alike: a company targeting a date aims at that time
        ("The company is targeting a launch on Sunday.",
         [("on Sunday", date(2027, 7, 11), date(2027, 7, 11))]),
    ],
)
def test_strikes_targeting_places_are_no_aim_in_time(text: str, expected: Windows) -> None:
    """In Friday's copy, as in a Sunday's: the strikes of Sunday are told, not aimed at."""
    assert deadline_windows(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency would cut its staff within 60-90 days, Doe said.",
         [("within 60-90 days", date(2027, 7, 12), date(2027, 10, 10))]),
        ("The agency's actions were put on hold until September 3.",
         [("until September 3", date(2027, 7, 12), date(2027, 9, 3))]),
        ("The judge paused the order until September 3.",
         [("until September 3", date(2027, 7, 12), date(2027, 9, 3))]),
        ("The agency's actions were put on hold until a September 3 hearing.",
         [("September 3", date(2027, 9, 3), date(2027, 9, 3))]),
        # look-alike: a hold that was lifted on a day gone stays narration
        ("The agency's actions were put on hold on Friday.", []),
    ],
)
def test_a_range_of_days_and_a_hold_until_a_time(text: str, expected: Windows) -> None:
    assert deadline_windows(text, MONDAY) == expected
