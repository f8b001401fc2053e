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
from datetime import datetime, timedelta

from bot.analysis import timewords as tw
from bot.analysis.sentences import blank_asides_on_names
from bot.analysis.tense import REPORTING_VERBS

# Families whose range is a length counted from the publication time.
_RELATIVE = {"within", "coming", "near_future", "in_duration", "in_units"}
# Named times a year round rolls to next year once this year's has gone.
_ROLLED_FAMILIES = {"month", "date", "month_alternative", "season"}

_SAID_THEN = re.compile(
    rf"\b(?i:(?:back|early|late)\s+in|in|during|as early as)\s+"
    rf"(?i:(?:early|late|mid)-?\s*)?(?P<month>{tw.MONTH})(?:\s+(?P<month_year>{tw.YEAR}))?(?!\w)"
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
# The saying the time dates: a past-tense verb of saying after the time ("In March he
# warned that …") or just before it ("He warned in March that …"); a time inside another
# clause ("the talks, which collapsed in March, would resume within weeks") dates no saying.
# Every verb of saying the tense reader knows, and beside them vows, claims, beliefs and
# expectations, which date a forecast as a saying does but are not reporting verbs there.
_SAID = (
    rf"(?:{REPORTING_VERBS.pattern}|vowed|claimed|declared|hoped|believed|thought|"
    r"(?:was|were)\s+expected)"
)
_SAID_AFTER = re.compile(rf"^[^,;()]*?\b{_SAID}\b", re.IGNORECASE)
_SAID_BEFORE = re.compile(rf"\b{_SAID}\s+(?:[\w’'-]+\s+){{0,3}}$", re.IGNORECASE)
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


def _a_month_told_then(
    text: str, match: re.Match[str], family: str, resolved: tw.Range, published: datetime
) -> bool:
    """A month rolled to next year that dates the saying itself ("In March, officials
    predicted …" told in December) or that the saying, dated earlier, looked ahead to ("In
    March, officials said the talks would end in June"): this year's, gone."""
    if family not in _ROLLED_FAMILIES or not resolved[2]:
        return False
    before = text[: match.start()]
    after = text[match.end() :].lstrip(" ,")
    opens = re.fullmatch(r"\s*(?:(?:And|But|Back|Then|Yet)\s+)?", before) is not None
    if opens and _SAID_AFTER.search(after) and not _FUTURE_NOW.search(after.split(",")[0]):
        return True  # the month of the saying, opening its sentence
    times_told = list(_SAID_THEN.finditer(before))
    if not times_told or _LATER_TIME.search(before[times_told[-1].end() :]):
        return False
    told = times_told[-1]
    if not _SAID_AFTER.search(before[told.end() :].lstrip(" ,")) or _FUTURE_NOW.search(
        before[told.end() :]
    ):
        return False
    then = _end_of_time_told(told, published)
    this_years = tw.in_year(resolved[1], resolved[1].year - 1)
    return then is not None and then - timedelta(days=31) < this_years < published


def ran_out_before(
    text: str, match: re.Match[str], family: str, resolved: tw.Range, published: datetime
) -> bool:
    """Whether a length counted from a saying dated in the past had run out by publication,
    or a month it named is this year's, gone."""
    if _a_month_told_then(text, match, family, resolved, published):
        return True
    if family not in _RELATIVE:
        return False
    before = blank_asides_on_names(text[: match.start()])  # "X, who took office in 2024, said"
    times_told = list(_SAID_THEN.finditer(before))
    if not times_told:
        return False
    told = times_told[-1]  # the time told nearest the phrase
    between = before[told.start() :]
    if _LATER_TIME.search(between[len(told.group()) :]):
        return False  # "…; on Tuesday he said it would come soon": Tuesday's saying
    said_after = _SAID_AFTER.search(between[len(told.group()) :].lstrip(" ,"))
    said_before = _SAID_BEFORE.search(before[: told.start()])
    if _FUTURE_NOW.search(between) or not (said_after or said_before):
        return False  # "In March, officials will decide within days" is no report
    then = _end_of_time_told(told, published)
    if then is None or then >= published:
        return False
    length = resolved[1] - published
    return then + length < published
