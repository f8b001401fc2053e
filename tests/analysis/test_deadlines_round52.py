"""Deadlines round 52, tuned on pool 29 and invented copy: "until 2028 at the earliest" is
2028 or later, not any time before the end of 2028; an act the past compelled ("was forced
to defend his belt … in December") is told, not due; and a second limit joined by "and"
("until Nov. 10 to accept postal ballots and until Nov. 16 for overseas ones") is due as
the first is.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

WEDNESDAY = mid_morning(date(2027, 3, 10))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The appeal could mean the case won’t be put to bed until 2028 at the earliest.",
         [("until 2028", date(2028, 1, 1), date(2028, 12, 31))]),
        ("The Halden line will not reopen until June, at the earliest.",
         [("until June", date(2027, 6, 1), date(2027, 6, 30))]),
        # look-alike: a plain limit runs from now
        ("The Halden line will stay shut until June.",
         [("until June", date(2027, 3, 10), date(2027, 6, 30))]),
    ],
)
def test_a_limit_at_the_earliest_is_a_floor(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The champion was forced to defend his belt against Ivo Rask in December.", []),
        ("The club were made to replay the match against Halden in November.", []),
        # look-alike: a plan of the same shape
        ("The champion is set to defend his belt against Ivo Rask in December.",
         [("in December", date(2027, 12, 1), date(2027, 12, 31))]),
    ],
)
def test_an_act_the_past_compelled_is_not_due(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Election boards have until May 10 to accept postmarked ballots sent at home and "
         "until May 16 for overseas and military ballots.",
         [("until May 10", date(2027, 3, 10), date(2027, 5, 10)),
          ("until May 16", date(2027, 3, 10), date(2027, 5, 16))]),
        # look-alike: a second time with no limit word of the first
        ("Election boards have until May 10 to accept postal ballots and counted 300 on "
         "March 2.", [("until May 10", date(2027, 3, 10), date(2027, 5, 10))]),
    ],
)
def test_a_second_limit_joined_by_and_is_due(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected
