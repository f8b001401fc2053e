"""Round 89: pool 51 of real news (issue 10), judged once on round 88's tip.

Speakers: "“…” requiring DNA testing, the ministry said" is the ministry named before, not a
body of the clause; "Halifax said" after "Halifax Mortgages" is no "she"; "Brig. Gen." does
not end a sentence; "the report quotes Rask as having said he “…”" is Rask's; "the force
declined …, in part to “…”" after "the Harbour Police said" is the police; "Rask ‘s picks"
(a possessive keyed with an opening mark) opens no quote; "“….” Schreiner questioned the
plan." is an act of its own, not the quote's credit, in copy that lost its paragraphs.

Deadlines: "to be open Monday to Friday" names every week's days; "with convoys taking 15
hours to go" is how long a trip lasts; "will wait until next quarter" and "in the current
quarter" are counted from the copy's quarter.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

TUESDAY_IN_FEBRUARY = mid_morning(date(2031, 2, 11))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Strikes are continuing, as the Chilean health ministry said the toll had risen to "
         "357.\n\n\"The toll is still not final, due to the ongoing removal of rubble and "
         "remains\" requiring DNA testing, the ministry said.",
         ["Chilean health ministry"]),
        ("House prices fell in March, according to data from Halifax.\n\nHalifax said prices "
         "were still ahead of last year.\n\nKim Kell, director of Halifax Mortgages, said the "
         "fall was \"not entirely unexpected in view of the reset of the market\".\n\n\"Despite "
         "this, prices have shown surprising resilience in the face of higher costs,\" she "
         "said.",
         ["Kim Kell", "Kim Kell"]),
        ("The exercise will “produce a loud bang that would be heard from far and near,” "
         "Director, Army Public Relations, Brig. Gen. Ivo Nwosu stated on Wednesday.",
         ["Ivo Nwosu"]),
        ("Constable Ivo Rask was demoted after the inquiry.\n\nOutside the diner, the report "
         "quotes Rask as having said he “would hate to see her drive away when there was a "
         "reason to stop her.”",
         ["Ivo Rask"]),
        ("The Harbour Police said in a statement that in every such case “we work closely with "
         "our local and federal partners.”\n\nThe force declined to provide further details, in "
         "part to “minimize the risk of copy-cats.”",
         ["Harbour Police", "Harbour Police"]),
        ("A number of President-elect Ivo Rask ‘s most prominent picks have been targeted by "
         "bomb threats and “swatting attacks,” his transition team said Wednesday. “Last night "
         "and this morning, several nominees were targeted in violent threats to their lives,” "
         "spokesperson Ana Ruiz said in a statement.",
         ["Ana Ruiz"]),
        ("Ivo Lecce said centres could open at 90 per cent capacity. “We will be cautious and "
         "focused on safety to get this right,” he said. “I will share more details about the "
         "plan. We are confident in this plan.” Green Leader Tom Schreiner questioned the "
         "government’s strategy. “Securing a safe place for kids should come first,” said "
         "Schreiner.",
         ["Ivo Lecce", "Tom Schreiner"]),
        # look-alikes: a credit sentence after the quote; "told" takes the outlet
        ("“We will win this fight in the end.” Ana Ruiz told the BBC.", ["Ana Ruiz"]),
        ("“We will win this fight in the end.” Ana Ruiz said on Monday.", ["Ana Ruiz"]),
    ],
)
def test_speakers_of_pool_51(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Securing a safe place for kids to be Monday to Friday should come before bars.",
         TUESDAY_IN_FEBRUARY, []),
        ("Aid is trickling in, with convoys taking 15 hours to go even short distances.",
         TUESDAY_IN_FEBRUARY, []),
        ("The central bank will wait until next quarter before cutting rates again.",
         TUESDAY_IN_FEBRUARY, [("until next quarter", date(2031, 2, 11), date(2031, 6, 30))]),
        ("Sales will pick up in the current quarter, the company said.", TUESDAY_IN_FEBRUARY,
         [("in the current quarter", date(2031, 2, 11), date(2031, 3, 31))]),
        # look-alikes: a stay from a day named, time given to act, a weekday of its own
        ("The talks will run from Thursday through Saturday.", TUESDAY_IN_FEBRUARY,
         [("from Thursday through Saturday", date(2031, 2, 13), date(2031, 2, 15))]),
        ("The rebels have 48 hours to leave the city.", TUESDAY_IN_FEBRUARY,
         [("48 hours", date(2031, 2, 11), date(2031, 2, 13))]),
        ("Polls close Monday to Wednesday, and results come on Friday.", TUESDAY_IN_FEBRUARY,
         [("on Friday", date(2031, 2, 14), date(2031, 2, 14))]),
    ],
)
def test_deadlines_of_pool_51(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
