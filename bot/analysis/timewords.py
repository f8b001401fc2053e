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
_ABBREVIATION = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
# Without its full stop ("Sept 7", "7 Sept") an abbreviation is a month only beside a day
# number or a part of the month ("mid-Oct"): "Jan Novak" or "Mar" in a Spanish name is no
# month. Case kept, as in "(?-i:...)".
_BARE_ABBREVIATION = (
    rf"(?-i:{_ABBREVIATION}(?=\s\d{{1,2}}(?:st|nd|rd|th)?\b(?![.,]?\d))"
    rf"|(?:(?<=\d\s)|(?<=\dst\s)|(?<=\dnd\s)|(?<=\drd\s)|(?<=\dth\s)){_ABBREVIATION}(?!\w)"
    # "by mid-Oct": a part of the month marks it too
    rf"|(?:(?<=[Mm]id-)|(?<=[Ee]arly-)|(?<=[Ll]ate-)){_ABBREVIATION}(?![\w.])"
    ")"
)
MONTH = (
    "(?:" + "|".join(_MONTH_NAMES) + rf"|{_ABBREVIATION}\.|{_BARE_ABBREVIATION})"
)
# A four-digit year of the last century or this one.
YEAR = r"(?:19|20)\d\d"
WEEKDAYS = [d.lower() for d in calendar.day_name]
WEEKDAY_NAME = "(?:" + "|".join(WEEKDAYS) + ")"  # lowercase: use with re.IGNORECASE
# A clock time, its parts named for the resolvers that read them ("6 p.m.", "15:00", "noon").
CLOCK = (
    r"(?P<hour>\d{1,2})(?:[:.](?P<minute>[0-5]\d))?\s*(?P<half>[ap])\.?\s?m\b\.?"
    # a 24-hour clock only where it cannot be a 12-hour one: "at 15:00", "by 09:30"
    r"|(?P<hour24>0\d|1[3-9]|2[0-3]):(?P<minute24>[0-5]\d)\b(?!\s*[ap]\.?\s?m)"
    r"|(?P<noon>noon|midday)\b"
)
# The same without its group names, for patterns that only step over a clock time.
CLOCK_TIME = re.sub(r"\(\?P<\w+>", "(?:", CLOCK)
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
    "a couple": 2,
    "couple": 2,
    "a few": 4,
    "few": 4,
    "several": 7,
}
# The fewest units a loose count may be: "a few weeks" is two weeks or more.
_FEWEST = {"a few": 2, "few": 2, "several": 3}
# A bare plural ("within days", "within a matter of weeks") means a handful of units.
_VAGUE_SPAN = {"hour": 48, "day": 7, "week": 6, "fortnight": 3, "month": 6, "year": 5,
               "decade": 3}
NUM = (
    r"(?:\d{1,3}|a dozen|a couple of|couple of|a couple|couple|a few|few|several|"
    r"forty-eight|seventy-two|"
    r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
)
UNIT = r"(?:hours?|days?|weeks?|fortnights?|months?|years?|decades?)"
# Between the two counts of a span given as a range: "two to three", "2-3", "six or seven".
COUNT_TO = r"(?:\s+(?:to|or)\s+|(?<=\d)[-–](?=\d))"

