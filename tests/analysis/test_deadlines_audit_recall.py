"""Deadlines the audits of real copy missed (issue 10), each kind restated in a sentence
written for this test, with the look-alikes that must stay out.

Published on a Tuesday in November, so January and the summer are next year's.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers.briefs import assert_one_window, deadlines_in

TUESDAY = datetime(2026, 11, 17, 15, 0, tzinfo=UTC)


# (sentence, phrase as written, first day, last day)
FOUND = [
    # a timetable verb sets a month or a season rolled into next year
    ("The new hatchback goes on sale in late January.",
     "late January", "2027-01-21", "2027-01-31"),
    ("The hybrid model goes on sale in the summer.",
     "in the summer", "2027-06-01", "2027-08-31"),
    # a team's next-game note
    ("Hawks: Host the Bulls on Friday.",
     "on Friday", "2026-11-20", "2026-11-20"),
    # shopping days after Thanksgiving (26 November 2026)
    ("Shoppers will queue outside the stores on Black Friday.",
     "on Black Friday", "2026-11-27", "2026-11-27"),
    ("Black Friday is going to be busy for the chain.",
     "Black Friday", "2026-11-27", "2026-11-27"),
    # half of a named year
    ("The firm plans to release a lighter laptop in the first half of 2027.",
     "in the first half of 2027", "2027-01-01", "2027-06-30"),
    # the decade after this one
    ("The country wants to be carbon neutral by the end of the next decade.",
     "by the end of the next decade", "2026-11-17", "2039-12-31"),
    # a possessive weekday after a verb still to happen
    ("A group is spending millions to stop him from winning Saturday's primary.",
     "Saturday", "2026-11-21", "2026-11-21"),
    ("Analysts expect her to win Thursday's debate.",
     "Thursday", "2026-11-19", "2026-11-19"),
    # an event the clause is heading for
    ("The mayor is campaigning hard before the runoff on Saturday.",
     "on Saturday", "2026-11-21", "2026-11-21"),
    # a copula before a span from now
    ("The runoff is in two weeks.",
     "in two weeks", "2026-12-01", "2026-12-01"),
    # an event named just before the span
    ("As both parties turn to the crucial primary in Ohio in two weeks, the map shifts.",
     "in two weeks", "2026-12-01", "2026-12-01"),
    ("Leaders are preparing for the summit in three weeks.",
     "in three weeks", "2026-12-08", "2026-12-08"),
    # a modal before a bare form that looks like a past ("hit", "put", "cut")
    ("The new spot could hit the airwaves Thursday.", "Thursday", "2026-11-19", "2026-11-19"),
    # a later year as the subject of a future; a season from which a thing starts
    ("2028 will be about fixing the network, the analyst says.",
     "2028", "2028-01-01", "2028-12-31"),
    ("Prices start at 70,000 euros, with deliveries from spring 2027.",
     "from spring 2027", "2027-03-01", "2027-05-31"),
    # a day said to be approaching or looming
    ("Black Friday is approaching, but some prices have dropped already.",
     "Black Friday", "2026-11-27", "2026-11-27"),
    ("The deadline looms on Friday, and the talks have stalled.",
     "on Friday", "2026-11-20", "2026-11-20"),
    # a time opening a clause joined by "and" takes that clause's verb
    ("The curator went looking for old letters and from December onward they will be "
     "read on the radio.", "from December", "2026-12-01", "2026-12-31"),
]


@pytest.mark.parametrize(("text", "phrase", "first", "last"), FOUND)
def test_what_the_audits_missed_is_found(text: str, phrase: str, first: str, last: str) -> None:
    found = deadlines_in(text, TUESDAY)
    assert_one_window(found, phrase, date.fromisoformat(first), date.fromisoformat(last))


@pytest.mark.parametrize(
    "text",
    [
        "Black Friday pricing is now live on the speakers.",  # a modifier
        "Black Friday was a record for the chain.",
        "The two conventions fall in the second half of July.",  # a month's half
        "Sales rose in the first half of 2026.",
        "The team lost its last half of the season.",
        "After Saturday's primary, the race tightened.",
        "The senator was expected to win Saturday's primary.",  # an expectation gone
        "She said the runoff was in two weeks.",
        "It was the second meeting in two weeks.",  # counts back
        "The firm cut jobs and in March it closed a plant.",
        "The spot would have hit the airwaves Thursday.",
        "2026 will be remembered as a hard year.",  # the year of publication summed up
        "2025 was a hard year.",
        "The columnist George Will reignited his feud with the senator this week.",
        "Prime Minister Theresa May said this week that talks would resume.",
        "I am approaching my gift list this year in a new way.",  # a transitive verb
        "Friday's deadline passed without a deal.",  # "deadline" reads ahead, its verb not
        "The Friday deadline expired at midnight.",
        "As Christmas approached, sales fell.",
        "The first election in two decades was held on Sunday.",
    ],
)
def test_their_look_alikes_stay_out(text: str) -> None:
    assert deadlines_in(text, TUESDAY) == []
