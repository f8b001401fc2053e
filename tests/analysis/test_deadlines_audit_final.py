"""Deadlines after the final check on snacktory news pages (issue 10): the kinds of false
alarm and miss found there, each restated in a sentence written for this test, beside a
look-alike that must keep (or keep out) its deadline."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_window_or_none

MID_AUGUST = datetime(2026, 8, 12, 15, 0, tzinfo=UTC)  # a Wednesday
EARLY_JANUARY = datetime(2027, 1, 5, 15, 0, tzinfo=UTC)

Case = tuple[str, tuple[str, str, str] | None]

IN_MID_AUGUST: list[Case] = [
    # a counterfactual perfect is no span given; a span given is
    ("The Larks could have waited two weeks to pick a coach but acted at once.", None),
    ("The board has given the Larks two weeks to pick a coach.",
     ("two weeks", "2026-08-12", "2026-08-26")),
    # a hypothetical asked about is no time set
    ("What happens if the club calls on me this week, in the final?", None),
    ("The club will call on me this week, in the final.",
     ("this week", "2026-08-12", "2026-08-16")),
    # "by yearend" written as one word
    ("Rising orders will lift the index 12 percent by yearend, Ms Olander says.",
     ("by yearend", "2026-08-12", "2026-12-31")),
    # "as of" a later year is a limit; "as of" this year a count to date
    ("Each side may deploy no more than 900 launchers as of 2030.",
     ("as of 2030", "2030-01-01", "2030-12-31")),
    ("As of 2026, the firm employed 300 people.", None),
    # "are coming soon" looks ahead; "was coming soon" narrates
    ("Versions for other tablets are coming soon, the company said.",
     ("soon", "2026-08-12", "2026-08-26")),
    ("Help was coming soon, or so they thought.", None),
    # a forecast over a range of months; a past change over a range of years
    ("Tamsin Greer says the price may rise 40 percent in six to 12 months.",
     ("in six to 12 months", "2027-02-12", "2027-08-12")),
    ("Prices doubled in two to three years.", None),
    # the last six months of a year still running, in a forecast; a year gone is no time
    ("Rising orders will lift the index 9 percent in the last six months of 2026.",
     ("in the last six months of 2026", "2026-08-12", "2026-12-31")),
    ("Orders rose 9 percent in the last six months of 2025.", None),
    ("Orders will rise in the last half of 2027.",
     ("in the last half of 2027", "2027-07-01", "2027-12-31")),
    # the next game of a series, a forecast of who plays: still ahead; a game gone is not
    ("The Larks' next preseason game is on Sunday in Leeds, and Vance said he wants to play.",
     ("on Sunday", "2026-08-16", "2026-08-16")),
    ("The Larks' last game was on Sunday in Leeds.", None),
    ("Vance is unlikely to play Sunday when the Larks host Hull.",
     ("Sunday", "2026-08-16", "2026-08-16")),
    ("Vance was unlikely to play Sunday, his coach said.", None),
]

IN_EARLY_JANUARY: list[Case] = [
    # a month ten months ahead after a past verb is the one just gone ...
    ("Vance took over when Oduya hurt his knee and won four games to put the Larks top in "
     "November.", None),
    # ... but a present or a hope keeps the coming one
    ("Voters go to the polls in November.", ("in November", "2027-11-01", "2027-11-30")),
    ("After a poor autumn, the Larks hope to win the cup in November.",
     ("in November", "2027-11-01", "2027-11-30")),
]

DATED = [
    *((MID_AUGUST, *case) for case in IN_MID_AUGUST),
    *((EARLY_JANUARY, *case) for case in IN_EARLY_JANUARY),
]


@pytest.mark.parametrize(("published", "text", "window"), DATED)
def test_final_check_sentences(
    published: datetime, text: str, window: tuple[str, str, str] | None
) -> None:
    assert_window_or_none(analyse(text, published).deadlines, window)
