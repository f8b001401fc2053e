"""Round 88: what pool 50 (issue 10) still had wrong after round 87.

Speakers: "Kestrel, the AI startup co-founded by former Varna staff, …" is a body, so "as it
describes it" after its quote is Kestrel's.

Deadlines: "adopted a resolution extending the mandate of the mission until June 17, 2032"
keeps the mandate going to that day, however past the adoption; "Early next week, … will
hold a hearing. ¶ A day later, Berg will host …" is a day after each day of the span.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

MONDAY_IN_JUNE = mid_morning(date(2031, 6, 16))
FRIDAY_IN_MARCH = mid_morning(date(2031, 3, 7))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel, the AI startup co-founded by former Varna employees, today announced a paid "
         "plan.\n\nAs we have reported before, Kestrel’s ultimate ambition is to build a "
         "“next-gen algorithm for machine self-teaching,” as it describes it in a pitch deck.",
         ["Kestrel"]),
        # look-alike: a person hired by others stays a person
        ("Ivo Rask, the lawyer hired by the family, said the case was weak.\n\n“We will "
         "appeal the ruling next month,” Rask says.",
         ["Ivo Rask"]),
    ],
)
def test_speakers_left_from_pool_50(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("HALDEN: The council on Monday unanimously adopted a resolution extending the mandate "
         "of the Varna Assistance Mission ( Vama ) until June 17, 2032, while noting the crisis.",
         MONDAY_IN_JUNE, [("until June 17, 2032", date(2031, 6, 16), date(2032, 6, 17))]),
        ("Early next week, Senators Ana Ruiz and Ivo Lenz will oversee a hearing on the rules. "
         "Two chiefs are due to testify.\n\nA day later, Senator Tom Berg will host the first "
         "in a series of meetings on the rules.",
         FRIDAY_IN_MARCH, [("Early next week", date(2031, 3, 10), date(2031, 3, 12)),
                           ("A day later", date(2031, 3, 11), date(2031, 3, 13))]),
        # look-alikes: an extension gone, a day after in a paragraph of its own narrating
        ("The council extended the ban until June 17, 2030.", MONDAY_IN_JUNE, []),
        ("The vote will be held on Tuesday.\n\nThe day after, most members left town.",
         FRIDAY_IN_MARCH,
         [("on Tuesday", date(2031, 3, 11), date(2031, 3, 11))]),
    ],
)
def test_deadlines_left_from_pool_50(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
