"""Calendar-named times: dates ("by 20 December"), weekdays, months, years and seasons,
resolved against the publication time to [earliest, latest] ranges (see timewords for the
relative ones, "within days" or "next week")."""

from __future__ import annotations

import calendar
import re
from datetime import datetime, timedelta

from bot.analysis.event_nouns import OTHER_POLLS, VOTES
from bot.analysis.timewords import (
    CLOCK_TIME,
    MONTH,
    WEEKDAY_NAME,
    WEEKDAYS,
    YEAR,
    Range,
    add_units,
    aware,
    before_it,
    day_end,
    day_start,
    month_number,
    month_range,
    part_of_range,
    this_week_bounds,
    week_bounds,
)

# The year after a fiscal prefix: "fiscal 2027", and after "FY" two digits too ("FY27",
# "FY 27"); shared by YEAR_ONLY, fiscal_years and the year family's trigger.
FY_YEAR = rf"(?:{YEAR}|(?<=FY)\d\d|(?<=FY\s)\d\d)"
# The month each season starts in; its keys are the one list of season names.
_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
SEASON_NAME = "|".join(_SEASON_MONTHS)  # "spring|summer|autumn|fall|winter"
# "the start of spring training" names baseball's camp, not the season.
_NO_SEASON_AFTER = r"(?!\s+(?:training|camp)\b)"
END_OF_PERIOD = re.compile(
    rf"(?i:\b(?:(?P<prep>by|before|until|at|around|toward|towards|in)\s+)?(?:the\s+)?"
    rf"(?P<edge>end|middle|start|beginning|close)\s+of\s+(?:the\s+next\s+|the\s+|this\s+|next\s+)?"
    # only the end of a school year or a season: its start is mostly a setting, not a date
    rf"(?P<unit>(?<=end\sof\sthe\s)(?:(?:school|academic)\s+year|season)|"
    rf"day|week|month|year|summer|spring|autumn|winter|decade|century|parliament|"
    # "by the end of Sep 27" is the end of that day, left to the date family
    rf"(?-i:{MONTH})(?!\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![.,]?\d{{3}}))|{YEAR})"
    rf"{_NO_SEASON_AFTER}(?:\s+(?P<year>{YEAR}))?\b"
    rf"|\b(?P<prep2>by|before|until)?\s*(?:the\s+)?(?:(?P<short>year|month)[- ]?end|end[- ]year|"
    # "at end-week", the wire's end of this week
    rf"end-(?P<short4>week|month)|end-of-(?P<short3>year|month)|"
    rf"(?P<short2>year|month|week|century)[’']s\s+end)\b)"
)
# "Oct 15-16", "14 and 15 December", "December 14 or 15": the second day of a range; after
# "or" not a count ("December 14 or 15 people") nor, after a month, the day of another month
# ("May 3 or 2 June"). "May 5 and 7" stay two days of their own, but in "14 and 15 December"
# the first day has no month without the second.
def _last_day(group: str, month_first: bool) -> str:
    other_month = rf"|\s+{MONTH}" if month_first else ""
    joins = "or|to" if month_first else "and|or|to"
    return (
        rf"(?:(?:[-–]|\s+(?:{joins})\s+(?=\d{{1,2}}(?!\d)(?:st|nd|rd|th)?"
        rf"(?!\s+[a-z]|\s*%{other_month})))"
        rf"(?P<{group}>\d{{1,2}})(?:st|nd|rd|th)?(?![\d.,]\d|[-–%]))?"
    )


