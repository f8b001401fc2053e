"""Round 73, tuned on pool 38 of real news (issue 10). Speakers: a description with the
name in apposition ("One red-state Democrat, Varna Sen. Tom Hale, said"); "lawyers for
the opposing states argued"; a document on a body's website, a white paper it published,
a suit it filed "on Friday"; "Calling it “…,” the union filed"; "…, while the Varna
government said that it “…”". Deadlines: "just weeks before the election", "in upcoming
weeks", "In three days, let's …"; no deadline in "has been especially preoccupied with
it this week".

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

_SITE = "Halden Railway Corp"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One red-state Democrat, Varna Sen. Tom Hale, said Sunday that if the president is "
         "now saying, “We are going to make the taxpayer pay for it — that is not the "
         "direction to go.”", ["Tom Hale"]),
        ("\"The agency's assertion of authority in this rule is more far-reaching than any "
         "previous effort,\" lawyers for the opposing states argued in court papers.",
         ["lawyers for the opposing states"]),
        # look-alike: whom the lawyers act for ends before a verb
        ("Attorneys for Ana Ruiz appeared to oppose the effort, saying in court files that "
         "her account \"has never been the property of the department.\"",
         ["Attorneys for Ana Ruiz"]),
        ("\"Harsh winter conditions are an inescapable reality in the north,\" says a "
         f"document titled Railroading in Winter on {_SITE}'s website.\n\n\"Winter has a "
         "profound impact on a railway's operations.\"", [_SITE, _SITE]),
        ("\"The talks were frank and useful for both sides,\" according to a statement on "
         f"{_SITE}'s website.", [_SITE]),
        (f"{_SITE} published a white paper on Tuesday.\n\n\"Harsh winter conditions are an "
         "inescapable reality in the north,\" the white paper said.", [_SITE]),
        ("The Halden Workers Union on Friday filed a federal lawsuit against the company.\n\n"
         "\"The company committed an act of unimaginable treachery against workers,\" the suit "
         "states.", ["Halden Workers Union"]),
        ("Calling the plan \"an all-out assault on our democracy,\" the Halden Workers Union "
         "filed a suit on Friday.", ["Halden Workers Union"]),
        ("In a statement, the Halden government said the move was \"positive,\" while the "
         "Varna government said that it \"will ensure our trade relationship continues to "
         "grow.\"", ["the Varna government"]),
        # look-alike: two people, as before
        ("In a statement, Tom Hale said the move was \"positive,\" while Ana Ruiz said that it "
         "\"will ensure our trade relationship continues to grow.\"", ["Ana Ruiz"]),
    ],
)
def test_speakers_of_pool_38s_shapes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


THURSDAY = mid_morning(date(2027, 9, 23))
MONDAY = mid_morning(date(2027, 6, 21))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Leaders did not anticipate a real threat of a government shutdown, just weeks "
         "before the election.", THURSDAY,
         [("just weeks before the election", date(2027, 9, 23), date(2027, 11, 18))]),
        # look-alike: days before a vote, with nothing to say the vote is still to come
        ("The scandal broke only days before the vote.", THURSDAY, []),
        ("The president has been especially preoccupied with border security this week, "
         "seemingly agitated by a group of migrants.", MONDAY, []),
        # look-alike: a plan for this week
        ("The president will be busy with border security this week.", MONDAY,
         [("this week", date(2027, 6, 21), date(2027, 6, 27))]),
        ("In three days, let's make history!", MONDAY,
         [("In three days", date(2027, 6, 24), date(2027, 6, 24))]),
        ("It will have trouble meeting other repayments in upcoming weeks.", MONDAY,
         [("in upcoming weeks", date(2027, 6, 21), date(2027, 8, 2))]),
    ],
)
def test_deadlines_of_pool_38s_shapes(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
