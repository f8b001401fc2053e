"""Named periods: quarters and halves of a year, holidays and the weekend, resolved like
other time phrases."""

from __future__ import annotations

import calendar
import re
from datetime import datetime, timedelta

from bot.analysis.timewords import YEAR, Range, before_it, day_end, day_start

WEEKEND = re.compile(
    r"(?i:\b(?P<prep>by|until|till|before|for|over|at|during|throughout|this|as early as|"
    r"as soon as)\s+(?:the\s+)?weekend\b)"
)
QUARTER = re.compile(
    r"\b(?:(?i:(?P<prep>in|by|during|before|until|over|for|at))\s+)?(?i:the\s+)?"
    # "by the end of the first quarter": up to the quarter's end; "at the end of" its last month
    r"(?:(?i:(?P<endof>end|close)\s+of\s+the)\s+)?"
    r"(?:(?i:(?P<ordinal>first|second|third|fourth|final|last))\s+(?i:(?P<unit>quarter|half|(?:three|six)\s+months))"
    r"|Q(?P<number>[1-4])"
    # "will wait until next quarter", "in the current quarter": counted from the copy's day
    r"|(?i:(?P<relative>next|this|the\s+current|the\s+coming)\s+quarter))"
    rf"(?:\s+(?i:of\s+)?(?:(?P<year>{YEAR})|(?i:(?P<next>next)\s+year)|(?i:(?:this|the)\s+year)))?\b"
)
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


def resolve_quarter(match: re.Match[str], ref: datetime) -> Range | None:
    if match.group("relative"):
        return _relative_quarter(match, ref)
    ordinal = (match.group("ordinal") or "").lower()
    if match.group("ordinal") and not (match.group("prep") or match.group("year")):
        return None  # "the first quarter" alone is usually a reported result, not a date
    stated_year = match.group("year") or match.group("next") or re.search(
        r"(?:this|the)\s+year", match.group(), re.I)  # "in the second half of the year"
    if ordinal == "last" and not stated_year:
        return None  # "over the last quarter" is the one just reported
    number = int(match.group("number")) if match.group("number") else _QUARTER_ORDINALS[ordinal]
    year = int(match.group("year")) if match.group("year") else ref.year + bool(match.group("next"))
    months = 3
    unit = (match.group("unit") or "").lower()
    unit = "half" if unit.startswith("six") else "quarter" if unit.startswith("three") else unit
    if unit == "half" and ordinal in {"last", "final"}:
        number = 2  # "the last six months of 2010": July to December
    if unit == "half":
        if number > 2 or not stated_year:
            return None  # "in the second half of July" is a month's, "the last half" a game's
        months = 6  # "in the first half of 2027": January to June
    first, last = months * number - months + 1, months * number
    start = datetime(year, first, 1, tzinfo=ref.tzinfo)
    end = day_end(datetime(year, last, calendar.monthrange(year, last)[1], tzinfo=ref.tzinfo))
    rolled = False
    if not (match.group("year") or match.group("next")) and end < ref:
        start, end, rolled = start.replace(year=year + 1), end.replace(year=year + 1), True
    if match.group("endof"):
        if (match.group("prep") or "").lower() in {"by", "before", "until"}:
            return ref, end, rolled
        start = day_start(end.replace(day=1))
    elif (match.group("prep") or "").lower() == "before":
        return (*before_it(start, end, ref), rolled)
    if (match.group("prep") or "").lower() in {"by", "until"}:
        start = ref
    return start, end, rolled


# "before the Easter recess": the break a holiday names starts by the holiday.
HOLIDAY = re.compile(
    r"\b(?:(?i:(?P<prep>by|before|until|till|at|over|for|around|ahead of|on|in time for))\s+"
    r"(?P<the>(?i:the)\s+(?=(?:Easter|Christmas|Thanksgiving)\s+(?:recess|break)\b))?)?"
    r"(?P<name>Orthodox Easter|Easter|Christmas Eve|Christmas Day|Christmas|New Year's Eve|"
    r"New Year’s Eve|"
    r"New Year's Day|New Year’s Day|New Year|Halloween|Thanksgiving|Black Friday|Cyber Monday|"
    r"Inauguration Day|Election Day|"
    r"(?i:the new year|(?:(?<=approaching\s)|(?<=approach\s)|(?<=nearing\s))a new year))\b"
    r"(?(the)\s+(?:recess|break)\b)"
)


def _easter(year: int) -> datetime:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_shift) // 433
    month = (h + weekday_shift - 7 * m + 90) // 25
    day = (h + weekday_shift - 7 * m + 33 * month + 19) % 32
    return datetime(year, month, day)


def _orthodox_easter(year: int) -> datetime:
    """Orthodox Easter Sunday: the Julian computus (Meeus), moved to the Gregorian calendar
    (13 days on, right from 1900 to 2099)."""
    d = (19 * (year % 19) + 15) % 30
    e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return datetime(year, month, day + 1) + timedelta(days=13)


