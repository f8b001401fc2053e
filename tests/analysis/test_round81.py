"""Round 81: pool 45 of real news and round 80's left-overs (issue 10).

Speakers: "the Court ordered"; "CEO of US Steel"; the body a spokesperson's own description
names; a given name glued to its surname; "ex-UK … head Lord Ferris"; an opening
prepositional phrase; "an editorial from X"; "a Georgia Democrat" as a person's apposition;
"came from X, a voter"; "X's recommendation:"; "the Irdai member".

Deadlines: a month abbreviated after "mid-" ("mid-Oct") or closed by its full stop
("mid-Oct.,"); "through 2031 and 2032" as one span; a list or an addition set off by commas
before the time; a reported future perfect; "the budget of year 2031"; "can't … in 11
months"; the end of the week from Friday; a paragraph opened by a later year; "the
consequential 2031 midterms".

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

MONDAY_IN_MARCH = mid_morning(date(2030, 3, 4))
WEDNESDAY_IN_MARCH = mid_morning(date(2030, 3, 6))
THURSDAY_IN_MARCH = mid_morning(date(2030, 3, 7))
_WORDS = "the state must release every file it holds on the case"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"The court heard the case on Monday. \"{_WORDS},\" the Court ordered.", ["Court"]),
        ("Ivo Lenz, President and CEO of US Steel, said in a statement that the company was "
         "\"working closely with the authorities on the cause\".\n\nHe later told reporters that "
         "\"it is still an active investigation.\"", ["Ivo Lenz", "Ivo Lenz"]),
        (f"Ivo Lenz did not respond to CNN's request for comment. In a statement to CNN, a "
         f"White House spokesperson said, \"{_WORDS}.\"", ["White House"]),
        # look-alike: the body the spokesperson speaks for, named after "for"
        (f"In a statement to CNN, a spokesperson for the White House said, \"{_WORDS}.\"",
         ["White House"]),
        (f"Relations have improved. But DavidLenz, the foreign minister, believes they need a "
         f"central role.\n\n\"{_WORDS},\" he explains.", ["David Lenz"]),
        # look-alike: a name glued of two given names stays one name
        (f"Ivo Lenz spoke first. Then MaryAnne said, \"{_WORDS}.\"", ["MaryAnne"]),
        (f"Chancellor Marek Dorn has secured a call with the leaders on Wednesday.\n\nThey hope "
         f"to be consulted, but ex-UK Foreign Office head Lord Ferris would be surprised to see "
         f"an invite.\n\n\"{_WORDS},\" he warned.", ["Ferris"]),
        (f"Ana Ruiz knew him well. Inside Ivo Lenz's web of power, revealed in new emails In "
         f"2029, Ruiz told the Harbour Journal, \"{_WORDS}.\"", ["Ana Ruiz"]),
        (f"Ana Ruiz knew him well. An editorial from the Harbour Post's editorial board later "
         f"that day read, \"{_WORDS}.\"", ["Harbour Post"]),
        (f"Ivo Lenz, a liberal, said he took a third job. Mara Quell, a Georgia Democrat "
         f"turned independent, said prices were high. \"{_WORDS},\" she added.",
         ["Mara Quell"]),
        (f"Ana Ruiz offered this suggestion: \"{_WORDS}.\" And this desire came from Mara "
         f"Quell, a Democratic-leaning voter in the suburbs: \"New leadership across the "
         f"board.\"", ["Ana Ruiz", "Mara Quell"]),
        (f"The regulator is weighing a higher cap, Ivo Lenz, member of Irdai, said on Friday. "
         f"With new risks the market will change \"and {_WORDS}\", the Irdai member said.",
         ["Ivo Lenz"]),
        (f"The regulator is weighing a higher cap, Ivo Lenz, a board member, said on Friday. "
         f"\"{_WORDS},\" the board member said.", ["Ivo Lenz"]),
        # look-alike: a name right after "for" with no apposition stays a body
        (f"Speaking for Halden Corps, manager Ivo Lenz said, \"{_WORDS}.\"", ["Ivo Lenz"]),
        (f"Donald Trump won the state. Pennsylvania Trump voter Lenz's recommendation: "
         f"\"{_WORDS}.\" Ivo Lenz voted for him.", ["Ivo Lenz"]),
    ],
)
def test_speakers_of_pool_45s_shapes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The ministry said the new rules would apply from mid-Oct, after a consultation.",
         WEDNESDAY_IN_MARCH, [("mid-Oct", date(2030, 10, 11), date(2030, 10, 21))]),
        ("The new rules will apply by mid-Oct., the ministry said.", WEDNESDAY_IN_MARCH,
         [("by mid-Oct.", date(2030, 3, 6), date(2030, 10, 21))]),
        # look-alike: a capitalised "Oct" in a name, with no part of the month, is no month
        ("The ministry said Oct Lenz would apply the new rules.", WEDNESDAY_IN_MARCH, []),
        ("The programme will run through 2031 and 2032, the ministry said.", WEDNESDAY_IN_MARCH,
         [("through 2031 and 2032", date(2030, 3, 6), date(2032, 12, 31))]),
        ("\"We will stay until 2031 or 2032,\" the minister said.", WEDNESDAY_IN_MARCH,
         [("until 2031 or 2032", date(2030, 3, 6), date(2032, 12, 31))]),
        ("Lenz is expected to attend a virtual meeting with the mayor, the deputy mayor, and "
         "EU leaders on Wednesday.", MONDAY_IN_MARCH,
         [("on Wednesday", date(2030, 3, 6), date(2030, 3, 6))]),
        ("Chancellor Ana Ruiz has secured a remote sit down between European leaders, as well "
         "as Ivo Lenz and Tam Ferris, this Wednesday.", MONDAY_IN_MARCH,
         [("this Wednesday", date(2030, 3, 6), date(2030, 3, 6))]),
        # look-alike: an addition set off by commas leaves a past clause past
        ("The council, as well as the mayor, met on Wednesday.", THURSDAY_IN_MARCH, []),
        ("Spokesman Ivo Lenz told Reuters the new forces would have deployed in full by "
         "Saturday.", THURSDAY_IN_MARCH, [("by Saturday", date(2030, 3, 7), date(2030, 3, 9))]),
        # look-alike: a counterfactual perfect after "if" is no time ahead
        ("If the sale had gone through last year, the aircraft would have been delivered by "
         "2031, the airline said.", THURSDAY_IN_MARCH, []),
        ("The budget of year 2031 is going to be a budget of reality, the minister said.",
         THURSDAY_IN_MARCH, []),
        # look-alike: a year as the subject of a future still looks ahead
        ("2031 will be a hard year, the minister said.", THURSDAY_IN_MARCH,
         [("2031", date(2031, 1, 1), date(2031, 12, 31))]),
        ("\"You can't flip the standard of living in 11 months,\" she said.", THURSDAY_IN_MARCH,
         []),
        # look-alike: a contracted negation before a day still names the day
        ("Insiders said Lenz can't be toppled next Tuesday.", THURSDAY_IN_MARCH,
         [("next Tuesday", date(2030, 3, 12), date(2030, 3, 12))]),
        ("He and the Russian president are due to hold talks at the end of the week.",
         MONDAY_IN_MARCH, [("at the end of the week", date(2030, 3, 8), date(2030, 3, 10))]),
        ("For 2031, the cup will expand to 48 teams. The final will be played July 19 in "
         "Harbour City.", THURSDAY_IN_MARCH,
         [("For 2031", date(2031, 1, 1), date(2031, 12, 31)),
          ("July 19", date(2031, 7, 19), date(2031, 7, 19))]),
        ("Voters are looking ahead to the consequential 2031 midterms.", THURSDAY_IN_MARCH,
         [("2031", date(2031, 1, 1), date(2031, 12, 31))]),
        # look-alike: a described year's campaign already gone names no time ahead
        ("He recalled the bruising 2029 campaign.", THURSDAY_IN_MARCH, []),
        # look-alike: "in 2031 and 2032" stays two years, each its own
        ("The programme will run in 2031 and 2032, the ministry said.", WEDNESDAY_IN_MARCH,
         [("in 2031", date(2031, 1, 1), date(2031, 12, 31)),
          ("2032", date(2032, 1, 1), date(2032, 12, 31))]),
    ],
)
def test_deadlines_of_pool_45s_shapes(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
