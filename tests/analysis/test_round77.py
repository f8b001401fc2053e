"""Round 77: pool 40's left-overs and pool 41 of real news (issue 10). Speakers: "said Ivo
Rask MP" (no "MP" in the name); "Ruiz's lawyers said" (the lawyers, not Ruiz); hyphenated
Korean and Cantonese given names ("Kim Young-shub", "Yuet-ngor") and a portfolio before one
("Minister of Science and ICT Bae Kyung-hoon"); "The general did have one reason to be
cheerful. … “…,” he told" (the general named before, not the king named since); "“Andy
Burnham a week ago …,” he told" (not Burnham); "“…” about …, and “…,” Collins said" (both
Collins's). Deadlines: "following talks … this week" (nine words between, still past); "met
following the vote and it will meet again this week"; "have about two weeks to find common
ground"; "a Friday midnight deadline"; "want passage before early March" in December;
"said McConnell had promised to bring a bill next month"; "a vigil near ground zero on Sept.
10" (not "Sept. 11 victims"); "a Korea–China business forum on Monday morning"; "will run
in the June local elections" and "ahead of the June 3 vote" in December; "from Wednesday
through Jan. 13".

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

_LONG_WORDS = "We will act to protect our customers from now on"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\"We cannot wait any longer,\" said Ivo Rask MP, who chairs the committee.",
         ["Ivo Rask"]),
        ("Ana Ruiz KC said: \"The ruling is clear.\"", ["Ana Ruiz"]),
        ("Senator Ana Ruiz faces an inquiry. \"The senator did nothing wrong,\" Ruiz's "
         "lawyers said in a statement.", ["Ruiz's lawyers"]),
        # look-alike: counsel named keeps the name
        ("Senator Ana Ruiz faces an inquiry. \"The senator did nothing wrong,\" Ruiz's "
         "lawyer, Tom Berger, said.", ["Tom Berger"]),
    ],
)
def test_speakers_of_pool_40s_left_overs(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


WEDNESDAY = mid_morning(date(2027, 6, 23))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("A delegation left for Moscow on Monday with proposals following talks with the UN "
         "envoy Ivo Rask in Damascus this week.", WEDNESDAY, []),
        ("The committee met following the vote and it will meet again this week, Rask said.",
         WEDNESDAY, [("this week", date(2027, 6, 23), date(2027, 6, 27))]),
        # look-alike: an event that came first, with nothing of its own ahead
        ("The committee met following the vote in the chamber this week, Rask said.",
         WEDNESDAY, []),
    ],
)
def test_deadlines_of_pool_40s_left_overs(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"\"{_LONG_WORDS},\" KT Chief Executive Officer (CEO) Kim Young-shub said.",
         ["Kim Young-shub"]),
        (f"\"{_LONG_WORDS},\" Minister of Science and ICT Bae Kyung-hoon said.",
         ["Bae Kyung-hoon"]),
        (f"\"{_LONG_WORDS},\" Chief Executive Carrie Lam Cheng Yuet-ngor said.",
         ["Carrie Lam Cheng Yuet-ngor"]),
        # look-alike: a place and a participle stay apart ("Kyiv-based" is no given name)
        (f"\"{_LONG_WORDS},\" said Ana Ruiz, the Kyiv-based head of the firm.", ["Ana Ruiz"]),
        ("Gen Ivo Rask did not dwell on the crisis. The general, who is also prime minister, "
         "has dismissed talk of a counter-coup.\nAbove it all looms the future of King Tomas "
         "Adler, who was readmitted to hospital last week.\nThe king is a figure from whom "
         "many ideas flow.\nThe general did have one reason to be cheerful. The country "
         "topped the medal table. \"This makes me smile,\" he told a reception for the "
         "athletes.", ["Ivo Rask"]),
        ("Health Secretary Tom Hale called Friday's conference, but Conservative health "
         "spokesman Ivo Rask has said he will not be there.\n\"Tom Hale a week ago wasn't "
         "intending to have a conference at all,\" he told BBC's Newsnight.", ["Ivo Rask"]),
        # look-alike: a quote that opens on someone else leaves its speaker as he was
        ("Health Secretary Tom Hale called Friday's conference.\n\"The councils a week ago "
         "were not even invited to it,\" he told BBC's Newsnight.", ["Tom Hale"]),
        ("Senator Ana Ruiz was critical on Tuesday. \"There has been a lot of discussion\" "
         "about lowering the top rate to 37 percent, and \"having the corporate rate not be "
         "as low,\" Ruiz said.", ["Ana Ruiz", "Ana Ruiz"]),
    ],
)
def test_speakers_of_pool_41s_shapes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


THURSDAY = mid_morning(date(2027, 12, 9))
MONDAY_IN_DECEMBER = mid_morning(date(2027, 12, 20))
FRIDAY = mid_morning(date(2027, 12, 31))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Leaders now have about two weeks to find common ground on a host of issues.",
         THURSDAY, [("about two weeks", date(2027, 12, 9), date(2027, 12, 23))]),
        ("The House, working against a Friday midnight deadline, approved the bill.",
         THURSDAY, [("Friday", date(2027, 12, 10), date(2027, 12, 10))]),
        ("Democrats want passage before early March, when the programme is due to end.",
         MONDAY_IN_DECEMBER, [("before early March", date(2027, 12, 20), date(2028, 2, 29))]),
        # look-alike: a wish of the past keeps its month gone
        ("Democrats wanted passage in early March, but the vote failed.", MONDAY_IN_DECEMBER,
         []),
        ("Earlier on Monday, Senator Ana Ruiz said in a statement that Rask had promised to "
         "bring such a bill to the full Senate next month.", MONDAY_IN_DECEMBER,
         [("next month", date(2028, 1, 1), date(2028, 1, 31))]),
        # look-alike: a promise of long ago, told as such
        ("Rask had promised to close the prison next year, but the plan failed.",
         MONDAY_IN_DECEMBER, []),
        ("They plan a candlelight vigil near ground zero on Sept. 10, the eve of the "
         "anniversary.", mid_morning(date(2027, 8, 25)),
         [("on Sept. 10", date(2027, 9, 10), date(2027, 9, 10))]),
        ("Opponents say it is insensitive to the families of Sept. 11 victims.",
         mid_morning(date(2027, 8, 25)), []),
        ("Apart from the summit, Lee plans to attend a Korea–China business forum on Monday "
         "morning.", FRIDAY, [("on Monday morning", date(2028, 1, 3), date(2028, 1, 3))]),
        ("Ana Ruiz said on Monday that she will run for mayor in the June local elections.",
         MONDAY_IN_DECEMBER, [("June", date(2028, 6, 1), date(2028, 6, 30))]),
        ("The lawmaker made the announcement ahead of the June 3 vote.", MONDAY_IN_DECEMBER,
         [("June 3", date(2028, 6, 3), date(2028, 6, 3))]),
        # look-alikes: a vote the story looks back on, and a date too far on to wait for
        ("The party lost badly in the June local elections, its leader said.",
         MONDAY_IN_DECEMBER, []),
        ("The lawmaker made the announcement ahead of the October 3 vote.", MONDAY_IN_DECEMBER,
         []),
        ("KT said users can apply to unsubscribe from Wednesday through Jan. 13.",
         mid_morning(date(2027, 12, 28)),
         [("from Wednesday through Jan. 13", date(2027, 12, 29), date(2028, 1, 13))]),
    ],
)
def test_deadlines_of_pool_41s_shapes(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
