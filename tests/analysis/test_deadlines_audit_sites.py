"""Deadlines after an audit on pages of many news and blog sites (issue 10): the kinds of
false alarm and miss found there, each restated in a sentence written for this test.

Published on a Tuesday in November, so a month before it reads as next year's.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers.briefs import assert_one_window, deadlines_in

TUESDAY = datetime(2026, 11, 17, 15, 0, tzinfo=UTC)


NOT_DEADLINES = {
    "a planned outage is no plan for the month": (
        "The utility cut power to thousands in three planned outages in October."
    ),
    "a month as a modifier of a past event": (
        "The accord, once hoped for within days of an October summit, has stalled."
    ),
    "a cancelled plan's date": "The mayor cancelled a fare rise planned for Oct. 1.",
    "a counterfactual perfect": "Without the storm, sales in Q3 would have been higher.",
    "a weekly edition": "The group plans to drop Sunday editions of its papers.",
    "a month of this year": "The firm changed the design as recently as May of this year.",
}


@pytest.mark.parametrize("text", list(NOT_DEADLINES.values()), ids=list(NOT_DEADLINES))
def test_what_the_sites_audit_showed_is_not_a_deadline(text: str) -> None:
    assert deadlines_in(text, TUESDAY) == []


def test_a_weekday_beside_its_date_gives_the_date_only() -> None:
    found = deadlines_in("Seats for the concerts go on sale Friday, Dec. 4, at noon.", TUESDAY)
    assert [d.phrase for d in found] == ["Dec. 4"]
    assert found[0].earliest.date() == found[0].latest.date() == date(2026, 12, 4)


# A timetable present sets a day ahead: sentence -> (phrase, first day, last day).
TIMETABLE_CASES = {
    "The retailer reports earnings Thursday.": ("Thursday", "2026-11-19", "2026-11-19"),
    "The Hornets (5-2) play Saturday at home.": ("Saturday", "2026-11-21", "2026-11-21"),
    "The choir will sing on a long trip, which kicks off June 3 in Leeds.":
        ("June 3", "2027-06-03", "2027-06-03"),
    "After a winter break, the series picks up February 6 in Turin.":
        ("February 6", "2027-02-06", "2027-02-06"),
    "The council meets ahead of its session that starts in early January.":
        ("early January", "2027-01-01", "2027-01-11"),
}


@pytest.mark.parametrize("text", list(TIMETABLE_CASES))
def test_a_timetable_present_sets_a_day_ahead(text: str) -> None:
    phrase, first, last = TIMETABLE_CASES[text]
    found = deadlines_in(text, TUESDAY)
    assert_one_window(found, phrase, date.fromisoformat(first), date.fromisoformat(last))


@pytest.mark.parametrize(
    "text",
    [
        "The season usually starts in September.",
        "The tour, which kicked off June 3, was a success.",
        "Shares closed lower Monday.",
    ],
)
def test_a_habit_or_a_past_is_no_timetable(text: str) -> None:
    assert deadlines_in(text, TUESDAY) == []


def test_would_have_to_still_looks_ahead() -> None:
    found = deadlines_in("The board would have to approve the sale by March 1.", TUESDAY)
    assert_one_window(found, "by March 1", date(2026, 11, 17), date(2027, 3, 1))


def test_the_day_a_plan_was_told_is_not_the_plan() -> None:
    text = ("The chairman, who will lead the group, told staff on Oct. 30 that the merger "
            "would cut costs.")
    assert deadlines_in(text, TUESDAY) == []
