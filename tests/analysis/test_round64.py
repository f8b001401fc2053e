"""Round 64, from pool 33's left-overs (issue 10): "at end-week"; "before the summer
recess"; a speaker's own promise recalled ("I pledged to … in seven years"); the speaker's
"tomorrow" or "tonight" when the remark is dated to a day already gone.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

WEDNESDAY = mid_morning(date(2027, 12, 8))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bond auction will be held at end-week, the ministry said.",
         [("end-week", date(2027, 12, 10), date(2027, 12, 12))]),
        ("Lawmakers hope to pass the bill before the summer recess.",
         [("before the summer recess", date(2027, 12, 8), date(2028, 7, 31))]),
        # look-alike: the season itself still starts in June
        ("Lawmakers hope to pass the bill before the summer.",
         [("before the summer", date(2027, 12, 8), date(2028, 5, 31))]),
        ("“I pledged to create 700,000 jobs in seven years and we are ahead of that pace,” "
         "Governor Tom Hale said.", []),
        # look-alike: a promise made now runs from now
        ("“I promise to create 7,000 jobs in seven years,” Governor Tom Hale said.",
         [("in seven years", date(2034, 12, 8), date(2034, 12, 8))]),
        ("“We will vote on this tomorrow,” Ana Ruiz said on Monday.", []),
        ("Speaking on Monday, Ana Ruiz said: “We will vote on this tomorrow.”", []),
        ("On Monday, Ana Ruiz told reporters: “We will vote on this tonight.”", []),
        # look-alikes: a remark of today, or not dated, keeps its tomorrow
        ("“We will vote on this tomorrow,” Ana Ruiz said on Wednesday.",
         [("tomorrow", date(2027, 12, 9), date(2027, 12, 9))]),
        ("“We will vote on this tomorrow,” Ana Ruiz said.",
         [("tomorrow", date(2027, 12, 9), date(2027, 12, 9))]),
    ],
)
def test_deadlines_of_pool_33s_left_overs(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected
