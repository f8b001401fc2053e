"""Round 86: pool 49 of real news (issue 10), judged once on round 85's tip.

Deadlines: "Back in December, Lenz said …", said in March, is the December gone; "back"
after a verb ("will be back in service in December", "is likely to bounce back Tuesday")
leaves the time ahead.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning

FRIDAY_IN_MARCH = mid_morning(date(2031, 3, 21))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Back in December, Ivo Lenz said it was absurd to suggest any meddling.",
         FRIDAY_IN_MARCH, []),
        ("The rebels, back in December, had promised talks.", FRIDAY_IN_MARCH, []),
        # look-alikes: "back" of a verb
        ("The plant will be back in service in December.", FRIDAY_IN_MARCH,
         [("in December", date(2031, 12, 1), date(2031, 12, 31))]),
        ("The senator is likely to bounce back Tuesday in the primary.", FRIDAY_IN_MARCH,
         [("Tuesday", date(2031, 3, 25), date(2031, 3, 25))]),
    ],
)
def test_deadlines_of_pool_49(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
