"""Round 65, tuned on pool 34 of real news (issue 10). Speakers: a party label set off by
commas ("Sen. Tom Hale, R-Fleming Island, said", "DFL-St. Paul"); an age before the
description after a question; "the magistrate"; "the hospital" and a saint's name ("St.
Mary’s Medical Center"); "the e-mailed statement" after a spokeswoman issued it; a group
whose words someone else relays ("Berg noted that defense lawyers said “…”"). Deadlines: a
clock's colon ("2:15 p.m. Tuesday"); a frame before a dash; the day a norm is taken ("the
April 1 average"); a risk's horizon; "the following Tuesday" after "last Saturday"; the
noun "will"; "by the 2013 fiscal year".

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning, speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lawmakers reached a deal on Tuesday night.\n\n\"Our duty is to ensure the safe use "
         "of this medicine,\" Sen. Tom Hale, R-Fleming Island, said in a statement. \"This "
         "legislation will expand access.\"", ["Tom Hale", "Tom Hale"]),
        ("The bill passed on Friday.\n\n\"Halden is a beacon of hope for families,\" Rep. Ana "
         "Ruiz, DFL-St. Paul, said. \"The bill will send a strong message.\"", ["Ana Ruiz"]),
        # look-alike: the bracketed label read the same way already
        ("The bill passed on Friday.\n\n\"Halden is a beacon of hope for families,\" Rep. Ana "
         "Ruiz (D-Varna) said. \"The bill will send a strong message.\"", ["Ana Ruiz"]),
        ("Workers fumed at the comments.\n\n“Do you think that when we’re up on the eighth "
         "floor we’re doing anything wrong?” Tom Alvarez, 48, a window worker from Varna, "
         "said during a break Monday morning just outside the site. “We’re risking our "
         "lives.”", ["Tom Alvarez", "Tom Alvarez"]),
        ("Manhattan-based U.S. Magistrate Judge Tom Gorenstein agreed with prosecutors on "
         "Tuesday.\n\n\"There is no evidence to the contrary,\" Gorenstein wrote in an "
         "order.\n\n\"In fact, this question is very much in dispute,\" the magistrate "
         "wrote.", ["Tom Gorenstein", "Tom Gorenstein"]),
        ("St. Mary’s Medical Center said the patient was treated there. \"Our investigation "
         "confirmed that the center followed all protocols,\" the center said in a "
         "statement.\n\nThe CDC is investigating.\n\nThe hospital said it will continue to "
         "work with the agency “to ensure the safety of all donated blood products.”",
         ["St. Mary’s Medical Center", "St. Mary’s Medical Center"]),
        # look-alike: a hospital named as one
        ("A patient died at Halden General Hospital last week, officials said.\n\nThe "
         "hospital said it will continue to work with the agency “to ensure the safety of "
         "all donated blood products.”", ["Halden General Hospital"]),
        ("In response to questions, Ana Ruiz, a spokeswoman for the Halden Group, issued a "
         "statement saying that the company followed the law.\n\n“Our contractors are "
         "required to produce documentation,” the e-mailed statement said.",
         ["Halden Group"]),
        ("Judge Tom Berg ruled on Wednesday.\n\nBerg noted that defense lawyers said \"it is "
         "undisputed that federal agents are involved in detaining him.\"",
         ["defense lawyers"]),
        ("Senator Tom McClure spoke after the vote.\n\nMcClure said senators told him, \"We "
         "will not support this bill in its current form.\"", ["senators"]),
        # look-alike: a named one relayed was already read
        ("Senator Tom McClure spoke after the vote.\n\nMcClure said Ana Lopez told him, \"We "
         "will not support this bill in its current form.\"", ["Ana Lopez"]),
    ],
)
def test_speakers_of_pool_34s_shapes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


MONDAY = mid_morning(date(2027, 3, 8))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The key vote will be held at 2:15 p.m. Tuesday.",
         [("Tuesday", date(2027, 3, 9), date(2027, 3, 9))]),
        ("The key vote is now scheduled for 2:15 p.m. Tuesday, Tom Hale said — giving "
         "negotiators more time to finish the resolution that will keep the government "
         "funded until Dec. 17.",
         [("until Dec. 17", date(2027, 3, 8), date(2027, 12, 17)),
          ("Tuesday", date(2027, 3, 9), date(2027, 3, 9))]),
        ("The snowpack is already 223% above the April 1 average, the date when it is "
         "typically at its peak.", []),
        # look-alike: a day named for a deadline is one
        ("Firms must file their returns before the April 1 deadline.",
         [("April 1", date(2027, 4, 1), date(2027, 4, 1))]),
        ("Adults who have a 10 percent or greater risk of having a heart attack in the next "
         "10 years benefit the most, the panel says.", []),
        ("The panel will publish its advice in the next few weeks.",
         [("in the next few weeks", date(2027, 3, 8), date(2027, 4, 5))]),
        ("He claimed last Saturday that he would be arrested the following Tuesday.", []),
        ("He said he would be arrested on Tuesday.",
         [("on Tuesday", date(2027, 3, 9), date(2027, 3, 9))]),
        ("The deal affirms the will of 71 percent of voters who approved an amendment in "
         "November's election.", []),
        ("Voters will decide on the amendment in November.",
         [("in November", date(2027, 11, 1), date(2027, 11, 30))]),
        ("It allocates $2.55 billion this year, with that figure rising to $2.95 billion by "
         "the 2030 fiscal year.",
         [("by the 2030 fiscal year", date(2027, 3, 8), date(2030, 12, 31))]),
        # in copy about Congress, the federal year that ends in September
        ("The bill Congress passed allocates $2.55 billion, with that figure rising to $2.95 "
         "billion by the 2030 fiscal year.",
         [("by the 2030 fiscal year", date(2027, 3, 8), date(2030, 9, 30))]),
    ],
)
def test_deadlines_of_pool_34s_shapes(text: str, expected: Windows) -> None:
    assert deadline_windows(text, MONDAY) == expected
