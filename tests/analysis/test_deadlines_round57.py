"""Deadlines round 57, from earlier pools' left-overs: "not … until" stays one clause over a
few more words ("cannot apply for the new grants until July 1" is July 1, not any day before
it), but a clause opened between ("did not say whether the talks would last until June") is
no floor.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

MONDAY = mid_morning(date(2027, 7, 12))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farmers cannot apply for the new grants until September 1, the department said.",
         [("until September 1", date(2027, 9, 1), date(2027, 9, 1))]),
        ("The bridge will not be fully reopened to heavy traffic until September, officials "
         "said.", [("until September", date(2027, 9, 1), date(2027, 9, 30))]),
        # look-alikes: a clause opened after the negation keeps "until" a span from now
        ("She did not say whether the talks would last until September.",
         [("until September", date(2027, 7, 12), date(2027, 9, 30))]),
        ("The agency has not yet decided if it will extend the rules until 2028.",
         [("until 2028", date(2027, 7, 12), date(2028, 12, 31))]),
    ],
)
def test_a_longer_negated_clause_is_a_floor(text: str, expected: Windows) -> None:
    assert deadline_windows(text, MONDAY) == expected
