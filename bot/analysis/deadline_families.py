"""The phrase families deadlines look for: a pattern, a resolver, and whether it looks ahead.

Order matters: a longer family ("by the end of next month") is tried before the shorter
ones it contains ("next month"), and a span taken by one family is not read again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.analysis import calendar_words as cw
from bot.analysis import financial_years as fy
from bot.analysis import loose_periods as loose
from bot.analysis import month_days as md
from bot.analysis import named_periods as named
from bot.analysis import spans_ahead as spans
from bot.analysis import spans_taken as taken
from bot.analysis import timewords as tw

Resolver = Callable[[re.Match[str], datetime], tw.Range | None]


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    intrinsically_future: bool  # "next week" looks forward whatever the verb
    trigger: re.Pattern[str] | None = None  # cheap pre-check so most sentences skip the family
    phrase_group: str | None = None  # the phrase is this group, not the whole match


def _trigger(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_MONTH_TRIGGER = re.compile(tw.MONTH)
FAMILIES: tuple[Family, ...] = (
    # before the month and date families: "the last week of April" is one week
    Family("date", md.WEEK_OF, md.resolve_week_of, False, _trigger(r"\bweek of\b")),
    Family(
        "month_alternative",
        cw.MONTH_ALTERNATIVE,
        cw.resolve_month_alternative,
        False,
        _MONTH_TRIGGER,
    ),
    Family(
        "end_of_period",
        cw.END_OF_PERIOD,
        cw.resolve_end_of_period,
        True,
        _trigger(r"\b(?:end|middle|start|beginning|close)\b|year[- ]?end|end[- ]year|year[’']s"),
    ),
    Family(  # before "within": "within this financial year" is one phrase
        "financial_year", fy.UNTIL_FINANCIAL_YEAR_END, fy.resolve_current_financial_year,
        True, _trigger(r"\b(?:financial|fiscal)\b"),
    ),
    Family(
        "financial_year", fy.CURRENT_FINANCIAL_YEAR, fy.resolve_current_financial_year,
        False, _trigger(r"\b(?:financial|fiscal)\b"),
    ),
    Family("within", tw.WITHIN, tw.resolve_within, True, _trigger(r"\bwithin\b|matter of")),
    Family("within", spans.MATTER_OF, tw.resolve_within, True, _trigger(r"matter of")),
    Family(
        "part_of_period",
        loose.PART_OF_PERIOD,
        loose.resolve_part_of_period,
        False,
        _trigger(r"\b(?:early|late|later) (?:in|on) the\b|mid-?week"),
    ),
    Family(  # before "next month" and the month's name: "the first half of next month"
        "part_of_period", loose.HALF_OF, loose.resolve_half_of, False, _trigger(r"\bhalf of\b")
    ),
    Family(  # before "next month": "in the course of next month" is one phrase
        "part_of_period",
        loose.COURSE_OF,
        loose.resolve_course_of,
        False,
        _trigger(r"\bcourse of\b"),
    ),
    Family(  # before "next": "the week after next" is one phrase
        "part_of_period",
        loose.WEEK_AFTER_NEXT,
        loose.resolve_week_after_next,
        False,
        _trigger(r"\bafter next\b"),
    ),
    Family(
        "coming", tw.COMING, tw.resolve_coming, True,
        _trigger(r"\b(?:coming|upcoming|next|following)\b"),
    ),
    Family("coming", loose.AHEAD, tw.resolve_coming, True, _trigger(r"\b(?:ahead|to come)\b")),
    Family("coming", loose.THE_NEXT_UNIT, tw.resolve_coming, True,
           _trigger(r"the (?:next|com)|upcoming")),
    Family(  # before "next year": "in the first quarter of next year" is one phrase
        "quarter",
        named.QUARTER,
        named.resolve_quarter,
        False,
        _trigger(r"quarter|\bQ[1-4]\b|\bhalf\b|(?:three|six) months of"),
    ),
    Family("next_period", tw.NEXT_PERIOD, tw.resolve_next_period, True, _trigger(r"\bnext\b")),
    Family(
        "later_this", tw.LATER_THIS, tw.resolve_later_this, True, _trigger(r"\b(?:this|later)\b")
    ),
    Family(
        "delayed_by",
        loose.DELAYED_BY,
        loose.resolve_delayed_by,
        True,
        _trigger(r"pushed|delayed|postponed|put off|set back|extended"),
        "span",
    ),
    Family(  # "voted to delay by almost ten months the vote"
        "delayed_by", loose.TO_DELAY_BY, loose.resolve_delayed_by, True,
        _trigger(r"to (?:delay|postpone) by"), "span",
    ),
    Family(
        "delayed_by",
        spans.DELAY_OF_SOMETHING,
        loose.resolve_delayed_by,
        True,
        _trigger(r"delay|postpone|push back|put off"),
        "span",
    ),
    Family(
        "extension",
        loose.EXTENSION,
        loose.resolve_delayed_by,  # the new time, counted from now
        False,
        _trigger(r"extension|postponement|reprieve|delay|waiver|exemption"),
    ),
    Family("for_another", taken.FOR_ANOTHER, taken.resolve_for_another, False,
           _trigger(
        # "for a few more days": a count of two words before "more"
        r"\bfor (?:another|a further|an (?:additional|extra)"
        r"|(?:\S+ ){1,2}(?:(?:to|or) \S+ )?more)\b"
    )),
    Family("for_span", spans.FOR_SPAN, spans.resolve_for_span, False,
           _trigger(r"\bfor\b|interval|period|window")),
    Family("for_span", spans.LASTS, spans.resolve_for_span, False, _trigger(r"\blasts?\b"), "span"),
    Family("takes", taken.TAKES, taken.resolve_takes, False, _trigger(r"\btake\b"), "span"),
    Family("over_span", loose.OVER_SPAN, tw.resolve_within, False, _trigger(r"\bover\b")),
    Family(
        "ultimatum",
        loose.ULTIMATUM,
        tw.resolve_within,  # from the day it is given, like "within"
        True,
        _trigger(r"(?:hours?|days?|weeks?|months?)\s+to\b"),
        "span",
    ),
    Family(
        "ultimatum",
        spans.WINDOW_GIVEN,
        tw.resolve_within,  # a window opened now, like an ultimatum given now
        True,
        _trigger(r"period|window|deadline|timeframe|clock"),
        "span",
    ),
    *(
        Family(
            "ultimatum",
            pause,
            tw.resolve_within,  # a pause set now, like a window opened now
            True,
            _trigger(rf"{spans.PAUSE_NOUNS}|stay"),
            "span",
        )
        for pause in (spans.PAUSE_SET, spans.PAUSE_OF_SET)
    ),
    Family(
        "ultimatum",
        spans.SET_LENGTH,
        tw.resolve_within,  # a length set as the deadline runs from the day it is set
        True,
        _trigger(r"\b(?:deadline|ultimatum|timeline|time\s*frame)\s+of\b"),
        "span",
    ),
    Family("next_season", loose.NEXT_SEASON, loose.resolve_next_season, True,
           _trigger(r"next season")),
    Family("to_go", loose.TO_GO, loose.resolve_to_go, True, _trigger(r"\bto go\b"), "span"),
    Family("to_go", loose.TIME_LEFT, tw.resolve_within, True, _trigger(r"\bleft\b"), "span"),
    Family("run_up", loose.RUN_UP, loose.resolve_run_up, True, _trigger(r"run[- ]up")),
    Family("near_future", loose.NEAR_FUTURE, loose.resolve_near_future, False,
           _trigger(r"soon|shortly|near|foreseeable|short term|imminently")),
    Family(
        "far_future", loose.FAR_FUTURE, loose.resolve_far_future, False, _trigger(r"future|term")
    ),
    Family("away", loose.AWAY, loose.resolve_away, True, _trigger(r"\baway\b|from now|from today")),
    Family("away", loose.MONTHS_BEFORE_DUE, loose.resolve_away, True,
           _trigger(r"(?:days|weeks|months) before")),
    Family("away", loose.WEEKS_BEFORE_A_POLL, loose.resolve_before_a_poll, True,
           _trigger(r"(?:days|weeks|months) (?:before|ahead of)")),
    Family("away", loose.COMES_BEFORE, loose.resolve_before_a_poll, True,
           _trigger(r"comes? (?:\w+ )?(?:days|weeks|months) (?:before|ahead of)")),
    Family("in_duration", tw.IN_DURATION, tw.resolve_in_duration, False, _trigger(r"\bin\b")),
    Family(
        "in_units",
        spans.IN_UNITS,
        tw.resolve_within,  # "in months" is as vague as "within months"
        False,
        _trigger(r"\bin (?:hours|days|weeks|months)\b"),
    ),
    Family("tomorrow", tw.TOMORROW, tw.resolve_tomorrow, True, _trigger(r"tomorrow|tonight|today")),
    Family("midnight", tw.MIDNIGHT, tw.resolve_tomorrow, False, _trigger(r"midnight")),
    Family("part_of_today", tw.THIS_PART_OF_DAY, tw.resolve_tomorrow, False,
           _trigger(r"this (?:morning|afternoon|evening)")),
    Family("weekend", named.WEEKEND, named.resolve_weekend, False, _trigger(r"weekend")),
    Family(
        "weekend_event", named.WEEKEND_EVENT, named.resolve_weekend_event, False,
        _trigger(r"weekend"),
    ),
    Family(
        "holiday",
        named.HOLIDAY,
        named.resolve_holiday,
        False,
        _trigger(
            r"easter|christmas|new year|halloween|thanksgiving|black friday|cyber monday|inaug|"
            r"election day"
        ),
    ),
    Family("date", cw.DATE, cw.resolve_date, False, _MONTH_TRIGGER),
    Family("date", md.DAY_OF_MONTH, md.resolve_day_of_month, False,  # "on the 14th"
           _trigger(r"\bthe (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b")),
    Family("end_of_period", md.MID_MONTH, md.resolve_mid_month, True, _trigger(r"mid-?month")),
    Family("weekday", cw.WEEKDAY, cw.resolve_weekday, False, _trigger(r"day\b")),
    Family("month", cw.MONTH_ONLY, cw.resolve_month, False, _MONTH_TRIGGER),
    Family(
        "range_start",
        loose.RANGE_START,
        loose.resolve_range_year,
        False,
        _trigger(rf"\b{tw.YEAR}\b"),
    ),
    Family(
        "range_end",
        loose.RANGE_END,
        loose.resolve_range_year,
        False,
        _trigger(rf"\b{tw.YEAR}\b"),
        "year",
    ),
    Family(  # "the target for 2017-18": a financial year (before "by 2017" takes "2017/18")
        "year", cw.SPLIT_YEAR, cw.resolve_split_year, False,
        _trigger(rf"(?:\b|FY){tw.YEAR}[-–/]\d\d\b"),
    ),
    Family(  # "the 2028 governorship election": the year of an event still ahead
        "year_event", cw.YEAR_EVENT, cw.resolve_year_event, True, _trigger(rf"\b{tw.YEAR}\s"),
        "year",
    ),
    Family(  # "could disrupt voting in the 2026 election" in 2026: the clause's tense decides
        "year_event_now", cw.YEAR_EVENT, cw.resolve_year_event_now, False,
        _trigger(rf"\b{tw.YEAR}\s"), "year",
    ),
    Family(  # "in FY2027" has no word boundary before its year
        "year", cw.YEAR_ONLY, cw.resolve_year, False,
        _trigger(rf"\b{tw.YEAR}\b|FY\s?{cw.FY_YEAR}\b"),
    ),
    Family(
        "season", cw.SEASON, cw.resolve_season, False, _trigger(cw.SEASON_NAME)
    ),
)

CALENDAR_FAMILIES = frozenset(
    {
        "date",
        "month",
        "month_alternative",
        "season",
        "year",
        "range_start",
        "range_end",
        "quarter",
        "holiday",
    }
)
DURATION_FAMILIES = frozenset({"within", "in_duration", "in_units", "coming", "ultimatum"})
