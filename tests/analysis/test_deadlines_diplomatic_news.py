"""Deadlines from a round on diplomatic news (issue 10), each kind restated in a sentence
written for this test, next to the look-alikes that must stay out (window None).

Published on Monday 6 April 2026, the day after Easter, except where a case names its own day.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_window_or_none

EASTER_MONDAY = datetime(2026, 4, 6, 12, 0, tzinfo=UTC)

# (sentence, (phrase as written, first day, last day) or None)
CASES: list[tuple[str, tuple[str, str, str] | None]] = [
    # a holiday just held is not next year's without a future verb of its own
    ('Asked about the offer at the Easter fair, the mayor said, "The only one who is going '
     'to end the strike is me."', None),
    ("In a stern Easter radio address on Sunday, the mayor praised the union.", None),
    ("The council will next meet over Easter, the clerk said.",
     ("over Easter", "2027-03-28", "2027-03-28")),
]


@pytest.mark.parametrize(("text", "window"), CASES)
def test_diplomatic_news(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, EASTER_MONDAY).deadlines, window)
