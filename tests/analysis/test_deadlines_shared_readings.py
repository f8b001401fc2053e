"""Readings two modules once wrote each in their own way, now shared: 'before' a bare day or a
week of a month (the range rules of `timewords.part_of_range`)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

_DUE = "The Dorn council must sign the lease before the 14th."


# "before the 14th" said before, on and after the 14th: up to the 13th while the day is ahead;
# said on the day itself, before it is over (never a window that ended yesterday); said after,
# next month's 14th.
@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (date(2026, 4, 10), [("before the 14th", date(2026, 4, 10), date(2026, 4, 13))]),
        (date(2026, 4, 14), [("before the 14th", date(2026, 4, 14), date(2026, 4, 14))]),
        (date(2026, 4, 15), [("before the 14th", date(2026, 4, 15), date(2026, 5, 13))]),
    ],
)
def test_before_a_bare_day_on_every_side_of_it(published: date, expected: Windows) -> None:
    assert deadline_windows(_DUE, mid_morning(published)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "by" and "on" are unchanged by the shared rule
        ("The Dorn council must sign the lease by the 14th.", date(2026, 4, 14),
         [("by the 14th", date(2026, 4, 14), date(2026, 4, 14))]),
        ("Talks in Velmora will resume on the 14th.", date(2026, 4, 14),
         [("on the 14th", date(2026, 4, 14), date(2026, 4, 14))]),
        # a week of a month already begun: "before" it means before it is over
        ("The Dorn council must sign the lease before the week of April 13.", date(2026, 4, 15),
         [("before the week of April 13", date(2026, 4, 15), date(2026, 4, 19))]),
        ("The Dorn council must sign the lease before the week of April 13.", date(2026, 4, 8),
         [("before the week of April 13", date(2026, 4, 8), date(2026, 4, 12))]),
    ],
)
def test_by_on_and_a_week_begun(text: str, published: date, expected: Windows) -> None:
    assert deadline_windows(text, mid_morning(published)) == expected
