"""One time told in two side-by-side phrases is one deadline (pool 17 had "in January next
year" as two: the whole of next year and January), by the narrower window and the words
of both as written; two times joined by a comma or "and" stay two."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

JUNE = mid_morning(date(2027, 6, 10))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks on a new constitution will begin in January next year, the minister said.",
         [("in January next year", date(2028, 1, 1), date(2028, 1, 31))]),
        ("The summit will be held in March next year.",
         [("in March next year", date(2028, 3, 1), date(2028, 3, 31))]),
        ("The law takes effect on 1 January next year.",
         [("on 1 January next year", date(2028, 1, 1), date(2028, 1, 1))]),
        # look-alikes: two times joined by "and" or a comma stay two
        ("Talks will resume in March and next year.",
         [("next year", date(2028, 1, 1), date(2028, 12, 31)),
          ("in March", date(2028, 3, 1), date(2028, 3, 31))]),
        ("The vote is set for Friday, and talks resume next year.",
         [("next year", date(2028, 1, 1), date(2028, 12, 31)),
          ("Friday", date(2027, 6, 11), date(2027, 6, 11))]),
    ],
)
def test_side_by_side_phrases_of_one_time_are_one_deadline(
    text: str, expected: Windows
) -> None:
    assert deadline_windows(text, JUNE) == expected