# "within a day or two", "in a week or so": a count given loosely after its unit.
OR_MORE = rf"(?:\s+or\s+(?P<n3>two|three|so)\b(?!\s+{UNIT}))?"
WITHIN = re.compile(
    rf"(?i:\b(?:within|in(?=\s+a\s+matter\s+of\b))\s+(?P<q>[“\"])?"  # within “a few days”
    rf"(?:the\s+next\s+|the\s+coming\s+|the\s+first\s+|the\s+)?(?:a\s+matter\s+of\s+)?"
    # "five to 10 years", "60-90 days"
    rf"(?:{NUM}(?:\s+(?:to|or|-|–)\s+|(?<=\d)[-–](?=\d)))?(?:(?P<n>{NUM})\s+)?(?P<unit>{UNIT})\b"
    rf"(?(q)(?:\s+or\s+{UNIT}\b)?[”\"]?){OR_MORE})"  # a quote opened closes after its span
)
# "about three months", "some 15 years": words that hedge a length and stay in its phrase.
HEDGE = r"just|only|some|about|around|roughly|approximately"
IN_DURATION = re.compile(
    # "in just 63 days", "in some 15 years": a span hedged or stressed is still a span
    # "in “three or four months”": a quoted span is still one
    rf"(?i:\bin\s+(?P<q>[“\"])?(?:another\s+|as\s+(?:little|few)\s+as\s+|(?:{HEDGE})\s+)?(?P<n>{NUM})"
    rf"(?:{COUNT_TO}(?P<n2>{NUM}))?"
    # "in six to 12 months", "in 3-4 days"; a quote opened before the span closes after it,
    # or after its numbers ("in “3 or 4” days")
    rf"(?(q)[”\"]?)\s+(?:more\s+|short\s+)?(?P<unit>{UNIT})(?:[’']?\s*time)?\b(?(q)[”\"]?)"
    rf"{OR_MORE})"
)
COMING = re.compile(
    # "over the weekend or coming days": the article left out after "or"
    rf"(?i:\b(?:(?:in|over|during|within)\s+)?(?:the|(?<=in\s)|(?<=over\s)|(?<=\bor\s))\s*"
    rf"(?:coming|upcoming|next|following)\s+"
    rf"(?:(?P<n>{NUM})\s+(?:(?:to|or)\s+(?P<n2>{NUM})\s+)?)?"  # "the next three to four weeks"
    rf"(?P<unit>hours|days|weeks|fortnight|months|years|decades)\b)"
)
NEXT_PERIOD = re.compile(
    r"(?i:\b(?:(?P<part>early|late|later|by|before|until)\s+)?next\s+(?P<unit>week|weekend|month|year)\b)"
)
LATER_THIS = re.compile(
    r"(?i:\b(?:later\s+(?:this|in\s+the)\s+(?P<unit>week|month|year|day)|later\s+today"
    r"|this\s+coming\s+(?P<unit2>week|weekend|month)"
    # not "earlier this month", nor "early this month" (its first days, often gone)
    r"|(?<!earlier\s)(?<!early\s)this\s+(?P<unit3>week|weekend|month|year))\b)"
)
# The words that set a sitting for a time: "scheduled for today", "set the trial for Feb. 25".
SET_FOR_WORDS = ("set", "scheduled", "slated", "rescheduled", "moved")
TOMORROW = re.compile(
    r"(?i:\b(?:(?:by|until|before)\s+)?(?P<word>the\s+day\s+after\s+tomorrow|tomorrow|tonight|later\s+today"
    # "the dialogue scheduled for today": the day of the copy, set as a sitting's
    + "".join(rf"|(?<={word}\sfor\s)today" for word in SET_FOR_WORDS)
    + r"|(?<=due\s)today)\b)"
)
# "will resume the talks this morning": the day of the copy, with a verb looking ahead.
THIS_PART_OF_DAY = re.compile(
    r"(?i:\b(?:(?:by|until|before|later)\s+)?(?P<word>this\s+(?:morning|afternoon|evening))\b"
    r"(?![’']s))"  # not "This morning's figures"
)
# "the truce takes effect at midnight": tonight's, unless a day or date is told beside it
# ("on Friday at midnight", "at midnight on May 1", "at midnight local time on Sunday").
MIDNIGHT = re.compile(
    r"(?i:(?<!day\s)(?<!day,\s)(?<!\d\s)(?<!\d,\s)\b(?:(?:by|until|at|from|before)\s+)"
    r"(?P<word>midnight)\b(?!\s*(?:\((?!\s*\d)|(?:[\w-]+\s+){0,3}?(?:on|of|this|next|tomorrow|"
    rf"tonight|{WEEKDAY_NAME})\b)|\s+\d"
    # "by midnight June 30": the date's midnight, read with the date
    rf"|\s+(?-i:{MONTH})\b))"
)

