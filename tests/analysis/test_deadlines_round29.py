"""A deadline given again in other time words: "later this month" and then "on December
14" for one meeting, or the day first and "this month" after it, is one line, the day (the
more exact time). Only a calendar week or month holds a day so: a span counted from now
("over the next three weeks") is a time of its own, and another thing due that day (a strike
in a month of talks) stays its own line. Invented sentences, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

WEDNESDAY = mid_morning(date(2027, 12, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers will meet later this month, officials said. The ministers are set to "
         "meet on December 14 in Rome.",
         [("on December 14", date(2027, 12, 14), date(2027, 12, 14))]),
        ("The assembly will vote on December 28. Lawmakers expect the vote this month to pass "
         "easily.", [("on December 28", date(2027, 12, 28), date(2027, 12, 28))]),
        ("The envoys will resume talks next week. The talks resume on Tuesday in Geneva.",
         [("on Tuesday", date(2027, 12, 7), date(2027, 12, 7))]),
        # look-alikes: another thing due that day; a span counted from now
        ("The ministers will meet later this month, officials said. The strike is set for "
         "December 14.",
         [("later this month", date(2027, 12, 1), date(2027, 12, 31)),
          ("December 14", date(2027, 12, 14), date(2027, 12, 14))]),
        ("The ministers will meet over the next three weeks, officials said. The ministers are "
         "set to meet on December 14 in Rome.",
         [("over the next three weeks", date(2027, 12, 1), date(2027, 12, 22)),
          ("on December 14", date(2027, 12, 14), date(2027, 12, 14))]),
    ],
)
def test_a_day_inside_its_week_or_month_is_one_line(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected
