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


NOVEMBER = mid_morning(date(2026, 11, 11))  # a Wednesday


# c. A deed with its victim or place, dated by a month of this year gone, is told, not due.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The killing of former leader Ada Varga in Velmora in July suggests the group "
            "may be at risk there.",
            [],
        ),
        ("The assassination of the former commander in August shows the risk.", []),
        (
            "Velmora would be an option, although the killing of former leader Ada Varga in "
            "Tarsk in July suggests the group may be at risk there.",
            [],
        ),
        ("The attack on the port of Tarsk in March was repelled.", []),
        # look-alikes: a deed still to come, or an event about the deed
        (
            "The planned attack on the port in July will test the navy.",
            [("in July", date(2027, 7, 1), date(2027, 7, 31))],
        ),
        (
            "If talks fail, the army will launch the attack on the port in July.",
            [("in July", date(2027, 7, 1), date(2027, 7, 31))],
        ),
        (
            "The trial over the killing of Ada Varga opens in July.",
            [("in July", date(2027, 7, 1), date(2027, 7, 31))],
        ),
        (
            "The inquiry into the death of Ada Varga is due to report in December.",
            [("in December", date(2026, 12, 1), date(2026, 12, 31))],
        ),
    ],
)
def test_deed_dated_by_a_month_gone(text: str, expected: Windows) -> None:
    assert deadline_windows(text, NOVEMBER) == expected


# d. A month of this year let pass ("by skipping the review in April"), told in July.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The shortfall was made worse by skipping the scheduled price review in April, "
            "the fund said.",
            [],
        ),
        (
            "Losses grew after forgoing the planned fare rise in March and a fuel levy.",
            [],
        ),
        # look-alikes: a gerund as the object of a verb, or the skipping still to come
        (
            "The board is considering postponing the vote planned for April.",
            [("April", date(2027, 4, 1), date(2027, 4, 30))],
        ),
        (
            "Skipping the review in April will cost the utility dearly.",
            [("in April", date(2027, 4, 1), date(2027, 4, 30))],
        ),
    ],
)
def test_month_let_pass(text: str, expected: Windows) -> None:
    assert deadline_windows(text, JULY) == expected


# e. "this weekend's attack" said early in the week is the weekend just gone.
@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            date(2026, 4, 15),  # a Wednesday
            "“From this weekend’s attack to the raids on shipping, Dorn’s acts threaten the "
            "region and could hurt trade,” Kell said.",
            [],
        ),
        # look-alikes: an event that is held, or a deed said late in the week
        (
            date(2026, 4, 15),
            "This weekend's summit could ease the tension, Kell said.",
            [("This weekend", date(2026, 4, 18), date(2026, 4, 19))],
        ),
        (
            date(2026, 4, 17),  # a Friday
            "This weekend's attack could come from the north, Kell said.",
            [("This weekend", date(2026, 4, 18), date(2026, 4, 19))],
        ),
    ],
)
def test_weekend_deed_early_in_the_week(published: date, text: str, expected: Windows) -> None:
    assert deadline_windows(text, mid_morning(published)) == expected


AUGUST = mid_morning(date(2026, 8, 12))  # a Wednesday


# f. The time left until a day names that day ahead, whatever the verb.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We are working to keep everyone united. Still a lot of time until Friday,” "
            "said one senior diplomat.",
            [("until Friday", date(2026, 8, 12), date(2026, 8, 14))],
        ),
        (
            "There is still plenty of time until Saturday, Varga said.",
            [("until Saturday", date(2026, 8, 12), date(2026, 8, 15))],
        ),
        # look-alike: time spent, not left
        ("Kell spent a lot of time until Friday in talks with Dorn.", []),
    ],
)
def test_time_left_until_a_day(text: str, expected: Windows) -> None:
    assert deadline_windows(text, AUGUST) == expected


# g. A warning said plainly ("said if … by 12 November, …") names the time the other side has.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In October, the ministers said if Dorn did not let more aid into the valley by "
            "13 November, it would face unspecified consequences.",
            [("by 13 November", date(2026, 11, 11), date(2026, 11, 13))],
        ),
        # look-alikes: a date gone, a condition in the past perfect
        (
            "In May, the ministers said if Dorn did not let more aid in by 1 June, it would "
            "face consequences.",
            [],
        ),
        (
            "The ministers said that if the rebels had not left by November 3, the army would "
            "have moved in.",
            [],
        ),
    ],
)
def test_warning_said_with_a_date(text: str, expected: Windows) -> None:
    assert deadline_windows(text, NOVEMBER) == expected


SUNDAY = mid_morning(date(2026, 9, 6))


# h. A hyphenated adjective in -ed ("long-dated", "Dorn-backed") is no past verb.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Okafor said there was likely to be more selling pressure on long-dated bonds "
            "on Monday.",
            [("on Monday", date(2026, 9, 7), date(2026, 9, 7))],
        ),
        (
            "The state-owned lender is likely to report its results on Monday.",
            [("on Monday", date(2026, 9, 7), date(2026, 9, 7))],
        ),
        # look-alikes: a past verb, with or without a prefix
        ("The Dorn-backed militia attacked the town on Monday.", []),
        ("Varga co-sponsored a bill this year that would triple the cap.", []),
    ],
)
def test_hyphenated_adjective_is_no_past_verb(text: str, expected: Windows) -> None:
    assert deadline_windows(text, SUNDAY) == expected


# i. "on Wednesday, two days before the president meets Dorn": the event dated from the day.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Varga travelled to Tarsk on Wednesday for a call with Kell and other leaders, two "
            "days before the Dorn president meets his rival in Velmora.",
            [("two days before", date(2026, 8, 14), date(2026, 8, 14))],
        ),
        (
            "Kell flew to Tarsk on Monday, three days before the summit is due to open.",
            [("three days before", date(2026, 8, 13), date(2026, 8, 13))],
        ),
        # look-alikes: the event told in the past, or a day still ahead read on its own
        ("Kell flew to Tarsk on Wednesday, two days before the talks collapsed.", []),
        (
            "Kell will fly to Tarsk on Friday, two days before the president meets Dorn.",
            [("on Friday", date(2026, 8, 14), date(2026, 8, 14))],
        ),
    ],
)
def test_event_dated_days_after_the_told_day(text: str, expected: Windows) -> None:
    assert deadline_windows(text, AUGUST) == expected