def count_of(word: str | None, unit: str) -> float:
    """How many units a number word stands for; no word ("within days") is a vague span."""
    if word is None:
        return _VAGUE_SPAN[unit]
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1)


def unit_name(unit: str) -> str:
    return unit.lower().rstrip("s")


def add_units(start: datetime, amount: float, unit: str) -> datetime:
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
    if unit == "decade":
        return start + timedelta(days=3652.5 * amount)
    return start + timedelta(days=365.25 * amount)


def day_start(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time.min, tzinfo=moment.tzinfo)


def day_end(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time(23, 59, 59), tzinfo=moment.tzinfo)


def in_year(moment: datetime, year: int) -> datetime:
    """The same day and time in another year; 29 February becomes the 28th in a common
    year, so moving a date between years never raises."""
    last_day = calendar.monthrange(year, moment.month)[1]
    return moment.replace(year=year, day=min(moment.day, last_day))


def month_range(year: int, month: int) -> tuple[datetime, datetime]:
    last = calendar.monthrange(year, month)[1]
    return datetime(year, month, 1), datetime(year, month, last, 23, 59, 59)


def aware(pair: tuple[datetime, datetime], ref: datetime) -> tuple[datetime, datetime]:
    """A naive range in the publication time's zone."""
    return pair[0].replace(tzinfo=ref.tzinfo), pair[1].replace(tzinfo=ref.tzinfo)


def month_number(name: str) -> int:
    name = name.rstrip(".")
    if name in _MONTH_ABBREVIATIONS:
        return _MONTH_ABBREVIATIONS[name]
    return _MONTH_NAMES.index(name) + 1


_SUNDAY = 6
_SATURDAY = 5


def week_bounds(ref: datetime, weeks_ahead: int) -> tuple[datetime, datetime]:
    monday = day_start(ref) - timedelta(days=ref.weekday()) + timedelta(weeks=weeks_ahead)
    return monday, day_end(monday + timedelta(days=6))


def this_week_bounds(ref: datetime) -> tuple[datetime, datetime]:
    """The week "this week" means: Monday to Sunday, but said on a Sunday the coming Monday
    to Saturday ("talks later this week" in Sunday's paper; US weeks also start on Sunday).
    Sunday's "earlier this week" is the week ending that day, which no deadline reads."""
    if ref.weekday() != _SUNDAY:
        return week_bounds(ref, 0)
    monday, sunday = week_bounds(ref, 1)
    return monday, sunday - timedelta(days=1)


def _loose_count(match: re.Match[str], unit: str) -> float | None:
    """The far count of "a day or two", if the phrase gives one."""
    loose = (match.groupdict().get("n3") or "").lower()
    return count_of(loose, unit) if loose in ("two", "three") else None


def _amount(match: re.Match[str], unit: str) -> float:
    if (loose := _loose_count(match, unit)) is not None:
        return loose
    if match.groupdict().get("n2"):
        return count_of(match.group("n2"), unit)  # the far end of "the next three to four weeks"
    if match.group("n"):
        return count_of(match.group("n"), unit)
    if not match.group("unit").lower().endswith("s"):
        return 1  # "within the next fortnight"
    return _VAGUE_SPAN[unit]  # "within days"


def resolve_within(match: re.Match[str], ref: datetime) -> Range:
    unit = unit_name(match.group("unit"))
    return ref, add_units(ref, _amount(match, unit), unit), False