def _holiday_date(name: str, year: int) -> datetime:
    name = name.replace("’", "'")
    if name.lower() in {"the new year", "a new year"}:
        name = "New Year"
    if name == "Easter":
        return _easter(year)
    if name == "Orthodox Easter":
        return _orthodox_easter(year)
    if name in {"Thanksgiving", "Black Friday", "Cyber Monday"}:
        first = datetime(year, 11, 1)
        thanksgiving = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        return thanksgiving + timedelta(days={"Black Friday": 1, "Cyber Monday": 4}.get(name, 0))
    fixed = {
        "Christmas Eve": (12, 24),
        "Christmas Day": (12, 25),
        "Christmas": (12, 25),
        "New Year's Eve": (12, 31),
        "Halloween": (10, 31),
    }
    if name in fixed:
        return datetime(year, *fixed[name])
    if name == "Inauguration Day":  # 20 January after a US presidential election
        return datetime(year + (1 - year) % 4, 1, 20)
    if name == "Election Day":  # US: the Tuesday after the first Monday in November
        first = datetime(year, 11, 1)
        first_monday = first + timedelta(days=-first.weekday() % 7)
        return first_monday + timedelta(days=1)
    return datetime(year + 1, 1, 1)  # New Year, New Year's Day: the coming one


def resolve_weekend(match: re.Match[str], ref: datetime) -> Range:
    """The coming Saturday and Sunday (this one, if it is already the weekend)."""
    saturday = day_start(ref) + timedelta(days=(5 - ref.weekday()) % 7)
    if ref.weekday() == 6:
        saturday -= timedelta(days=1)
    end = day_end(saturday + timedelta(days=1))
    if match.group("prep").lower() == "before":
        return (*before_it(saturday, end, ref), False)
    if match.group("prep").lower() in {"by", "until", "till"}:
        return ref, end, False
    return max(saturday, ref), end, False


# "the weekend talks", "a weekend visit": the weekend as a modifier of an event. Late in the
# week it is the coming weekend (Saturday's copy: the one under way); early in the week it
# is mostly the one just gone, and on a Sunday nearly over, so neither is read.
WEEKEND_EVENT = re.compile(
    r"(?i:\b(?:the|a|this)\s+weekend\s+(?:talks|negotiations|visit|trip|tour|meetings?|summit|"
    r"retreat|rally|rallies|vote|session)\b)"
)
_THURSDAY, _SATURDAY = 3, 5


def resolve_weekend_event(_match: re.Match[str], ref: datetime) -> Range | None:
    if not _THURSDAY <= ref.weekday() <= _SATURDAY:
        return None
    saturday = day_start(ref) + timedelta(days=_SATURDAY - ref.weekday())
    return max(saturday, ref), day_end(saturday + timedelta(days=1)), False


# "Black Friday pricing", "the Black Friday rush": a shopping day's name mostly modifies a
# noun; only after a preposition or as a subject ("Black Friday is approaching") is it a day.
_SALE_DAY_AS_SUBJECT = re.compile(rf"(?:\s+{YEAR})?\s+(?:is|will|’s|'s)\b")


# The last stretch of a US campaign, from the conventions on: only then does "Election Day"
# name the November vote rather than the day of a primary or caucus.
_GENERAL_ELECTION_STRETCH = timedelta(days=120)


def resolve_holiday(match: re.Match[str], ref: datetime) -> Range | None:
    if match.group("name").lower() in {"the new year", "a new year"}:  # its first weeks
        start = datetime(ref.year + 1, 1, 1, tzinfo=ref.tzinfo)
        if (match.group("prep") or "").lower() in {"before", "ahead of"}:
            return (*before_it(start, start, ref), False)  # "before the new year": this one
        return start, day_end(start + timedelta(days=30)), False
    if (
        match.group("name") in {"Black Friday", "Cyber Monday"}
        and not match.group("prep")
        and not _SALE_DAY_AS_SUBJECT.match(match.string, match.end())
    ):
        return None
    day = _holiday_date(match.group("name"), ref.year).replace(tzinfo=ref.tzinfo)
    rolled = False  # next year's, as a month gone is: only a clear future verb makes it so
    if day_end(day) < ref:
        day = _holiday_date(match.group("name"), ref.year + 1).replace(tzinfo=ref.tzinfo)
        rolled = True
    if match.group("name") == "Election Day" and day - ref > _GENERAL_ELECTION_STRETCH:
        return None  # months before November, "Election Day" is mostly a primary's day
    if (match.group("prep") or "").lower() in {"before", "ahead of"}:
        return (*before_it(day_start(day), day_end(day), ref), rolled)
    if (match.group("prep") or "").lower() in {
        "by",
        "until",
        "till",
        "in time for",
    }:
        return ref, day_end(day), rolled
    return day_start(day), day_end(day), rolled


def _relative_quarter(match: re.Match[str], ref: datetime) -> Range:
    """'next quarter' (the calendar quarter after the copy's), 'this quarter'."""
    index = (ref.month - 1) // 3 + (match.group("relative").lower() == "next")
    year, index = ref.year + index // 4, index % 4
    start = datetime(year, 3 * index + 1, 1, tzinfo=ref.tzinfo)
    last = 3 * index + 3
    end = day_end(datetime(year, last, calendar.monthrange(year, last)[1], tzinfo=ref.tzinfo))
    if (match.group("prep") or "").lower() in {"by", "until", "before"}:
        start = ref  # "will wait until next quarter": from now to that quarter
    return max(start, ref), end, False
