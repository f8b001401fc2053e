"""Deadlines round 22: a duty a paper sets now ("the deal requires both sides to open the
crossings on Saturday") looks ahead, as "are required to" does; the same duty told in the
past does not. Invented sentences, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

WEDNESDAY = mid_morning(date(2027, 11, 10))
SATURDAY = ("on Saturday", date(2027, 11, 13), date(2027, 11, 13))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal requires both sides to open the crossings on Saturday.", [SATURDAY]),
        ("The plan calls for both sides to open the crossings on Saturday.", [SATURDAY]),
        ("The agreement commits both sides to open the crossings on Saturday.", [SATURDAY]),
        (
            "The deal requires both sides to pull back heavy weapons and to open the "
            "crossings on Saturday.",
            [SATURDAY],
        ),
        # look-alikes: the duty told in the past.
        ("The deal required both sides to open the crossings on Saturday.", []),
        ("The deal, which required both sides to open the crossings on Saturday, collapsed.", []),
    ],
)
def test_a_duty_set_now_looks_ahead(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected
