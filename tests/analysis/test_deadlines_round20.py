"""Deadlines round 20: shapes pool 15 missed, as invented sentences with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

THURSDAY = mid_morning(date(2027, 2, 25))


# "are required to halt fighting on Saturday": a duty set now looks ahead as "must" does;
# one told of the past ("were required to") does not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Combatants are required to halt fighting on Saturday.",
         [("on Saturday", date(2027, 2, 27), date(2027, 2, 27))]),
        ("Both sides are obliged to withdraw their heavy guns on Monday.",
         [("on Monday", date(2027, 3, 1), date(2027, 3, 1))]),
        # look-alikes: a duty of the past, a span of a rule with no day
        ("Last month the firms were required to file reports on Friday.", []),
        ("The firms had been obliged to file reports on Friday.", []),
        ("Under the law, firms are required to file reports within 30 days of a breach.", []),
    ],
)
def test_a_duty_set_now_looks_ahead(text: str, expected: Windows) -> None:
    assert deadline_windows(text, THURSDAY) == expected


# "for an initial two weeks": the first term set for a truce runs from now as "for two
# weeks" does; one held in the past is gone.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said the cessation would be for an initial two weeks.",
         [("for an initial two weeks", date(2027, 2, 25), date(2027, 3, 11))]),
        ("The ceasefire will last for an initial period of 30 days.",
         [("for an initial period of 30 days", date(2027, 2, 25), date(2027, 3, 27))]),
        # look-alike: an initial term of the past
        ("The truce held for an initial two weeks last year.", []),
    ],
)
def test_an_initial_term_runs_from_now(text: str, expected: Windows) -> None:
    assert deadline_windows(text, THURSDAY) == expected
