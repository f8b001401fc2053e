"""Deadlines round 40, tuned on pool 25 and invented copy: "who was meant to be inaugurated in
August" is a plan the story has overtaken; two time phrases of one sentence that come to the
same days for one thing are one line; "the deadline of Dec. 31" and "the transition period,
which ends Dec. 31" are one line; "On Friday, Ruiz is cutting short her holiday" is an
arrangement ahead, and "Friday, May" is no date beside the day; a term that "departs in
January" or "steps down in January" ends then; "…, leaving it funded until December 7" runs
to that day. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

WEDNESDAY = mid_morning(date(2027, 10, 13))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court ordered the swearing-in of Lenz, who was meant to be inaugurated in "
         "December.", []),
        ("Lenz was supposed to take office in December, but the court ordered an early "
         "swearing-in.", []),
        # look-alike: a plan still standing
        ("Lenz is due to be inaugurated in December.",
         [("in December", date(2027, 12, 1), date(2027, 12, 31))]),
    ],
)
def test_a_plan_the_story_has_overtaken(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Where we will be as we approach the deadline of Dec. 31 is another matter, the "
         "pollster said. The two sides noted that Ostland did not want an extension to the "
         "transition period, which ends Dec. 31.",
         [("Dec. 31", date(2027, 12, 31), date(2027, 12, 31))]),
        # look-alike: two things due that day
        ("The union will strike on Dec. 31. The transition period ends Dec. 31.",
         [("on Dec. 31", date(2027, 12, 31), date(2027, 12, 31)),
          ("Dec. 31", date(2027, 12, 31), date(2027, 12, 31))]),
    ],
)
def test_a_deadline_and_what_ends_that_day_are_one_line(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


def test_two_phrases_of_one_sentence_for_the_same_days_are_one_line() -> None:
    assert deadline_windows(
        "The bill is expected to be released within the next few days in the pro-forma "
        "session this week.",
        WEDNESDAY,
    ) == [("within the next few days", date(2027, 10, 13), date(2027, 10, 17))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Friday, Ruiz is cutting short the first leg of her holiday to meet the "
         "president at his residence.",
         [("On Friday", date(2027, 10, 15), date(2027, 10, 15))]),
        ("On Friday, May is cutting short the first leg of her holiday to meet the "
         "president at his residence.",
         [("On Friday", date(2027, 10, 15), date(2027, 10, 15))]),
        # look-alikes: a report of a day gone; a date beside the day
        ("The paper is reporting that a couple were surprised to see the sign on Friday "
         "night.", []),
        ("The summit opens on Friday, May 12, 2028, in Lisbon.",
         [("May 12, 2028", date(2028, 5, 12), date(2028, 5, 12))]),
    ],
)
def test_an_arrangement_on_a_day_ahead(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rask continues to push to succeed the speaker when the veteran departs in "
         "January.", [("in January", date(2028, 1, 1), date(2028, 1, 31))]),
        ("The bills were not finished on time, leaving the agency funded at last year's "
         "levels until December 7.",
         [("until December 7", date(2027, 10, 13), date(2027, 12, 7))]),
        # look-alikes: a departure told in the past; a span left behind
        ("The veteran departed in January.", []),
        ("The bills were not finished on time, and the agency was funded until "
         "December 7.", []),
    ],
)
def test_a_term_ending_and_a_state_left_running(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected
