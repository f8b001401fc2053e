"""A day or the middle of the month named without the month, and a week of a month
(deadlines round 13).

"Talks are set to resume in Geneva on the 14th" and "the vote, expected by mid-month" name
the coming 14th and the coming middle of a month: this month's when it is still ahead,
else next month's. An ordinal followed by a noun ("on the 14th floor", "the 3rd round") or
by "of" (a date, read by the date family) is no day. "The last week of April" and "the week
of May 4" are that week, not the whole month or the one day.
"""

from __future__ import annotations

import calendar
import re
from datetime import datetime, timedelta

from bot.analysis.timewords import (
    MONTH,
    YEAR,
    Range,
    day_end,
    day_start,
    month_number,
    part_of_range,
)

# "on the 14th", "by the 30th"; "(?P<year>)" never matches: the date family's readers ask
# for a year.
DAY_OF_MONTH = re.compile(
    r"\b(?i:(?P<prep>on|by|before|until|till|for))\s+the\s+(?P<nth>[1-9]|[12]\d|3[01])"
    r"(?i:st|nd|rd|th)\b(?P<year>(?!))?"
    r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:and|or|at|in|when|with|after|to|for|but|as|if|so|"
    r"unless|while|where)\b)"
    r"(?!\s+(?:and|or)\s+(?:the\s+)?\d)"  # "on the 3rd and 17th of each month": a habit
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
    # The shared by/until/before rule: "before the 14th" said on the 14th is before it is
    # over, never a window that ended yesterday.
    return (*part_of_range(day_start(day), day_end(day), match.group("prep").lower(), ref), False)


def resolve_mid_month(match: re.Match[str], ref: datetime) -> Range:
    year, month = _month_ahead(ref, 20)
    start = datetime(year, month, 11, tzinfo=ref.tzinfo)
    end = day_end(datetime(year, month, 20, tzinfo=ref.tzinfo))
    if (match.group("prep") or "").lower() in {"by", "before", "until"}:
        start = ref
    return max(start, ref), end, False


_WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# "the last week of April", "the week of May 4": a week, not the whole month or one day.
WEEK_OF = re.compile(
    rf"\b(?:(?i:(?P<prep>by|before|in|during|from|until))\s+)?(?i:the\s+)?"
    rf"(?:(?P<ordinal>(?i:first|second|third|fourth|last|final))\s+(?i:week)\s+of\s+"
    rf"(?P<month>{MONTH})"
    rf"|(?i:week)\s+of\s+(?:(?P<month2>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month3>{MONTH})))"
    rf"(?:,?\s+(?P<year>{YEAR}))?\b"
)


def _week_in(match: re.Match[str], year: int, ref: datetime) -> tuple[datetime, datetime] | None:
    month = month_number(match.group("month") or match.group("month2") or match.group("month3"))
    last = calendar.monthrange(year, month)[1]
    ordinal = (match.group("ordinal") or "").lower()
    if ordinal:
        first = last - 6 if ordinal in {"last", "final"} else 7 * _WEEK_ORDINALS[ordinal] - 6
    else:
        day = int(match.group("day") or match.group("day2"))
        if not 1 <= day <= last:  # "the week of May 0" names no week
            return None
        first = day - datetime(year, month, day).weekday()  # the Monday of that week
    start = datetime(year, month, 1, tzinfo=ref.tzinfo) + timedelta(days=first - 1)
    return start, day_end(start + timedelta(days=6))


def resolve_week_of(match: re.Match[str], ref: datetime) -> Range | None:
    year = int(match.group("year")) if match.group("year") else ref.year
    week = _week_in(match, year, ref)
    rolled = False
    if week is not None and week[1] < ref and not match.group("year"):
        week, rolled = _week_in(match, year + 1, ref), True
    if week is None:
        return None
    # "before the week of April 13" said on the 15th: before that week is over (shared rule)
    return (*part_of_range(*week, (match.group("prep") or "").lower(), ref), rolled)
