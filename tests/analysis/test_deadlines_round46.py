"""Deadlines round 46, from earlier pools' left-overs: a clock time said of a plan with no
day named anywhere near it ("will face each other again at 6 p.m.") is the coming day's,
counted from publication; a month that labels what is paid for it ("full benefits for
November") is no time anything is due.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.helpers.briefs import Windows, deadline_windows, deadlines_in, mid_morning

THURSDAY = mid_morning(date(2027, 5, 6))
FRIDAY = date(2027, 5, 7)
NOVEMBER = mid_morning(date(2027, 11, 4))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The two sides will face each other again at 6 p.m. to settle the final text, "
         "Varga said.", "at 6 p.m."),
        ("The committee is due to vote at 3 p.m. on the amended bill.", "at 3 p.m."),
        ("Officials said they would announce the result by noon.", "by noon"),
        ("“We will resume the talks at 14:30,” Okafor told reporters.", "at 14:30"),
    ],
)
def test_a_clock_time_of_a_plan_with_no_day_named_is_the_coming_day(
    text: str, phrase: str
) -> None:
    found = deadlines_in(text, THURSDAY)
    assert [d.phrase for d in found] == [phrase]
    assert found[0].earliest == THURSDAY
    assert found[0].latest == THURSDAY + timedelta(days=1) - timedelta(seconds=1)


SUNDAY = date(2027, 5, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told of the past, a habit, a timetable without a verb looking ahead
        ("The talks resumed at 9 a.m. and ended at noon.", []),
        ("The session usually opens at 9 a.m. and will close at 5 p.m. every day.", []),
        ("Polls close at 8 p.m. local time.", []),
        ("He was due to speak at 11 a.m. but the event was cancelled.", []),
        # the day is named in the sentence, or just before it in the same paragraph
        ("The talks ended on Tuesday without a deal. Negotiators will meet again at 10 a.m.",
         []),
        ("The two sides will face each other again at 6 p.m. Friday, Varga said.",
         [("Friday", FRIDAY, FRIDAY)]),
        ("Voting ends at 8 p.m. on Sunday and will resume at 9 a.m. next week.",
         [("next week", date(2027, 5, 10), date(2027, 5, 16)), ("on Sunday", SUNDAY, SUNDAY)]),
    ],
)
def test_clock_times_of_the_past_habits_or_other_days_are_not_today(
    text: str, expected: Windows
) -> None:
    assert deadline_windows(text, THURSDAY) == expected


def test_a_clock_time_after_a_day_ahead_is_still_that_days() -> None:
    text = "The council will vote on Friday. The session opens at 3 p.m."
    assert deadline_windows(text, THURSDAY) == [
        ("on Friday", FRIDAY, FRIDAY), ("at 3 p.m.", FRIDAY, FRIDAY)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Families will not get full food benefits for November, officials said.", []),
        ("The state said it would cover the rent payments for December.", []),
        # look-alikes: a month that is the time something happens
        ("The board will meet in December to set the rent payments.",
         [("in December", date(2027, 12, 1), date(2027, 12, 31))]),
        ("Benefits will be paid for November by the end of the month, officials said.",
         [("by the end of the month", date(2027, 11, 4), date(2027, 11, 30))]),
    ],
)
def test_a_month_that_labels_what_is_paid_is_not_due(text: str, expected: Windows) -> None:
    assert deadline_windows(text, NOVEMBER) == expected