DATE = re.compile(
    # "by the end of Sep 27" is "by Sep 27"
    rf"\b(?:(?i:(?P<prep>by\s+the\s+end\s+of|by|before|until|till|through|on or before|on|from|"
    rf"no later than|starting|"
    rf"effective|"
    rf"as of))\s+)?"
    # "Oct 15-16", "15-16 October": a range of days, its last day kept as "last"
    rf"(?:(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_last_day('last', True)}|"
    rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?{_last_day('last2', False)}\s+(?:of\s+)?"
    rf"(?P<month2>{MONTH}))"
    rf"(?:,?\s+(?P<year>{YEAR}))?\b"
)
WEEKDAY = re.compile(
    r"(?i:\b(?:(?P<prep>until at least|by|before|until|till|through|on|from|this|next|"
    r"this coming|"
    r"effective|as early as|as soon as)\s+"
    # "until 6 p.m. (2300 GMT) on Sunday": the clock time sits between the deadline and its day
    # "until midnight Friday", "by 5 p.m. Eastern time on Friday" too
    rf"(?:(?:(?<=by\s)|(?<=until\s)|(?<=till\s)|(?<=before\s))(?:{CLOCK_TIME}|midnight\b)"
    r"(?:\s+(?:(?:local|eastern|pacific|central|moscow|kyiv)\s+time|gmt|utc|[ecmp][sd]?t)\b)?"
    r"(?:\s*\([^()]{1,20}\))?,?\s+(?:on\s+)?)?)?"
    # "late Monday", "until early Friday", "at midnight on Sunday": the part of the day
    # belongs to the phrase.
    r"(?:(?P<part>early|late|(?:at\s+)?midnight)\s+(?:on\s+)?)?"
    rf"(?P<weekday>{WEEKDAY_NAME})"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b)"
)
MONTH_ALTERNATIVE = re.compile(
    rf"\b(?:(?i:by|in|between|around|from)\s+)?(?P<m1>{MONTH})"
    # "October-November": a dash joins two months with no space as well
    rf"(?:\s+(?:(?P<or>or)|and|to|-|–|through)\s+|[-–])"
    # "between April and December 1": the range ends on the day said (not after "or")
    rf"(?P<m2>{MONTH})(?(or)|(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?![\d.,]?\d|%))?)"
    rf"(?:,?\s+(?P<year>{YEAR}))?\b"
)
MONTH_ONLY = re.compile(
    rf"\b(?:(?i:(?P<deadline>by|before|until|till|through)\s+(?=(?:early|mid|late)[\s-])))?"
    rf"(?:(?i:(?P<prep>(?:early|late|later)\s+in|by|in|before|(?:until|till)\s+at\s+least|"
    rf"until|till|through|from|during|"
    rf"early|mid|"
    rf"late|around|starting|next|this coming|"
    rf"effective|as early as|sometime in|the end of))[\s-]+)?(?P<month>{MONTH})(?!\s*\d{{1,2}}\b)"
    # "by mid-Oct., the ministry said": an abbreviation's full stop ends the month
    rf"(?:\s+(?P<year>{YEAR}))?(?:\b|(?<=\.))"
)
# "financial year", "fiscal year": the year a budget runs for.
_BUDGET_YEAR = r"(?i:financial|fiscal|budget|tax)\s+year\b"
YEAR_ONLY = re.compile(
    r"\b(?:(?i:(?P<deadline>by|before|until|till|through)\s+(?=(?:early|mid|late)[\s-])))?"
    r"(?:(?i:(?P<prep>by|in|before|(?P<span>until|till|through|throughout)|from|"
    r"during|early|late|mid|"
    r"sometime in|into|(?:sooner|earlier) than|(?:until|till) at least|in both|for|across|"
    r"through to|as of|(?<=period\s)to|(?<=years\s)to|"  # "in a five-year period to 2027"
    rf"by the time(?=\s+{YEAR}\s+(?:is over|ends|is out|draws to a close))))[\s-]+"
    # "by year 2016", "during the year 2015", "in fiscal 1988", "through model year 2029"
    # "in FY2027", "by FY27": the short fiscal year, two digits too
    rf"(?:(?i:the\s+)?(?i:(?:model\s+)?year|fiscal(?:\s+year)?)\s+|FY\s?(?=\d\d\b|{YEAR}\b)|"
    rf"(?i:the\s+)(?={YEAR}\s+(?i:deadline|target|goal)\b)|"  # "by the 2030 target"
    rf"(?P<budget_year>(?i:the\s+)(?={YEAR}\s+{_BUDGET_YEAR})))?)?"  # "by the 2013 fiscal year"
    # "The budget of year 2024 is going to be …": a year after "of" names what it belongs to
    r"(?(prep)|(?<!\bof\s)(?<!\byear\s))"
    rf"(?P<year>{FY_YEAR})\b(?!\s*[-–]\d)(?(budget_year)\s+{_BUDGET_YEAR})"
    # "through 2031 and 2032", "until 2031 or 2032": the span runs to the later year
    rf"(?(span)(?:\s+(?:and|or)\s+(?P<also>{YEAR})\b(?!\s*[-–]\d))?)"
    # without a preposition, only a year as the subject of a future: "2027 will be ..."
    rf"(?(prep)|(?=(?:\s+(?:and|or)\s+{YEAR})?\s+(?i:will|is going to|is set to)\b))"
)
# "the 2028 governorship election", "the 2028 Olympics": an event named by a year ahead.
YEAR_EVENT = re.compile(
    # "the 2028 governorship election", "the 2027 Uttarakhand Assembly election"
    # "the consequential 2026 midterms": a word may describe it before the year
    rf"\b[Tt]he\s+(?:[a-z]{{3,20}}\s+)?(?P<year>{YEAR})(?=(?P<year_event>\s+(?:[A-Za-z-]+\s+){{0,3}}?"
    rf"(?i:(?:{VOTES})s?(?!\s+year)|{OTHER_POLLS}|census|olympics|"
    r"(?:olympic\s+)?games|world\s+cup))\b)"
)


