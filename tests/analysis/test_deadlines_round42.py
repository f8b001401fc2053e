"""Deadlines round 42, tuned on pool 26 and invented copy: a span a habit takes ("patients
generally return home within a day or two") is nobody's deadline; talks that "have been
meeting this week" are under way, not due; a country that "prepares for an election in
January" looks to next January; and a short relative clause ("…, which is expected soon")
is about the noun it hangs on; "within a day or two" is one phrase, up to two days.
Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, deadlines_in, mid_morning

WEDNESDAY = mid_morning(date(2027, 10, 13))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patients generally return home within a day or two of the procedure.", []),
        ("Such repairs typically take effect within weeks.", []),
        # look-alike: one patient's plan
        ("The senator will return home within a day or two, his doctors said.",
         [("within a day or two", date(2027, 10, 13), date(2027, 10, 15))]),
    ],
)
def test_a_span_a_habit_takes_is_no_deadline(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union has been meeting with the employers this week to settle the dispute.", []),
        # look-alike: a meeting still ahead
        ("The union will meet the employers this week to settle the dispute.",
         [("this week", date(2027, 10, 13), date(2027, 10, 17))]),
    ],
)
def test_talks_under_way_this_week_are_not_due(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As Ostland prepares for a presidential election in January, a fierce response "
         "could push voters away.", [("in January", date(2028, 1, 1), date(2028, 1, 31))]),
        ("Ostland is gearing up for a presidential election in January.",
         [("in January", date(2028, 1, 1), date(2028, 1, 31))]),
        # look-alike: the past's preparations
        ("Ostland was preparing for a presidential election in January when the war began.",
         []),
    ],
)
def test_preparing_for_a_month_looks_ahead(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


def test_a_short_relative_clause_is_about_its_noun() -> None:
    found = deadlines_in(
        "Tehran has yet to receive a proposal for a fifth round of negotiations, which is "
        "expected soon.",
        WEDNESDAY,
    )
    assert [(d.phrase, d.about) for d in found] == [
        ("soon", "a fifth round of negotiations is expected")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator will return home in a day or two.",
         [("in a day or two", date(2027, 10, 14), date(2027, 10, 15))]),
        ("The panel will rule within a week or two.",
         [("within a week or two", date(2027, 10, 13), date(2027, 10, 27))]),
        # look-alike: "or" joining another span is not a loose count
        ("The panel will rule within a week or two weeks at most.",
         [("within a week", date(2027, 10, 13), date(2027, 10, 20))]),
    ],
)
def test_a_loose_count_after_its_unit_is_in_the_phrase(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected
