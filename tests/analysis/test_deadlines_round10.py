"""Deadlines round 10: shapes left from round 9 and seen in pool 7, as invented sentences."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.analysis import analyse

# A Wednesday, mid-morning.
PUBLISHED = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)


def ranges(text: str, published: datetime = PUBLISHED) -> list[tuple[str, date, date]]:
    return [
        (d.phrase, d.earliest.date(), d.latest.date())
        for d in analyse(text, published).deadlines
    ]


# 2a. "before" and "by" in front of a part of a year or month keep the preposition.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new ferry terminal should open before mid-2027.",
         [("before mid-2027", date(2026, 3, 4), date(2027, 5, 1))]),
        ("The new ferry terminal should open before early 2027.",
         [("before early 2027", date(2026, 3, 4), date(2026, 12, 31))]),
        ("The ferry terminal will open by mid-2027.",
         [("by mid-2027", date(2026, 3, 4), date(2027, 9, 1))]),
        # "before late June" ends before late June starts; "by late June" runs to its end
        ("The council should settle the rents before late June.",
         [("before late June", date(2026, 3, 4), date(2026, 6, 20))]),
        ("The council should settle the rents by late June.",
         [("by late June", date(2026, 3, 4), date(2026, 6, 30))]),
        # look-alikes without a preposition of a deadline stay the part itself
        ("The ferry terminal will open in mid-2027.",
         [("mid-2027", date(2027, 5, 2), date(2027, 9, 1))]),
        ("The council will settle the rents in late June.",
         [("late June", date(2026, 6, 21), date(2026, 6, 30))]),
    ],
)
def test_before_a_part_of_a_period(text: str, expected: list[tuple[str, date, date]]) -> None:
    assert ranges(text) == expected


# 2b. "through 2027" runs from now to the year's end; "throughout 2027" is the year itself.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bread prices will stay high through 2027.",
         [("through 2027", date(2026, 3, 4), date(2027, 12, 31))]),
        ("The lease on the depot runs through 2028.",
         [("through 2028", date(2026, 3, 4), date(2028, 12, 31))]),
        ("Bread prices will stay high throughout 2027.",
         [("throughout 2027", date(2027, 1, 1), date(2027, 12, 31))]),
        ("Bread prices will stay high through June.",
         [("through June", date(2026, 6, 1), date(2026, 6, 30))]),
    ],
)
def test_through_a_year(text: str, expected: list[tuple[str, date, date]]) -> None:
    assert ranges(text) == expected


# 2c. "FY2027", "FY27": the short fiscal year, the federal one in copy about Washington.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Pentagon will spend $40 billion on the new tankers in FY2027.",
         [("in FY2027", date(2026, 10, 1), date(2027, 9, 30))]),
        ("Congress must trim the drone program by FY27.",
         [("by FY27", date(2026, 3, 4), date(2027, 9, 30))]),
        ("The Pentagon will spend $40 billion on the new tankers in FY 2027.",
         [("in FY 2027", date(2026, 10, 1), date(2027, 9, 30))]),
        # a company's fiscal year stays the calendar year
        ("The bakery chain expects its margins to recover in FY2027.",
         [("in FY2027", date(2027, 1, 1), date(2027, 12, 31))]),
    ],
)
def test_short_fiscal_year(text: str, expected: list[tuple[str, date, date]]) -> None:
    assert ranges(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The bakery chain's FY27 results were strong.",
        "The bakery chain reported record sales in FY2025.",
    ],
)
def test_short_fiscal_year_without_deadline(text: str) -> None:
    assert ranges(text) == []
