"""'this week' in Sunday copy told with an ongoing verb: the week starting tomorrow.

On a Sunday, "the talks are heading for a showdown this week" and the reported "said the
talks were facing a moment of truth this week" look at the coming week; a plain past
("the talks collapsed this week") or a trend ("prices are rising this week") is the week
just ending and stays none.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.analysis.deadline_usages import EVENT_UNDER_WAY, UNDER_WAY

_SUNDAY = 6
# Only the progressive of a planned or running event (deadline_usages' reading): "prices are
# rising this week" on a Sunday reports the week just ending.
_REPORTED_ONGOING = re.compile(
    r"\b(?:said|warned|told\s+\w+|added|insisted)\s+(?:that\s+)?[^,;]*\b(?:was|were)\s+"
    rf"{EVENT_UNDER_WAY}",
    re.IGNORECASE,
)


def sunday_week_ahead(left: str, phrase: str, published: datetime) -> bool:
    """True for Sunday's 'this week' after an ongoing verb, said now or reported."""
    if published.weekday() != _SUNDAY or phrase.lower() != "this week":
        return False
    return UNDER_WAY.search(left) is not None or _REPORTED_ONGOING.search(left) is not None
