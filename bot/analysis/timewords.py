"""Time-phrase patterns and their resolution to [earliest, latest] UTC ranges.

Resolvers return (earliest, latest, rolled): `rolled` is True when a phrase without a year
("in February") was moved to next year because this year's occurrence has passed; such a
phrase only counts as a deadline with a clearly future verb.
"""

from __future__ import annotations

import calendar
import re
from datetime import datetime, time, timedelta

Range = tuple[datetime, datetime, bool]

_MONTH_NAMES = [m for m in calendar.month_name if m]
_MONTH_ABBREVIATIONS = {
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}
MONTH = "(?:" + "|".join(_MONTH_NAMES) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
WEEKDAYS = [d.lower() for d in calendar.day_name]
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty-eight": 48,
    "seventy-two": 72,
    "a dozen": 12,
    "a couple of": 2,
    "couple of": 2,
    "a few": 4,
    "few": 4,
    "several": 7,
}
# A bare plural ("within days", "within a matter of weeks") means a handful of units.
_VAGUE_SPAN = {"hour": 48, "day": 7, "week": 6, "fortnight": 3, "month": 6, "year": 5}
NUM = (
    r"(?:\d{1,3}|a dozen|a couple of|couple of|a few|few|several|forty-eight|seventy-two|"
    r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
)
UNIT = r"(?:hours?|days?|weeks?|fortnights?|months?|years?)"

WITHIN = re.compile(
    rf"(?i:\b(?:within|in(?=\s+a\s+matter\s+of\b))\s+(?:the\s+next\s+|the\s+coming\s+|the\s+)?(?:a\s+matter\s+of\s+)?"
    rf"(?:(?P<n>{NUM})\s+)?(?P<unit>{UNIT})\b)"
)
IN_DURATION = re.compile(
    rf"(?i:\bin\s+(?:another\s+)?(?P<n>{NUM})\s+(?P<unit>{UNIT})(?:[’']?\s*time)?\b)"
)
COMING = re.compile(
    rf"(?i:\b(?:(?:in|over|during|within)\s+)?(?:the|(?<=in\s)|(?<=over\s))\s*"
    rf"(?:coming|next|following)\s+"
    rf"(?:(?P<n>{NUM})\s+)?(?P<unit>hours|days|weeks|fortnight|months|years)\b)"
)
NEXT_PERIOD = re.compile(
    r"(?i:\b(?:(?P<part>early|late|later|by|before|until)\s+)?next\s+(?P<unit>week|weekend|month|year)\b)"
)
LATER_THIS = re.compile(
    r"(?i:\b(?:later\s+(?:this|in\s+the)\s+(?P<unit>week|month|year|day)|later\s+today"
    r"|this\s+coming\s+(?P<unit2>week|weekend|month)|(?<!earlier\s)this\s+(?P<unit3>week|weekend|month|year))\b)"
)
TOMORROW = re.compile(
    r"(?i:\b(?:(?:by|until|before)\s+)?(?P<word>the\s+day\s+after\s+tomorrow|tomorrow|tonight|later\s+today)\b)"
)
END_OF_PERIOD = re.compile(
    rf"(?i:\b(?:(?P<prep>by|before|until|at|around|toward|towards|in)\s+)?(?:the\s+)?"
    rf"(?P<edge>end|middle|start|beginning)\s+of\s+(?:the\s+|this\s+|next\s+)?"
    rf"(?P<unit>day|week|month|year|summer|spring|autumn|winter|decade|(?-i:{MONTH})|20\d\d)"
    rf"(?:\s+(?P<year>20\d\d))?\b"
    rf"|\b(?P<prep2>by|before|until)?\s*(?:the\s+)?(?:(?P<short>year|month)[- ]end|end[- ]year|"
    rf"(?P<short2>year|month|week)[’']s\s+end)\b)"
)
DATE = re.compile(
    rf"\b(?:(?i:(?P<prep>by|before|until|till|on|from|no later than|starting|effective|as of))\s+)?"
    rf"(?:(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|"
    rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{MONTH}))"
    rf"(?:,?\s+(?P<year>20\d\d))?\b"
)
WEEKDAY = re.compile(
    r"(?i:\b(?:(?P<prep>until at least|by|before|until|till|on|from|this|next|this coming|"
    r"as early as|as soon as)\s+)?"
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b)"
)
MONTH_ALTERNATIVE = re.compile(
    rf"\b(?:(?i:by|in|between|around|from)\s+)?(?P<m1>{MONTH})\s+(?:or|and|to|-|–|through)\s+"
    rf"(?P<m2>{MONTH})(?:\s+(?P<year>20\d\d))?\b"
)
MONTH_ONLY = re.compile(
    rf"\b(?:(?i:(?P<deadline>by|before|until|till)\s+(?=(?:early|mid|late)[\s-])))?"
    rf"(?:(?i:(?P<prep>(?:early|late|later)\s+in|by|in|before|until|till|from|during|early|mid|"
    rf"late|around|starting|next|this coming|"
    rf"effective|as early as|sometime in|the end of))[\s-]+)?(?P<month>{MONTH})(?!\s+\d{{1,2}}\b)"
    rf"(?:\s+(?P<year>20\d\d))?\b"
)
YEAR_ONLY = re.compile(
    r"\b(?i:(?P<prep>by|in|before|until|from|during|early|late|mid|through|throughout|"
    r"sometime in))[\s-]+(?P<year>20\d\d)\b(?!\s*[-–]\d)"
)
SEASON = re.compile(
    r"(?i:\b(?:(?P<prep>by|in|into|before|until|during|early|late|this|next|for|over)\s+)(?:the\s+)?"
    r"(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>20\d\d))?\b)"
)


