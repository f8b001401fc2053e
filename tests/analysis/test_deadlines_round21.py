"""Deadlines round 21: a shape pool 16 got wrong, as invented sentences with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

DECEMBER = mid_morning(date(2027, 12, 1))


# "the strike on September 2 would appear to break the law": a hedge on a judgement made
# now does not roll a past month to next year; a plain "would" of a plan still does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("However, the strike on September 2 would appear to run afoul of the manual.", []),
        ("The vote on September 2 would seem to favour the government.", []),
        ("The vote on September 2 would decide the matter.",
         [("on September 2", date(2028, 9, 2), date(2028, 9, 2))]),
    ],
)
def test_a_hedged_would_does_not_roll_a_month(text: str, expected: Windows) -> None:
    assert deadline_windows(text, DECEMBER) == expected
