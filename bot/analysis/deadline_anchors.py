"""Spans counted from another event still to come (issue 10, round 2).

"will respond within 28 days of publication", "swaps are due to begin within a week of the
ceasefire": when the article has already dated that event ("will publish its findings on
June 30", "the ceasefire will take effect on Sunday"), the span runs from that date. An
event not dated but plainly still to come ("would pull back within 24 hours of the deal
being signed") is taken to be at hand, so the span runs from now. A span tied to an event
neither dated nor to come ("end the war within 24 hours of taking office") stays out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from bot.analysis.deadline_about import about_of
from bot.analysis.deadline_pages import phrase_clause
from bot.analysis.future_words import STRONG_FUTURE
from bot.analysis.sentences import Sentence
from bot.analysis.timewords import Range


@dataclass(frozen=True, slots=True)
class Deadline:
    phrase: str
    about: str
    earliest: datetime
    latest: datetime
    sentence_index: int
    # Where in its sentence the phrase is found from (-1: not known): a phrase said twice in
    # a sentence ("on Friday or Saturday, and ... on Friday") is read at its own place.
    start: int = field(default=-1, compare=False)


# The event ends before a second verb or time joined on ("of the bill's passage and start
# work by the end of 2028").
_EVENT = re.compile(
    r"\s*of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?P<event>(?:(?!\s(?:and|or|but|by|before|until)\s)[^,;:.()])+)",
    re.I,
)
# "the deal being signed", "the agreement is approved": an act to come, in the passive
_ACT_TO_COME = re.compile(r"^[\w\s-]{1,40}?\s+(?:being|is|are)\s+[a-z]+ed\b", re.I)
_PAST_PROMISE = re.compile(
    r"\b(?:campaign\w*|had\s+(?:promised|pledged|vowed|said)|originally|initially|once)\b", re.I
)
# How many letters of an event's word match another's: "publication" finds "publish",
# "ceasefire" finds "ceasefire"; deadline_before_events' stems are as long.
STEM = 5


class Dated(Protocol):
    @property
    def about(self) -> str: ...
    @property
    def earliest(self) -> datetime: ...
    @property
    def latest(self) -> datetime: ...
    @property
    def sentence_index(self) -> int: ...


def span_after_an_event(
    text: str, match: re.Match[str], family: str, resolved: Range, found: Sequence[Dated]
) -> tuple[Range, int] | None:
    """The range of 'within N of <event>' counted from the event's own date, if any, and
    where the phrase ends: the event is part of it ("within 28 days of publication")."""
    if family not in {"within", "in_duration"}:
        return None
    tie = _EVENT.match(text[match.end() :])
    if tie is None:
        return None
    left, _ = phrase_clause(text, match.start(), match.end())
    if STRONG_FUTURE.search(left) is None or _PAST_PROMISE.search(text):
        return None
    span, end = resolved[1] - resolved[0], match.end() + tie.end()
    event = tie.group("event").strip()
    stem = re.split(r"\s+", event)[0].lower()[:STEM]
    if len(stem) == STEM:
        for earlier in reversed(found):
            # A time whose own "about" holds this span is a second deadline of the same
            # clause, not the event's date.
            if stem in earlier.about.lower() and match.group() not in earlier.about:
                return (earlier.earliest, earlier.latest + span, False), end
    if _ACT_TO_COME.match(event):
        return resolved, end
    return None


# "by that time", "by then": the date of the deadline just before.
BY_THEN = re.compile(r"\bby\s+(?:that\s+(?:time|date|point)|then)\b", re.I)


def back_references(
    sentence: Sentence, found: list[Deadline], published: datetime
) -> list[Deadline]:
    """'… finalised by June 10. If no price is agreed by that time, …': the same date."""
    match = BY_THEN.search(sentence.text)
    if match is None or not found or sentence.index - found[-1].sentence_index > 1:
        return []
    if found[-1].sentence_index == sentence.index:
        return []
    return [
        Deadline(
            phrase=match.group(),
            about=about_of(sentence.text, match),
            earliest=published.replace(microsecond=0),
            latest=found[-1].latest,
            sentence_index=sentence.index,
        )
    ]


# "If the June deadline is not met": the deadline named in an earlier sentence, again.
_THE_BEFORE = re.compile(r"\b(?:the|that|this|its|their)\s+$", re.IGNORECASE)
_DEADLINE_AFTER = re.compile(r"\s*(?:deadline|target\s+date|ultimatum|cut-?off)\b", re.I)


def repeats_a_deadline(
    text: str, begin: int, deadline: Deadline, found: Sequence[Deadline]
) -> bool:
    """'the June deadline' once an earlier sentence has given the same one."""
    if not (
        _THE_BEFORE.search(text[:begin])
        and _DEADLINE_AFTER.match(text[begin:], len(deadline.phrase))
    ):
        return False
    return any(
        (d.earliest, d.latest) == (deadline.earliest, deadline.latest)
        and d.sentence_index < deadline.sentence_index
        for d in found
    )
