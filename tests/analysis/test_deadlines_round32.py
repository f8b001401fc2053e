"""Deadlines round 32, from pool 23: two days joined by "and" or "or" are one range, as
"14-15 December" was ("EU leaders meet at a summit on 14 and 15 December", "on 14 or 15
December"); a number after "or" that counts something is no second day, and "on December 14
and 16" stays two days. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

FRIDAY = mid_morning(date(2027, 11, 12))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EU leaders will meet at a summit on 14 and 15 December.",
         [("on 14 and 15 December", date(2027, 12, 14), date(2027, 12, 15))]),
        ("The vote is due on 14 or 15 December.",
         [("on 14 or 15 December", date(2027, 12, 14), date(2027, 12, 15))]),
        # look-alikes: a count after "or"; two days of their own
        ("The summit will open on December 14 or 15 leaders will walk out.",
         [("on December 14", date(2027, 12, 14), date(2027, 12, 14))]),
        ("The votes will be held on December 14 and 16.",
         [("on December 14", date(2027, 12, 14), date(2027, 12, 14)),
          ("16", date(2027, 12, 16), date(2027, 12, 16))]),
    ],
)
def test_two_days_joined_are_one_range(text: str, expected: Windows) -> None:
    assert deadline_windows(text, FRIDAY) == expected
