"""Deadlines round 24, tuned on a hand-judged pool of 2020–2026 news (pool 20): a present
condition on a time ahead ("if sanctions are not lifted by early February"), and an effort
under way toward one ("are racing to complete a count for delivery in mid-January") roll a
month already past this year to the next. Invented sentences, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

DECEMBER = mid_morning(date(2027, 12, 2))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inspectors will be expelled if sanctions are not lifted by early February.",
         [("by early February", date(2027, 12, 2), date(2028, 2, 10))]),
        ("The measure requires the expulsion of inspectors if sanctions are not lifted by "
         "early February.", [("by early February", date(2027, 12, 2), date(2028, 2, 10))]),
        ("The experts are racing to complete a count for delivery to the minister in "
         "mid-January.", [("mid-January", date(2028, 1, 11), date(2028, 1, 21))]),
        # look-alikes: the same told in the past
        ("Sanctions were not lifted by February, and the inspectors left.", []),
        ("The experts were racing to complete a count for delivery to the minister in "
         "mid-January.", []),
    ],
)
def test_a_present_condition_or_effort_looks_ahead(text: str, expected: Windows) -> None:
    assert deadline_windows(text, DECEMBER) == expected
