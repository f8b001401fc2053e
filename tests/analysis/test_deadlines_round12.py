"""Deadlines round 12: shapes seen in pool 8, as invented sentences with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

TUESDAY = mid_morning(date(2026, 2, 10))
THURSDAY = mid_morning(date(2026, 2, 12))
MONDAY = mid_morning(date(2026, 9, 21))
SUNDAY = mid_morning(date(2026, 4, 5))


# 1. A length with its unit said twice runs to the far end.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clearing the harbour is work that engineers have said could take 6 years to 9 years.",
            [("6 years to 9 years", date(2026, 2, 10), date(2035, 2, 10))],
        ),
        (  # look-alikes: the unit said once, and a single length
            "Clearing the harbour could take 6 to 9 years.",
            [("6 to 9 years", date(2026, 2, 10), date(2035, 2, 10))],
        ),
        (
            "Clearing the harbour could take 6 years.",
            [("6 years", date(2026, 2, 10), date(2032, 2, 10))],
        ),
    ],
)
def test_length_with_its_unit_twice(text: str, expected: Windows) -> None:
    assert deadline_windows(text, TUESDAY) == expected


# 2. A year told after the date with "of" moves the date to that year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“At least through March 31 of '28, I do not expect to raise bridge tolls,” "
            "the mayor said.",
            [("through March 31 of '28", date(2026, 2, 10), date(2028, 3, 31))],
        ),
        (
            "The hearing is due on May 4 of 2027.",
            [("on May 4 of 2027", date(2027, 5, 4), date(2027, 5, 4))],
        ),
        (  # look-alike: no year told
            "“At least through March 31, I do not expect to raise bridge tolls,” the mayor said.",
            [("through March 31", date(2026, 2, 10), date(2026, 3, 31))],
        ),
    ],
)
def test_year_told_after_the_date(text: str, expected: Windows) -> None:
    assert deadline_windows(text, TUESDAY) == expected


# 3. Times that date remarks made, a comparison of years or a past figure.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The admiral on Thursday responded to sharp criticism of his remarks this week that "
            "Moldova should not hope to join the pact.",
            [],
        ),
        (
            "Opponents argue that since the chamber stalled a similar appointment in 2018, "
            "the same rule should apply this year.",
            [],
        ),
        (
            "The port authority said its state grants dropped by more than 80 percent since "
            "fiscal 2019 to just $14 million in fiscal 2026.",
            [],
        ),
        (  # look-alikes: a future answer, a new rule, a forecast figure
            "The admiral will answer questions about his remarks this week.",
            [("this week", date(2026, 2, 12), date(2026, 2, 15))],
        ),
        (
            "The new rule should apply this year.",
            [("this year", date(2026, 2, 12), date(2026, 12, 31))],
        ),
        (
            "The port authority said its state grants will drop to just $14 million in "
            "fiscal 2026.",
            [("in fiscal 2026", date(2026, 2, 12), date(2026, 12, 31))],
        ),
    ],
)
def test_times_of_things_said(text: str, expected: Windows) -> None:
    assert deadline_windows(text, THURSDAY) == expected


# 4. "before the election" with the election dated elsewhere in the article.
ELECTION = (
    "The senator said the confirmation vote must come before the November 3 election. "
    "“I think the vote should be held, frankly, before the election,” she said. "
    "A colleague, who has not said whether he would back a vote ahead of the election, "
    "stayed silent. Another urged waiting until after the election."
)


def test_before_a_dated_election() -> None:
    assert deadline_windows(ELECTION, MONDAY) == [
        ("November 3", date(2026, 11, 3), date(2026, 11, 3)),
        ("before the election", date(2026, 9, 21), date(2026, 11, 2)),
        ("ahead of the election", date(2026, 9, 21), date(2026, 11, 2)),
    ]


def test_before_an_undated_election_stays_none() -> None:
    # look-alikes: the article gives no date, or the clause is told in the past
    said = "“I think the vote should be held before the election,” she said."
    assert deadline_windows(said, MONDAY) == []
    text = (
        "The assembly will meet on November 3 for the election. "
        "She resigned before the election."
    )
    november_3 = date(2026, 11, 3)
    assert deadline_windows(text, MONDAY) == [("on November 3", november_3, november_3)]


# 5. "effective from" a date ahead reports a change still to come.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry has placed an 18 per cent duty on all imported bicycles effective "
            "from April 9, unsettling shop owners.",
            [("from April 9", date(2026, 4, 9), date(2026, 4, 9))],
        ),
        (  # look-alikes: no "effective", and a date already gone
            "The ministry placed an 18 per cent duty on bicycles from April 9.",
            [],
        ),
        (
            "The ministry placed an 18 per cent duty on bicycles effective from March 9.",
            [],
        ),
    ],
)
def test_effective_from_a_date(text: str, expected: Windows) -> None:
    assert deadline_windows(text, SUNDAY) == expected


# 6. A choice of two days covers both.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor said she would name the new judge on Friday or Saturday – after the "
            "memorial service.",
            [("on Friday or Saturday", date(2026, 9, 25), date(2026, 9, 26))],
        ),
        (  # look-alike: one day
            "The governor said she would name the new judge on Friday – after the memorial "
            "service.",
            [("on Friday", date(2026, 9, 25), date(2026, 9, 25))],
        ),
    ],
)
def test_either_of_two_days(text: str, expected: Windows) -> None:
    assert deadline_windows(text, MONDAY) == expected


# 7. A length that starts only once a condition is met or a proposed body is set up.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "If the upper chamber votes by a simple majority to put Ortega on trial, he will "
            "immediately be suspended for up to six months while the chamber decides.",
            [],
        ),
        (
            "Blake could lead a body called the Harbour Transitional Council, which would "
            "seek a mandate to run the port as its sole authority for five years.",
            [],
        ),
        (  # look-alikes: a length set now
            "Ortega will be suspended for up to six months, the court ruled.",
            [("for up to six months", date(2026, 4, 12), date(2026, 10, 12))],
        ),
        (
            "The council will run the port for five years.",
            [("for five years", date(2026, 4, 12), date(2031, 4, 12))],
        ),
    ],
)
def test_length_after_a_condition(text: str, expected: Windows) -> None:
    assert deadline_windows(text, mid_morning(date(2026, 4, 12))) == expected


# 8. Sunday's "this week" after an ongoing verb is the week starting tomorrow.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The trade minister said the talks were facing a ‘day of judgement’ this week – "
            "and warned that factories would close.",
            [("this week", date(2026, 4, 5), date(2026, 4, 11))],
        ),
        (  # already ahead before this round: a present ongoing verb
            "The talks are heading for a showdown this week.",
            [("this week", date(2026, 4, 5), date(2026, 4, 11))],
        ),
        (  # look-alikes: a plain past is the week just ending; a Monday's reported past
            "The trade minister said the talks collapsed this week.",
            [],
        ),
    ],
)
def test_sunday_week_ahead(text: str, expected: Windows) -> None:
    assert deadline_windows(text, SUNDAY) == expected


def test_reported_ongoing_week_on_a_monday_stays_none() -> None:
    text = "The trade minister said the talks were facing a ‘day of judgement’ this week."
    assert deadline_windows(text, mid_morning(date(2026, 4, 6))) == []


# 9. "or coming days": the article left out after "or" still names the coming days.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It will show whether the council can fix the levy by Thursday or coming days.",
            [
                ("coming days", date(2026, 4, 6), date(2026, 4, 13)),
                ("by Thursday", date(2026, 4, 6), date(2026, 4, 9)),
            ],
        ),
        (  # look-alike: no "or" and no article, so no span
            "The council met on coming days of the month before.",
            [],
        ),
    ],
)
def test_coming_days_after_or(text: str, expected: Windows) -> None:
    assert deadline_windows(text, mid_morning(date(2026, 4, 6))) == expected


# 10. "the election – less than two months out" names the election's day, when dated.
def test_dated_election_months_out() -> None:
    text = (
        "“We are now even nearer to the 2026 election – less than two months out – and the "
        "old rule must hold,” the senator added. The vote must come before the November 3 "
        "election."
    )
    assert deadline_windows(text, MONDAY) == [
        ("less than two months out", date(2026, 11, 3), date(2026, 11, 3)),
        ("November 3", date(2026, 11, 3), date(2026, 11, 3)),
    ]


def test_undated_election_months_out_stays_none() -> None:
    # look-alike: the article never dates the election
    text = "“We are now even nearer to the election – less than two months out,” she added."
    assert deadline_windows(text, MONDAY) == []


# 11. "in a five-year period to 2027": a period ending with the year runs to its end.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It is tripling rail spending in a five-year period to 2029 to lift exports.",
            [("to 2029", date(2026, 2, 10), date(2029, 12, 31))],
        ),
        (  # look-alike: a past period
            "Rail spending tripled in the five years to 2025.",
            [],
        ),
    ],
)
def test_period_to_a_year(text: str, expected: Windows) -> None:
    assert deadline_windows(text, TUESDAY) == expected
