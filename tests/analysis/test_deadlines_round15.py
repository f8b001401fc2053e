"""Deadlines round 15: shapes left in pool 10, as invented sentences with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from bot.analysis.sentences import split_sentences
from tests.helpers.briefs import Windows, deadline_windows, mid_morning

JULY = mid_morning(date(2026, 7, 27))  # a Monday


# a. A length given as the deadline runs from the day it is set; of two counts, the later.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kell set a new deadline of 10 or 12 days for Dorn to make progress on the talks.",
            [("10 or 12 days", date(2026, 7, 27), date(2026, 8, 8))],
        ),
        (
            "The council set the miners a deadline of two weeks to settle the dispute.",
            [("two weeks", date(2026, 7, 27), date(2026, 8, 10))],
        ),
        (
            "“I'm going to make a new deadline of about ... 10 or 12 days from today,” Kell "
            "told reporters in Tarsk.",
            [("10 or 12 days", date(2026, 7, 27), date(2026, 8, 8))],
        ),
        (
            "Kell set an ultimatum of three to four weeks for the rebels to disarm.",
            [("three to four weeks", date(2026, 7, 27), date(2026, 8, 24))],
        ),
        # look-alikes: counted from another event, or set in a month gone
        ("The rules set a deadline of 30 days after the vote for any appeal.", []),
        ("In May Kell set a deadline of 50 days for the talks.", []),
        ("In May the court gave the parties 90 days to respond.", []),
        ("Earlier this month Kell gave Dorn 50 days to agree.", []),
        ("The firm had set a deadline of 10 days, which expired last week.", []),
    ],
)
def test_length_set_as_the_deadline(text: str, expected: Windows) -> None:
    assert deadline_windows(text, JULY) == expected


def test_ellipsis_after_a_word_that_cannot_end_a_sentence_is_a_pause() -> None:
    text = "“We want a deal of about ... 10 billion,” Varga said. It was late … The talks ended."
    assert [s.text for s in split_sentences(text)] == [
        "“We want a deal of about ... 10 billion,” Varga said.",
        "It was late …",
        "The talks ended.",
    ]


SEPTEMBER = mid_morning(date(2026, 9, 24))  # a Thursday


# b. "by the end of Sep 27" is by that day, not by the end of the month.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "If the two sides fail to agree by the end of Sep 27, the old levies return.",
            [("by the end of Sep 27", date(2026, 9, 24), date(2026, 9, 27))],
        ),
        (
            "The Dorn assembly must pass the budget by the end of September 28.",
            [("by the end of September 28", date(2026, 9, 24), date(2026, 9, 28))],
        ),
        # look-alikes: the end of the month itself
        (
            "The Dorn assembly must pass the budget by the end of September.",
            [("by the end of September", date(2026, 9, 24), date(2026, 9, 30))],
        ),
        (
            "The Dorn assembly must pass the budget by the end of September 2026.",
            [("by the end of September 2026", date(2026, 9, 24), date(2026, 9, 30))],
        ),
    ],
)
def test_end_of_a_dated_day(text: str, expected: Windows) -> None:
    assert deadline_windows(text, SEPTEMBER) == expected
