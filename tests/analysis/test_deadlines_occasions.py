"""Times that date an occasion rather than set one ahead (issue 10, round 2), each kind
restated in a sentence written for this test, next to the look-alikes that must stay in.

Published on Monday 16 March 2026, except where a case names its own day.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_window_or_none

MONDAY = datetime(2026, 3, 16, 12, 0, tzinfo=UTC)
FEBRUARY = datetime(2026, 2, 10, 12, 0, tzinfo=UTC)

# (sentence, (phrase as written, first day, last day) or None)
CASES: list[tuple[str, tuple[str, str, str] | None]] = [
    # a date naming a past occasion opens a clause of past narration
    ("In the mayor's June 14 speech to the council, he set out his terms: the union must "
     "drop its claims.", None),
    ("In the June 14 vote, residents will choose a new mayor.",
     ("June 14", "2026-06-14", "2026-06-14")),
    # the day a remark was made, whatever the remark said of later
    ("The treasurer softened those remarks, telling a radio station on Monday morning that "
     "any change to the date would be for practical reasons.", None),
    ("The treasurer will tell the council on Friday that the budget is final.",
     ("on Friday", "2026-03-20", "2026-03-20")),
    # the first timing of an event since postponed
    ("The news amounts to a six-week postponement of the summit, which was expected to take "
     "place in late April.", None),
    ("The summit is expected to take place in late April.",
     ("late April", "2026-04-21", "2026-04-30")),
    # a photo caption's own dateline
    ("16 March 2026, Bavaria, Munich: Flags fly outside the conference hall.", None),
    # "in the past and in the future" says always; a capability "could soon" is no time due
    ("The two towns are bound together, as they have been in the past and will be in the "
     "future, she said.", None),
    ("The mayor alleged that the rebels were building drones that could \"soon\" reach the "
     "capital.", None),
    ("The mayor said the rebels will soon reach the capital.",
     ("soon", "2026-03-16", "2026-03-30")),
]


@pytest.mark.parametrize(("text", "window"), CASES)
def test_occasions(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, MONDAY).deadlines, window)


def test_a_month_naming_a_deadline_is_one_whatever_verb_set_it() -> None:
    text = ("The board has given both unions a June deadline to reach a deal, the mayor told "
            "reporters. If the June deadline is not met, the board will step in.")
    found = analyse(text, FEBRUARY).deadlines
    assert [(d.phrase, str(d.earliest.date()), str(d.latest.date())) for d in found] == [
        ("June", "2026-06-01", "2026-06-30")
    ]
    assert "deadline to reach a deal" in found[0].about


def test_a_deadline_month_gone_is_not_next_years() -> None:
    autumn = datetime(2026, 9, 8, 12, 0, tzinfo=UTC)
    assert analyse("The June deadline passed without a deal.", autumn).deadlines == []


@pytest.mark.parametrize(
    ("text", "published", "window"),
    [
        # in Sunday's copy "this weekend" is the weekend nearly gone, unless a future says so
        ("I think the worst lesson we could draw from this weekend is to say we can relax.",
         datetime(2026, 2, 15, 12, 0, tzinfo=UTC), None),
        ("The two leaders will meet this weekend.", datetime(2026, 2, 15, 12, 0, tzinfo=UTC),
         ("this weekend", "2026-02-15", "2026-02-15")),
        # on a Saturday half of it is still ahead
        ("The band plays this weekend at the stadium.", datetime(2026, 2, 14, 12, 0, tzinfo=UTC),
         ("this weekend", "2026-02-14", "2026-02-15")),
    ],
)
def test_this_weekend_in_weekend_copy(
    text: str, published: datetime, window: tuple[str, str, str] | None
) -> None:
    assert_window_or_none(analyse(text, published).deadlines, window)
