"""Deadlines round 48, tuned on pool 28 and invented copy: the day of the copy is due when a
timetable in the present names it ("is due to be sworn in on Monday" in Monday's copy);
"this morning" with a verb looking ahead is today; a later year's election is due in that
year whatever the verb of its clause, and `about` names it; a month gone by "after winning
the election in March" is no next March; a refused delay or request, an order dated "from
Friday" and a timeline's entry for a year gone set no time.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, deadlines_in, mid_morning

MONDAY = mid_morning(date(2027, 5, 3))
TODAY = date(2027, 5, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivo Rask is due to be sworn in for a fourth term on Monday after winning the "
         "election in March.", [("on Monday", TODAY, TODAY)]),
        ("Negotiators will resume the talks this morning in the hope of a deal.",
         [("this morning", TODAY, TODAY)]),
        # look-alikes: a day just told of, the morning's figures, a past morning
        ("Ivo Rask was sworn in for a fourth term on Monday.", []),
        ("This morning's jobs figures continue to show a weak labour market.", []),
        ("Negotiators resumed the talks this morning.", []),
    ],
)
def test_the_day_of_the_copy_with_a_timetable_or_a_plan_is_due(
    text: str, expected: Windows
) -> None:
    assert deadline_windows(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Party leader Ana Ruiz on Saturday sounded the bugle for the 2028 Dorel Assembly "
         "election, promising jobs.", "the 2028 Dorel Assembly election"),
        ("The party picked its candidate for the 2028 governorship election.",
         "the 2028 governorship election"),
    ],
)
def test_a_later_years_election_is_due_that_year_whatever_the_verb(text: str, about: str) -> None:
    found = deadlines_in(text, MONDAY)
    assert [(d.phrase, d.about) for d in found] == [("2028", about)]
    assert (found[0].earliest.date(), found[0].latest.date()) == (
        date(2028, 1, 1), date(2028, 12, 31)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A federal judge on Friday denied Sean “Stormy” Okafor’s bid to delay his trial by two "
         "months.", []),
        ("The council rejected a request to hold the vote in June.", []),
        ("The administration could appeal her order from Friday blocking the layoffs.", []),
        ("1998: Born 7 October in Dorel, studies law and joins the civil service.", []),
        # look-alikes: a request granted, a delay granted, a range from Friday
        ("The council granted a request to hold the vote in June.",
         [("in June", date(2027, 6, 1), date(2027, 6, 30))]),
        ("The judge agreed to delay the trial by two months.",
         [("two months", date(2027, 7, 3), date(2027, 7, 3))]),
        ("The order will apply from Friday to Sunday, officials said.",
         [("from Friday to Sunday", date(2027, 5, 7), date(2027, 5, 9))]),
    ],
)
def test_refused_delays_dated_orders_and_past_timeline_entries_set_no_time(
    text: str, expected: Windows
) -> None:
    assert deadline_windows(text, MONDAY) == expected
