"""Shapes that hand judges of a sixth pool of news counted as deadline errors, restated in
sentences written for this test: a gathering dated by its month ("the harbour summit in
November") whatever the verb of the clause around it, "before <month>", which ends with
the month before, "the next year" of a past narrative, counted from a year told of, and
"events from the summer" (what happened then); a span "within 60 days of <an event>" is
not counted from a second time joined on after the event ("… and start selling by 2028").
Each rule has its look-alike that must keep its old reading.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_window_or_none

# Saturday 1 November 2025: the summer is gone.
NOVEMBER = datetime(2025, 11, 1, 12, 0, tzinfo=UTC)
# Friday 23 May 2025.
MAY = datetime(2025, 5, 23, 12, 0, tzinfo=UTC)

Window = tuple[str, str, str] | None

CASES: list[tuple[datetime, str, Window]] = [
    # a gathering dated by its month is ahead, though the clause reports a past saying
    (MAY, "The envoys running the harbour summit in November have said they want a quick deal.",
     ("in November", "2025-11-01", "2025-11-30")),
    (MAY, "The envoys who met in November have said they want a quick deal.", None),
    (MAY, "The envoys at the harbour summit in March said they wanted a quick deal.", None),
    # "before <month>" ends with the month before it
    (MAY, "All members must send in their plans before September, the board said.",
     ("before September", "2025-05-23", "2025-08-31")),
    (MAY, "All members must send in their plans by September, the board said.",
     ("by September", "2025-05-23", "2025-09-30")),
    # "the next year" told in the past counts from the story's year, not from today
    (MAY, "In 2023 the envoys agreed to drop coal. But the next year at the Oslo summit, they "
          "failed to repeat the pledge.", None),
    (MAY, "The envoys will meet again over the next year.",
     ("over the next year", "2025-05-23", "2026-05-23")),
    (MAY, "Ruiz said the next year will be hard for the port.",
     ("next year", "2026-01-01", "2026-12-31")),
    # events "from the summer" are what happened then; rules "from the summer" start then
    (NOVEMBER, "The judges pressed the lawyer, suggesting that events from the summer may be "
               "grounds enough to send in troops.", None),
    (NOVEMBER, "The rules will apply from the summer.",
     ("from the summer", "2026-06-01", "2026-08-31")),
    # a span from an undated event is not counted from the next time in its own clause
    (MAY, "Under the new bill, grants will go only to farms that break ground within 60 days "
          "of the bill’s passage and start selling crops by the end of 2028.",
     ("by the end of 2028", "2025-05-23", "2028-12-31")),
]


@pytest.mark.parametrize(("published", "text", "window"), CASES)
def test_pool6_deadline_rules(published: datetime, text: str, window: Window) -> None:
    assert_window_or_none(analyse(text, published).deadlines, window)