def _count(word: str | None, unit: str) -> float:
    if word is None:
        return _VAGUE_SPAN[unit]
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1)


def _unit(unit: str) -> str:
    return unit.lower().rstrip("s")


def _add(start: datetime, amount: float, unit: str) -> datetime:
    if unit == "hour":
        return start + timedelta(hours=amount)
    if unit == "day":
        return start + timedelta(days=amount)
    if unit == "week":
        return start + timedelta(weeks=amount)
    if unit == "fortnight":
        return start + timedelta(weeks=2 * amount)
    if unit == "month" and float(amount).is_integer():
        # Calendar months: "in six months" from 28 September is 28 March.
        month_index = start.month - 1 + int(amount)
        year, month = start.year + month_index // 12, month_index % 12 + 1
        return start.replace(
            year=year, month=month, day=min(start.day, calendar.monthrange(year, month)[1])
        )
    if unit == "month":
        return start + timedelta(days=30.44 * amount)
    return start + timedelta(days=365.25 * amount)


def day_start(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time.min, tzinfo=moment.tzinfo)


def day_end(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time(23, 59, 59), tzinfo=moment.tzinfo)


def _month_range(year: int, month: int) -> tuple[datetime, datetime]:
    last = calendar.monthrange(year, month)[1]
    return datetime(year, month, 1), datetime(year, month, last, 23, 59, 59)


def _aware(pair: tuple[datetime, datetime], ref: datetime) -> tuple[datetime, datetime]:
    return pair[0].replace(tzinfo=ref.tzinfo), pair[1].replace(tzinfo=ref.tzinfo)


def _month_number(name: str) -> int:
    name = name.rstrip(".")
    if name in _MONTH_ABBREVIATIONS:
        return _MONTH_ABBREVIATIONS[name]
    return _MONTH_NAMES.index(name) + 1


def _week_bounds(ref: datetime, weeks_ahead: int) -> tuple[datetime, datetime]:
    monday = day_start(ref) - timedelta(days=ref.weekday()) + timedelta(weeks=weeks_ahead)
    return monday, day_end(monday + timedelta(days=6))


def _amount(match: re.Match[str], unit: str) -> float:
    if match.group("n"):
        return _count(match.group("n"), unit)
    if not match.group("unit").lower().endswith("s"):
        return 1  # "within the next fortnight"
    return _VAGUE_SPAN[unit]  # "within days"


def resolve_within(match: re.Match[str], ref: datetime) -> Range:
    unit = _unit(match.group("unit"))
    return ref, _add(ref, _amount(match, unit), unit), False


def resolve_in_duration(match: re.Match[str], ref: datetime) -> Range:
    unit = _unit(match.group("unit"))
    point = _add(ref, _count(match.group("n"), unit), unit)
    if unit == "hour":
        return point, point, False
    return day_start(point), day_end(point), False


def resolve_coming(match: re.Match[str], ref: datetime) -> Range:
    unit = _unit(match.group("unit"))
    return ref, _add(ref, _amount(match, unit), unit), False


def resolve_next_period(match: re.Match[str], ref: datetime) -> Range:
    unit, part = match.group("unit").lower(), (match.group("part") or "").lower()
    if unit == "week":
        start, end = _week_bounds(ref, 1)
    elif unit == "weekend":
        start, end = _week_bounds(ref, 1)
        start = start + timedelta(days=5)
    elif unit == "month":
        year, month = (ref.year + 1, 1) if ref.month == 12 else (ref.year, ref.month + 1)
        start, end = _aware(_month_range(year, month), ref)
    else:
        start = datetime(ref.year + 1, 1, 1, tzinfo=ref.tzinfo)
        end = datetime(ref.year + 1, 12, 31, 23, 59, 59, tzinfo=ref.tzinfo)
    return (*_part(start, end, part, ref), False)


