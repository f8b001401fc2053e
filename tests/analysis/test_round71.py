"""Round 71, tuned on pool 37 of real news (issue 10). Speakers: "the EU’s chief
negotiator" after the negotiator was named as a paragraph's subject (a body's possessive is
no employer's); "the right-wing network", "the cable network"; given names of the wider
world ("Michel"). Deadlines: "like there's no tomorrow"; "his long-anticipated challenge
on Monday" in Monday's copy; a poll "of 759 likely voters from Tuesday through Saturday"
told in the past; "who is up for reelection this year"; "is prepared to deliver Tuesday"
and "will be held Tuesday" in Tuesday's copy.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Michel Varga has launched his own appeal by warning that the proposals pose a "
         "threat to the single market.\n\nIn an article published in 20 newspapers, the EU’s "
         "chief negotiator writes: “Halden knows well the benefits of the single market and "
         "its rules.”", ["Michel Varga"]),
        # look-alike: an unnamed body's negotiator ("the union’s") needs a title of that name
        ("Tom Hale has launched his own appeal by warning that the proposals pose a threat to "
         "the plant.\n\nIn a letter to members, the union’s chief negotiator writes: “Halden "
         "knows well the benefits of the deal and its rules.”", ["the union’s chief negotiator"]),
        ("Varnex News reached a settlement with Halden Systems on Tuesday, ending a battle "
         "that shredded the right-wing network’s credibility.\n\nThe right-wing network said "
         "in a statement that it “acknowledges the court’s rulings finding certain claims to "
         "be false.”", ["Varnex News"]),
        ("It is possible that the VNN poll could be an outlier.\n\n“The VNN findings could be "
         "an outlier, a statistical anomaly,” the cable network said.", ["VNN"]),
    ],
)
def test_speakers_of_pool_37s_shapes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


MONDAY = mid_morning(date(2027, 6, 21))
TUESDAY = mid_morning(date(2027, 6, 22))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("In a statement, Tom Hale said: \"I've always run every race like there's no "
         "tomorrow, regardless of my opponent.\"", MONDAY, []),
        # look-alike: a tomorrow after "no" in another clause is still tomorrow
        ("There was no deal, but the talks resume tomorrow.", MONDAY,
         [("tomorrow", date(2027, 6, 22), date(2027, 6, 22))]),
        ("Governor Tom Hale launched his long-anticipated challenge to Senator Ana Ruiz on "
         "Monday, officially kicking off the race.", MONDAY, []),
        ("In the Varna poll, the research company used live callers to reach 759 likely "
         "voters by phone from Tuesday through Saturday.", MONDAY, []),
        # look-alike: a span of days ahead
        ("The talks will run from Tuesday through Saturday.", MONDAY,
         [("from Tuesday through Saturday", date(2027, 6, 22), date(2027, 6, 26))]),
        ("Hale, who is up for reelection this year, agreed that these are difficult cases.",
         MONDAY, [("this year", date(2027, 6, 21), date(2027, 12, 31))]),
        ("A military officer twice raised concerns, according to testimony the official is "
         "prepared to deliver Tuesday in the House inquiry.", TUESDAY,
         [("Tuesday", date(2027, 6, 22), date(2027, 6, 22))]),
        ("The vote will be held Tuesday.", TUESDAY,
         [("Tuesday", date(2027, 6, 22), date(2027, 6, 22))]),
        # look-alike: held already in the day's copy
        ("The vote was held Tuesday.", TUESDAY, []),
    ],
)
def test_deadlines_of_pool_37s_shapes(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
