"""Deadlines that hand judges of diplomatic news counted as missed (issue 10, carried days):
a time whose day was named a sentence or two before ("The session opens at 3 pm"), a present
progressive of an event this week ("is travelling to Brussels this week"), and parts of the
week ("midweek", "early in the week" said on a Wednesday). Each sits next to look-alikes
that must stay out.

Every sentence here was written for this test. Published on Wednesday 4 March 2026, noon.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_window_or_none

WEDNESDAY = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
SATURDAY = datetime(2026, 3, 7, 12, 0, tzinfo=UTC)
SUNDAY = datetime(2026, 3, 8, 12, 0, tzinfo=UTC)


def windows(text: str, published: datetime = WEDNESDAY) -> list[tuple[str, str, str]]:
    """(phrase, earliest, latest) of each deadline, times to the minute."""
    return [
        (d.phrase, d.earliest.strftime("%a %d %H:%M"), d.latest.strftime("%a %d %H:%M"))
        for d in analyse(text, published).deadlines
    ]


THURSDAY = ("on Thursday", "Thu 05 00:00", "Thu 05 23:59")

# (text, the deadlines after the first sentence's own)
CARRIED: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "The port authority will vote on Thursday. The hearing opens at 2 pm, and a ruling "
        "is expected that same evening.",
        [("at 2 pm", "Thu 05 14:00", "Thu 05 14:59"),
         ("that same evening", "Thu 05 18:00", "Thu 05 23:59")],
    ),
    (
        "The port authority will vote on Thursday. A statement is due later that day.",
        [("later that day", "Thu 05 00:00", "Thu 05 23:59")],
    ),
    (
        "The port authority will vote on Thursday. A second ballot is planned for the next "
        "day, and the mayor will brief reporters the following morning.",
        [("the next day", "Fri 06 00:00", "Fri 06 23:59"),
         ("the following morning", "Fri 06 06:00", "Fri 06 11:59")],
    ),
    (
        "The port authority will vote on Thursday. The result should be known hours later.",
        [("hours later", "Thu 05 00:00", "Fri 06 11:59")],
    ),
    (
        "The port authority will vote on Thursday. Doors open by 9:30 a.m. for observers.",
        [("by 9:30 a.m.", "Thu 05 00:00", "Thu 05 09:30")],
    ),
    (
        "The port authority will vote on Thursday. Members will meet the night before to "
        "agree a text.",
        [("the night before", "Wed 04 18:00", "Wed 04 23:59")],
    ),
    (
        "The port authority will vote on Thursday. A recount would follow two days later.",
        [("two days later", "Sat 07 00:00", "Sat 07 23:59")],
    ),
    (
        "The port authority will vote on Thursday. The morning after, the mayor will sign.",
        [("The morning after", "Fri 06 06:00", "Fri 06 11:59")],
    ),
    (  # two sentences back, nothing dated in between
        "The port authority will vote on Thursday. Twelve members sit on the board. "
        "Voting closes at noon.",
        [("at noon", "Thu 05 12:00", "Thu 05 12:59")],
    ),
]


@pytest.mark.parametrize(("text", "carried"), CARRIED)
def test_a_time_takes_its_day_from_the_deadline_before_it(
    text: str, carried: list[tuple[str, str, str]]
) -> None:
    assert windows(text) == [THURSDAY, *carried]


THURSDAY_ONLY = ["on Thursday"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the day before is past narration, not a deadline
        ("The port authority voted on Monday. The result came that same evening.", []),
        # the new sentence narrates the past
        ("The port authority will vote on Thursday. Last time the result came hours later.",
         THURSDAY_ONLY),
        ("The port authority will vote on Thursday. Hours later, the mayor resigned.",
         THURSDAY_ONLY),
        ("The port authority will vote on Thursday. Markets closed at 4 pm.", THURSDAY_ONLY),
        # another day named in between is the day meant, or a day of its own
        ("The port authority will vote on Thursday. The board met on Tuesday. A statement is "
         "due later that day.", THURSDAY_ONLY),
        ("The port authority will vote on Thursday. The hearing opens at 2 pm on Friday.",
         ["on Thursday", "on Friday"]),
        # a range longer than a day has no single day to lend
        ("The port authority will vote next week. The hearing opens at 2 pm.", ["next week"]),
        # a comparison, or a night before told of the past
        ("The port authority will vote on Thursday. Fees are up 2% from the day before.",
         THURSDAY_ONLY),
        ("The port authority will vote on Thursday. The mayor had slept little the night "
         "before.", THURSDAY_ONLY),
        # a habit, not that day's timetable
        ("The port authority will vote on Thursday. Its sessions usually open at 9 am.",
         THURSDAY_ONLY),
        # a new paragraph starts afresh
        ("The port authority will vote on Thursday.\n\nThe hearing opens at 2 pm.",
         THURSDAY_ONLY),
        # a sentence about the day of the copy keeps its own day
        ("The port authority will vote on Thursday. At 9 am this morning, the envoys are "
         "meeting in the annex.", THURSDAY_ONLY),
        ("The port authority will vote on Thursday. At 8 pm this evening, the mayor is "
         "hosting the delegates.", THURSDAY_ONLY),
        ("The port authority will vote on Thursday. At 10 am today, the clerks are sorting "
         "the ballots.", THURSDAY_ONLY),
        # a day after another event is not the bare day after
        ("The port authority will vote on Thursday. The day after the vote, the mayor will "
         "fly to Lisbon.", THURSDAY_ONLY),
    ],
)
def test_no_day_is_carried_to_these(text: str, found: list[str]) -> None:
    assert [phrase for phrase, _, _ in windows(text)] == found


WEEK = ("this week", "2026-03-04", "2026-03-08")
WEEKEND = ("this weekend", "2026-03-07", "2026-03-08")

UNDER_WAY: list[tuple[str, tuple[str, str, str] | None]] = [
    ("Contract staff are facing a third missed payment this week.", WEEK),
    ("The foreign secretary is travelling to Vienna this week.", WEEK),
    ("Negotiators are continuing their talks this weekend, officials said.", WEEKEND),
    ("This week, the delegation is visiting three border towns.", ("This week", *WEEK[1:])),
    ("The trade envoys are coming in this weekend.", WEEKEND),
    # looking back over the week, or a trend rather than an event
    ("Bond yields fell this week.", None),
    ("The envoy met the rebels earlier this week.", None),
    ("The envoy has met the rebels twice this week.", None),
    ("The envoy has been meeting rebels this week.", None),
    ("The envoy was travelling to Vienna this week when the news broke.", None),
    ("Prices are rising this week.", None),
    ("It is unclear whether the minister is travelling to Vienna this week.", None),
    ("The staff missed a third payment this week.", None),
]


@pytest.mark.parametrize(("text", "window"), UNDER_WAY)
def test_a_present_progressive_dates_an_event_this_week(
    text: str, window: tuple[str, str, str] | None
) -> None:
    assert_window_or_none(analyse(text, WEDNESDAY).deadlines, window)


WEEK_PARTS: list[tuple[str, datetime, tuple[str, str, str] | None]] = [
    # early in the week with less than a day of it left is next week's
    ("The ministers will meet early in the week.", WEDNESDAY,
     ("early in the week", "2026-03-09", "2026-03-11")),
    ("The envoys will meet midweek.", WEDNESDAY, ("midweek", "2026-03-04", "2026-03-05")),
    ("The envoys will meet midweek.", SATURDAY, ("midweek", "2026-03-10", "2026-03-12")),
    ("Officials hope to finish the text by midweek.", SATURDAY,
     ("by midweek", "2026-03-07", "2026-03-12")),
    ("Shares rallied midweek.", WEDNESDAY, None),
    # an act still to come at this week's event; not a clause of its own about it
    ("The two leaders will hold talks on the sidelines of this week's summit.", WEDNESDAY,
     WEEK),
    ("Crowds who came to protest this week's summit say they will stay.", WEDNESDAY, None),
    # Sunday's "this week" is the coming Monday to Saturday (a US week from today);
    # "later this week" is after today, so from Monday
    ("The foreign secretary is travelling to Vienna this week.", SUNDAY,
     ("this week", "2026-03-08", "2026-03-14")),
    ("The two delegations will resume talks later this week.", SUNDAY,
     ("later this week", "2026-03-09", "2026-03-14")),
    ("The union wants an answer by the end of this week.", SUNDAY,
     ("by the end of this week", "2026-03-08", "2026-03-14")),
    # Sunday's "earlier this week" is the week ending today: nothing ahead
    ("The two delegations met in Geneva earlier this week.", SUNDAY, None),
    ("Earlier this week, the mediator said a deal was close.", SUNDAY, None),
    ("This week's summit drew few leaders.", WEDNESDAY, None),
]


@pytest.mark.parametrize(("text", "published", "window"), WEEK_PARTS)
def test_parts_of_the_week(
    text: str, published: datetime, window: tuple[str, str, str] | None
) -> None:
    assert_window_or_none(analyse(text, published).deadlines, window)
