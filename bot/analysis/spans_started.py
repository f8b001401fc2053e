"""A length counted from a start named in its sentence (issue 10, round 6).

"The truce, which began in January, can only last 150 days": the pause ends 150 days after
January, not 150 days after the day of the copy. When the start is named before the span
in the same sentence, the span's end is counted from the latest day the start can be; an
end already gone is no time ahead.
"""

from __future__ import annotations

import calendar
import re
from datetime import datetime, timedelta

from bot.analysis import timewords as tw

# "the drills starting on July 9 will last for 10 days", "the truce, which takes effect on
# March 10, will last two weeks": a start still ahead.
_STARTS_AHEAD = (
    r"starting|beginning|takes?\s+effect|(?:comes?|enters?)\s+into\s+(?:force|effect)|"
    # "the trial, which opens on 12 May, is expected to last eight weeks"
    r"begins|starts|opens|opening"
)
_BEGAN = (
    r"(?i:began|begun|started|took\s+effect|came\s+into\s+(?:force|effect)|"
    r"went\s+into\s+effect|in\s+(?:force|place)\s+since|since|opened|"
    # "agreed on April 20 to halt attacks for 30 days" (round 13)
    rf"agreed|announced|declared|ordered|{_STARTS_AHEAD})"
)
_STARTING = re.compile(rf"(?i:{_STARTS_AHEAD})\b")
# "which began in January", "that started on 19 January", "since March 3", "began on
# Sunday", "began last month".
STARTED = re.compile(
    rf"\b{_BEGAN}\s+(?:(?i:in|on)\s+)?(?:the\s+)?"
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<month>{tw.MONTH})"
    rf"(?:\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<year>{tw.YEAR}))?"
    rf"|\b{_BEGAN}\s+(?:(?i:on)\s+)?(?P<weekday>(?i:{tw.WEEKDAY_NAME}))\b"
    rf"|\b{_BEGAN}\s+(?P<last>(?i:last\s+(?:week|month)))\b"
    rf"|\b(?i:{_STARTS_AHEAD})\s+(?P<next>(?i:next\s+(?:week|month)))\b"
)


_SETTING = frozenset({"agreed", "announced", "declared", "ordered"})


def without_start(left: str) -> str:
    """The clause without the start it names; a verb that sets the act going ("agreed on
    April 20 to halt attacks") stays, since it also says the act was agreed."""
    def keep_setting(start: re.Match[str]) -> str:
        verb = start.group().split()[0]
        return f" {verb} " if verb.lower() in _SETTING else " "

    return STARTED.sub(keep_setting, left)


def start_named(before: str, published: datetime) -> datetime | None:
    """The latest day the start named before the span can be, or None."""
    starts = list(STARTED.finditer(before))
    if not starts:
        return None
    start = starts[-1]
    today = tw.day_start(published)
    if start.group("weekday"):
        if _STARTING.match(start.group()):  # "starting on Friday": the coming one
            ahead = (tw.WEEKDAYS.index(start.group("weekday").lower()) - published.weekday()) % 7
            return today + timedelta(days=ahead or 7)
        back = (published.weekday() - tw.WEEKDAYS.index(start.group("weekday").lower())) % 7
        return today - timedelta(days=back)
    if start.group("next"):  # "starting next month": its first day, or next week's Monday
        if start.group("next").lower().endswith("week"):
            return tw.week_bounds(published, 1)[0]
        return tw.add_units(today.replace(day=1), 1, "month")
    if start.group("last"):
        if _STARTING.match(start.group()):
            return None  # "starts last week" is no start a span can run from
        if start.group("last").lower().endswith("week"):
            return today - timedelta(days=published.weekday() + 1)  # last week's Sunday
        return today - timedelta(days=published.day)  # last month's last day
    month = tw.month_number(start.group("month"))
    day = start.group("day") or start.group("day2")
    year = int(start.group("year")) if start.group("year") else published.year
    last_day = calendar.monthrange(year, month)[1]
    begun = today.replace(year=year, month=month, day=min(int(day), last_day) if day else last_day)
    if _STARTING.match(start.group()):
        if not day and begun.date() > published.date():
            return begun.replace(day=1)  # "opens in June and will run for three months"
        return begun if day and begun.date() > published.date() else None
    if not start.group("year") and begun.date() > published.date():
        if day is None and month == published.month:
            return today  # "began in March" said in March: this month, up to today
        begun = tw.in_year(begun, year - 1)  # "began in November" said in March
    return begun


_COUNTED_FROM_A_START = frozenset({"for_span", "takes"})  # a further span runs from now


def from_its_start(
    family: str, before: str, resolved: tw.Range, published: datetime
) -> tw.Range | None:
    """A span's range with its end counted from a start named before it; None when that
    end is gone. Any other phrase, or a span with no start named, keeps its range."""
    start = start_named(before, published) if family in _COUNTED_FROM_A_START else None
    earliest, latest, rolled = resolved
    if start is None:
        return resolved
    end = tw.day_end(start + (latest - earliest))
    if start > published:
        return start, end, rolled  # a span whose start is still ahead runs from it
    return None if end < published else (earliest, end, rolled)
