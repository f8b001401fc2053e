"""A warning told in the past: "In March he warned that a deal would come within days".

A length counted from an unnamed "now" ("within days", "soon", "in the coming weeks") is
counted from the time the words were said. When the sentence dates that saying to a month
or year already gone and tells it in the past, the length is counted from then; if it ran
out before publication the phrase names no time ahead. "He warned that a deal would come
within days" (no time told) and "In March he said the talks will end within years" (a span
still running) are left to the rest of the cascade.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.analysis import timewords as tw

# Families whose range is a length counted from the publication time.
_RELATIVE = {"within", "coming", "near_future", "in_duration", "in_units"}

_SAID_THEN = re.compile(
    rf"\b(?i:(?:back|early|late)\s+in|in|during|as early as)\s+"
    rf"(?i:(?:early|late|mid)-?\s*)?(?P<month>{tw.MONTH})(?:\s+(?P<month_year>{tw.YEAR}))?\b"
    rf"|\b(?i:(?:back\s+)?in)\s+(?P<year>{tw.YEAR})\b"
    r"|\b(?i:last)\s+(?P<last>year|month|spring|summer|autumn|fall|winter)\b"
    r"|\b(?i:(?:back\s+)?in\s+the)\s+(?P<season>spring|summer)\b",
)
# A later time told between the saying and the phrase ("; on Tuesday he said it would come
# soon") makes the phrase that later saying's.
_LATER_TIME = re.compile(
    rf"[;]|\b(?:{tw.WEEKDAY_NAME}|today|yesterday|this\s+week|recently|now)\b", re.IGNORECASE
)
# The last month of a season of this year gone ("in the spring" told in December).
_SEASON_END = {"spring": 5, "summer": 8}
# What makes the clause between the time told and the phrase a report of the past: a
# past-tense saying verb or a "would" future-in-the-past.
_TOLD_IN_PAST = re.compile(
    r"\b(?:would|was going to|were going to|predicted|warned|said|promised|vowed|pledged|"
    r"insisted|claimed|told|(?:was|were) expected|forecast|hoped|suggested|signalled|"
    r"signaled|indicated|announced|declared|believed|thought)\b",
    re.IGNORECASE,
)
_FUTURE_NOW = re.compile(r"\b(?:will|shall|is going to|are going to)\b", re.IGNORECASE)


def _end_of_time_told(found: re.Match[str], published: datetime) -> datetime | None:
    """The last moment of the month or year the sentence dates the saying to."""
    if found.group("month"):
        month = tw.month_number(found.group("month").rstrip("."))
        year = int(found.group("month_year") or published.year)
        if found.group("month_year") is None and month > published.month:
            year -= 1  # "in October" told in March is last October
        return tw.aware(tw.month_range(year, month), published)[1]
    if found.group("year"):
        year = int(found.group("year"))
        if year >= published.year:
            return None
        return tw.aware(tw.month_range(year, 12), published)[1]
    if found.group("season"):
        month = _SEASON_END[found.group("season").lower()]
        if month >= published.month:
            return None  # "in the spring" told in April may be this spring's plan
        return tw.aware(tw.month_range(published.year, month), published)[1]
    last = found.group("last").lower()
    if last == "year":
        return tw.aware(tw.month_range(published.year - 1, 12), published)[1]
    if last == "month":
        year, month = (published.year, published.month - 1) if published.month > 1 else (
            published.year - 1, 12)
        return tw.aware(tw.month_range(year, month), published)[1]
    return None  # a season last year: its end is not worth guessing


def ran_out_before(
    text: str, match: re.Match[str], family: str, resolved: tw.Range, published: datetime
) -> bool:
    """Whether a length counted from a saying dated in the past had run out by publication."""
    if family not in _RELATIVE:
        return False
    before = text[: match.start()]
    times_told = list(_SAID_THEN.finditer(before))
    if not times_told:
        return False
    told = times_told[-1]  # the time told nearest the phrase
    between = before[told.start() :]
    if _LATER_TIME.search(between[len(told.group()) :]):
        return False  # "…; on Tuesday he said it would come soon": Tuesday's saying
    if _FUTURE_NOW.search(between) or not _TOLD_IN_PAST.search(between):
        return False  # "In March, officials will decide within days" is no report
    then = _end_of_time_told(told, published)
    if then is None or then >= published:
        return False
    length = resolved[1] - published
    return then + length < published
