"""Times that a plan denied, a hedge, a habit or a forecast leaves without anything due.

Each reading was met in real copy (pool 7) and is kept general: a time phrase whose clause
says nothing is planned ("there were no plans for a call this week") or puts it in a question
the answer turns down ("Asked whether … later in the day, Hale said: “No.”"), a risk scenario
("particularly if the permits run out within weeks") or horizon ("a risk of a heart attack
in the next 10 years", pool 34), a rhetorical round of days ("rice today, beans yesterday,
lentils tomorrow"), the year a forecast is for ("growth for 2025" in 2025 copy), or the
month of an event a past act came before ("plotted to kill him prior to his election this
November").
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.analysis import timewords as tw
from bot.analysis.deadline_conditions import length_after_a_condition
from bot.analysis.deadline_other_times import CHANCE_NOUNS
from bot.analysis.deadline_said_times import (
    dates_something_said,
    day_after_a_remark_gone,
    relative_to_a_day_told_before,
)
from bot.analysis.future_words import STRONG_FUTURE
from bot.analysis.spans_ahead import ENDS_WITH_FOR, PUT_OFF_VERB
from bot.analysis.tense import nearest_tense, tense_markers

# "there were no plans for a call", "had no immediate plans to meet": nothing is set.
# ("no plans to reopen until Friday" waits for a day: the caller keeps "until"/"before".)
_PLAN_DENIED = re.compile(
    r"\b(?:no|not\s+any)\s+(?:immediate\s+|firm\s+|concrete\s+|current\s+)?"
    r"(?:plans?|intention|arrangements?)\s+(?:for|to)\b",
    re.IGNORECASE,
)
_WAITS_FOR = re.compile(r"(?:until|till|before)\b", re.IGNORECASE)

# "particularly if the quotas run out within weeks": a scenario weighed, not a time set.
# A plain "if" is kept ("the talks collapse if no deal is reached within weeks" names the
# time the deal is due).
_HEDGED_IF = re.compile(
    r"\b(?:particularly|especially|notably|all\s+the\s+more|even)\s+(?:if|when|should)\b",
    re.IGNORECASE,
)
_SPAN_FAMILIES = frozenset(
    {"within", "in_duration", "in_units", "coming", "takes", "for_span", "near_future"}
)
# "a 10 percent risk of having a heart attack in the next 10 years": the span a risk or
# chance is reckoned over, not a time anything is due.
_RISK_OVER = re.compile(
    rf"\b(?:{CHANCE_NOUNS}|probability)\s+of\s+[^,;:.“”\"]{{1,80}}$", re.IGNORECASE
)

# "Rice today, beans yesterday, lentils tomorrow": three days named as a round, each
# after a noun in a verbless list; none of them is a date.
_DAY = r"(?:today|yesterday|tomorrow)"
_ROUND_OF_DAYS = re.compile(
    rf"\b[\w’'-]+\s+{_DAY}\s*[,;]\s*[\w’'-]+\s+{_DAY}\s*[,;]?\s*(?:and\s+)?[\w’'-]+\s+{_DAY}\b",
    re.IGNORECASE,
)

# "its projected economic growth for 2025", "the GDP forecast for 2025": the year a figure
# is forecast for is its period, not a time something is due.
_FORECAST_NOUN = re.compile(
    r"\b(?:growth|GDP|inflation|output|deficit|forecasts?|projections?|outlook|estimates?)\s+$",
    re.IGNORECASE,
)

# "prior to his election this November": the month of an event a past act is dated before.
_PRIOR_TO_EVENT = re.compile(
    r"\b(?:prior\s+to|before)\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:election|inauguration|vote|visit|swearing-in|re-election|arrival|trial|summit)\s+"
    r"(?:this\s+|in\s+)?$",
    re.IGNORECASE,
)


# "Asked whether the council would vote later in the day, Hale said: “No.”": a time put in a
# question the answer turns down.
_ASKED = re.compile(r"\basked\s+(?:whether|if)\b[^.;:“”\"]*$", re.IGNORECASE)
_ANSWERED_NO = re.compile(
    r"[^.;:“”\"]*?,\s*(?:[\w’'.-]+\s+){1,4}?(?:said|says|replied|answered|responded)\s*[:,]?\s*"
    r"[“\"]?\s*(?:no|nope)\b",
    re.IGNORECASE,
)


def plan_denied(left: str, phrase: str) -> bool:
    """'He said there were no plans for a call between them this week.'"""
    return _PLAN_DENIED.search(left) is not None and _WAITS_FOR.match(phrase) is None


def question_turned_down(text: str, match: re.Match[str]) -> bool:
    """'Asked whether the council would vote later in the day, Hale said: “No.”'"""
    return (
        _ASKED.search(text, 0, match.start()) is not None
        and _ANSWERED_NO.match(text, match.end()) is not None
    )


def hedged_condition(family: str, left: str) -> bool:
    return family in _SPAN_FAMILIES and (
        _HEDGED_IF.search(left) is not None or _RISK_OVER.search(left) is not None
    )


def round_of_days(text: str, match: re.Match[str], family: str) -> bool:
    if family != "tomorrow":
        return False
    return any(
        hit.start() <= match.start() and match.end() <= hit.end()
        for hit in _ROUND_OF_DAYS.finditer(text)
    )


def forecast_year(
    before: str, match: re.Match[str], family: str, resolved: tw.Range, published: datetime
) -> bool:
    return (
        family == "year"
        and match.group().lower().startswith("for ")
        and resolved[0].year == published.year == resolved[1].year
        and _FORECAST_NOUN.search(before) is not None
    )


def month_of_a_past_event(
    before: str, family: str, resolved: tw.Range, published: datetime
) -> bool:
    """'Tehran plotted to kill him prior to his election this November' (said in spring):
    a past act dated before the event makes the event past too, last year's November; a
    plan ('will campaign prior to his election this November') keeps it ahead, and so does
    'ahead of', which looks forward from the act."""
    if family != "month" or resolved[0] <= published:
        return False
    prior = _PRIOR_TO_EVENT.search(before)
    if prior is None:
        return False
    act = re.split(r"[;:]", before[: prior.start()])[-1]
    told = {tense for _, tense in tense_markers(act, from_right=True, skip_reporting=True)}
    return "past" in told and STRONG_FUTURE.search(act) is None


# "In 2019 the census was delayed by a year": a delay told with a year gone ran from then.
_YEAR_WORD = re.compile(rf"\b(?:in|since|by)\s+(?P<year>{tw.YEAR})\b", re.IGNORECASE)


# "by October 10, which was later extended by 10 days": the date told moves, not now.
_DATE_WHICH = re.compile(
    rf"\b{tw.MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?,?\s+which\s+"
    rf"(?:[a-z]+\s+){{0,3}}(?:extended|{PUT_OFF_VERB})\b"
)


def delay_of_a_year_gone(text: str, family: str, published: datetime) -> bool:
    """A delay that ran from a year gone, or from a date the story told before it."""
    return family == "delayed_by" and (
        any(int(hit.group("year")) < published.year for hit in _YEAR_WORD.finditer(text))
        or _DATE_WHICH.search(text) is not None
    )


def reads_as_no_due_time(
    text: str,
    match: re.Match[str],
    family: str,
    resolved: tw.Range,
    published: datetime,
    clause: tuple[str, str],
) -> bool:
    """True when the phrase, whatever its tense, names nothing due (see the module's doc)."""
    left, right = clause
    before = text[: match.start()]
    return (
        plan_denied(left, match.group())
        or question_turned_down(text, match)
        or hedged_condition(family, left)
        or round_of_days(text, match, family)
        or forecast_year(before, match, family, resolved, published)
        or month_of_a_past_event(before, family, resolved, published)
        or delay_of_a_year_gone(text, family, published)
        or dates_something_said(before, left, match.group(), right)
        or (family == "tomorrow" and day_after_a_remark_gone(text, match, published))
        or relative_to_a_day_told_before(text, family)
        or length_after_a_condition(before, left, family)
    )


# "threatened a 30% tariff if there wasn't a deal struck before 1 August": the condition of
# a threat or warning names the time the other side has, ahead however the threat is told.
_THREAT_IF = re.compile(
    r"\b(?:threaten(?:ed|s)?|warn(?:ed|s)?|vow(?:ed|s)?|gave|give[sn]?)\b[^.;:]*?\b(?:if|unless)\b"
    # "said if Dorn did not act by 12 November, it would face ...": a warning said plainly
    r"|\b(?:said|says|told\s+[\w’'.-]+)\s+(?:that\s+)?(?:if|unless)\b",
    re.IGNORECASE,
)
_DEADLINE_WORD = re.compile(r"(?:before|by|no\s+later\s+than)\b", re.IGNORECASE)


def set_by_a_threat(left: str, phrase: str) -> bool:
    return _DEADLINE_WORD.match(phrase) is not None and _THREAT_IF.search(left) is not None


def weekend_event_ahead(before: str, right: str, tense: str | None) -> bool:
    """'arrived on Friday for a weekend visit' (a purpose), 'said the weekend talks would
    focus on ...' (the event's own future) look ahead; 'the weekend talks ended' does not."""
    if ENDS_WITH_FOR.search(before):
        return True
    own = re.split(r"[,;:]", right)[0]
    if STRONG_FUTURE.search(own):
        return True
    return tense != "past" and nearest_tense("", own) != "past"