def resolve_year_event_now(match: re.Match[str], ref: datetime) -> Range | None:
    """'could disrupt voting in the 2026 election', said in 2026: the rest of the year,
    when the clause looks ahead (the vote may be over)."""
    if int(match.group("year")) != ref.year:
        return None
    return ref, datetime(ref.year, 12, 31, 23, 59, 59, tzinfo=ref.tzinfo), False


def resolve_year_event(match: re.Match[str], ref: datetime) -> Range | None:
    """The year of the event, only when it is a later year than the story's (said in its own
    year, "the 2027 election" may be over)."""
    year = int(match.group("year"))
    if year <= ref.year:
        return None
    start = datetime(year, 1, 1, tzinfo=ref.tzinfo)
    return start, datetime(year, 12, 31, 23, 59, 59, tzinfo=ref.tzinfo), False


SEASON = re.compile(
    r"(?i:\b(?:(?P<prep>by|in|into|before|until|during|throughout|early|late|this coming|this|"
    r"next|for|"
    # "before another gruelling winter": the next one, an adjective between (but "for
    # another winter" is a duration)
    r"over|from|starting)\s+)(?:the\s+|(?:(?<=before\s)|(?<=until\s)|(?<=by\s))another\s+"
    rf"(?:[a-z]+\s+)?(?=(?:{SEASON_NAME})\b)|(?P<coming>this\s+coming\s+))?"
    rf"(?P<season>{SEASON_NAME}){_NO_SEASON_AFTER}"
    # "before the summer recess": parliaments and Congress break from August
    r"(?P<recess>(?<=summer)\s+(?:recess|break)\b)?"
    rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}))?\b)"
)
_SUMMER_RECESS_MONTH = 8


def resolve_date(match: re.Match[str], ref: datetime) -> Range | None:
    month = month_number(match.group("month") or match.group("month2"))
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
    prep = re.sub(r"^by\s.*", "by", (match.group("prep") or "").lower())
    last = match.group("last") or match.group("last2")
    last_day = date
    if last is not None and day < int(last) <= calendar.monthrange(date.year, month)[1]:
        last_day = date.replace(day=int(last))
    return _days_of_a_range(prep, date, last_day, ref, rolled)


def _days_of_a_range(prep: str, first: datetime, last: datetime, ref: datetime,
                     rolled: bool) -> Range:
    """"a summit planned for Oct 15-16" covers both days; "by Oct 15-16", up to the last;
    a single day is a range of one."""
    if prep == "before":
        return (*before_it(day_start(first), day_end(first), ref), rolled)
    if prep in {"by", "until", "till", "through", "no later than", "on or before"}:
        return ref, day_end(last), rolled
    return day_start(first), day_end(last), rolled


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
    # "before Friday's deadline", "before Sunday's run-off": the event is on that day and
    # may close it, so the day itself is still in time.
    possessive = re.match(r"[’']s\b", match.string[match.end() :]) is not None
    if prep == "before" and not possessive:
        return (*before_it(day_start(day), day_end(day), ref), False)
    if prep in {"by", "before", "until", "till", "through"}:
        return ref, day_end(day), False
    return day_start(day), day_end(day), False


def resolve_month_alternative(match: re.Match[str], ref: datetime) -> Range:
    first, second = month_number(match.group("m1")), month_number(match.group("m2"))
    year = int(match.group("year")) if match.group("year") else ref.year
    rolled = False
    if not match.group("year") and month_range(year, second)[1] < ref.replace(tzinfo=None):
        year, rolled = year + 1, True
    start, _ = month_range(year if first <= second else year - 1, first)
    _, end = month_range(year, second)
    day = int(match.group("day") or 0)
    if 1 <= day <= end.day:
        end = end.replace(day=day)
    start, end = aware((start, end), ref)
    return start, end, rolled