def resolve_in_duration(match: re.Match[str], ref: datetime) -> Range:
    unit = unit_name(match.group("unit"))
    counts = [count_of(match.group("n"), unit)]
    if match.group("n2"):
        counts.append(count_of(match.group("n2"), unit))  # "in 12 to 6 months" runs 6 to 12
    if (loose := _loose_count(match, unit)) is not None:
        counts.append(loose)  # "in a day or two" runs one to two days
    if (fewest := _FEWEST.get((match.group("n") or "").lower())) is not None:
        counts.append(fewest)  # "in a few weeks" runs two to four weeks, not four exactly
    point, last = (add_units(ref, n, unit) for n in (min(counts), max(counts)))
    if unit == "hour":
        return point, last, False
    return day_start(point), day_end(last), False


def resolve_coming(match: re.Match[str], ref: datetime) -> Range:
    unit = unit_name(match.group("unit"))
    return ref, add_units(ref, _amount(match, unit), unit), False


def period_after(unit: str, ref: datetime) -> tuple[datetime, datetime]:
    """The week, weekend, month or year after the one `ref` falls in."""
    if unit == "week":
        return week_bounds(ref, 1)
    if unit == "weekend":
        start, end = week_bounds(ref, 1)
        return start + timedelta(days=5), end
    if unit == "month":
        year, month = (ref.year + 1, 1) if ref.month == 12 else (ref.year, ref.month + 1)
        return aware(month_range(year, month), ref)
    return (
        datetime(ref.year + 1, 1, 1, tzinfo=ref.tzinfo),
        datetime(ref.year + 1, 12, 31, 23, 59, 59, tzinfo=ref.tzinfo),
    )


def resolve_next_period(match: re.Match[str], ref: datetime) -> Range:
    unit, part = match.group("unit").lower(), (match.group("part") or "").lower()
    start, end = period_after(unit, ref)
    return (*part_of_range(start, end, part, ref), False)


def before_it(start: datetime, end: datetime, ref: datetime) -> tuple[datetime, datetime]:
    """'before September', 'before Easter', 'before 2027': from now to the end of the day or
    period before it starts. Once it has started ("before the summer" said in July), to its
    end: "before" then means before it is over."""
    if start > ref:
        return ref, start - timedelta(seconds=1)
    return ref, end


def part_of_range(
    start: datetime, end: datetime, part: str, ref: datetime
) -> tuple[datetime, datetime]:
    """Narrow a range for 'early'/'late', or widen it from now for 'by'."""
    third = (end - start) / 3
    second = timedelta(seconds=1)
    if part == "early":
        return start, day_end(start + third - second)
    if part in {"late", "later"}:
        return day_start(end - third + second), end
    if part == "mid":
        return day_start(start + third + second), day_end(end - third)
    if part == "before":
        return before_it(start, end, ref)
    if part in {"by", "until", "till"}:
        return ref, end
    return start, end


def resolve_later_this(match: re.Match[str], ref: datetime) -> Range:
    unit = (match.group("unit") or match.group("unit2") or match.group("unit3") or "day").lower()
    if unit == "day":
        return ref, day_end(ref), False
    if unit == "week" and ref.weekday() == _SUNDAY:
        # Sunday's "this week" is mostly the week starting tomorrow: "will extend to this
        # week's convention", the convention Monday to Thursday; "later this week" is after
        # today, so from Monday.
        monday, saturday = this_week_bounds(ref)
        return (monday if match.group("unit") else ref), saturday, False
    if unit == "week" and match.group("unit") and ref.weekday() == _SATURDAY:
        # Saturday's "later this week" (the Sunday paper's, put online the evening before)
        # leaves only the weekend of this week: the debate it names may be in the next one.
        return ref, week_bounds(ref, 1)[1], False
    if unit in {"week", "weekend"}:
        start, end = week_bounds(ref, 0)
        if unit == "weekend":
            start = start + timedelta(days=5)
        return max(start, ref), end, False
    if unit == "month":
        _, end = aware(month_range(ref.year, ref.month), ref)
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
