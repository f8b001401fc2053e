"""A day or the middle of the month named without the month (deadlines round 13).

"Talks are set to resume in Geneva on the 14th" and "the vote, expected by mid-month" name
the coming 14th and the coming middle of a month: this month's when it is still ahead,
else next month's. An ordinal followed by a noun ("on the 14th floor", "the 3rd round") or
by "of" (a date, read by the date family) is no day.
"""

from __future__ import annotations

import calendar
import re
from datetime import datetime, timedelta

from bot.analysis.timewords import Range, day_end, day_start

# "on the 14th", "by the 30th"; "(?P<year>)" never matches: the date family's readers ask
# for a year.
DAY_OF_MONTH = re.compile(
    r"\b(?i:(?P<prep>on|by|before|until|till))\s+the\s+(?P<nth>[1-9]|[12]\d|3[01])"
    r"(?i:st|nd|rd|th)\b(?P<year>(?!))?"
    r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:and|or|at|in|when|with|after|to|for|but|as|if|so|"
    r"unless|while|where)\b)"
)
# "(?P<prep2>)" never matches: the end-of-period readers ask for it.
MID_MONTH = re.compile(
    r"(?i:\b(?:(?P<prep>by|before|until|around|in)\s+)?mid-?month\b)(?P<prep2>(?!))?"
)


def _month_ahead(ref: datetime, last_day_wanted: int) -> tuple[int, int]:
    """This month when its day `last_day_wanted` is still to come, else next month."""
    if ref.day <= last_day_wanted:
        return ref.year, ref.month
    return (ref.year + 1, 1) if ref.month == 12 else (ref.year, ref.month + 1)


def resolve_day_of_month(match: re.Match[str], ref: datetime) -> Range | None:
    nth = int(match.group("nth"))
    year, month = _month_ahead(ref, nth)
    if nth > calendar.monthrange(year, month)[1]:
        return None  # "on the 31st" said on 1 May after April's 30 days: unclear
    day = datetime(year, month, nth, tzinfo=ref.tzinfo)
    if match.group("prep").lower() in {"by", "until", "till"}:
        return ref, day_end(day), False
    if match.group("prep").lower() == "before":
        return ref, day_end(day) - timedelta(days=1), False
    return day_start(day), day_end(day), False


def resolve_mid_month(match: re.Match[str], ref: datetime) -> Range:
    year, month = _month_ahead(ref, 20)
    start = datetime(year, month, 11, tzinfo=ref.tzinfo)
    end = day_end(datetime(year, month, 20, tzinfo=ref.tzinfo))
    if (match.group("prep") or "").lower() in {"by", "before", "until"}:
        start = ref
    return max(start, ref), end, False
