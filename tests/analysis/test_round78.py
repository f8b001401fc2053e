"""Round 78: pool 42 of real news (issue 10). Speakers: "At about 2 p.m., prosecutors say,
… “…”" and "In a Friday filing, prosecutors said the “…”" (an opening phrase holds no
subject); "Rask was “a popular guy”, according to the councillor Ivo Berg. “…,” he said"
(Berg, whose words the sentence gives); "A woman who lives nearby said …. “…,” she said"
(the unnamed woman, not the named speaker before her); "“…,” said the Justice Department’s
filing in support of the plea deal". Deadlines: "contacts dating back to November" and "as
far back as May" (counted back); "to 25 kg, from 20 kg in October" (the figure's month);
"has provided care for over 100 years" and "have lived there for three years" (lasted so
far); "the largest asteroid to zoom past Earth this year" (the year bounds a comparison);
"ahead of the 2029 midterms" (a later year's poll).

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

_WORDS = "forced their way into the building through the side door at the back"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Ivo Berg posted the message to the group. At about 2 p.m., prosecutors say, a line "
         f"of members that included Lena Holt \"{_WORDS}.\"", ["prosecutors"]),
        ("In a Friday filing, prosecutors said the \"inquiry will likely be one of the largest "
         "in the history of the state courts.\"", ["prosecutors"]),
        # look-alike: an opening phrase before a clause of its own keeps its later speaker
        ("In Halden, the crowds were loud outside the old court, which Mayor Ana Ruiz on "
         "Friday declared a monument \"to the long fight for the right to vote.\"",
         ["Ana Ruiz"]),
        ("Tomas Rask died on Monday. Rask was \"a popular man\", according to the local "
         "councillor Ivo Berg. \"We must never get used to these deaths. We must hear what "
         "these people go through,\" he said.", ["Ivo Berg"]),
        ("Ana Ruiz was driving home when the storm hit.\n\"I saw the roof fly off the barn "
         "and land in the road,\" Ruiz said.\nA woman who lives nearby said she was in her "
         "kitchen when the wind picked up.\n\"It sounded like a train going right past the "
         "window,\" she said.", ["Ana Ruiz", None]),
        # look-alike: a man nearby is no "she"
        ("Ana Ruiz was driving home when the storm hit.\n\"I saw the roof fly off the barn "
         "and land in the road,\" Ruiz said.\nA man who lives nearby said he was in his "
         "kitchen when the wind picked up.\n\"It sounded like a train going right past the "
         "window,\" she said.", ["Ana Ruiz", "Ana Ruiz"]),
        ("\"Yet in the end the officials have not found the one thing that could prove the "
         "fraud,\" said the Justice Department's filing in support of the plea deal.",
         ["Justice Department"]),
    ],
)
def test_speakers_of_pool_42s_shapes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


THURSDAY_IN_MARCH = mid_morning(date(2029, 3, 15))
SATURDAY_IN_JANUARY = mid_morning(date(2029, 1, 27))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Video and new court filings show contacts between Ivo Berg and the rioters dating "
         "back to November.", THURSDAY_IN_MARCH, []),
        ("The feud between the two families stretches back as far as November.",
         THURSDAY_IN_MARCH, []),
        # look-alike: a bill that goes back to the chamber goes there ahead
        ("The bill goes back to the Senate in November, aides said.", THURSDAY_IN_MARCH,
         [("in November", date(2029, 11, 1), date(2029, 11, 30))]),
        ("In response, the central bank increased the daily import quota to 25 kg, from 20 kg "
         "in October.", SATURDAY_IN_JANUARY, []),
        ("Support for the mayor fell to 44 percent, from 54 percent in July.",
         SATURDAY_IN_JANUARY, []),
        # look-alike: a rise still to come may come in that month
        ("The fee will rise from 20 dollars in October, the council said.",
         SATURDAY_IN_JANUARY, [("in October", date(2029, 10, 1), date(2029, 10, 31))]),
        ("The hospital has provided care and hope to children for over 100 years, according "
         "to its website.", SATURDAY_IN_JANUARY, []),
        ("The family has lived in the village for three years.", SATURDAY_IN_JANUARY, []),
        # look-alike: a supply agreed runs on from now
        ("The company has agreed to supply the gas for three years.", SATURDAY_IN_JANUARY,
         [("for three years", date(2029, 1, 27), date(2032, 1, 28))]),
        ("The largest asteroid to zoom past Earth this year will do so on March 21, NASA "
         "says.", THURSDAY_IN_MARCH, [("on March 21", date(2029, 3, 21), date(2029, 3, 21))]),
        # look-alike: a rally still to come this month is due this month
        ("It will be the largest rally to take place in the city this month.",
         THURSDAY_IN_MARCH, [("this month", date(2029, 3, 15), date(2029, 3, 31))]),
        ("The bill is expected to pass ahead of the 2030 midterms, aides said.",
         THURSDAY_IN_MARCH, [("2030", date(2030, 1, 1), date(2030, 12, 31))]),
        # look-alike: the midterms of this year may be over
        ("The party lost seats in the 2029 midterms, aides said.", THURSDAY_IN_MARCH, []),
    ],
)
def test_deadlines_of_pool_42s_shapes(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
