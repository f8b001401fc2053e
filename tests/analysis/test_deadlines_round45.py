"""Deadlines round 45, tuned on pool 27 and invented copy: an aside in brackets ("(In
October, the agency revoked …)") is read for its tense like any sentence; a plan dropped is
nobody's deadline; "a three-day strike" is the length of an event, not a span from now;
"early this month" is no "this month"; "will be suspended from 1 January" is due then; a
later year's election ("the 2028 governorship election") is due in that year; and "…, which
is due in July" after "its full decision on whether …" is about the decision.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, deadlines_in, mid_morning

THURSDAY = mid_morning(date(2027, 5, 6))
LATE_MAY = mid_morning(date(2027, 5, 26))
DECEMBER = mid_morning(date(2027, 12, 9))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said the agency would review the rules. (In October, the agency revoked "
         "the licence of the owner of a digital outlet who was under investigation.)", []),
        ("Such unfavourable market conditions pushed the authorities to drop plans for a "
         "bond issue in the second quarter.", []),
        ("The government should brace for a three-day nationwide strike across all sectors, "
         "the union said.", []),
        # look-alikes: a bracketed plan, a plan kept, a span of a period
        ("The agency met on Monday. (In October, the agency will review the licences.)",
         [("In October", date(2027, 10, 1), date(2027, 10, 31))]),
        ("The authorities still plan a bond issue in the second quarter.",
         [("in the second quarter", date(2027, 5, 6), date(2027, 6, 30))]),
        ("The ceasefire will hold for a three-day period, officials said.",
         [("for a three-day period", date(2027, 5, 6), date(2027, 5, 9))]),
    ],
)
def test_times_of_things_done_or_dropped_are_no_deadlines(text: str, expected: Windows) -> None:
    assert deadline_windows(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rask opted to give up the job early this month after dozens of officials quit.", []),
        # look-alike: later this month is still ahead
        ("Rask has decided to step down later this month.",
         [("later this month", date(2027, 5, 26), date(2027, 5, 31))]),
    ],
)
def test_early_this_month_is_not_this_month(text: str, expected: Windows) -> None:
    assert deadline_windows(text, LATE_MAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The duties will be suspended in Ostland from 1 January - when the transition "
         "period ends.", [("from 1 January", date(2028, 1, 1), date(2028, 1, 1))]),
        ("The duties will be suspended on 1 January.",
         [("on 1 January", date(2028, 1, 1), date(2028, 1, 1))]),
        # look-alike: a suspension told in the past
        ("The vote was suspended on Monday after a row.", []),
    ],
)
def test_a_suspension_still_to_come_is_due(text: str, expected: Windows) -> None:
    assert deadline_windows(text, DECEMBER) == expected


YEAR_2028 = (date(2028, 1, 1), date(2028, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party may not take part in the 2028 governorship election in the state.",
         [("2028", *YEAR_2028)]),
        ("The city will host the 2028 Olympic Games.", [("2028", *YEAR_2028)]),
        # look-alikes: this year's or a past election, and an election year's start
        ("Rask won the 2024 election by a wide margin.", []),
        ("The party hopes to start the process before the 2028 election year begins.", []),
    ],
)
def test_a_later_years_election_is_due_that_year(text: str, expected: Windows) -> None:
    assert deadline_windows(text, THURSDAY) == expected


def test_a_which_clause_after_whether_is_about_the_decision() -> None:
    found = deadlines_in(
        "The court said he should not be sent abroad until the Supreme Court delivered its "
        "full decision on whether the policy was legal, which is due in July.",
        THURSDAY,
    )
    assert [(d.phrase, d.about) for d in found] == [("in July", "its full decision is due")]
