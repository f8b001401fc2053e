"""Deadlines round 14: shapes left in pool 9, as invented sentences with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

APRIL = mid_morning(date(2026, 4, 15))  # a Wednesday


# a. A month's abbreviation without its full stop, beside a day number.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The next round of talks in Velmora will be held Sept 7.",
            [("Sept 7", date(2026, 9, 7), date(2026, 9, 7))],
        ),
        (
            "The Dorn assembly will vote on Sep 7.",
            [("on Sep 7", date(2026, 9, 7), date(2026, 9, 7))],
        ),
        (
            "Both sides want a deal by Oct 15.",
            [("by Oct 15", date(2026, 4, 15), date(2026, 10, 15))],
        ),
        (
            "The transition period ends on Dec 31.",
            [("on Dec 31", date(2026, 12, 31), date(2026, 12, 31))],
        ),
        (
            "Voters in Dorn go to the polls on Nov 3.",
            [("on Nov 3", date(2026, 11, 3), date(2026, 11, 3))],
        ),
        (
            "The new council will be sworn in on Jan 20, 2027.",
            [("on Jan 20, 2027", date(2027, 1, 20), date(2027, 1, 20))],
        ),
        (
            "The tariff will take effect on Aug 4.",
            [("on Aug 4", date(2026, 8, 4), date(2026, 8, 4))],
        ),
        (
            "The Kessel board will meet on 7 Sept to approve the plan.",
            [("on 7 Sept", date(2026, 9, 7), date(2026, 9, 7))],
        ),
        (
            "The port levy is due to rise on 1st Jun.",
            [("on 1st Jun", date(2026, 6, 1), date(2026, 6, 1))],
        ),
        (  # the dotted form is read as before
            "The Dorn assembly will vote on Sept. 7.",
            [("on Sept. 7", date(2026, 9, 7), date(2026, 9, 7))],
        ),
        # look-alikes: a given name, a Spanish name, a number after a name, a month alone,
        # a decimal, the old past
        ("Jan Novak will speak to the assembly in Dorn next week.",
         [("next week", date(2026, 4, 20), date(2026, 4, 26))]),
        ("Mar Lopez, 34, will lead the Velmora delegation.", []),
        ("The Oct report will show the damage.", []),
        ("Talks were held on Sept 7 last year.", []),
        ("Shares of Dec 2 Holdings fell 4 percent.", []),
        ("The vote on Nov 3 was a defeat for the Dorn party.", []),
    ],
)
def test_month_abbreviation_without_a_stop(text: str, expected: Windows) -> None:
    assert deadline_windows(text, APRIL) == expected


# b. A range of days covers all its days.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An EU summit planned for Oct 15-16 is seen as the last chance for a deal.",
            [("Oct 15-16", date(2026, 10, 15), date(2026, 10, 16))],
        ),
        (
            "The Velmora summit will take place on October 15-16.",
            [("on October 15-16", date(2026, 10, 15), date(2026, 10, 16))],
        ),
        (
            "The Velmora summit will take place on 15-16 October.",
            [("on 15-16 October", date(2026, 10, 15), date(2026, 10, 16))],
        ),
        (
            "The forum in Dorn is scheduled for 15–17 June 2026.",
            [("15–17 June 2026", date(2026, 6, 15), date(2026, 6, 17))],
        ),
        (
            "Both sides must agree by Oct 15-16.",
            [("by Oct 15-16", date(2026, 4, 15), date(2026, 10, 16))],
        ),
        # look-alikes: a range backwards, a third number, a score, a percentage
        (
            "The fair will open on Oct 15-16-17.",
            [("on Oct 15", date(2026, 10, 15), date(2026, 10, 15))],
        ),
        ("The Dorn side won 15-16 in October, fans said.", []),
        ("Turnout will rise by 15-16% in October, pollsters said.",
         [("in October", date(2026, 10, 1), date(2026, 10, 31))]),
    ],
)
def test_range_of_days(text: str, expected: Windows) -> None:
    assert deadline_windows(text, APRIL) == expected


# c. The second date of a pair set "for" both.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two further rounds have been arranged for May 11 and June 1.",
            [("May 11", date(2026, 5, 11), date(2026, 5, 11)),
             ("June 1", date(2026, 6, 1), date(2026, 6, 1))],
        ),
        (
            "The hearing in Dorn has been set for 11 May or 1 June.",
            [("11 May", date(2026, 5, 11), date(2026, 5, 11)),
             ("1 June", date(2026, 6, 1), date(2026, 6, 1))],
        ),
        # look-alikes: a pair told in the past, a pair of past dates
        ("Rounds were held on May 11 and June 1 last year.", []),
        ("The talks of March 11 and April 1 ended without a deal.", []),
    ],
)
def test_second_date_of_a_pair(text: str, expected: Windows) -> None:
    assert deadline_windows(text, APRIL) == expected


# d. A fixed end in a present relative clause, written with the bare abbreviation.
def test_period_which_ends_on_a_bare_abbreviation() -> None:
    text = "Both sides want a deal before the end of a transition period which ends on Dec 31."
    assert deadline_windows(text, APRIL) == [("on Dec 31", date(2026, 12, 31), date(2026, 12, 31))]


# e. Times that name nothing due, or a wrong window.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a superlative's length looks back, "over" too
        ("The Dorn budget is aimed at cutting spending for the first time in over 15 years.", []),
        ("The plan would lower rents for the first time in over a decade.", []),
        ("Rents in Velmora will rise at the fastest pace in over a decade.", []),
        (
            "The Dorn plan is the biggest rebuild in the city over the next 15 years.",
            [("over the next 15 years", date(2026, 4, 15), date(2041, 4, 15))],
        ),
        # a future perfect inferring what people felt or saw this week
        ("Those hoping for a quick deal in Dorn will have been disappointed this week.", []),
        ("Readers will have noticed this week that the Velmora paper changed its name.", []),
        ("\"Those hoping for a deal this week will have been disappointed,\" Oduya said.", []),
        (
            "The crews in Dorn will have finished the bridge this week.",
            [("this week", date(2026, 4, 15), date(2026, 4, 19))],
        ),
        (
            "Those hoping for a quick deal will be disappointed this week.",
            [("this week", date(2026, 4, 15), date(2026, 4, 19))],
        ),
        # the day said after the second month of a range ends it
        (
            "The rules will be phased in between April and December 1.",
            [("between April and December 1", date(2026, 4, 15), date(2026, 12, 1))],
        ),
        (
            "The rules will be phased in between April and December.",
            [("between April and December", date(2026, 4, 15), date(2026, 12, 31))],
        ),
        (
            "The vote will be held in May or June, 15 aides said.",
            [("in May or June", date(2026, 5, 1), date(2026, 6, 30))],
        ),
        # a length that starts with an event in an opening condition runs from the event
        ("If the court confirms the dismissal, an election will be held within 60 days.", []),
        ("Once the council signs the deal, troops will leave Dorn within 90 days.", []),
        (
            "If needed, the Dorn board will meet within 60 days.",
            [("within 60 days", date(2026, 4, 15), date(2026, 6, 14))],
        ),
        (
            "If all goes to plan, the Velmora bridge will open within two years.",
            [("within two years", date(2026, 4, 15), date(2028, 4, 14))],
        ),
        (
            "Unless the assembly acts, the fund will run dry within 60 days.",
            [("within 60 days", date(2026, 4, 15), date(2026, 6, 14))],
        ),
        # "the next couple of weeks before the talks" is one span from now
        (
            "Kessel will be in close contact with Oduya over the next couple of weeks before the "
            "next round of talks.",
            [("over the next couple of weeks", date(2026, 4, 15), date(2026, 4, 29))],
        ),
        (
            "The next round of talks will be held on May 4. Kessel will arrive two days before "
            "the next round of talks.",
            [("on May 4", date(2026, 5, 4), date(2026, 5, 4)),
             ("two days before the next round of talks", date(2026, 5, 2), date(2026, 5, 2))],
        ),
    ],
)
def test_times_that_name_nothing_due(text: str, expected: Windows) -> None:
    assert deadline_windows(text, APRIL) == expected


# f. A second year of a pair; a length an act told set going.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Dorn transit plan will include two fare rises in 2027 and 2029.",
            [("in 2027", date(2027, 1, 1), date(2027, 12, 31)),
             ("2029", date(2029, 1, 1), date(2029, 12, 31))],
        ),
        (  # an earlier audit pinned the first year only
            "Rates would rise again in both 2028 and 2029.",
            [("in both 2028", date(2028, 1, 1), date(2028, 12, 31)),
             ("2029", date(2029, 1, 1), date(2029, 12, 31))],
        ),
        # look-alikes: past years, a season after the second year
        ("Fares in Dorn rose in 2019 and 2020.", []),
        (
            "The plan will include fare rises in 2027 and 2029-30.",
            [("in 2027", date(2027, 1, 1), date(2027, 12, 31))],
        ),
        (
            "Velmora filed its notice with the council on Monday, starting a 30-day clock.",
            [("30-day clock", date(2026, 4, 15), date(2026, 5, 13))],
        ),
        (
            "Dorn moved to reopen the case on Tuesday. Its lawyers filed a letter with the court, "
            "triggering a 14-day review period.",
            [("14-day review period", date(2026, 4, 15), date(2026, 4, 28))],
        ),
        # no act's day told; a clock still to start
        ("Velmora filed its notice with the council, starting a 30-day clock.", []),
        (
            "Velmora will file its notice on Monday, starting a 30-day clock.",
            [("on Monday", date(2026, 4, 20), date(2026, 4, 20))],
        ),
    ],
)
def test_second_year_and_a_clock_set_going(text: str, expected: Windows) -> None:
    assert deadline_windows(text, APRIL) == expected


# g. A span in days written as a number range or quoted around its numbers.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Power in Dorn could be back in 3-4 days, the utility said.",
            [("in 3-4 days", date(2026, 4, 18), date(2026, 4, 19))],
        ),
        (
            "Kessel said the lines could be back in \"3 or 4\" days.",
            [("in \"3 or 4\" days", date(2026, 4, 18), date(2026, 4, 19))],
        ),
        # look-alikes: a score and a percentage before "in"
        ("The Dorn side trailed 3-4 in the last minutes.", []),
        ("Rents in Velmora rose 3-4% in two years.", []),
    ],
)
def test_span_as_a_number_range(text: str, expected: Windows) -> None:
    assert deadline_windows(text, APRIL) == expected
