"""Times named loosely: vague times ahead, delays, ranges of years, parts of a period.

These phrases came from measuring on real news (MEANTIME, issue 10). They resolve like the
families in `timewords`, and `deadlines` decides as for any other whether they look ahead.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.analysis.event_nouns import POLLS
from bot.analysis.timewords import (
    MONTH,
    NUM,
    UNIT,
    YEAR,
    Range,
    add_units,
    aware,
    count_of,
    day_end,
    day_start,
    month_number,
    month_range,
    part_of_range,
    this_week_bounds,
    unit_name,
    week_bounds,
)

# Vague times ahead: "very soon", "in the near future", "in the long term". They only
# count with a forward verb ("will present the plan very soon").
# "very soon" is a promise of its own; a bare "soon" counts only with a future of its own
# clause before it (`deadline_usages.soon_without_future`): "will soon offer", "are due to
# land here soon", not "soon after", "as soon as", "too soon" or "anytime soon".
NEAR_FUTURE = re.compile(
    r"(?i:\b(?:very\s+soon(?!\s+as\b|\s+after\b)|in\s+the\s+(?:near|foreseeable)\s+future|"
    r"in\s+the\s+(?:near|short)\s+term|"
    r"(?<!as\s)(?<!so\s)(?<!too\s)(?<!how\s)(?<!anytime\s)(?<!any\stime\s)(?<!-)"
    r"soon(?![-’']|\s+(?:as|after|afterwards?|enough|thereafter|than|to\s+be)\b)|"
    # "would respond shortly", not "shortly after take-off" nor "shortly before noon"
    r"(?<!-)shortly(?![-’']|\s+(?:after|afterwards?|before|thereafter|beforehand|into)\b)|"
    r"imminently)\b)"  # "would launch an offensive imminently"
)
FAR_FUTURE = re.compile(
    r"(?i:\b(?:(?:in|for)\s+the\s+future|(?:in|for|over)\s+the\s+(?:long|longer)\s+term)\b)"
)
# "pushed back several years", "delayed by six months", "voted to delay by almost ten
# months the vote": the new expected time (an approximate span only after "by").
DELAYED_BY = re.compile(
    rf"(?i:\b(?:pushed\s+back|delayed|postponed|put\s+off|set\s+back|extended)\s+(?:by\s+)?"
    rf"(?P<span>(?P<n>{NUM})\s+(?P<unit>{UNIT}))\b)"
)
TO_DELAY_BY = re.compile(
    rf"(?i:(?<=\bto\s)(?:delay|postpone)\s+by\s+(?P<span>"
    rf"(?:almost\s+|nearly\s+|about\s+|around\s+|roughly\s+|some\s+)?"
    rf"(?P<n>{NUM})\s+(?P<unit>{UNIT}))\b)"
)
# "asked for a two-week extension", "issued a 30-day waiver": a span asked for or granted
# ends a new time ahead.
EXTENSION = re.compile(
    rf"(?i:\b(?:an?|another)\s+(?P<span>(?P<n>{NUM})[- ](?P<unit>hour|day|week|month))"
    rf"(?:[- ]long)?\s+(?:extension|postponement|reprieve|delay|waiver|exemption)\b)"
)
# "aid worth 90 billion euros over two years": a programme spread over a span from now.
OVER_SPAN = re.compile(
    rf"(?i:\bover\s+(?:a\s+(?:period|span)\s+of\s+)?(?P<n>{NUM})\s+(?P<unit>{UNIT})\b)"
)
# An ultimatum runs from the day it is given: "gave Russia 50 days to agree", "has 72 hours
# to respond", "with just three weeks to do a deal". Only the time words are the phrase.
# ("could have waited two weeks to act" is a perfect, not a span given)
# ("has given the border wing of the state police seven days to comply": whom it is given to
# may take more words than what has or comes with it)
ULTIMATUM = re.compile(
    rf"(?i:\b(?:(?:gave|give|gives|given|giving|grants?|granted)\s+(?:[\w’'.-]+\s+){{0,8}}?"
    # (not "with convoys taking 15 hours to go": how long a trip lasts)
    rf"|(?:has|have|with)\s+(?![a-z]+ed\s|been\s|spent\s)"
    rf"(?:(?!(?:taking|spending|needing|waiting|lasting)\s)[\w’'.-]+\s+){{0,4}}?)"
    rf"(?P<span>(?:(?:about|around|roughly|nearly|almost)\s+)?"
    rf"(?P<n>{NUM})\s+(?P<unit>{UNIT}))\s+to\s+"
    r"(?!go\s+(?:before|until|till|to)\b)(?=[a-z]))"
)
# "with just a few days to go before the caucuses": the span left before an event ahead.
TO_GO = re.compile(
    rf"(?i:\b(?P<span>(?:just\s+|only\s+)?(?P<n>{NUM})\s+(?:more\s+)?(?P<unit>{UNIT}))\s+"
    rf"(?:left\s+)?to\s+go\s+(?:before|until|till|to)\b"
    # the event counted down to is what is due ("until Election Day", "to the vote")
    r"(?=\s+(?P<countdown_to>[^,.;:!?()\"“”]+)))"
)
# "We've only got 12 weeks really left to nail down the details": the span left before a
# task is done names its time from now, as "12 weeks to go before" does.
TIME_LEFT = re.compile(
    rf"(?i:\b(?P<span>(?:just\s+|only\s+)?(?P<n>{NUM})\s+(?:more\s+)?(?P<unit>{UNIT}))\s+"
    r"(?:really\s+|still\s+)?left\s+(?:to\s+(?!go\b)[a-z]+|before|until|till)\b)"
)
# "whether he stays as manager next season": a sports or theatre season, the one after the
# current one, so within about fifteen months; "the next season" narrates a sequence.
NEXT_SEASON = re.compile(r"(?i:(?<!the\s)\bnext\s+season\b)")
# A range of years names two milestones, its first year and its last: "will receive the
# aircraft from 2009 to 2011" starts in 2009 and ends by 2011.
_RANGE_LINK = r"\s*(?:(?i:to|and|through|until)\s|[-–]\s*)\s*"
RANGE_START = re.compile(rf"\b(?i:from|between)\s+(?P<year>{YEAR})(?={_RANGE_LINK}{YEAR}\b)")
RANGE_END = re.compile(rf"\b(?i:from|between)\s+(?P<first>{YEAR}){_RANGE_LINK}(?P<year>{YEAR})\b")
# "in the weeks ahead", "in the months to come": like "in the coming weeks".
AHEAD = re.compile(
    rf"(?i:\b(?:in|over|during|within|for)\s+the\s+(?:(?P<n>{NUM})\s+)?"
    rf"(?P<unit>hours|days|weeks|months|years|decades|week|month|year|decade)\s+"
    rf"(?:ahead|to\s+come)\b)"
)
# "in the next year", "over the coming decade": the twelve months (or weeks) from now; "the
# following year" narrates and is left out. After "for" only the words are the phrase, so
# that "for the next year" is judged as a duration. "in the coming year or two" runs to
# the far end; "during his upcoming year as president" is his next twelve months.
THE_NEXT_UNIT = re.compile(
    r"(?i:(?:\b(?:in|over|during|within)\s+|(?<=\bfor\s))(?:the\s+(?:next|coming|upcoming)|"
    r"(?:his|her|their|its|our)\s+upcoming)\s+(?P<n>)"
    r"(?P<unit>week|month|year|decade)(?:\s+or\s+(?P<n2>two|three))?\b)"
)
# "two months away", "two or three weeks from now": counted from publication. "only weeks
# away", "maybe weeks, not many months, away": a warning that a thing is near, any time
# within the vague span ("years away" says no more than that it is far off).
AWAY = re.compile(
    rf"(?i:\b(?:(?:(?P<n0>{NUM})\s+(?:or|to)\s+)?(?P<n>{NUM})\s+(?P<unit>{UNIT})|"
    r"(?:(?:only|just|mere|merely|maybe|perhaps|possibly|probably|likely)\s+)?"
    r"(?P<vague>days|weeks|months)"
    r"(?:,\s+(?:and\s+)?not\s+(?:many\s+|several\s+)?(?:days|weeks|months|years),)?)\s+"
    rf"(?:away|from\s+now|from\s+today(?![’']))\b"  # "five years from today"
    # "two days away by boat" is a distance
    r"(?!\s+(?:by|on)\s+(?:boat|car|road|foot|train|rail|air|ship|sea|plane|horseback)\b))"
)
# "just weeks", "only days": a few of those units, the start of a time before an event.
_JUST_UNITS = r"\b(?:just|only|mere|merely|barely)\s+(?P<vague>days|weeks|months)\s+"
# "criticism just months before Japan is due to host the Games": the event, still to come,
# is a few of those units away.
MONTHS_BEFORE_DUE = re.compile(
    rf"(?i:{_JUST_UNITS}before\b)"
    # the future is the event's own: "just weeks before the vote, and turnout will be low" is not
    r"(?=[^.;:,—–]*?\b(?:(?:is|are)\s+(?:due|set|scheduled|slated|expected)\s+to|will|[’']ll)\b)"
)
# "a shutdown threat just weeks before the election": a vote the calendar fixes is still to
# come, a few of those units away, whatever tense the story tells its own news in.
WEEKS_BEFORE_A_POLL = re.compile(
    rf"(?i:{_JUST_UNITS}(?:before|ahead\s+of)\s+(?:the|a|next|this)\s+(?:[\w’'-]+\s+){{0,3}}"
    rf"(?:{POLLS})s?\b)"
)
# "His remarks come days before Hale flies to Asia": news told as now, a few units before
# an event that is then still to come.
COMES_BEFORE = re.compile(
    r"(?i:(?:(?<=\bcome\s)|(?<=\bcomes\s))(?:(?:just|only|mere|merely|barely)\s+)?"
    r"(?P<vague>days|weeks|months)\s+(?:before|ahead\s+of)\b)"
    r"(?=\s+(?P<countdown_to>[^.;:,!?“”\"—–]{3,160}))"  # the event is what is due
)
# "early in the week" said on a Friday is early next week; "midweek" is Tuesday to Thursday.
PART_OF_PERIOD = re.compile(
    r"(?i:\b(?P<part>early|late|later)\s+(?:in|on)\s+the\s+(?P<unit>week|month|year)\b"
    r"|\b(?:(?P<by>by|before|until)\s+)?mid-?week\b(?!-))"  # not "a mid-week-long"
)
# "in the second half of the month", "by the first half of next year", "in the second half
# of July": half of a month or a year.
HALF_OF = re.compile(
    r"\b(?i:(?:(?P<by>by|before)|in|during)\s+)?(?i:the\s+(?P<half>first|second|latter)\s+half\s+"
    rf"of\s+)(?:(?i:(?P<which>this|next|the)\s+(?P<unit>month|year))\b"
    rf"|(?P<month>{MONTH})(?:\s+(?P<month_year>{YEAR}))?\b|(?P<year>{YEAR})\b)"
)
# "during the course of the week", "in the course of next month": the whole period, the rest
# of it when it is under way; "over the course of the next year" runs a year from now; "in the
# course of 2027" is that year.
COURSE_OF = re.compile(
    r"(?i:\b(?:in|during|over)\s+the\s+course\s+of\s+"
    r"(?:(?:(?P<next>next)|(?P<coming>the\s+(?:next|coming))|the|this)\s+"
    rf"(?P<unit>day|week|month|year)|(?P<year>{YEAR}))\b(?![’'-]))"
)
# "the week after next": the week two on from this one.
WEEK_AFTER_NEXT = re.compile(r"(?i:\b(?:(?P<prep>by|before|until)\s+)?the\s+week\s+after\s+next\b)")
# A part of the week with less than a day of it left is next week's: "will meet early in the
# week" said on a Wednesday afternoon.
_WEEK_PART_LEFT = timedelta(days=1)
_MIDWEEK = (timedelta(days=1), timedelta(days=4) - timedelta(seconds=1))


def resolve_near_future(match: re.Match[str], ref: datetime) -> Range:
    if re.search(r"imminently", match.group(), re.I):
        return ref, ref + timedelta(days=7), False  # days, not weeks
    if re.search(r"soon|shortly", match.group(), re.I):
        return ref, ref + timedelta(days=14), False
    return ref, add_units(ref, 3, "month"), False


def resolve_far_future(_match: re.Match[str], ref: datetime) -> Range:
    return ref, add_units(ref, 5, "year"), False


def resolve_away(match: re.Match[str], ref: datetime) -> Range:
    if match.group("vague"):  # "only weeks away": any time from now within a few weeks
        unit = unit_name(match.group("vague"))
        return ref, day_end(add_units(ref, count_of(None, unit), unit)), False
    unit = unit_name(match.group("unit"))
    first = add_units(ref, count_of(match.group("n0") or match.group("n"), unit), unit)
    last = add_units(ref, count_of(match.group("n"), unit), unit)
    if unit == "hour":
        return first, last, False
    return day_start(first), day_end(last), False


def resolve_before_a_poll(match: re.Match[str], ref: datetime) -> Range:
    """'just weeks before the election': the vote is a few of those units off, told from a
    little before, so a couple of units more than "within weeks" reaches it."""
    unit = unit_name(match.group("vague"))
    return ref, day_end(add_units(ref, count_of(None, unit) + 2, unit)), False


# "three weeks to go until Election Day" rounds the count: the event lies near its end,
# within half a unit either way (a count of days or hours is taken as written).
_ROUNDING = {"week": timedelta(days=3), "month": timedelta(days=15), "year": timedelta(days=182)}


def resolve_to_go(match: re.Match[str], ref: datetime) -> Range:
    """The time left before an event names the event's time, not a window up to it."""
    unit = unit_name(match.group("unit"))
    point = add_units(ref, count_of(match.group("n"), unit), unit)
    if unit == "hour":
        return point, point, False
    slack = _ROUNDING.get(unit, timedelta(0))
    return day_start(point - slack), day_end(point + slack), False