def resolve_month(match: re.Match[str], ref: datetime) -> Range:
    month = month_number(match.group("month"))
    year = int(match.group("year")) if match.group("year") else ref.year
    rolled = False
    prep = " ".join((match.group("prep") or "").lower().split())
    # "next November" said in November (or later in the year) is a year away; said
    # earlier in the year, it is the coming one.
    ahead = prep in {"next", "this coming"} and month <= ref.month
    if not match.group("year") and (
            ahead or month_range(year, month)[1] < ref.replace(tzinfo=None)):
        year, rolled = year + 1, True
    start, end = aware(month_range(year, month), ref)
    prep = {"the end of": "late", "early in": "early", "late in": "late", "later in": "late",
            "until at least": "until", "till at least": "until"}.get(prep, prep)
    start, end = part_of_range(start, end, prep, ref)  # "before September": to August's end
    return (*_up_to_part(match, start, end, ref), rolled)


def resolve_year(match: re.Match[str], ref: datetime) -> Range | None:
    year = fiscal_short_year(int(match.group("year")))
    if not match.group("prep") and year <= ref.year:
        return None  # "2026 will be remembered as ...", said in 2026, sums the year up
    if (match.group("prep") or "").lower() == "as of" and year <= ref.year:
        return None  # "as of 2026", said in 2026, is a count to date; "as of 2030" a limit
    start = datetime(year, 1, 1, tzinfo=ref.tzinfo)
    last_year = max(year, int(match.group("also") or year))
    end = datetime(last_year, 12, 31, 23, 59, 59, tzinfo=ref.tzinfo)
    prep = (match.group("prep") or "").lower()
    if prep in {"through", "to"}:  # "will stay high through 2027": from now to the year's end
        # ("in a five-year period to 2027" ends with 2027 too; "through to 2028 and beyond"
        # keeps the year itself)
        prep = "until"
    if prep.endswith(("at least", "both", "to", "time")):  # "through to 2016", "by the time"
        prep = prep.split()[0]
    start, end = part_of_range(start, end, prep, ref)
    return (*_up_to_part(match, start, end, ref), False)


def _up_to_part(
    match: re.Match[str], start: datetime, end: datetime, ref: datetime
) -> tuple[datetime, datetime]:
    """'by mid-April', 'until late 2027': any time from now until the part's end; 'before
    late June', 'before mid-2027': from now until the part starts."""
    deadline = (match.group("deadline") or "").lower()
    if not deadline:
        return start, end
    if deadline == "before":
        return before_it(start, end, ref)
    return ref, end


# "the target for 2017-18", "by 2017/18": a financial year written across two calendar
# years. Britain's, India's and Canada's run April to March; Australia's and Pakistan's
# July to June, when the story names such a country. "the 2017-18 season" is left out.
SPLIT_YEAR = re.compile(
    r"\b(?i:(?P<prep>for|by|in|from|during|before|until|through|throughout)\s+)"
    # "in fiscal 2017-18", "in FY2017-18", "in the 2017-18 financial year"
    rf"(?:(?i:fiscal(?:\s+year)?)\s+|FY\s?|(?i:the)\s+(?={YEAR}[-–/]\d\d\s+{_BUDGET_YEAR}))?"
    rf"(?P<first>{YEAR})[-–/](?P<second>\d\d)\b(?![-–/]\d)(?:\s+{_BUDGET_YEAR})?"
    r"(?!\s+(?i:season|campaign|school\s+year|academic\s+year|term|levels?)\b)"
)


def resolve_split_year(match: re.Match[str], ref: datetime) -> Range | None:
    first = int(match.group("first"))
    if int(match.group("second")) != (first + 1) % 100:
        return None  # "2017-19" is a span of years, not one financial year
    if _JULY_YEAR.search(match.string):
        start = datetime(first, 7, 1, tzinfo=ref.tzinfo)
        end = datetime(first + 1, 6, 30, 23, 59, 59, tzinfo=ref.tzinfo)
    else:
        start = datetime(first, 4, 1, tzinfo=ref.tzinfo)
        end = datetime(first + 1, 3, 31, 23, 59, 59, tzinfo=ref.tzinfo)
    return (*part_of_range(start, end, match.group("prep").lower(), ref), False)


