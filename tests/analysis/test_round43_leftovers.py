"""Round 43, left-overs of earlier pools: a state's party member ("the South Dakota
Republican") is the senator or governor the story named, not the president beside them;
and a financial year written across two years keeps its prefix or suffix as written
("in fiscal 2028-29", "in the 2028-29 financial year", "in FY2028-29").

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning, speakers_in

THURSDAY = mid_morning(date(2027, 3, 11))
VOW = "“We will not back down on this, not for a single day,”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"President Tom Kestrel met Senator Ruth Grange on Tuesday. {VOW} the South Dakota "
         "Republican said.", ["Ruth Grange"]),
        ("Senator Ruth Grange backed the plan last month. On Tuesday, reporters pressed top "
         "Kestrel ally Grange on the bill, as President Tom Kestrel watched. "
         f"{VOW} the South Dakota Republican said.", ["Ruth Grange"]),
        (f"President Tom Kestrel met Gov. Ana Ruiz on Tuesday. {VOW} the New Mexico Democrat "
         "said.", ["Ana Ruiz"]),
        # look-alike: with no lawmaker named, the subject stays the one described
        (f"Tom Kestrel met Ruth Grange on Tuesday. {VOW} the South Dakota Republican said.",
         ["Tom Kestrel"]),
    ],
)
def test_a_states_party_member_is_the_lawmaker_named(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text, THURSDAY) == expected


YEAR_28 = (date(2028, 4, 1), date(2029, 3, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry expects the deficit to narrow to 3.1 percent in fiscal 2028-29.",
         [("in fiscal 2028-29", *YEAR_28)]),
        ("The ministry expects the deficit to narrow in the 2028-29 financial year.",
         [("in the 2028-29 financial year", *YEAR_28)]),
        ("Revenue is forecast to rise in FY2028-29, the treasury said.",
         [("in FY2028-29", *YEAR_28)]),
        # look-alikes: a past financial year, and a season
        ("Revenue rose 4 percent in fiscal 2025-26, the treasury said on Monday.", []),
        ("The club hopes to finish third in the 2028-29 season.", []),
    ],
)
def test_a_financial_year_keeps_its_words(text: str, expected: Windows) -> None:
    assert deadline_windows(text, THURSDAY) == expected
