"""Deadlines round 54, from earlier pools' left-overs: a time after "until" with a verb
negated just before it ("won't be settled until 2028") is a floor: the act comes in that
time, not any time before it; and a financial year "from 2028-29" is due like "in 2028-29",
unless it is a baseline ("from 2028-29 levels").

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

WEDNESDAY = mid_morning(date(2027, 3, 10))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dispute over the river crossing will not be settled until 2028, officials said.",
         [("until 2028", date(2028, 1, 1), date(2028, 12, 31))]),
        ("The council said it would not stop the works until June.",
         [("until June", date(2027, 6, 1), date(2027, 6, 30))]),
        ("The case won’t be heard until October, the court said.",
         [("until October", date(2027, 10, 1), date(2027, 10, 31))]),
        # look-alike: a plain limit runs from now
        ("The road will stay closed until June, officials said.",
         [("until June", date(2027, 3, 10), date(2027, 6, 30))]),
        # look-alike: not waiting until a time is acting before it
        ("Voters in Halden aren’t waiting until June to cast their ballots.",
         [("until June", date(2027, 3, 10), date(2027, 6, 30))]),
        # look-alike: a negation far before the limit is not its own
        ("The council did not say whether the road, which the storm damaged, will stay closed "
         "until June.", [("until June", date(2027, 3, 10), date(2027, 6, 30))]),
    ],
)
def test_a_negated_verb_before_until_makes_a_floor(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The treasurer forecast budget surpluses from 2028-29, after three years of deficits.",
         [("from 2028-29", date(2028, 4, 1), date(2029, 3, 31))]),
        # look-alike: a baseline to compare with
        ("Spending is expected to fall from 2028-29 levels, the budget papers show.", []),
    ],
)
def test_a_financial_year_from_which_is_due(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected
