"""Round 74, from invented probes of shapes pools 37 and 38 left (issue 10). Speakers: "a
statement posted on the Kremlin's website said" (a paper posted, no one posting); "Tom
Hale, 64, a longtime farmer" taken up by "the farmer"; "the senator from Texas" read as
"the Texas senator", a lawmaker's label ("R-Ohio") telling the state. Deadlines: "until
late Monday" in Monday's copy; "late Monday night" and "at midnight on Sunday" as written;
not "As of early Friday"; "paused the tariffs for another 30 days" runs from now.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

_SAID_ON_SITE = "\"The talks were constructive and will continue,\" "
_TWO_SENATORS = "Sen. Ana Ruiz, R-Ohio, and Sen. Tom Hale (D-Fla.) spoke to reporters."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_SAID_ON_SITE + "a statement posted on the Kremlin's website said.", ["Kremlin"]),
        ("A notice posted on the Halden Rail website said: \"Trains will run as normal.\"",
         ["Halden Rail"]),
        # look-alike: a person who posts is still the one speaking
        ("\"We will win this,\" Tom Hale posted on his website.", ["Tom Hale"]),
        ("Tom Hale, 64, a longtime farmer, lost his crops this year. \"It is all gone,\" the "
         "farmer said.", ["Tom Hale"]),
        ("Sen. Ana Ruiz spoke to reporters. \"We need to start over,\" the senator from Texas "
         "said.", ["Ana Ruiz"]),
        (f"{_TWO_SENATORS} \"We need to start over,\" the senator from Ohio said.",
         ["Ana Ruiz"]),
        # neither senator sits for Texas: unresolved rather than the last one named
        (f"{_TWO_SENATORS} \"We need to start over,\" the Texas senator said.",
         ["the Texas senator"]),
        (f"{_TWO_SENATORS} \"We need to start over,\" the Florida senator said.",
         ["Tom Hale"]),
        # look-alike: the one senator named sits for another state
        ("Sen. Ana Ruiz, R-Ohio, spoke to reporters. \"We need to start over,\" the senator "
         "from Texas said.", ["the senator from Texas"]),
        # look-alike: the farmer is someone the story never named
        ("Tom Hale, 64, lost his crops this year. Ana Ruiz, 58, a nurse, lost her home. \"It is "
         "all gone,\" the farmer said.", ["the farmer"]),
    ],
)
def test_speakers_of_round_74(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


MONDAY = mid_morning(date(2027, 6, 21))
FRIDAY = mid_morning(date(2027, 6, 25))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Officials said the border crossing would stay closed until late Monday.", MONDAY,
         [("until late Monday", date(2027, 6, 21), date(2027, 6, 21))]),
        # look-alike: closed until then, told as done
        ("The border crossing was closed until late Monday.", MONDAY, []),
        ("The senators will vote late Monday night.", MONDAY,
         [("late Monday night", date(2027, 6, 21), date(2027, 6, 21))]),
        ("As of early Friday, the party had not named its delegates.", FRIDAY, []),
        ("The deadline is midnight Friday.", MONDAY,
         [("midnight Friday", date(2027, 6, 25), date(2027, 6, 25))]),
        ("The ceasefire is due to end at midnight on Sunday.", MONDAY,
         [("at midnight on Sunday", date(2027, 6, 27), date(2027, 6, 27))]),
        # look-alike: ended then
        ("The ceasefire ended at midnight on Sunday.", MONDAY, []),
        ("The president paused tariffs on Canada and Mexico for another 30 days.", MONDAY,
         [("for another 30 days", date(2027, 6, 21), date(2027, 7, 21))]),
        ("The vote was postponed for another week.", MONDAY,
         [("for another week", date(2027, 6, 21), date(2027, 6, 28))]),
        # look-alike: a pause granted in a month gone ran from then
        ("In March the council suspended the rule for another 30 days.", MONDAY, []),
    ],
)
def test_deadlines_of_round_74(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
