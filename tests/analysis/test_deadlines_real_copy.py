"""Deadlines the way real copy states them (issue 10): tense and context decide, the
publication day itself is news rather than a deadline, durations anchor to publication.

Every sentence here was written for this test.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers.briefs import assert_one_window, deadlines_in

# A Friday afternoon.
FRIDAY = datetime(2026, 3, 6, 15, 0, tzinfo=UTC)


def phrases(text: str, published: datetime = FRIDAY) -> list[str]:
    return [deadline.phrase for deadline in deadlines_in(text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "The council postponed its vote on Monday after a long debate.",
        "On Friday morning, the bridge was shut to all traffic.",
        "March 6, 2026\nThe harbour board met in the town hall.",
        "The ferry company cancelled its sailings on Tuesday.",
    ],
)
def test_past_events_are_not_deadlines(text: str) -> None:
    assert deadlines_in(text, FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "phrase", "earliest", "latest"),
    [
        (
            "The court will decide on Monday whether the ban stands.",
            "on Monday",
            date(2026, 3, 9),
            date(2026, 3, 9),
        ),
        (
            "Talks resume next week in Geneva, officials said.",
            "next week",
            date(2026, 3, 9),
            date(2026, 3, 15),
        ),
        (
            "The ministry must respond within days, the judge ruled.",
            "within days",
            date(2026, 3, 6),
            date(2026, 3, 13),
        ),
        (
            "“We will know in a matter of days whether a deal is possible,” the envoy said.",
            "in a matter of days",
            date(2026, 3, 6),
            date(2026, 3, 13),
        ),
        (
            "“The delegations will meet again early in the week,” she said.",
            "early in the week",
            date(2026, 3, 9),
            date(2026, 3, 11),
        ),
        (
            "The envoy said within days the two sides would sign.",
            "within days",
            date(2026, 3, 6),
            date(2026, 3, 13),
        ),
        (
            "Ministers expect a decision in the coming weeks.",
            "in the coming weeks",
            date(2026, 3, 6),
            date(2026, 4, 17),
        ),
        (
            "The company will publish its accounts by the end of the month.",
            "by the end of the month",
            date(2026, 3, 6),
            date(2026, 3, 31),
        ),
        (
            "Parliament hopes to pass the bill before Easter.",
            "before Easter",  # Easter Sunday is 5 April: the Saturday before
            date(2026, 3, 6),
            date(2026, 4, 4),
        ),
        (
            "Officials suggested April or May as realistic windows for a deal.",
            "April or May",
            date(2026, 4, 1),
            date(2026, 5, 31),
        ),
        (
            "The court will hear the appeal on Friday.",
            "on Friday",
            date(2026, 3, 6),
            date(2026, 3, 6),
        ),
        (
            "The council said the road would be closed until Monday.",
            "until Monday",
            date(2026, 3, 6),
            date(2026, 3, 9),
        ),
        (
            "The regulator will rule on 29 February.",
            "on 29 February",
            date(2028, 2, 29),
            date(2028, 2, 29),
        ),
        (
            "The new terminal was pushed back several years, the operator said.",
            "several years",
            date(2033, 3, 6),
            date(2033, 3, 6),
        ),
        (
            "The minister wants to present the plan to parliament very soon.",
            "very soon",
            date(2026, 3, 6),
            date(2026, 3, 20),
        ),
    ],
)
def test_deadline_phrase_as_written_and_its_window(
    text: str, phrase: str, earliest: date, latest: date
) -> None:
    assert_one_window(deadlines_in(text, FRIDAY), phrase, earliest, latest)


def test_about_names_what_is_due() -> None:
    (deadline,) = deadlines_in(
        "The union said the ferry operator must respond within days.", FRIDAY
    )
    assert deadline.about.endswith("the ferry operator must respond")


def test_a_range_of_years_names_its_first_and_last_year() -> None:
    found = deadlines_in(
        "The airline will receive six aircraft from 2029 to 2031, the company said.",
        FRIDAY,
    )
    assert [(d.phrase, d.earliest.year, d.latest.year) for d in found] == [
        ("from 2029", 2029, 2029),
        ("2031", 2031, 2031),
    ]


def test_by_that_time_takes_the_date_of_the_deadline_before_it() -> None:
    found = deadlines_in(
        "The sale must be agreed by March 20. If no price is agreed by that time, the "
        "court will appoint a valuer.",
        FRIDAY,
    )
    assert [d.phrase for d in found] == ["by March 20", "by that time"]
    assert found[1].latest.date() == date(2026, 3, 20)


def test_a_date_named_on_the_publication_day_needs_a_future_verb() -> None:
    assert (
        phrases("On Monday the ferry sailed late again.", datetime(2026, 3, 9, 8, tzinfo=UTC)) == []
    )
    assert phrases(
        "The board will vote on Monday evening.", datetime(2026, 3, 9, 8, tzinfo=UTC)
    ) == ["on Monday evening"]


def test_a_past_29_february_in_a_july_report_does_not_crash() -> None:
    published = datetime(2008, 7, 2, 10, 0, tzinfo=UTC)
    assert deadlines_in("The winner was selected on February 29 by a jury.", published) == []


def test_a_bare_soon_counts_with_a_future_of_its_own_clause() -> None:
    # A bare "soon" was left out until the second pages audit (issue 10) found it the most
    # common miss; a narrated "would soon learn" and "soon after" still stay out.
    assert phrases("The minister said a decision would come soon.") == ["soon"]
    assert phrases("The minister said a decision would come very soon.") == ["very soon"]
    assert phrases("As we would soon learn, the minister had resigned.") == []
    assert phrases("Soon after the vote, the minister resigned.") == []


def test_a_time_phrase_quoted_in_a_headline_leaves_no_marks_in_about() -> None:
    (deadline,) = deadlines_in("Ferry operator may quit the route ‘within days’", FRIDAY)
    assert deadline.phrase == "within days"
    assert deadline.about == "Ferry operator may quit the route"
