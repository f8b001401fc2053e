"""Deadlines round 23, tuned on a hand-judged pool of US political and business news
(pool 19b): a deadline the story calls the original one has been put off; "a mid-March
shutdown deadline" is a deadline with a noun between; a measure "effective for 90 days"
runs from now. Invented sentences, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

WEDNESDAY = mid_morning(date(2027, 2, 10))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The judge extended it again, ruling just hours ahead of the original Thursday "
         "deadline.", []),
        ("The original deadline of Thursday was moved to March 3.",
         [("March 3", date(2027, 3, 3), date(2027, 3, 3))]),
        # look-alikes: a deadline not called the original one, and "original" of a plan
        ("The council faces a Thursday deadline to pass the budget.",
         [("Thursday", date(2027, 2, 11), date(2027, 2, 11))]),
        ("The council will return to its original plan on Thursday.",
         [("on Thursday", date(2027, 2, 11), date(2027, 2, 11))]),
    ],
)
def test_the_original_deadline_is_put_off(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A stopgap is likely necessary to keep the council funded beyond a mid-March "
         "shutdown deadline.", [("mid-March", date(2027, 3, 11), date(2027, 3, 21))]),
        ("A stopgap is likely necessary to keep the council funded beyond a March 14 "
         "shutdown deadline.", [("March 14", date(2027, 3, 14), date(2027, 3, 14))]),
        # look-alike: the deadline already gone
        ("The June tariff deadline passed without a deal.", []),
    ],
)
def test_a_deadline_with_a_noun_between(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new measures are effective for 90 days.",
         [("for 90 days", date(2027, 2, 10), date(2027, 5, 11))]),
        ("The truce remains in force for 30 days, officials said.",
         [("for 30 days", date(2027, 2, 10), date(2027, 3, 12))]),
        # look-alikes: a standing rule, and a span told in the past
        ("Tourist visas are valid for 90 days.", []),
        ("The visa was valid for 90 days.", []),
    ],
)
def test_a_measure_in_force_for_a_span_runs_from_now(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected
