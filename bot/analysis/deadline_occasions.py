"""Times that date an occasion rather than set one ahead (issue 10, round 2).

A date naming a past speech ("In the mayor's June 14 speech, he set out ..."), the day a
remark was made ("telling the radio on Monday morning that ..."), the first timing of an
event since postponed ("a postponement of the summit, which was expected to occur in late
March"), the date a photo caption opens with ("15 February 2026, Munich: ..."), and "in the
future" set against "in the past" (a way of saying always) are no times still due.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.analysis.future_words import PLAIN_FUTURE, SCHEDULED, STRONG_FUTURE
from bot.analysis.tense import nearest_tense
from bot.analysis.timewords import Range

_POSSESSOR = r"(?:(?:the\s+)?(?:[\w.’'-]+\s+){0,2}[\w.-]+[’'](?:s\b)?|the|his|her|their|its)"
# "In Putin's June 14 speech": an occasion named by its date, the main clause after a comma.
_OPENING_OCCASION = re.compile(
    rf"[\s“\"‘']*(?:in|at|during|after|since)\s+{_POSSESSOR}\s+$", re.IGNORECASE
)
_REPORTING = re.compile(
    r"\b(?:telling|told|tells|saying|said|says|writing|wrote|posting|posted|announcing|"
    r"announced|adding|added)\b",
    re.IGNORECASE,
)
_POSTPONED = re.compile(
    r"\b(?:postpone(?:d|ment)?|delay(?:ed)?|reschedul(?:ed|ing)|pushed\s+back|put\s+off|"
    r"called\s+off|cancell?(?:ed|ation))\b",
    re.IGNORECASE,
)
# "which was expected to occur in ...": the timing that was planned before the delay.
_FIRST_TIMING = re.compile(
    r"\b(?:which|that|originally|initially)\s+(?:had\s+been|was|were)\s+(?:originally\s+|"
    rf"initially\s+)?(?:{SCHEDULED}|supposed)\b",
    re.IGNORECASE,
)
# "15 February 2026, Bavaria, Munich:": the caption's own dateline.
_CAPTION_PLACE = re.compile(r",\s*[A-Z][\w.’'-]*(?:[ ,]+[A-Z][\w.’'-]*)*\s*:")
_ALWAYS = re.compile(
    r"\bin\s+the\s+past\b|\b(?:now|today|present)\s+and\s+(?:in\s+the\s+)?future\b",
    re.IGNORECASE,
)


def dates_an_occasion(text: str, match: re.Match[str], family: str, left: str, right: str) -> bool:
    """The time is when something was said or held, or a timing no longer due."""
    before, after = text[: match.start()], text[match.end() :]
    if family in {"date", "month"} and _past_occasion(before, after, match):
        return True
    if family in {"date", "weekday"} and _day_of_a_remark(left, right):
        return True
    if _POSTPONED.search(before) and _FIRST_TIMING.search(left):
        return True
    if family == "date" and not before.strip() and _CAPTION_PLACE.match(after):
        return True
    return family == "far_future" and _ALWAYS.search(text) is not None


def _past_occasion(before: str, after: str, match: re.Match[str]) -> bool:
    if "prep" in match.groupdict() and match.group("prep"):
        return False
    if _OPENING_OCCASION.fullmatch(before) is None or not re.match(r"\s+[a-z]", after):
        return False
    comma = after.find(",")
    if comma < 0:
        return False
    # "he set out his terms: ... must ...": no future in the clause it opens
    main = re.split(r"[:;]", after[comma + 1 :])[0]
    return nearest_tense("", main) not in {"future", "weak"} and not STRONG_FUTURE.search(main)


def _day_of_a_remark(left: str, right: str) -> bool:
    """'telling reporters on Monday that ...': the day of the telling, whatever it said."""
    remark = list(_REPORTING.finditer(left))
    if not remark or PLAIN_FUTURE.search(left[: remark[-1].start()]):
        return False
    if re.search(r"\bthat\b", left[remark[-1].end() :]):
        return False  # 'said that Tuesday "will be ..."': the day is in what was said
    return re.match(r"\s*(?:morning|afternoon|evening|night)?\s*(?:that\b|[“\"])", right) is not (
        None
    )


# "has given both sides a June deadline to reach a deal": the time names a deadline.
# "a mid-March shutdown deadline", "the March 1 tariff deadline": one noun may say whose.
_DEADLINE_NOUN = re.compile(
    r"\s*(?:[a-z][a-z-]+\s+)?(?:deadline|target\s+date|ultimatum|cut-?off)\b", re.I
)


def names_a_deadline(family: str, right: str, rolled: bool) -> bool:
    """A month, date or year's end still ahead this year that modifies 'deadline' is one
    ('ahead of a year-end deadline set by the North'), whatever verb set it; a month rolled
    to next year ('the June deadline passed' in autumn) is not."""
    return (
        family in {"month", "date", "season", "end_of_period"}
        and not rolled
        and bool(_DEADLINE_NOUN.match(right))
    )


def weekend_under_way(
    match: re.Match[str], family: str, resolved: Range, published: datetime, left: str, right: str
) -> bool:
    """'the lesson we could draw from this weekend' in Sunday's copy: the weekend nearly
    gone, ahead only with a plain future ('will meet this weekend')."""
    return (
        family == "later_this"
        and match.group().lower().endswith("this weekend")
        and published.weekday() == 6  # on a Saturday, half of it is still ahead
        and resolved[0] <= published
        and PLAIN_FUTURE.search(left) is None  # not "is to say" after it
        and re.match(r"\s*(?:will|is\s+going\s+to)\b", right) is None
    )