def _part(start: datetime, end: datetime, part: str, ref: datetime) -> tuple[datetime, datetime]:
    """Narrow a range for 'early'/'late', or widen it from now for 'by'."""
    third = (end - start) / 3
    second = timedelta(seconds=1)
    if part == "early":
        return start, day_end(start + third - second)
    if part in {"late", "later"}:
        return day_start(end - third + second), end
    if part == "mid":
        return day_start(start + third + second), day_end(end - third)
    if part in {"by", "before", "until", "till"}:
        return ref, end
    return start, end


def resolve_later_this(match: re.Match[str], ref: datetime) -> Range:
    unit = (match.group("unit") or match.group("unit2") or match.group("unit3") or "day").lower()
    if unit == "day":
        return ref, day_end(ref), False
    if unit in {"week", "weekend"}:
        start, end = _week_bounds(ref, 0)
        if unit == "weekend":
            start = start + timedelta(days=5)
        return max(start, ref), end, False
    if unit == "month":
        _, end = _aware(_month_range(ref.year, ref.month), ref)
        return ref, end, False
    return ref, datetime(ref.year, 12, 31, 23, 59, 59, tzinfo=ref.tzinfo), False


def resolve_tomorrow(match: re.Match[str], ref: datetime) -> Range:
    word = " ".join(match.group("word").lower().split())
    if word == "tomorrow":
        day = ref + timedelta(days=1)
        return day_start(day), day_end(day), False
    if word == "the day after tomorrow":
        day = ref + timedelta(days=2)
        return day_start(day), day_end(day), False
    return ref, day_end(ref), False


def resolve_end_of_period(match: re.Match[str], ref: datetime) -> Range:
    prep = (match.group("prep") or match.group("prep2") or "").lower()
    if match.group("edge") is None:  # year-end, "by month's end"
        short = (match.group("short") or match.group("short2") or "year").lower()
        if short == "week":
            _, end = _week_bounds(ref, 0)
        elif short == "month":
            _, end = _aware(_month_range(ref.year, ref.month), ref)
        else:
            end = datetime(ref.year, 12, 31, 23, 59, 59, tzinfo=ref.tzinfo)
        start = day_start(end) - timedelta(days={"week": 2, "month": 7}.get(short, 30))
        return (ref if prep else max(start, ref)), end, False
    edge, unit = match.group("edge").lower(), match.group("unit")
    text = match.group().lower()
    rolled = False
    if unit.lower() == "day":
        return ref, day_end(ref), False  # "by the end of the day"
    if unit.isdigit():  # "by the end of 2017"
        year = int(unit)
        start, end = _aware((datetime(year, 1, 1), datetime(year, 12, 31, 23, 59, 59)), ref)
    elif unit.lower() == "week":
        start, end = _week_bounds(ref, 1 if "next" in text else 0)
    elif unit.lower() == "month":
        year, month = ref.year, ref.month
        if "next" in text:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        start, end = _aware(_month_range(year, month), ref)
    elif unit.lower() == "year":
        year = ref.year + (1 if "next" in text else 0)
        start, end = _aware((datetime(year, 1, 1), datetime(year, 12, 31, 23, 59, 59)), ref)
    elif unit.lower() in _SEASON_MONTHS or unit.lower() == "decade":
        if unit.lower() == "decade":
            decade_end = ref.year - ref.year % 10 + 9
            start, end = _aware(
                (datetime(decade_end, 1, 1), datetime(decade_end, 12, 31, 23, 59, 59)), ref
            )
        else:
            start, end, rolled = _season_range(unit.lower(), ref, None, "next" in text)
    else:
        month = _month_number(unit)
        year = int(match.group("year")) if match.group("year") else ref.year
        rolled = not match.group("year") and _month_range(year, month)[1] < ref.replace(tzinfo=None)
        start, end = _aware(_month_range(year + rolled, month), ref)
    span = end - start
    if edge == "end":
        start = end - min(span / 4, timedelta(days=31))
    elif edge == "middle":
        start, end = start + span * 0.35, end - span * 0.35
    else:
        end = start + min(span / 4, timedelta(days=31))
    if prep in {"by", "before", "until"}:
        start = ref
    return start, end, rolled


def resolve_date(match: re.Match[str], ref: datetime) -> Range | None:
    month = _month_number(match.group("month") or match.group("month2"))
    day = int(match.group("day") or match.group("day2"))
    year = int(match.group("year")) if match.group("year") else ref.year
    if not 1 <= day <= _LONGEST_MONTH[month]:
        return None  # "February 30" is no date
    if match.group("year") and day > calendar.monthrange(year, month)[1]:
        return None  # "29 February 2027" is no date either
    rolled = False
    date = _next_occurrence(month, day, year, ref)  # "on 29 February" in 2026: 2028
    if not match.group("year") and day_end(date) < ref:
        date, rolled = _next_occurrence(month, day, year + 1, ref), True
    prep = (match.group("prep") or "").lower()
    if prep in {"by", "before", "until", "till", "no later than"}:
        return ref, day_end(date), rolled
    return day_start(date), day_end(date), rolled


