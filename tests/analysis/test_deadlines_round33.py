"""Deadlines round 33, the last session's left-overs: an occasion of two or three days inside
the month named for it is one line ("will meet in December" … "The summit on 14 and 15
December"), and a place or an occasion opening the sentence before its time ("At its session
on March 3, the council will …") takes the main clause after the comma. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, deadlines_in, mid_morning, only

SATURDAY = mid_morning(date(2027, 11, 20))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the summit named again by its noun, on its two days inside the month
        ("European leaders will meet in Brussels in December to sign off the agreement. The "
         "summit on 14 and 15 December is expected to approve the deal, officials said.",
         [("on 14 and 15 December", date(2027, 12, 14), date(2027, 12, 15))]),
        # the same words, the days first
        ("Finance ministers will approve the budget on 14 and 15 December. Ministers are "
         "expected to approve the budget in December, a spokesman said.",
         [("on 14 and 15 December", date(2027, 12, 14), date(2027, 12, 15))]),
        # look-alikes: another thing due those days; two meetings in the month; a week is
        # no occasion inside its month
        ("European leaders will meet in Brussels in December. The vote on 14 and 15 December "
         "will settle the fishing quotas.",
         [("in December", date(2027, 12, 1), date(2027, 12, 31)),
          ("on 14 and 15 December", date(2027, 12, 14), date(2027, 12, 15))]),
        ("The summit on 14 and 15 December will set the quotas. The summit on 20 December "
         "will set the tariffs. Leaders will meet in December.",
         [("on 14 and 15 December", date(2027, 12, 14), date(2027, 12, 15)),
          ("on 20 December", date(2027, 12, 20), date(2027, 12, 20)),
          ("in December", date(2027, 12, 1), date(2027, 12, 31))]),
        # the day the event opens is a part of its week, not the event again
        ("Nurses will vote next week on whether to strike. The ballot opens on Monday.",
         [("next week", date(2027, 11, 22), date(2027, 11, 28)),
          ("on Monday", date(2027, 11, 22), date(2027, 11, 22))]),
        ("Ministers will review the budget in December. Ministers will review the budget "
         "from 13 to 19 December.",
         [("in December", date(2027, 12, 1), date(2027, 12, 31)),
          ("from 13 to 19 December", date(2027, 12, 13), date(2027, 12, 19))]),
    ],
)
def test_an_occasion_inside_its_month_is_one_line(text: str, expected: Windows) -> None:
    assert deadline_windows(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At its session on March 3, the council will consider the request.",
         [("on March 3", date(2028, 3, 3), date(2028, 3, 3))]),
        ("During talks in Geneva next week, the two sides will discuss a prisoner exchange.",
         [("next week", date(2027, 11, 22), date(2027, 11, 28))]),
        # look-alikes: the main clause tells of a past act; a clause with its own verb
        ("At a meeting in Vienna in March, the envoys agreed a framework.", []),
        ("After he met the envoys in March, the minister flew home.", []),
    ],
)
def test_an_opening_occasion_takes_the_main_clause(text: str, expected: Windows) -> None:
    assert deadline_windows(text, SATURDAY) == expected


def test_the_main_clause_says_what_is_due_at_an_opening_occasion() -> None:
    deadline = only(deadlines_in(
        "At the summit on 14 and 15 December, leaders will decide whether to extend the "
        "deadline.", SATURDAY))
    assert "leaders will decide whether to extend the deadline" in deadline.about
