"""Deadlines round 25: a deadline the article gives again, for the same thing and the same
dates, is one line; two things due on one day stay two. Invented sentences, with look-alikes."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import deadlines_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The harbour board will vote on the dredging plan on Friday. Members will debate "
         "the dredging plan for hours before the vote on Friday.", ["on Friday"]),
        ("Varna holds its primary next Tuesday. Ana Ruiz will campaign across Varna before "
         "the primary next Tuesday.", ["next Tuesday"]),
        # look-alikes: two things due on one day, or one thing on two days
        ("The harbour board will vote on the dredging plan on Friday. The ferry union will "
         "strike on Friday.", ["on Friday", "on Friday"]),
        ("The harbour board will vote on the dredging plan on Friday. The dredging plan "
         "vote could be delayed until Monday.", ["on Friday", "until Monday"]),
    ],
)
def test_a_repeated_deadline_is_one_line(text: str, expected: list[str]) -> None:
    assert [d.phrase for d in deadlines_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry union plans a strike on Friday.", ["on Friday"]),
        # look-alike: the plans as a noun, of a day gone
        ("The plans a committee drew up on Monday were dropped.", []),
    ],
)
def test_plans_a_strike_looks_ahead(text: str, expected: list[str]) -> None:
    assert [d.phrase for d in deadlines_in(text)] == expected
