"""'The hearing is set for March 25, and the judge will rule the following Tuesday': a time
counted on from an earlier time ahead, not from the day of the copy.

"The following Tuesday" (or week, weekend, month, year) and "over the following two days"
take the last deadline read before them in the sentence, or else in the sentence before, as
their start; "the next day", "the night before" and the other times `deadline_carry` carries
into a later sentence are carried here within their own sentence ("opens next Monday, and
the ministers meet the next day"). A time ahead of such a start is ahead too, so the reading
of the same words counted from the copy's day (or none) gives way. After a time gone ("last
Saturday … the following Tuesday") the readings stay as they were.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.analysis import timewords as tw
from bot.analysis.deadline_about import about_of
from bot.analysis.deadline_anchors import Deadline
from bot.analysis.deadline_carry import CARRIED, OWN_TIME, carried_range
from bot.analysis.sentences import Sentence

_FOLLOWING = re.compile(
    rf"\b(?:(?:over|in|during|within)\s+)?the\s+following\s+"
    rf"(?:(?P<n>{tw.NUM})\s+(?P<units>days|weeks|months)"
    rf"|(?P<unit>week|weekend|month|year|(?P<weekday>{tw.WEEKDAY_NAME})))\b",
    re.IGNORECASE,
)
# "claimed last Saturday that he would be arrested the following Tuesday": a time gone
# comes between, and the words count on from it (`deadlines` drops their reading from today).
TIME_GONE = rf"\b(?:last\s+(?:week|month|year|{tw.WEEKDAY_NAME})|yesterday|\w+\s+ago)\b"
_TIME_GONE = re.compile(TIME_GONE, re.IGNORECASE)
# How many days a start may run for the words counted on from it: a day for "the following
# Tuesday", a week for "the following week" ("next week … the following week").
_LONGEST_START = {"day": 1, "week": 7, "weekend": 7, "month": 31, "year": 366}


def counted_from_earlier_times(
    sentences: Sequence[Sentence], found: list[Deadline], published: datetime
) -> list[Deadline]:
    """The deadlines, with times counted on from an earlier time ahead read as such."""
    result = list(found)
    for position, sentence in enumerate(sentences):
        text = sentence.text
        for match, in_sentence_only in _counted_on(text):
            if _TIME_GONE.search(text, 0, match.start()):
                continue
            start = _start_before(sentences, position, match.start(), found, in_sentence_only)
            window = None if start is None else _window(match, start)
            if window is None or window[1] <= published:
                continue
            result = [d for d in result if not _read_within(d, sentence.index, match)]
            result.append(
                Deadline(
                    phrase=re.sub(r"^(?:over|in|during|within)\s+", "", match.group(), flags=re.I),
                    about=about_of(text, match),
                    earliest=max(window[0], published).replace(microsecond=0),
                    latest=window[1].replace(microsecond=0),
                    sentence_index=sentence.index,
                    start=match.start(),
                )
            )
    return result


def _counted_on(text: str) -> list[tuple[re.Match[str], bool]]:
    """The phrases counted on from an earlier time, each with whether only a start in its
    own sentence may be taken (`deadline_carry` reads the rest from the sentences before)."""
    carried = [(m, True) for m in CARRIED.finditer(text) if not m.group("prep")]
    return carried + [(m, False) for m in _FOLLOWING.finditer(text)]


def _start_before(
    sentences: Sequence[Sentence],
    position: int,
    offset: int,
    found: list[Deadline],
    in_sentence_only: bool,
) -> Deadline | None:
    """The last deadline read before `offset` in the sentence, or else in the one before."""
    index = sentences[position].index
    here = [d for d in found if d.sentence_index == index and 0 <= d.start < offset]
    if here:
        return max(here, key=lambda d: d.start)
    # "In 2019 it ruled the following day": a time of its own earlier in the sentence
    if in_sentence_only or position == 0 or OWN_TIME.search(sentences[position].text, 0, offset):
        return None
    earlier = [d for d in found if d.sentence_index == sentences[position - 1].index]
    return max(earlier, key=lambda d: d.start) if earlier else None


def _window(match: re.Match[str], start: Deadline) -> tuple[datetime, datetime] | None:
    """The window the words name, counted on from the start's; None where the start is too
    long for them ("in 2028 … the following Tuesday")."""
    if "units" not in match.re.groupindex:
        if start.earliest.date() != start.latest.date():
            return None
        return carried_range(match, start)
    unit = (match.group("units") or match.group("unit")).lower().rstrip("s")
    kind = "day" if match.group("weekday") or match.group("n") else unit
    if start.latest - start.earliest > timedelta(days=_LONGEST_START[kind]):
        return None
    last = start.latest
    if match.group("n"):  # "the following two days" begin when the start's day ends
        return tw.day_start(last + timedelta(seconds=1)), tw.add_units(
            last, tw.count_of(match.group("n"), unit), unit
        )
    if match.group("weekday"):
        ahead = (tw.WEEKDAYS.index(match.group("weekday").lower()) - last.weekday()) % 7 or 7
        day = last + timedelta(days=ahead)
        return tw.day_start(day), tw.day_end(day)
    if unit == "weekend":  # the first weekend after the start, not next week's
        saturday = last + timedelta(days=(5 - last.weekday()) % 7 or 7)
        return tw.day_start(saturday), tw.day_end(saturday + timedelta(days=1))
    return tw.period_after(unit, last)


def _read_within(deadline: Deadline, index: int, match: re.Match[str]) -> bool:
    """Whether a deadline is an earlier reading of the matched words."""
    return deadline.sentence_index == index and match.start() <= deadline.start < match.end()