def resolve_delayed_by(match: re.Match[str], ref: datetime) -> Range:
    unit = unit_name(match.group("unit"))
    point = add_units(ref, count_of(match.group("n"), unit), unit)
    return day_start(point), day_end(point), False


def _month_on(ref: datetime, ahead: int) -> tuple[datetime, datetime]:
    """The month `ahead` months on from the publication's (0: its own), in its zone."""
    index = ref.month - 1 + ahead
    return aware(month_range(ref.year + index // 12, index % 12 + 1), ref)


def _year_of(year: int, ref: datetime) -> tuple[datetime, datetime]:
    """The whole calendar year, in the publication's zone."""
    return aware((datetime(year, 1, 1), datetime(year, 12, 31, 23, 59, 59)), ref)


def resolve_range_year(match: re.Match[str], ref: datetime) -> Range | None:
    if "first" in match.groupdict() and int(match.group("first")) > int(match.group("year")):
        return None
    return (*_year_of(int(match.group("year")), ref), False)


def resolve_part_of_period(match: re.Match[str], ref: datetime) -> Range:
    if match.group("part") is None:
        return _midweek(match, ref)
    unit, part = match.group("unit").lower(), match.group("part").lower()
    if unit == "week" and part == "later":
        return _later_in_the_week(ref)
    left = _WEEK_PART_LEFT if unit == "week" else timedelta(0)
    for ahead in (0, 1):
        if unit == "week":
            start, end = week_bounds(ref, ahead)
        elif unit == "month":
            start, end = _month_on(ref, ahead)
        else:
            start, end = _year_of(ref.year + ahead, ref)
        earliest, latest = part_of_range(start, end, part, ref)
        if latest - ref >= left:
            return max(earliest, ref), latest, False
    return earliest, latest, False


def resolve_half_of(match: re.Match[str], ref: datetime) -> Range:
    """The half of the month or year named; a month gone without a year is next year's."""
    rolled = False
    if match.group("month"):
        month = month_number(match.group("month"))
        year = int(match.group("month_year") or ref.year)
        start, end = aware(month_range(year, month), ref)
        if not match.group("month_year") and end < ref:
            start, end = aware(month_range(year + 1, month), ref)
            rolled = True
    elif match.group("year"):
        start, end = _year_of(int(match.group("year")), ref)
    else:
        ahead = match.group("which").lower() == "next"
        month = match.group("unit").lower() == "month"
        start, end = _month_on(ref, ahead) if month else _year_of(ref.year + ahead, ref)
    # A year's halves meet at June's end, a month's on its 15th.
    middle = start.replace(month=6, day=30) if end.month != start.month else start.replace(day=15)
    middle = day_end(middle)
    if match.group("half").lower() == "first":
        end = middle
    else:
        start = middle + timedelta(seconds=1)
    if match.group("by"):
        start, end = (ref, end) if match.group("by").lower() == "by" else (ref, start)
    return start, end, rolled


def resolve_course_of(match: re.Match[str], ref: datetime) -> Range:
    """The rest of the day, week, month or year under way, or the whole next one."""
    if match.group("year"):  # "in the course of 2027"
        start, end = _year_of(int(match.group("year")), ref)
        return max(start, ref), end, False
    unit, ahead = match.group("unit").lower(), 1 if match.group("next") else 0
    if match.group("coming"):
        return ref, add_units(ref, 1, unit), False
    if unit == "day":
        day = ref + timedelta(days=ahead)
        start, end = day_start(day), day_end(day)
    elif unit == "week":
        start, end = week_bounds(ref, 1) if ahead else this_week_bounds(ref)
    elif unit == "month":
        start, end = _month_on(ref, ahead)
    else:
        start, end = _year_of(ref.year + ahead, ref)
    return max(start, ref), end, False


def resolve_week_after_next(match: re.Match[str], ref: datetime) -> Range:
    start, end = week_bounds(ref, 2)
    return (ref if match.group("prep") else start), end, False


def _later_in_the_week(ref: datetime) -> Range:
    """"Later in the week" is the rest of the week after today, not its last third: "will
    speak to him later in the week" in Monday's copy runs Tuesday to Sunday. Sunday's week is
    the one starting tomorrow (`this_week_bounds`); on a Saturday only Sunday would be left,
    too little for "later in the week", so it is the next week."""
    tomorrow = day_start(ref + timedelta(days=1))
    _, end = this_week_bounds(ref)
    if end - tomorrow < _WEEK_PART_LEFT:
        return (*week_bounds(ref, 1), False)
    return tomorrow, end, False


def _midweek(match: re.Match[str], ref: datetime) -> Range:
    for ahead in (0, 1):
        monday, _ = week_bounds(ref, ahead)
        earliest, latest = monday + _MIDWEEK[0], monday + _MIDWEEK[1]
        if latest - ref >= _WEEK_PART_LEFT:
            break
    return (ref if match.group("by") else max(earliest, ref)), latest, False


def resolve_next_season(_match: re.Match[str], ref: datetime) -> Range:
    return ref, add_units(ref, 15, "month"), False


# "should, in the run-up to the 2020 election, warn the public": the time before a vote of a
# named year. Its day is not named, so the window runs to that year's end at the latest.
RUN_UP = re.compile(
    rf"(?i:\b(?:in|during)\s+the\s+run[- ]up\s+to\s+the\s+(?P<year>{YEAR})\s+"
    r"(?:[a-z]+\s+){0,2}?(?:elections?|vote|polls?|ballot|referendum)\b)"
)


def resolve_run_up(match: re.Match[str], ref: datetime) -> Range | None:
    year = int(match.group("year"))
    if year < ref.year:
        return None
    return ref, day_end(datetime(year, 12, 31, tzinfo=ref.tzinfo)), False
