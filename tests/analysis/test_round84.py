"""Round 84: pool 47's left-overs (issue 10).

Speakers: "Finally, the commission rejected the claims, citing a lack of “…”": the body a
definite description opening the lead-in stands for.

Deadlines: "asked a judge to delay the trial for one month" is a put-off counted from the
trial's own date, no time from now ("the levy would be delayed for six years" is); "could
disrupt voting in the 2031 election", said in 2031, looks ahead to the rest of the year, and
a vote of the year told in the past does not.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

WEDNESDAY_IN_MARCH = mid_morning(date(2031, 3, 5))
MONDAY_IN_JANUARY = mid_morning(date(2031, 1, 20))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Harbour Commission on Ethics dismissed the complaint on Friday.\n\nFinally, the "
         "commission rejected the claims that the mayor was absent, citing a lack of "
         "\"adequate factual basis for this allegation.\"", ["Harbour Commission on Ethics"]),
        # look-alike: a named subject was read before
        ("Ivo Lenz dismissed the complaint on Friday.\n\nFinally, Lenz rejected the claims, "
         "citing a lack of \"adequate factual basis for this allegation.\"", ["Ivo Lenz"]),
    ],
)
def test_speakers_of_pool_47s_left_overs(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text, WEDNESDAY_IN_MARCH) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Lawyers asked a judge to delay the start of the trial for one month to allow a "
         "cooling off period.", WEDNESDAY_IN_MARCH, []),
        # look-alikes: a plan put off from now, and a suspension agreed, run from now
        # (counted from the Monday it was announced)
        ("The council announced on Monday the levy would be delayed for six years.",
         WEDNESDAY_IN_MARCH, [("for six years", date(2031, 3, 5), date(2037, 3, 2))]),
        ("The council agreed to suspend the rule for one month.", WEDNESDAY_IN_MARCH,
         [("for one month", date(2031, 3, 5), date(2031, 4, 5))]),
        ("New postal rules could disrupt mail-in voting in the 2031 election, county clerks "
         "warn.", MONDAY_IN_JANUARY, [("2031", date(2031, 1, 20), date(2031, 12, 31))]),
        # look-alikes: the year's vote told in the past, and a later year's as before
        ("Turnout in the 2031 election was low.", MONDAY_IN_JANUARY, []),
        ("Parties picked their candidates for the 2032 election.", MONDAY_IN_JANUARY,
         [("2032", date(2032, 1, 1), date(2032, 12, 31))]),
    ],
)
def test_deadlines_of_pool_47s_left_overs(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
