"""Deadlines round 13: general left-overs of pools 1-8, as invented sentences with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

APRIL = mid_morning(date(2026, 4, 15))  # a Wednesday
DECEMBER = mid_morning(date(2026, 12, 2))  # a Wednesday


# a. A length begun before publication ends a length after its start.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry imposed a 90-day freeze announced on January 20.",
            [("90-day freeze announced on January 20", date(2026, 4, 15), date(2026, 4, 20))],
        ),
        (
            "The 60-day ceasefire that began on April 1 is holding, monitors in Velmora said.",
            [("60-day ceasefire that began on April 1", date(2026, 4, 15), date(2026, 5, 31))],
        ),
        (
            "A 90-day pause on port fees, which took effect on March 1, gives shippers room.",
            [("90-day pause on port fees, which took effect on March 1", date(2026, 4, 15),
              date(2026, 5, 30))],
        ),
        (
            "A 60-day window that opened on April 1 gives lawmakers in Dorn time to act.",
            [("60-day window that opened on April 1", date(2026, 4, 15), date(2026, 5, 31))],
        ),
        # look-alikes: an end already gone, a pause said to be over, a statistical period,
        # a start still ahead, a length with no start told
        ("The 30-day ceasefire that began on March 11 is holding.", []),
        ("The 90-day freeze announced on March 20 was lifted on April 2.", []),
        ("Exports rose in the 12-month period that began in April 2025.", []),
        (
            "A 90-day freeze on new permits will begin on Monday.",
            [("on Monday", date(2026, 4, 20), date(2026, 4, 20))],
        ),
        ("The two sides agreed a 30-day ceasefire.", []),
    ],
)
def test_length_begun_before_publication(text: str, expected: Windows) -> None:
    assert deadline_windows(text, APRIL) == expected


# e. A warning told in a month gone: its "within days" ran out long ago.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In March the envoy Taro Velk warned that a deal would come within days.", []),
        ("In March the envoy said an agreement with Orsova would be signed soon.", []),
        ("Velk warned in March that a deal would come within weeks.", []),
        ("Back in June, officials in Dorn predicted the talks would end within days.", []),
        ("Last year Velk said the accord would be ready in the coming weeks.", []),
        # look-alikes: no time told, a length still running, a warning this month
        (
            "Velk warned that a deal would come within days.",
            [("within days", date(2026, 12, 2), date(2026, 12, 9))],
        ),
        (
            "In March Velk said the canal would be finished within three years.",
            [("within three years", date(2026, 12, 2), date(2029, 12, 2))],
        ),
        (
            "In November Velk warned that a deal would come within weeks.",
            [("within weeks", date(2026, 12, 2), date(2027, 1, 13))],
        ),
    ],
)
def test_warning_told_in_a_month_gone(text: str, expected: Windows) -> None:
    assert deadline_windows(text, DECEMBER) == expected
