"""A second time joined to a deadline by 'and' or 'or': 'on Friday or Saturday', 'on
September 10th and 18th', 'two fare rises in 2027 and 2029'.

'or' offers a choice for one plan, which may fall on either: the first deadline is
stretched over both, and a deadline the second day gave on its own is dropped. 'and' names
two: a second day of the month or a second whole year is a deadline of its own (a second
weekday the weekday family reads itself). "and 18 people" or "and 18 September" (a date of
its own) are no second day. A second limit joined by "and" ("have until Nov. 10 to accept
postal ballots and until Nov. 16 for overseas ones") shares the first one's verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from bot.analysis import timewords as tw
from bot.analysis.deadline_anchors import Deadline
from bot.analysis.sentences import Sentence

_SECOND = re.compile(
    rf"\s*(?P<join>and|or|&)\s+(?:on\s+)?(?:"
    rf"(?P<weekday>{tw.WEEKDAY_NAME})\b"
    rf"|(?P<year>{tw.YEAR})\b(?!\s*[-–]\d|[,.]\d|\s*%)"
    r"|(?P<n>[1-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:%|[A-Za-z])))",
    re.IGNORECASE,
)
_DAY = re.compile(rf"{tw.WEEKDAY_NAME}\b", re.IGNORECASE)
_ENDS_WITH_DAY = re.compile(r"\d(?:st|nd|rd|th)?$")


def _second_weekday(first: Deadline, second: re.Match[str]) -> Deadline | None:
    """'on Friday or Saturday': Friday stretched to Saturday."""
    day = _DAY.search(first.phrase)
    if day is None or first.latest - first.earliest > timedelta(days=1):
        return None
    ahead = (tw.WEEKDAYS.index(second.group("weekday").lower())
             - tw.WEEKDAYS.index(day.group().lower())) % 7
    return replace(first, latest=first.latest + timedelta(days=ahead))


def _second_day(first: Deadline, second: re.Match[str]) -> Deadline | None:
    """'on September 10th and 18th': the 18th of September."""
    if (
        first.earliest.date() != first.latest.date()
        or not _ENDS_WITH_DAY.search(first.phrase)
        or not first.latest.day < int(second.group("n")) <= 31
    ):
        return None
    try:
        day = first.latest.replace(day=int(second.group("n")))
    except ValueError:
        return None  # "February 28th and 30th": no such day
    return replace(first, earliest=day.replace(hour=0, minute=0, second=0), latest=day)


def _second_year(first: Deadline, second: re.Match[str]) -> Deadline | None:
    """'in 2027 and 2029': the whole of 2029, after a whole year just named."""
    year = int(second.group("year"))
    if (
        not re.search(rf"\b{first.earliest.year}$", first.phrase)
        or (first.earliest.month, first.earliest.day, first.latest.month) != (1, 1, 12)
        or not first.latest.year < year <= first.latest.year + 50
    ):
        return None
    return replace(
        first, earliest=first.earliest.replace(year=year), latest=first.latest.replace(year=year)
    )


def _said_alone(other: Deadline, first: Deadline, second: re.Match[str]) -> bool:
    """A deadline the second weekday of 'Friday or Saturday' gave on its own."""
    return (
        other is not first
        and other.sentence_index == first.sentence_index
        and second.group("weekday") is not None
        and second.group("weekday").lower() in other.phrase.lower()
    )


def either_day(sentences: Sequence[Sentence], found: list[Deadline]) -> list[Deadline]:
    """The deadlines, each followed by 'or <a later time>' stretched over both, and a
    deadline added after each one followed by 'and <a second day or year>'."""
    texts = {sentence.index: sentence.text for sentence in sentences}
    result: list[Deadline] = []
    absorbed: list[Deadline] = []
    for first in found:
        if any(first is gone for gone in absorbed):
            continue
        result.append(first)
        text = texts.get(first.sentence_index, "")
        at = text.find(first.phrase, max(first.start, 0))  # its own place, if said twice
        second = _SECOND.match(text, at + len(first.phrase)) if at >= 0 else None
        if second is None:
            continue
        if second.group("weekday"):
            later = _second_weekday(first, second) if second.group("join") == "or" else None
        elif second.group("year"):
            later = _second_year(first, second)
        else:
            later = _second_day(first, second)
        if later is None:
            continue
        if second.group("join").lower() == "or":  # a choice: one deadline over both
            result[-1] = replace(
                first, phrase=text[at : second.end()].strip(), latest=later.latest
            )
            absorbed.extend(o for o in found if _said_alone(o, first, second))
            result = [kept for kept in result if not any(kept is gone for gone in absorbed)]
        else:
            word = second.group().split()[-1]
            result.append(replace(later, phrase=word, start=second.end() - len(word)))
    return result


_LIMIT = re.compile(r"(?:until|till|by|before)\s", re.IGNORECASE)
_AND_BEFORE = re.compile(r"\band\s+$")


def second_limit(text: str, match: re.Match[str], found: Sequence[Deadline], index: int) -> bool:
    """'… until Nov. 10 to accept postal ballots and until Nov. 16 for overseas ones': a
    limit after "and" that repeats the limit word of a deadline found earlier in its
    sentence is due as that one is, with no verb of its own."""
    word = _LIMIT.match(match.group())
    if word is None or _AND_BEFORE.search(text, 0, match.start()) is None:
        return False
    return any(
        d.sentence_index == index
        and 0 <= d.start < match.start()
        and d.phrase.lower().startswith(word.group().lower())
        for d in found
    )