_JULY_YEAR = re.compile(
    r"\b(?:Australian?|New Zealand|Pakistani?|Egypt(?:ian)?|Kenyan?|Ugandan?|Tanzanian?|"
    r"Bangladesh(?:i)?)\b"
)


def fiscal_short_year(year: int) -> int:
    """'FY27' is 2027: a two-digit fiscal year is this century's."""
    return year + 2000 if year < 100 else year


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
    next_one = prep in {"next", "this coming"} or match.group("coming") is not None
    start, end, rolled = _season_range(match.group("season").lower(), ref, year, next_one)
    if match.group("recess"):
        start = start.replace(month=_SUMMER_RECESS_MONTH)
    if prep in {"early", "late", "by", "before", "until"}:
        start, end = part_of_range(start, end, prep, ref)
    return start, end, rolled


def resolve_end_of_period(match: re.Match[str], ref: datetime) -> Range:
    prep = (match.group("prep") or match.group("prep2") or "").lower()
    if match.group("edge") is None:  # year-end, "by month's end"
        shorts = match.group("short", "short2", "short3", "short4")
        short = next((s for s in shorts if s), "year").lower()
        if short == "week":
            _, end = this_week_bounds(ref)
        elif short == "century":  # "by the century's end"
            end = datetime(ref.year - ref.year % 100 + 99, 12, 31, 23, 59, 59, tzinfo=ref.tzinfo)
        elif short == "month":
            _, end = aware(month_range(ref.year, ref.month), ref)
        else:
            end = datetime(ref.year, 12, 31, 23, 59, 59, tzinfo=ref.tzinfo)
        start = day_start(end) - timedelta(days={"week": 2, "month": 7}.get(short, 30))
        return (ref if prep else max(start, ref)), end, False
    edge, unit = match.group("edge").lower().replace("close", "end"), match.group("unit")
    text = match.group().lower()
    rolled = False
    if unit.lower() == "day":
        return ref, day_end(ref), False  # "by the end of the day"
    if unit.lower() == "parliament":  # one runs at most five years: the next one ten
        # "by the middle of this parliament": it began before now, so its middle is at most
        # two and a half years on; the next one's middle seven and a half
        years = 10 if "next" in text else 5
        if edge == "middle":
            return ref, add_units(ref, years * 12 - 30, "month"), False
        return ref, add_units(ref, years, "year"), False
    if unit.lower() == "season" or unit.lower().endswith(" year"):
        # a school year or a sports season: its end, wherever it starts, is within a year
        return ref, add_units(ref, 12, "month"), False
    if unit.isdigit():  # "by the end of 2017"
        year = int(unit)
        start, end = aware((datetime(year, 1, 1), datetime(year, 12, 31, 23, 59, 59)), ref)
    elif unit.lower() == "week":
        start, end = week_bounds(ref, 1) if "next" in text else this_week_bounds(ref)
    elif unit.lower() == "month":
        year, month = ref.year, ref.month
        if "next" in text:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        start, end = aware(month_range(year, month), ref)
    elif unit.lower() == "year":
        year = ref.year + (1 if "next" in text else 0)
        start, end = aware((datetime(year, 1, 1), datetime(year, 12, 31, 23, 59, 59)), ref)
    elif unit.lower() in _SEASON_MONTHS or unit.lower() in {"decade", "century"}:
        if unit.lower() in {"decade", "century"}:  # its last year
            size = 10 if unit.lower() == "decade" else 100
            decade_end = ref.year - ref.year % size + size - 1 + (size if "next" in text else 0)
            start, end = aware(
                (datetime(decade_end, 1, 1), datetime(decade_end, 12, 31, 23, 59, 59)), ref
            )
        else:
            start, end, rolled = _season_range(unit.lower(), ref, None, "next" in text)
    else:
        month = month_number(unit)
        year = int(match.group("year")) if match.group("year") else ref.year
        rolled = not match.group("year") and month_range(year, month)[1] < ref.replace(tzinfo=None)
        start, end = aware(month_range(year + rolled, month), ref)
    span = end - start
    if edge == "end" and unit.lower() == "week":
        start = day_start(end) - timedelta(days=2)  # "at the end of the week": from Friday
    elif edge == "end":
        start = end - min(span / 4, timedelta(days=31))
    elif edge == "middle":
        start, end = start + span * 0.35, end - span * 0.35
    else:
        end = start + min(span / 4, timedelta(days=31))
    if prep in {"by", "before", "until"}:
        start = ref
    return start, end, rolled