_LONGEST_MONTH = {month: calendar.monthrange(2000, month)[1] for month in range(1, 13)}


def _next_occurrence(month: int, day: int, year: int, ref: datetime) -> datetime:
    """The first `month`/`day` in `year` or later: 29 February skips to the next leap year."""
    while day > calendar.monthrange(year, month)[1]:
        year += 1
    return datetime(year, month, day, tzinfo=ref.tzinfo)


def resolve_weekday(match: re.Match[str], ref: datetime) -> Range:
    target = WEEKDAYS.index(match.group("weekday").lower())
    prep = " ".join((match.group("prep") or "").lower().split()).replace("until at least", "until")
    # "on Monday" in a Monday report is that day; "next Monday" is a week away.
    # "by Friday" in a Friday report is that day too, as "on Friday" is: news copy names the
    # weekday of its own date for today, and a week-away deadline says "next Friday".
    days_ahead = (target - ref.weekday()) % 7 or (7 if prep == "next" else 0)
    day = ref + timedelta(days=days_ahead)
    if (
        prep == "next"
        and days_ahead < 7
        and (ref.weekday() + days_ahead) < 7
        and target > ref.weekday()
    ):
        day += timedelta(days=7)  # "next Friday" said on a Monday means the Friday after
    if prep in {"by", "before", "until", "till"}:
        return ref, day_end(day), False
    return day_start(day), day_end(day), False


def resolve_month_alternative(match: re.Match[str], ref: datetime) -> Range:
    first, second = _month_number(match.group("m1")), _month_number(match.group("m2"))
    year = int(match.group("year")) if match.group("year") else ref.year
    rolled = False
    if not match.group("year") and _month_range(year, second)[1] < ref.replace(tzinfo=None):
        year, rolled = year + 1, True
    start, _ = _month_range(year if first <= second else year - 1, first)
    _, end = _month_range(year, second)
    start, end = _aware((start, end), ref)
    return start, end, rolled


def resolve_month(match: re.Match[str], ref: datetime) -> Range:
    month = _month_number(match.group("month"))
    year = int(match.group("year")) if match.group("year") else ref.year
    rolled = False
    prep = " ".join((match.group("prep") or "").lower().split())
    # "next November" said in November (or later in the year) is a year away; said
    # earlier in the year, it is the coming one.
    ahead = prep in {"next", "this coming"} and month <= ref.month
    if not match.group("year") and (
            ahead or _month_range(year, month)[1] < ref.replace(tzinfo=None)):
        year, rolled = year + 1, True
    start, end = _aware(_month_range(year, month), ref)
    prep = {"the end of": "late", "early in": "early", "late in": "late", "later in": "late"}.get(
        prep, prep
    )
    start, end = _part(start, end, prep, ref)
    if match.group("deadline"):  # "by mid-April": any time from now until then
        start = ref
    return start, end, rolled


def resolve_year(match: re.Match[str], ref: datetime) -> Range:
    year = int(match.group("year"))
    start = datetime(year, 1, 1, tzinfo=ref.tzinfo)
    end = datetime(year, 12, 31, 23, 59, 59, tzinfo=ref.tzinfo)
    return (*_part(start, end, (match.group("prep") or "").lower(), ref), False)


_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season_range(season: str, ref: datetime, year: int | None, next_one: bool) -> Range:
    chosen_year = year if year is not None else ref.year
    start, end = _season_bounds(season, chosen_year, ref)
    rolled = False
    if year is None and (end < ref or (next_one and start <= ref)):
        # Rebuilt rather than shifted: winter can end on 29 February.
        start, end = _season_bounds(season, chosen_year + 1, ref)
        rolled = not next_one
    return start, end, rolled


def _season_bounds(season: str, year: int, ref: datetime) -> tuple[datetime, datetime]:
    """First day of the season's first month to the last second of its third month."""
    first_month = _SEASON_MONTHS[season]
    last_year, last_month = (
        (year + 1, first_month - 10)
        if first_month > 10
        else (
            year,
            first_month + 2,
        )
    )
    last_day = calendar.monthrange(last_year, last_month)[1]
    return (
        datetime(year, first_month, 1, tzinfo=ref.tzinfo),
        datetime(last_year, last_month, last_day, 23, 59, 59, tzinfo=ref.tzinfo),
    )


def resolve_season(match: re.Match[str], ref: datetime) -> Range:
    prep = (match.group("prep") or "").lower()
    year = int(match.group("year")) if match.group("year") else None
    start, end, rolled = _season_range(match.group("season").lower(), ref, year, prep == "next")
    if prep in {"early", "late", "by", "before", "until"}:
        start, end = _part(start, end, prep, ref)
    return start, end, rolled
