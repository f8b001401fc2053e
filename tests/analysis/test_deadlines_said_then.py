"""Times of things already said or done that read as times ahead, from a round on news
of conflicts: a date that names a deed ("the militia's October 9 assault"), a weekday that
dates a vow or a statement ("her office on Monday vowing ...", "in a statement from the
ministry on Sunday") in copy of the days after, and a date in an opening "But in the early
hours of ..." under a past main clause. Each shape is restated in an invented sentence,
next to the look-alikes that still look ahead.

Published on Tuesday 21 July 2026, late in the day.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_window_or_none

TUESDAY = datetime(2026, 7, 21, 23, 30, tzinfo=UTC)

# (sentence, (phrase as written, first day, last day) or None)
CASES: list[tuple[str, tuple[str, str, str] | None]] = [
    # a date that names a deed of violence names the deed, done already
    ("Tensions grew after the navy sank two boats, blaming their crews for raids both before "
     "and after the militia's October 9 assault on the harbour.", None),
    ("\"There is one place for him, beside all the others who are responsible for October 9 "
     "[raids],\" the colonel said.", None),
    ("Those responsible for October 9 will be punished, the general said.", None),
    ("The dockers' October 9 strike will close every port.",
     ("October 9", "2026-10-09", "2026-10-09")),
    ("The council will hold its October 9 vote on the budget.",
     ("October 9", "2026-10-09", "2026-10-09")),
    # a weekday that dates a vow or a statement, in the days after it
    ("The shelling risks widening the war, with President Ilse Varga's office on Monday "
     "vowing the rebels will \"pay dearly.\"", None),
    ("Belgium told its citizens to leave Chad \"without delay\" in a statement from the "
     "foreign ministry on Sunday.", None),
    ("Norway urged its nationals to quit Mali in a statement on Sunday.", None),
    ("The ministry will issue a statement on Sunday.", ("on Sunday", "2026-07-26", "2026-07-26")),
    ("The mayor will give a speech on Sunday.", ("on Sunday", "2026-07-26", "2026-07-26")),
    # an opening time after a conjunction, under a past main clause
    ("But in the early hours of Aug. 2, the army launched raids and tanks rolled in.", None),
    ("And on Aug. 2, the rebels shelled the airport.", None),
    ("But in the early hours of Aug. 2, the army will cross the river.",
     ("Aug. 2", "2026-08-02", "2026-08-02")),
    ("But on Aug. 2, the army will launch its drills.",
     ("on Aug. 2", "2026-08-02", "2026-08-02")),
]

EARLY_TUESDAY = datetime(2026, 7, 21, 4, 0, tzinfo=UTC)

# A weekday's event a few days on as the subject of a (reported) future, in early copy.
DAY_EVENT_CASES: list[tuple[str, tuple[str, str, str] | None]] = [
    ("An Ecuadorian spokesman said Thursday's talks would take place in Lima, where earlier "
     "rounds failed.", ("Thursday", "2026-07-23", "2026-07-23")),
    ("The spokesman said Wednesday's summit will be held in Porto.",
     ("Wednesday", "2026-07-22", "2026-07-22")),
    ("The spokesman said Monday's talks would take place in Lima.", None),  # Monday just gone
    ("The spokesman said Wednesday's talks took place in Lima.", None),
    ("He said Wednesday's talks would have gone better without the delay.", None),
    # the week's event as the subject of a plain future
    ("This week's round will be one more try to settle the feud over the river.",
     ("This week", "2026-07-21", "2026-07-26")),
    ("This week's round was one more try to settle the feud.", None),
    ("This week's round would have settled the feud.", None),
    ("This year's medal will go to a chemist.", None),
]


@pytest.mark.parametrize(("text", "window"), DAY_EVENT_CASES)
def test_day_event_as_subject_of_a_future(
    text: str, window: tuple[str, str, str] | None
) -> None:
    assert_window_or_none(analyse(text, EARLY_TUESDAY).deadlines, window)


@pytest.mark.parametrize(("text", "window"), CASES)
def test_times_said_or_done_then(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, TUESDAY).deadlines, window)
