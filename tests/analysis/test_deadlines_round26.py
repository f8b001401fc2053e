"""Deadlines round 26, tuned on a hand-judged pool of 2017–2025 news (pool 21): a day just
gone that dates an event the clause looks back on ("despite a drone attack on Saturday");
"the previous October"; "struck 150 targets in two days" (a count of targets is no aim);
"within a week" in a sentence told in the past with no verb of its own; "was appointed to
lead its board this month"; "once the new Congress convenes in January" looks ahead.
Invented sentences, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

SUNDAY = mid_morning(date(2027, 9, 12))
AUGUST = mid_morning(date(2027, 8, 23))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The refinery will keep output steady despite a drone attack on Saturday, the "
         "governor said.", []),
        # look-alike: the clause's own plan on that day
        ("The refinery will close for repairs on Saturday despite the storm.",
         [("on Saturday", date(2027, 9, 18), date(2027, 9, 18))]),
    ],
)
def test_the_day_of_an_event_looked_back_on(text: str, expected: Windows) -> None:
    assert deadline_windows(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister announced the review in a debate the previous October.", []),
        ("The army struck more than 150 targets across the city in two days.", []),
        ("The party has come under pressure amid the loss of two ministers - Ruiz and Hale - "
         "within a week.", []),
        ("The fund was appointed to lead the harbour board this month.", []),
        ("The speaker vote comes once the new assembly convenes in January.",
         [("in January", date(2028, 1, 1), date(2028, 1, 31))]),
        # look-alikes: the same times ahead
        ("The army will strike the targets in two days.",
         [("in two days", date(2027, 8, 25), date(2027, 8, 25))]),
        ("The minister will announce the review in October.",
         [("in October", date(2027, 10, 1), date(2027, 10, 31))]),
        ("Ana Ruiz was ordered to leave the country this month.",
         [("this month", date(2027, 8, 23), date(2027, 8, 31))]),
    ],
)
def test_times_of_pool_21(text: str, expected: Windows) -> None:
    assert deadline_windows(text, AUGUST) == expected
