"""Round 63, tuned on pool 33 of real news (issue 10). Speakers: a post split by a line
break inside its quote; "…, and Ruiz later tweeted that “…”"; a named spokesman for
someone; the Chinese surname He; "the bill that he said had “…”"; the guest of an opening
clause; "the California Republican" after "a New Mexico Republican"; "Prosecutors alleged".
Deadlines: a forecast clause told in the past; "the second time in two days"; "before the
Easter recess"; "until at least 2021" after "don't expect"; a condition of bail; a
reported "matter of hours or days"; "$100,000" and " -- " inside a clause.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import (
    Windows,
    deadline_windows,
    deadlines_in,
    mid_morning,
    speakers_in,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line break inside a post: the quote runs on to the paragraph that closes it
        ("The minister replied on Saturday evening.\n\n\"Tom Lau, who I do not know, was "
         "appointed by the last government.\n\nWas supposed to leave in May but he just "
         "quit,\" Ana Ruiz tweeted.\n\n\"Grandstander? The press is making a big deal about "
         "nothing!\"", ["Ana Ruiz", "Ana Ruiz"]),
        # look-alike: a pull quote's signature line keeps the quote above it alone
        ("The plan drew criticism on Monday.\n\n\"We will fight this plan in every court of "
         "the land.\nAna Ruiz, Halden Party.\"\n\nThe vote is next week.", ["Ana Ruiz"]),
        ("Ana Ruiz spoke on Monday.\n\nU.S. officials said this week that the government is "
         "making plans to pull all troops out of Halden, and Ruiz later tweeted that “we "
         "have won, my only reason for being there.”", ["Ana Ruiz"]),
        ("Tom Lau, the spokesman for Halden President Ana Ruiz, said the office welcomed the "
         "offer.\n\n\"The office has been expressing its intent to talk anytime, anywhere,\" "
         "the spokesman said.", ["Tom Lau"]),
        ("Tom Lau, a spokesman for Halden President Ana Ruiz, said the office welcomed the "
         "offer.\n\n\"The office has been expressing its intent to talk anytime, anywhere,\" "
         "the spokesman said.", ["Tom Lau"]),
        # look-alike: an unnamed spokesman still speaks for the one he works for
        ("Ana Ruiz's spokesman said the office welcomed the offer.\n\n\"The office has been "
         "expressing its intent to talk anytime, anywhere,\" the spokesman said.",
         ["Ana Ruiz"]),
        ("“We are ready to work with the other side on every issue,” He Lifeng said on "
         "Monday.", ["He Lifeng"]),
        ("“We are ready to work with the other side on every issue,” said He Lifeng, "
         "the vice premier.", ["He Lifeng"]),
        ("Tom Hale wanted the cuts. Democrats did not agree.\n\nHale faulted Ana Ruiz on "
         "Thursday for wanting extras in the bill that he said had \"nothing to do with what "
         "we're talking about.\"", ["Tom Hale"]),
        ("Tom Hale spoke first.\n\nThe senator criticised the deal, which he said was \"a "
         "betrayal of every promise we made.\"", ["Tom Hale"]),
        ("In brief remarks after meeting President Lars Berg of Halden, Tom Hale disputed "
         "that his party feels betrayed, saying that “the more who look at it, the more "
         "will say this makes sense.”", ["Tom Hale"]),
        ("\"I am expecting sanctions at least,\" Sen. Lars Berg, a New Mexico Republican, "
         "said.\n\nAsked about the plan, Sen. Ana Ruiz told reporters, \"The clear import of "
         "what he said is that there will be.\"\n\n\"Halden can't just say they will comply. "
         "We think sanctions must be applied,\" the California Republican said.",
         ["Lars Berg", "Ana Ruiz", "Ana Ruiz"]),
        ("Prosecutors alleged that Hale \"sexually exploited and abused dozens of workers\" "
         "at his farms.", ["Prosecutors"]),
    ],
)
def test_speakers_of_pool_33s_shapes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


WEDNESDAY = mid_morning(date(2027, 12, 8))
FEBRUARY = mid_morning(date(2027, 2, 24))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Hale said that “economists across the country have revised their forecasts "
         "for growth” after the tax deal was announced on Monday night.", []),
        ("It will be the second time in two days that Tom Hale has served as the envoy.",
         []),
        # look-alike: a forecast of a day ahead still names it
        ("There is a risk of severe storms from Varna to Halden on Saturday.",
         [("on Saturday", date(2027, 12, 11), date(2027, 12, 11))]),
        ("They were released on the condition that each post $100,000 bond within a week.",
         [("within a week", date(2027, 12, 8), date(2027, 12, 15))]),
        ("One analyst said it was a \"matter of hours or days\" before the leader steps "
         "aside.", [("matter of hours or days", date(2027, 12, 8), date(2027, 12, 15))]),
        # look-alike: a narrated past span is no time ahead
        ("It was only a matter of days before the town fell.", []),
        ("They said they do not expect to take action on school funding until at least "
         "2029.", [("until at least 2029", date(2029, 1, 1), date(2029, 12, 31))]),
        ("The plan to withdraw half its troops by the summer -- some 7,000 soldiers -- "
         "has drawn criticism.", [("by the summer", date(2027, 12, 8), date(2028, 8, 31))]),
    ],
)
def test_deadlines_of_pool_33s_shapes(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


def test_before_the_easter_recess_is_before_easter() -> None:
    found = deadlines_in(
        "\"We're going to have a bill to mark up, I guarantee you, before the Easter "
        "recess,\" Sen. Tom Hale said.", FEBRUARY)
    assert [(d.phrase, d.earliest.date(), d.latest.date()) for d in found] == [
        ("before the Easter recess", date(2027, 2, 24), date(2027, 3, 27))
    ]
    assert found[0].about == "We're going to have a bill to mark up"
